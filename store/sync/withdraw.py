"""What a message deleted from its channel does to the figures: its claims leave them.

A deleted post is no longer the reporter's statement; counting it would show a figure
nobody stands by. The sync withdraws it the way a reviewer dismisses a text, in the
pass's transaction: a ``dismiss`` correction by ``sync`` (so re-parsing never brings the
claims back, ``store.corrections.settle``), a review item with the reason ``deleted``
already closed (the Review page's history shows it with the reason), and the report's
statements and claims removed. The report's text and its edit history stay.

A message noted deleted that a later pass shows again (a page that left it out for a
while) is counted again: :func:`restore` takes the sync's correction back, reopens
nothing (the review item is resolved, its detail saying when it showed again) and
rebuilds the claims from the text, the parser and people's corrections.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from store import figures, schema
from store._parse import Parser, parse_stored
from store.corrections import DISMISS, settle
from store.rows import DISMISSED, RESOLVED, bump_data_version, replace_rows

#: The review reason of a text withdrawn because its message was deleted.
DELETED = "deleted"
#: Who withdraws it (``corrections.author``, ``review.resolved_by``).
AUTHOR = "sync"


def withdraw(
    conn: Connection, source: str, deleted: Sequence[tuple[str, str | None]], now: datetime
) -> int:
    """Withdraw the reports of deleted messages (``(message id, report id)``) from the
    figures inside the caller's transaction; return how many claims left them."""
    reports = [(message_id, rid) for message_id, rid in deleted if rid]
    if not reports:
        return 0
    c = schema.claims
    current = figures.is_current(conn)  # before the data version changes
    ids = [rid for _, rid in reports]
    dates = list(conn.execute(select(c.c.ref_date).where(c.c.report_id.in_(ids))).scalars())
    when = f"{now:%Y-%m-%d %H:%M}"
    for message_id, rid in reports:
        detail = (
            f"message {message_id} was deleted from {source}: missing from its preview "
            f"at {when} MSK; its claims no longer count"
        )
        conn.execute(
            insert(schema.corrections).values(
                report_id=rid,
                target=None,
                action=DISMISS,
                value=json.dumps({"note": detail}, ensure_ascii=False),
                author=AUTHOR,
                created_at=now,
            )
        )
        conn.execute(
            insert(schema.review).values(
                report_id=rid,
                reason=DELETED,
                detail=detail,
                status=DISMISSED,
                created_at=now,
                resolved_at=now,
                resolved_by=AUTHOR,
            )
        )
        replace_rows(conn, rid, [], [])
    bump_data_version(conn)
    known = [day for day in dates if day is not None]
    if current:
        figures.refresh_dates(conn, known)
    return len(dates)


def restore(
    conn: Connection,
    parse: Parser,
    source: str,
    returned: Sequence[tuple[str, str | None]],
    now: datetime,
) -> int:
    """Count again the reports of messages noted deleted that show again (``(message id,
    report id)``) inside the caller's transaction; return how many claims they give."""
    reports = [rid for _, rid in returned if rid]
    if not reports:
        return 0
    current = figures.is_current(conn)
    r, rv, cr = schema.reports, schema.review, schema.corrections
    when = f"{now:%Y-%m-%d %H:%M}"
    dates: list[date] = []
    for rid in reports:
        conn.execute(
            delete(cr).where(cr.c.report_id == rid, cr.c.author == AUTHOR, cr.c.action == DISMISS)
        )
        conn.execute(
            update(rv)
            .where(rv.c.report_id == rid, rv.c.reason == DELETED, rv.c.status == DISMISSED)
            .values(
                status=RESOLVED,
                resolved_at=now,
                resolved_by=AUTHOR,
                detail=rv.c.detail + f"; shown again in {source} at {when} MSK: counted again",
            )
        )
        row = conn.execute(
            select(
                r.c.text,
                r.c.published_at,
                r.c.channel,
                r.c.declared_reporter,
                r.c.declared_region,
                r.c.source_kind,
            ).where(r.c.id == rid)
        ).first()
        if row is None:
            continue
        found, error = parse_stored(parse, row)
        statements, claims = settle(conn, rid, row.text, row.published_at, found, error)
        replace_rows(conn, rid, statements, claims)
        dates.extend(claim["ref_date"] for claim in claims if claim["ref_date"] is not None)
    bump_data_version(conn)
    if current:
        figures.refresh_dates(conn, dates)
    return len(dates)
