"""The map's place in the app: drawn by ``app.py`` on every page, so the browser keeps it.

On a page switch Streamlit's frontend keeps the elements the entry script (``app.py``)
draws and drops the page script's at once. The map component drawn by the Map page was
dropped at every switch, and on the way back chromium built the map frame again: its
scripts run, the base map's 0.45 MB script parsed and every shape drawn (about 1.5 s of
its CPU). So once a session has shown the Map page, ``app.py`` draws the map component in
a slot of its own (:func:`draw`) on every page with the same arguments: on the Map page
it is shown between the page's header (the container :data:`BEFORE`) and the rest
(:data:`AFTER`), placed there by CSS ``order``; on the other pages it is hidden and the
frame stays loaded. The Map page reads what the component reported (:func:`clicked`) and
restyles the map for its view as before (``map_component.restyle``).
"""

from __future__ import annotations

import threading
from typing import Any

import streamlit as st

import settings
from app_pages import first_view, map_component
from dashboard import drill
from dashboard.assets import asset_base
from geo import PackMissingError

# Imports only what reads the kept base map (no pandas, geopandas, store nor folium):
# ``app.py`` draws the slot before it imports the rest, so the browser builds the map's
# frame (its scripts, the 0.45 MB base map parsed, the shapes drawn) while the server
# imports and loads what the page and the sidebar need. ``loaders`` is imported where a
# drill or a base map not kept yet needs it.

#: The keys of the Map page's containers its fragment draws (``app_pages/map.py``): the
#: view's caption above the map, the figures under it, the export buttons.
BEFORE = "map_before"
AFTER = "map_after"
EXPORTS = "map_exports"
#: The keys of the Map page's containers its script draws in a full run only, after the
#: fragment's (what they show never follows a filter, so a filter change does not send
#: them again): the title, the district picker, the exports' heading and their note.
TITLE = "map_title"
PICKER = "map_picker"
EXPORT_HEAD = "map_export_head"
EXPORT_NOTE = "map_export_note"
K_SLOT = "atlas_map_slot"
#: The order the page shows its keyed containers and the map's slot in (CSS ``order``;
#: what ``app.py`` draws before the page, the samples' banner, comes first).
ORDER = (TITLE, BEFORE, PICKER, K_SLOT, AFTER, EXPORT_HEAD, EXPORTS, EXPORT_NOTE)
K_DRILL = "map_drill"
K_MAP = "map_view"
#: Set once the session has shown the Map page: the map is kept from then on.
K_SHOWN = "map_slot_shown"
K_RESULT = "map_slot_result"
#: The drill state the slot's map was drawn for in the app's last full run.
K_DRAWN = "map_slot_drawn"
#: Only a click reruns the script; panning and zooming stay in the browser. In the order
#: streamlit-folium's frontend lists them: the value it computes when the map is drawn is
#: then the same JSON text as the default, so it is not sent (in another order every map
#: drawn sent its empty value back and the whole page ran again).
RETURNED = ["last_object_clicked", "last_object_clicked_tooltip", "last_active_drawing"]
#: True while the sidebar's filters wait for the session's first map to be drawn (its
#: first run, on the Map page); absent before the session's first run.
K_FILTERS_WAIT = "map_slot_filters_wait"
#: True while the sidebar's filters wait for the page to be drawn: a session's first run
#: on any other page (``sidebar``: drawn after the page, in the same run).
K_PAGE_WAIT = "map_slot_page_wait"
#: Whether the app's last full run went to its end (``app.py`` sets it: :func:`done`).
K_RUN_DONE = "map_slot_run_done"
#: Whether each map frame of the session (by its key) was first drawn asking for the
#: report that it is drawn: it is drawn with the same arguments from then on.
K_ASKED = "map_slot_asked"
#: The key of the sidebar's fragment of filters (``app_pages/sidebar.py``): the map's
#: report that it is drawn reruns it alone.
FILTERS_FRAGMENT = "atlas_filters"
#: The session-state key of the fragment a page names for the filters to rerun
#: (``sidebar.rerun_on_change``)
PAGE_FRAGMENT_KEY = "flt_fragment"


