"""Nights a text names in words the parser had read as no time (our own wording).

- English as translated from "в ночь на 15 октября": "on the night of October 15", "the night
  to February 19", "the night to Wednesday, May 20", "the night to Tuesday" are the night that
  ended on the day named (``time.NIGHT_RE``); "the night of May 20-21" stays the range.
- "С полуночи" and "since midnight" with no end: a morning post's count of the night so far,
  that night's (docs/labels.md, stop 44); "с полуночи до 06:00" stays a window.
- A paragraph that opens on a sentence naming a night, with no drone in it ("Take the night to
  February 19."), dates the figures of that paragraph after it that name no date of their own,
  and hours with no date ("between 23:00 and 06:00") are that night's
  (``time_clauses.paragraph_night``); the next paragraph is dated by its own words.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from settings import MSK

SATURDAY = date(2026, 5, 23)


@pytest.mark.parametrize(
    ("text", "night"),
    [
        (
            '"On the night of May 16, an attempt to attack facilities with drones was thwarted. '
            'Air defence systems destroyed four UAVs over the Kursk Region," the ministry said.',
            date(2026, 5, 16),
        ),
        (
            "On the night to May 19, air defences shot down six drones over the Oryol region.",
            date(2026, 5, 19),
        ),
        (
            "During the night to Wednesday, May 20, five drones were destroyed over the Tula "
            "region, the governor said.",
            date(2026, 5, 20),
        ),
        # 19 May 2026 is a Tuesday: the last one before a Saturday's publication
        (
            "On the night to Tuesday, three drones were shot down over the Lipetsk region.",
            date(2026, 5, 19),
        ),
        # a range keeps its second day
        (
            "On the night of May 20-21, nine drones were downed over the Bryansk region.",
            date(2026, 5, 21),
        ),
    ],
)
def test_an_english_night_of_or_to_a_day_ends_on_it(text: str, night: date) -> None:
    assert [r.night_of for r in parse(text, SATURDAY)] == [night]


def test_a_night_of_something_else_is_no_date() -> None:
    text = "It was a night of drones over Rostov: six were shot down over the Rostov region."
    assert [r.night_of for r in parse(text, SATURDAY)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "С полуночи над Орловской областью силами ПВО уничтожены 4 беспилотника.",
        "Since midnight, air defence forces have shot down four drones over the Oryol region.",
    ],
)
def test_since_midnight_with_no_end_is_the_night_of_the_post(text: str) -> None:
    (report,) = parse(text, SATURDAY)
    assert (report.night_of, report.window, report.total) == (SATURDAY, None, 4)


def test_since_midnight_to_an_hour_is_still_a_window() -> None:
    (report,) = parse("С полуночи до 06:00 над Орловской областью сбиты 4 БПЛА.", SATURDAY)
    assert report.window is not None
    assert (report.window.start, report.window.end) == (
        datetime(2026, 5, 23, 0, 0, tzinfo=MSK),
        datetime(2026, 5, 23, 6, 0, tzinfo=MSK),
    )


EXPLAINER = (
    "Why the counts differ\n\n"
    "The ministry and the governors rarely agree.\n"
    "Take the night to May 12. The governor wrote that five drones were shot down over the "
    "Kursk region. The ministry said eight drones were destroyed over the Kursk region "
    "between 23:00 and 06:00.\n"
    "Last week the mayor said three drones were shot down over the Oryol region."
)


def test_a_paragraph_opening_on_a_night_dates_its_figures() -> None:
    reports = parse(EXPLAINER, SATURDAY)
    nights = [(r.night_of, r.total) for r in reports]
    assert nights[:2] == [(date(2026, 5, 12), 5), (date(2026, 5, 12), 8)]
    window = reports[1].window
    assert window is not None
    assert (window.start, window.end) == (
        datetime(2026, 5, 11, 23, 0, tzinfo=MSK),
        datetime(2026, 5, 12, 6, 0, tzinfo=MSK),
    )


def test_the_next_paragraph_is_not_dated_by_it() -> None:
    reports = parse(EXPLAINER, SATURDAY)
    assert all(r.night_of != date(2026, 5, 12) for r in reports[2:])
