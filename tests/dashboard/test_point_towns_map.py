"""A region without district polygons drawn as its towns' points: the display copy written
with the gazetteer's index, the base map's packed shapes, the snapshot and the export."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point, box

from dashboard.map_restyle import packed_shapes
from dashboard.snapshot import POINT_RADIUS_M, _paths
from geo.display import display_path, read_display, write_points
from store import columns as C
from store.export import nightly_geojson


def _towns() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "id": ["UA-65:skadovsk", "UA-65:hola-prystan", "UA-14:horlivka"],
            "region_id": ["UA-65", "UA-65", "UA-14"],
            "name_ru": ["Скадовск", "Голая Пристань", "Горловка"],
            "name_en": ["Skadovsk", "Hola Prystan", "Horlivka"],
            "population": [17915, 15000, 239828],
        },
        geometry=[Point(32.909781, 46.11313), Point(32.5172, 46.5219), Point(38.0171, 48.2999)],
        crs="EPSG:4326",
    )


def test_each_region_gets_a_display_copy_of_its_points(tmp_path: Path) -> None:
    write_points(tmp_path, _towns())
    kherson = read_display(display_path("districts", "UA-65", pack_dir=tmp_path))
    assert kherson[["id", "name_ru", "name_en"]].to_dict("records") == [
        {"id": "UA-65:skadovsk", "name_ru": "Скадовск", "name_en": "Skadovsk"},
        {"id": "UA-65:hola-prystan", "name_ru": "Голая Пристань", "name_en": "Hola Prystan"},
    ]
    # rounded to the display precision, and kept as points (polygons only elsewhere)
    assert list(kherson.geometry) == [Point(32.91, 46.113), Point(32.517, 46.522)]
    donetsk = read_display(display_path("districts", "UA-14", pack_dir=tmp_path))
    assert list(donetsk["id"]) == ["UA-14:horlivka"]


def test_a_point_packs_as_one_ring_of_one_vertex() -> None:
    shapes = gpd.GeoDataFrame(
        {"id": ["UA-65:skadovsk", "RU-BEL:box"]},
        geometry=[Point(32.91, 46.113), box(36.0, 50.0, 36.5, 50.5)],
        crs="EPSG:4326",
    )
    packed = json.loads(packed_shapes(shapes, "district"))
    assert packed["shapes"][0] == [[[32910, 46113]]]
    assert [len(ring) for ring in packed["shapes"][1][0]] == [10]  # a ring: five vertices


def test_the_snapshot_draws_a_point_as_a_circle() -> None:
    (circle,) = _paths(Point(1000.0, 2000.0))
    (west, south), (east, north) = circle.get_extents().get_points()
    assert (west, east) == (1000.0 - POINT_RADIUS_M, 1000.0 + POINT_RADIUS_M)
    assert (south, north) == (2000.0 - POINT_RADIUS_M, 2000.0 + POINT_RADIUS_M)


def test_the_export_of_a_region_view_carries_its_towns_as_points() -> None:
    areas = pd.DataFrame({C.DATE: ["2025-09-12"], C.AREA_ID: ["UA-65"], C.FIGURE: [7]})
    districts = pd.DataFrame(
        {
            C.DATE: ["2025-09-12", "2025-09-12"],
            C.AREA_ID: ["UA-65", "UA-65"],
            C.DISTRICT_ID: ["UA-65:skadovsk", "UA-65:nova-kakhovka"],
            C.FIGURE: [5, 2],
        }
    )
    region = gpd.GeoDataFrame({"id": ["UA-65"]}, geometry=[box(32, 46, 35, 47.5)], crs=4326)
    towns = gpd.GeoDataFrame(
        {"id": ["UA-65:skadovsk"]}, geometry=[Point(32.91, 46.113)], crs="EPSG:4326"
    )
    collection = json.loads(
        nightly_geojson(areas, region, districts=districts, district_shapes=towns)
    )
    features = collection["features"]
    assert [f["properties"].get(C.DISTRICT_ID) for f in features] == [
        None,
        "UA-65:skadovsk",
        "UA-65:nova-kakhovka",
    ]
    assert features[0]["geometry"]["type"] == "Polygon"
    assert features[1]["geometry"] == {"type": "Point", "coordinates": [32.91, 46.113]}
    assert features[2]["geometry"] is None  # a town the view's shapes lack
    assert [f["properties"][C.FIGURE] for f in features] == [7, 5, 2]
