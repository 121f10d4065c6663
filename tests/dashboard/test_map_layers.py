"""Map layers on three hand-made unit squares whose answers can be worked out on paper.

y=1 +-----+-----+-----+
    |  A  |  B  |  C  |     A = RU-AAA, B = RU-BBB, C = RU-CCC, S = SEA-SSS below
y=0 +-----+-----+-----+     S2 = SEA-TTT right of C
    x=0   1     2     3
"""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal
from shapely.geometry import box

from dashboard import map_layers
from geo import GeoError
from store import columns as C

NIGHT1, NIGHT2 = date(2026, 9, 11), date(2026, 9, 12)


def _shapes(rows: list[tuple[str, str, str, object]], crs: str = "EPSG:4326") -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=["id", "name_ru", "name_en", "geometry"]),
        geometry="geometry",
        crs=crs,
    )


@pytest.fixture
def regions() -> gpd.GeoDataFrame:
    return _shapes(
        [
            ("RU-AAA", "Аобласть", "A Oblast", box(0, 0, 1, 1)),
            ("RU-BBB", "Бобласть", "B Oblast", box(1, 0, 2, 1)),
            ("RU-CCC", "Вобласть", "C Oblast", box(2, 0, 3, 1)),
        ]
    )


@pytest.fixture
def seas() -> gpd.GeoDataFrame:
    return _shapes(
        [
            ("SEA-SSS", "Эс море", "S Sea", box(0, -1, 3, 0)),
            ("SEA-TTT", "Тэ море", "T Sea", box(3, -1, 4, 1)),
        ]
    )


@pytest.fixture
def nightly() -> pd.DataFrame:
    """Two nights: A counted twice (2 + at least 3), B named, C silent, A+B together, seas."""
    return pd.DataFrame(
        [
            ("RU-AAA", NIGHT1, 2, "reported", "exact", "governor"),
            ("RU-AAA", NIGHT2, 3, "reported", "at_least", "mod,governor"),
            ("RU-BBB", NIGHT2, None, "named_without_count", None, "mod"),
            ("RU-CCC", NIGHT2, None, "no_report", None, None),
            ("RU-AAA+RU-BBB", NIGHT1, 7, "reported", "exact", "mod"),
            ("SEA-SSS", NIGHT1, 0, "reported", "exact", "mod"),
            ("SEA-SSS+SEA-TTT", NIGHT2, 4, "reported", "approx", "mod"),
        ],
        columns=["area_id", "night", "count", "status", "qualifier", "reporters"],
    )


@pytest.fixture
def figures(nightly: pd.DataFrame) -> pd.DataFrame:
    return map_layers.area_figures(
        nightly,
        area="area_id",
        night="night",
        figure="count",
        status="status",
        qualifier="qualifier",
        reporters="reporters",
    )


def _expected(rows: list[dict[str, object]]) -> gpd.GeoDataFrame:
    frame = pd.DataFrame(rows, columns=list(map_layers.LAYER_COLUMNS))
    # None, not NaN, where there is no figure: NaN is not valid JSON in the browser
    frame["figure"] = pd.Series([r["figure"] for r in rows], dtype=object)
    frame["combined"] = frame["combined"].astype(bool)
    frame["flags"] = [r.get("flags", "") for r in rows]  # no discrepancy unless given
    return gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326")


def test_area_figures_sums_nights_and_drops_gaps(figures: pd.DataFrame) -> None:
    expected = pd.DataFrame(
        {
            "figure": [5.0, 7.0, np.nan, 0.0, 4.0],
            "status": ["reported", "reported", "named_without_count", "reported", "reported"],
            "qualifier": ["at_least", "exact", None, "exact", "approx"],
            "reporters": [("governor", "mod"), ("mod",), ("mod",), ("mod",), ("mod",)],
            "nights": [
                ("2026-09-11", "2026-09-12"),
                ("2026-09-11",),
                ("2026-09-12",),
                ("2026-09-11",),
                ("2026-09-12",),
            ],
        },
        index=pd.Index(
            ["RU-AAA", "RU-AAA+RU-BBB", "RU-BBB", "SEA-SSS", "SEA-SSS+SEA-TTT"], name="area_id"
        ),
    )
    pd.testing.assert_frame_equal(figures, expected)


