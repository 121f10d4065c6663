"""Issue 10: the English possessive of a region in news copy (stop 46). Reports written for
these tests in our own words (the stand-in gazetteer of conftest.py).

- ``places._EN_ELEMENTS`` ("anaphor"): "the region's governor", "the region's acting head" is
  who speaks, no place: after a town set off by a comma ("three of them over Novorossiysk, the
  region's governor said") it had been one more name of the list, the region, which took the
  town's figure as a second row of the region.
- ``place_rules._located_town``: "the Moscow region's Stupinsky district" is the district of the
  ministry's Moscow region (the city and the oblast), as "the Belgorod region's Shebekino
  district" is of its region: the figure is the district's (the oblast's through
  ``region_from_district``), never a list of two places sharing it; so with the region's name in
  emphasis before the mark ("**Belgorod region**'s": ``places._EN_SEP``, ``_OWNER``).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

Row = tuple[str, str | None, int | None]


def _rows(text: str) -> list[set[Row]]:
    return [
        {(c.area_id, c.district_id, c.count) for c in r.claims}
        for r in parse(text, date(2025, 6, 3))
    ]


# --- "the region's governor" is who speaks --------------------------------------------------
@pytest.mark.parametrize("title", ["governor", "acting governor", "head", "authorities"])
def test_the_regions_official_after_a_town_is_no_place(title: str) -> None:
    text = (
        "Air defences destroyed six drones over the Krasnodar Region overnight, four of them "
        f"over Novorossiysk, the region's {title} said on Tuesday."
    )
    assert _rows(text) == [
        {("RU-KDA", None, 6), ("RU-KDA", "RU-KDA:novorossiysk", 4)},
    ]


def test_the_region_after_a_town_with_no_official_is_still_the_region() -> None:
    # the anaphor itself is unchanged: "over the region" names the region in context
    text = (
        "The governor of the Krasnodar Region said two drones were downed over Novorossiysk "
        "and three more over the region overnight."
    )
    claims = _rows(text)[0]
    assert ("RU-KDA", "RU-KDA:novorossiysk", 2) in claims
    assert ("RU-KDA", None, 3) in claims


# --- "the Moscow region's X district" ----------------------------------------------------
@pytest.mark.parametrize("speaker", ["the Defence Ministry said", "the governor said"])
def test_a_district_of_the_moscow_region_takes_the_figure(speaker: str) -> None:
    text = (
        f"On Monday {speaker} that air defences had shot down one drone over the Moscow "
        "region's Stupinsky district."
    )
    assert _rows(text) == [{("RU-MOS", "RU-MOS:stupinsky", 1), ("RU-MOS", None, 1)}]


def test_a_district_of_a_regions_possessive_is_unchanged() -> None:
    text = "Two drones were destroyed over the Belgorod region's Shebekino district, the ministry said."
    assert _rows(text) == [{("RU-BEL", "RU-BEL:shebekinsky", 2), ("RU-BEL", None, 2)}]


@pytest.mark.parametrize(
    "region", ["**Belgorod region**", "<b>Belgorod region</b>", "_Belgorod region_"]
)
def test_emphasis_around_the_region_before_its_possessive(region: str) -> None:
    text = f"Two drones were destroyed over the {region}'s Shebekino district, the ministry said."
    assert _rows(text) == [{("RU-BEL", "RU-BEL:shebekinsky", 2), ("RU-BEL", None, 2)}]
