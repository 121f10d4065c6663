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
from tests.parsing.conftest import Row, claim_rows


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
