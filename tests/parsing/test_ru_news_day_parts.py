"""A day's recap cut by parts of the day, the night's figure last (issue 10), written for this
project in our own words: the night's part is the night's own report, the recap stays on no
night."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_times

D = date(2025, 6, 5)


@pytest.mark.parametrize(
    ("text", "whole", "night"),
    [
        ("За сутки над регионами России сбиты 30 беспилотников: днём 12, ночью — 18.", 30, 18),
        ("За сутки над регионами России сбиты 30 беспилотников. Днём 12, ночью — 18.", 30, 18),
        ("Минобороны: за сутки уничтожены 41 беспилотник. Днём — 15, за ночь 26.", 41, 26),
        ("За прошедшие сутки ПВО перехватила 27 дронов: 9 днём и 18 ночью.", 27, 18),
        ("За минувшие сутки сбиты 52 БПЛА: утром шесть, днём 20, ночью — 26.", 52, 26),
    ],
)
def test_the_nights_part_of_a_days_recap_is_the_nights_report(
    text: str, whole: int, night: int
) -> None:
    assert report_times(text, D) == [(whole, None, None), (night, None, D)]


def test_a_day_then_the_night_with_more_are_two_times() -> None:
    text = "Днём над Курской областью сбиты три беспилотника, ночью — ещё восемь."
    assert [(t, n) for t, _w, n in report_times(text, D)] == [(3, None), (8, D)]
