"""Russian news: an earlier attack recalled, then its figure in a sentence of its own (issue 10).
"Тогда было сбито девять БПЛА", "В тот раз ...", "В ту ночь ..." open on the time of the sentence
before, which may name the day at its very end ("... 16 июля."): an earlier report over the
region that sentence names, never more of this night's. A day's number before "и" and another
day of a month ("5 и 6 июля") is a date, never a count. Written for this project in our own
words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import report_summaries, report_times

SATURDAY = date(2024, 7, 20)
NIGHT = "Над Курской областью за ночь уничтожены 12 беспилотников, сообщил губернатор."
JULY_16 = (datetime(2024, 7, 16, tzinfo=MSK), datetime(2024, 7, 17, tzinfo=MSK))


@pytest.mark.parametrize(
    ("before", "then"),
    [
        (
            "Ранее атака беспилотников была совершена на Брянскую область 16 июля.",
            "Тогда было сбито девять БПЛА.",
        ),
        (
            "Предыдущий налёт беспилотников на Брянскую область был 16 июля.",
            "В тот раз удалось уничтожить девять дронов.",
        ),
        (
            "Прошлая атака дронов на Брянскую область пришлась на 16 июля.",
            "Тогда силы ПВО сбили девять беспилотников.",
        ),
    ],
)
def test_then_is_the_day_of_the_sentence_before(before: str, then: str) -> None:
    text = f"{NIGHT} {before} {then}"
    summaries = report_summaries(text, SATURDAY)
    assert [s[2:4] for s in summaries] == [(12, [("RU-KRS", 12)]), (9, [("RU-BRY", 9)])]
    assert [t[1] for t in report_times(text, SATURDAY)] == [None, JULY_16]


@pytest.mark.parametrize("days", ["5 и 6 июля", "5, 6 и 7 июля", "5-6 июля"])
def test_days_of_one_month_joined_are_dates_not_counts(days: str) -> None:
    text = f"Над Курской областью {days} были сбиты 30 беспилотников."
    assert [s[2:4] for s in report_summaries(text, SATURDAY)] == [(30, [("RU-KRS", 30)])]
