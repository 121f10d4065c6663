"""The review queue: texts a person must look at before their claims count.

A text goes to review when the parser failed on it (``parser_error``) or when
:func:`parsing.diagnostics.diagnose` finds it incomplete (``unknown_place``,
``count_without_area``, ``conflicting_numbers``). An incomplete text is stored, but none
of its claims are written until someone resolves it: it is never half-published.

A text whose claims look complete but that says more than they do (``CHECK_REASONS``:
``parsing.misses``, a figure no claim took, a total above its areas' figures ...) is queued
for a look with its claims published.

A person resolves an item with :func:`assign_area` (add the figure for an area the parser
could not place), :func:`correct_count` (change a figure), :func:`set_date` (date a text held
for its date), :func:`confirm` (a look found the figures right) or :func:`dismiss` (not a report). Each action is a row in ``corrections`` with its author and time, kept apart from
the parser's output: :func:`store.corrections.settle` applies them again whenever the text is re-parsed
(``python -m store reparse``), so a correction survives parser upgrades.

Read with :func:`queue` (the list), :func:`corrections` (who changed what, when) and
:func:`versions` (the edit history of a channel message).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pandas as pd
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from store import figures, schema
from store._errors import ReviewError
from store._parse import Parser, parse_stored
from store._review_input import (
    check_figure,
    check_misdated,
    check_not_stored_at,
    check_published,
    check_report,
    check_review_id,
)
from store._time import from_db, to_db
from store.corrections import ASSIGN_AREA, CONFIRM, DISMISS, SET_COUNT, SET_DATE, settle
from store.db import writing
from store.rows import (
    CHECK_REASONS,
    DISMISSED,
    EARLIEST,
    HOLDING_REASONS,
    IMPLAUSIBLE_DATE,
    OPEN,
    PARSER_ERROR,
    RESOLVED,
    SUPERSEDED,
    UNDATED,
    bump_data_version,
    replace_rows,
)

if TYPE_CHECKING:
    from store.store import Store

__all__ = [
    "ASSIGN_AREA",
    "CHECK_REASONS",
    "CONFIRM",
    "CORRECTION_COLUMNS",
    "DATE_REASONS",
    "DISMISS",
    "DISMISSED",
    "EARLIEST",
    "HOLDING_REASONS",
    "OPEN",
    "PARSER_ERROR",
    "QUEUE_COLUMNS",
    "RESOLVED",
    "SET_COUNT",
    "SET_DATE",
    "SUPERSEDED",
    "ReviewError",
    "assign_area",
    "confirm",
    "correct_count",
    "corrections",
    "dismiss",
    "queue",
    "set_date",
    "versions",
]

#: The reasons of an item :func:`set_date` answers: the text's date is missing or out of range.
DATE_REASONS = (IMPLAUSIBLE_DATE, UNDATED)
#: Columns of :func:`queue`.
QUEUE_COLUMNS = (
    "review_id",
    "report_id",
    "reason",
    "detail",
    "status",
    "created_at",
    "resolved_at",
    "resolved_by",
    "text",
    "channel",
    "source_kind",
    "url",
    "published_at",
)
#: Columns of :func:`corrections`.
CORRECTION_COLUMNS = (
    "correction_id",
    "report_id",
    "action",
    "target",
    "value",
    "author",
    "created_at",
)


def _rebuild(conn: Connection, parse: Parser, report_id: str) -> None:
    """Write a report's rows again from its text, the parser and its corrections."""
    r, c = schema.reports, schema.claims
    report = conn.execute(
        select(
            r.c.text,
            r.c.published_at,
            r.c.channel,
            r.c.parser_version,
            r.c.declared_reporter,
            r.c.declared_region,
            r.c.source_kind,
        ).where(r.c.id == report_id)
    ).first()
    if report is None:
        msg = f"report {report_id!r} is not in the database"
        raise ReviewError(msg)
    found, error = parse_stored(parse, report)
    old = conn.execute(select(c.c.ref_date).where(c.c.report_id == report_id)).scalars().all()
    statements, claims = settle(conn, report_id, report.text, report.published_at, found, error)
    replace_rows(conn, report_id, statements, claims)
    bump_data_version(conn)
    dates = [d for d in (*old, *(row["ref_date"] for row in claims)) if d is not None]
    figures.refresh_dates(conn, dates)


def _item(conn: Connection, review_id: int) -> Any:
    check_review_id(review_id)
    rv = schema.review
    item = conn.execute(select(rv).where(rv.c.id == review_id)).first()
    if item is None:
        msg = f"review item {review_id!r} does not exist"
        raise ReviewError(msg)
    return item


