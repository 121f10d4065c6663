"""Point towns (:func:`geo.gazetteer_index.point_towns`) on hand-made settlements whose answer
can be worked out on paper: two regions as boxes, one with district polygons, one without."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point, box

from geo.gazetteer_index import point_towns
from geo.settlements import russian_names

WITH_DISTRICTS = box(36.0, 50.0, 38.0, 51.0)  # a stand-in for Belgorod Oblast
WITHOUT = box(37.0, 47.0, 39.0, 48.5)  # a stand-in for Donetsk Oblast (UA-14)


def _regions() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"id": ["RU-BEL", "UA-14"], "has_districts": [True, False]},
        geometry=[WITH_DISTRICTS, WITHOUT],
        crs="EPSG:4326",
    )


def _settlement(gid: int, name: str, lon: float, lat: float, **extra: object) -> dict:
    row = {
        "geonameid": gid,
        "name": name,
        "names_ru": (),
        "population": 2_000,
        "lon": lon,
        "lat": lat,
        "admin1": "UA.05",
    }
    return {**row, **extra}


def test_settlements_of_a_region_without_districts_become_points() -> None:
    settlements = pd.DataFrame(
        [
            _settlement(30, "Horlivka", 38.0, 48.3, names_ru=("Горловка", "Горловко")),
            _settlement(10, "Mykolaivka", 37.5, 47.5, names_ru=("Николаевка",)),
            _settlement(20, "Mykolaivka", 38.5, 47.2),  # the same name twice in one region
            _settlement(40, "Shebekino", 36.9, 50.4, admin1="RU.09"),  # has districts
            _settlement(50, "Sedove", 38.2, 46.95),  # just off the box's coast: its code
            _settlement(55, "Sofiyivka", 33.1, 48.0),  # coded Donetsk's, far outside it
            _settlement(60, "Far", 10.0, 10.0, admin1="UA.30"),  # no region of the pack
            # a city's own district ("Kyivskyi" of Donetsk): the city is the place
            _settlement(70, "Kyivskyi", 37.8, 48.0, population=139_000),
        ]
    )
    towns = point_towns(_regions(), settlements)
    assert towns[["id", "region_id", "name_ru", "name_en"]].to_dict("records") == [
        {"id": "UA-14:mykolaivka-10", "region_id": "UA-14", "name_ru": "Николаевка",
         "name_en": "Mykolaivka"},
        {"id": "UA-14:mykolaivka-20", "region_id": "UA-14", "name_ru": "Mykolaivka",
         "name_en": "Mykolaivka"},
        {"id": "UA-14:horlivka", "region_id": "UA-14", "name_ru": "Горловка",
         "name_en": "Horlivka"},
        {"id": "UA-14:sedove", "region_id": "UA-14", "name_ru": "Sedove", "name_en": "Sedove"},
    ]  # fmt: skip
    assert list(towns.geometry) == [
        Point(37.5, 47.5), Point(38.5, 47.2), Point(38.0, 48.3), Point(38.2, 46.95)
    ]  # fmt: skip
    assert towns.crs == "EPSG:4326"


def test_russian_names_drop_other_alphabets_and_ukrainian_spellings() -> None:
    names = ["Berdyansk", "Бердянськ", "Бердянськ", "Бердянск", "Бердянське", "Осипенко"]
    assert russian_names(names) == ("Бердянск", "Осипенко")
    # a place pymorphy3 knows first, an adjective's Russian ending next, then the shorter
    assert russian_names(["Данецк", "Донецк"]) == ("Донецк", "Данецк")
    assert russian_names(["Нова Каховка", "Новая Каховка", "Нова Каховка"]) == (
        "Новая Каховка",
        "Нова Каховка",
    )
    assert russian_names(["Мелітополь", "Мелитопол", "Мелитополь"]) == (
        "Мелитополь",
        "Мелитопол",
    )
