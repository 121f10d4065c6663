"""The interactive map drawn once and restyled: geometry sent once, colours per view.

:func:`base_map` is the folium map of a view's shapes (every region and sea, or one
region's districts) with no figures: its script stays the same whichever night, region
or reporter is picked, so the browser keeps the map (and Leaflet) loaded. What changes
with the filters is :func:`restyle_script`: a small script that gives every shape its
style and tooltip, draws the combined areas (a count given for several areas together)
over them, shows the seas reports name and fits the map to the areas with figures.

The script (run in the app's page by ``app_pages.map_component.restyle``) calls ``atlas.apply`` defined by the
base map, so the map component's own message stays the same from view to view and
Streamlit sends it only once; the text it carries comes from :mod:`dashboard.map_layers`,
which escapes every text property.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from geopandas.array import GeometryArray

from dashboard.folium_map import (
    BASEMAP_OSM,
    TOOLTIP_ALIASES,
    TOOLTIP_FIELDS,
    _finish_map,
    _new_map,
    feature_style,
    focus_of,
    layer_geojson,
)
from dashboard.map_layers import MapLayers, nightly_layers
from geo.display import DISPLAY_DECIMALS

if TYPE_CHECKING:  # folium is imported when a base map is built (dashboard.map_elements)
    import folium

#: Style of a shape before the first restyle (and of a shape a view does not style).
BLANK_STYLE = {"color": "#999999", "weight": 0.6, "fillColor": "#ffffff", "fillOpacity": 0.0}
HIGHLIGHT = {"weight": 2.5, "color": "#222222"}


def packed_shapes(shapes: gpd.GeoDataFrame, level: str) -> str:
    """Return display shapes (``id``, geometry) as the base map's packed JSON text.

    GeoJSON spells every vertex as two decimal numbers; here a ring is a flat list of
    integers in units of the display precision (``geo.display.DISPLAY_DECIMALS``), each
    vertex the difference from the one before (the first from zero), which the base
    map's ``atlas.unpack`` turns back into GeoJSON features with the same coordinates:
    feature id and ``area_id`` the shape's id, ``level`` as the map's click handling
    reads it. All regions and seas take about 0.4 MB instead of 1.04 MB. A point (a town
    of a region without district polygons, ``geo.display.read_display``) is one ring of one
    vertex, which the map draws as a circle: a polygon's ring has four or more.
    """
    scale = 10**DISPLAY_DECIMALS
    shapes_out = []
    for geom in shapes.geometry.values:
        polygons = []
        for part in shapely.get_parts(geom):
            rings = [part] if isinstance(part, shapely.Point) else [part.exterior, *part.interiors]
            polygons.append([_deltas(shapely.get_coordinates(ring), scale) for ring in rings])
        shapes_out.append(polygons)
    packed = {
        "level": level,
        "scale": scale,
        "ids": [str(area_id) for area_id in shapes["id"]],
        "shapes": shapes_out,
        "bbox": [round(float(v), DISPLAY_DECIMALS) for v in shapes.total_bounds]
        if len(shapes)
        else None,
    }
    return json.dumps(packed, ensure_ascii=False, separators=(",", ":"))


def _deltas(coords: np.ndarray, scale: int) -> list[int]:
    """Return a ring's vertices as integers, each the difference from the one before."""
    steps = np.rint(coords[:, :2] * scale).astype(np.int64)
    return np.diff(steps, axis=0, prepend=np.zeros((1, 2), dtype=np.int64)).ravel().tolist()


def base_map(
    areas: str,
    *,
    seas: str | None = None,
    legend_title: str = "Drones reported shot down",
    basemap: str = BASEMAP_OSM,
    leaflet_base: str | None = None,
    height: int = 600,
    view_wait_ms: int | None = None,
) -> folium.Map:
    """Return the map of ``areas`` and ``seas`` (:func:`packed_shapes` texts) without
    figures; :func:`restyle_script` colours it. Its script fits the map before drawing
    the shapes, to the view posted before it loaded (drawn in that view's colours), else
    to the areas: Leaflet projects and draws them once, at the zoom shown. Shown in a
    frame of the app's page, it waits for the view the page posts (``view_wait_ms``, by
    default ``map_elements.VIEW_WAIT_MS``) rather than draw them blank first."""
    fmap = _new_map(basemap, leaflet_base, height)
    from dashboard.map_elements import VIEW_WAIT_MS, AreaLayers

    AreaLayers(
        areas,
        seas,
        aliases=TOOLTIP_ALIASES,
        blank=BLANK_STYLE,
        highlight=HIGHLIGHT,
        wait_ms=VIEW_WAIT_MS if view_wait_ms is None else view_wait_ms,
    ).add_to(fmap)
    # fitted in the map's script, before its shapes are drawn (``AreaLayers``): to the
    # view posted before it loaded, else to the areas' ``bbox``
    _finish_map(fmap, legend_title)
    return fmap


