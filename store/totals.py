"""The national totals per night (or day), kept beside the stored figures.

One total per date and country: a report's total over a list of areas without per-area
figures is counted once (never split, never added to the figures of the areas it names:
the larger of the two stands). The totals of every reporter together and of each reporter
alone are written with the figures (``store.figures.refresh``) into the ``totals`` table,
with how many statements of that date have a window crossing a unit boundary, so that
the Timeline over years reads rows instead of reconciling every claim.
:func:`national_rows` is the one computation: ``store.ledger`` calls it on the fly for
what is not stored (several reporters), the refresh calls it for what is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from store import columns as C
from store import reconcile, schema
from store._query import Filters, Reader

#: A statement's window as the claims store it: (start, end, night of), naive.
Window = tuple[datetime | None, datetime | None, date | None]
#: The columns of a national total (``store.ledger.national``).
NATIONAL_COLUMNS = (C.DATE, C.COUNTRY, C.FIGURE, C.STATUS, "areas_sum", "group_totals", "n_areas")


def value_or_none(value: Any) -> Any:
    """Return ``value``, or None for a missing one (None, NaN, NaT, NA)."""
    return None if value is None or (not isinstance(value, tuple) and pd.isna(value)) else value


def windows(frame: pd.DataFrame | reconcile.Columns) -> dict[str, Window]:
    """Return each statement's window from claims as ``Store.claims`` returns them (a
    frame, or its plain columns)."""
    out: dict[str, Window] = {}
    for cid, start, end, night in zip(
        frame[C.CLAIM_ID],
        frame[C.WINDOW_START],
        frame[C.WINDOW_END],
        frame[C.NIGHT_OF],
        strict=True,
    ):
        sid = cid.rpartition(":")[0]
        if sid not in out:
            out[sid] = (reconcile.naive(start), reconcile.naive(end), value_or_none(night))
    return out


def _cluster(groups: dict[str, set[tuple[str, str]]]) -> list[set[str]]:
    """Return statement ids clustered by shared (unit, area) keys."""
    clusters: list[tuple[set[str], set[tuple[str, str]]]] = []  # (statements, areas)
    for sid, areas in sorted(groups.items()):
        merged_ids, merged_areas = {sid}, set(areas)
        keep = []
        for ids, cluster_areas in clusters:
            if cluster_areas & merged_areas:
                merged_ids |= ids
                merged_areas |= cluster_areas
            else:
                keep.append((ids, cluster_areas))
        clusters = [*keep, (merged_ids, merged_areas)]
    return [ids for ids, _ in clusters]


def _group_contribution(
    sids: set[str], analysis: reconcile.Reconciliation, spans: Mapping[str, Window]
) -> int:
    """The figure of a cluster of totals-over-lists: per reporter, totals of different
    statements add up unless they repeat one (same window and total); the largest reporter's."""
    by_reporter: dict[str, dict[tuple[Any, ...], int]] = {}
    for sid in sids:
        st = analysis.statements[sid]
        key = (*spans.get(sid, ()), st.total)
        by_reporter.setdefault(st.reporter, {})[key] = st.total or 0
    return max(sum(totals.values()) for totals in by_reporter.values())


def national_rows(
    rows: Iterable[Mapping[str, Any]],
    analysis: reconcile.Reconciliation | None,
    spans: Mapping[str, Window],
) -> list[dict[str, Any]]:
    """Return one total per date and country (:data:`NATIONAL_COLUMNS`) of area rows.

    ``analysis`` (the rule set's answer for the rows' claims, with ``spans``: each
    statement's window) counts each total over a list of areas once; None counts only
    the areas' own figures (a region filter: a total over a list is not the region's).
    """
    by_date: dict[tuple[date, str], list[Mapping[str, Any]]] = {}
    for row in rows:
        by_date.setdefault((row[C.DATE], row[C.COUNTRY]), []).append(row)
    out = []
    for (day, country), members in sorted(by_date.items()):
        # an area can have a row per unit on one date (the night's and a daytime
        # window's): each is a figure of the date, so rows are told apart by unit too
        figures = {
            (row[C.UNIT], row[C.AREA_ID]): int(row[C.FIGURE])
            for row in members
            if value_or_none(row[C.FIGURE]) is not None
        }
        group_areas: dict[str, set[tuple[str, str]]] = {}
        if analysis is not None:
            for row in members:
                sid = value_or_none(row[C.GROUP_STATEMENT])
                if sid and sid not in analysis.links:
                    group_areas.setdefault(sid, set()).add((row[C.UNIT], row[C.AREA_ID]))
        in_groups: set[tuple[str, str]] = set()
        group_totals = 0
        for sids in _cluster(group_areas):
            areas = set().union(*(group_areas[s] for s in sids))
            in_groups |= areas
            own = sum(figures.get(a, 0) for a in areas)
            group_totals += max(_group_contribution(sids, analysis, spans), own)  # type: ignore[arg-type]
        areas_sum = sum(v for a, v in figures.items() if a not in in_groups)
        counted = bool(figures) or bool(group_areas)
        out.append(
            {
                C.DATE: day,
                C.COUNTRY: country,
                C.FIGURE: areas_sum + group_totals if counted else None,
                C.STATUS: C.STATUS_REPORTED if counted else C.STATUS_NAMED,
                "areas_sum": sum(figures.values()),
                "group_totals": group_totals,
                "n_areas": len(members),
            }
        )
    return out


