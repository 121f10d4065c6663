"""Drones bound for Moscow that the post says were downed at a named place are that place's
(the map shows where they were downed, docs/labels.md): a place phrase set off by a comma
after the clause of their flight ("летевший на Москву, в районе X": ``rule_apposed_place``),
and places each given a part of their figure after it ("атака двух ..., летевших на Москву.
Один сбит над X, второй — над Y": ``report_rules.rule_target_told_by_its_places``). Places
told as more drones ("Ещё один сбит над X") leave the figure the city's. Also an update's
whole after a post whose one figure named no place is the night's count so far, a report of
its own (``segment._whole_beyond_its_figures``).

Posts written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import Row, claim_rows, claims_by_report


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "ПВО сбили беспилотник, летевший на Москву, в районе Подольска.",
            [("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)],
        ),
        (
            "Уничтожен БПЛА на подлёте к Москве, в районе Подольска.",
            [("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)],
        ),
        (
            "Сбиты три беспилотника, летевшие на Москву, над Ступинским районом.",
            [("RU-MOS", "RU-MOS:stupinsky", 3), ("RU-MOS", None, 3)],
        ),
        # no place of downing: the mayor's city
        ("Сбиты два беспилотника, летевших на Москву.", [("RU-MOW", None, 2)]),
    ],
)
def test_a_place_after_the_flights_clause_is_where_they_were_downed(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Отражена атака трёх беспилотников, летевших на Москву: два сбиты над Богородским "
            "округом, один — над Подольском.",
            [
                ("RU-MOS", None, 3),
                ("RU-MOS", "RU-MOS:bogorodsky", 2),
                ("RU-MOS", "RU-MOS:podolsk", 1),
            ],
        ),
        (
            "Сбиты два беспилотника, летевших на Москву. Один сбит над Подольском, второй — над "
            "Ступинским районом.",
            [
                ("RU-MOS", None, 2),
                ("RU-MOS", "RU-MOS:podolsk", 1),
                ("RU-MOS", "RU-MOS:stupinsky", 1),
            ],
        ),
    ],
)
def test_the_figure_bound_for_moscow_told_by_its_places_is_their_whole(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


def test_places_told_as_more_leave_the_figure_the_citys() -> None:
    text = (
        "Сбиты два беспилотника, летевших на Москву. Ещё один сбит над Подольском, ещё один — "
        "над Ступинским районом."
    )
    assert ("RU-MOW", None, 2) in claim_rows(text)


def test_an_updates_whole_after_a_figure_with_no_place_is_a_report_of_its_own() -> None:
    text = "Уничтожено 6 БПЛА. Обновлено 06:10: всего за ночь сбиты 9 беспилотников."
    reports = parse(text, date(2026, 5, 14), source="Губернатор Самарской области")
    assert [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in reports] == [
        (6, [("RU-SAM", 6)]),
        (9, []),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the flight's clause between commas, then the predicate: a verb that downs and a place
        (
            "Собянин: два беспилотника, летевших на Москву, сбиты в районе Подольска, ещё один — "
            "на подлёте к столице.",
            [("RU-MOS", "RU-MOS:podolsk", 2), ("RU-MOS", None, 2), ("RU-MOW", None, 1)],
        ),
        (
            "Три БПЛА, летевшие к Москве, были уничтожены над Ступинским районом.",
            [("RU-MOS", "RU-MOS:stupinsky", 3), ("RU-MOS", None, 3)],
        ),
        (
            "Мэр сообщил, что беспилотник, летевший на Москву, сбит в районе Подольска.",
            [("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)],
        ),
        (
            "Четыре дрона, пытавшихся прорваться к Москве, уничтожены ночью над Ступинским "
            "районом.",
            [("RU-MOS", "RU-MOS:stupinsky", 4), ("RU-MOS", None, 4)],
        ),
    ],
)
def test_the_predicate_after_the_flights_clause_places_the_drones(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a part of the drones bound for Moscow, its source between commas: the oblast's figure,
        # Moscow keeps the rest
        (
            "ПВО сбили три беспилотника, летевших на Москву. Один из них, по его словам, "
            "уничтожен в районе Подольска.",
            [("RU-MOW", None, 2), ("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)],
        ),
        (
            "Сбиты три беспилотника, летевшие на Москву. Один из дронов, как уточнил мэр, упал "
            "в районе Подольска.",
            [("RU-MOW", None, 2), ("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)],
        ),
        (
            "Отражена атака пяти БПЛА, летевших на Москву. Два из них, по словам мэра, сбиты над "
            "Ступинским районом.",
            [("RU-MOW", None, 3), ("RU-MOS", "RU-MOS:stupinsky", 2), ("RU-MOS", None, 2)],
        ),
        # "Силы противовоздушной обороны Минобороны" is who shot: "его" is the mayor
        (
            "Силы противовоздушной обороны Минобороны сбили три беспилотника, летевших на "
            "Москву, сообщил мэр столицы. Один из дронов, по его словам, был уничтожен в районе "
            "Подольска.",
            [("RU-MOW", None, 2), ("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)],
        ),
        (
            "Мэр Москвы: сбиты два беспилотника, летевших на столицу. Один, по его данным, "
            "уничтожен над Подольском.",
            [("RU-MOW", None, 1), ("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)],
        ),
    ],
)
def test_a_part_downed_in_the_oblast_is_the_oblasts_and_moscow_keeps_the_rest(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


def test_the_mayors_dashed_timed_lines_keep_the_city_after_a_town_named() -> None:
    # "на подлёте к городу" on his timed lines is Moscow even after a line named Podolsk
    text = (
        "В ночь на 14 мая:\n— 01:05 сбиты два беспилотника, летевших на Москву;\n— 02:40 ещё "
        "один уничтожен в районе Подольска;\n— 03:50 отражена атака трёх БПЛА на подлёте к "
        "городу."
    )
    assert claims_by_report(text, date(2026, 5, 14)) == [
        [
            ("RU-MOW", None, 2),
            ("RU-MOS", "RU-MOS:podolsk", 1),
            ("RU-MOS", None, 1),
            ("RU-MOW", None, 3),
        ]
    ]
