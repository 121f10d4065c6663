"""Hits and more after a figureless downing: two labelling decisions of stop 47 read as language.

Each test is a text written for it, in our own wording; none is a sentence of a working set or
of corpus-dev.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 9, 14)


#: the places as an import reads them (the stand-in knows nominatives only)
pytestmark = pytest.mark.usefixtures("real_gazetteer")


def reports(text: str) -> list[tuple[int | None, list[tuple]]]:
    """Each report's total and claims as (area, district, count)."""
    return [
        (r.total, sorted(((c.area_id, c.district_id or "", c.count) for c in r.claims), key=str))
        for r in parse(text, DAY)
    ]


# --- "ещё N" over a district after drones downed with no figure (report_rules._more_than_untold)


@pytest.mark.parametrize(
    "untold",
    [
        "Этой ночью над Липецком работали средства ПВО, атака беспилотников отражена.",
        "Вечером силами ПВО отражена атака беспилотников на Липецк.",
        "Вечером над Липецком сбиты беспилотники.",
    ],
)
def test_more_over_a_district_after_an_untold_number_leaves_the_region_without_one(
    untold: str,
) -> None:
    text = f"{untold} Ещё три дрона уничтожены над Грязинским районом."
    [(total, claims)] = reports(text)
    assert total is None
    assert ("RU-LIP", "RU-LIP:gryazinsky", 3) in claims
    assert ("RU-LIP", "", None) in claims
    assert ("RU-LIP", "", 3) not in claims


def test_more_in_english_after_an_untold_number_leaves_the_region_without_one() -> None:
    text = (
        "The drone attack on Lipetsk was repelled overnight, the governor said. "
        "Three more drones were destroyed over the Gryazinsky district."
    )
    [(total, claims)] = reports(text)
    assert total is None
    assert ("RU-LIP", "RU-LIP:gryazinsky", 3) in claims
    assert ("RU-LIP", "", 3) not in claims


@pytest.mark.parametrize(
    "text",
    [
        # no drones downed before it: the one district's figure is its region's
        "Ещё три дрона уничтожены над Грязинским районом.",
        # downed with no figure, then a figure not told as more
        "Вечером над Липецком сбиты беспилотники. Три дрона уничтожены над Грязинским районом.",
    ],
)
def test_a_district_figure_not_told_as_more_after_an_untold_number_stays_the_regions(
    text: str,
) -> None:
    [(total, claims)] = reports(text)
    assert ("RU-LIP", "", 3) in claims
    assert total == 3


# --- a drone that fell on a place or hit it, no downing or debris (trap_rules.rule_hit_not_downed)


@pytest.mark.parametrize(
    "text",
    [
        "Над Грязинским районом сбиты два беспилотника. "
        "Ещё один дрон упал на территории склада в Липецке, повреждена крыша.",
        "Two drones were downed over the Gryazinsky district. "
        "Another drone fell on a warehouse in Lipetsk, damaging its roof.",
        "Над Грязинским районом сбиты два беспилотника, ещё один дрон атаковал склад в Липецке.",
    ],
)
def test_one_more_drone_that_fell_on_a_place_gives_it_no_row(text: str) -> None:
    [(total, claims)] = reports(text)
    assert total == 2
    assert claims == [("RU-LIP", "", 2), ("RU-LIP", "RU-LIP:gryazinsky", 2)]


def test_a_drone_that_fell_on_a_place_with_no_figure_before_is_no_report() -> None:
    assert reports("Один дрон упал на территории склада в Липецке, повреждена крыша.") == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a part of the figure told before came down there
        (
            "Над Липецком сбиты три беспилотника. Два из них упали в Грязинском районе.",
            ("RU-LIP", "RU-LIP:gryazinsky", 2),
        ),
        # debris: what is left of a drone downed
        (
            "Над Грязинским районом сбиты два беспилотника. "
            "Ещё один упал в Липецком районе, его обломками повреждена крыша.",
            ("RU-LIP", "RU-LIP:lipetsky", 1),
        ),
        # a passive hit is the drone hit by air defence
        (
            "Two drones were downed over the Gryazinsky district. "
            "Another drone was hit over the Lipetsk district.",
            ("RU-LIP", "RU-LIP:lipetsky", 1),
        ),
    ],
)
def test_a_drone_that_came_down_with_a_word_of_downing_or_debris_keeps_its_place(
    text: str, row: tuple
) -> None:
    [(_total, claims)] = reports(text)
    assert row in claims


# --- drones with no number that attacked a district or a town, before any figure (hit_not_downed)


@pytest.mark.parametrize(
    "text",
    [
        "Drones attacked the Lipetsk district overnight, sparking a fire at a grain elevator. "
        "Two drones were shot down over the Gryazinsky district.",
        "Ночью беспилотники атаковали Липецкий район, на элеваторе возник пожар. "
        "Два дрона сбиты над Грязинским районом.",
    ],
)
def test_drones_that_attacked_a_district_before_any_figure_give_it_no_row(text: str) -> None:
    [(_total, claims)] = reports(text)
    assert ("RU-LIP", "RU-LIP:gryazinsky", 2) in claims
    assert not [c for c in claims if c[1] == "RU-LIP:lipetsky"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a region attacked still frames the figure after it
        (
            "Drones attacked the Lipetsk region overnight, sparking a fire. Two were shot down.",
            (2, [("RU-LIP", "", 2)]),
        ),
        # a town hit still names the region of the figure after it
        (
            "Drones attacked the town of Yeysk, sparking a fire at a fuel depot. "
            "Air defence units downed six drones over the region.",
            (6, [("RU-KDA", "", 6)]),
        ),
        # "reached" and the damage: a hit as "attacked" is
        (
            "Drones reached an industrial park in Yelabuga overnight, damaging a warehouse. "
            "Two drones were shot down over the Zelenodolsk district.",
            (2, [("RU-TA", "", 2), ("RU-TA", "RU-TA:zelenodolsky", 2)]),
        ),
    ],
)
def test_a_place_drones_hit_is_no_row_and_the_figure_after_it_keeps_its_region(
    text: str, want: tuple
) -> None:
    assert reports(text) == [want]
