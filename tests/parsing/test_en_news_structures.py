"""English news retellings (issue 10), written for this project in our own words, grouped by
the structure of the sentence each rule reads: a list of places with a wider area among its
members (the figure is the whole list's, no one place's)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2026, 3, 15)

Rows = list[tuple[str, str | None, int | None]]


def _read(text: str) -> list[tuple[Rows, int | None]]:
    return [
        ([(c.area_id, c.district_id, c.count) for c in r.claims], r.total)
        for r in parse(text, SUNDAY)
        if r.country == "RU"
    ]


# --- a list whose member is a wider area: the figure is the list's, no place's --------------
@pytest.mark.parametrize(
    ("text", "rows", "total"),
    [
        # a headline's comma for "and", the wider area after the place
        (
            "Air defences destroy 40 Ukrainian drones over Bryansk, southern regions",
            [("RU-BRY", None, None)],
            40,
        ),
        # ... the place a name the gazetteer also knows as a village ("Volga")
        (
            "Russia downs 90 drones over Moscow, Volga regions overnight",
            [("RU-MOW", None, None)],
            90,
        ),
        # "and other regions" after a sentence's place
        (
            "The ministry said 25 drones were shot down over Moscow and several other regions.",
            [("RU-MOW", None, None)],
            25,
        ),
        # the wider area first, a sea after it
        (
            "Russian Air Defences Down 19 Drones Over Central Regions, Black Sea",
            [("SEA-BLACK", None, None)],
            19,
        ),
        # Russian: an adjective of the plural noun as the list's member
        (
            "Над Крымом и южными регионами ночью сбиты 30 беспилотников.",
            [("UA-43", None, None)],
            30,
        ),
        (
            "ПВО уничтожили 16 беспилотников над Белгородской областью и другими регионами.",
            [("RU-BEL", None, None)],
            16,
        ),
    ],
)
def test_a_wider_area_in_a_list_makes_its_figure_the_whole_lists(
    text: str, rows: Rows, total: int
) -> None:
    assert _read(text) == [(rows, total)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the rest over other regions is a row of its own: the first figure is the place's
        (
            "Air defences destroyed 30 drones: 20 over the Bryansk region and the rest over "
            "other regions.",
            [("RU-BRY", None, 20)],
        ),
        # so is a figure of the other regions' own
        (
            "Air defences destroyed 30 drones: 12 over the Kursk region, 18 over other regions.",
            [("RU-KRS", None, 12)],
        ),
        # a plural noun of its own clause
        (
            "Twelve drones were downed over the Belgorod region, one of three border regions.",
            [("RU-BEL", None, 12)],
        ),
    ],
)
def test_a_row_of_its_own_for_the_other_regions_leaves_the_place_its_figure(
    text: str, rows: Rows
) -> None:
    assert _read(text)[0][0] == rows
