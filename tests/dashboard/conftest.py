"""Hand-made layers for the map tests: three unit squares near Kaluga, one hostile name."""

from __future__ import annotations

from collections.abc import Callable

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from dashboard import map_layers

HOSTILE_NAME = "<script>alert('name')</script>"
HOSTILE_REPORTER = '<img src=x onerror="alert(1)">'


def make_layer(figures: dict[str, float | None], *, hostile: bool = False) -> gpd.GeoDataFrame:
    """Return a region layer of three squares with ``figures`` (None: named, no count)."""
    regions = gpd.GeoDataFrame(
        pd.DataFrame(
            [
                (
                    "RU-AAA",
                    HOSTILE_NAME if hostile else "Аобласть",
                    "A Oblast",
                    box(35, 54, 36, 55),
                ),
                ("RU-BBB", "Бобласть", "B Oblast", box(36, 54, 37, 55)),
                ("RU-CCC", "Вобласть", "C Oblast", box(37, 54, 38, 55)),
            ],
            columns=["id", "name_ru", "name_en", "geometry"],
        ),
        geometry="geometry",
        crs="EPSG:4326",
    )
    frame = pd.DataFrame(
        {
            "figure": [float("nan") if v is None else v for v in figures.values()],
            "status": [
                "named_without_count" if v is None else "reported" for v in figures.values()
            ],
            "qualifier": [None if v is None else "exact" for v in figures.values()],
            "reporters": [(HOSTILE_REPORTER if hostile else "governor",)] * len(figures),
            "nights": [("2026-09-12",)] * len(figures),
        },
        index=pd.Index(list(figures), name="area_id"),
    )
    return map_layers.region_layer(regions, frame)


@pytest.fixture
def layer_factory() -> Callable[..., gpd.GeoDataFrame]:
    return make_layer


@pytest.fixture
def layer() -> gpd.GeoDataFrame:
    return make_layer({"RU-AAA": 42.0, "RU-BBB": None, "RU-AAA+RU-BBB": 3.0})


@pytest.fixture
def hostile_layer() -> gpd.GeoDataFrame:
    return make_layer({"RU-AAA": 1.0}, hostile=True)
