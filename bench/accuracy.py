"""Score the parser against a labelled folder in the corpus-dev format.

    python bench/accuracy.py CORPUS_DIR [--resolver MODULE:FUNC] [-v] [--worst N]

Prints, for the whole folder, for each part (the id's prefix: ``001``-``024``, ``a``, ``b``,
``c``) and for each category (derived from the labels' tags: windows, seas, districts,
recaps, traps): precision, recall and F1 of (area, count) pairs and of (area, district)
pairs; the share of texts whose main total, night and window are right; the number of
non-reports given counts; and figures the parser gives areas that no RU report of the label names, in texts
that carry Ukraine's claims (Ukraine's claims counted over Russia). Then the worst texts and why.

Scoring rules: region-level claims of one report are summed per area (a region listed twice
is one figure); a combined area other than the ministry's Moscow region ("SEA-AZOV+SEA-BLACK")
counts as each of its parts with no count, as the labels do; pairs are pooled over all
RU reports of a text (main and extra) and matched as multisets. A label's window without a
date (``time_start``/``time_end`` only) is matched on the clock times. Each text is parsed
with its label's ``publisher`` as the source, as the store passes a message's channel or site.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.area_ids import MOSCOW_REGION, is_combined, parts
from parsing import lookup, parse
from parsing.model import Report

_LABEL_AREAS = {"Moscow Region": "RU-MOW+RU-MOS", "Moscow": "RU-MOW", "Moscow Oblast": "RU-MOS"}

#: Categories by the labels' tags: a text is in every category one of its tags names.
CATEGORIES = {
    "windows": {
        "window",
        "several_windows",
        "timed",
        "timed_updates",
        "timestamps",
        "single_time",
        "daytime",
        "morning",
        "evening",
    },
    "seas": {"sea"},
    "districts": {"districts"},
    "recaps": {
        "recap_day",
        "recap_week",
        "recap_night",
        "recap_cumulative",
        "running_total",
        "daily_total",
        "cumulative_trap",
    },
    "traps": {
        "non_report",
        "ua_only",
        "warning_not_interception",
        "aerial_targets",
        "distractor_numbers",
    },
}


def categories(tags: list[str]) -> list[str]:
    """The categories a text's tags put it in (every ``*_trap`` tag is a trap)."""
    out = [name for name, want in CATEGORIES.items() if want & set(tags)]
    if "traps" not in out and any(t.endswith("_trap") for t in tags):
        out.append("traps")
    return out


def part(text_id: str) -> str:
    """The corpus part of a text id: ``001-024``, ``a``, ``b`` or ``c``."""
    return text_id[0] if text_id[0].isalpha() else "001-024"


def _label_area(row: dict) -> str | None:
    if row.get("area_id"):
        return str(row["area_id"])
    if row["region"] in _LABEL_AREAS:
        return _LABEL_AREAS[row["region"]]
    for name in (row.get("region_ru"), row["region"]):
        if name:
            r = lookup.find_place(name.replace("ё", "е").replace("Ё", "Е"))
            if r is not None:
                return r.area_id
    return None


def _label_district(row: dict, area: str | None) -> str:
    ru = row.get("district_ru")
    en = row["district"].split("(")[0].strip()
    cands = [ru] if ru else []
    if ru and "(" in ru:
        # "Волгоград (Красноармейский район)": a city's own district, which the boundaries do
        # not hold; the map's place is the city the label names first
        cands.append(ru.split("(")[0].strip())
    if "(city)" in row["district"]:
        cands.append(f"{en} city")
    cands.append(en)
    for name in cands:
        r = lookup.find_place(name.replace("ё", "е"), area)
        if r is not None and r.district_id:
            return r.district_id
    return (ru or en).lower()


def _expand(area: str, count: int | None) -> list[tuple[str, int | None]]:
    if is_combined(area) and area != MOSCOW_REGION:
        return [(a, None) for a in parts(area)]
    return [(area, count)]


