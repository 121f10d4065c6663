"""The evening of a named day in news texts (issue 10), written for this project in our own
words: "on Saturday evening", "во вторник вечером", "вечером в субботу" are that day's evening
(18:00 to midnight), not the whole day; "later in the night" after it is the night that
follows."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import msk_at, report_times

SUNDAY = date(2025, 10, 12)
SATURDAY = date(2025, 10, 11)

SATURDAY_EVENING = (msk_at(SATURDAY, 18), msk_at(SUNDAY, 0))


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
    assert report_times(text, SUNDAY) == [(5, SATURDAY_EVENING, None)]


def test_a_named_day_without_its_evening_stays_the_whole_day() -> None:
    text = "Five drones were brought down over the Kursk region on Saturday, the ministry said."
    assert report_times(text, SUNDAY) == [(5, (msk_at(SATURDAY, 0), msk_at(SUNDAY, 0)), None)]


def test_the_publication_days_evening_is_a_window_too() -> None:
    text = "On Sunday evening, five drones were brought down over the Kursk region."
    assert report_times(text, SUNDAY) == [
        (5, (msk_at(SUNDAY, 18), msk_at(SUNDAY + (SUNDAY - SATURDAY), 0)), None)
    ]


def test_later_in_the_night_is_another_report_for_the_night() -> None:
    text = (
        "Five drones were brought down over the Kursk region on Saturday evening, the ministry "
        "said on Sunday. Later in the night, eleven more were destroyed over the Bryansk region."
    )
    assert report_times(text, SUNDAY) == [(5, SATURDAY_EVENING, None), (11, None, SUNDAY)]
