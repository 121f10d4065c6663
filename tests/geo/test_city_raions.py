"""A federal city's raions and the municipal units inside them (README, "Places the sources
lack"; :data:`geo.vocab.CITY_RAIONS`): Saint Petersburg's eighteen raions built from the 111
units the OSM file publishes, a unit's name standing for its raion, a raion name shared with
Leningrad Oblast decided only by the report's region, and a unit's name giving way to a town
of that name elsewhere ("Коломна"). The example phrases are written for these tests.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geo
import settings as atlas_settings
from geo import AmbiguousPlaceError, vocab
from tests.geo.test_gazetteer import real_index  # noqa: F401 (the real pack's index, loaded once)


def _id(name: str, region: str | None = None) -> str:
    return geo.resolve(name, region=region).id


def test_the_laws_table_holds_every_unit_once_in_eighteen_raions() -> None:
    petersburg = vocab.CITY_RAIONS["RU-SPE"]
    units = [unit for members in petersburg.values() for unit in members]
    assert (len(petersburg), len(units), len(set(units))) == (18, 111, 111)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("над Курортным районом", "RU-SPE:kurortny"),
        ("в Петродворцовом районе", "RU-SPE:petrodvortsovy"),
        ("Кронштадтского района", "RU-SPE:kronshtadtsky"),
        ("в Красносельском районе", "RU-SPE:krasnoselsky"),
        ("над Колпинским районом", "RU-SPE:kolpinsky"),
        ("the Kurortny district", "RU-SPE:kurortny"),
        # a unit of a raion, by its name, stands for the raion
        ("над Сестрорецком", "RU-SPE:kurortny"),
        ("в Петергофе", "RU-SPE:petrodvortsovy"),
        ("у Кронштадта", "RU-SPE:kronshtadtsky"),
        ("в поселке Шушары", "RU-SPE:pushkinsky"),
        ("в муниципальном округе Коломяги", "RU-SPE:primorsky"),
        ("over Peterhof", "RU-SPE:petrodvortsovy"),
    ],
)
def test_petersburgs_raions_and_units_resolve_to_the_raion(name: str, expected: str) -> None:
    assert _id(name, "RU-SPE") == expected


@pytest.mark.parametrize(
    "name",
    ["в Выборгском районе", "Выборгского района", "Кировский район", "над Кировским районом"],
)
def test_a_raion_name_of_petersburg_and_leningrad_oblast_is_the_reports_regions(
    name: str,
) -> None:
    spe, len_ = _id(name, "RU-SPE"), _id(name, "RU-LEN")
    assert (spe.split(":")[0], len_.split(":")[0]) == ("RU-SPE", "RU-LEN")
    # the same unit word in both regions: without the report's region, a person decides
    with pytest.raises(AmbiguousPlaceError, match=r"RU-LEN:.*RU-SPE:"):
        geo.resolve(name)


@pytest.mark.parametrize("name", ["Коломна", "в Коломне", "над Коломной", "Kolomna"])
def test_kolomna_is_moscow_oblasts_town_unless_the_report_is_petersburgs(name: str) -> None:
    # Moscow Oblast's town and its okrug against a quarter of Petersburg named so: a report of
    # Moscow Oblast, of neither region, or of none means the town (the larger kind of place)
    assert _id(name, "RU-MOS") == "RU-MOS:kolomna"
    assert _id(name) == "RU-MOS:kolomna"
    assert _id(name, "RU-KLU") == "RU-MOS:kolomna"
    assert _id(name, "RU-SPE") == "RU-SPE:admiralteysky"


def test_a_units_own_unit_word_names_the_unit() -> None:
    assert _id("муниципальный округ Коломна", "RU-SPE") == "RU-SPE:admiralteysky"
    assert _id("городской округ Коломна") == "RU-MOS:kolomna"
    # the adjective of a town names a district after it, which a city's quarter never is
    assert _id("в Коломенском округе", "RU-SPE") == "RU-MOS:kolomna"


def test_a_town_unit_of_a_city_is_not_a_raion_named_after_it() -> None:
    # "Pavlovsk district": the raions whose seat is Pavlovsk, never Petersburg's town unit
    with pytest.raises(AmbiguousPlaceError, match=r"RU-ALT:pavlovsky.*RU-VOR:pavlovsky"):
        geo.resolve("Pavlovsk district")


@cache
def _city_places() -> list[tuple[str, str]]:
    pack_dir = atlas_settings.get().pack_dir
    districts = pd.read_parquet(
        pack_dir / "districts.parquet", columns=["region_id", "name_ru", "name_ru_short"]
    )
    cities = districts[districts["region_id"].isin(["RU-SPE", "UA-40", "RU-LEN", "RU-MOS"])]
    names = [
        (name, row.region_id)
        for row in cities.itertuples()
        for name in (row.name_ru, row.name_ru_short)
    ]
    units = [
        (unit, region_id)
        for region_id, raions in vocab.CITY_RAIONS.items()
        for members in raions.values()
        for unit in members
    ]
    return names + units


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_name_of_a_region_resolved_with_that_region_stays_in_it(data: st.DataObject) -> None:
    name, region = data.draw(st.sampled_from(_city_places()))
    try:
        place = geo.resolve(name, region=region)
    except AmbiguousPlaceError as exc:
        # two places of the region by one name ("Пермский" pairs) may stay for a person
        listed = re.findall(r"([A-Z]{2}-[A-Z]+):", str(exc))
        assert set(listed) == {region}, (name, region, str(exc))
        return
    assert region in (place.id, place.region_id), (name, region, place)