def _pairs_from_reports(reports: list[Report]) -> tuple[Counter, set, set]:
    pairs: Counter = Counter()
    areas: set = set()
    districts: set = set()
    for r in reports:
        if r.country != "RU":
            continue
        per: dict[str, int | None] = {}
        for c in r.claims:
            if c.district_id:
                districts.add((c.area_id, c.district_id))
                continue
            for a, n in _expand(c.area_id, c.count):
                per[a] = (
                    n
                    if a not in per
                    else (None if per[a] is None and n is None else (per[a] or 0) + (n or 0))
                )
        for a, n in per.items():
            pairs[(a, n)] += 1
            areas.add(a)
    return pairs, areas, districts


def _pairs_from_label(lab: dict) -> tuple[Counter, set, set]:
    pairs: Counter = Counter()
    areas: set = set()
    districts: set = set()
    reports = [lab, *[e for e in lab.get("extra_reports", []) if e.get("country", "RU") == "RU"]]
    if not lab.get("is_report", True):
        reports = reports[1:]
    for rep in reports:
        per: dict[str, int | None] = {}
        for row in rep.get("rows", []):
            area = _label_area(row)
            if area is None:
                continue
            if row["district"]:
                districts.add((area, _label_district(row, area)))
                continue
            for a, n in _expand(area, row["count"]):
                per[a] = (
                    n
                    if a not in per
                    else (None if per[a] is None and n is None else (per[a] or 0) + (n or 0))
                )
        for a, n in per.items():
            pairs[(a, n)] += 1
            areas.add(a)
    return pairs, areas, districts


def _same_window(want: dict | None, got: Any, hours: Any = None) -> bool:
    """Whether the parser's window (or, with no calendar day known, its ``Report.hours``)
    is the label's."""
    got = got or hours
    if want is None or got is None:
        return want is None and got is None
    if want.get("start") is None:
        return (f"{got.start:%H:%M}", f"{got.end:%H:%M}") == (
            want.get("time_start"),
            want.get("time_end"),
        )
    if got is hours:
        return False  # hours alone where the label knows the day
    return (
        datetime.fromisoformat(want["start"]) == got.start
        and datetime.fromisoformat(want["end"]) == got.end
    )


@dataclass
class Score:
    """One text's score, or the sum of several texts' scores."""

    texts: int = 0
    pair: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fp, fn
    district: list[int] = field(default_factory=lambda: [0, 0, 0])
    totals: int = 0
    nights: int = 0
    windows: int = 0
    non_report_counts: int = 0
    ua_over_russia: int = 0
    why: list[str] = field(default_factory=list)

    def add(self, o: Score) -> None:
        self.texts += o.texts
        for k in range(3):
            self.pair[k] += o.pair[k]
            self.district[k] += o.district[k]
        self.totals += o.totals
        self.nights += o.nights
        self.windows += o.windows
        self.non_report_counts += o.non_report_counts
        self.ua_over_russia += o.ua_over_russia

    def badness(self) -> int:
        """How wrong one text is: missed and extra pairs, wrong total, night, window."""
        return (
            self.pair[1]
            + self.pair[2]
            + self.district[1]
            + self.district[2]
            + 2 * (self.texts - self.totals)
            + 2 * (self.texts - self.nights)
            + (self.texts - self.windows)
            + 3 * (self.non_report_counts + self.ua_over_russia)
        )


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 when there is nothing to find and nothing found)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_text(lab: dict, reports: list[Report]) -> Score:
    """Score one text's reports against its label."""
    s = Score(texts=1)
    gp, _ga, gd = _pairs_from_reports(reports)
    lp, la, ld = _pairs_from_label(lab)
    for acc, got, want in ((s.pair, gp, lp), (s.district, Counter(gd), Counter(ld))):
        tp = sum((got & want).values())
        acc[0] += tp
        acc[1] += sum(got.values()) - tp
        acc[2] += sum(want.values()) - tp
    if gp != lp:
        s.why.append(f"pairs +{sorted(gp - lp, key=str)} -{sorted(lp - gp, key=str)}")
    if gd != ld:
        s.why.append(f"districts +{sorted(gd - ld)} -{sorted(ld - gd)}")
    ru = [r for r in reports if r.country == "RU"]
    main_r = ru[0] if ru else None
    is_report = lab.get("is_report", True)
    got_total = main_r.total if main_r else None
    s.totals = int(got_total == lab.get("total") if is_report else main_r is None)
    if not s.totals:
        s.why.append(f"total {got_total} (want {lab.get('total') if is_report else 'no report'})")
    want_night = lab.get("night_of")
    got_night = main_r.night_of.isoformat() if main_r and main_r.night_of else None
    s.nights = int(got_night == want_night if is_report else main_r is None)
    if not s.nights:
        s.why.append(f"night {got_night} (want {want_night if is_report else 'no report'})")
    got_w, got_h = (main_r.window, main_r.hours) if main_r else (None, None)
    s.windows = int(_same_window(lab.get("window"), got_w, got_h))
    if not s.windows:
        seen = got_w or got_h
        s.why.append(
            f"window {seen and (seen.start.isoformat(), seen.end.isoformat())} (want {lab.get('window')})"
        )
    if not is_report and any(c.count is not None for r in ru for c in r.claims):
        s.non_report_counts = 1
        s.why.append("counts from a non-report")
    if any(e.get("country") == "UA" for e in lab.get("extra_reports", [])):
        # a figure the parser gives an area the label names in none of its RU reports
        named = {part for a in la for part in parts(a)} | {a for a, _d in ld}
        leaks = [
            (c.area_id, c.count)
            for r in ru
            for c in r.claims
            if c.count is not None and not set(parts(c.area_id)) & named
        ]
        s.ua_over_russia = len(leaks)
        if leaks:
            s.why.append(f"figures in areas only Ukraine's side names: {leaks}")
    return s