def drill_state() -> drill.DrillState:
    """Return the map's drill state (all regions, or one region's districts); a region
    the boundary pack can no longer drill into goes back to all regions."""
    state = st.session_state.get(K_DRILL)
    if not isinstance(state, drill.DrillState):
        return drill.DrillState()
    if state.region_id is None:
        return state
    from app_pages import loaders

    if state.region_id not in loaders.drillable_regions():
        state = st.session_state[K_DRILL] = drill.back(state)
    return state


def layout_css(*, shown: bool) -> str:
    """Return the CSS that puts the slot between the Map page's containers, or hides it.

    Most of the page's containers are drawn by a fragment (``app_pages/map.py``), whose
    own container holds them: it is laid out as if it were not there
    (``display:contents``), so they sit beside the slot and the page script's own
    containers in the page's column, and ``order`` places them all (:data:`ORDER`).
    """
    wrapper = 'div[data-testid="stLayoutWrapper"]:has(> .st-key-{})'
    slot = wrapper.format(K_SLOT)
    # (a :has() inside another is ignored by browsers)
    fragment = (
        'div[data-testid="stLayoutWrapper"]:has(> div[data-testid="stVerticalBlock"] > '
        f'div[data-testid="stLayoutWrapper"] > .st-key-{AFTER})'
    )
    order = "".join(
        f"{wrapper.format(key)}{{order:{place}}}" for place, key in enumerate(ORDER, start=1)
    )
    hide = "" if shown else f"{slot}{{display:none}}"
    # the frame as wide as its column whatever its width attribute: hidden, Streamlit's
    # frontend measures the column as nothing and sets the attribute to -1, so shown
    # again the frame was laid out 300 pixels wide (an iframe's default) until the next
    # measure: Leaflet saw two resizes and redrew every shape (a page switch to the Map)
    frame = f".st-key-{K_SLOT} iframe{{width:100%}}"
    return (
        f'<style>{fragment},{fragment} > div[data-testid="stVerticalBlock"]'
        f"{{display:contents}}{order}{hide}{frame}</style>"
    )


def draw(*, on_map: bool) -> None:
    """Draw the map's slot (before anything else ``app.py`` draws, so its place in the
    page never moves): the map once the session has shown the Map page, shown only on it.

    On the session's first run, on the Map page, the sidebar's filters wait for the map
    (:data:`K_FILTERS_WAIT`): a first visit's chromium otherwise fetched and drew the
    filters' widgets (about 20 script chunks) before it attached the map's frame. The
    map reports once it is drawn (:func:`_reported`) and the filters are drawn then. On
    a session's first run on any other page they are drawn after that page, in the same
    run (:data:`K_PAGE_WAIT`, ``sidebar``).
    """
    first = K_FILTERS_WAIT not in st.session_state
    st.session_state[K_FILTERS_WAIT] = False
    st.session_state[K_PAGE_WAIT] = first and not on_map
    st.session_state[K_RUN_DONE] = False
    if on_map:
        st.session_state[K_SHOWN] = True
    slot = st.container(key=K_SLOT)
    st.html(layout_css(shown=on_map))
    st.session_state[K_RESULT] = {}
    if not st.session_state.get(K_SHOWN):
        return
    state = st.session_state[K_DRAWN] = drill_state()
    leaflet_base = asset_base(st.get_option("server.baseUrlPath") or "")
    height = map_component.MAP_HEIGHT
    base = map_component.kept(state.region_id, leaflet_base=leaflet_base, height=height)
    if base is None:  # not kept yet for this pack build and code: rendered once
        from app_pages import loaders

        try:
            base = loaders.base_map(state.region_id, leaflet_base=leaflet_base, height=height)
        except PackMissingError:
            return  # the Map page says so
    wait = st.session_state[K_FILTERS_WAIT] = first and on_map
    key = f"{K_MAP}_{state.seq}"
    with slot:
        st.session_state[K_RESULT] = map_component.show(
            base,
            key=key,
            height=map_component.MAP_HEIGHT,
            returned_objects=RETURNED,
            report_drawn=_asked(key, wait),
            on_report=_reported,
        )


