"""Issue 10: a statement that lists the times of several events, then tells each by its ordinal.

"At about 5:40 a.m. and 7:05 a.m. Moscow time Kyiv tried twice to attack with drones. The first
drone ... The second ...": the first time is the first event's, the second the second's, and
each is a report of its own (docs/labels.md: one statement with two times tells two reports),
told by the one who listed them (never by a governor named after them). Only when the ordinals
follow the list in order, one sentence for each time. Statements written for these tests in our
own words.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import settings
from parsing import parse
from parsing.time import listed_points
from tests.parsing.conftest import report_summaries, report_windows

DAY = date(2025, 8, 14)


def _at(hm: str) -> datetime:
    return datetime.fromisoformat(f"2025-08-14T{hm}").replace(tzinfo=settings.MSK)


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Ministry said that at about 5:40 a.m. and 7:05 a.m. Moscow time Kyiv tried "
        "twice to attack with drones. The first drone was destroyed over the Kaluga region. The "
        "second UAV was shot down by air defences over the Tula region.",
        "Минобороны сообщило, что около 5.40 и 7.05 мск киевский режим дважды пытался атаковать "
        "беспилотниками. Первый БПЛА уничтожен над Калужской областью. Второй беспилотник "
        "перехвачен над Тульской областью.",
    ],
)
def test_each_event_is_a_report_at_its_own_time(text: str) -> None:
    assert [(r[0], r[3]) for r in report_summaries(text, DAY)] == [
        ("mod", [("RU-KLU", 1)]),
        ("mod", [("RU-TUL", 1)]),
    ]
    assert report_windows(text, DAY) == [
        (_at("05:40"), _at("05:40")),
        (_at("07:05"), _at("07:05")),
    ]


def test_the_events_stay_the_listers_when_a_governor_speaks_after_them() -> None:
    text = (
        "The Defence Ministry said that at about 5:40 a.m. and 7:05 a.m. Moscow time Kyiv tried "
        "twice to attack with drones. The first drone was destroyed over the Kaluga region. The "
        "second UAV was shot down over the Tula region. The Tula governor later said nobody was hurt."
    )
    assert [r.reporter for r in parse(text, DAY)] == ["mod", "mod"]


def test_ordinals_that_do_not_match_the_times_split_nothing() -> None:
    # one ordinal sentence for two times: which time it is, is not said
    text = (
        "The Defence Ministry said that at about 5:40 a.m. and 7:05 a.m. Moscow time Kyiv tried "
        "twice to attack with drones. The first drone was destroyed over the Kaluga region, "
        "another over the Tula region."
    )
    (report,) = parse(text, DAY)
    assert report.window is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("at about 5:40 a.m. and 7:05 a.m. moscow time", ["05:40", "07:05"]),
        ("около 5.40 и 7.05 мск", ["05:40", "07:05"]),
        ("около 5.40 мск", []),  # one time: nothing listed
    ],
)
def test_listed_points(text: str, want: list[str]) -> None:
    assert [tm.window.start for tm in listed_points(text, 0, DAY) if tm.window] == [
        _at(hm) for hm in want
    ]
