"""Score the parser against a labelled folder in the corpus-dev format.

    python bench/accuracy.py CORPUS_DIR [--resolver MODULE:FUNC]

Prints precision, recall and F1 for (area, count) pairs, for areas and for (area, district)
pairs; the share of texts whose main total, night and window are right; texts wrongly given counts;
and RU claims produced inside texts whose label holds only Ukraine's claims there.

Scoring rules: region-level claims of one report are summed per area (a region listed twice
is one figure); a combined area other than the ministry's Moscow region ("SEA-AZOV+SEA-BLACK")
counts as each of its parts with no count, as the labels do; pairs are pooled over all
RU reports of a text (main and extra) and matched as multisets.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsing import parse, places

_LABEL_AREAS = {"Moscow Region": "RU-MOW+RU-MOS", "Moscow": "RU-MOW", "Moscow Oblast": "RU-MOS"}


def _label_area(row: dict) -> str | None:
    if row["region"] in _LABEL_AREAS:
        return _LABEL_AREAS[row["region"]]
    for name in (row.get("region_ru"), row["region"]):
        if name:
            r = places.resolve(name.replace("ё", "е").replace("Ё", "Е"))
            if r is not None:
                return r.area_id
    return None


def _label_district(row: dict, area: str | None) -> str:
    name = row["district"].split("(")[0].strip()
    if "(city)" in row["district"]:
        name += " city"
    r = places.resolve(name, area)
    return r.district_id if r is not None and r.district_id else name.lower()


def _expand(area: str, count: int | None) -> list[tuple[str, int | None]]:
    if "+" in area and area != "RU-MOW+RU-MOS":
        return [(a, None) for a in area.split("+")]
    return [(area, count)]


def _pairs_from_reports(reports: list) -> tuple[Counter, set, set]:
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
                per[a] = n if a not in per else (None if per[a] is None and n is None else (per[a] or 0) + (n or 0))
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
            per[area] = row["count"] if area not in per else (per[area] or 0) + (row["count"] or 0)
        for a, n in per.items():
            pairs[(a, n)] += 1
            areas.add(a)
    return pairs, areas, districts


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def main(argv: list[str] | None = None) -> int:
    """Print the scores for ``CORPUS_DIR``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--resolver", help="MODULE:FUNC used instead of geo.resolve (development)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each text's differences")
    args = ap.parse_args(argv)
    if args.resolver:
        mod, fn = args.resolver.split(":")
        places.use_resolver(getattr(importlib.import_module(mod), fn))
    labels = [json.loads(line) for line in (args.corpus / "labels.jsonl").read_text().splitlines() if line.strip()]
    tot = {"pair": [0, 0, 0], "area": [0, 0, 0], "district": [0, 0, 0]}
    totals_ok = nights_ok = windows_ok = wrong_counts = ua_leaks = 0
    for lab in labels:
        text = (args.corpus / "texts" / f"{lab['id']}.txt").read_text(encoding="utf-8")
        pub = date.fromisoformat(lab["published"]) if lab.get("published") else None
        reports = parse(text, pub)
        gp, ga, gd = _pairs_from_reports(reports)
        lp, la, ld = _pairs_from_label(lab)
        for key, got, want in (("pair", gp, lp), ("area", Counter(ga), Counter(la)), ("district", Counter(gd), Counter(ld))):
            tp = sum((got & want).values())
            tot[key][0] += tp
            tot[key][1] += sum(got.values()) - tp
            tot[key][2] += sum(want.values()) - tp
        ru = [r for r in reports if r.country == "RU"]
        main_r = ru[0] if ru else None
        totals_ok += (main_r.total if main_r else None) == lab.get("total") if lab.get("is_report", True) else main_r is None
        want_night = lab.get("night_of")
        got_night = main_r.night_of.isoformat() if main_r and main_r.night_of else None
        nights_ok += got_night == want_night if lab.get("is_report", True) else main_r is None
        want_w = lab.get("window")
        got_w = main_r.window if main_r else None
        same_w = (want_w is None and got_w is None) or (
            want_w is not None and got_w is not None
            and datetime.fromisoformat(want_w["start"]) == got_w.start and datetime.fromisoformat(want_w["end"]) == got_w.end
        )
        windows_ok += same_w
        if not lab.get("is_report", True) and any(c.count is not None for r in ru for c in r.claims):
            wrong_counts += 1
        if any(e.get("country") == "UA" for e in lab.get("extra_reports", [])) or not lab.get("is_report", True):
            ua_leaks += sum(1 for r in ru for c in r.claims if c.area_id not in la and not any(c.area_id.startswith(a) for a in la))
        if args.verbose and (gp != lp or gd != ld):
            print(f"{lab['id']}: pairs +{dict(gp - lp)} -{dict(lp - gp)}  districts +{gd - ld} -{ld - gd}")
    n = len(labels)
    print(f"texts: {n}")
    print(f"(area, count): {_prf(*tot['pair'])}")
    print(f"areas:         {_prf(*tot['area'])}")
    print(f"districts:     {_prf(*tot['district'])}")
    print(f"totals right:  {totals_ok}/{n} = {totals_ok / n:.3f}")
    print(f"nights right:  {nights_ok}/{n} = {nights_ok / n:.3f}")
    print(f"windows right: {windows_ok}/{n} = {windows_ok / n:.3f}")
    print(f"texts wrongly given counts: {wrong_counts}")
    print(f"RU claims in texts with only UA figures there (UA over Russia): {ua_leaks}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