def test_region_layer_draws_every_region_then_the_combined_union(
    regions: gpd.GeoDataFrame, figures: pd.DataFrame
) -> None:
    layer = map_layers.region_layer(regions, figures)
    expected = _expected(
        [
            {
                "area_id": "RU-AAA", "level": "region", "name_ru": "Аобласть",
                "name_en": "A Oblast", "status": "reported", "figure": 5.0,
                "figure_text": "at least 5", "reporters": "governor, mod",
                "nights": "2026-09-11, 2026-09-12", "combined": False,
                "geometry": box(0, 0, 1, 1),
            },
            {
                "area_id": "RU-BBB", "level": "region", "name_ru": "Бобласть",
                "name_en": "B Oblast", "status": "named_without_count", "figure": None,
                "figure_text": "named without a count", "reporters": "mod",
                "nights": "2026-09-12", "combined": False, "geometry": box(1, 0, 2, 1),
            },
            {
                "area_id": "RU-CCC", "level": "region", "name_ru": "Вобласть",
                "name_en": "C Oblast", "status": "no_report", "figure": None,
                "figure_text": "no report", "reporters": "", "nights": "",
                "combined": False, "geometry": box(2, 0, 3, 1),
            },
            {
                "area_id": "RU-AAA+RU-BBB", "level": "combined",
                "name_ru": "Аобласть + Бобласть (вместе)",
                "name_en": "A Oblast + B Oblast (combined)", "status": "reported",
                "figure": 7.0, "figure_text": "7", "reporters": "mod",
                "nights": "2026-09-11", "combined": True, "geometry": box(0, 0, 2, 1),
            },
        ]
    )  # fmt: skip
    assert_geodataframe_equal(layer, expected, check_like=False)


def test_sea_layer_draws_only_named_seas_and_their_union(
    seas: gpd.GeoDataFrame, figures: pd.DataFrame
) -> None:
    layer = map_layers.sea_layer(seas, figures)
    assert list(layer["area_id"]) == ["SEA-SSS", "SEA-SSS+SEA-TTT"]
    assert list(layer["figure_text"]) == ["0", "about 4"]
    assert list(layer["combined"]) == [False, True]
    assert layer.geometry.iloc[1].equals(box(0, -1, 4, 1).difference(box(0, 0, 3, 1)))
    assert layer.geometry.iloc[1].area == pytest.approx(3 + 2)


def test_mixed_region_and_sea_union_is_drawn_with_the_regions(
    regions: gpd.GeoDataFrame, seas: gpd.GeoDataFrame
) -> None:
    figures = pd.DataFrame(
        {"figure": [9.0], "status": ["reported"], "qualifier": ["exact"],
         "reporters": [("mod",)], "nights": [("2026-09-12",)]},
        index=pd.Index(["RU-CCC+SEA-TTT"], name="area_id"),
    )  # fmt: skip
    layer = map_layers.region_layer(regions, figures, seas=seas)
    combined = layer[layer["combined"]]
    assert list(combined["area_id"]) == ["RU-CCC+SEA-TTT"]
    assert combined.geometry.iloc[0].equals(box(2, -1, 4, 1).difference(box(2, -1, 3, 0)))
    assert list(map_layers.sea_layer(seas, figures)["area_id"]) == []


def test_district_layers_keep_the_region_and_mark_named_districts() -> None:
    district_nightly = pd.DataFrame(
        [
            (NIGHT1, "RU-AAA", "RU-AAA:one", 3, "exact", "reported", ("governor",)),
            (NIGHT2, "RU-AAA", "RU-AAA:one", 1, "exact", "reported", ("governor", "media")),
            (NIGHT2, "RU-AAA", "RU-AAA:two", None, None, "named_without_count", ("governor",)),
            (NIGHT2, "RU-BBB", "RU-BBB:one", 9, "exact", "reported", ("governor",)),
        ],
        columns=[C.DATE, C.AREA_ID, C.DISTRICT_ID, C.FIGURE, C.QUALIFIER, C.STATUS, C.REPORTERS],
    )
    districts = _shapes(
        [
            ("RU-AAA:one", "Первый", "Pervy", box(0, 0, 0.5, 1)),
            ("RU-AAA:two", "Второй", "Vtoroy", box(0.5, 0, 1, 0.5)),
            ("RU-AAA:three", "Третий", "Tretiy", box(0.5, 0.5, 1, 1)),
        ]
    )
    view = map_layers.district_layers(district_nightly, districts, "RU-AAA")
    layer = view.areas
    assert list(layer["area_id"]) == ["RU-AAA:one", "RU-AAA:three", "RU-AAA:two"]
    assert list(layer["figure"]) == [4.0, None, None]
    assert list(layer["figure_text"]) == ["4", "no report", "named without a count"]
    assert list(layer["status"]) == ["reported", "no_report", "named_without_count"]
    assert list(layer["reporters"]) == ["governor, media", "", "governor"]
    assert set(layer["level"]) == {"district"}
    assert view.seas is None
    assert view.unmatched == ()


