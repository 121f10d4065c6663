"""Print the gazetteer's figures: index build time and size, resolve throughput cold and warm.

Run ``.venv/bin/python bench/gazetteer_bench.py [--count N]`` after ``python -m geo build``.

The inputs are distinct surface forms a report could contain, drawn from the pack itself:
every region's and district's Russian name inflected with pymorphy3 into the genitive, dative,
instrumental and prepositional cases (with "над"/"в" in front of some), plus English forms
("Kirovsky district", "over the Bryansk Oblast") and GeoNames town names. A random sample of
``--count`` of them (seeded) is resolved:

- *cold*: a fresh interpreter importing ``geo`` and resolving one name (index load included);
- *first pass*: the index loaded, every name new to the normalisation memo;
- *warm*: the same names again, normalisation memoised (what a parser re-reading names sees).

Throughput is printed per wall-clock second and per CPU second of this process (the latter
is steadier on a shared machine). Ambiguous names count as resolved calls (they are answered, with an error listing candidates).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import settings
from geo import GeoError, gazetteer, gazetteer_index

CASES = ("gent", "datv", "ablt", "loct")
PREPOSITION = {"gent": "", "datv": "по ", "ablt": "над ", "loct": "в "}


def _inflect(name: str, case: str) -> str | None:
    morph = gazetteer._morph()
    out = []
    for word in name.split():
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            out.append(word)
            continue
        # a hyphenated name declines its last part only: "Кирово-Чепецкого"
        *head, last = word.lower().split("-")
        parse = gazetteer_index._pick_parse(morph.parse(last), last)
        form = parse.inflect({case}) if parse.tag.POS in ("ADJF", "NOUN") else None
        out.append("-".join([*head, form.word if form is not None else last]))
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def _inputs(pack_dir: Path, count: int, seed: int) -> list[str]:
    import pandas as pd

    regions = pd.read_parquet(pack_dir / "regions.parquet", columns=["name_ru", "name_en"])
    districts = pd.read_parquet(pack_dir / "districts.parquet", columns=["name_ru", "name_en"])
    names: set[str] = set()
    rng = random.Random(seed)
    for name in [*regions["name_ru"], *districts["name_ru"]]:
        for case in CASES:
            form = _inflect(name, case)
            if form:
                names.add((PREPOSITION[case] if rng.random() < 0.5 else "") + form)
    for name in regions["name_en"]:
        stem = name.rsplit(" ", 1)[0] if name.endswith((" Oblast", " Krai")) else name
        names.update({name, f"over the {name}", f"the {stem} Region"})
    for name in districts["name_en"]:
        names.update({name, f"{name} district", f"in the {name} district"})
    towns = pd.read_csv(gazetteer_index.settlements_path(), dtype=str, keep_default_na=False)
    names.update(towns.loc[towns["cc"] == "RU", "name"].sample(1000, random_state=seed))
    pool = sorted(names)
    rng.shuffle(pool)
    return pool[:count]


def _pass(names: list[str]) -> tuple[float, float, int, int, int]:
    ok = ambiguous = unknown = 0
    started, cpu = time.perf_counter(), time.process_time()
    for name in names:
        try:
            gazetteer.resolve(name)
            ok += 1
        except GeoError as exc:
            if isinstance(exc, gazetteer.AmbiguousPlaceError):
                ambiguous += 1
            else:
                unknown += 1
    return time.perf_counter() - started, time.process_time() - cpu, ok, ambiguous, unknown


def _cold() -> float:
    code = (
        "import time; t = time.perf_counter(); import geo; geo.resolve('Брянской области'); "
        "print(time.perf_counter() - t)"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def _build_time(pack_dir: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="gazetteer-bench-") as tmp:
        for layer in ("regions.parquet", "districts.parquet", "seas.parquet"):
            (Path(tmp) / layer).symlink_to(pack_dir / layer)
        started = time.perf_counter()
        gazetteer_index.build_index(Path(tmp))
        return time.perf_counter() - started


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000, help="distinct names to resolve")
    parser.add_argument("--seed", type=int, default=2)
    args = parser.parse_args()
    pack_dir = settings.get().pack_dir
    index_bytes = sum(
        (pack_dir / f).stat().st_size for f in (gazetteer.INDEX_FILE, gazetteer.FORMS_FILE)
    )
    import pyarrow.parquet as pq

    rows = pq.read_metadata(pack_dir / gazetteer.INDEX_FILE).num_rows
    forms = pq.read_metadata(pack_dir / gazetteer.FORMS_FILE).num_rows
    print(f"index build time: {_build_time(pack_dir):.2f} s")
    print(f"index size: {index_bytes / 1024:.0f} KiB on disk ({rows} name rows, {forms} forms)")
    cold = sorted(_cold() for _ in range(3))
    print(f"cold (fresh interpreter: import geo + load index + one resolve): {cold[1]:.2f} s")
    names = _inputs(pack_dir, args.count, args.seed)
    started = time.perf_counter()
    gazetteer.load_index(pack_dir)
    print(f"index load in this process: {time.perf_counter() - started:.3f} s")
    seconds, cpu, ok, ambiguous, unknown = _pass(names)
    print(
        f"first pass, {len(names)} distinct names: {len(names) / seconds:,.0f} resolves/s "
        f"wall, {len(names) / cpu:,.0f} per CPU second "
        f"({ok} resolved, {ambiguous} ambiguous, {unknown} unknown)"
    )
    seconds, cpu, *_ = _pass(names)
    print(
        f"warm pass (normalisation memoised): {len(names) / seconds:,.0f} resolves/s wall, "
        f"{len(names) / cpu:,.0f} per CPU second"
    )


if __name__ == "__main__":
    main()
