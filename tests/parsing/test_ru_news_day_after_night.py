"""The day's figures after the night's in one Russian news sentence (issue 10), written for this
project in our own words: "ещё N" with its speaker after it, "днём" with the publication day's
date, "за ночь" heading the night's clause, and a window that ends at midnight with no date."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import msk_at, report_summaries, report_windows

D = date(2025, 8, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Ночью над Белгородской областью сбиты 6 беспилотников, а днём — ещё 4, сообщили в "
        "Минобороны.",
        "Ночью над Белгородской областью сбиты 6 беспилотников, а днём ещё 4, сообщило "
        "Минобороны России.",
        "В ночь на 14 августа над Белгородской областью сбиты 6 беспилотников, а днём 14 "
        "августа — ещё 4, сообщили в Минобороны.",
        "За ночь над Белгородской областью перехвачены 6 дронов, а днём — ещё четыре "
        "беспилотника, сообщили в Минобороны.",
        "За минувшую ночь над Белгородской областью уничтожены 6 БПЛА, а днём над регионом "
        "сбиты ещё 4, сообщили в Минобороны.",
    ],
)
def test_more_in_the_day_after_the_night_is_its_own_report(text: str) -> None:
    assert report_summaries(text, D) == [
        ("mod", "RU", 6, [("RU-BEL", 6)], D),
        ("mod", "RU", 4, [("RU-BEL", 4)], None),
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Минобороны: с 20:00 до 24:00 над Курской областью сбиты 14 беспилотников.", 20),
        ("С 21.00 до полуночи над Курской областью уничтожены пять БПЛА.", 21),
        (
            "Between 8 p.m. and midnight Moscow time, air defences destroyed 11 drones over the "
            "Bryansk region.",
            20,
        ),
    ],
)
def test_an_undated_window_to_midnight_ends_as_the_publication_day_begins(
    text: str, start: int
) -> None:
    assert report_windows(text, D) == [(msk_at(date(2025, 8, 13), start), msk_at(D, 0))]


def test_a_dated_window_to_midnight_keeps_its_date() -> None:
    text = "С 20:00 до 24:00 14 августа над Курской областью сбиты 14 беспилотников."
    assert report_windows(text, date(2025, 8, 15)) == [
        (msk_at(date(2025, 8, 14), 20), msk_at(date(2025, 8, 15), 0))
    ]
