"""Build the folium map of a layer: colours from :mod:`dashboard.colors`, no CDN assets.

Stock folium loads Leaflet, jQuery and Bootstrap from CDNs and an offline browser then
shows a blank map. Here the map's ``default_js``/``default_css`` name only Leaflet,
served by Streamlit's static serving from ``static/vendor/leaflet/`` (installed at setup
from npm). The legend is plain HTML in a Leaflet control: a branca colormap would make
streamlit-folium inject d3 from a CDN.

The layers come from :mod:`dashboard.map_layers`, whose text properties are already escaped.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import geopandas as gpd

from dashboard import colors
from dashboard.assets import asset_base
from dashboard.labels import (
    BOUNDARIES_ATTRIBUTION,
    COMBINED_LABEL,
    OSM_ATTRIBUTION,
    PARTY_CLAIM_NOTE,
    attribution_html,
)
from dashboard.map_layers import MapLayers
from geo.display import bounds_of

if TYPE_CHECKING:  # imported when a map is built: the Map page shows one from disk
    import folium

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
BASEMAP_OSM = "OpenStreetMap"
BASEMAP_PLAIN = "Plain (offline)"
PLAIN_BACKGROUND = "#eef1f4"

TOOLTIP_FIELDS = ("name_ru", "name_en", "figure_text", "reporters", "nights", "flags")
TOOLTIP_ALIASES = ("Название", "Name", "Drones shot down", "Reporters", "Nights", "Discrepancy")


def build_map(
    areas: gpd.GeoDataFrame | str,
    *,
    seas: gpd.GeoDataFrame | str | None = None,
    legend_title: str = "Drones reported shot down",
    basemap: str = BASEMAP_OSM,
    leaflet_base: str | None = None,
    height: int = 600,
    focus: Sequence[float] | None = None,
) -> folium.Map:
    """Return a folium map of ``areas`` (and ``seas``) coloured by their figures.

    Parameters
    ----------
    areas
        A layer of :mod:`dashboard.map_layers` (regions with combined areas, or one region's
        districts), or its :func:`layer_geojson` text; the map is fitted to its bounds.
    seas
        Seas named in reports, drawn under the areas; None or empty draws none.
    basemap
        The base layer shown first: :data:`BASEMAP_OSM` or :data:`BASEMAP_PLAIN` (no
        tiles, so it works offline). Both are offered in the layer control.
    leaflet_base
        URL path of the local Leaflet files; default :func:`asset_base` ``("")``.
    focus
        ``(west, south, east, north)`` to fit the map to instead of the whole layer
        (the regions picked in the filters).
    """
    fmap = _new_map(basemap, leaflet_base, height)
    if seas is not None and not _is_empty(seas):
        _geojson(seas, "Seas").add_to(fmap)
    areas_layer = _geojson(areas, "Areas")
    areas_layer.add_to(fmap)
    _finish_map(fmap, legend_title)
    extent = focus if focus is not None else areas_layer.data.get("bbox")
    if extent is not None:
        west, south, east, north = extent
        fmap.fit_bounds([[south, west], [north, east]])
    return fmap


def _new_map(basemap: str, leaflet_base: str | None, height: int) -> folium.Map:
    """Return a map with local Leaflet and both base layers, before any area is added."""
    if basemap not in (BASEMAP_OSM, BASEMAP_PLAIN):
        msg = f"basemap must be {BASEMAP_OSM!r} or {BASEMAP_PLAIN!r}, got {basemap!r}"
        raise ValueError(msg)
    import folium
    from branca.element import Element, Figure

    base = leaflet_base if leaflet_base is not None else asset_base()
    fmap = folium.Map(tiles=None, control_scale=True, height=height, zoom_snap=0.25)
    _use_local_leaflet(fmap, base)
    root = fmap.get_root()
    assert isinstance(root, Figure)
    root.header.add_child(
        Element(f"<style>.leaflet-container {{ background: {PLAIN_BACKGROUND}; }}</style>")
    )
    folium.TileLayer(
        OSM_TILES,
        name=BASEMAP_OSM,
        attr=attribution_html(OSM_ATTRIBUTION),
        max_zoom=19,
        overlay=False,
        show=basemap == BASEMAP_OSM,
    ).add_to(fmap)
    folium.FeatureGroup(name=BASEMAP_PLAIN, overlay=False, show=basemap == BASEMAP_PLAIN).add_to(
        fmap
    )
    return fmap


def _finish_map(fmap: folium.Map, legend_title: str) -> None:
    """Add what every map has after its areas: hatch patterns, controls, legend."""
    import folium

    from dashboard.map_elements import Attribution, Legend, Patterns

    # after the layers: Leaflet has created its SVG, where the hatch patterns go
    Patterns(patterns_svg()).add_to(fmap)
    folium.LayerControl(position="topright", collapsed=True).add_to(fmap)
    # kept on the map whichever basemap is shown: the boundaries are OSM data
    Attribution(attribution_html(BOUNDARIES_ATTRIBUTION)).add_to(fmap)
    # Every class is listed, used or not, so maps of different nights read alike.
    Legend(legend_html(legend_title)).add_to(fmap)


def _is_empty(layer: gpd.GeoDataFrame | str) -> bool:
    if isinstance(layer, str):
        return not json.loads(layer).get("features")
    return len(layer) == 0


def feature_style(properties: dict[str, object]) -> dict[str, object]:
    """Return the Leaflet style of one feature from its properties."""
    figure = properties.get("figure")
    key = colors.style_key(str(properties.get("status")), figure if figure is not None else None)  # type: ignore[arg-type]
    style = colors.STYLES[key].leaflet()
    if properties.get("combined"):
        style["dashArray"] = colors.COMBINED_DASH
        style["weight"] = 1.8
    return style


def patterns_svg() -> str:
    """Return the ``<pattern>`` definitions of :data:`colors.SVG_PATTERNS` (diagonal stripes)."""
    defs = []
    for pattern_id, (background, stripe) in colors.SVG_PATTERNS.items():
        defs.append(
            f'<pattern id="{pattern_id}" patternUnits="userSpaceOnUse" width="8" height="8" '
            'patternTransform="rotate(45)">'
            f'<rect width="8" height="8" fill="{background}"/>'
            f'<rect width="3" height="8" fill="{stripe}"/></pattern>'
        )
    return "".join(defs)


def _swatch_background(style: colors.Style) -> str:
    if style.pattern is None:
        return style.fill
    background, stripe = colors.SVG_PATTERNS[style.pattern]
    return f"repeating-linear-gradient(45deg,{stripe} 0 3px,{background} 3px 7px)"


def legend_html(title: str, present: set[str] | None = None) -> str:
    """Return the legend as plain HTML: one swatch per class shown, then the others."""
    rows = []
    for style in colors.legend_entries(present=present):
        border = "dashed" if style.dash else "solid"
        swatch = (
            f'<span style="display:inline-block;width:14px;height:12px;margin-right:6px;'
            f"vertical-align:middle;background:{_swatch_background(style)};"
            f"opacity:{max(style.fill_opacity, 0.25)};"
            f'border:1px {border} {style.outline}"></span>'
        )
        rows.append(f"<div>{swatch}{_text(style.label)}</div>")
    together = (
        '<span style="display:inline-block;width:14px;height:12px;margin-right:6px;'
        'vertical-align:middle;border:2px dashed #333333"></span>'
    )
    rows.append(f"<div>{together}{_text(COMBINED_LABEL)}</div>")
    return (
        '<div class="atlas-legend" style="background:rgba(255,255,255,0.92);padding:6px 8px;'
        'font:11px/1.35 sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,0.3)">'
        f"<b>{_text(title)}</b>{''.join(rows)}"
        f'<div style="margin-top:4px;color:#555;max-width:190px">{_text(PARTY_CLAIM_NOTE)}</div></div>'
    )


def _use_local_leaflet(fmap: folium.Map, base: str) -> None:
    # Instance attributes shadow the class's CDN lists; jQuery, Bootstrap and the
    # awesome-markers files are dropped because nothing here uses them.
    fmap.default_js = [("leaflet", f"{base}/leaflet.js")]
    fmap.default_css = [("leaflet_css", f"{base}/leaflet.css")]


@dataclass(frozen=True, slots=True)
class MapPayload:
    """What one map view sends to the browser, ready to cache: GeoJSON text and a focus."""

    areas: str
    seas: str | None
    focus: tuple[float, ...] | None


def focus_of(view: MapLayers, focus_ids: Sequence[str] = ()) -> tuple[float, ...] | None:
    """Return ``(west, south, east, north)`` of the areas ``focus_ids`` (the areas picked
    in the filters) drawn in ``view``, or None when none of them is drawn."""
    if not focus_ids:
        return None
    seas = view.seas if view.seas is not None and len(view.seas) else None
    drawn = [b for b in (bounds_of(v, focus_ids) for v in (view.areas, seas) if v is not None) if b]
    if not drawn:
        return None
    return (
        min(b[0] for b in drawn), min(b[1] for b in drawn),
        max(b[2] for b in drawn), max(b[3] for b in drawn),
    )  # fmt: skip


def map_payload(view: MapLayers, *, focus_ids: Sequence[str] = ()) -> MapPayload:
    """Return the payload of a view; ``focus_ids`` (the areas picked in the filters) set
    the initial extent when any of them is drawn."""
    seas = view.seas if view.seas is not None and len(view.seas) else None
    return MapPayload(
        layer_geojson(view.areas),
        layer_geojson(seas) if seas is not None else None,
        focus_of(view, focus_ids),
    )


def layer_geojson(layer: gpd.GeoDataFrame) -> str:
    """Return a layer as the GeoJSON text the map embeds (feature id = area id).

    Callers may cache this text per view: :func:`build_map` accepts it in place of the
    frame and skips the slow GeoDataFrame-to-dict conversion.
    """
    # The feature id is the area id: folium's style mapper needs a unique identifier.
    collection = json.loads(layer.set_index("area_id", drop=False).to_json(drop_id=False))
    if len(layer):
        collection["bbox"] = [round(float(v), 4) for v in layer.total_bounds]
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":"))


def _geojson(layer: gpd.GeoDataFrame | str, name: str) -> folium.GeoJson:
    import folium

    from dashboard.map_elements import GeoJson

    text = layer if isinstance(layer, str) else layer_geojson(layer)
    return GeoJson(
        json.loads(text),
        name=name,
        style_function=lambda feature: feature_style(feature["properties"]),
        highlight_function=lambda _feature: {"weight": 2.5, "color": "#222222"},
        tooltip=folium.GeoJsonTooltip(
            fields=list(TOOLTIP_FIELDS), aliases=list(TOOLTIP_ALIASES), sticky=True
        ),
        smooth_factor=0.5,
    )


def _text(value: str) -> str:
    return html.escape(value, quote=True)


def rendered_html(fmap: folium.Map) -> str:
    """Return the full HTML page of ``fmap`` (as saved by ``Map.save``)."""
    return fmap.get_root().render()
