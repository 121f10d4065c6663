"""Check the form of a labelled set written in the corpus-dev shape (not its content).

    python bench/sets/validate.py SET_DIR [--prefix PP]

A set is ``SET_DIR/texts/ID.txt`` and ``SET_DIR/labels.jsonl`` (one object per text). Prints one
line per problem and exits 1 when there is any, 0 otherwise. Used by the people who write sets
(bench/sets/WRITERS.md) before they hand a set over; bench/accuracy.py scores it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

REPORTERS = {"mod", "governor", "mayor", "media", "other"}
QUALIFIERS = {"exact", "at_least", "approx"}
AREA_ID = re.compile(r"^(RU-[A-Z]{2,3}|UA-\d\d|SEA-[A-Z]+)(\+(RU-[A-Z]{2,3}|UA-\d\d|SEA-[A-Z]+))*$")
TOP_FIELDS = (
    "id",
    "language",
    "publisher",
    "published",
    "reporter",
    "window",
    "night_of",
    "total",
    "rows",
    "extra_reports",
    "is_report",
    "damage",
    "casualties",
    "notes",
    "tags",
)


def _check_date(value, what: str, problems: list[str]) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{what}: {value!r} is not a YYYY-MM-DD date")


def _check_window(window, what: str, problems: list[str]) -> None:
    if window is None:
        return
    if not isinstance(window, dict):
        problems.append(f"{what}: window must be an object or null")
        return
    for key in ("start", "end"):
        value = window.get(key)
        if value is None:
            if not window.get(f"time_{key}"):
                problems.append(f"{what}: window.{key} is null and no time_{key} is given")
            continue
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            problems.append(f"{what}: window.{key} {value!r} is not ISO 8601")
            continue
        if moment.tzinfo is None:
            problems.append(f"{what}: window.{key} {value!r} has no UTC offset (+03:00)")


def _check_rows(rows, what: str, problems: list[str]) -> None:
    if not isinstance(rows, list):
        problems.append(f"{what}: rows must be a list")
        return
    for i, row in enumerate(rows):
        where = f"{what} row {i}"
        if not AREA_ID.match(str(row.get("area_id") or "")):
            problems.append(f"{where}: area_id {row.get('area_id')!r} is not an ISO or SEA id")
        if not row.get("region"):
            problems.append(f"{where}: region (English) is missing")
        count = row.get("count")
        if count is not None and (
            not isinstance(count, int) or isinstance(count, bool) or count < 0
        ):
            problems.append(f"{where}: count {count!r} must be a whole number or null")
        if count is not None and row.get("count_qualifier", "exact") not in QUALIFIERS:
            problems.append(f"{where}: count_qualifier {row.get('count_qualifier')!r}")
        if row.get("district") and not row.get("district_ru"):
            problems.append(f"{where}: a district row needs district_ru (Russian nominative)")


def _check_report(report: dict, what: str, problems: list[str]) -> None:
    if report.get("reporter") not in REPORTERS:
        problems.append(f"{what}: reporter {report.get('reporter')!r} not in {sorted(REPORTERS)}")
    _check_window(report.get("window"), what, problems)
    _check_date(report.get("night_of"), f"{what} night_of", problems)
    total = report.get("total")
    if total is not None and (not isinstance(total, int) or isinstance(total, bool)):
        problems.append(f"{what}: total {total!r} must be a whole number or null")
    _check_rows(report.get("rows", []), what, problems)


def check(set_dir: Path, prefix: str | None) -> list[str]:
    problems: list[str] = []
    labels_path = set_dir / "labels.jsonl"
    if not labels_path.exists():
        return [f"{labels_path} is missing"]
    seen: set[str] = set()
    for n, line in enumerate(labels_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            label = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"labels.jsonl line {n}: not JSON ({err})")
            continue
        ident = str(label.get("id"))
        what = f"{ident}"
        for key in TOP_FIELDS:
            if key not in label:
                problems.append(f"{what}: field {key!r} is missing")
        if ident in seen:
            problems.append(f"{what}: id given twice")
        seen.add(ident)
        if prefix and not ident.startswith(prefix):
            problems.append(f"{what}: id does not start with {prefix!r}")
        text = set_dir / "texts" / f"{ident}.txt"
        if not text.exists() or not text.read_text(encoding="utf-8").strip():
            problems.append(f"{what}: {text} is missing or empty")
        if label.get("language") not in ("ru", "en", "uk"):
            problems.append(f"{what}: language {label.get('language')!r}")
        _check_date(label.get("published"), f"{what} published", problems)
        _check_report(label, what, problems)
        if label.get("is_report") is False and (label.get("rows") or label.get("total")):
            problems.append(f"{what}: is_report false but rows or total given")
        for j, extra in enumerate(label.get("extra_reports") or []):
            if extra.get("country") not in (None, "UA", "RU"):
                problems.append(f"{what} extra {j}: country {extra.get('country')!r}")
            _check_report(extra, f"{what} extra {j}", problems)
    texts = {p.stem for p in (set_dir / "texts").glob("*.txt")}
    for orphan in sorted(texts - seen):
        problems.append(f"texts/{orphan}.txt has no label")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--prefix")
    args = parser.parse_args(argv)
    problems = check(args.set_dir, args.prefix)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
