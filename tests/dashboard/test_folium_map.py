"""The folium map: local assets only, escaped tooltips, styles from the colour classes."""

from __future__ import annotations

import json
import re

import branca
import folium
import geopandas as gpd
import pytest

from dashboard import colors
from dashboard.folium_map import (
    BASEMAP_PLAIN,
    OSM_TILES,
    asset_base,
    build_map,
    feature_style,
    layer_geojson,
    legend_html,
    map_payload,
    rendered_html,
)
from dashboard.labels import COMBINED_LABEL
from dashboard.map_layers import MapLayers

ASSET_LINK = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)=[\"']([^\"']+)[\"']", re.IGNORECASE)


def _features(page: str) -> list[dict[str, object]]:
    """Return the GeoJSON features folium wrote into the page, decoded as the browser would."""
    payloads = re.findall(r"_add\((\{.*\})\);", page)
    return [f for payload in payloads for f in json.loads(payload)["features"]]


def test_no_asset_is_loaded_from_the_internet(layer: gpd.GeoDataFrame) -> None:
    fmap = build_map(layer, seas=layer.iloc[:0])
    page = rendered_html(fmap)
    assert ASSET_LINK.findall(page) == [
        "/app/static/vendor/leaflet/leaflet.js",
        "/app/static/vendor/leaflet/leaflet.css",
    ]
    # The only http(s) URL a browser would fetch is the tile template; the others are
    # the licence link in the attribution.
    urls = set(re.findall(r"https?://[^\"'\s\\]+", page))
    assert urls == {OSM_TILES, "https://www.openstreetmap.org/copyright"}


def test_streamlit_folium_would_load_only_local_files(layer: gpd.GeoDataFrame) -> None:
    """st_folium collects ``default_js``/``default_css`` of every element, and adds d3 for
    any branca colormap; none of either may point outside."""
    fmap = build_map(layer)
    links: list[str] = []
    stack: list[object] = [fmap]
    while stack:
        element = stack.pop()
        assert not isinstance(element, branca.colormap.ColorMap)
        links += [url for _, url in getattr(element, "default_js", [])]
        links += [url for _, url in getattr(element, "default_css", [])]
        stack.extend(getattr(element, "_children", {}).values())
    assert sorted(links) == [
        "/app/static/vendor/leaflet/leaflet.css",
        "/app/static/vendor/leaflet/leaflet.js",
    ]


def test_asset_base_follows_the_server_base_path(layer: gpd.GeoDataFrame) -> None:
    assert asset_base("") == "/app/static/vendor/leaflet"
    assert asset_base("/news/atlas/") == "/news/atlas/app/static/vendor/leaflet"
    page = rendered_html(build_map(layer, leaflet_base=asset_base("atlas")))
    assert '<script src="/atlas/app/static/vendor/leaflet/leaflet.js"></script>' in page


def test_report_text_reaches_the_tooltip_as_text(hostile_layer: gpd.GeoDataFrame) -> None:
    page = rendered_html(build_map(hostile_layer))
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    first = _features(page)[0]["properties"]
    assert isinstance(first, dict)
    # What the tooltip puts into innerHTML: entities, which the browser shows as text.
    assert first["name_ru"] == "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;"
    assert first["reporters"] == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"


def test_tooltips_show_both_names_figure_reporters_and_nights(layer: gpd.GeoDataFrame) -> None:
    fmap = build_map(layer)
    tooltips = [c for c in _walk(fmap) if isinstance(c, folium.GeoJsonTooltip)]
    assert [t.fields for t in tooltips] == [
        ["name_ru", "name_en", "figure_text", "reporters", "nights", "flags"]
    ]
    by_id = {f["id"]: f["properties"] for f in _features(rendered_html(fmap))}
    assert by_id["RU-AAA"]["figure_text"] == "42"  # type: ignore[index]
    assert by_id["RU-BBB"]["figure_text"] == "named without a count"  # type: ignore[index]
    assert by_id["RU-AAA+RU-BBB"]["name_en"] == "A Oblast + B Oblast (combined)"  # type: ignore[index]


