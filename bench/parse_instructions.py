"""Print the parser's cost in machine instructions a bench report (callgrind; load-independent).

python bench/parse_instructions.py [--n 150]

Runs itself under ``valgrind --tool=callgrind`` with the instrumentation off, parses the
warm-up texts of ``parse_bench.py``, switches it on (``callgrind_control -i on``), parses
``--n`` of the bench's reports and ends the process at once: the count is the parse loop's
alone (an interpreter's exit costs about 200 M instructions, which the figures in
docs/performance.md before the fourth pass included). Needs valgrind (``apt-get install
valgrind``); CPU seconds on a shared machine move by a quarter between runs, this does not.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _inside(n: int) -> None:
    """The measured run (under callgrind): warm up, switch counting on, parse, exit."""
    import parse_bench

    from parsing import parse

    rng = random.Random(7)
    texts = [
        parse_bench.make_report(rng) if i % 2 else parse_bench.make_report_en(rng)
        for i in range(100 + n)
    ]
    for t in texts[:20]:
        parse(t)
    subprocess.run(
        ["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False
    )
    for t in texts[100 : 100 + n]:
        parse(t)
    os._exit(0)  # no interpreter exit inside the count


def main() -> int:
    """Run the measured run under callgrind and print instructions a report."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inside:
        _inside(args.n)
    run = subprocess.run(
        [
            "valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
            sys.executable, __file__, "--inside", "--n", str(args.n),
        ],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        print(f"callgrind gave no count (is valgrind installed?):\n{run.stderr[-500:]}")
        return 1
    print(
        f"{args.n} bench reports: {int(found.group(1)) / args.n / 1e6:.2f} M instructions a report"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
