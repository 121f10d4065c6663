"""Governors' posts: structures discovery104 showed (stop 46), in our own wording.

Each test is a text written for it; none is a sentence of the working set or of corpus-dev.
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 3, 11)
GOVERNOR = "Губернатор Белгородской области"
SAMARA = "Губернатор Самарской области"


def reports(text: str, source: str | None = GOVERNOR) -> list[tuple[int | None, list[tuple]]]:
    """Each report's total and its claims as (area, district, count)."""
    return [
        (r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, DAY, source=source)
    ]


# --- an update's whole over the places it names (segment._marked_whole) ----------------------


def test_update_whole_shared_by_districts_is_a_report_of_its_own() -> None:
    text = (
        "Ночью над Сызранью сбиты три беспилотника. Пострадавших нет.\n\n"
        "Дополнено 06:10: всего за ночь над Сызранью и Сызранским районом уничтожено девять "
        "беспилотников."
    )
    assert reports(text, SAMARA) == [
        (3, [("RU-SAM", "RU-SAM:syzran", 3), ("RU-SAM", None, 3)]),
        (
            9,
            [
                ("RU-SAM", "RU-SAM:syzran", None),
                ("RU-SAM", None, 9),
                ("RU-SAM", "RU-SAM:syzransky", None),
            ],
        ),
    ]


def test_shared_figure_with_no_mark_after_an_update_label_is_more() -> None:
    # no "всего": the update tells drones of its own, never the night's whole
    text = (
        "Ночью над Сызранью сбиты три беспилотника.\n\n"
        "Дополнено 06:10: над Сызранью и Сызранским районом уничтожены ещё два беспилотника."
    )
    got = reports(text, SAMARA)
    assert [total for total, _ in got] == [3, 2]


# --- the present tense of an attack names the place attacked (places._PLACE_PREP) -------------


def test_present_tense_attack_names_the_town_a_later_over_the_city_means() -> None:
    text = "Противник атакует Энгельс беспилотниками. Над городом пока сбиты два дрона."
    got = reports(text, "Губернатор Саратовской области")
    assert got == [(2, [("RU-SAR", "RU-SAR:engelssky", 2), ("RU-SAR", None, 2)])]


def test_present_tense_attack_of_a_region_with_its_drones_after_it() -> None:
    text = "ВСУ атакует Курскую область дронами, над регионом уничтожены пять беспилотников."
    assert reports(text, source="Губернатор Курской области") == [(5, [("RU-KRS", None, 5)])]
