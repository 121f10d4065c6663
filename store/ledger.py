"""The claim ledger: every claim side by side, the figure shown, and discrepancy flags.

The functions here take a :class:`store.Store` and :class:`store.Filters` and return
frames the dashboard and the exports use as they are (see "Honest data interface" in
``docs/architecture.md``; the rules are in ``docs/reconciliation.md``, "Honest data"):

- :func:`claims`: ``Store.claims`` plus ``statement_id``, ``precision``, ``retells`` and
  ``flags`` (the claims table).
- :func:`nightly`: the rows of ``Store.nightly`` (the same figures: one rule set,
  :func:`store.reconcile.reconcile_claims`, stored at write time) with ``flags`` and, for areas
  named in a report's total over several areas (``named_in_total``), ``group_total`` over
  ``group_size`` areas; ``gaps=True`` adds ``no_report`` rows.
- :func:`ledger`: one row per claim with the figure shown for its night and area.
- :func:`national`, :func:`series`: totals per night (or day) with explicit gaps.
- :func:`straddling`: how many statements' windows cross the night (or day) boundary.

``Filters.discrepancies_only`` keeps the rows with at least one flag.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pandas as pd

import settings
from geo import area_ids
from store import columns as C
from store import reconcile, totals
from store._query import Filters, frame_of
from store.store import Store

_REPORTER_RANK = reconcile.REPORTER_RANK

#: The columns of :func:`ledger`.
LEDGER_COLUMNS = (
    C.DATE,
    C.UNIT,
    C.COUNTRY,
    C.AREA_ID,
    C.AREA,
    C.FIGURE,
    C.CHOSEN_BY,
    C.STATUS,
    C.REPORTER,
    C.SOURCE_KIND,
    C.CHANNEL,
    C.PUBLISHED_AT,
    C.CLAIM_ID,
    C.REPORT_ID,
    C.STATEMENT_ID,
    C.DISTRICT_ID,
    C.DISTRICT,
    C.COUNT,
    C.QUALIFIER,
    C.WINDOW_START,
    C.WINDOW_END,
    C.REPORT_TOTAL,
    C.RULE,
    C.PRECISION,
    C.RETELLS,
    C.COUNTED,
    C.FLAGS,
    C.EVIDENCE,
    C.URL,
)
#: The columns of :func:`national` and :func:`series` (``reporter`` in series only).
NATIONAL_COLUMNS = totals.NATIONAL_COLUMNS
SERIES_COLUMNS = (C.DATE, C.REPORTER, C.FIGURE, C.STATUS)


# --- the analysis ---------------------------------------------------------------------------


@dataclass(slots=True)
class Reconciled:
    """Everything the frames are built from, for one set of filters."""

    claims: pd.DataFrame  # Store.claims with the extra columns, every reporter and region
    rules: reconcile.Reconciliation  # the one rule set's answer for those claims


_value = totals.value_or_none


def _precision(area_id: str, district_id: Any, grouped: bool) -> str:
    if area_ids.is_combined(area_id) or grouped:
        return C.PRECISION_MULTI
    if _value(district_id):
        return C.PRECISION_DISTRICT
    if area_ids.is_sea(area_id):
        return C.PRECISION_SEA
    return C.PRECISION_REGION


def reconciled(store: Store, filters: Filters | None = None) -> Reconciled:
    """Read the claims of ``filters``' period (every reporter and region) and analyse them
    with the one rule set (:func:`store.reconcile.reconcile_claims`)."""
    filters = filters or Filters()
    wide = replace(filters, regions=(), reporters=(), discrepancies_only=False)
    frame = store.claims(wide)
    rules = reconcile.reconcile_claims(frame, filters.unit)
    frame[C.STATEMENT_ID] = [cid.rpartition(":")[0] for cid in frame[C.CLAIM_ID]]
    groups, links, flags = rules.groups, rules.links, rules.flags
    frame[C.PRECISION] = [
        _precision(a, d, sid in groups and pd.isna(c))
        for a, d, sid, c in zip(
            frame[C.AREA_ID],
            frame[C.DISTRICT_ID],
            frame[C.STATEMENT_ID],
            frame[C.COUNT],
            strict=True,
        )
    ]
    frame[C.RETELLS] = [links.get(sid) for sid in frame[C.STATEMENT_ID]]
    frame[C.FLAGS] = [tuple(sorted(flags[cid])) for cid in frame[C.CLAIM_ID]]
    return Reconciled(frame, rules)


# --- frames -------------------------------------------------------------------------------


def _keep(frame: pd.DataFrame, filters: Filters, *, reporter_column: str | None) -> pd.DataFrame:
    mask = pd.Series(True, index=frame.index)
    if filters.regions:
        wanted = set(filters.regions)
        mask &= pd.Series(
            [area_ids.matches(a, wanted) for a in frame[C.AREA_ID]], index=frame.index, dtype=bool
        )
    if filters.reporters and reporter_column:
        mask &= frame[reporter_column].isin(filters.reporters)
    if filters.discrepancies_only:
        mask &= pd.Series([bool(f) for f in frame[C.FLAGS]], index=frame.index, dtype=bool)
    return frame[mask].reset_index(drop=True)


def claims(
    store: Store, filters: Filters | None = None, *, analysis: Reconciled | None = None
) -> pd.DataFrame:
    """Return ``Store.claims`` with ``statement_id``, ``precision``, ``retells`` and ``flags``."""
    filters = filters or Filters()
    analysis = analysis or reconciled(store, filters)
    frame = analysis.claims[[*C.CLAIM_COLUMNS, *C.CLAIM_EXTRA_COLUMNS]]
    return _keep(frame, filters, reporter_column=C.REPORTER)


def _nightly_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    return frame_of(list(rows), [*C.NIGHTLY_COLUMNS, *C.NIGHTLY_EXTRA_COLUMNS])


def nightly(
    store: Store,
    filters: Filters | None = None,
    *,
    gaps: bool = False,
    analysis: Reconciled | None = None,
) -> pd.DataFrame:
    """Return one honest row per night (or day) and area (``NIGHTLY_COLUMNS`` + extras).

    ``gaps=True`` adds a ``no_report`` row (no figure, no claims) for every night in the
    period on which an area that appears in the result (or is asked for in
    ``filters.regions``) has no claim at all: a gap, never a zero.
    """
    filters = filters or Filters()
    if analysis is None:
        # the stored rows (store.figures), or reconciled on the fly for a reporter filter:
        # the same rule set, so the figure is the one Store.nightly and the exports give
        rows = store.figure_rows(filters)
    else:
        rows = reconcile.area_rows(analysis.rules, filters.reporters)
    if not filters.include_ua:
        rows = [row for row in rows if row[C.COUNTRY] == "RU"]
    frame = _keep(_nightly_frame(rows), filters, reporter_column=None)
    if gaps and not filters.discrepancies_only:
        frame = _with_gaps(frame, filters)
    return frame


#: Columns of :func:`area_sums`.
SUM_COLUMNS = (C.DATE, C.AREA_ID, C.AREA, C.FIGURE)


def area_sums(store: Store, filters: Filters | None = None) -> pd.DataFrame:
    """Return the figures of :func:`nightly` added up per date and area: ``date``,
    ``area_id``, ``area``, ``figure`` (int), rows with a figure only, by date then area.

    A date can hold a night's and a daytime window's row of one area: both are drones
    reported that date, so they add up (as the Timeline's charts add them). For every
    reporter or one, the sums are read from the stored figures in one query, without
    their claim ids and flags; several reporters are reconciled on the fly.
    """
    filters = filters or Filters()
    if len(filters.reporters) > 1:
        frame = nightly(store, filters)
        frame = frame[frame[C.FIGURE].notna()]
        summed = frame.groupby(list(SUM_COLUMNS[:3]), as_index=False, dropna=False, sort=True)[
            C.FIGURE
        ].sum()
        columns = {name: summed[name].tolist() for name in SUM_COLUMNS}
        columns[C.FIGURE] = [int(value) for value in columns[C.FIGURE]]
    else:
        columns = store.area_sums(filters)
    out = pd.DataFrame({name: columns[name] for name in SUM_COLUMNS})
    out[C.FIGURE] = out[C.FIGURE].astype("int64")
    return out


def _dates(frame_dates: Iterable[date], filters: Filters) -> list[date]:
    known = sorted(set(frame_dates))
    first = filters.date_from or (known[0] if known else None)
    last = filters.date_to or (known[-1] if known else None)
    if first is None or last is None:
        return []
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _with_gaps(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    areas = {
        area_id: (name, country)
        for area_id, name, country in zip(
            frame[C.AREA_ID], frame[C.AREA], frame[C.COUNTRY], strict=True
        )
    }
    for area_id in filters.regions:
        areas.setdefault(area_id, (area_id, "RU"))  # asked for, never reported: Russia's claims
    present = set(zip(frame[C.DATE], frame[C.AREA_ID], strict=True))
    unit = filters.unit
    gaps = [
        {
            C.DATE: day,
            C.UNIT: unit,
            C.COUNTRY: country,
            C.AREA_ID: area_id,
            C.AREA: name,
            C.FIGURE: None,
            C.QUALIFIER: None,
            C.STATUS: C.STATUS_NO_REPORT,
            C.CHOSEN_BY: None,
            C.REPORTERS: (),
            C.CLAIM_IDS: (),
            C.CHOSEN_CLAIM_IDS: (),
            C.N_CLAIMS: 0,
            C.DISTRICTS_NAMED: (),
            C.IS_SAMPLE: False,
            C.FLAGS: (),
            C.GROUP_TOTAL: None,
            C.GROUP_SIZE: None,
            C.GROUP_STATEMENT: None,
        }
        for day in _dates(frame[C.DATE], filters)
        for area_id, (name, country) in sorted(areas.items())
        if (day, area_id) not in present
    ]
    if not gaps:
        return frame
    both = pd.concat([frame, _nightly_frame(gaps)], ignore_index=True)
    return both.sort_values([C.DATE, C.AREA_ID, C.UNIT], kind="stable").reset_index(drop=True)


def ledger(
    store: Store, filters: Filters | None = None, *, analysis: Reconciled | None = None
) -> pd.DataFrame:
    """Return one row per drone claim with the figure shown for its night and area.

    ``counted`` tells whether the claim is one the figure is made of; linked retellings
    carry the statement they retell in ``retells`` and are never counted.
    """
    filters = filters or Filters()
    analysis = analysis or reconciled(store, filters)
    by_claim: dict[str, dict[str, Any]] = {}
    for row in analysis.rules.rows:
        for cid in row[C.CLAIM_IDS]:
            by_claim[cid] = row
    records = []
    for record in (
        vars(row) for row in reconcile.plain_rows(analysis.claims, list(analysis.claims.columns))
    ):
        shown = by_claim.get(record[C.CLAIM_ID])
        if shown is None:
            continue  # another kind, or no time: not part of any night
        if not filters.include_ua and record[C.COUNTRY] != "RU":
            continue
        records.append(
            {
                **record,
                **{
                    name: shown[name]
                    for name in (C.DATE, C.UNIT, C.AREA, C.FIGURE, C.CHOSEN_BY, C.STATUS)
                },
                C.COUNTED: record[C.CLAIM_ID] in shown[C.CHOSEN_CLAIM_IDS],
            }
        )
    frame = pd.DataFrame.from_records(records, columns=list(LEDGER_COLUMNS))
    frame[C.FIGURE] = frame[C.FIGURE].astype("Int64")
    frame[C.COUNT] = frame[C.COUNT].astype("Int64")
    frame[C.REPORT_TOTAL] = frame[C.REPORT_TOTAL].astype("Int64")
    # per night and area: the claims the figure is made of first, then by reporter
    frame["_rank"] = frame[C.REPORTER].map(_REPORTER_RANK).fillna(9)
    frame["_later"] = ~frame[C.COUNTED].astype(bool)
    frame = frame.sort_values(
        [C.DATE, C.UNIT, C.AREA_ID, "_later", "_rank", C.PUBLISHED_AT, C.CLAIM_ID], kind="stable"
    )
    return _keep(
        frame.drop(columns=["_rank", "_later"]).reset_index(drop=True),
        filters,
        reporter_column=C.REPORTER,
    )


# --- totals and series --------------------------------------------------------------------


def _stored_totals(filters: Filters) -> bool:
    """Whether the ``totals`` table holds the answer: every reporter or one, every area."""
    return not filters.regions and len(filters.reporters) <= 1


def national(
    store: Store,
    filters: Filters | None = None,
    *,
    gaps: bool = True,
    analysis: Reconciled | None = None,
) -> pd.DataFrame:
    """Return the total per night (or day, both units of a date together) and country.

    A report's total over areas without per-area figures is counted once (never split,
    never added to the figures of the areas it names: the larger of the two stands).
    With ``filters.regions`` only those areas' own figures count. ``gaps=True`` adds
    ``no_report`` rows for dates without any claim. Without ``analysis``, the stored
    totals are read (every reporter or one; the stored figures for a region filter).
    """
    filters = filters or Filters()
    whole = replace(filters, discrepancies_only=False)
    if analysis is None and _stored_totals(filters):
        rows = store.national_rows(whole)
    elif analysis is None and len(filters.reporters) <= 1:
        # a region's own figures: the stored rows, no total over a list of areas
        rows = totals.national_rows(nightly(store, whole).to_dict("records"), None, {})
    else:
        analysis = analysis or reconciled(store, filters)
        frame = nightly(store, whole, analysis=analysis)
        rows = totals.national_rows(
            frame.to_dict("records"),
            None if filters.regions else analysis.rules,
            totals.windows(analysis.claims),
        )
    for row in rows:
        row[C.FIGURE] = None if pd.isna(row[C.FIGURE]) else int(row[C.FIGURE])
    result = pd.DataFrame.from_records(rows, columns=list(NATIONAL_COLUMNS))
    if gaps:
        present = set(result[C.DATE])
        missing = [
            {
                C.DATE: day,
                C.COUNTRY: "RU",
                C.FIGURE: None,
                C.STATUS: C.STATUS_NO_REPORT,
                "areas_sum": 0,
                "group_totals": 0,
                "n_areas": 0,
            }
            for day in _dates(result[C.DATE], filters)
            if day not in present
        ]
        if missing:
            result = pd.concat(
                [result, pd.DataFrame(missing, columns=list(NATIONAL_COLUMNS))], ignore_index=True
            ).sort_values(C.DATE, kind="stable")
    result = result.reset_index(drop=True)
    result[C.FIGURE] = result[C.FIGURE].astype("Int64")
    return result


def series(
    store: Store,
    filters: Filters | None = None,
    *,
    reporters: Sequence[str] | None = None,
    analysis: Reconciled | None = None,
) -> pd.DataFrame:
    """Return one row per date and reporter over the whole period, gaps included.

    ``status`` is ``reported`` (``figure`` is that reporter's total for the date, see
    :func:`national`), ``named_without_count`` (areas named, no number) or ``no_report``
    (nothing from that reporter: a gap, never a zero). ``reporters`` defaults to
    ``filters.reporters``, else every reporter with a claim in the period. Without
    ``analysis``, each reporter's stored totals are read.
    """
    filters = filters or Filters()
    if analysis is None:
        present = store.reporters(filters)
        every = store.national_rows(replace(filters, reporters=(), regions=()))
        every_date = _dates((row[C.DATE] for row in every), filters)
    else:
        present = sorted(set(analysis.claims[C.REPORTER]), key=lambda r: _REPORTER_RANK.get(r, 9))
        every_date = _dates(
            (
                row[C.DATE]
                for row in analysis.rules.rows
                if filters.include_ua or row[C.COUNTRY] == "RU"
            ),
            filters,
        )
    wanted = list(reporters or filters.reporters or present)
    parts = []
    for reporter in wanted:
        own = national(
            store, replace(filters, reporters=(reporter,)), gaps=False, analysis=analysis
        )
        by_date: dict[date, tuple[int | None, str]] = {}
        for day, figure, status in zip(own[C.DATE], own[C.FIGURE], own[C.STATUS], strict=True):
            # both countries of a date together: a figure when either has one
            old_figure, old_status = by_date.get(day, (None, C.STATUS_NAMED))
            if not pd.isna(figure):
                old_figure = (old_figure or 0) + int(figure)
            if status == C.STATUS_REPORTED:
                old_status = C.STATUS_REPORTED
            by_date[day] = (old_figure, old_status)
        for day in every_date:
            figure, status = by_date.get(day, (None, C.STATUS_NO_REPORT))
            parts.append({C.DATE: day, C.REPORTER: reporter, C.FIGURE: figure, C.STATUS: status})
    frame = pd.DataFrame.from_records(parts, columns=list(SERIES_COLUMNS))
    frame[C.FIGURE] = frame[C.FIGURE].astype("Int64")
    return frame


def straddling(store: Store, filters: Filters | None = None) -> int:
    """Return how many statements' windows cross a unit boundary (night start or end, or
    midnight for calendar days): their figure is placed by the window's midpoint.

    A dated period over every area is read from the stored totals; otherwise the claims
    are read (an undated query also counts windows too long to belong to any night).
    """
    filters = filters or Filters()
    if filters.date_from and filters.date_to and not filters.regions:
        return store.straddling(filters)
    frame = store.claims(replace(filters, discrepancies_only=False))
    frame = frame[frame[C.KIND] == "drone"]
    current = settings.get()
    hours = totals.boundary_hours(filters.unit, current.night_start_hour, current.night_end_hour)
    seen = set()
    for cid, start, end in zip(
        frame[C.CLAIM_ID], frame[C.WINDOW_START], frame[C.WINDOW_END], strict=True
    ):
        if totals.crosses(reconcile.naive(start), reconcile.naive(end), hours):
            seen.add(cid.rpartition(":")[0])
    return len(seen)
