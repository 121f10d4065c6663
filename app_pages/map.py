"""Map page: regions shaded by the reconciled figures, drill into districts, exports."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

import geo
import store
import store.export
from app_pages import first_view, loaders, map_component, map_slot, sidebar, visits, warm
from dashboard import drill, evidence, html_table, labels, map_layers, snapshot
from dashboard.filter_state import FilterState, to_store_filters
from dashboard.folium_map import build_map, map_payload
from geo import PackMissingError
from geo.display import area_at

K_OPEN = "map_open_region"
K_BACK = "map_back"
K_TABLE = "map_table"
#: The figures table's CSS class (dashboard/html_table.py).
TABLE_CLASS = "atlas-map-figures"
K_PNG = "map_dl_png"
K_HTML = "map_dl_html"
K_CSV = "map_dl_csv"
K_GEOJSON = "map_dl_geojson"
K_NIGHTLY = "map_dl_nightly"
#: Whether the page's fragment drew a view in its last run (the exports' heading follows).
K_VIEWED = "map_viewed"
#: The fragment holding the page: a change of a filter or of the district picker reruns
#: only it (the sidebar, the navigation and the map's frame stay as they are drawn).
FRAGMENT = "atlas_map"


def _locate(point: tuple[float, float], ids: Sequence[str]) -> str | None:
    """Tell which region under a combined area was clicked (see drill.next_state)."""
    return area_at(loaders.display_layer("regions"), point, ids)


# --- callbacks ------------------------------------------------------------------------


def _state() -> drill.DrillState:
    state = st.session_state.get(map_slot.K_DRILL)
    return state if isinstance(state, drill.DrillState) else drill.DrillState()


def _on_back() -> None:
    st.session_state[map_slot.K_DRILL] = drill.back(_state())


def _on_open() -> None:
    st.session_state[map_slot.K_DRILL] = drill.open_region(
        _state(), st.session_state.get(K_OPEN) or None
    )


# --- the page -------------------------------------------------------------------------


@st.fragment(key=FRAGMENT)
def map_page() -> None:
    """Draw what the Map page shows for the sidebar's filters and the current drill state:
    the view's caption, then (the map being drawn by ``app.py`` under it: ``map_slot``)
    the figures and the export buttons.

    A fragment: after a filter changed (``sidebar.rerun_on_change``) only this runs, and
    the map already shown is restyled for the new view. Opening a region or going back
    draws another base map in the slot: the whole app runs again. What never follows a
    filter (the title, the district picker, the exports' heading and note) is drawn by
    the page's script around it (:func:`_fixed_parts`), so a filter change does not send
    it again: each element sent costs chromium's Streamlit frontend a redraw.
    """
    with visits.visiting():  # app.py's mark, for the fragment's own runs
        _page()


def _page() -> None:
    state = map_slot.drill_state()
    if state != map_slot.drawn():
        st.rerun()  # another base map: the slot is drawn by app.py
    filters = sidebar.current_filters(fresh=True)
    # read before the data version (a write in between keeps no view: first_view.keep),
    # for the view a new session opens on only: on PostgreSQL it is a connection's round
    # trip, which a filter change need not wait for
    data_key = (
        first_view.store_key(loaders.database_url())
        if state.region_id is None and filters == _first_filters()
        else None
    )
    version = loaders.data_version()
    names = loaders.region_options()
    drillable = loaders.drillable_regions()
    region_label = names.get(state.region_id, state.region_id) if state.region_id else None
    before, after, exports = (
        st.container(key=key) for key in (map_slot.BEFORE, map_slot.AFTER, map_slot.EXPORTS)
    )
    # the view first: the map's new colours go out before the caption, which chromium
    # would draw first (the containers keep the caption above the map)
    with after:
        view = _restyled(filters, version, state, drillable, data_key)
    st.session_state[K_VIEWED] = view is not None
    title = snapshot.view_title(
        filters.date_from, filters.date_to, unit=filters.unit, region=region_label
    )
    with before:
        st.caption(labels.map_caption(title))
    if view is not None:
        with after:
            _below_the_map(filters, version, state, view)
        with exports:
            _downloads(filters, version, view)


def _fixed_parts() -> None:
    """Draw the page's parts that never follow a filter, after the fragment's (so the
    view's script still goes out first) and placed around them by ``map_slot.layout_css``:
    the title, the district picker, and the exports' heading and note once the fragment
    drew a view (a full run of the page: a filter change keeps them)."""
    state = map_slot.drill_state()
    names = loaders.region_options()
    drillable = loaders.drillable_regions()
    with st.container(key=map_slot.TITLE):
        st.title("Map")
    with st.container(key=map_slot.PICKER):
        left, right = st.columns([3, 1], vertical_alignment="bottom")
        st.session_state[K_OPEN] = state.region_id or ""
        left.selectbox(
            "Districts of a region",
            options=["", *sorted(drillable, key=lambda i: names.get(i, i))],
            format_func=lambda i: names.get(i, i) if i else "All regions",
            key=K_OPEN,
            on_change=_on_open,
            help="Or click a region on the map.",
        )
        if state.region_id is not None:
            right.button(
                "Back to all regions", key=K_BACK, on_click=_on_back, icon=":material/arrow_back:"
            )
    if not st.session_state.get(K_VIEWED):
        return
    with st.container(key=map_slot.EXPORT_HEAD):
        st.subheader("Export")
    with st.container(key=map_slot.EXPORT_NOTE):
        st.caption(
            "The HTML map opens offline in any browser (the OpenStreetMap tiles need a "
            f"connection; the plain basemap does not). {labels.BOUNDARIES_ATTRIBUTION}. "
            f"{labels.PARTY_CLAIM_NOTE} The CSV and GeoJSON files carry the licence, the "
            "attribution and each row's status and discrepancy flags; the nightly CSV "
            "marks nights without a report as `no_report`, never 0."
        )


def _first_filters() -> store.Filters:
    """Return the filters a new session opens on: the latest night, nothing picked."""
    return to_store_filters(FilterState(night=loaders.latest_night()))


def _keep_first_view(filters: store.Filters, data_key: str | None, restyle: str) -> None:
    """Keep the default view (a new session's: the latest night, every region; named by
    ``data_key``, read for it only) for the next server start, which draws it before the
    rest loads (``app_pages/first_view.py``)."""
    if data_key is None:
        return
    title = snapshot.view_title(filters.date_from, filters.date_to, unit=filters.unit)
    view = first_view.FirstView(
        labels.map_caption(title), restyle, loaders.has_only_samples(), filters.date_to
    )
    first_view.keep(data_key, view, url=loaders.database_url())


def _restyled(
    filters: store.Filters,
    version: str,
    state: drill.DrillState,
    drillable: list[str],
    data_key: str | None,
) -> map_layers.MapLayers | None:
    """Restyle the map for the view and follow a click; return the view (None: no pack)."""
    try:
        view, restyle = loaders.map_view(filters, version, state.region_id)
    except PackMissingError as exc:
        st.error(f"The boundary pack is missing: {exc}")
        return None
    _keep_first_view(filters, data_key, restyle)
    # the map stays loaded in the browser (drawn by app.py); a new view only restyles it
    map_component.restyle(restyle)
    following = drill.next_state(state, map_slot.clicked(), drillable=drillable, locate=_locate)
    if following != state:
        st.session_state[map_slot.K_DRILL] = following
        st.rerun()
    return view


def _below_the_map(
    filters: store.Filters,
    version: str,
    state: drill.DrillState,
    view: map_layers.MapLayers,
) -> None:
    """Draw what the view's figures say under the map: warnings and the table."""
    if view.unmatched:
        st.warning(
            "Named in reports but not on this map (unknown to the boundary pack): "
            # ids come from imported data (a claims CSV can carry any text)
            + evidence.escape_markdown(", ".join(view.unmatched))
        )
    if state.region_id in loaders.point_regions():
        st.info(labels.POINT_TOWNS_NOTE)
    if state.region_id is not None:
        top, _ = loaders.map_view(filters, version, None)
        region_rows = map_layers.figures_table(top.areas, involving=state.region_id)
        figures = "; ".join(
            f"{row.Area}: {row.Drones} ({row.Reporters})" for row in region_rows.itertuples()
        )
        st.caption(
            f"Region figure over these nights — {figures or 'no report'}. Districts named "
            "in reports are coloured, with their count where the report gives one."
        )
    table = map_layers.figures_table(view.areas, view.seas)
    if table.empty:
        st.info("No figures for these filters: widen the nights or clear the region filter.")
    else:
        # light, escaped HTML (dashboard/html_table.py), not the data grid: the grid's
        # script chunk and canvas cost chromium more than the map itself on a first visit
        with st.container(key=K_TABLE):
            st.html(html_table.html_table(table, TABLE_CLASS))
    warm.MAP_SHOWN.set()  # the PNG's drawing is prepared now (warm.warm_snapshot)


def _downloads(
    filters: store.Filters,
    version: str,
    view: map_layers.MapLayers,
) -> None:
    region_id = _state().region_id
    stem = snapshot.file_stem(filters.date_from, filters.date_to, region_id)

    def png() -> bytes:
        return loaders.map_snapshot(filters, version, region_id)

    def page() -> str:
        focus_ids = filters.regions if _state().region_id is None else ()
        payload = map_payload(view, focus_ids=focus_ids)
        fmap = build_map(payload.areas, seas=payload.seas, focus=payload.focus)
        return snapshot.standalone_html(fmap)

    def csv() -> bytes:
        return store.export.claims_csv(loaders.claims_frame(filters, version))

    def geojson() -> bytes:
        nightly = loaders.nightly_frame(filters, version)
        if region_id is None:
            return store.export.nightly_geojson(
                nightly, loaders.area_shapes(), attribution=geo.pack_attribution()
            )
        # the view of one region's districts: its district rows too, with their shapes (a
        # town's point where the sources hold no district polygons)
        return store.export.nightly_geojson(
            nightly,
            loaders.area_shapes(),
            attribution=geo.pack_attribution(),
            districts=loaders.district_frame(filters, version, region_id),
            district_shapes=loaders.display_layer("districts", region_id),
        )

    def nightly_csv() -> bytes:
        return store.export.nightly_csv(loaders.nightly_with_gaps(filters, version))

    buttons: list[tuple[str, Callable[[], bytes | str], str, str, str]] = [
        ("Map snapshot (PNG)", png, f"{stem}.png", "image/png", K_PNG),
        ("Interactive map (HTML)", page, f"{stem}.html", "text/html", K_HTML),
        ("Claims (CSV)", csv, f"{stem}-claims.csv", "text/csv", K_CSV),
        (
            "Figures (GeoJSON)",
            geojson,
            f"{stem}-figures.geojson",
            "application/geo+json",
            K_GEOJSON,
        ),
        ("Nightly figures (CSV)", nightly_csv, f"{stem}-nightly.csv", "text/csv", K_NIGHTLY),
    ]
    for column, (label, data, name, mime, key) in zip(st.columns(5), buttons, strict=True):
        # built on the click: the warm-ups after the first map wait for it (visits.as_visit)
        column.download_button(
            label, data=visits.as_visit(data), file_name=name, mime=mime, key=key, on_click="ignore"
        )


sidebar.rerun_on_change(FRAGMENT)
map_page()
_fixed_parts()
