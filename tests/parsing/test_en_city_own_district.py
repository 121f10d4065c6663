"""Issue 10: an English district named with its city ("the Levoberezhny district of Voronezh",
"Saratov's Zavodskoy district") is the city's own district, which the pack lacks: the city's row,
as "в Левобережном районе Воронежа" gives it; never a district of that name in another region.

A district the gazetteer holds by that name in the city's region is that district: a federal
city's own raion ("Sevastopol's Nakhimovsky district"), or a raion a writer names by its region's
capital ("Belgorod's Shebekino district"). A name after "of" that is no town (a region with its
head noun, a country) is read as before. Reports written for these tests in our own words.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parsing import parse
from tests.parsing.conftest import FakePlace, fake_towns, resolving, with_places

_PLACES = {
    **fake_towns("RU-VOR", "Voronezh city"),
    **fake_towns("RU-LIP", "Lipetsk city"),
    **fake_towns("RU-ROS", "Rostov-on-Don city", "Rostov-on-Don"),
    **fake_towns("RU-BEL", "Belgorod city"),
    "lipetsk": [FakePlace("region", "RU-LIP", None, "Липецкая область", "Lipetsk Oblast")],
    # Moscow's raion of a name Soviet planning gave many cities' districts
    "levoberezhny district": [
        FakePlace("district", "RU-MOW:levoberezhny", "RU-MOW", "Левобережный", "Levoberezhny")
    ],
    "nakhimovsky district": [
        FakePlace("district", "UA-40:nakhimovsky", "UA-40", "Нахимовский район", "Nakhimovsky")
    ],
}

Row = tuple[str, str | None, int | None]


@pytest.fixture(autouse=True)
def _places() -> Iterator[None]:
    with resolving(with_places(_PLACES)):
        yield


def _rows(text: str) -> set[Row]:
    return {(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A drone was shot down over the Levoberezhny district of Voronezh overnight, the "
            "mayor said.",
            {("RU-VOR", "RU-VOR:voronezh city", 1), ("RU-VOR", None, 1)},
        ),
        (
            "Two UAVs were destroyed above the Sovetsky District of the city of Voronezh.",
            {("RU-VOR", "RU-VOR:voronezh city", 2), ("RU-VOR", None, 2)},
        ),
        (
            "Overnight air defences downed three drones over Lipetsk's Levoberezhny district, "
            "the governor wrote.",
            {("RU-LIP", "RU-LIP:lipetsk city", 3), ("RU-LIP", None, 3)},
        ),
        (
            "Four drones were intercepted in the Zheleznodorozhny district of Rostov-on-Don.",
            {("RU-ROS", "RU-ROS:rostov-on-don city", 4), ("RU-ROS", None, 4)},
        ),
        (
            "Saratov governor Roman Busargin said debris of a downed drone damaged two houses in "
            "Saratov's Zavodskoy district.",
            {("RU-SAR", "RU-SAR:saratov", None), ("RU-SAR", None, None)},
        ),
    ],
)
def test_a_district_named_with_its_city_is_the_city(text: str, want: set[Row]) -> None:
    assert _rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two drones were downed over Sevastopol's Nakhimovsky district on Wednesday, the "
            "governor said.",
            {("UA-40", "UA-40:nakhimovsky", 2), ("UA-40", None, 2)},
        ),
        (
            "Three drones were destroyed over Belgorod's Shebekino district, the governor said.",
            {("RU-BEL", "RU-BEL:shebekinsky", 3), ("RU-BEL", None, 3)},
        ),
        (
            "A drone was shot down over the Kirovsky district of Kaluga Region.",
            {("RU-KLU", "RU-KLU:kirovsky", 1), ("RU-KLU", None, 1)},
        ),
    ],
)
def test_a_district_the_citys_region_holds_is_that_district(text: str, want: set[Row]) -> None:
    assert _rows(text) == want
