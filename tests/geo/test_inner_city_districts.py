"""A quarter of Moscow or Saint Petersburg shares its name with a town or district of a region:
the region's place unless the report's region is the city (``gazetteer._outside_inner_cities``).
The examples are written for these tests.
"""

from __future__ import annotations

import pytest

import geo
from geo import AmbiguousPlaceError
from tests.geo.test_gazetteer import real_index  # noqa: F401 (the real pack's index, loaded once)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("над Коломной", "RU-MOS:kolomna"),
        ("в Коломне", "RU-MOS:kolomna"),
        ("Коломенский округ", "RU-MOS:kolomna"),
        ("в Можайском районе", "RU-MOS:mozhaysky"),
    ],
)
def test_a_name_of_a_town_and_a_city_quarter_is_the_towns(name: str, expected: str) -> None:
    assert geo.resolve(name).id == expected


@pytest.mark.parametrize(
    ("name", "region", "expected"),
    [
        ("Коломна", "RU-SPE", "RU-SPE:admiralteysky"),  # the raion holding the okrug
        ("в Можайском районе", "RU-MOW", "RU-MOW:mozhaysky"),
    ],
)
def test_the_city_in_context_keeps_its_quarter(name: str, region: str, expected: str) -> None:
    assert geo.resolve(name, region=region).id == expected


def test_quarters_of_two_cities_leave_places_of_two_regions_undecided() -> None:
    # Moscow's and Petersburg's "Северный" drop out; Novosibirsk's and Orenburg's raions remain
    with pytest.raises(AmbiguousPlaceError) as err:
        geo.resolve("Северный район")
    assert "RU-MOW" not in str(err.value) and "RU-SPE" not in str(err.value)


def test_the_city_itself_is_no_quarter() -> None:
    assert geo.resolve("Москва").id == "RU-MOW"
