"""Issue 10: "(13 and 9 respectively)" after a list of places gives each place its figure.

The count before it (their sum, as a rule) stays the report's total. Reports written for these
tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed 22 drones over the Kursk and Belgorod regions (13 and 9 "
        "respectively), the ministry said.",
        "Над Курской и Белгородской областями уничтожены 22 беспилотника (13 и 9 соответственно).",
    ],
)
def test_figures_in_parentheses_go_to_the_places_in_order(text: str) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 13), ("RU-BEL", 9)]
    assert report.total == 22


def test_too_few_places_for_the_figures_gives_none_of_them() -> None:
    text = "Over the Kursk region 22 drones were destroyed (13, 5 and 4 respectively)."
    (report,) = parse(text)
    assert all(c.count in (None, 22) for c in report.claims)


@pytest.mark.parametrize(
    "text",
    [
        "Nineteen drones were brought down over the Kaluga, Tula and Smolensk regions overnight, "
        "eleven, six and two respectively, the ministry said.",
        "The ministry said 19 drones were brought down over the Kaluga, Tula and Smolensk "
        "regions, 11, 6 and 2, respectively.",
        "Над Калужской, Тульской и Смоленской областями ночью уничтожены 19 беспилотников — 11, "
        "6 и 2 соответственно.",
    ],
)
def test_figures_after_a_comma_or_dash_go_to_the_places_in_order(text: str) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count, c.rule) for c in report.claims] == [
        ("RU-KLU", 11, "respectively"),
        ("RU-TUL", 6, "respectively"),
        ("RU-SMO", 2, "respectively"),
    ]
    assert report.total == 19


def test_figures_inside_parentheses_are_not_read_twice_by_the_comma_form() -> None:
    text = (
        "Air defences destroyed 19 drones over the Kaluga, Tula and Smolensk regions (11, 6 and "
        "2 respectively)."
    )
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == [
        ("RU-KLU", 11),
        ("RU-TUL", 6),
        ("RU-SMO", 2),
    ]


def test_respectively_of_speakers_not_figures_leaves_the_places_their_own() -> None:
    text = (
        "Three drones were shot down over Kaluga and two over the Tula region, according to the "
        "two regions' governors, respectively."
    )
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KLU", 3), ("RU-TUL", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Над Калужской и Тульской областями уничтожены 12 и 7 беспилотников соответственно.",
        "Над Калужской и Тульской областями ночью сбиты двенадцать и семь украинских БПЛА "
        "соответственно.",
        "Over the Kaluga and Tula regions, 12 and 7 drones were shot down, respectively.",
    ],
)
def test_figures_with_their_drone_noun_before_respectively_go_to_the_places_in_order(
    text: str,
) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count, c.rule) for c in report.claims] == [
        ("RU-KLU", 12, "respectively"),
        ("RU-TUL", 7, "respectively"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Air defences brought down 15 drones over the Kaluga and Tula regions - nine and six "
        "respectively, the ministry said.",
        "The ministry said 15 UAVs were destroyed over the Kaluga and Tula regions - 9 and 6, "
        "respectively.",
        "Ночью над Калужской и Тульской областями уничтожены 15 БПЛА - 9 и 6 соответственно.",
        "Над Калужской и Тульской областями сбиты пятнадцать беспилотников - девять и шесть "
        "соответственно.",
        "Fifteen drones were intercepted overnight over the **Kaluga** and **Tula** regions - "
        "nine and six respectively.",
    ],
)
def test_a_hyphen_between_spaces_sets_off_the_figures_as_a_dash_does(text: str) -> None:
    # (a dash typed on a keyboard: the figures after it are the places' in order)
    (report,) = parse(text)
    assert [(c.area_id, c.count, c.rule) for c in report.claims] == [
        ("RU-KLU", 9, "respectively"),
        ("RU-TUL", 6, "respectively"),
    ]
    assert report.total == 15
