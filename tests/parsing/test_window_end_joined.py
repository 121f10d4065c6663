"""A window whose end is joined by "и" ("с 9.00 и до 15.00", "с 16.00 мск и по состоянию на
22.00 мск") is the window from its start to that end, as "с 9.00 до 15.00" is; "по состоянию
на" alone stays a point in time (docs/labels.md). Written for this project in our own words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import report_windows

DAY = date(2024, 8, 14)


def _at(day: int, hour: int) -> datetime:
    return datetime(2024, 8, day, hour, tzinfo=MSK)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Сегодня в период с 16.00 мск и по состоянию на 22.00 мск дежурными средствами ПВО "
            "перехвачены 11 беспилотников над Брянской областью.",
            (_at(14, 16), _at(14, 22)),
        ),
        (
            "С 9.00 и до 15.00 мск над Курской областью сбиты четыре дрона.",
            (_at(14, 9), _at(14, 15)),
        ),
        (
            "С 10.00 мск и по 13.00 мск над Воронежской областью уничтожены два БПЛА.",
            (_at(14, 10), _at(14, 13)),
        ),
        (
            "Над Тульской областью с 21.00 и по состоянию на 6.00 мск 15 августа перехвачены "
            "семь беспилотных летательных аппаратов.",
            (_at(14, 21), _at(15, 6)),
        ),
    ],
)
def test_an_end_joined_by_and_closes_the_window(
    text: str, window: tuple[datetime, datetime]
) -> None:
    assert report_windows(text, DAY) == [window]


def test_as_of_alone_stays_a_point() -> None:
    text = "По состоянию на 18.00 мск над Орловской областью сбиты три БПЛА."
    assert report_windows(text, DAY) == [(_at(14, 18), _at(14, 18))]
