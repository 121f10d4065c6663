"""A tally since a weekday is the days' recap, not the night's figure (stop 46, our own
wording).

"since Monday", "с понедельника" after the night's own figure tell how many drones were downed
over several days: docs/labels.md makes such a tally a report of its own with no night, never
the night's figure. "В ночь с понедельника на вторник" is one night, and "since Monday evening"
that night's running count: both stay as they were read.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

THURSDAY = date(2025, 5, 15)


def reports(text: str) -> list[tuple[int | None, date | None, list[tuple[str, int | None]]]]:
    return [
        (r.total, r.night_of, sorted((c.area_id, c.count) for c in r.claims))
        for r in parse(text, THURSDAY)
    ]


EN_NIGHT = "Overnight, five drones were shot down over the Kursk region."
RU_NIGHT = "Ночью над Курской областью сбиты пять беспилотников."


@pytest.mark.parametrize(
    ("night", "tally"),
    [
        (
            EN_NIGHT,
            "Since Monday, 60 drones have been destroyed over the Kursk region, the governor "
            "added.",
        ),
        (
            EN_NIGHT,
            "The governor added that 60 drones had been destroyed over the Kursk region since "
            "Monday.",
        ),
        (
            RU_NIGHT,
            "С понедельника над Курской областью уничтожены 60 беспилотников, добавил губернатор.",
        ),
    ],
)
def test_a_tally_since_a_weekday_is_a_report_of_its_own(night: str, tally: str) -> None:
    [first, days] = reports(f"{night} {tally}")
    assert first == (5, THURSDAY, [("RU-KRS", 5)])
    assert days == (60, None, [("RU-KRS", 60)])


def test_the_night_from_one_weekday_to_the_next_is_a_night() -> None:
    text = "В ночь со среды на четверг над Курской областью сбиты пять беспилотников."
    assert reports(text) == [(5, THURSDAY, [("RU-KRS", 5)])]
