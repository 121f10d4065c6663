"""What the queries share: the filters, their SQL conditions, and reading the claims
(the input of reconciliation)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

import pandas as pd
from sqlalchemy import String, select, type_coerce
from sqlalchemy.engine import Connection

import settings
from geo import area_ids
from store import columns as C
from store import reconcile, schema
from store._time import MSK

SAMPLE = "sample"
#: The units a query can ask for (``Filters.unit``).
UNITS = (C.UNIT_NIGHT, C.UNIT_DAY)
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
        if self.unit not in UNITS:
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


def claims_frame(conn: Connection, filters: Filters) -> pd.DataFrame:
    """Return every claim matching ``filters`` with its provenance (``CLAIM_COLUMNS``).

    The body of ``Store.claims``, on a connection so that a write can read the claims it
    reconciles in its own transaction (``store.figures.refresh``).
    """
    return frame_of(placed_records(read_claims(conn, filters), filters), C.CLAIM_COLUMNS)


def read_claims(conn: Connection, filters: Filters) -> list[list[Any]]:
    """Return the claims matching ``filters``' SQL conditions and regions, each a list in
    ``CLAIM_COLUMNS`` order up to ``published_at`` (times read, naive Moscow time), not
    yet placed in a unit: :func:`placed_records` places them for one unit."""
    c, r, s = schema.claims, schema.reports, schema.statements
    as_text = [c.c.window_start, c.c.window_end, c.c.night_of, r.c.published_at]
    query = (
        select(
            c.c.id,
            c.c.report_id,
            c.c.reporter,
            c.c.country,
            c.c.kind,
            c.c.area_id,
            c.c.area,
            c.c.district_id,
            c.c.district,
            c.c.count,
            c.c.qualifier,
            *(type_coerce(column, String) for column in as_text[:3]),
            c.c.evidence_start,
            c.c.evidence_end,
            c.c.evidence,
            c.c.rule,
            s.c.total,
            s.c.total_qualifier,
            r.c.source_kind,
            r.c.channel,
            r.c.url,
            type_coerce(as_text[3], String),
            s.c.adds_to_previous,
            r.c.declared_reporter,
            r.c.channel_reporter,
            s.c.period,
        )
        .select_from(c.join(r, c.c.report_id == r.c.id).join(s, c.c.statement_id == s.c.id))
        .where(r.c.superseded_by.is_(None), *conditions(filters, drones_only=False))
        .order_by(c.c.ref_date, r.c.published_at, c.c.report_id, s.c.seq, c.c.seq)
    )
    # Times come as the driver gives them (ISO text in SQLite) and are read once per
    # distinct value: a statement's window repeats on each of its claims. Plain DBAPI
    # tuples, in CLAIM_COLUMNS order: SQLAlchemy's row objects cost more than the query.
    rows = conn.execute(query).cursor.fetchall()
    regions = set(filters.regions)
    moment, day = Reader(datetime.fromisoformat), Reader(date.fromisoformat)
    records = []
    for row in rows:
        if not area_ids.matches(row[5], regions):
            continue
        record = list(row)
        record[11:14] = moment(row[11]), moment(row[12]), day(row[13])
        record[23] = moment(row[23])
        record[24] = bool(row[24])  # None in rows kept from before schema 13
        records.append(record)
    return records


def placed_records(records: Sequence[list[Any]], filters: Filters) -> list[list[Any]]:
    """Return :func:`read_claims`' records placed in ``filters.unit`` (``is_sample``,
    ``unit`` and ``date`` added: whole ``CLAIM_COLUMNS`` rows), those placed outside the
    filters' period left out."""
    settings_ = settings.get()
    dated = filters.date_from is not None or filters.date_to is not None
    spots: dict[tuple[Any, ...], reconcile.Spot | None] = {}
    out = []
    for record in records:
        times = (record[11], record[12], record[13], record[23])
        if record[_PERIOD] is not None:
            p = None  # a recap's span: no night's or day's
        elif times in spots:
            p = spots[times]
        else:
            p = spots[times] = reconcile.assign_night(
                *times,
                unit=filters.unit,
                start_hour=settings_.night_start_hour,
                end_hour=settings_.night_end_hour,
            )
        unit: str | None = None
        day: date | None = None
        if p is not None:
            unit, day = p.unit, p.date
        elif (listed := record[11] or record[23]) is not None:
            # placed in no unit (a recap, a window longer than 26 hours): listed on the day
            # its span starts, or its publication's (its claims' ``ref_date``)
            unit, day = C.UNIT_PERIOD, listed.date()
        if dated and (day is None or not within(day, filters)):
            continue
        out.append([*record, record[20] == SAMPLE, unit, day])
    return out


#: Where a record of :func:`read_claims` holds its statement's period.
_PERIOD = C.CLAIM_COLUMNS.index(C.PERIOD)


def frame_of(records: Sequence[Any] | dict[str, list[Any]], columns: Sequence[str]) -> pd.DataFrame:
    """Return records (or a dict of columns) as a frame with the store's types (aware
    Moscow times, ``Int64``)."""
    if isinstance(records, dict):
        frame = pd.DataFrame({name: records[name] for name in columns})
    elif records and isinstance(records[0], dict):
        # column by column: much faster than pandas' reading of a list of dicts
        frame = pd.DataFrame({name: [r.get(name) for r in records] for name in columns})
    else:
        frame = pd.DataFrame.from_records(records, columns=list(columns))
    for column in (C.WINDOW_START, C.WINDOW_END, C.PUBLISHED_AT):
        if column in frame.columns:
            frame[column] = pd.to_datetime(frame[column]).dt.tz_localize(MSK)
    for column in (
        C.COUNT,
        C.FIGURE,
        C.REPORT_TOTAL,
        C.EVIDENCE_START,
        C.EVIDENCE_END,
        C.N_CLAIMS,
        C.GROUP_TOTAL,
        C.GROUP_SIZE,
    ):
        if column in frame.columns:
            frame[column] = frame[column].astype("Int64")
    if C.GROUP_STATEMENT in frame.columns:
        # mostly missing: None in an object column, whichever rows were kept
        present = frame[C.GROUP_STATEMENT].notna()
        frame[C.GROUP_STATEMENT] = frame[C.GROUP_STATEMENT].astype(object).where(present, None)
    return frame


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
