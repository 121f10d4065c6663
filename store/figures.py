"""The reconciled figures kept in the database, so the nightly query is a plain read.

The rows are :func:`store.reconcile.reconcile_claims`'s, the one rule set (retellings, totals over
lists and discrepancy flags included), so the stored figure is the one every reader
shows. Every write refreshes the nights it can touch (:func:`refresh` with a span; a full
rebuild after re-parsing, clearing samples or an edited message), in the same
transaction as the write. The table records which data version, night boundary and
rules it was built for (``meta.figures_state``); a query that finds it stale (another
night boundary in the settings, a database written by an older Atlas) rebuilds it first.
Filters on reporters change which claims compete: the rows of each reporter alone are
stored too; a query for several reporters reconciles on the fly. The national totals of
the same rows (``store.totals``) and the claims counted per unit date (``claim_counts``)
are written in the same pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from itertools import compress, repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

import settings
from geo import area_ids
from store import _gc, _kinds, _workers, reconcile, schema, totals
from store import columns as C
from store._query import UNITS, Filters, Reader, placed_records, read_claims
from store.db import insert_many, insert_rows

_SEP = ";"
#: A claim dated D (window start, night or publication) can land in units D-1 .. D+1.
_REACH = timedelta(days=1)
_TUPLES = (C.CLAIM_IDS, C.CHOSEN_CLAIM_IDS, C.DISTRICTS_NAMED)
#: Changes whenever the rules in ``store.reconcile`` change what a row holds: figures
#: built by an older rule set are stale and rebuilt at the next open or query. 4: the
#: ``totals`` table is written with the figures. 5: a national total adds an area's night
#: and daytime rows of one date (it kept one of them). 6: each row's kind (schema 10). 7: one
#: statement's figures for one place and time add up (the largest of them was kept). 8: one
#: channel's posts add up. 9: an update inside a post adds to it. 10: a channel's posts in the
#: order posted. 11: only a governor's or mayor's own channel's posts (an outlet's channel
#: that told one post twice was added). 12: an update only in his own words (a news text's
#: "Ранее он сообщал о двух" was added to the night's figure). 13: one post's statements
#: compete again, in 1b too (a running total or a figure recalled had been added). 14: an
#: update the parser marks as more drones (``adds_to_previous``, schema 13) adds to its post.
#: 15: a channel's declared reporter (``reports.declared_reporter``) says whose own it is.
#: 16: a recap's period (``statements.period``, schema 15) places it on no unit, and the
#: claims placed on none are counted on the day they are listed (``claim_counts``).
RULES_VERSION = "16"
#: A rebuild reading at least this many claims reconciles its units (and spans) side by
#: side in forked processes (:func:`store._workers.spread`): a fork and the rows sent back
#: cost about a tenth of a second, a night unit of 60,000 claims three seconds.
PARALLEL_MIN_CLAIMS = 20_000


def _built_for() -> str:
    current = settings.get()
    return f"{current.night_start_hour}-{current.night_end_hour}|rules {RULES_VERSION}"


def data_version(conn: Connection) -> str:
    """Return the stored data version ("0" before the first write)."""
    t = schema.meta
    value = conn.execute(select(t.c.value).where(t.c.key == "data_version")).scalar()
    return value or "0"


def set_meta(conn: Connection, key: str, value: str) -> None:
    """Write one ``meta`` value."""
    t = schema.meta
    if conn.execute(update(t).where(t.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(t).values(key=key, value=value))


def is_current(conn: Connection) -> bool:
    """Return whether the figures were built for this data version, night boundary and
    rule set."""
    t = schema.meta
    state = conn.execute(select(t.c.value).where(t.c.key == "figures_state")).scalar()
    return state == f"{data_version(conn)}|{_built_for()}"


def mark_current(conn: Connection) -> None:
    """Record that the figures match the data as it is now (a write that changed none)."""
    set_meta(conn, "figures_state", f"{data_version(conn)}|{_built_for()}")


def refresh(conn: Connection, span: tuple[date, date] | None = None) -> None:
    """Rebuild the figures of the unit dates in ``span`` (claim dates), or all of them.

    Call it after the data version was bumped, inside the writing transaction.
    """
    with _gc.paused():
        _rebuild(conn, None if span is None else [(span[0] - _REACH, span[1] + _REACH)])


def refresh_dates(conn: Connection, dates: Iterable[date]) -> list[tuple[date, date]]:
    """Rebuild the figures of the units that claims dated ``dates`` can land in, and only
    those: each run of nearby dates is one span, the nights between runs are left as
    they are. Return the unit spans rebuilt (first and last date of each).

    A unit's figures depend only on the claims placed in it, and a claim dated D lands
    in D-1, D or D+1: the spans rebuilt hold every unit an added or removed claim can
    change, each from all of its claims. Call it after the data version was bumped,
    inside the writing transaction.
    """
    spans = touched_spans(dates)
    if spans:
        with _gc.paused():
            _rebuild(conn, spans)
    else:
        mark_current(conn)
    return spans


def touched_spans(dates: Iterable[date]) -> list[tuple[date, date]]:
    """Return the unit dates claims dated ``dates`` can land in, as sorted spans (first,
    last) that neither overlap nor touch."""
    spans: list[tuple[date, date]] = []
    for day in sorted(set(dates)):
        lo, hi = day - _REACH, day + _REACH
        if spans and lo <= spans[-1][1] + timedelta(days=1):
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _rebuild(conn: Connection, spans: Sequence[tuple[date, date]] | None) -> None:
    """Write the figures and totals of the unit dates in ``spans`` (all: None) again."""
    f, t = schema.figures, schema.totals
    n = schema.claim_counts
    if spans is None:
        for table in (f, t, n):
            conn.execute(delete(table))
    for lo, hi in spans or ():
        for table in (f, t, n):
            conn.execute(delete(table).where(table.c.date >= lo, table.c.date <= hi))
    # the claims of each span are read once; each unit places them and reconciles its own
    # answer, the units (and spans) side by side on the machine's cores when they are many
    tasks: list[tuple[date | None, date | None, str, list[list[Any]]]] = []
    parts: Sequence[tuple[date | None, date | None]] = [(None, None)] if spans is None else spans
    claims = 0
    for first, last in parts:
        read = read_claims(conn, Filters(date_from=first, date_to=last, include_ua=True))
        tasks.extend((first, last, mode, read) for mode in UNITS)
        claims += len(read)
    many = claims >= PARALLEL_MIN_CLAIMS
    rows: list[tuple[Any, ...]] = []
    sums: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []
    for unit_rows, unit_sums, unit_counts in _workers.spread(
        _reconcile, tasks, workers=_workers.cores() if many else 1
    ):
        rows.extend(unit_rows)
        sums.extend(unit_sums)
        counts.extend(unit_counts)
    kinds = _kinds.assign(conn, rows, _NAMES)
    insert_rows(
        conn, f, (*_NAMES, "kind"), [(*row, kind) for row, kind in zip(rows, kinds, strict=True)]
    )
    insert_many(conn, t, sums)
    insert_many(conn, n, counts)
    mark_current(conn)


def _reconcile(
    task: tuple[date | None, date | None, str, list[list[Any]]],
) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the figure rows, totals and claim counts of one unit (``mode``) over the
    unit dates ``lo`` to ``hi``, from the claims ``read`` there
    (:func:`store._query.read_claims`)."""
    lo, hi, mode, read = task
    current = settings.get()
    rows: list[tuple[Any, ...]] = []
    sums: list[dict[str, Any]] = []
    wanted = Filters(date_from=lo, date_to=hi, include_ua=True, unit=mode)  # type: ignore[arg-type]
    records = placed_records(read, wanted)
    columns = list(zip(*records, strict=True)) or [() for _ in C.CLAIM_COLUMNS]
    claims = {name: list(values) for name, values in zip(C.CLAIM_COLUMNS, columns, strict=True)}
    analysis = reconcile.reconcile_columns(claims, mode)
    spans = totals.windows(claims)
    hours = totals.boundary_hours(mode, current.night_start_hour, current.night_end_hour)
    crossing = totals.straddling(analysis.placed.values(), spans, hours)
    # every reporter together (""), then each reporter alone: the timeline's
    # ministry and governor series read rows too
    for reporter, (area, district) in reconcile.rows_by_reporter(analysis).items():
        rows.extend(_to_table(mode, reporter, area, district=False))
        rows.extend(_to_table(mode, reporter, district, district=True))
        national = totals.national_rows(area, analysis, spans)
        sums.extend(totals.to_table(mode, reporter, national, crossing))
    return rows, sums, _claim_counts(mode, records)


