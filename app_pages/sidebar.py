"""The shared sidebar filters, bound to the URL's query parameters.

The URL is the source of truth for a new session: ``dashboard.filter_state.parse_query``
(pure, tested on its own) turns the query parameters into a :class:`FilterState`, which seeds the widgets;
after the widgets are drawn, ``to_query`` writes their values back, so a copied link
opens the same view. ``app.py`` draws the filters once per full run with :func:`draw`, in
a fragment of their own: on a session's first page they are drawn once the map is (on
the Map page) or after the page in the same run (:func:`draw_after`; the values seeded
from the URL apply from the first run); pages read the result with
:func:`current_filters`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

import settings
import store
from app_pages import loaders, map_slot
from dashboard.filter_state import (
    DEFAULT_RANGE_DAYS,
    QUERY_KEYS,
    FilterState,
    parse_query,
    summary,
    to_query,
    to_store_filters,
)
from dashboard.labels import REPORTER_LABELS
from parsing.model import REPORTERS

# Widget keys (tests find the widgets by these).
K_REGIONS = "flt_regions"
K_MODE = "flt_mode"
K_NIGHT = "flt_night"
K_RANGE = "flt_range"
K_REPORTERS = "flt_reporters"
K_UA = "flt_ua"
K_UNIT = "flt_unit"
K_DISCREPANCIES = "flt_disc"
_WIDGET_KEYS = (K_MODE, K_NIGHT, K_RANGE, K_REGIONS, K_REPORTERS, K_UA, K_UNIT, K_DISCREPANCIES)
#: The popover holding the filter widgets.
K_POPOVER = "flt_popover"
_SEEDED = "flt_seeded"
_RESULT = "flt_result"
#: The fragment a change of a filter reruns (:func:`rerun_on_change`), if any.
_FRAGMENT = map_slot.PAGE_FRAGMENT_KEY

_MODE_LABELS = {"night": "One night", "range": "Date range"}


def _unit_label(unit: str) -> str:
    if unit == "day":
        return "Calendar days"
    now = settings.get()
    return f"Nights ({now.night_start_hour:02d}:00–{now.night_end_hour:02d}:00 MSK)"


def _query_now() -> dict[str, list[str]]:
    return {name: st.query_params.get_all(name) for name in QUERY_KEYS if name in st.query_params}


def _seed_values(state: FilterState, latest: date | None) -> dict[str, object]:
    """The widgets' session keys' values for a state (each widget's key -> its value)."""
    anchor = state.night or state.date_to or latest or date.today()
    if state.mode == "range" and state.date_from and state.date_to:
        period = (state.date_from, state.date_to)
    else:
        period = (anchor - timedelta(days=DEFAULT_RANGE_DAYS - 1), anchor)
    return {
        K_MODE: state.mode,
        K_NIGHT: state.night or anchor,
        K_RANGE: period,
        K_REGIONS: list(state.regions),
        K_REPORTERS: list(state.reporters),
        K_UA: state.include_ua,
        K_UNIT: state.unit,
        K_DISCREPANCIES: state.discrepancies_only,
    }


def _seed(state: FilterState, latest: date | None) -> None:
    """Put a parsed state into the widgets' session keys (first run of a session)."""
    for key, value in _seed_values(state, latest).items():
        st.session_state[key] = value


def _restore_dropped(latest: date | None) -> None:
    """Put back, from the state last published, a filter's value Streamlit dropped.

    Streamlit drops a keyed widget's value when a run that ends without a stop did not draw
    the widget, and when a run for another page than the one before begins (a page change:
    it keeps the widgets the browser lists in its request, and a browser that has not yet
    drawn the sidebar lists none of them: ``ScriptRunner._run_script``). The widget then
    comes back with its default ("One night", the latest night), and :func:`_publish`
    writes that into the URL in place of the period a shared link asked for, with nothing
    said: a session's filters are seeded once. Restored, the filters stay what they were
    (a widget this mode does not draw, "Night" in a range, comes back as the night that
    ends the period).
    """
    missing = [key for key in _WIDGET_KEYS if key not in st.session_state]
    kept = st.session_state.get(_RESULT)
    if not missing or kept is None:
        return
    values = _seed_values(kept[0], latest)
    for key in missing:
        st.session_state[key] = values[key]


def draw() -> DeltaGenerator | None:
    """Draw the sidebar's filters (``app.py``, once per full run of the app); return
    the sidebar's place for them when they are drawn after the page (:func:`draw_after`).

    In a fragment of their own (:data:`map_slot.FILTERS_FRAGMENT`): on a session's first
    run on the Map page the filters wait for the map (``map_slot.K_FILTERS_WAIT``: only
    their header is drawn, the values seeded from the URL already apply) and the map's
    report that it is drawn reruns this fragment alone, which draws the widgets. On a
    session's first run on any other page (``map_slot.K_PAGE_WAIT``) their values are
    seeded and applied here and the widgets drawn after the page, in the same run.
    """
    # the page names its fragment again in this run, if it has one
    st.session_state[_FRAGMENT] = None
    place = st.sidebar.container()
    if st.session_state.get(map_slot.K_PAGE_WAIT):
        _seeded_options()
        _publish()
        return place
    with place:
        _filters()
    return None


def draw_after(place: DeltaGenerator | None) -> None:
    """Draw the filters in ``place`` (what :func:`draw` returned) after the page, if
    they wait for it: a session's first page other than the Map.

    A new visitor's first page waited for the sidebar's seven widgets: their code and
    React's render of all of them came before the page's own elements. Drawn by a second
    run of their fragment once the browser reported the page drawn, they came 0.4-0.9 s
    after it on a loaded machine; in the page's own run, 0.3 s sooner (docs/performance.md,
    "The Claims page's new visitor: the filters in the page's run").
    """
    if place is None:
        return
    st.session_state[map_slot.K_PAGE_WAIT] = False
    with place:
        _filters()


@st.fragment(key=map_slot.FILTERS_FRAGMENT)
def _filters() -> None:
    if st.session_state.get(map_slot.K_FILTERS_WAIT):
        _waiting()
    else:
        draw_sidebar_filters()


def _waiting() -> None:
    """Seed the filters' values and apply them, but draw only their header: the filters
    wait for the map to be drawn."""
    _seeded_options()
    st.header("Filters")
    st.caption("The filters are drawn once the map is shown.")
    _publish()


def _seeded_options() -> dict[str, str]:
    """Seed the widgets' keys from the URL on a session's first run; return the regions
    offered (id -> label)."""
    options = loaders.region_options()
    latest = loaders.latest_night()
    if not st.session_state.get(_SEEDED):
        _seed(parse_query(_query_now(), latest=latest, known_regions=options), latest)
        st.session_state[_SEEDED] = True
    else:
        _restore_dropped(latest)
    # A stored selection can name an area that is no longer offered (a new pack). Written
    # only then: a widget's value written in a run is sent with it as a value to set, and
    # the browser renders the widget again on every run (a page switch) where it would
    # otherwise keep the one it has (the same element)
    picked = st.session_state[K_REGIONS]
    offered = [area for area in picked if area in options]
    if offered != list(picked):
        st.session_state[K_REGIONS] = offered
    return options


def draw_sidebar_filters() -> store.Filters:
    """Draw the filter widgets in the current container (the sidebar: :func:`draw`),
    sync them with the URL and return them.

    Pages call :func:`current_filters`. A change of a filter reruns the whole app, or
    only the fragment a page named with :func:`rerun_on_change` in the app's last run
    and the filters' own (its figures follow the filters without the rest of the page
    being drawn again; the filters are sent again with their values: :func:`_changed`).
    """
    options = _seeded_options()
    st.header("Filters")
    # what the filters hold, one line a filter (Markdown's hard break); the widgets'
    # values are in their keys before they are drawn
    lines = summary(_widget_state(), region_labels=options, reporter_labels=REPORTER_LABELS)
    st.caption("  \n".join(lines))
    # The widgets in a popover: Streamlit's frontend mounts its children only while it
    # is open, so a page is drawn without them (their code and React's render of all
    # seven were most of what a new visitor's first screen cost chromium above a bare
    # page: docs/performance.md, "The filters in a popover"). Opening or closing it
    # reruns this fragment alone, and a change reruns it with the page's fragment, so
    # the lines above say what the filters hold.
    _to_set()
    with st.popover("Change filters", width="stretch", key=K_POPOVER, on_change="rerun"):
        _widgets(options)
    return _publish()


def _to_set() -> None:
    """Send each filter widget with its value to set (written again to its key).

    The browser mounts a widget in the closed popover only when it is opened (its code
    loaded then), from the last message sent for it by then, often the run the opening
    started: one sent without a value to set showed the widget's default (no region
    where the link had picked one) and sent that back with the next change. A widget
    sent with a value to set is drawn again if mounted: only while the popover is open
    (its opening, a switch between a night and a range, and a filter's change, whose
    run ends with the filters' fragment: :func:`_changed`).
    """
    undrawn = K_RANGE if st.session_state.get(K_MODE) == "night" else K_NIGHT
    resend_values(key for key in _WIDGET_KEYS if key != undrawn)


def resend_values(keys: Iterable[str]) -> None:
    """Write each widget's value held in the session back to its key, so the run sends the
    widget with a value to set: a widget in a closed popover is mounted from the last message
    sent for it (:func:`_to_set`; the Claims page's pickers too)."""
    for key in keys:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def _widgets(options: Mapping[str, str]) -> None:
    st.multiselect(
        "Regions",
        options=list(options),
        format_func=lambda area_id: options.get(area_id, area_id),
        key=K_REGIONS,
        placeholder="All regions (type to search, Russian or English)",
        on_change=_changed,
    )
    # Switching between a night and a range draws another date field: the whole app runs.
    mode = st.radio(
        "Nights",
        options=list(_MODE_LABELS),
        format_func=_MODE_LABELS.__getitem__,
        key=K_MODE,
        horizontal=True,
        on_change=_whole_app,
    )
    if mode == "night":
        st.date_input(
            "Night (dated by its morning)",
            key=K_NIGHT,
            format="YYYY-MM-DD",
            help="Defaults to the latest night with data.",
            on_change=_changed,
        )
    else:
        st.date_input("From – to", key=K_RANGE, format="YYYY-MM-DD", on_change=_changed)
    st.multiselect(
        "Reporters",
        options=list(REPORTERS),
        format_func=REPORTER_LABELS.__getitem__,
        key=K_REPORTERS,
        placeholder="All reporters",
        on_change=_changed,
    )
    st.toggle(
        "Show Ukrainian claims",
        key=K_UA,
        help="Ukraine's air force reports drones shot down over Ukraine: the other side's claims.",
        on_change=_changed,
    )
    st.radio(
        "Count by",
        options=["night", "day"],
        format_func=_unit_label,
        key=K_UNIT,
        on_change=_changed,
    )
    st.toggle(
        "Only discrepancies",
        key=K_DISCREPANCIES,
        help="Only nights and areas where sources disagree: a governor above the ministry, "
        "a retelling with other numbers, a total that is not the sum of its rows, an area "
        "listed twice, overlapping windows of one reporter.",
        on_change=_changed,
    )


def _widget_state() -> FilterState:
    """Return the state the sidebar's widgets hold (their session keys)."""
    values = st.session_state
    night: date | None = None
    date_from = date_to = None
    if values[K_MODE] == "night":
        night = values[K_NIGHT]
    else:
        picked = values[K_RANGE]
        # While the user is picking, the range widget holds one date only.
        dates = [d for d in (picked if isinstance(picked, tuple | list) else (picked,)) if d]
        if dates:
            date_from, date_to = min(dates), max(dates)
    return FilterState(
        mode="range" if values[K_MODE] == "range" else "night",
        night=night,
        date_from=date_from,
        date_to=date_to,
        regions=tuple(values[K_REGIONS]),
        reporters=tuple(values[K_REPORTERS]),
        include_ua=bool(values[K_UA]),
        unit="day" if values[K_UNIT] == "day" else "night",
        discrepancies_only=bool(values[K_DISCREPANCIES]),
    )


def _publish() -> store.Filters:
    """Read the widgets' state, write it to the URL and keep it for :func:`current_filters`."""
    state = _widget_state()
    _write_query(to_query(state))
    filters = to_store_filters(state)
    st.session_state[_RESULT] = (state, filters)
    return filters


def _changed() -> None:
    """A filter changed: rerun the fragment the page named with the filters' own, if the
    page named one, else the whole app (a widget's change would rerun only the filters'
    fragment).

    The filters' fragment runs again so the browser is sent each widget's value as the
    change left it (:func:`_to_set`): the run that opening the popover starts sends the
    values the server held when it began, and a change made before they reach the
    browser (a click in the first tenths of a second, or later on a slow network) was
    drawn back to the old value by them, the change's own run (the page's alone) left it
    so, and the next run the browser started (closing the popover) sent the old value
    back: the filters and the URL lost the change while the page showed it. Now the
    change's run ends by sending its values again, the last word the browser gets (the
    page's fragment first: its figures are not kept waiting for the filters').
    """
    page = st.session_state.get(_FRAGMENT)
    st.rerun([page, map_slot.FILTERS_FRAGMENT] if page else "app")


def _whole_app() -> None:
    """Rerun the whole app (the filters' fragment draws another date field)."""
    st.rerun("app")


def rerun_on_change(fragment: str) -> None:
    """Make a change of a filter rerun only the fragment keyed ``fragment`` (a page's
    ``@st.fragment(key=...)``, drawn in this run) and the filters' fragment, until the
    app's next full run. The fragment reads the filters with :func:`current_filters`
    (``fresh=True``)."""
    st.session_state[_FRAGMENT] = fragment


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


def current_filters(*, fresh: bool = False) -> store.Filters:
    """Return the filters the sidebar holds in this run (drawing it if not drawn yet).

    ``fresh``: read the widgets again and write them to the URL, as in a fragment's run
    after a filter changed (:func:`rerun_on_change`: the page's fragment runs first, the
    filters' fragment after it).
    """
    if _RESULT not in st.session_state:
        with st.sidebar:
            draw_sidebar_filters()
    elif fresh:
        _publish()
    return st.session_state[_RESULT][1]


def current_state() -> FilterState:
    """Return what the sidebar shows in this run: one night or a range, and the rest."""
    if _RESULT not in st.session_state:
        with st.sidebar:
            draw_sidebar_filters()
    return st.session_state[_RESULT][0]
