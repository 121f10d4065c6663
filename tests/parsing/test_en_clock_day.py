"""A clock and its day in English reports (our own words; docs/parser.md, "A report's total:
structures ... stop 53"): a start with no end is no window and no day ("Beginning at 9 p.m. on
Tuesday"), and a weekday after a single clock dates it ("at 9:40 p.m. on Monday")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from settings import MSK

WEDNESDAY = date(2025, 10, 29)


def _times(text: str) -> list[tuple[int | None, date | None, datetime | None, datetime | None]]:
    return [
        (
            r.total,
            r.night_of,
            r.window.start if r.window else None,
            r.window.end if r.window else None,
        )
        for r in parse(text, WEDNESDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Beginning at 9 p.m. on Tuesday, the mayor posted about drones heading for the city. "
        "He later said 12 drones had been destroyed on approach to Moscow.",
        "Starting at 10:30 p.m. on Tuesday, air defences shot down 12 drones over the Kursk "
        "region, the governor said.",
        "Since 8 p.m. Tuesday, 12 drones have been destroyed over the Kursk region, the "
        "governor said.",
    ],
)
def test_a_start_with_no_end_is_no_window_and_no_day(text: str) -> None:
    assert _times(text) == [(12, None, None, None)]


@pytest.mark.parametrize(
    ("clock", "hour", "minute"),
    [("at 9:40 p.m. on Monday", 21, 40), ("at about 11 p.m. on Monday", 23, 0)],
)
def test_a_weekday_after_a_single_clock_dates_it(clock: str, hour: int, minute: int) -> None:
    text = f"A drone was shot down over the Kursk region {clock}, the governor said."
    at = datetime(2025, 10, 27, hour, minute, tzinfo=MSK)
    assert _times(text) == [(1, None, at, at)]


def test_a_window_from_an_evening_to_the_morning_is_still_the_night() -> None:
    # (a start with its end stays a window: "from ... to ...")
    text = "From 9 p.m. on Tuesday to 4 a.m. on Wednesday, 12 drones were downed over Kursk."
    start = datetime(2025, 10, 28, 21, 0, tzinfo=MSK)
    end = datetime(2025, 10, 29, 4, 0, tzinfo=MSK)
    assert _times(text) == [(12, WEDNESDAY, start, end)]
