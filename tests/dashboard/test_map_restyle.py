"""The base map's packed shapes: integer steps that unpack to the display coordinates."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
from shapely.geometry import MultiPolygon, Polygon, box

from dashboard.map_restyle import base_map, packed_shapes


def _unpack(text: str) -> dict[str, list[list[list[tuple[float, float]]]]]:
    """Decode packed shapes the way the map's ``atlas.unpack`` does (id -> polygons)."""
    packed = json.loads(text)
    out = {}
    for area_id, polygons in zip(packed["ids"], packed["shapes"], strict=True):
        decoded = []
        for rings in polygons:
            rings_out = []
            for steps in rings:
                x = y = 0
                ring = []
                for k in range(0, len(steps), 2):
                    x += steps[k]
                    y += steps[k + 1]
                    ring.append((x / packed["scale"], y / packed["scale"]))
                rings_out.append(ring)
            decoded.append(rings_out)
        out[area_id] = decoded
    return out


def _shapes() -> gpd.GeoDataFrame:
    holed = Polygon(
        [(35.0, 54.0), (36.5, 54.0), (36.5, 55.25), (35.0, 55.25)],
        holes=[[(35.5, 54.5), (35.5, 54.75), (35.75, 54.5)]],
    )
    islands = MultiPolygon([box(40.125, 43.0, 40.5, 43.5), box(179.5, 65.0, 181.25, 66.0)])
    return gpd.GeoDataFrame(
        pd.DataFrame({"id": ["RU-AAA", "RU-BBB"], "geometry": [holed, islands]}),
        geometry="geometry",
        crs="EPSG:4326",
    )


def test_packed_shapes_unpack_to_the_same_rings() -> None:
    text = packed_shapes(_shapes(), "region")
    packed = json.loads(text)
    assert packed["level"] == "region" and packed["scale"] == 1000
    assert packed["bbox"] == [35.0, 43.0, 181.25, 66.0]
    # the first vertex from zero, then steps: 35.0 -> 35000, 36.5 - 35.0 -> 1500 ...
    assert packed["shapes"][0][0][0][:6] == [35000, 54000, 1500, 0, 0, 1250]
    assert _unpack(text) == {
        "RU-AAA": [
            [
                [(35.0, 54.0), (36.5, 54.0), (36.5, 55.25), (35.0, 55.25), (35.0, 54.0)],
                [(35.5, 54.5), (35.5, 54.75), (35.75, 54.5), (35.5, 54.5)],
            ]
        ],
        "RU-BBB": [
            [[(40.5, 43.0), (40.5, 43.5), (40.125, 43.5), (40.125, 43.0), (40.5, 43.0)]],
            [[(181.25, 65.0), (181.25, 66.0), (179.5, 66.0), (179.5, 65.0), (181.25, 65.0)]],
        ],
    }


def test_base_map_embeds_the_packed_shapes_and_fits_in_its_own_script() -> None:
    text = packed_shapes(_shapes(), "region")
    page = base_map(text).get_root().render()
    # read with JSON.parse from a string literal (the JSON text escaped once)
    assert f"JSON.parse({json.dumps(text)})" in page and "atlas.unpack" in page
    # one fit, before the shapes are drawn (to the posted view or the bbox: see
    # test_map_frame.py in chromium), not folium's after them
    assert page.count("fitBounds(") == 2  # the first extent, and atlas.apply's
    assert page.index("map.fitBounds(extent") < page.index("group.addLayer(layer)")
