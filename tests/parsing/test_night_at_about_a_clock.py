"""A night's drone downed at about a clock time (stop 46, our own wording).

A mayor's or a city administration's post often tells when in the night its one drone fell:
"Этой ночью, примерно в 01:50, над X сбит беспилотник", "overnight, at about 4:15 a.m.". The
clock is a single time (docs/labels.md: a window with start = end), dated inside the night the
sentence names (before noon the morning it ended, after it the evening before), and the report
keeps that night. A bare "в 01:50" beside "ночью" may be when a post went out: only the
approximate words ("около", "примерно в", "about", "around") are read so.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from settings import MSK

MORNING = date(2025, 10, 7)


def times(text: str) -> list[tuple[int | None, date | None, object]]:
    return [(r.total, r.night_of, r.window) for r in parse(text, MORNING)]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "Этой ночью, примерно в 01:50, над Брянской областью сбит беспилотник.",
            datetime(2025, 10, 7, 1, 50, tzinfo=MSK),
        ),
        (
            "Ночью около 4.15 над Курской областью уничтожен БПЛА, пострадавших нет.",
            datetime(2025, 10, 7, 4, 15, tzinfo=MSK),
        ),
        # before midnight: the evening before the morning the night ended
        (
            "В ночь на 7 октября, около 23:20, над Брянской областью подавлен беспилотник.",
            datetime(2025, 10, 6, 23, 20, tzinfo=MSK),
        ),
        (
            "A drone was shot down over the Kursk region overnight, at about 4:15 a.m.",
            datetime(2025, 10, 7, 4, 15, tzinfo=MSK),
        ),
    ],
)
def test_a_clock_about_which_a_nights_drone_fell_is_a_point_of_that_night(
    text: str, at: datetime
) -> None:
    [(total, night, window)] = times(text)
    assert (total, night, window.start, window.end) == (1, MORNING, at, at)


def test_a_night_with_no_clock_stays_a_night() -> None:
    text = "Ночью над Курской областью уничтожены около десяти БПЛА."
    assert times(text) == [(10, MORNING, None)]
