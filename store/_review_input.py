"""What a review action is given, checked before anything of it is written (``store.review``).

The Review page offers areas from the boundary pack and a number input with no upper bound;
the functions of ``store.review`` are called by other code too. Each value is checked here and
every problem said in one line (:class:`store.ReviewError`), so that no correction writes a
figure under an id no map shows, a count no column holds (a traceback on PostgreSQL), or a
figure to a text whose figures no longer count (dismissed, or replaced by a later version of
its message: the page said "Corrected" and nothing changed).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

import geo
from geo import area_ids
from store import schema
from store._errors import ReviewError
from store._time import at_moment, to_db
from store.corrections import DISMISS
from store.importers import report_id as text_id
from store.rows import EARLIEST

#: The largest id a portable SQL ``INTEGER`` column holds: a larger review id names no item
#: (PostgreSQL refused the query with a traceback).
_LARGEST_ID = 2**31 - 1


def check_figure(count: object, area_id: str, district_id: str | None) -> None:
    """Refuse a count that is not a whole number from 0 to ``MAX_COUNT`` (the largest figure
    the parser reads: "count is 1000000000000000 ..."), an area id that is not an area of the
    boundary pack, or a district that is not one of that area's; all problems in one line."""
    # (imported here: the Map page loads the store, never the parser's vocabularies)
    from parsing.numbers import MAX_COUNT

    problems = []
    if count is not None and (
        isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT
    ):
        problems.append(
            f"count is {count!r}: expected a whole number of drones from 0 to {MAX_COUNT:,}, "
            "or None"
        )
    problems += [
        f"area_id {part!r} is not an area of the boundary pack"
        for part in area_ids.parts(area_id)
        if not _known(part)
    ]
    if district_id is not None:
        region = area_ids.region_of(district_id)
        if not _known(district_id) or region not in area_ids.parts(area_id):
            problems.append(f"district_id {district_id!r} is not a district of {area_id!r}")
    if problems:
        raise ReviewError("; ".join(problems))


def _known(place_id: str) -> bool:
    """Whether ``place_id`` is the id of an area or a district of the boundary pack."""
    try:
        return bool(geo.resolve(place_id).id == place_id)
    except geo.GeoError:
        return False


def check_published(published: object) -> None:
    """Refuse a publication time that is not a date and time from ``store.rows.EARLIEST`` to a
    day after now (aware, or naive Moscow time): the range an import accepts."""
    moment = to_db(published) if isinstance(published, datetime) else None
    if moment is None or not EARLIEST <= moment <= schema.now() + timedelta(days=1):
        msg = (
            f"published is {published!r}: expected a date and time from "
            f"{EARLIEST:%Y-%m-%d} to a day after now"
        )
        raise ReviewError(msg)


def check_misdated(conn: Connection, report_id: str) -> None:
    """Refuse to date a text whose stored publication time is in range (from ``EARLIEST`` to a
    day after now): its date is not what holds it."""
    r = schema.reports
    stored = conn.execute(select(r.c.published_at).where(r.c.id == report_id)).scalar()
    if stored is not None and EARLIEST <= stored <= schema.now() + timedelta(days=1):
        msg = (
            f"report {report_id!r} is published at {stored:%Y-%m-%d %H:%M}, a date in range: "
            "its date is not what holds it"
        )
        raise ReviewError(msg)


def check_not_stored_at(conn: Connection, report_id: str, published: datetime) -> None:
    """Refuse to date a text when the same text from the same source is stored already with
    that publication time: the two would count its figures twice."""
    r = schema.reports
    held = conn.execute(
        select(r.c.text, r.c.channel, r.c.channel_id).where(r.c.id == report_id)
    ).first()
    if held is None:
        return
    same = text_id(held.text, held.channel_id or held.channel)
    rows = conn.execute(
        select(r.c.id, r.c.text, r.c.channel, r.c.channel_id).where(
            at_moment(r.c.published_at, published), r.c.id != report_id
        )
    )
    for row in rows:
        if text_id(row.text, row.channel_id or row.channel) == same:
            msg = (
                f"report {row.id!r} holds the same text from the same source, published at "
                f"{published:%Y-%m-%d %H:%M}: dismiss this copy rather than count it twice"
            )
            raise ReviewError(msg)


def check_review_id(review_id: object) -> None:
    """Refuse a review id no item can have (not a whole number, or past the column's range)."""
    if (
        isinstance(review_id, bool)
        or not isinstance(review_id, int)
        or not 0 < review_id <= _LARGEST_ID
    ):
        msg = f"review item {review_id!r} does not exist"
        raise ReviewError(msg)


def check_report(conn: Connection, report_id: str, *, figures: bool) -> None:
    """Refuse an action on a text that is not stored or that a later version of its message
    replaced, and one that sets its ``figures`` on a text a person dismissed."""
    r, t = schema.reports, schema.corrections
    row = conn.execute(select(r.c.superseded_by).where(r.c.id == report_id)).first()
    if row is None:
        msg = f"report {report_id!r} is not in the database"
        raise ReviewError(msg)
    if row.superseded_by is not None:
        msg = (
            f"report {report_id!r} was replaced by a later version of its message "
            f"({row.superseded_by!r}): act on that one, whose figures count"
        )
        raise ReviewError(msg)
    if not figures:
        return
    by = conn.execute(
        select(t.c.author).where(t.c.report_id == report_id, t.c.action == DISMISS).limit(1)
    ).scalar()
    if by is not None:
        msg = (
            f"report {report_id!r} was dismissed by {by!r} (not a report): none of its "
            "figures count, and a correction would change nothing"
        )
        raise ReviewError(msg)
