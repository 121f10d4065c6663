"""Measure the review net on labelled folders: which wrong parses it flags, which right ones.

    python bench/review_net.py CORPUS_DIR [CORPUS_DIR ...] [-v]

A text is *wrong* when ``bench/accuracy.py``'s score of its parse differs from its label in
its (area, count) pairs, its main total or its night (districts and windows are left out);
*flagged* when :func:`parsing.diagnostics.diagnose` names a problem in it (the store sends it
to the Review page: held back, or published and queued for a look). For each folder and for
all of them it prints the wrong texts flagged, the right texts flagged (the false alarms, as
a share of the right texts), the texts the net does not read (:func:`skipped`) with why, and
the wrong texts it leaves unflagged by what is wrong (the net never checks a night). ``-v``
lists every wrong text (caught or missed) with what is wrong, and the right texts flagged
with the problems named.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import Score, score_text
from parsing import parse, sides, vocab
from parsing.diagnostics import diagnose
from parsing.model import Report
from parsing.text import prepare


def wrong(s: Score) -> list[str]:
    """What of a text's score differs from its label: ``pairs``, ``total``, ``night``."""
    out = []
    if s.pair[1] or s.pair[2]:
        out.append("pairs")
    if not s.totals:
        out.append("total")
    if not s.nights:
        out.append("night")
    return out


def skipped(text: str, reports: list[Report]) -> str | None:
    """Why the net reads nothing of a text, or None when it reads it: no sentence names a drone
    (``no drone noun``); none of them names an interception (``no interception``); or the text is
    told as Ukraine's side and the parse has no figure of Russia's to check (``Ukraine's side``)."""
    prepared = prepare(text)
    low = prepared.low
    if not vocab.DRONE_RE.search(low):
        return "no drone noun"
    if not vocab.INTERCEPT_RE.search(low):
        return "no interception"
    ours = [r for r in reports if r.country == "RU" and (r.claims or r.total is not None)]
    if not ours and (
        any(r.country == "UA" for r in reports) or sides.is_ukrainian_side(prepared.norm, low)
    ):
        return "Ukraine's side"
    return None


@dataclass
class Tally:
    """The net's figures over some texts."""

    wrong: int = 0
    wrong_flagged: int = 0
    right: int = 0
    right_flagged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    #: the wrong texts left unflagged, by what is wrong (``pairs+total``, ``night`` ...)
    missed: Counter[str] = field(default_factory=Counter)

    def add(self, o: Tally) -> None:
        self.wrong += o.wrong
        self.wrong_flagged += o.wrong_flagged
        self.right += o.right
        self.right_flagged += o.right_flagged
        self.skipped.update(o.skipped)
        self.missed.update(o.missed)

    def line(self, name: str) -> str:
        share = self.right_flagged / self.right if self.right else 0.0
        skips = ", ".join(f"{why} {n}" for why, n in sorted(self.skipped.items())) or "none"
        missed = ", ".join(f"{what} {n}" for what, n in sorted(self.missed.items())) or "none"
        return (
            f"{name:<12} wrong flagged {self.wrong_flagged:>3} of {self.wrong:<3} | right flagged "
            f"{self.right_flagged:>3} of {self.right:<4} ({share:.1%}) | not read: {skips} | "
            f"wrong unflagged: {missed}"
        )


def measure(corpus: Path, *, verbose: bool) -> Tally:
    """The net's figures on one labelled folder (``-v``: its texts printed as it goes)."""
    labels = [
        json.loads(line) for line in (corpus / "labels.jsonl").read_text().splitlines() if line
    ]
    tally = Tally()
    for lab in labels:
        text = (corpus / "texts" / f"{lab['id']}.txt").read_text(encoding="utf-8")
        pub = date.fromisoformat(lab["published"]) if lab.get("published") else None
        reports = parse(text, pub)
        score = score_text(lab, reports)
        problems = diagnose(text, reports)
        why = skipped(text, reports)
        if why is not None:
            tally.skipped[why] += 1
        bad = wrong(score)
        if bad:
            tally.wrong += 1
            tally.wrong_flagged += bool(problems)
            if not problems:
                tally.missed["+".join(bad)] += 1
            if verbose:
                what = "caught" if problems else "missed"
                print(f"  {what} {lab['id']} ({'+'.join(bad)}): " + "; ".join(score.why))
        else:
            tally.right += 1
            tally.right_flagged += bool(problems)
            if verbose and problems:
                print(f"  alarm  {lab['id']}: " + "; ".join(p.detail for p in problems))
    return tally


def main(argv: list[str] | None = None) -> int:
    """Print the net's figures for each folder and for all of them."""
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", type=Path, nargs="+")
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list wrong texts missed and right flagged"
    )
    args = ap.parse_args(argv)
    total = Tally()
    for corpus in args.corpora:
        if not (corpus / "labels.jsonl").is_file():
            print(f"no labelled corpus at {corpus} (expected labels.jsonl)", file=sys.stderr)
            return 2
        tally = measure(corpus, verbose=args.verbose)
        print(tally.line(corpus.name))
        total.add(tally)
    if len(args.corpora) > 1:
        print(total.line("all"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