def test_nightly_layers_read_the_store_columns(
    regions: gpd.GeoDataFrame, seas: gpd.GeoDataFrame, nightly: pd.DataFrame
) -> None:
    frame = nightly.rename(
        columns={"area_id": C.AREA_ID, "night": C.DATE, "count": C.FIGURE,
                 "status": C.STATUS, "qualifier": C.QUALIFIER, "reporters": C.REPORTERS}
    )  # fmt: skip
    frame.loc[len(frame)] = ["RU-XXX", NIGHT1, 1, "reported", "exact", "mod"]
    view = map_layers.nightly_layers(frame, regions, seas)
    assert list(view.areas["area_id"]) == ["RU-AAA", "RU-BBB", "RU-CCC", "RU-AAA+RU-BBB"]
    assert view.seas is not None
    assert list(view.seas["area_id"]) == ["SEA-SSS", "SEA-SSS+SEA-TTT"]
    assert view.unmatched == ("RU-XXX",)
    # a view's layers carry their shapes' CRS object itself (cheap to compare in a run)
    assert view.areas.crs is regions.crs and view.seas.crs is seas.crs


def test_text_properties_are_escaped_once(regions: gpd.GeoDataFrame) -> None:
    regions.loc[0, "name_en"] = "<script>alert(1)</script>"
    figures = pd.DataFrame(
        {"figure": [1.0], "status": ["reported"], "qualifier": ["exact"],
         "reporters": [('<img src=x onerror="alert(2)">',)], "nights": [("2026-09-12",)]},
        index=pd.Index(["RU-AAA"], name="area_id"),
    )  # fmt: skip
    row = map_layers.region_layer(regions, figures).iloc[0]
    assert row["name_en"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert row["reporters"] == "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"


def test_unknown_and_half_known_ids_are_reported_not_drawn(
    regions: gpd.GeoDataFrame,
) -> None:
    figures = pd.DataFrame(
        {"figure": [1.0, 2.0], "status": ["reported"] * 2, "qualifier": ["exact"] * 2,
         "reporters": [("mod",)] * 2, "nights": [("2026-09-12",)] * 2},
        index=pd.Index(["RU-ZZZ", "RU-AAA+RU-ZZZ"], name="area_id"),
    )  # fmt: skip
    layer = map_layers.region_layer(regions, figures)
    assert list(layer["area_id"]) == ["RU-AAA", "RU-BBB", "RU-CCC"]
    assert map_layers.unmatched(figures, layer) == ["RU-AAA+RU-ZZZ", "RU-ZZZ"]


def test_crs_mismatch_raises_before_joining(
    regions: gpd.GeoDataFrame, seas: gpd.GeoDataFrame, figures: pd.DataFrame
) -> None:
    with pytest.raises(GeoError, match="must be in EPSG:4326"):
        map_layers.region_layer(regions.to_crs("EPSG:3857"), figures)
    with pytest.raises(GeoError, match="must be in EPSG:4326"):
        map_layers.region_layer(
            regions, figures, seas=seas.set_crs("EPSG:4284", allow_override=True)
        )


def test_figures_table_lists_named_areas_largest_first_as_plain_text(
    regions: gpd.GeoDataFrame, figures: pd.DataFrame
) -> None:
    regions.loc[2, "name_en"] = "C <Oblast>"
    figures.loc["RU-CCC"] = [2.0, "reported", "exact", ("mod",), ("2026-09-12",)]
    table = map_layers.figures_table(map_layers.region_layer(regions, figures))
    expected = pd.DataFrame(
        {
            "Area": ["A Oblast + B Oblast (combined)", "A Oblast", "C <Oblast>", "B Oblast"],
            "Название": ["Аобласть + Бобласть (вместе)", "Аобласть", "Вобласть", "Бобласть"],
            "Drones": ["7", "at least 5", "2", "named without a count"],
            "Reporters": ["mod", "governor, mod", "mod", "mod"],
            "Nights": ["2026-09-11", "2026-09-11, 2026-09-12", "2026-09-12", "2026-09-12"],
            "Discrepancy": ["", "", "", ""],
            "Id": ["RU-AAA+RU-BBB", "RU-AAA", "RU-CCC", "RU-BBB"],
        }
    )
    pd.testing.assert_frame_equal(table, expected)


def test_figures_table_involving_one_area_lists_its_combined_counts_too(
    regions: gpd.GeoDataFrame, figures: pd.DataFrame
) -> None:
    table = map_layers.figures_table(map_layers.region_layer(regions, figures), involving="RU-BBB")
    assert list(table["Id"]) == ["RU-AAA+RU-BBB", "RU-BBB"]
    assert list(table["Drones"]) == ["7", "named without a count"]


def test_figures_table_of_regions_and_seas_together(
    regions: gpd.GeoDataFrame, seas: gpd.GeoDataFrame, figures: pd.DataFrame
) -> None:
    table = map_layers.figures_table(
        map_layers.region_layer(regions, figures), map_layers.sea_layer(seas, figures), None
    )
    assert list(table["Id"]) == [
        "RU-AAA+RU-BBB", "RU-AAA", "SEA-SSS+SEA-TTT", "SEA-SSS", "RU-BBB",
    ]  # fmt: skip
    assert list(table["Drones"]) == ["7", "at least 5", "about 4", "0", "named without a count"]
