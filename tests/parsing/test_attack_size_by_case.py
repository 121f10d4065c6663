"""The drones an attack was made with, told by their case: Russian puts them in the
instrumental ("атаковали X и Y 90 беспилотниками"), English after "with" ("attacked X and Y with
90 drones"). However many places stand between the attack's verb and the figure, it is the
attack's size: never a downed figure nor the report's total, unless the text says all of them
were downed. "Справились с 20 беспилотниками" and an attack repelled are downings.

Sentences written for these tests in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 3, 14)


def _read(text: str) -> tuple[list[int | None], list[tuple[str, int | None]]]:
    reports = [r for r in parse(text, DAY) if r.country == "RU"]
    totals = [r.total for r in reports]
    claims = [(c.area_id, c.count) for r in reports for c in r.claims]
    return totals, claims


@pytest.mark.parametrize(
    "text",
    [
        "Ночью противник пытался атаковать Брянскую и Курскую области 20 беспилотниками. "
        "Средствами ПВО сбиты 11 БПЛА над Брянской областью и 5 над Курской.",
        "Днём ВСУ атаковали Курскую, Белгородскую и Брянскую области двадцатью дронами. "
        "Над Брянской областью уничтожены 11 беспилотников, над Курской — пять.",
    ],
)
def test_an_attacks_size_over_several_regions_is_not_the_total(text: str) -> None:
    totals, claims = _read(text)
    assert 20 not in totals
    assert ("RU-BRY", 11) in claims
    assert ("RU-KRS", 5) in claims


def test_english_with_after_attacked_over_several_regions() -> None:
    totals, claims = _read(
        "Ukraine attacked the Bryansk and Kursk regions with 70 drones overnight, the ministry "
        "said; air defences shot down 45 of them."
    )
    assert totals == [45]
    assert ("RU-BRY", 70) not in claims and ("RU-KRS", 70) not in claims


@pytest.mark.parametrize(
    "text",
    [
        "Вечером противник атаковал Брянскую и Курскую области 30 ударными БПЛА. Все они сбиты.",
        "Ukraine attacked the Bryansk and Kursk regions with 30 drones, all of which were "
        "shot down.",
    ],
)
def test_all_of_an_attack_downed_over_several_regions_is_the_total(text: str) -> None:
    totals, claims = _read(text)
    assert totals == [30]
    assert {area for area, _n in claims} == {"RU-BRY", "RU-KRS"}
    assert all(n is None for _a, n in claims)


@pytest.mark.parametrize("speaker", ["сообщили в Минобороны", "заявили в Минобороны России"])
def test_who_told_it_is_no_place_of_all_downed(speaker: str) -> None:
    totals, claims = _read(
        f"Утром ВСУ атаковали Брянскую область 14 беспилотниками. Все они уничтожены, {speaker}."
    )
    assert totals == [14]
    assert claims == [("RU-BRY", 14)]


@pytest.mark.parametrize(
    "text",
    [
        "Дежурные расчёты ПВО справились с 9 беспилотниками над Курской областью.",
        "Air defences repelled an attack with 9 drones over the Kursk region.",
    ],
)
def test_with_that_is_no_attack_is_a_downing(text: str) -> None:
    _totals, claims = _read(text)
    assert claims == [("RU-KRS", 9)]


def test_a_bound_between_with_and_the_figure() -> None:
    totals, _claims = _read(
        "Ukraine attacked the Bryansk and Kursk regions with more than 60 drones overnight; "
        "air defences destroyed 41 of them."
    )
    assert totals == [41]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it had foiled a large Ukrainian attack, with 17 drones shot down over the "
        "Bryansk and Kursk regions.",
        "Air defences thwarted the attack on the Bryansk and Kursk regions overnight, with 17 "
        "drones destroyed, the ministry said.",
    ],
)
def test_with_drones_a_participle_downs_are_downed(text: str) -> None:
    totals, _claims = _read(text)
    assert totals == [17]