def test_features_are_styled_by_their_class(layer: gpd.GeoDataFrame) -> None:
    page = rendered_html(build_map(layer))
    styler = re.search(r"function geo_json_\w+_styler\(feature\) \{(.*?)\n        \}", page, re.S)
    assert styler is not None
    cases = dict(re.findall(r'case "([^"]+)":\s*return (\{[^}]*\});', styler.group(1)))
    assert json.loads(cases["RU-AAA"])["fillColor"] == colors.STYLES["n26-50"].fill
    assert json.loads(cases["RU-BBB"])["fillColor"] == colors.STYLES["named"].fill
    assert json.loads(cases["RU-AAA+RU-BBB"])["dashArray"] == colors.COMBINED_DASH


def test_feature_style_reads_status_figure_and_combined() -> None:
    assert feature_style({"status": "reported", "figure": 221.0, "combined": False}) == {
        "fillColor": "#bd0026", "fillOpacity": 0.8, "color": "#4d4d4d", "weight": 0.9,
    }  # fmt: skip
    assert feature_style({"status": "no_report", "figure": None})["fillOpacity"] == 0.05
    combined = feature_style({"status": "reported", "figure": 0.0, "combined": True})
    assert combined["fillColor"] == colors.ZERO.fill
    assert combined["dashArray"] == colors.COMBINED_DASH


def test_both_basemaps_are_offered_and_attribution_always_shown(layer: gpd.GeoDataFrame) -> None:
    page = rendered_html(build_map(layer, basemap=BASEMAP_PLAIN))
    assert re.search(
        r'"OpenStreetMap" : tile_layer_\w+,\s*"Plain \(offline\)" : feature_group_\w+', page
    )
    # Plain first: the tile layer is created but not added to the map.
    assert not re.search(r"tile_layer_\w+\.addTo\(", page)
    assert re.search(r"\.attributionControl\.addAttribution\(\"Boundaries &copy; <a href=", page)
    with pytest.raises(ValueError, match="basemap must be"):
        build_map(layer, basemap="satellite")


def test_legend_is_plain_html_with_every_class() -> None:
    legend = legend_html("Drones <b>shot</b> down")
    assert "Drones &lt;b&gt;shot&lt;/b&gt; down" in legend
    labels = re.findall(r"</span>([^<]+)</div>", legend)
    assert labels == [*(s.label for s in colors.legend_entries()), COMBINED_LABEL]
    assert "Figures are claims by a party to the conflict" in legend


def _walk(element: object) -> list[object]:
    out = [element]
    for child in getattr(element, "_children", {}).values():
        out += _walk(child)
    return out


def test_a_map_from_cached_geojson_text_is_the_same_map(layer: gpd.GeoDataFrame) -> None:
    text = layer_geojson(layer)
    collection = json.loads(text)
    assert collection["bbox"] == [35.0, 54.0, 38.0, 55.0]
    assert [f["id"] for f in collection["features"]] == [
        "RU-AAA", "RU-BBB", "RU-CCC", "RU-AAA+RU-BBB",
    ]  # fmt: skip
    from_text, from_frame = build_map(text, seas=layer_geojson(layer.iloc[:0])), build_map(layer)
    assert from_text.get_bounds() == [[54.0, 35.0], [55.0, 38.0]]
    assert _features(rendered_html(from_text)) == _features(rendered_html(from_frame))
    assert "[[54.0, 35.0], [55.0, 38.0]]" in rendered_html(from_text)  # fitBounds


def test_payload_focuses_on_the_areas_picked_in_the_filters(layer: gpd.GeoDataFrame) -> None:
    view = MapLayers(layer, None, ())
    assert map_payload(view).focus is None
    assert map_payload(view, focus_ids=("RU-CCC",)).focus == (37.0, 54.0, 38.0, 55.0)
    # A combined area is part of the focus when one of its parts was picked.
    assert map_payload(view, focus_ids=("RU-BBB",)).focus == (35.0, 54.0, 37.0, 55.0)
    assert map_payload(view, focus_ids=("RU-ZZZ",)).focus is None
    payload = map_payload(view, focus_ids=("RU-CCC",))
    assert payload.seas is None
    page = rendered_html(build_map(payload.areas, focus=payload.focus))
    assert "[[54.0, 37.0], [55.0, 38.0]]" in page
