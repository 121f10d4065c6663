"""The evening of a named day in news texts (issue 10), written for this project in our own
words: "on Saturday evening", "во вторник вечером", "вечером в субботу" are that day's evening
(18:00 to midnight), not the whole day; "later in the night" after it is the night that
follows."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from settings import MSK

SUNDAY = date(2025, 10, 12)
SATURDAY = date(2025, 10, 11)


def _at(d: date, hour: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=MSK)


def _times(text: str, published: date = SUNDAY) -> list[tuple[int | None, object, date | None]]:
    """(total, window as (start, end), night) of each report from Russia's side."""
    return [
        (r.total, r.window and (r.window.start, r.window.end), r.night_of)
        for r in parse(text, published)
        if r.country == "RU"
    ]


SATURDAY_EVENING = (_at(SATURDAY, 18), _at(SUNDAY, 0))


@pytest.mark.parametrize(
    "text",
    [
        "Five drones were brought down over the Kursk region on Saturday evening, the ministry "
        "said.",
        "On Saturday evening, five drones were brought down over the Kursk region.",
        "В субботу вечером над Курской областью уничтожены пять беспилотников.",
        "Вечером в субботу над Курской областью уничтожены пять беспилотников.",
        "On October 11 evening, five drones were brought down over the Kursk region.",
    ],
)
def test_a_named_days_evening_is_its_last_quarter(text: str) -> None:
    assert _times(text) == [(5, SATURDAY_EVENING, None)]


def test_a_named_day_without_its_evening_stays_the_whole_day() -> None:
    text = "Five drones were brought down over the Kursk region on Saturday, the ministry said."
    assert _times(text) == [(5, (_at(SATURDAY, 0), _at(SUNDAY, 0)), None)]


def test_the_publication_days_evening_is_a_window_too() -> None:
    text = "On Sunday evening, five drones were brought down over the Kursk region."
    assert _times(text) == [(5, (_at(SUNDAY, 18), _at(SUNDAY + (SUNDAY - SATURDAY), 0)), None)]


def test_later_in_the_night_is_another_report_for_the_night() -> None:
    text = (
        "Five drones were brought down over the Kursk region on Saturday evening, the ministry "
        "said on Sunday. Later in the night, eleven more were destroyed over the Bryansk region."
    )
    assert _times(text) == [(5, SATURDAY_EVENING, None), (11, None, SUNDAY)]