def _line(name: str, s: Score) -> str:
    p, r, f = f1(*s.pair)
    _dp, _dr, df = f1(*s.district)
    n = s.texts or 1
    return (
        f"{name:<10} {s.texts:>4} | {p:.3f} {r:.3f} {f:.3f} | {df:.3f} ({s.district[0]}/{s.district[0] + s.district[1]}/{s.district[0] + s.district[2]})"
        f" | {s.totals / n:.3f} {s.nights / n:.3f} {s.windows / n:.3f} | {s.non_report_counts:>3} {s.ua_over_russia:>3}"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the scores for ``CORPUS_DIR``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--resolver", help="MODULE:FUNC used instead of geo.resolve (development)")
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="print each imperfect text's differences"
    )
    ap.add_argument("--worst", type=int, default=10, help="how many of the worst texts to list")
    args = ap.parse_args(argv)
    if args.resolver:
        mod, fn = args.resolver.split(":")
        lookup.use_resolver(getattr(importlib.import_module(mod), fn))
    if not (args.corpus / "labels.jsonl").is_file():
        print(
            f"no labelled corpus at {args.corpus} (expected labels.jsonl and texts/)",
            file=sys.stderr,
        )
        return 2
    labels = [
        json.loads(line)
        for line in (args.corpus / "labels.jsonl").read_text().splitlines()
        if line.strip()
    ]
    total = Score()
    by_part: dict[str, Score] = {}
    by_cat: dict[str, Score] = {c: Score() for c in CATEGORIES}
    per_text: list[tuple[str, Score]] = []
    for lab in labels:
        text = (args.corpus / "texts" / f"{lab['id']}.txt").read_text(encoding="utf-8")
        pub = date.fromisoformat(lab["published"]) if lab.get("published") else None
        # (who published it, as the store passes a message's channel or site: a governor's
        # channel speaks for his region)
        s = score_text(lab, parse(text, pub, source=lab.get("publisher")))
        per_text.append((lab["id"], s))
        total.add(s)
        by_part.setdefault(part(lab["id"]), Score()).add(s)
        for c in categories(lab.get("tags", [])):
            by_cat[c].add(s)
        if args.verbose and s.why:
            print(f"{lab['id']}: " + "; ".join(s.why))
    head = "group      texts | (area,count) P R F1 | district F1 (tp/got/want) | totals nights windows | non-report-counts UA-over-RU"
    print(head)
    print(_line("all", total))
    for name in sorted(by_part):
        print(_line(name, by_part[name]))
    for name, s in by_cat.items():
        print(_line(name, s))
    tp, fp, fn = total.pair
    print(
        f"(area, count) tp {tp}, fp {fp}, fn {fn}; totals {total.totals}/{total.texts}, nights {total.nights}/{total.texts}"
    )
    print(f"worst {args.worst}:")
    for tid, s in sorted(per_text, key=lambda x: -x[1].badness())[: args.worst]:
        if s.badness():
            print(f"  {tid}: " + "; ".join(s.why))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
