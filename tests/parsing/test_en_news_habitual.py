"""A habit is no night's report (issue 10), written for this project in our own words: a
sentence that opens on what usually happens ("Every morning, the ministry's channel lists
dozens over Bryansk and a handful over the Kursk region", "Night after night, ...", "Каждую
ночь ...", "Как правило, ...") names places of no event; a habit told after the figure, or a
clause of its own after a semicolon, leaves the event read."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Totals, report_totals

DAY = date(2026, 2, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Every morning, the ministry's channel publishes a tally: dozens over Bryansk, a handful "
        "over the Kursk region and a few more over the Black Sea.",
        "Night after night, air defences shoot down drones over the Belgorod and Kursk regions.",
        "As a rule, most of the drones are downed over the Bryansk region.",
        "Каждую ночь над Брянской и Курской областями сбивают по несколько беспилотников.",
        "Как правило, большую часть беспилотников сбивают над Белгородской областью.",
    ],
)
def test_a_habit_names_no_place_of_an_event(text: str) -> None:
    assert all(rows == [] for _total, rows in report_totals(text, DAY))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia said it shot down 30 drones over the Bryansk region overnight, as it does "
            "almost every night.",
            [(30, [("RU-BRY", 30)])],
        ),
        (
            "Every night this week, drones were shot down over the Belgorod region; on Tuesday "
            "night alone, 12 were destroyed.",
            [(12, [("RU-BEL", 12)])],
        ),
    ],
)
def test_an_event_beside_a_habit_is_read(text: str, want: list[Totals]) -> None:
    assert report_totals(text, DAY) == want
