"""The project's own claims CSV (``python -m store export --format csv``) read back.

Each row is a claim with its report's provenance; rows of one report become one stored
report (without a text: the CSV carries only the evidence of each claim), so an export
imported into another database gives the same claims.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from parsing.model import CLAIM_KINDS, COUNTRIES, PERIODS, QUALIFIERS, REPORTERS
from store import columns as C
from store._errors import ImportFailed
from store._time import to_db
from store.importers._common import Prepared, decode

#: Marks a cell a spreadsheet would execute; the export prefixes it, the import removes it.
FORMULA_PREFIX = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: How the export writes a true ``adds_to_previous`` (pandas' True; 1 from a spreadsheet).
_TRUE = ("True", "true", "TRUE", "1")

#: Parser version recorded for reports that came from a CSV: there is no text to re-parse.
CSV_PARSER_VERSION = "csv"

REQUIRED = (
    C.CLAIM_ID,
    C.REPORT_ID,
    C.REPORTER,
    C.COUNTRY,
    C.AREA_ID,
    C.AREA,
    C.COUNT,
    C.QUALIFIER,
)
_CHOICES = {
    C.REPORTER: REPORTERS,
    C.COUNTRY: COUNTRIES,
    C.QUALIFIER: QUALIFIERS,
    C.KIND: CLAIM_KINDS,
    C.DECLARED_REPORTER: REPORTERS,
    C.PERIOD: PERIODS,
}


def unescape(value: str) -> str:
    """Return a cell without the prefix the export put before a formula-like value."""
    if value.startswith(FORMULA_PREFIX) and value[1:2] and value[1] in "".join(FORMULA_STARTS):
        return value[1:]
    return value


def read(data: bytes, name: str, *, source_kind: str | None = None) -> list[Prepared]:
    """Return one prepared report per ``report_id`` in the CSV."""
    text = decode(data, name)
    lines = text.splitlines(keepends=True)
    skipped = 0
    while skipped < len(lines) and lines[skipped].startswith("#"):
        skipped += 1  # licence and attribution lines the export writes first
    reader = csv.DictReader(io.StringIO("".join(lines[skipped:])))
    try:
        return _read_rows(reader, name, skipped, source_kind)
    except csv.Error as exc:
        # "field larger than field limit (131072)": a cell no export writes
        msg = f"{name}: after line {reader.line_num + skipped}: not a readable CSV row ({exc})"
        raise ImportFailed(msg) from None


def _read_rows(
    reader: csv.DictReader[str], name: str, skipped: int, source_kind: str | None
) -> list[Prepared]:
    header = reader.fieldnames or []
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        msg = f"{name}: not an Atlas claims CSV (missing columns: {', '.join(missing)})"
        raise ImportFailed(msg)
    reports: dict[str, dict[str, Any]] = {}
    for row in reader:
        where = f"{name}: line {reader.line_num + skipped}"
        if None in row:
            msg = f"{where}: more cells than the header has columns"
            raise ImportFailed(msg)
        cells = {key: unescape(value or "") for key, value in row.items()}
        _add_row(reports, cells, where, source_kind)
    return [
        Prepared(
            where=entry["where"],
            report=entry["report"],
            statements=tuple(entry["statements"].values()),
            claims=tuple(entry["claims"]),
        )
        for entry in reports.values()
    ]


def _add_row(
    reports: dict[str, dict[str, Any]], cells: dict[str, str], where: str, source_kind: str | None
) -> None:
    for key, choices in _CHOICES.items():
        optional = key in (C.KIND, C.DECLARED_REPORTER, C.PERIOD)
        if key in cells and cells[key] not in choices and not (optional and not cells[key]):
            msg = f"{where}: {key} is {cells[key]!r}, expected one of {', '.join(choices)}"
            raise ImportFailed(msg)
    report_id, claim_id = cells[C.REPORT_ID], cells[C.CLAIM_ID]
    if not report_id or not claim_id:
        msg = f"{where}: empty {C.REPORT_ID if not report_id else C.CLAIM_ID}"
        raise ImportFailed(msg)
    prefix, _, seq = claim_id.rpartition(":")
    statement_id = prefix if prefix.startswith(f"{report_id}:") else f"{report_id}:0"
    window_start = _value(cells, C.WINDOW_START, _datetime, where)
    window_end = _value(cells, C.WINDOW_END, _datetime, where)
    night_of = _value(cells, C.NIGHT_OF, date.fromisoformat, where)
    published = _value(cells, C.PUBLISHED_AT, _datetime, where)
    entry = reports.setdefault(
        report_id,
        {
            "where": where,
            "report": {
                "id": report_id,
                "source_kind": source_kind or cells.get(C.SOURCE_KIND) or "csv",
                "channel": cells.get(C.CHANNEL) or None,
                "url": cells.get(C.URL) or None,
                "published_at": published,
                "language": None,
                "text": "",
                "parser_version": CSV_PARSER_VERSION,
                "parse_error": None,
                "channel_id": None,
                "message_id": None,
                "edited_at": None,
                # who the source was declared to be (its channel's posts add up: 1b)
                "declared_reporter": cells.get(C.DECLARED_REPORTER) or None,
            },
            "statements": {},
            "claims": [],
        },
    )
    statements = entry["statements"]
    if statement_id not in statements:
        statements[statement_id] = {
            "id": statement_id,
            "report_id": report_id,
            "seq": len(statements),
            "reporter": cells[C.REPORTER],
            "country": cells[C.COUNTRY],
            "window_start": window_start,
            "window_end": window_end,
            "night_of": night_of,
            "total": _value(cells, C.REPORT_TOTAL, _int, where),
            "total_qualifier": cells.get(C.REPORT_TOTAL_QUALIFIER) or None,
            "damage": None,
            "killed": None,
            "injured": None,
            "evidence_start": None,
            "evidence_end": None,
            # an update's more drones, added to the report's figure (the export writes it)
            "adds_to_previous": cells.get(C.ADDS_TO_PREVIOUS) in _TRUE,
            # a recap's span: placed on no night or day (the export writes it)
            "period": cells.get(C.PERIOD) or None,
        }
    ref = window_start or night_of or published
    entry["claims"].append(
        {
            "id": claim_id,
            "report_id": report_id,
            "statement_id": statement_id,
            "seq": int(seq) if seq.isdigit() else len(entry["claims"]),
            "reporter": cells[C.REPORTER],
            "country": cells[C.COUNTRY],
            "kind": cells.get(C.KIND) or "drone",
            "window_start": window_start,
            "window_end": window_end,
            "night_of": night_of,
            "ref_date": ref.date() if isinstance(ref, datetime) else ref,
            "area_id": cells[C.AREA_ID],
            "area": cells[C.AREA],
            "district_id": cells.get(C.DISTRICT_ID) or None,
            "district": cells.get(C.DISTRICT) or None,
            "count": _value(cells, C.COUNT, _int, where),
            "qualifier": cells[C.QUALIFIER],
            "evidence_start": _value(cells, C.EVIDENCE_START, _int, where) or 0,
            "evidence_end": _value(cells, C.EVIDENCE_END, _int, where) or 0,
            "evidence": cells.get(C.EVIDENCE, ""),
            "rule": cells.get(C.RULE, ""),
            "origin": "csv",
        }
    )


#: The largest value a portable SQL ``INTEGER`` column holds; a larger cell would fail
#: (with a traceback) only when the rows are written.
_LARGEST = 2**31 - 1


def _int(value: str) -> int:
    # ASCII digits only: int() also reads "٥" or "５" as 5 and "1_000" as 1000, figures
    # no export writes and a person would not read so
    digits = value.strip()
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError(value)
    number = int(digits)
    if number > _LARGEST:
        raise ValueError(value)
    return number


def _datetime(value: str) -> datetime | None:
    return to_db(datetime.fromisoformat(value))


_WHAT = {
    "_int": "a whole number",
    "_datetime": "an ISO date and time",
    "fromisoformat": "an ISO date",
}


def _value(cells: dict[str, str], key: str, convert: Callable[[str], Any], where: str) -> Any:
    value = cells.get(key, "")
    if not value:
        return None
    try:
        return convert(value)
    except ValueError:
        msg = f"{where}: {key} is {value!r}, not {_WHAT[convert.__name__]}"
        raise ImportFailed(msg) from None
