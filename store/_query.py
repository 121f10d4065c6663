"""What the queries share: the filters, their SQL conditions, and reading claims placed
in nights or days (the input of reconciliation)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import String, select, type_coerce
from sqlalchemy.engine import Connection

import settings
from store import columns as C
from store import reconcile, schema

SAMPLE = "sample"
_UNITS = (C.UNIT_NIGHT, C.UNIT_DAY)
#: Claims are narrowed by calendar date in SQL with this margin, then placed exactly.
MARGIN = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the dashboard asks for; empty tuples mean "all"."""

    date_from: date | None = None
    date_to: date | None = None
    regions: tuple[str, ...] = ()
    reporters: tuple[str, ...] = ()
    include_ua: bool = False
    unit: Literal["night", "day"] = "night"
    #: Only rows with a discrepancy flag (honoured by ``store.ledger``'s frames).
    discrepancies_only: bool = False

    def __post_init__(self) -> None:
        if self.unit not in _UNITS:
            msg = f"unit is {self.unit!r}, expected 'night' or 'day'"
            raise ValueError(msg)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            msg = f"date_from {self.date_from} is after date_to {self.date_to}"
            raise ValueError(msg)


def conditions(filters: Filters, *, drones_only: bool) -> list[Any]:
    """Return the SQL conditions of ``filters`` on claims (dates widened by a margin)."""
    c = schema.claims
    conditions = []
    if drones_only:
        conditions.append(c.c.kind == "drone")
    if not filters.include_ua:
        conditions.append(c.c.country == "RU")
    if filters.reporters:
        conditions.append(c.c.reporter.in_(filters.reporters))
    if filters.date_from:
        conditions.append(c.c.ref_date >= filters.date_from - MARGIN)
    if filters.date_to:
        conditions.append(c.c.ref_date <= filters.date_to + MARGIN)
    return conditions


def placed_claims(conn: Connection, filters: Filters) -> list[reconcile.Placed]:
    """Return the counted-kind claims of ``filters`` (regions aside) placed in units."""
    c, r = schema.claims, schema.reports
    # Times come as the driver gives them (ISO text in SQLite) and are read below once
    # per distinct value: a statement's window repeats on each of its claims.
    query = (
        select(
            c.c.id, c.c.reporter, c.c.country, c.c.area_id, c.c.area,
            c.c.district_id, c.c.district, c.c.count, c.c.qualifier,
            type_coerce(c.c.window_start, String), type_coerce(c.c.window_end, String),
            type_coerce(c.c.night_of, String), type_coerce(r.c.published_at, String),
            r.c.source_kind == SAMPLE,
        )
        .select_from(c.join(r, c.c.report_id == r.c.id))
        .where(r.c.superseded_by.is_(None), *conditions(filters, drones_only=True))
    )
    settings_ = settings.get()
    start_hour, end_hour, unit = settings_.night_start_hour, settings_.night_end_hour, filters.unit
    moment, day = Reader(datetime.fromisoformat), Reader(date.fromisoformat)
    # plain DBAPI tuples: SQLAlchemy's row objects cost more than the query here
    rows = conn.execute(query).cursor.fetchall()
    placed = []
    spots: dict[tuple[Any, ...], reconcile.Spot | None] = {}
    for row in rows:
        # positional, and one placement per distinct time: this loop runs per claim
        times = row[9:13]
        if times in spots:
            spot = spots[times]
        else:
            spot = reconcile.place(
                moment(row[9]), moment(row[10]), day(row[11]), moment(row[12]),
                unit=unit, start_hour=start_hour, end_hour=end_hour,
            )
            spot = spots[times] = spot if spot and within(spot.date, filters) else None
        if spot is not None:
            claim = reconcile.ClaimRow(
                row[0], row[0].rpartition(":")[0], row[1], row[2], row[3], row[4], row[5],
                row[6], row[7], row[8], bool(row[13]),
            )
            placed.append(reconcile.Placed(claim, spot.unit, spot.date, spot.start, spot.end))
    return placed


class Reader:
    """Read ISO dates or datetimes from text once per distinct value."""

    def __init__(self, parse: Any) -> None:
        self.parse = parse
        self.cache: dict[str, Any] = {}

    def __call__(self, value: Any) -> Any:
        if value is None or not isinstance(value, str):
            return value  # None, or a driver that returns datetimes itself
        found = self.cache.get(value)
        if found is None:
            found = self.cache[value] = self.parse(value)
        return found


def within(day: date, filters: Filters) -> bool:
    """Return whether a unit date is inside the filters' period."""
    if filters.date_from and day < filters.date_from:
        return False
    return not (filters.date_to and day > filters.date_to)


