"""Issue 10: the drones launched at a place are the attack's, not the ones shot down.

"Launched/fired N drones", "attacked X with N drones", "запустили/выпустили N беспилотников"
count the attack; the figure is the part said to be down ("M of them were destroyed", "M из
них сбиты") or all of them ("все уничтожены"). Reports written for these tests in our own
words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 27)


def _figures(text: str) -> tuple[list[tuple[str, int | None]], int | None]:
    (report,) = parse(text, DAY)
    return [(c.area_id, c.count) for c in report.claims], report.total


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukraine launched at least 30 drones at the Belgorod region overnight, the governor "
            "said, adding that air defence units over the Belgorod region had destroyed 22 of them.",
            ([("RU-BEL", 22)], 22),
        ),
        (
            "Ukraine attacked the Kursk region with 30 drones overnight; air defences shot down "
            "22 of them.",
            ([("RU-KRS", 22)], 22),
        ),
        (
            "The Kursk governor said Ukraine had fired 15 drones at the region overnight and that "
            "11 of them were shot down over the Kursk region.",
            ([("RU-KRS", 11)], 11),
        ),
        (
            "Ночью ВСУ запустили 12 дронов по Курской области, девять из них сбиты над Курской "
            "областью.",
            ([("RU-KRS", 9)], 9),
        ),
    ],
)
def test_the_part_shot_down_is_the_figure(
    text: str, want: tuple[list[tuple[str, int]], int]
) -> None:
    assert _figures(text) == want


def test_all_of_the_launched_drones_down_is_the_launched_figure() -> None:
    text = "Ночью ВСУ выпустили 12 беспилотников по Курской области, все они уничтожены."
    assert _figures(text) == ([("RU-KRS", 12)], 12)


def test_all_of_them_down_then_their_breakdown_makes_the_attack_the_total() -> None:
    # the figures after the colon are the parts; the drones of the attack are the whole
    text = (
        "Этой ночью противник атаковал наши регионы 40 беспилотниками. Все они уничтожены: "
        "22 — над Брянской областью, 9 — над Курской."
    )
    assert _figures(text) == ([("RU-BRY", 22), ("RU-KRS", 9)], 40)


def test_the_second_of_the_drones_counted_is_no_more() -> None:
    # "один из дронов ..., второй ...": the other of the two, not a third
    text = (
        "Над Калужской областью сбиты два беспилотника. Один из дронов летел к Калуге, "
        "второй сбит в районе Обнинска."
    )
    (report,) = parse(text, DAY)
    assert sum(c.count or 0 for c in report.claims if c.district_id is None) == 2
    assert ("RU-KLU", "RU-KLU:obninsk", 1) in [
        (c.area_id, c.district_id, c.count) for c in report.claims
    ]
    # without "one of" the second is one more: "сбит один, второй ... над X"
    text = "Над Калужской областью сбит беспилотник, второй уничтожен в районе Обнинска."
    (report,) = parse(text, DAY)
    assert sum(c.count or 0 for c in report.claims if c.district_id is None) == 2


# --- the place between the verb of launching and its drones: still the attack's -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Ночью ВСУ запустили по Белгородской области 20 дронов.",
        "С начала года противник выпустил по Курской области более 2 тысяч беспилотников "
        "разных типов, сообщил оперштаб.",
        "За неделю ВСУ запустили по территории Брянской области 340 БПЛА.",
        "Противник выпустил на Курскую область около сотни дронов за ночь.",
        "Украинские формирования запустили по приграничным районам Белгородской области "
        "свыше 60 беспилотников.",
    ],
)
def test_drones_launched_at_a_place_named_before_them_are_no_figure(text: str) -> None:
    assert all(c.count is None for r in parse(text, DAY) for c in r.claims)
    assert all(r.total is None for r in parse(text, DAY))


def test_the_part_of_drones_launched_at_a_place_named_before_them_is_the_figure() -> None:
    text = "Ночью ВСУ выпустили по Курской области 15 беспилотников, 12 из них сбиты."
    assert _figures(text) == ([("RU-KRS", 12)], 12)


# --- the place a verb of launching sends its drones at ("на X"), as "по X" --------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the place before the drones, the next sentence downs all of them
        (
            "Ночью противник запустил на Брянскую область 30 БПЛА. Все они уничтожены.",
            ([("RU-BRY", 30)], 30),
        ),
        # the drones before the place, another verb that downs
        (
            "Ночью ВСУ запустили 12 беспилотников на Курскую область. Все они сбиты силами ПВО.",
            ([("RU-KRS", 12)], 12),
        ),
        # another verb of launching, a number word
        (
            "Украинские войска направили на Курскую область двенадцать дронов. Все они сбиты.",
            ([("RU-KRS", 12)], 12),
        ),
        # all of them down in the same sentence
        (
            "Противник выпустил на Белгородскую область восемь дронов, все были уничтожены "
            "средствами ПВО.",
            ([("RU-BEL", 8)], 8),
        ),
        # a part of them down
        (
            "Ночью ВСУ запустили на Белгородскую область 20 дронов, 18 из них сбиты.",
            ([("RU-BEL", 18)], 18),
        ),
    ],
)
def test_drones_launched_on_a_place_are_its_when_they_are_downed(
    text: str, want: tuple[list[tuple[str, int]], int]
) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Ночью противник запустил на Брянскую область 30 БПЛА.",
        "Украинские войска направили 12 дронов на Курскую область.",
    ],
)
def test_drones_launched_on_a_place_and_not_downed_are_no_figure(text: str) -> None:
    assert all(c.count is None for r in parse(text, DAY) for c in r.claims)
    assert all(r.total is None for r in parse(text, DAY))
