"""People's corrections, applied again to every parse of a text.

A review action (:mod:`store.review`) is a row in ``corrections``, kept apart from the
parser's output; :func:`settle` applies them to a fresh parse, so a correction survives
re-parsing and parser upgrades.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from store import schema
from store.rows import (
    IMPLAUSIBLE_DATE,
    OPEN,
    PARSE_REASONS,
    RESOLVED,
    claim_rows,
    holds,
    review_row,
)
from store.spelt_corrections import checked

#: Actions of a correction (``corrections.action``).
ASSIGN_AREA = "assign_area"
SET_COUNT = "set_count"
DISMISS = "dismiss"
#: A person gave a text held for its date (``implausible_date``, ``undated``) its publication
#: time: written on the text's row (``reports.published_at``), which every parse reads; the row
#: here is the record of who did it. It reads no figure, so a parse's problems still hold the
#: text (:func:`settle_parsed`).
SET_DATE = "set_date"
#: A person read a text queued for a look (``store.rows.CHECK_REASONS``) and found its figures
#: right: nothing changes but the item, which no re-parse opens again.
CONFIRM = "confirm"


def _corrections(conn: Connection, report_id: str) -> list[Any]:
    t = schema.corrections
    return list(
        conn.execute(
            select(t).where(t.c.report_id == report_id).order_by(t.c.created_at, t.c.id)
        ).all()
    )


def _statement(report_id: str, seq: int, value: dict[str, Any]) -> dict[str, Any]:
    night = value.get("night_of")
    return {
        "id": f"{report_id}:{seq}",
        "report_id": report_id,
        "seq": seq,
        "reporter": value.get("reporter") or "other",
        "country": value.get("country") or "RU",
        "window_start": None,
        "window_end": None,
        "night_of": date.fromisoformat(night) if night else None,
        "total": None,
        "total_qualifier": None,
        "damage": None,
        "killed": None,
        "injured": None,
        "evidence_start": None,
        "evidence_end": None,
        "adds_to_previous": False,
        "period": None,
    }


def _apply(
    report_id: str,
    statements: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    rows: Sequence[Any],
    published: datetime | None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    for row in rows:
        value = json.loads(row.value) if row.value else {}
        if row.action == DISMISS:
            return [], []
        if row.action not in (ASSIGN_AREA, SET_COUNT):
            continue
        seq = int(value.get("statement", 0))
        match = [
            c
            for c in claims
            if c["statement_id"] == f"{report_id}:{seq}"
            and c["area_id"] == value["area_id"]
            and c["district_id"] == value.get("district_id")
        ]
        if match:
            for claim in match:
                claim.update(
                    count=value.get("count"),
                    qualifier=value.get("qualifier", "exact"),
                    rule=f"correction:{row.id}",
                    origin="correction",
                )
            continue
        if not any(st["seq"] == seq for st in statements):
            seq = len(statements)
            statements.append(_statement(report_id, seq, value))
        st = next(st for st in statements if st["seq"] == seq)
        sid = st["id"]
        number = sum(1 for c in claims if c["statement_id"] == sid)
        ref = st["window_start"].date() if st["window_start"] else st["night_of"]
        if ref is None and published is not None:
            ref = published.date()
        claims.append(
            {
                "id": f"{sid}:{number}",
                "report_id": report_id,
                "statement_id": sid,
                "seq": number,
                "reporter": st["reporter"],
                "country": st["country"],
                "kind": "drone",
                "window_start": st["window_start"],
                "window_end": st["window_end"],
                "night_of": st["night_of"],
                "ref_date": ref,
                "area_id": value["area_id"],
                "area": value.get("area") or value["area_id"],
                "district_id": value.get("district_id"),
                "district": value.get("district"),
                "count": value.get("count"),
                "qualifier": value.get("qualifier", "exact"),
                "evidence_start": 0,
                "evidence_end": 0,
                "evidence": "",
                "rule": f"correction:{row.id}",
                "origin": "correction",
            }
        )
    return statements, claims


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a text's parse gives before the database is read: its rows, its problems and
    the parser's error (a worker process computes it; :func:`settle_parsed` stores it)."""

    statements: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    problems: list[tuple[str, str]]
    error: str | None


def parsed_rows(
    report_id: str,
    text: str,
    published: datetime | None,
    reports: Sequence[Any],
    error: str | None,
) -> Parsed:
    """Return the rows and problems of a text's parse (``published``: naive Moscow time)."""
    found: list[tuple[str, str]] = []
    if error is None:
        reports, found = checked(text, reports, published)
    statements, claims = claim_rows(report_id, text, reports, published)
    return Parsed(list(statements), list(claims), list(found), error)


def settle(
    conn: Connection,
    report_id: str,
    text: str,
    published: datetime | None,
    reports: Sequence[Any],
    error: str | None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the statement and claim rows to store for a text, corrections applied.

    A text whose parse is incomplete and that nobody has corrected gets no rows and an
    open review item; a text now parsed completely has its incompleteness items
    resolved. ``published`` is naive Moscow time (as stored).
    """
    parsed = parsed_rows(report_id, text, published, reports, error)
    return settle_parsed(conn, report_id, published, parsed)


def settle_parsed(
    conn: Connection, report_id: str, published: datetime | None, parsed: Parsed
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """:func:`settle` of a parse already turned into rows (:func:`parsed_rows`)."""
    statements, claims = list(parsed.statements), list(parsed.claims)
    rows = [row for row in _corrections(conn, report_id) if row.action != SET_DATE]
    found = parsed.problems
    rv = schema.review
    holding = (rv.c.report_id == report_id) & rv.c.reason.in_(PARSE_REASONS)
    open_items = conn.execute(
        select(rv.c.id, rv.c.reason, rv.c.detail).where(holding, rv.c.status == OPEN)
    ).all()
    refused = [o for o in open_items if o.reason == IMPLAUSIBLE_DATE]
    if published is None and refused:
        # a date that could not be stored (year 1, year 9999: the import's reason, first line
        # of its detail): no new parse sees it again, and the text stays held for it
        found = [(IMPLAUSIBLE_DATE, refused[0].detail.split("\n", 1)[0]), *found]
    if found and not rows:
        item = review_row(report_id, found, schema.now())
        if not open_items:
            conn.execute(insert(rv).values(**item))
        elif any(o.reason != item["reason"] for o in open_items):
            # the parse changed what is wrong (a look became a hold, or the other way)
            ids = [o.id for o in open_items]
            conn.execute(
                update(rv)
                .where(rv.c.id.in_(ids))
                .values(reason=item["reason"], detail=item["detail"])
            )
        if holds(found):
            return [], []
        return _apply(report_id, statements, claims, rows, published)
    if not found and open_items:
        conn.execute(
            update(rv)
            .where(holding, rv.c.status == OPEN)
            .values(status=RESOLVED, resolved_at=schema.now(), resolved_by="reparse")
        )
    return _apply(report_id, statements, claims, rows, published)