def _asked(key: str, wait: bool) -> bool:
    """Return whether the map frame ``key`` asks for the report that it is drawn: as on
    the run that first drew it (``wait``), whatever this run's ``wait``.

    Any other argument is another message: the session's second full run (its first page
    switch) sent the whole 0.46 MB base map again instead of a reference to the browser's
    copy. The frame makes its map and asks once (``map_frontend``): a later run's value
    changes nothing in it.
    """
    asked = st.session_state.setdefault(K_ASKED, {})
    return bool(asked.setdefault(key, wait))


#: Set by a run that needs the page's modules (pandas, SQLAlchemy, the store) before it
#: can draw anything more: no kept first view to draw. The server's warm-up, which
#: imports them at a lower priority while the first map needs none of them, then
#: leaves the rest to the server's priority (``serve._import_behind``).
MODULES_WANTED = threading.Event()


def first_view_now() -> first_view.FirstView | None:
    """Return the first view kept for the store's data (``app_pages/first_view.py``) when
    this run may show it before the rest loads: a session's first run, on the Map page
    (the filters wait for the map: :func:`draw`), over every region, with no query
    parameter (a shared link's filters name another view: computed as before). When
    there is none, the run needs the page's modules at once (:data:`MODULES_WANTED`)."""
    view = None
    if (
        st.session_state.get(K_FILTERS_WAIT)
        and drill_state().region_id is None
        and not len(st.query_params)
    ):
        view = first_view.kept(settings.get().database_url)
    if view is None:
        MODULES_WANTED.set()
    return view


def draw_first_header(view: first_view.FirstView) -> None:
    """Draw the Map page's title and caption from the kept first ``view`` and colour the
    map with its script: all a session's first run draws (``app.py`` ends it here).

    Drawn before pandas, SQLAlchemy and geopandas are imported: the map is coloured and
    titled while the server loads what the rest of the page needs. The rest (the
    sidebar's header, the page's own header, table, picker and exports) waits for the
    map's report that it is drawn, which runs the whole app again (:func:`_reported`):
    sent in the same run, it came while chromium built the map's frame and drew its
    shapes, and Streamlit's frontend drew those elements first (on the three-year
    database, where the warm-up has them ready at once, the map was coloured 2.3 s after
    the page loaded instead of 1.3 s in a round at a load of 15). The page's own header
    replaces this one.
    """
    with st.container():
        st.title("Map")
        st.caption(view.caption)
        map_component.restyle(view.restyle)


def _reported(value: dict[str, Any]) -> None:
    """The map reported: its shapes drawn (the first map of a session: draw the
    sidebar's filters now) or a click (the whole app runs, as for any widget)."""
    if not value.get("drawn"):
        return
    st.session_state[K_FILTERS_WAIT] = False
    if not st.session_state.get(K_RUN_DONE):
        # the app's run ended after the kept first view (app.py), or the report stopped
        # it before its end (the table, the exports not sent): the whole app runs again
        return
    # the run this report started let go of the files the last one sent (the exports'
    # buttons, built on a click): the page's fragment sends them again with the filters
    page = st.session_state.get(PAGE_FRAGMENT_KEY)
    st.rerun([FILTERS_FRAGMENT, page] if page else FILTERS_FRAGMENT)


def done() -> None:
    """Note that the app's full run went to its end (the last line of ``app.py``)."""
    st.session_state[K_RUN_DONE] = True


def drawn() -> drill.DrillState | None:
    """Return the drill state the slot drew the map for (None before it drew one)."""
    state = st.session_state.get(K_DRAWN)
    return state if isinstance(state, drill.DrillState) else None


def clicked() -> dict[str, Any]:
    """Return what the map component reported in this run (empty when not drawn)."""
    result = st.session_state.get(K_RESULT)
    return result if isinstance(result, dict) else {}