#: Where a placed claim's date, reporter, country and area are in its record.
_COUNTED = tuple(C.CLAIM_COLUMNS.index(name) for name in (C.DATE, C.REPORTER, C.COUNTRY, C.AREA_ID))


def _claim_counts(mode: str, records: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """Return how many of the placed claims ``records`` each unit date holds per
    reporter, country and area, as ``claim_counts`` rows (a claim placed in no unit, a
    recap, on the day it is listed; one with no time at all left out: a dated query never
    shows it)."""
    key = itemgetter(*_COUNTED)
    tally = Counter(key(record) for record in records if record[_COUNTED[0]] is not None)
    return [
        {
            "mode": mode,
            "date": day,
            "reporter": who,
            "country": country,
            "area_id": area,
            "claims": n,
        }
        for (day, who, country, area), n in tally.items()
    ]


def read_claim_count(conn: Connection, filters: Filters) -> int:
    """Return how many claims ``Store.claims(filters)`` holds, from ``claim_counts``:
    a dated period (claims with no time at all are not counted), regions and reporters as
    ``store.ledger.claims`` applies them; ``discrepancies_only`` is not looked at."""
    n = schema.claim_counts
    conditions = [n.c.mode == filters.unit]
    if not filters.include_ua:
        conditions.append(n.c.country == "RU")
    if filters.reporters:
        conditions.append(n.c.reporter.in_(filters.reporters))
    if filters.date_from:
        conditions.append(n.c.date >= filters.date_from)
    if filters.date_to:
        conditions.append(n.c.date <= filters.date_to)
    query = select(n.c.area_id, func.sum(n.c.claims)).where(*conditions).group_by(n.c.area_id)
    wanted = set(filters.regions)
    return sum(
        int(count)
        for area, count in conn.execute(query)
        if not wanted or area_ids.matches(area, wanted)
    )


#: The columns of a figure row as :func:`_to_table` gives them.
_NAMES = (
    "mode", "reporter", "date", "unit", "country", "area_id", "district_id", "area",
    "district", "figure", "qualifier", "status", "chosen_by", "reporters", "claim_ids",
    "chosen_claim_ids", "n_claims", "districts_named", "is_sample", "flags", "group_total",
    "group_size", "group_statement",
)  # fmt: skip


def _to_table(
    mode: str, reporter: str, rows: Sequence[dict[str, Any]], *, district: bool
) -> list[tuple[Any, ...]]:
    """Return ``rows`` as ``figures`` rows, values in :data:`_NAMES`' order."""
    join = _SEP.join
    if district:
        return [
            (
                mode,
                reporter,
                row[C.DATE],
                row[C.UNIT],
                row[C.COUNTRY],
                row[C.AREA_ID],
                row[C.DISTRICT_ID],
                None,
                row[C.DISTRICT],
                row[C.FIGURE],
                row[C.QUALIFIER],
                row[C.STATUS],
                row[C.CHOSEN_BY],
                join(row[C.REPORTERS]),
                join(row[C.CLAIM_IDS]),
                join(row[C.CHOSEN_CLAIM_IDS]),
                row[C.N_CLAIMS],
                "",
                row[C.IS_SAMPLE],
                "",
                None,
                None,
                None,
            )
            for row in rows
        ]
    return [
        (
            mode,
            reporter,
            row[C.DATE],
            row[C.UNIT],
            row[C.COUNTRY],
            row[C.AREA_ID],
            "",
            row[C.AREA],
            None,
            row[C.FIGURE],
            row[C.QUALIFIER],
            row[C.STATUS],
            row[C.CHOSEN_BY],
            join(row[C.REPORTERS]),
            join(row[C.CLAIM_IDS]),
            join(row[C.CHOSEN_CLAIM_IDS]),
            row[C.N_CLAIMS],
            join(row[C.DISTRICTS_NAMED]),
            row[C.IS_SAMPLE],
            join(row[C.FLAGS]),
            row[C.GROUP_TOTAL],
            row[C.GROUP_SIZE],
            row[C.GROUP_STATEMENT],
        )
        for row in rows
    ]


def latest(conn: Connection, unit: str) -> date | None:
    """Return the latest date of the stored area rows of Russia for ``unit`` (all
    reporters), or None when there are none."""
    return _edge(conn, unit, func.max)


def earliest(conn: Connection, unit: str) -> date | None:
    """Return the earliest date of the stored area rows of Russia for ``unit`` (all
    reporters), or None when there are none."""
    return _edge(conn, unit, func.min)


def _edge(conn: Connection, unit: str, pick: Callable[..., Any]) -> date | None:
    f = schema.figures
    query = select(pick(f.c.date)).where(
        f.c.mode == unit, f.c.reporter == "", f.c.district_id == "", f.c.country == "RU"
    )
    value = conn.execute(query).scalar()
    return date.fromisoformat(value) if isinstance(value, str) else value


def read_columns(
    conn: Connection, filters: Filters, level: str, names: Sequence[str] | None = None
) -> dict[str, list[Any]]:
    """Return the stored rows for ``filters`` (every reporter, or one) column by column.

    ``level`` is ``area`` (``NIGHTLY_COLUMNS`` + ``columns.NIGHTLY_EXTRA_COLUMNS``) or
    ``district`` (``DISTRICT_COLUMNS``); ``names`` picks some of them (``area_id`` among
    them), in that order.
    """
    every = (
        (*C.NIGHTLY_COLUMNS, *C.NIGHTLY_EXTRA_COLUMNS) if level == "area" else C.DISTRICT_COLUMNS
    )
    names = tuple(names or every)
    if len(filters.reporters) > 1:
        msg = f"reporters is {filters.reporters!r}: the stored rows are for all or one reporter"
        raise ValueError(msg)
    # the values rows share are read as the row's kind, each distinct kind decoded once
    # (store._kinds); the others as plain DBAPI tuples turned into columns (SQLAlchemy's
    # row objects, or a dict per row, cost more than the query over years of rows)
    plain = [name for name in names if name not in _kinds.NAMES]
    shared = [name for name in names if name in _kinds.NAMES]
    rows = conn.execute(columns_query(filters, level, (*plain, "kind"))).cursor.fetchall()
    columns = [list(values) for values in zip(*rows, strict=True)] or [
        [] for _ in range(len(plain) + 1)
    ]
    out = dict(zip(plain, columns[:-1], strict=True))
    kind_ids = columns[-1]
    kinds = _kinds.read(conn, kind_ids, shared)
    per_row = list(map(kinds.__getitem__, kind_ids))
    values = [list(column) for column in zip(*per_row, strict=True)] or [[] for _ in shared]
    out.update(zip(shared, values, strict=True))
    if filters.regions:
        wanted, at = set(filters.regions), out[C.AREA_ID]
        keep = [area_ids.matches(area, wanted) for area in at]
        out = {name: list(compress(column, keep)) for name, column in out.items()}
    for name in plain:
        if name == C.DISTRICTS_NAMED:
            out[name] = _split_repeated(out[name])
        elif name in _TUPLES:
            out[name] = _split(out[name])
    if C.DATE in out:
        # ISO text in SQLite (dates in PostgreSQL): each distinct date read once
        days = {value: _day(value) for value in set(out[C.DATE])}
        out[C.DATE] = list(map(days.__getitem__, out[C.DATE]))
    return {name: out[name] for name in names}


def columns_query(filters: Filters, level: str, read: Sequence[str]) -> Select:
    """Return the query of :func:`read_columns`: the columns ``read`` of the stored rows
    of ``filters``' unit, reporter ("" for every reporter) and dates, at ``level``
    (``area``: the areas' own rows, read through ``schema.FIGURES_AREA_INDEX``; else the
    districts'), in the key's order."""
    f = schema.figures
    conditions = [f.c.mode == filters.unit, f.c.reporter == "".join(filters.reporters)]
    conditions.append(f.c.district_id == "" if level == "area" else f.c.district_id != "")
    if not filters.include_ua:
        # Russia's rows: as an expression, so that the database still reads the rows in
        # the index's order (with "country = 'RU'" SQLite sorts them again)
        conditions.append(f.c.country + "" == "RU")
    if filters.date_from:
        conditions.append(f.c.date >= filters.date_from)
    if filters.date_to:
        conditions.append(f.c.date <= filters.date_to)
    return (
        select(*(f.c[name] for name in read))
        .where(and_(*conditions))
        .order_by(f.c.date, f.c.unit, f.c.country, f.c.area_id, f.c.district_id)
    )


def _day(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _split(values: Sequence[str]) -> list[tuple[str, ...]]:
    """Return ";"-joined lists as tuples (an empty text: no item)."""
    out = list(map(tuple, map(str.split, values, repeat(_SEP))))
    if "" in values:
        out = [ids if text else () for text, ids in zip(values, out, strict=True)]
    return out


def _split_repeated(values: Sequence[str]) -> list[tuple[str, ...]]:
    """Return ";"-joined lists that repeat from row to row (the districts named: a third
    of the rows' texts are distinct) as tuples, each distinct text split once and its
    tuple shared: fewer objects made, and fewer for the garbage collector to walk."""
    seen: dict[str, tuple[str, ...]] = {"": ()}
    out = []
    for value in values:
        found = seen.get(value)
        if found is None:
            found = seen[value] = tuple(value.split(_SEP))
        out.append(found)
    return out


def read_sums(conn: Connection, filters: Filters) -> dict[str, list[Any]]:
    """Return the stored area figures of ``filters`` (every reporter, or one) added up
    per date and area, rows with a figure only: ``date``, ``area_id``, ``area``,
    ``figure``, by date then area id (``store.ledger.area_sums``).

    The sum is taken in the database: what a chart of years needs is a few columns of
    the rows, not their claim ids and flags (``discrepancies_only`` keeps the rows with
    a flag, as ``store.ledger.nightly`` does).
    """
    f = schema.figures
    if len(filters.reporters) > 1:
        msg = f"reporters is {filters.reporters!r}: the stored rows are for all or one reporter"
        raise ValueError(msg)
    conditions = [
        f.c.mode == filters.unit,
        f.c.reporter == "".join(filters.reporters),
        f.c.district_id == "",
        f.c.figure.is_not(None),
    ]
    if not filters.include_ua:
        conditions.append(f.c.country == "RU")
    if filters.discrepancies_only:
        conditions.append(f.c.flags != "")
    if filters.date_from:
        conditions.append(f.c.date >= filters.date_from)
    if filters.date_to:
        conditions.append(f.c.date <= filters.date_to)
    keys = (f.c.date, f.c.area_id, f.c.area)
    query = (
        select(*keys, func.sum(f.c.figure))
        .where(and_(*conditions))
        .group_by(*keys)
        .order_by(f.c.date, f.c.area_id, f.c.area)
    )
    rows = conn.execute(query).cursor.fetchall()
    if filters.regions:
        wanted = set(filters.regions)
        rows = [row for row in rows if area_ids.matches(row[1], wanted)]
    names = (C.DATE, C.AREA_ID, C.AREA, C.FIGURE)
    columns = [list(values) for values in zip(*rows, strict=True)] or [[] for _ in names]
    out = dict(zip(names, columns, strict=True))
    day = Reader(date.fromisoformat)
    out[C.DATE] = [day(value) for value in out[C.DATE]]
    out[C.FIGURE] = [int(value) for value in out[C.FIGURE]]
    return out


def read(conn: Connection, filters: Filters, level: str) -> list[dict[str, Any]]:
    """Return the stored rows for ``filters`` (every reporter, or one) as reconcile returns them.

    ``level`` is ``area`` (``NIGHTLY_COLUMNS`` + ``columns.NIGHTLY_EXTRA_COLUMNS``) or
    ``district`` (``DISTRICT_COLUMNS``).
    """
    columns = read_columns(conn, filters, level)
    names = list(columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]
