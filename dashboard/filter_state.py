"""The sidebar's filter state and its URL round trip, without Streamlit.

:func:`parse_query` turns a link's query parameters into a :class:`FilterState`;
:func:`to_query` writes a state back, so a copied link opens the same view;
:func:`to_store_filters` gives the store's filters for a state.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

import store
from parsing.model import REPORTERS

Mode = Literal["night", "range"]
Unit = Literal["night", "day"]

#: Nights shown by default when the user switches to a date range.
DEFAULT_RANGE_DAYS = 28

# Query parameter names: short, readable in a shared link.
Q_REGIONS = "regions"
Q_NIGHT = "night"
Q_FROM = "from"
Q_TO = "to"
Q_REPORTERS = "reporters"
Q_UA = "ua"
Q_UNIT = "unit"
Q_DISCREPANCIES = "disc"
QUERY_KEYS = (Q_REGIONS, Q_NIGHT, Q_FROM, Q_TO, Q_REPORTERS, Q_UA, Q_UNIT, Q_DISCREPANCIES)

_TRUE = frozenset({"1", "true", "yes", "on"})


@dataclass(frozen=True, slots=True)
class FilterState:
    """What the sidebar shows: one night or a date range, plus the other filters.

    In ``"night"`` mode ``night`` is the selected night (None when there is no data yet)
    and the range fields are unused; in ``"range"`` mode ``date_from``/``date_to`` hold
    the inclusive range.
    """

    mode: Mode = "night"
    night: date | None = None
    date_from: date | None = None
    date_to: date | None = None
    regions: tuple[str, ...] = ()
    reporters: tuple[str, ...] = ()
    include_ua: bool = False
    unit: Unit = "night"
    #: Only rows where sources disagree (``store.Filters.discrepancies_only``).
    discrepancies_only: bool = False


def _values(params: Mapping[str, str | Sequence[str]], name: str) -> list[str]:
    """Return every value of one parameter, splitting comma-separated lists."""
    raw = params.get(name)
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    return [part.strip() for item in items for part in item.split(",") if part.strip()]


def _date(params: Mapping[str, str | Sequence[str]], name: str) -> date | None:
    values = _values(params, name)
    if not values:
        return None
    try:
        return date.fromisoformat(values[-1])
    except ValueError:
        return None


def _dedupe(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def parse_query(
    params: Mapping[str, str | Sequence[str]],
    *,
    latest: date | None,
    known_regions: Collection[str] | None = None,
) -> FilterState:
    """Turn URL query parameters into a filter state, dropping what is not valid.

    Parameters
    ----------
    params
        The query parameters: each value a string or a list of strings (repeated
        parameters); lists may also be comma-separated.
    latest
        The latest night with data: the default night when the link names none.
    known_regions
        Area ids the sidebar offers; other ids are dropped. None keeps every id.

    Returns
    -------
    FilterState
        ``from``/``to`` select a date range (one of them is enough; a reversed range
        is put in order); otherwise ``night`` (default ``latest``) selects one night.
    """
    date_from, date_to = _date(params, Q_FROM), _date(params, Q_TO)
    if date_from is not None or date_to is not None:
        date_from = date_from or date_to
        date_to = date_to or date_from
        assert date_from is not None and date_to is not None  # one of them was given
        if date_from > date_to:
            date_from, date_to = date_to, date_from
        mode: Mode = "range"
        night = None
    else:
        mode = "night"
        night = _date(params, Q_NIGHT) or latest
    regions = _values(params, Q_REGIONS)
    if known_regions is not None:
        regions = [r for r in regions if r in known_regions]
    reporters = [r for r in _values(params, Q_REPORTERS) if r in REPORTERS]
    ua = _values(params, Q_UA)
    unit_values = _values(params, Q_UNIT)
    unit: Unit = "day" if unit_values and unit_values[-1] == "day" else "night"
    disc = _values(params, Q_DISCREPANCIES)
    return FilterState(
        mode=mode,
        night=night,
        date_from=date_from,
        date_to=date_to,
        regions=_dedupe(regions),
        reporters=_dedupe(reporters),
        include_ua=bool(ua) and ua[-1].lower() in _TRUE,
        unit=unit,
        discrepancies_only=bool(disc) and disc[-1].lower() in _TRUE,
    )


def to_query(state: FilterState) -> dict[str, str | list[str]]:
    """Return the query parameters that :func:`parse_query` reads back as ``state``.

    Every value is written, the night included, so a shared link keeps showing the
    same night after newer data arrives.
    """
    query: dict[str, str | list[str]] = {}
    if state.mode == "range" and state.date_from and state.date_to:
        query[Q_FROM] = state.date_from.isoformat()
        query[Q_TO] = state.date_to.isoformat()
    elif state.night is not None:
        query[Q_NIGHT] = state.night.isoformat()
    if state.regions:
        query[Q_REGIONS] = list(state.regions)
    if state.reporters:
        query[Q_REPORTERS] = list(state.reporters)
    if state.include_ua:
        query[Q_UA] = "1"
    if state.unit != "night":
        query[Q_UNIT] = state.unit
    if state.discrepancies_only:
        query[Q_DISCREPANCIES] = "1"
    return query


def to_store_filters(state: FilterState) -> store.Filters:
    """Return the store's filters for a sidebar state (a night is a one-day range)."""
    if state.mode == "range":
        date_from, date_to = state.date_from, state.date_to
    else:
        date_from = date_to = state.night
    return store.Filters(
        date_from=date_from,
        date_to=date_to,
        regions=state.regions,
        reporters=state.reporters,
        include_ua=state.include_ua,
        unit=state.unit,
        discrepancies_only=state.discrepancies_only,
    )