def restyle_script(view: MapLayers, *, focus: Sequence[float] | None = None) -> str:
    """Return the script that shows ``view`` on its :func:`base_map`.

    The map is fitted to ``focus`` (west, south, east, north) when given, else to the
    areas and seas with a figure or a mention (unchanged when there are none). On a map
    already showing a view, the areas with figures move it only when one of them is out
    of sight or a fit would zoom in by two or more levels (``atlas.moves``); a ``focus``
    is always fitted. Only the shapes whose style changed are restyled.
    """
    frames = [f for f in (view.areas, view.seas) if f is not None and len(f)]
    styles: dict[str, dict[str, object]] = {}
    props: dict[str, list[str]] = {}
    named: list[np.ndarray] = []
    # each layer's columns as lists: a frame of both layers (pd.concat) and its records
    # cost a filter change more than the styles themselves
    for frame in frames:
        columns = {name: frame[name].tolist() for name in (*_STYLED_BY, *TOOLTIP_FIELDS)}
        for i, area_id in enumerate(columns["area_id"]):
            record = {name: values[i] for name, values in columns.items()}
            styles[str(area_id)] = feature_style(record)
            props[str(area_id)] = [str(record.get(field) or "") for field in TOOLTIP_FIELDS]
        reported = np.array([status != "no_report" for status in columns["status"]], dtype=bool)
        named.append(np.asarray(frame.geometry.values)[reported])
    extent = focus
    shapes = np.concatenate(named) if named else np.array([], dtype=object)
    if extent is None and len(shapes):
        extent = tuple(float(v) for v in GeometryArray(shapes).total_bounds)
    combined = [f[f["combined"].astype(bool)] for f in frames]
    combined = [f for f in combined if len(f)]
    payload = {
        "styles": styles,
        "props": props,
        "combined": json.loads(layer_geojson(_joined(combined)[["area_id", "level", "geometry"]]))
        if combined
        else None,
        "bounds": [[extent[1], extent[0]], [extent[3], extent[2]]] if extent else None,
        # the areas picked in the filters: always fitted (see atlas.moves in the map)
        "focus": focus is not None,
    }
    # "</" split so that an HTML parser never sees a tag end inside the script
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return _POST.replace("VIEW", text)


def regions_view(
    nightly: pd.DataFrame,
    regions: gpd.GeoDataFrame,
    seas: gpd.GeoDataFrame,
    *,
    focus_ids: Sequence[str] = (),
) -> tuple[MapLayers, str]:
    """Return the view of a ``Store.nightly`` frame over every region and sea and the
    script that shows it on the regions' :func:`base_map`, fitted to the areas
    ``focus_ids`` (the regions picked in the filters) where they are drawn."""
    view = nightly_layers(nightly, regions, seas)
    return view, restyle_script(view, focus=focus_of(view, focus_ids))


#: The columns a shape's style is read from (``feature_style``), with its id.
_STYLED_BY = ("area_id", "status", "figure", "combined")


def _joined(frames: list[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


#: Runs in the app's page (``st.html``; ``window.parent`` is the page itself there, and
#: the page from a frame): posts the view where a map loading later finds it, and applies
#: it to the map already shown (waiting for it to load).
_POST = """<script>
(function () {
    var view = VIEW;
    var page = window.parent;
    page.atlasView = view;
    var tries = 0;
    (function apply() {
        var frames = page.document.querySelectorAll('iframe[title*="st_folium"]');
        var frame = frames[frames.length - 1];
        var atlas = frame && frame.contentWindow && frame.contentWindow.atlas;
        if (atlas && atlas.apply) { atlas.apply(view); return; }
        if (tries++ < 1200) { setTimeout(apply, 25); }
    })();
})();
</script>"""
