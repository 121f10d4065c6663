"""Russian news: a window's hours told in a sentence of their own with no date ("Это произошло
в период с 19:30 до 22:10 мск") lie on the day the report named before them ("Вечером 3 мая"),
never on the day of publication (issue 10). Written for this project in our own words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import report_windows

MONDAY = date(2025, 5, 5)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 5, day, hour, minute, tzinfo=MSK)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Вечером 3 мая средства ПВО уничтожили шесть беспилотников над Брянской областью, "
            "сообщили в Минобороны. Это произошло в период с 19:30 до 22:10 мск.",
            (_at(3, 19, 30), _at(3, 22, 10)),
        ),
        (
            "Днём 3 мая над Курской областью сбиты три дрона. Атака продолжалась с 12.00 до 14.30 мск.",
            (_at(3, 12), _at(3, 14, 30)),
        ),
        (
            "3 мая над Курской областью уничтожены три беспилотника. Это случилось с 15.00 до 16.00 мск.",
            (_at(3, 15), _at(3, 16)),
        ),
        (
            "Вечером 3 мая над Брянской областью сбиты шесть беспилотников. С 20:00 до 22:00 мск "
            "над Курской областью уничтожены ещё два.",
            (_at(3, 20), _at(3, 22)),
        ),
    ],
)  # fmt: skip
def test_hours_without_a_date_lie_on_the_day_named_before(
    text: str, window: tuple[datetime, datetime]
) -> None:
    assert report_windows(text, MONDAY) == [window]
