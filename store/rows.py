"""The rows a parsed text becomes, and the row helpers every writer of the store shares.

Imports (:mod:`store.ingest`), re-parsing (:class:`store.store.Store`) and review actions
(:mod:`store.review`) all turn the parser's reports into ``statements`` and ``claims``
rows here, queue incomplete texts with :func:`review_row` and record every change with
:func:`bump_data_version`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.engine import Connection

from store import figures, schema
from store._time import to_db
from store.importers import Item, Prepared, item_id

#: Statuses of a review item (``review.status``).
OPEN = "open"
RESOLVED = "resolved"
DISMISSED = "dismissed"
#: Queue status of an item whose text was replaced by a newer edit of the message.
SUPERSEDED = "superseded"

#: The review reason of a text the parser failed on.
PARSER_ERROR = "parser_error"
#: Review reasons that hold a text's claims back (a parser error gives none anyway).
HOLDING_REASONS = ("unknown_place", "count_without_area", "conflicting_numbers", "doubtful_number")


def rows_for(
    item: Item,
    reports: Iterable[Any],
    parser_version: str,
    *,
    source_kind: str | None = None,
    error: str | None = None,
) -> Prepared:
    """Return the rows to write for one item, from the ``parsing.Report`` objects found in it."""
    rid = item_id(item)
    report: dict[str, Any] = {
        "id": rid,
        "source_kind": source_kind or item.source_kind,
        "channel": item.channel,
        "url": item.url,
        "published_at": to_db(item.published),
        "language": item.language,
        "text": item.text,
        "parser_version": parser_version,
        "parse_error": error,
        "channel_id": item.channel_id,
        "message_id": item.message_id,
        "edited_at": to_db(item.edited),
    }
    statements, claims = claim_rows(rid, item.text, reports, report["published_at"])
    return Prepared(
        where=item.where, report=report, statements=statements, claims=claims, error=error
    )


def claim_rows(
    rid: str, text: str, reports: Iterable[Any], published: datetime | None, origin: str = "parser"
) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
    """Return the statement and claim rows of the parser's reports on one text."""
    statements = []
    claims = []
    for seq, found in enumerate(reports):
        sid = f"{rid}:{seq}"
        start = to_db(found.window.start) if found.window else None
        end = to_db(found.window.end) if found.window else None
        evidence = found.evidence or (None, None)
        statements.append(
            {
                "id": sid,
                "report_id": rid,
                "seq": seq,
                "reporter": found.reporter,
                "country": found.country,
                "window_start": start,
                "window_end": end,
                "night_of": found.night_of,
                "total": found.total,
                "total_qualifier": found.total_qualifier,
                "damage": found.damage,
                "killed": found.casualties.killed,
                "injured": found.casualties.injured,
                "evidence_start": evidence[0],
                "evidence_end": evidence[1],
            }
        )
        ref: date | None = start.date() if start else found.night_of
        if ref is None and published is not None:
            ref = published.date()
        for number, claim in enumerate(found.claims):
            claims.append(
                {
                    "id": f"{sid}:{number}",
                    "report_id": rid,
                    "statement_id": sid,
                    "seq": number,
                    "reporter": found.reporter,
                    "country": found.country,
                    "kind": claim.kind,
                    "window_start": start,
                    "window_end": end,
                    "night_of": found.night_of,
                    "ref_date": ref,
                    "area_id": claim.area_id,
                    "area": claim.area,
                    "district_id": claim.district_id,
                    "district": claim.district,
                    "count": claim.count,
                    "qualifier": claim.qualifier,
                    "evidence_start": claim.evidence[0],
                    "evidence_end": claim.evidence[1],
                    "evidence": text[claim.evidence[0] : claim.evidence[1]],
                    "rule": claim.rule,
                    "origin": origin,
                }
            )
    return tuple(statements), tuple(claims)


# --- review items ------------------------------------------------------------------------


def problems(text: str, reports: Sequence[Any]) -> list[tuple[str, str]]:
    """Return ``(reason, detail)`` of what makes ``text`` incomplete (empty: publishable)."""
    from parsing.diagnostics import diagnose

    return [(p.reason, p.detail) for p in diagnose(text, reports)]


def review_row(report_id: str, found: Sequence[tuple[str, str]], created_at: datetime) -> dict[str, Any]:
    """Return the ``review`` row that queues a text for the problems ``found``."""
    return {
        "report_id": report_id,
        "reason": found[0][0],
        "detail": "\n".join(detail for _, detail in found),
        "status": OPEN,
        "created_at": created_at,
        "resolved_at": None,
        "resolved_by": None,
    }


# --- writing -----------------------------------------------------------------------------


def replace_rows(
    conn: Connection,
    report_id: str,
    statements: Sequence[dict[str, Any]],
    claims: Sequence[dict[str, Any]],
) -> None:
    """Replace a text's statements and claims (re-parsing, a review action)."""
    c, s = schema.claims, schema.statements
    conn.execute(delete(c).where(c.c.report_id == report_id))
    conn.execute(delete(s).where(s.c.report_id == report_id))
    if statements:
        conn.execute(insert(s), list(statements))
    if claims:
        conn.execute(insert(c), list(claims))


def bump_data_version(conn: Connection) -> None:
    """Record that the data changed (the dashboard's caches key on it)."""
    figures.set_meta(conn, "data_version", uuid.uuid4().hex)
