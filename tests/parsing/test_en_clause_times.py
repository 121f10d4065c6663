"""Whose time a clause tells, in English news (issue 10), written for this project in our own
words: a clause of Russia's side that gives its own span of hours ("18 drones in three hours")
keeps no night from Ukraine's clause beside it, and a sentence of Ukraine's side without
figures never dates Russia's report; the statement's window after it is then the report's."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2025, 8, 24)


def _ru(text: str) -> list[tuple[int | None, date | None, tuple[str, str] | None]]:
    """(total, night, window's hours) of each report from Russia's side."""
    return [
        (
            r.total,
            r.night_of,
            (r.window.start.strftime("%H:%M"), r.window.end.strftime("%H:%M"))
            if r.window
            else None,
        )
        for r in parse(text, SUNDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Defence Ministry says it shot down 18 Ukrainian drones in three hours, while "
        "Kyiv says it repelled an overnight attack.",
        "Moscow said 12 drones had been destroyed over a two-hour period, while Kyiv said it "
        "fought off a large attack overnight.",
        "The Russian military said it downed nine drones within an hour, while Kyiv said "
        "Russia attacked overnight with 40 drones.",
        "Минобороны сообщило, что за три часа сбиты 12 беспилотников, а в Киеве заявили, что "
        "ночью отразили атаку.",
    ],
)
def test_a_clause_that_tells_its_hours_takes_no_night_from_the_other_side(text: str) -> None:
    assert [night for _total, night, _w in _ru(text)] == [None]


def test_the_statement_after_it_gives_the_one_report_its_window() -> None:
    text = (
        "Russia's Defence Ministry says it shot down 18 drones in three hours, while Kyiv says "
        "it repelled an overnight attack.\n\n"
        "The ministry said air defences destroyed 18 drones between 2pm and 5pm Moscow time on "
        "Sunday: 10 over the Rostov region and eight over the Kursk region."
    )
    assert _ru(text) == [(18, None, ("14:00", "17:00"))]


def test_both_sides_of_one_night_still_share_it() -> None:
    text = (
        "Ukraine's air force said it downed 72 of 91 drones overnight, while Russia's ministry "
        "said it destroyed 33."
    )
    assert _ru(text) == [(33, SUNDAY, None)]
