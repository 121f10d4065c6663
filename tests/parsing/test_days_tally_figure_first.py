"""The day's tally after its windows with its figure right after "Всего за день" ("Всего за
день 26 БПЛА.") is a report of its own, as "Всего за день уничтожено 26" is: a figure after
the words is no date. It had been read as the last window's report and its 26 replaced that
window's own figure and rows without a word. A date after the words still names the day.

Sentences written for this project."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import report_times

WEDNESDAY = date(2025, 7, 16)


def _at(hour: int) -> datetime:
    return datetime(2025, 7, 16, hour, tzinfo=MSK)


@pytest.mark.parametrize(
    "tally",
    [
        "Всего за день 26 беспилотников уничтожено.",
        "Всего за день 26 БПЛА.",
        "Итого за день 26 украинских беспилотников.",
        "Всего за минувший день 26 дронов сбито.",
    ],
)
def test_the_days_tally_with_its_figure_first_is_a_report_of_its_own(tally: str) -> None:
    text = (
        "С 09.00 до 15.00 мск дежурными средствами ПВО сбиты 17 украинских БПЛА: 10 – над "
        "территорией Белгородской области, 7 – над территорией Орловской области.\n\n"
        "С 15.00 до 21.00 мск перехвачены ещё 9 украинских БПЛА: 5 – над территорией "
        f"Калужской области, 4 – над территорией Тульской области.\n\n{tally}"
    )
    assert report_times(text, WEDNESDAY) == [
        (17, (_at(9), _at(15)), None),
        (9, (_at(15), _at(21)), None),
        (26, None, None),
    ]


def test_a_date_after_the_words_is_still_that_day() -> None:
    text = "Всего за день 14 июля над регионами России сбит 31 беспилотник."
    assert report_times(text, WEDNESDAY) == [
        (31, (datetime(2025, 7, 14, tzinfo=MSK), datetime(2025, 7, 15, tzinfo=MSK)), None)
    ]
