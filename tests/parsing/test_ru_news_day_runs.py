"""Russian ministry recaps and news: a run of whole days ("с 6 по 12 июля", "с 28 февраля по
6 марта", "с 29.09 по 05.10", "13–19 декабря") is the recap's period with the window of those
days (issue 10; docs/labels.md), never the last day's report with that day's window. Seven days that end right before publication are the week
a headline's "за неделю" names; an earlier week a news text recalls is a report of its own.
Written for this project in our own words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import report_summaries, report_times

SUNDAY = date(2025, 7, 13)


def _days(first: date, after_last: date) -> tuple[datetime, datetime]:
    """The window of whole days from ``first`` to the midnight that opens ``after_last``."""
    return (
        datetime(first.year, first.month, first.day, tzinfo=MSK),
        datetime(after_last.year, after_last.month, after_last.day, tzinfo=MSK),
    )


@pytest.mark.parametrize(
    ("run", "days"),
    [
        ("В период с 6 по 12 июля", _days(date(2025, 7, 6), date(2025, 7, 13))),
        ("С 6 по 12 июля", _days(date(2025, 7, 6), date(2025, 7, 13))),
        ("За период с 30 июня по 6 июля", _days(date(2025, 6, 30), date(2025, 7, 7))),
        # (never "с 06.07 по 12.07": hours as well as days)
        ("С 29.06 по 05.07", _days(date(2025, 6, 29), date(2025, 7, 6))),
        ("6–12 июля", _days(date(2025, 7, 6), date(2025, 7, 13))),
    ],
)
def test_a_run_of_days_is_no_day_of_its_own(run: str, days: tuple[datetime, datetime]) -> None:
    text = f"{run} средствами ПВО над регионами России уничтожены 820 беспилотников."
    assert report_times(text, SUNDAY) == [(820, days, None)]


def test_the_night_and_the_week_before_it_are_two_reports() -> None:
    text = (
        "В течение прошедшей ночи над Брянской областью уничтожены 12 беспилотников. "
        "Всего с 6 по 12 июля над регионом сбиты 240 дронов."
    )
    assert report_summaries(text, SUNDAY) == [
        ("media", "RU", 12, [("RU-BRY", 12)], SUNDAY),
        ("media", "RU", 240, [("RU-BRY", 240)], None),
    ]


def test_the_headline_s_week_and_the_statement_s_days_are_one_recap() -> None:
    text = (
        "За неделю над Россией сбиты 1 300 беспилотников\n\n"
        "С 6 по 12 июля средствами ПВО сбиты 1 300 беспилотных летательных аппаратов, сообщили "
        "в Минобороны."
    )
    assert report_times(text, SUNDAY) == [(1300, _days(date(2025, 7, 6), date(2025, 7, 13)), None)]


def test_an_earlier_week_recalled_is_a_recap_of_its_own() -> None:
    text = (
        "За неделю силы ПВО сбили над Россией 1 300 беспилотников, сообщили в Минобороны. "
        "С 22 по 28 июня было сбито 1 100 дронов."
    )
    assert [t[0] for t in report_times(text, SUNDAY)] == [1300, 1100]
