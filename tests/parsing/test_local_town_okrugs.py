"""A town's own okrug named by its official title: "городской округ город X" (our own wording).

A governor's list of districts often ends with an urban okrug under its official name, the town
in the nominative whatever the case of "округ": "над территориями Лискинского района и
городского округа город Нововоронеж" (holdout31 z15, holdout35 g14). The kind words before the
name are no place; the town after them is the place, as "над Нововоронежем" would be.
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 6, 21)


def places(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(c.area_id, c.district, c.count) for r in parse(text, DAY) for c in r.claims}


def test_an_urban_okrug_closing_a_list_of_districts() -> None:
    text = (
        "Этой ночью уничтожены 5 БПЛА над территориями Тарусского района и городского округа "
        "город Обнинск."
    )
    assert places(text) == {
        ("RU-KLU", None, 5),
        ("RU-KLU", "Тарусский район", None),
        ("RU-KLU", "Обнинск", None),
    }


def test_an_urban_okrug_in_the_instrumental_after_a_district() -> None:
    text = "Над Ступинским районом и городским округом город Подольск сбиты три беспилотника."
    assert places(text) == {
        ("RU-MOS", None, 3),
        ("RU-MOS", "Ступинский район", None),
        ("RU-MOS", "Подольск", None),
    }


def test_the_territory_of_an_urban_okrug_alone() -> None:
    text = "Над территорией городского округа город Сызрань сбиты два БПЛА."
    assert places(text) == {("RU-SAM", "Сызрань", 2), ("RU-SAM", None, 2)}


def test_an_urban_okrug_with_the_short_town_word_first_in_a_list() -> None:
    text = "В городском округе г. Новороссийск и Славянском районе уничтожены четыре дрона."
    assert places(text) == {
        ("RU-KDA", None, 4),
        ("RU-KDA", "Новороссийск", None),
        ("RU-KDA", "Славянский район", None),
    }


def test_an_urban_okrug_without_the_town_word() -> None:
    text = "Над Энгельсом и городским округом Саратов сбиты 3 БПЛА."
    assert places(text) == {
        ("RU-SAR", None, 3),
        ("RU-SAR", "Энгельсский район", None),
        ("RU-SAR", "Саратов", None),
    }