def _record(
    store: Store,
    report_id: str,
    action: str,
    value: dict[str, Any] | None,
    *,
    author: str,
    review_id: int | None,
    status: str,
    target: str | None = None,
) -> None:
    if not author.strip():
        msg = "author is empty: every correction says who made it"
        raise ReviewError(msg)
    with writing(store.engine) as conn:
        check_report(conn, report_id, figures=action != DISMISS)
        now = schema.now()
        conn.execute(
            insert(schema.corrections).values(
                report_id=report_id,
                target=target,
                action=action,
                value=json.dumps(value, ensure_ascii=False) if value is not None else None,
                author=author,
                created_at=now,
            )
        )
        rv = schema.review
        which = (
            rv.c.id == review_id
            if review_id is not None
            else ((rv.c.report_id == report_id) & (rv.c.status == OPEN))
        )
        conn.execute(
            update(rv).where(which).values(status=status, resolved_at=now, resolved_by=author)
        )
        if action == SET_DATE:
            published = datetime.fromisoformat(value["published"])  # type: ignore[index]
            r = schema.reports
            conn.execute(update(r).where(r.c.id == report_id).values(published_at=published))
        _rebuild(conn, store.parser, report_id)
        if action in (ASSIGN_AREA, SET_COUNT, SET_DATE):
            _check_placed(conn, report_id)


def _check_placed(conn: Connection, report_id: str) -> None:
    """Refuse a correction that gives a figure of ``report_id`` no night the pages show.

    A text is held for review when its date is before 2022 or more than a day ahead, or when no
    date places its claims (``store.rows.problems``); a figure published so would be, on a night of 2099, every user's default night and, on one of
    1900, the start of every table filled over its gaps (issue 14, item 6), or, with no night,
    a figure no page shows (item 7). Raised inside the correction's transaction: nothing of it
    is written.
    """
    c = schema.claims
    dates = set(conn.execute(select(c.c.ref_date).where(c.c.report_id == report_id)).scalars())
    latest = (schema.now() + timedelta(days=1)).date()
    wrong = [
        f"on {d}" for d in sorted(d for d in dates if d and not EARLIEST.date() <= d <= latest)
    ]
    if None in dates:
        wrong.append("with no date")
    if wrong:
        msg = (
            f"report {report_id!r} would publish figures {' and '.join(wrong)}, where no page "
            f"shows them rightly (its nights must be from {EARLIEST:%Y-%m-%d} to a day after "
            "today): set its date, or dismiss it"
        )
        raise ReviewError(msg)


# --- actions -----------------------------------------------------------------------------------


def assign_area(
    store: Store,
    review_id: int,
    *,
    area_id: str,
    count: int | None,
    author: str,
    area: str | None = None,
    district_id: str | None = None,
    district: str | None = None,
    qualifier: str = "exact",
    reporter: str | None = None,
    night_of: date | None = None,
    statement: int = 0,
) -> None:
    """Give a queued text the figure for an area (the parser could not place it).

    The claim joins the text's statement ``statement`` (its first by default); a text in
    which the parser found no statement gets one, said by ``reporter`` for ``night_of``.
    """
    check_figure(count, area_id, district_id)
    with store.engine.connect() as conn:
        item = _item(conn, review_id)
    value = {
        "area_id": area_id,
        "area": area,
        "count": count,
        "qualifier": qualifier,
        "district_id": district_id,
        "district": district,
        "statement": statement,
        "reporter": reporter,
        "night_of": night_of.isoformat() if night_of else None,
    }
    _record(
        store,
        item.report_id,
        ASSIGN_AREA,
        value,
        author=author,
        review_id=review_id,
        status=RESOLVED,
    )


def correct_count(
    store: Store,
    report_id: str,
    *,
    area_id: str,
    count: int | None,
    author: str,
    district_id: str | None = None,
    qualifier: str = "exact",
    statement: int = 0,
    review_id: int | None = None,
) -> None:
    """Correct the figure a text gives an area (a claim is added when it had none).

    The text's open review items are resolved (or only ``review_id`` when given).
    """
    check_figure(count, area_id, district_id)
    value = {
        "area_id": area_id,
        "district_id": district_id,
        "count": count,
        "qualifier": qualifier,
        "statement": statement,
    }
    target = f"{report_id}:{statement}"
    _record(
        store,
        report_id,
        SET_COUNT,
        value,
        author=author,
        review_id=review_id,
        status=RESOLVED,
        target=target,
    )


def dismiss(store: Store, review_id: int, *, author: str, note: str = "") -> None:
    """Dismiss a queued text: it is not a report; none of its claims are counted."""
    with store.engine.connect() as conn:
        item = _item(conn, review_id)
    _record(
        store,
        item.report_id,
        DISMISS,
        {"note": note},
        author=author,
        review_id=review_id,
        status=DISMISSED,
    )


