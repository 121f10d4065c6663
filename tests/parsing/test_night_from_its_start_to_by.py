"""A night told by its start and by the clock its figures were downed by (issue 10), written for
this project in our own words: "The attack began at 11 p.m. By 5 a.m., 17 drones had been
destroyed", "Атака началась около 23:00. К 5 утра сбиты 17". The start and the end lie either
side of midnight: the figures are that night's (the morning it ended), in one sentence or two.
"By 5 a.m." is a point, not an end the statement gives, so there is no window (docs/labels.md).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2025, 6, 15)
SATURDAY = date(2025, 6, 14)


def _times(text: str, published: date = SUNDAY) -> list[tuple[int | None, date | None, bool]]:
    """(total, night, whether a window) of each report."""
    return [(r.total, r.night_of, r.window is not None) for r in parse(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "Air defences began repelling the attack at 11 p.m. By 5 a.m., 17 drones had been "
        "destroyed over the Kursk region, the governor said.",
        "The attack began at 11 p.m., and by 5 a.m. 17 drones had been destroyed over the Kursk "
        "region.",
        "Beginning at 10:30 p.m., the governor posted several updates. By 4 a.m. he said 17 drones "
        "had been shot down over the Kursk region.",
        "Атака началась около 23:00. К 5 утра над Курской областью сбиты 17 беспилотников, "
        "сообщил губернатор.",
        "ПВО начали отражать атаку в 23:30. К 05:00 над Курской областью уничтожены 17 БПЛА.",
    ],
)
def test_the_figures_are_the_night_that_ran_from_the_start_to_the_clock(text: str) -> None:
    assert _times(text) == [(17, SUNDAY, False)]


def test_a_start_on_a_named_day_is_the_night_after_it() -> None:
    text = (
        "Beginning at 9 p.m. on Friday, air defences engaged drones over the Kursk region. By 3 "
        "a.m., 17 drones had been shot down over the region."
    )
    assert _times(text) == [(17, SATURDAY, False)]


@pytest.mark.parametrize(
    "text",
    [
        # both in one day: no night
        "The attack began at 2 p.m. By 6 p.m., 17 drones had been destroyed over the Kursk region.",
        # a start with no end after it tells no night
        "The attack began at 11 p.m. Air defences destroyed 17 drones over the Kursk region.",
    ],
)
def test_no_night_without_a_start_and_an_end_either_side_of_midnight(text: str) -> None:
    assert [night for _t, night, _w in _times(text)] == [None]
