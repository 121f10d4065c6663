"""Print the parser's speed on one large report (MB/s of UTF-8 text, one core), by shape.

    python bench/hardening_bench.py [--mb 10] [--shapes word,dotted,line,prose,reports,windows]

Issue 14 asks that parse time be linear in the input and that a 10 MB report be read at
5 MB/s or more. Shapes (each built to ``--mb`` megabytes, then parsed once with
``parsing.parse`` and checked with ``parsing.diagnostics.diagnose``, as an import does):

- ``word``: one word with no space (an attacker's paste; 40-80 KB stalled imports before).
- ``dotted``: one run of letters and dots of both alphabets, no space ("a.ж.a.ж..."; 20 KB
  took 9 s in the language count before it looked for bare domains only where a run starts).
- ``line``: one line of words with no sentence end (a pasted table, a log).
- ``prose``: news prose in sentences, one in fifty a drone report.
- ``reports``: ministry-style statements only, blank lines between them (the densest text).
- ``windows``: statements with hours and no date, a lede and a night recap each (all one report).
- ``governor``, ``mayor``: a head of region's lines, a mayor's timed lines with the night's count
  so far (each text one report of thousands of figures; asked for by name).

Also prints the time for halves of each size, so a quadratic step shows as a ratio near 4.
With ``--waits`` it prints instead how long a Cancel waits in each shape: the longest CPU
time between two calls of the parse's and the check's ``progress``.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.parse_bench import make_report
from parsing import letters, parse
from parsing.diagnostics import diagnose

_FILLER = [
    "Власти города обсудили ремонт дорог и работу общественного транспорта",
    "В субботу в парке прошел праздник для семей с детьми",
    "Синоптики обещают на неделе дожди и похолодание до пяти градусов",
    "The council met on Tuesday to discuss the new school budget",
    "Жители района пожаловались на перебои с горячей водой",
]


def _word(size: int, _rng: random.Random) -> str:
    return "ж" * (size // 2)


def _dotted(size: int, _rng: random.Random) -> str:
    return "a.ж." * (size // 5)  # five bytes of UTF-8


def _joined(size: int, piece: Callable[[], str], sep: str = " ") -> str:
    """Pieces joined by ``sep`` until the text holds ``size`` bytes."""
    out: list[str] = []
    total = 0
    while total < size:
        out.append(piece())
        total += len(out[-1].encode()) + len(sep)
    return sep.join(out)


_WORDS = ["слово", "данные", "1200", "строка", "таблица", "Курск", "value"]


def _line(size: int, rng: random.Random) -> str:
    return _joined(size, lambda: rng.choice(_WORDS))


def _prose(size: int, rng: random.Random) -> str:
    return _joined(
        size, lambda: make_report(rng) if rng.random() < 0.02 else rng.choice(_FILLER) + "."
    )


def _reports(size: int, rng: random.Random) -> str:
    return _joined(size, lambda: make_report(rng), "\n\n")


def _windows(size: int, rng: random.Random) -> str:
    """Statements whose windows have hours and no date, each with a lede and a night recap
    (the whole text is then one report per kind: a step over that report is quadratic)."""

    def piece() -> str:
        part, whole = rng.randint(3, 30), rng.randint(31, 60)
        return (
            f"Средства ПВО за ночь сбили {whole} беспилотников. С 23:00 мск до 07:00 мск "
            f"уничтожены {part} БПЛА над Курской областью. Всего за ночь уничтожено {whole} БПЛА."
        )

    return _joined(size, piece, "\n\n")


def _minus(size: int, rng: random.Random) -> str:
    """A report, then a list row of numbers with minus signs: every one is a doubtful number
    in one long sentence (its check was once read again for each of them)."""
    head = "Над Курской областью сбиты 5 БПЛА.\nБрянская область — "
    return head + _joined(size - len(head.encode()), lambda: f"-{rng.randint(1, 99)}")


_HEADS = ["Курской", "Брянской", "Белгородской", "Орловской", "Тульской", "Калужской"]


def _governor(size: int, rng: random.Random) -> str:
    """A head of region's lines, a figure over a region each, with no date or time: the whole
    text is one report of thousands of figures (a question asked of the report at each line
    was quadratic: 200,000 characters took 17 s before stop 45)."""
    return _joined(
        size, lambda: f"Над {rng.choice(_HEADS)} областью уничтожены {rng.randint(1, 40)} БПЛА."
    )


def _mayor(size: int, rng: random.Random) -> str:
    """A mayor's timed lines on drones bound for Moscow, each with the night's count so far
    (one report: its running totals were checked against every line before them)."""
    total = 0

    def piece() -> str:
        nonlocal total
        n = rng.randint(1, 40)
        total += n
        return (
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} Отражена атака ещё {n} БПЛА, "
            f"летевших на Москву. Всего с начала ночи — {total}."
        )

    return _joined(size, piece)


SHAPES = {
    "word": _word,
    "dotted": _dotted,
    "line": _line,
    "prose": _prose,
    "reports": _reports,
    "windows": _windows,
    "minus": _minus,
    "governor": _governor,
    "mayor": _mayor,
}


def _time(text: str) -> float:
    c0 = time.process_time()
    diagnose(text, parse(text))
    return time.process_time() - c0


def _waits(name: str, text: str) -> None:
    """Print how long a cancel waits: the CPU time between two calls of ``progress`` in the
    parse and in the check of ``text`` (the longest, the first and the last gap)."""
    for step in ("parse", "check"):
        marks = [time.process_time()]

        def progress(_done: int, _total: int, marks: list[float] = marks) -> None:
            marks.append(time.process_time())

        if step == "parse":
            reports = parse(text, progress=progress)
        else:
            diagnose(text, reports, progress=progress)
        marks.append(time.process_time())
        gaps = [b - a for a, b in itertools.pairwise(marks)]
        longest = max(range(len(gaps)), key=gaps.__getitem__)
        print(
            f"{name:8s} {step}: {marks[-1] - marks[0]:6.2f} s CPU, {len(marks) - 2} calls, "
            f"longest wait {gaps[longest]:.2f} s (after call {longest} of {len(marks) - 2}), "
            f"first {gaps[0]:.2f} s, last {gaps[-1]:.2f} s",
            flush=True,
        )


def main() -> int:
    """Build each shape, parse it, print MB/s and the growth from half the size (with
    ``--waits``: how long a cancel waits in the parse and the check of each shape instead)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--shapes", default="word,dotted,line,prose,reports,windows")
    ap.add_argument("--waits", action="store_true")
    args = ap.parse_args()
    parse("Над Курской областью сбит БПЛА.")  # load the gazetteer and the morphology once
    letters.classes("")  # and the letters' table a long text's passes read (once, 0.2 s)
    for name in args.shapes.split(","):
        if args.waits:
            _waits(name, SHAPES[name](int(args.mb * 1e6), random.Random(14)))
            continue
        size = int(args.mb * 1e6)
        rng = random.Random(14)
        half = SHAPES[name](size // 2, rng)
        full = SHAPES[name](size, random.Random(14))
        t_half, t_full = _time(half), _time(full)
        mb = len(full.encode()) / 1e6
        print(
            f"{name:8s} {mb:6.2f} MB: {t_full:7.2f} s CPU, {mb / t_full:6.2f} MB/s "
            f"(half the size: {t_half:6.2f} s, ratio {t_full / max(t_half, 1e-9):.2f})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
