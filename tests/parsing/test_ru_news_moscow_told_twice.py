"""Russian news on the Moscow mayor's night: a headline's figure over Moscow itself and the
lede's figure of drones flying to Moscow, the same number, are one figure told twice (issue
10), written for this project in our own words: "Над Москвой за ночь сбили 11 беспилотников"
over "Силы ПВО за ночь уничтожили 11 беспилотников, летевших на Москву" is eleven, not 22.
Figures told as more ("ещё") or on timed lines stay drones of their own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

MONDAY = date(2025, 9, 22)


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        (
            "Над Москвой за ночь сбили 11 беспилотников",
            "Силы ПВО за ночь уничтожили 11 беспилотников, летевших на Москву, сообщил мэр.",
        ),
        (
            "Над столицей ночью уничтожены 11 дронов",
            "Ночью ПВО Минобороны отразила атаку 11 беспилотников, летевших на Москву, — Собянин.",
        ),
        (
            "Над Москвой сбиты одиннадцать БПЛА",
            "Мэр Сергей Собянин сообщил, что за ночь сбиты одиннадцать беспилотников, летевших "
            "на столицу.",
        ),
        (
            "Собянин: над Москвой за ночь уничтожены 11 беспилотников",
            "За ночь на подлете к Москве сбиты 11 беспилотников, написал мэр.",
        ),
    ],
)
def test_the_same_figure_over_moscow_and_bound_for_it_is_one(headline: str, lede: str) -> None:
    assert [s[2:4] for s in report_summaries(f"{headline}\n\n{lede}", MONDAY)] == [
        (11, [("RU-MOW", 11)])
    ]


def test_more_drones_bound_for_moscow_stay_their_own() -> None:
    text = (
        "Над Москвой ночью сбиты два беспилотника, сообщил мэр. Позднее сбиты ещё два "
        "беспилотника, летевших на Москву."
    )
    assert sum(n or 0 for _a, n in report_summaries(text, MONDAY)[0][3]) == 4