def widen_to_range(
    state: FilterState, filters: store.Filters, *, days: int = DEFAULT_RANGE_DAYS
) -> store.Filters:
    """Return ``filters`` covering ``days`` nights up to the night ``state`` selects.

    A timeline of a single night says little, so the Timeline page shows the weeks
    leading up to it; a date range (even of one day) is kept as chosen.
    """
    if state.mode != "night" or filters.date_to is None:
        return filters
    return replace(filters, date_from=filters.date_to - timedelta(days=days - 1))


#: Regions named one by one in :func:`summary`; more are counted.
SUMMARY_REGIONS = 3


def summary(
    state: FilterState, *, region_labels: Mapping[str, str], reporter_labels: Mapping[str, str]
) -> list[str]:
    """Return the lines saying what ``state`` shows, one a filter, for the sidebar above
    its filters' button (the widgets are drawn only while their popover is open).

    >>> summary(FilterState(night=date(2026, 11, 30)), region_labels={}, reporter_labels={})
    ['Night of 2026-11-30', 'All regions', 'All reporters', 'Counted by night']
    """
    if state.mode == "range":
        if state.date_from and state.date_to:
            period = f"{state.date_from.isoformat()} – {state.date_to.isoformat()}"
        else:
            period = "A date range being picked"
    else:
        period = f"Night of {state.night.isoformat()}" if state.night else "The latest night"
    if not state.regions:
        regions = "All regions"
    elif len(state.regions) <= SUMMARY_REGIONS:
        regions = ", ".join(region_labels.get(area, area) for area in state.regions)
    else:
        regions = f"{len(state.regions)} regions"
    reporters = (
        ", ".join(reporter_labels.get(kind, kind) for kind in state.reporters)
        if state.reporters
        else "All reporters"
    )
    lines = [period, regions, reporters]
    lines.append("Counted by calendar day" if state.unit == "day" else "Counted by night")
    if state.include_ua:
        lines.append("With Ukrainian claims")
    if state.discrepancies_only:
        lines.append("Only discrepancies")
    return lines
