"""The display copies' geometry on hand-made squares whose answers can be worked out on paper.

y=1 +-----+-----+-----+
    |  A  |  B  |  C  |     A = RU-AAA, B = RU-BBB, C = RU-CCC
y=0 +-----+-----+-----+
    x=0   1     2     3
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyproj
import pytest
from shapely.geometry import Polygon, box

import geo.display
from geo.display import (
    WGS84,
    area_at,
    bounds_of,
    check_crs,
    check_layer,
    prepare_display,
    read_display,
    read_display_kept,
)


def _shapes(ids: list[str], geometries: list[object]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"id": ids}, geometry=geometries, crs="EPSG:4326")


@pytest.fixture
def regions() -> gpd.GeoDataFrame:
    return _shapes(
        ["RU-AAA", "RU-BBB", "RU-CCC"], [box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)]
    )


def test_prepare_display_moves_chukotka_east_and_rounds() -> None:
    frame = _shapes(["RU-CHU"], [box(-175.123456, 65, -170, 66)])
    out = prepare_display(frame)
    # rounded to DISPLAY_DECIMALS = 3, the build's precision (the reader used to keep 4)
    assert out.geometry.iloc[0].bounds == (184.877, 65.0, 190.0, 66.0)


def test_prepare_display_keeps_only_polygons() -> None:
    # A square with a thin spike that rounding flattens into a line.
    spiky = Polygon([(0, 0), (1, 0), (1, 1), (1.00001, 2), (1, 1.00001), (0, 1)])
    out = prepare_display(_shapes(["RU-AAA"], [spiky]))
    geom = out.geometry.iloc[0]
    assert geom.geom_type == "MultiPolygon"  # the line left by make_valid is dropped
    assert geom.area == pytest.approx(1.0)


def test_area_at_finds_the_part_under_a_point(regions: gpd.GeoDataFrame) -> None:
    assert area_at(regions, (0.5, 1.5), ["RU-AAA", "RU-BBB"]) == "RU-BBB"
    assert area_at(regions, (0.5, 0.5), ["RU-AAA", "RU-BBB"]) == "RU-AAA"
    assert area_at(regions, (0.5, 2.5), ["RU-AAA", "RU-BBB"]) is None  # C not asked
    assert area_at(regions, (5.0, 5.0), ["RU-AAA"]) is None


def test_bounds_of_counts_a_combined_area_by_its_parts(regions: gpd.GeoDataFrame) -> None:
    layer = regions.rename(columns={"id": "area_id"})
    layer.loc[len(layer)] = ["RU-AAA+RU-CCC", box(0, 0, 3, 2)]
    assert bounds_of(layer, ["RU-BBB"]) == (1.0, 0.0, 2.0, 1.0)
    assert bounds_of(layer, ["RU-CCC"]) == (0.0, 0.0, 3.0, 2.0)  # C and A+C
    assert bounds_of(layer, ["RU-ZZZ"]) is None
    assert bounds_of(layer, []) is None


def _geojson(path: Path, ids: list[str], geometries: list[object]) -> Path:
    frame = _shapes(ids, geometries)
    frame["name_ru"], frame["name_en"] = ["Аобласть"] * len(ids), ["A Oblast"] * len(ids)
    frame.to_file(path, driver="GeoJSON")
    return path


def _refuse(_path: Path) -> None:
    msg = "the GeoJSON was read again"
    raise AssertionError(msg)


def test_a_kept_display_layer_is_the_same_frame_read_once_per_file_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _geojson(
        tmp_path / "regions.geojson",
        ["RU-CHU", "RU-AAA"],
        [box(-175.123456, 65, -170, 66), box(0.00049, 0, 1, 1.0004)],
    )
    folder = tmp_path / "kept"
    first = read_display_kept(source, folder)
    pd.testing.assert_frame_equal(first, read_display(source))
    assert first.geometry.iloc[0].bounds == (184.877, 65.0, 190.0, 66.0)
    assert [p.suffix for p in folder.iterdir()] == [".parquet"]

    monkeypatch.setattr(geo.display, "read_display", _refuse)
    kept = read_display_kept(source, folder)  # from the GeoParquet copy
    pd.testing.assert_frame_equal(kept, first)
    assert kept.crs == first.crs and list(kept.geometry.to_wkb()) == list(first.geometry.to_wkb())
    monkeypatch.undo()

    # a new version of the file (rebuilt pack) is read again and replaces the old copy
    _geojson(source, ["RU-BBB"], [box(1, 0, 2, 1)])
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 10**9))
    rebuilt = read_display_kept(source, folder)
    assert rebuilt["id"].tolist() == ["RU-BBB"]
    assert len(list(folder.iterdir())) == 1


def test_a_display_layer_is_read_when_its_copy_cannot_be_kept(tmp_path: Path) -> None:
    source = _geojson(tmp_path / "seas.geojson", ["SEA-AZOV"], [box(35, 45, 39, 47)])
    blocker = tmp_path / "kept"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    pd.testing.assert_frame_equal(read_display_kept(source, blocker), read_display(source))
    with pytest.raises(geo.PackMissingError, match="is missing"):
        read_display_kept(tmp_path / "missing.geojson", tmp_path / "kept2")


def test_display_layers_carry_the_one_shared_crs_object(tmp_path: Path) -> None:
    source = _geojson(tmp_path / "regions.geojson", ["RU-AAA"], [box(0, 0, 1, 1)])
    assert read_display(source).crs is WGS84
    assert read_display_kept(source, tmp_path / "kept").crs is WGS84  # written
    assert read_display_kept(source, tmp_path / "kept").crs is WGS84  # read back


def test_a_layer_in_another_crs_is_refused(regions: gpd.GeoDataFrame) -> None:
    check_layer(regions.assign(name_ru="А", name_en="A"), "regions")  # an equal CRS object
    mercator = regions.assign(name_ru="А", name_en="A").to_crs("EPSG:3857")
    with pytest.raises(geo.GeoError, match="regions must be in EPSG:4326"):
        check_layer(mercator, "regions")
    with pytest.raises(geo.GeoError, match="CRS mismatch"):
        check_crs(regions, mercator)


def test_a_kept_copy_is_read_without_building_a_crs_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _geojson(tmp_path / "regions.geojson", ["RU-AAA"], [box(0, 0, 1, 1)])
    written = read_display_kept(source, tmp_path / "kept")

    def refuse(*_args: object, **_kwargs: object) -> None:
        msg = "a CRS built from the file's PROJJSON (about 40 ms a layer)"
        raise AssertionError(msg)

    monkeypatch.setattr(pyproj.CRS, "__init__", refuse)
    kept = read_display_kept(source, tmp_path / "kept")
    pd.testing.assert_frame_equal(kept, written)
    assert kept.crs is WGS84
