"""The rows a parsed text becomes, and the row helpers every writer of the store shares.

Imports (:mod:`store.ingest`), re-parsing (:class:`store.store.Store`) and review actions
(:mod:`store.review`) all turn the parser's reports into ``statements`` and ``claims``
rows here, queue incomplete texts with :func:`review_row` and record every change with
:func:`bump_data_version`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.engine import Connection

from store import _deadline, figures, schema
from store._ids import bounded_or_none
from store._time import to_db
from store.importers import Item, Prepared, item_id

log = logging.getLogger(__name__)

#: Statuses of a review item (``review.status``).
OPEN = "open"
RESOLVED = "resolved"
DISMISSED = "dismissed"
#: Queue status of an item whose text was replaced by a newer edit of the message.
SUPERSEDED = "superseded"

#: The review reason of a text the parser failed on.
PARSER_ERROR = "parser_error"
#: Review reasons that hold a text's claims back (a parser error gives none anyway).
HOLDING_REASONS = (
    "unknown_place", "count_without_area", "conflicting_numbers", "doubtful_number",
    "no_claim_read", "unreadable_text", "implausible_date", "undated", "check_overdue",
)  # fmt: skip
#: Review reasons that ask a person to look and hold nothing back: signs that the parse may
#: have missed or misread a figure beside claims that look complete (``parsing.misses.REASONS``).
#: The text's figures are published; its item waits in the queue until someone confirms the
#: reading, corrects it or dismisses the text.
CHECK_REASONS = (
    "figure_not_taken", "total_over_figures", "total_not_sum", "area_without_figure",
    "one_without_downing", "region_from_one_part", "night_not_read", "added_after_total",
    "told_twice", "figure_in_other_region", "figure_before_speaker",
)  # fmt: skip
#: The reasons a new parse of the text may find again or clear.
PARSE_REASONS = HOLDING_REASONS + CHECK_REASONS
#: Reasons the store adds to the parser's (:func:`problems`).
UNREADABLE_TEXT = "unreadable_text"
IMPLAUSIBLE_DATE = "implausible_date"
UNDATED = "undated"
#: The check after the parse (:func:`problems`) ran past its bound of CPU time and was stopped.
CHECK_OVERDUE = "check_overdue"
#: The earliest date a report of this war's drones over Russia can have.
EARLIEST = datetime(2022, 1, 1)


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
        "channel_id": bounded_or_none(item.channel_id),
        "message_id": bounded_or_none(item.message_id),
        "edited_at": to_db(item.edited),
        "declared_reporter": item.reporter,
        "declared_region": item.region,
        "reply_to": bounded_or_none(item.reply_to),
        "reply_id": bounded_or_none(item.reply_id),
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
        # (a day or an evening named without a clock is no window the text told, but the map
        # places the statement on that day: ``Report.day_span``)
        span = found.window or found.day_span
        start = to_db(span.start) if span else None
        end = to_db(span.end) if span else None
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
                "adds_to_previous": found.adds_to_previous,
                "period": found.period,
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


def problems(
    text: str,
    reports: Sequence[Any],
    published: datetime | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[str, str]]:
    """Return ``(reason, detail)`` of what makes ``text`` incomplete (empty: publishable).

    Besides the parser's own doubts (:func:`parsing.diagnostics.diagnose`): characters
    that could not be decoded (``unreadable_text``), a date before 2022 or more than a day
    ahead of now (``implausible_date``: one such date would become every user's default
    night, or stretch every gap-filled table over a century), and claims that no date
    places (``undated``: a text without a publication date that names no night).
    ``published`` is the text's publication time (aware, or naive Moscow time);
    ``progress`` follows the diagnosis' sentences (an exception it raises propagates).

    The diagnosis runs under the parse's bound of CPU time for the text's length
    (``store._deadline``): past it, it is stopped there and the text is held for review
    (``check_overdue``, with the bound and the length; the traceback of where it was goes to
    the log), so a check that never ends stalls no import.
    """
    found = _diagnosis(text, reports, progress)
    bad = text.count("\ufffd")
    if bad:
        at = text.index("\ufffd")
        near = text[max(0, at - 20) : at + 20].replace("\n", " ")
        found.append(
            (
                UNREADABLE_TEXT,
                f"{bad} characters could not be decoded (shown as \ufffd), first in {near!r}",
            )
        )
    found.extend(_date_problems(reports, published))
    # a reason that holds the text back first: the item is named after it
    found.sort(key=lambda problem: problem[0] not in HOLDING_REASONS)
    return found


def _diagnosis(
    text: str, reports: Sequence[Any], progress: Callable[[int, int], None] | None
) -> list[tuple[str, str]]:
    """The parser's doubts (:func:`parsing.diagnostics.diagnose`), within the text's bound."""
    from parsing.diagnostics import diagnose

    seconds = _deadline.bound(len(text))
    try:
        with _deadline.within(seconds):
            return [(p.reason, p.detail) for p in diagnose(text, reports, progress=progress)]
    except _deadline.Overdue:
        detail = (
            f"the check after the parse did not end within {seconds:.1f} s of CPU time"
            f" (a text of {len(text):,} characters) and was stopped"
        )
        log.warning("%s; the text is kept for review", detail, exc_info=True)
        return [(CHECK_OVERDUE, detail)]


def holds(found: Sequence[tuple[str, str]]) -> bool:
    """Whether problems ``found`` (:func:`problems`) hold a text's claims back; the signs of a
    possible miss alone (``CHECK_REASONS``) publish them and queue the text for a look."""
    return any(reason not in CHECK_REASONS for reason, _detail in found)


def _date_problems(reports: Sequence[Any], published: datetime | None) -> list[tuple[str, str]]:
    now = to_db(schema.now())
    assert now is not None
    latest = now + timedelta(days=1)
    dates: list[tuple[str, datetime]] = []
    if published is not None:
        dates.append(("published", to_db(published)))  # type: ignore[arg-type]
    for r in reports:
        if r.night_of is not None:
            dates.append(("night of", datetime(r.night_of.year, r.night_of.month, r.night_of.day)))
        if (span := r.window or r.day_span) is not None:
            dates.append(("window from", to_db(span.start)))  # type: ignore[arg-type]
    out = [
        (
            IMPLAUSIBLE_DATE,
            f"{what} {moment:%Y-%m-%d %H:%M} is outside {EARLIEST:%Y-%m-%d} to a day after the import",
        )
        for what, moment in dates
        if moment < EARLIEST or moment > latest
    ]
    undated = [
        r for r in reports
        if r.claims and r.night_of is None and r.window is None and r.day_span is None
        and published is None
    ]  # fmt: skip
    if undated:
        out.append(
            (UNDATED, "no publication date and no date in the text: no night can show its claims")
        )
    return out


def review_row(
    report_id: str, found: Sequence[tuple[str, str]], created_at: datetime
) -> dict[str, Any]:
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


def replace_changed_rows(
    conn: Connection,
    report_id: str,
    statements: Sequence[dict[str, Any]],
    claims: Sequence[dict[str, Any]],
) -> list[date]:
    """Replace a text's statements and claims unless they are those stored (re-parsing);
    return the dates of the claims replaced and of those written, none when nothing changed.

    The figures read nothing else of a re-parsed text: the nights of these dates are the
    only ones its new parse can change (``store.figures.refresh_dates``).
    """
    c, s = schema.claims, schema.statements
    stored_claims = conn.execute(select(c).where(c.c.report_id == report_id)).mappings().all()
    stored = conn.execute(select(s).where(s.c.report_id == report_id)).mappings().all()
    if _same_rows(s, stored, statements) and _same_rows(c, stored_claims, claims):
        return []
    replace_rows(conn, report_id, statements, claims)
    dates = [row["ref_date"] for row in stored_claims]
    dates.extend(row["ref_date"] for row in claims)
    return [day for day in dates if day is not None]


def _same_rows(table: Table, stored: Sequence[Any], rows: Sequence[dict[str, Any]]) -> bool:
    """Whether ``rows`` would store exactly the ``stored`` rows of ``table`` (a column a
    row leaves out is written NULL: none of these tables has a default)."""
    if len(stored) != len(rows):
        return False
    names = [column.name for column in table.columns]
    old = {row["id"]: tuple(row[name] for name in names) for row in stored}
    return all(old.get(row["id"]) == tuple(row.get(name) for name in names) for row in rows)


def bump_data_version(conn: Connection) -> None:
    """Record that the data changed (the dashboard's caches key on it)."""
    figures.set_meta(conn, "data_version", uuid.uuid4().hex)
