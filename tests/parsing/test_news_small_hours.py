"""News words for the small hours of a night (issue 10), written for this project in our own
words: "in the early hours" are the night that ended that morning; "early on Sunday" dates the
day, not a night (a report is the night's only where it says so, "overnight"); "said early
Monday" dates only the saying."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

MONDAY = date(2025, 10, 13)
SUNDAY = date(2025, 10, 12)


def _nights(text: str, published: date = MONDAY) -> list[tuple[int | None, date | None]]:
    """(total, night) of each report from Russia's side."""
    return [(r.total, r.night_of) for r in parse(text, published) if r.country == "RU"]


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed six drones over the Kursk region early on Sunday, the governor "
        "said.",
        "Six drones were brought down over the Kursk region early Sunday.",
        "Early on Sunday, six drones were brought down over the Kursk region.",
    ],
)
def test_early_on_a_weekday_is_that_day_not_a_night(text: str) -> None:
    assert _nights(text) == [(6, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Early on Sunday the governor said six drones had been shot down over the Kursk region "
        "overnight.",
        "Six drones were destroyed over the Kursk region in the night to Sunday, the governor "
        "wrote early on Sunday.",
        "Overnight into Sunday six drones were brought down over the Kursk region, the "
        "ministry said early Sunday.",
    ],
)
def test_early_on_a_weekday_beside_overnight_is_that_night(text: str) -> None:
    assert _nights(text) == [(6, SUNDAY)]


def test_the_early_hours_without_a_weekday_are_the_night_of_the_day_named() -> None:
    text = (
        "The ministry said on Sunday that six drones had been destroyed over the Kursk region "
        "in the early hours of the day."
    )
    assert _nights(text) == [(6, SUNDAY)]


def test_said_early_on_a_weekday_dates_the_saying_not_a_night() -> None:
    text = "The governor said early Monday that six drones were shot down over the Kursk region."
    assert _nights(text) == [(6, None)]


def test_a_night_word_after_said_early_is_still_read() -> None:
    text = (
        "The governor said early Monday that six drones were shot down over the Kursk region "
        "overnight."
    )
    assert _nights(text) == [(6, MONDAY)]
