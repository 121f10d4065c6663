"""Print the parser's throughput on generated ministry-sized reports (one core).

python bench/parse_bench.py [--n 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsing import parse

_REGIONS = [
    "Брянской",
    "Курской",
    "Белгородской",
    "Калужской",
    "Тульской",
    "Ростовской",
    "Воронежской",
    "Орловской",
]
_REGIONS_EN = ["Bryansk", "Kursk", "Belgorod", "Kaluga", "Tula", "Rostov", "Voronezh", "Oryol"]


def make_report(rng: random.Random) -> str:
    """A ministry-style night list (about 550 characters) with random counts and regions."""
    regions = rng.sample(_REGIONS, k=rng.randint(4, 8))
    counts = [rng.randint(1, 40) for _ in regions]
    rows = [f"{n} БПЛА – над территорией {r} области" for n, r in zip(counts, regions, strict=True)]
    body = ", ".join(rows[:-1]) + f" и {rows[-1]}"
    return (
        f"МОСКВА, {rng.randint(1, 28)} мая. Силы ПВО за ночь сбили {sum(counts)} украинских беспилотников, "
        'сообщили в Минобороны России.\n"В течение прошедшей ночи дежурными средствами ПВО перехвачены и '
        f'уничтожены {sum(counts)} украинских беспилотных летательных аппаратов самолетного типа: {body}", - '
        "говорится в сообщении."
    )


def make_report_en(rng: random.Random) -> str:
    """The same list in the wire services' English."""
    regions = rng.sample(_REGIONS_EN, k=rng.randint(4, 8))
    counts = [rng.randint(1, 40) for _ in regions]
    rows = [f"{n} over the {r} Region" for n, r in zip(counts, regions, strict=True)]
    body = ", ".join(rows[:-1]) + f" and {rows[-1]}"
    return (
        f"MOSCOW, May {rng.randint(1, 28)}. /TASS/. Russian air defenses destroyed {sum(counts)} Ukrainian drones "
        'overnight, the Defense Ministry said.\n"Over the past night, on-duty air defense systems intercepted and '
        f'destroyed {sum(counts)} Ukrainian fixed-wing unmanned aerial vehicles: {body}," the ministry said.'
    )


def main() -> int:
    """Parse generated reports and print reports per second."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    rng = random.Random(7)
    texts = [make_report(rng) if i % 2 else make_report_en(rng) for i in range(args.n)]
    # warm the caches and load the morphology once: the first text is English, which needs no
    # morphology, so a Russian one too (else its loading, a tenth of a second, was timed)
    parse(texts[0])
    parse(texts[1])
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        parse(t)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU time is the one-core figure; wall time also counts whatever else the machine runs
    print(
        f"{args.n} reports ({sum(map(len, texts)) // args.n} chars each): "
        f"{args.n / cpu:.0f} reports/s of CPU time on one core ({args.n / wall:.0f}/s wall clock)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
