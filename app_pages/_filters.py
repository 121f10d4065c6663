"""The shared sidebar filters, bound to the URL's query parameters.

The URL is the source of truth for a new session: :func:`parse_query` (pure, tested on
its own) turns the query parameters into a :class:`FilterState`, which seeds the widgets;
after the widgets are drawn, :func:`to_query` writes their values back, so a copied link
opens the same view. ``app.py`` draws the widgets once per run with
:func:`draw_sidebar_filters`; pages read the result with :func:`current_filters`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

import streamlit as st

import settings
import store
from app_pages import _loaders
from dashboard.labels import REPORTER_LABELS
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

# Widget keys (tests find the widgets by these).
K_REGIONS = "flt_regions"
K_MODE = "flt_mode"
K_NIGHT = "flt_night"
K_RANGE = "flt_range"
K_REPORTERS = "flt_reporters"
K_UA = "flt_ua"
K_UNIT = "flt_unit"
K_DISCREPANCIES = "flt_disc"
_SEEDED = "flt_seeded"
_RESULT = "flt_result"

_TRUE = frozenset({"1", "true", "yes", "on"})
_MODE_LABELS = {"night": "One night", "range": "Date range"}


def _unit_label(unit: str) -> str:
    if unit == "day":
        return "Calendar days"
    now = settings.get()
    return f"Nights ({now.night_start_hour:02d}:00–{now.night_end_hour:02d}:00 MSK)"


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


def _query_now() -> dict[str, list[str]]:
    return {name: st.query_params.get_all(name) for name in QUERY_KEYS if name in st.query_params}


def _seed(state: FilterState, latest: date | None) -> None:
    """Put a parsed state into the widgets' session keys (first run of a session)."""
    anchor = state.night or state.date_to or latest or date.today()
    st.session_state[K_MODE] = state.mode
    st.session_state[K_NIGHT] = state.night or anchor
    if state.mode == "range" and state.date_from and state.date_to:
        st.session_state[K_RANGE] = (state.date_from, state.date_to)
    else:
        st.session_state[K_RANGE] = (anchor - timedelta(days=DEFAULT_RANGE_DAYS - 1), anchor)
    st.session_state[K_REGIONS] = list(state.regions)
    st.session_state[K_REPORTERS] = list(state.reporters)
    st.session_state[K_UA] = state.include_ua
    st.session_state[K_UNIT] = state.unit
    st.session_state[K_DISCREPANCIES] = state.discrepancies_only


def draw_sidebar_filters() -> store.Filters:
    """Draw the filter widgets in the sidebar, sync them with the URL and return them.

    Called once per run by ``app.py``; pages call :func:`current_filters`.
    """
    options = _loaders.region_options()
    latest = _loaders.latest_night()
    if not st.session_state.get(_SEEDED):
        _seed(parse_query(_query_now(), latest=latest, known_regions=options), latest)
        st.session_state[_SEEDED] = True
    # A stored selection can name an area that is no longer offered (a new pack).
    st.session_state[K_REGIONS] = [r for r in st.session_state[K_REGIONS] if r in options]

    bar = st.sidebar
    bar.header("Filters")
    regions = bar.multiselect(
        "Regions",
        options=list(options),
        format_func=lambda area_id: options.get(area_id, area_id),
        key=K_REGIONS,
        placeholder="All regions (type to search, Russian or English)",
    )
    mode = bar.radio(
        "Nights",
        options=list(_MODE_LABELS),
        format_func=_MODE_LABELS.__getitem__,
        key=K_MODE,
        horizontal=True,
    )
    night: date | None = None
    date_from = date_to = None
    if mode == "night":
        night = bar.date_input(
            "Night (dated by its morning)",
            key=K_NIGHT,
            format="YYYY-MM-DD",
            help="Defaults to the latest night with data.",
        )
    else:
        picked = bar.date_input("From – to", key=K_RANGE, format="YYYY-MM-DD")
        # While the user is picking, the range widget holds one date only.
        dates = [d for d in (picked if isinstance(picked, tuple | list) else (picked,)) if d]
        if dates:
            date_from, date_to = min(dates), max(dates)
    reporters = bar.multiselect(
        "Reporters",
        options=list(REPORTERS),
        format_func=REPORTER_LABELS.__getitem__,
        key=K_REPORTERS,
        placeholder="All reporters",
    )
    include_ua = bar.toggle(
        "Show Ukrainian claims",
        key=K_UA,
        help="Ukraine's air force reports drones shot down over Ukraine: the other side's claims.",
    )
    unit = bar.radio("Count by", options=["night", "day"], format_func=_unit_label, key=K_UNIT)
    discrepancies = bar.toggle(
        "Only discrepancies",
        key=K_DISCREPANCIES,
        help="Only nights and areas where sources disagree: a governor above the ministry, "
        "a retelling with other numbers, a total that is not the sum of its rows, an area "
        "listed twice, overlapping windows of one reporter.",
    )
    state = FilterState(
        mode="range" if mode == "range" else "night",
        night=night,
        date_from=date_from,
        date_to=date_to,
        regions=tuple(regions),
        reporters=tuple(reporters),
        include_ua=bool(include_ua),
        unit="day" if unit == "day" else "night",
        discrepancies_only=bool(discrepancies),
    )
    _write_query(to_query(state))
    filters = to_store_filters(state)
    st.session_state[_RESULT] = (state, filters)
    return filters


def _write_query(query: Mapping[str, str | list[str]]) -> None:
    """Update only our parameters in the URL, and only when they changed."""
    for name in QUERY_KEYS:
        wanted = query.get(name)
        have = st.query_params.get_all(name) if name in st.query_params else None
        if wanted is None:
            if have is not None:
                del st.query_params[name]
        elif (list(wanted) if isinstance(wanted, list) else [wanted]) != have:
            st.query_params[name] = wanted


def current_filters() -> store.Filters:
    """Return the filters the sidebar holds in this run (drawing it if not drawn yet)."""
    if _RESULT not in st.session_state:
        draw_sidebar_filters()
    return st.session_state[_RESULT][1]


def current_state() -> FilterState:
    """Return what the sidebar shows in this run: one night or a range, and the rest."""
    if _RESULT not in st.session_state:
        draw_sidebar_filters()
    return st.session_state[_RESULT][0]
