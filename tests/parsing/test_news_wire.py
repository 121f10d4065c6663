"""Wire copy, live blogs and news recaps (issue 10), written for this project in our own words.
Grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

Row = tuple[str, int | None]


def _reports(
    text: str, published: date
) -> list[tuple[str, str, int | None, list[Row], date | None]]:
    """(reporter, country, total, region-level rows, night) of each report."""
    return [
        (
            r.reporter,
            r.country,
            r.total,
            [(c.area_id, c.count) for c in r.claims if c.district_id is None],
            r.night_of,
        )
        for r in parse(text, published)
    ]


# --- which night: a night written as two days, an ordinal day, evening to morning -------------
@pytest.mark.parametrize(
    "text",
    [
        "Overnight on August 11-12, nine drones were destroyed over the Kursk region, the ministry said.",
        "The ministry said nine drones were destroyed over the Kursk region overnight (Aug. 11–12).",
        "Overnight on Monday into Tuesday, nine drones were destroyed over the Kursk region, the ministry said.",
        "В ночь на 12-е над Курской областью уничтожены девять беспилотников, сообщили в Минобороны.",
        "В ночь на 12-е августа над Курской областью уничтожены девять беспилотников, сообщили в Минобороны.",
        "С вечера 11 августа до утра 12 августа над Курской областью уничтожены девять беспилотников, "
        "сообщили в Минобороны.",
        "From the evening of August 11 to the morning of August 12, nine drones were destroyed over "
        "the Kursk region, the ministry said.",
    ],
)
def test_the_night_ends_on_the_later_day(text: str) -> None:
    assert _reports(text, date(2025, 8, 13)) == [
        ("mod", "RU", 9, [("RU-KRS", 9)], date(2025, 8, 12))
    ]


def test_a_range_of_days_that_is_no_night_keeps_the_named_day() -> None:
    # "5-7" is no pair of a night's days: the day named with "on" dates the night
    text = "On August 12, the ministry said 5-7 drones were downed over the Kursk region overnight."
    assert _reports(text, date(2025, 8, 13))[0][4] == date(2025, 8, 12)


def test_an_ordinal_day_after_the_publication_day_is_last_month() -> None:
    text = "В ночь на 30-е над Брянской областью сбиты три беспилотника, сообщил губернатор."
    assert _reports(text, date(2025, 9, 2))[0][4] == date(2025, 8, 30)
