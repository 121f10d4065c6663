"""English ministry recaps and news: a run of whole days after "between" or "from" ("between
Sept. 20 and Sept. 26", "from September 20 to 26", "between 20 and 26 September") is the recap's
period with the window of those days, as "с 20 по 26 сентября" is in Russian (issue 10;
docs/labels.md), never a part of the night's report told beside it. A month is written on one
side at least: "between 8 and 11" names hours, not days. Written for this project in our own
words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import report_summaries, report_times

SATURDAY = date(2025, 9, 27)


def _days(first: date, after_last: date) -> tuple[datetime, datetime]:
    """The window of whole days from ``first`` to the midnight that opens ``after_last``."""
    return (
        datetime(first.year, first.month, first.day, tzinfo=MSK),
        datetime(after_last.year, after_last.month, after_last.day, tzinfo=MSK),
    )


_WEEK = _days(date(2025, 9, 20), date(2025, 9, 27))


@pytest.mark.parametrize(
    ("run", "days"),
    [
        ("between Sept. 20 and Sept. 26", _WEEK),
        ("between September 20 and 26", _WEEK),
        ("from Sep 20 to Sep 26", _WEEK),
        ("between 20 and 26 September", _WEEK),
        ("from 20th to 26th September", _WEEK),
        ("from August 30 through September 5", _days(date(2025, 8, 30), date(2025, 9, 6))),
        ("between 13 and 19 December", _days(date(2024, 12, 13), date(2024, 12, 20))),
    ],
)
def test_a_run_of_days_is_a_recap_of_its_own(run: str, days: tuple[datetime, datetime]) -> None:
    text = f"The defence ministry said air defences destroyed 1,240 Ukrainian drones {run}."
    assert report_times(text, SATURDAY) == [(1240, days, None)]


def test_the_week_and_the_night_beside_it_are_two_reports() -> None:
    text = (
        "In its weekly summary the ministry said 1,240 drones had been shot down between "
        "Sept. 20 and Sept. 26. In a separate morning update, the ministry said 52 drones had "
        "been destroyed over Russian regions overnight, 19 of them over the Kursk region."
    )
    assert report_summaries(text, SATURDAY) == [
        ("mod", "RU", 1240, [], None),
        ("mod", "RU", 52, [("RU-KRS", 19)], SATURDAY),
    ]


def test_a_headline_s_week_and_the_statement_s_days_are_one_recap() -> None:
    text = (
        "Russia says over 1,200 drones downed in a week\n\n"
        "The defence ministry said on Saturday that air defences had destroyed 1,240 Ukrainian "
        "drones between September 20 and September 26."
    )
    assert report_times(text, SATURDAY) == [(1240, _WEEK, None)]


@pytest.mark.parametrize(
    "hours",
    [
        "between 8 and 11 in the evening",
        "from 20 to 26 of them",
    ],
)
def test_numbers_with_no_month_are_no_days(hours: str) -> None:
    text = f"The ministry said 14 drones were destroyed over the Belgorod region {hours}."
    assert all(t[1] is None for t in report_times(text, SATURDAY))