def set_date(store: Store, review_id: int, *, published: datetime, author: str) -> None:
    """Give a text stored with no publication time or one out of range (held as
    ``implausible_date`` or ``undated``, or for another reason beside it) its publication time,
    ``published`` (aware, or naive Moscow time, from 2022 to a day after now), and read it again
    with it: its figures are published unless something else holds it, which is then queued as
    the parse says."""
    check_published(published)
    with store.engine.connect() as conn:
        item = _item(conn, review_id)
        check_misdated(conn, item.report_id)
        check_not_stored_at(conn, item.report_id, published)
    value = {"published": to_db(published).isoformat()}  # type: ignore[union-attr]
    _record(
        store,
        item.report_id,
        SET_DATE,
        value,
        author=author,
        review_id=review_id,
        status=RESOLVED,
    )


def confirm(store: Store, review_id: int, *, author: str, note: str = "") -> None:
    """Confirm the reading of a text queued for a look (``CHECK_REASONS``): its figures stay as
    the parser read them, the item is resolved, and no re-parse queues it again."""
    with store.engine.connect() as conn:
        item = _item(conn, review_id)
    if item.reason not in CHECK_REASONS:
        msg = (
            f"review item {review_id} is held back ({item.reason}): assign the area, correct "
            "a number or dismiss it"
        )
        raise ReviewError(msg)
    _record(
        store,
        item.report_id,
        CONFIRM,
        {"note": note},
        author=author,
        review_id=review_id,
        status=RESOLVED,
    )


# --- reading -------------------------------------------------------------------------------------


def queue(store: Store, *, status: str | None = OPEN) -> pd.DataFrame:
    """Return the review items with their texts, oldest first (``QUEUE_COLUMNS``).

    ``status`` is ``open``, ``resolved``, ``dismissed``, ``superseded`` (the text was
    replaced by a newer edit of its message) or None for all.
    """
    rv, r = schema.review, schema.reports
    query = (
        select(
            rv.c.id,
            rv.c.report_id,
            rv.c.reason,
            rv.c.detail,
            rv.c.status,
            rv.c.created_at,
            rv.c.resolved_at,
            rv.c.resolved_by,
            r.c.text,
            r.c.channel,
            r.c.source_kind,
            r.c.url,
            r.c.published_at,
            r.c.superseded_by,
        )
        .select_from(rv.join(r, rv.c.report_id == r.c.id))
        .order_by(rv.c.created_at, rv.c.id)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    records = []
    for row in rows:
        record = dict(zip(QUEUE_COLUMNS, row[:-1], strict=True))
        if row.superseded_by and record["status"] == OPEN:
            record["status"] = SUPERSEDED
        for key in ("created_at", "resolved_at", "published_at"):
            record[key] = from_db(record[key])
        if status is None or record["status"] == status:
            records.append(record)
    return pd.DataFrame.from_records(records, columns=list(QUEUE_COLUMNS))


def corrections(store: Store, report_id: str | None = None) -> pd.DataFrame:
    """Return the corrections (who changed what, when), oldest first."""
    t = schema.corrections
    query = select(
        t.c.id, t.c.report_id, t.c.action, t.c.target, t.c.value, t.c.author, t.c.created_at
    ).order_by(t.c.created_at, t.c.id)
    if report_id is not None:
        query = query.where(t.c.report_id == report_id)
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    records = [
        {
            **dict(zip(CORRECTION_COLUMNS, row, strict=True)),
            "value": json.loads(row.value) if row.value else None,
            "created_at": from_db(row.created_at),
        }
        for row in rows
    ]
    return pd.DataFrame.from_records(records, columns=list(CORRECTION_COLUMNS))


def versions(store: Store, report_id: str) -> pd.DataFrame:
    """Return every stored version of the channel message ``report_id`` belongs to, oldest
    first: ``report_id``, ``text``, ``published_at``, ``edited_at``, ``superseded_by``."""
    r = schema.reports
    columns = ["report_id", "text", "published_at", "edited_at", "superseded_by"]
    with store.engine.connect() as conn:
        key = conn.execute(
            select(r.c.channel_id, r.c.message_id).where(r.c.id == report_id)
        ).first()
        if key is None:
            return pd.DataFrame(columns=columns)
        query = select(r.c.id, r.c.text, r.c.published_at, r.c.edited_at, r.c.superseded_by)
        if key.channel_id and key.message_id:
            query = query.where(r.c.channel_id == key.channel_id, r.c.message_id == key.message_id)
        else:
            query = query.where(r.c.id == report_id)
        rows = conn.execute(query).all()
    records = [
        {
            "report_id": row.id,
            "text": row.text,
            "published_at": from_db(row.published_at),
            "edited_at": from_db(row.edited_at),
            "superseded_by": row.superseded_by,
        }
        for row in rows
    ]
    records.sort(
        key=lambda rec: (
            rec["superseded_by"] is None,
            to_db(rec["edited_at"] or rec["published_at"]) or datetime.min,
        )
    )
    return pd.DataFrame.from_records(records, columns=columns)