# --- windows across a unit boundary ---------------------------------------------------------


def boundary_hours(unit: str, start_hour: int, end_hour: int) -> tuple[int, ...]:
    """Return the hours a unit changes at: midnight for days, the night's start and end."""
    return (0,) if unit == C.UNIT_DAY else (start_hour, end_hour)


def crosses(start: datetime | None, end: datetime | None, hours: Sequence[int]) -> bool:
    """Return whether a window (naive) crosses one of ``hours`` on any of its days."""
    if start is None or end is None or end <= start:
        return False
    day = start.date()
    while datetime(day.year, day.month, day.day) < end:
        if any(start < datetime(day.year, day.month, day.day, h) < end for h in hours):
            return True
        day += timedelta(days=1)
    return False


def straddling(
    placed: Iterable[reconcile.AssignedClaim], spans: Mapping[str, Window], hours: Sequence[int]
) -> dict[tuple[str, date, str], set[str]]:
    """Return ``(reporter, date, country) -> statement ids`` whose window crosses ``hours``."""
    out: dict[tuple[str, date, str], set[str]] = {}
    crossing: dict[str, bool] = {}
    for p in placed:
        sid = p.claim.statement_id
        if sid not in crossing:
            start, end, _ = spans.get(sid, (None, None, None))
            crossing[sid] = crosses(start, end, hours)
        if crossing[sid]:
            out.setdefault((p.claim.reporter, p.date, p.claim.country), set()).add(sid)
    return out


# --- the stored rows --------------------------------------------------------------------------


def to_table(
    mode: str,
    reporter: str,
    rows: Sequence[Mapping[str, Any]],
    crossing: Mapping[tuple[str, date, str], set[str]],
) -> list[dict[str, Any]]:
    """Return :func:`national_rows` as rows of the ``totals`` table."""
    counts: dict[tuple[date, str], int] = {}
    for (who, day, country), sids in crossing.items():
        if who == reporter or not reporter:
            # a statement has one reporter: every reporter's count is the sum of each one's
            counts[(day, country)] = counts.get((day, country), 0) + len(sids)
    out = []
    for row in rows:
        out.append(
            {
                "mode": mode,
                "reporter": reporter,
                "date": row[C.DATE],
                "country": row[C.COUNTRY],
                "figure": row[C.FIGURE],
                "status": row[C.STATUS],
                "areas_sum": row["areas_sum"],
                "group_totals": row["group_totals"],
                "n_areas": row["n_areas"],
                "straddling": counts.get((row[C.DATE], row[C.COUNTRY]), 0),
            }
        )
    return out


def conditions(filters: Filters, reporters: Sequence[str] | None = None) -> list[Any]:
    """Return the SQL conditions on ``totals`` of ``filters``' unit, dates and country
    (and of ``reporters`` when given: "" for every reporter together)."""
    t = schema.totals
    conditions = [t.c.mode == filters.unit]
    if reporters is not None:
        conditions.append(t.c.reporter.in_(list(reporters)))
    if not filters.include_ua:
        conditions.append(t.c.country == "RU")
    if filters.date_from:
        conditions.append(t.c.date >= filters.date_from)
    if filters.date_to:
        conditions.append(t.c.date <= filters.date_to)
    return conditions


def read(conn: Connection, filters: Filters) -> list[dict[str, Any]]:
    """Return the stored totals (:data:`NATIONAL_COLUMNS`) of every reporter together, or
    of the one in ``filters.reporters``, sorted by date and country."""
    t = schema.totals
    query = (
        select(*(t.c[name] for name in NATIONAL_COLUMNS))
        .where(and_(*conditions(filters, ["".join(filters.reporters)])))
        .order_by(t.c.date, t.c.country)
    )
    day = Reader(date.fromisoformat)
    return [
        {**dict(zip(NATIONAL_COLUMNS, row, strict=True)), C.DATE: day(row[0])}
        for row in conn.execute(query).cursor.fetchall()
    ]


def read_straddling(conn: Connection, filters: Filters) -> int:
    """Return the stored count of statements crossing a unit boundary for ``filters``'
    dates, country and reporters (every reporter's when none is picked)."""
    t = schema.totals
    query = select(func.coalesce(func.sum(t.c.straddling), 0)).where(
        and_(*conditions(filters, list(filters.reporters) or [""]))
    )
    return int(conn.execute(query).scalar_one())
