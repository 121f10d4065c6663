"""Places the boundary sources lack or divide otherwise than reports do (README, "Places the
sources lack"): Sevastopol's raions, settlements the towns table lacks, the raions of the
regions without district polygons by their seats' adjectives.

The rules are tested on hand-made shapes whose answer can be worked out on paper; the real
pack's answers follow. The example names are written for these tests.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

import geo
from geo import AmbiguousPlaceError
from geo.build import _city_raions
from geo.gazetteer_index import _compound_adjective, _seat_adjectives, _settlement_names
from geo.pack import COLUMNS
from tests.geo.test_gazetteer import real_index  # noqa: F401 (the real pack's index, loaded once)

# --------------------------------------------------------------------------- Sevastopol


def _district(place_id: str, region_id: str, name_ru: str, shape: object) -> dict[str, object]:
    return {
        "id": place_id,
        "region_id": region_id,
        "name_ru": name_ru,
        "name_ru_short": name_ru.split()[0],
        "name_en": place_id.split(":")[1].title(),
        "kind": "city_district",
        "geometry": shape,
    }


def test_a_federal_citys_okrugs_unite_into_their_raions() -> None:
    frame = gpd.GeoDataFrame(
        pd.DataFrame(
            [
                _district("UA-40:kachinsky", "UA-40", "Качинский муниципальный округ", box(0, 0, 1, 1)),
                _district("UA-40:ternovsky", "UA-40", "Терновский муниципальный округ", box(5, 0, 6, 1)),
                _district("UA-40:nakhimovsky", "UA-40", "Нахимовский муниципальный округ", box(1, 0, 2, 1)),
                # the same name in another region is left alone
                _district("RU-XXX:kachinsky", "RU-XXX", "Качинский муниципальный округ", box(9, 9, 10, 10)),
            ],
            columns=COLUMNS["districts"],
        ),
        crs="EPSG:4326",
    )  # fmt: skip
    out = _city_raions(frame).set_index("id")
    assert sorted(out.index) == ["RU-XXX:kachinsky", "UA-40:balaklavsky", "UA-40:nakhimovsky"]
    nakhimovsky = out.loc["UA-40:nakhimovsky"]
    assert (nakhimovsky["name_ru"], nakhimovsky["name_ru_short"]) == (
        "Нахимовский район",
        "Нахимовский",
    )
    assert nakhimovsky.geometry.equals(box(0, 0, 2, 1))  # Kacha's okrug and Nakhimov's
    assert out.loc["UA-40:balaklavsky"].geometry.equals(box(5, 0, 6, 1))
    assert out.loc["RU-XXX:kachinsky", "name_ru"] == "Качинский муниципальный округ"


# --------------------------------------------------------------------------- settlements


def _settlements() -> pd.DataFrame:
    rows = [
        # (name, Russian names, people, lon, lat, GeoNames region)
        ("Prudishchevo", ("Прудищево",), 700, 0.5, 0.5, "RU.41"),  # a village
        ("Gornovo", ("Горново",), 3_000, 0.5, 0.6, "RU.41"),  # a town the towns table holds
        ("Tikhovo", ("Тихово",), 3_000, 0.6, 0.5, "RU.41"),  # a town it lacks
        ("Sarybash", ("Сарыбаш",), 900, 2.5, 0.5, "UA.11"),  # a Crimean village
        ("Kochetovka", ("Кочетовка",), 900, 2.6, 0.5, "UA.05"),  # not a region with districts
        ("Trud", ("Труд",), 800, 0.4, 0.4, "RU.41"),  # a common word
    ]
    return pd.DataFrame(
        [
            {"geonameid": i, "name": n, "names_ru": ru, "population": p, "lon": x, "lat": y,
             "admin1": a}
            for i, (n, ru, p, x, y, a) in enumerate(rows)
        ]
    )  # fmt: skip


def test_settlements_join_their_districts_as_villages_or_towns() -> None:
    districts = gpd.GeoDataFrame(
        {
            "id": ["RU-KRS:lesnoy", "UA-43:morskoy"],
            "region_id": ["RU-KRS", "UA-43"],
            "name_ru": ["Лесной район", "Морской район"],
            "name_en": ["Lesnoy", "Morskoy"],
            "kind": ["raion", "raion"],
        },
        geometry=[box(0, 0, 1, 1), box(2, 0, 3, 1)],
        crs="EPSG:4326",
    )
    held = {("RU-KRS:lesnoy", "gornovo")}
    names = [
        (text, place["id"], role)
        for text, place, role in _settlement_names(districts, _settlements(), held)
    ]
    assert names == [
        ("Prudishchevo", "RU-KRS:lesnoy", "village"),
        ("Прудищево", "RU-KRS:lesnoy", "village"),
        ("Tikhovo", "RU-KRS:lesnoy", "town"),
        ("Тихово", "RU-KRS:lesnoy", "town"),
        ("Sarybash", "UA-43:morskoy", "village"),
        ("Сарыбаш", "UA-43:morskoy", "village"),
    ]  # fmt: skip


# --------------------------------------------------------------------------- seats' adjectives


@pytest.mark.parametrize(
    ("town", "adjective"),
    [
        ("Голая Пристань", "голопристанский"),
        ("Новая Каховка", "новокаховский"),
        ("Нижние Серогозы", "нижнесерогозский"),  # a soft stem joins by "е"
        ("Большая Лепетиха", "большелепетихский"),  # and a stem in "ш"
        ("Каменка-Днепровская", None),  # a hyphenated name is not a compound of this shape
        ("Скадовск", None),  # one word
    ],
)
def test_the_adjective_of_a_two_word_town(town: str, adjective: str | None) -> None:
    assert _compound_adjective(town) == adjective


@pytest.mark.parametrize(
    ("town", "adjectives"),
    [
        ("Скадовск", ["скадовский"]),  # the regular shape alone
        ("Каховка", ["каховский"]),
        ("Алёшки", ["алешский", "алешкинский"]),  # a plural in -ки may keep its "к"
        ("Пологи", ["пологовский"]),
        ("Весёлое", ["веселовский"]),
        ("Меловое", ["меловский"]),  # a stem in -ов takes "-ский" alone
        ("Троицкое", ["троицкий"]),
        ("Каменка-Днепровская", ["каменско-днепровский"]),
    ],
)
def test_the_adjectives_of_a_seat(town: str, adjectives: list[str]) -> None:
    assert [adjective for adjective, _irregular in _seat_adjectives(town)] == adjectives


# --------------------------------------------------------------------------- the real pack


@pytest.mark.parametrize(
    ("name", "region", "expected"),
    [
        # Sevastopol's raions, by their names, their okrugs' names and places inside them
        ("в Нахимовском районе", None, "UA-40:nakhimovsky"),
        ("в Качинском муниципальном округе", None, "UA-40:nakhimovsky"),
        ("у Качи", None, "UA-40:nakhimovsky"),
        ("Инкерман", None, "UA-40:balaklavsky"),
        ("над Балаклавой", None, "UA-40:balaklavsky"),
        ("Гагаринский район", "UA-40", "UA-40:gagarinsky"),
        # a Kursk border village of 3,852 people the towns table lacks
        ("в Тёткине", None, "RU-KRS:glushkovsky"),
        # a raion of an occupied region by its seat's older name and by a compound
        ("Мангушский муниципальный округ", None, "UA-14:manhush"),
        ("над Голопристанским округом", None, "UA-65:hola-prystan"),
        # ... and by the adjective of a seat in -ь or -а (a soft "л" keeps its sign)
        ("в Мелитопольском районе", None, "UA-23:melitopol"),
        ("Мариупольский муниципальный округ", None, "UA-14:mariupol"),
        ("над Волновахским районом", None, "UA-14:volnovakha"),
        # ... of a seat named by a plural, a neuter adjective or a hyphenated pair, in every
        # case a report writes it (with its region: Rostov Oblast has a Веселовский район)
        ("в Пологовском районе", "UA-23", "UA-23:polohy"),
        ("Пологовского района", None, "UA-23:polohy"),
        ("над Веселовским районом", "UA-23", "UA-23:vesele-689736"),
        ("Веселовский район", None, "RU-ROS:veselovsky"),
        ("в Каменско-Днепровском районе", None, "UA-23:kamyanka-dniprovska"),
        ("Каменско-Днепровского муниципального округа", "UA-23", "UA-23:kamyanka-dniprovska"),
        ("в Алешкинском округе", "UA-65", "UA-65:oleshky"),
        ("в Меловском районе", "UA-09", "UA-09:milove"),
        # a raion's adjective two towns' Russian names give is the larger town's
        ("Краснодонского района", "UA-09", "UA-09:sorokyne"),
        # Petersburg's unit Васильевский is no raion: "Васильевский район" is Vasylivka's
        ("в Васильевском районе", None, "UA-23:vasylivka"),
        # English "<town> district" is the raion named after a town in -ой ("Джанкой"), the
        # town alone its own okrug
        ("the Dzhankoi district", None, "UA-43:dzhankoysky"),
        ("Dzhankoi", None, "UA-43:dzhankoy"),
    ],
)
def test_places_the_sources_lack_resolve(name: str, region: str | None, expected: str) -> None:
    assert geo.resolve(name, region=region).id == expected


def test_a_federal_citys_raion_is_a_raion_whose_region_only_the_report_gives() -> None:
    # Smolensk Oblast, Sevastopol and Moscow each have a "Гагаринский район": the unit word
    # is the same, so without the report's region the name stays for a person to decide
    with pytest.raises(AmbiguousPlaceError, match=r"RU-SMO:gagarinsky.*UA-40:gagarinsky"):
        geo.resolve("Гагаринский район")
    assert geo.resolve("Гагаринский район", region="UA-40").id == "UA-40:gagarinsky"
    assert geo.resolve("в Гагаринском районе", region="RU-SMO").id == "RU-SMO:gagarinsky"
