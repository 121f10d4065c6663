"""Issue 10: forms of English outlets' retellings (wires, Ukrainian and Western sites) that had
lost a figure or a time, or made one up (stop 46). Reports written for these tests in our own
words (the stand-in gazetteer of conftest.py); grouped by the rule each one decides.

- ``time._series_of_clocks``: a sentence that tells a night's lines by their clocks, each with
  a figure of its own ("the first at 12:40 a.m., two more at 2:15 a.m., ...") gives no one time
  of its drones: the report keeps its night (the first clock had become its window).
- ``places._EN_TRIGGER`` and ``_EN_SEP``: "temporarily occupied", "illegally annexed",
  "Russian-occupied" before a region's name are words of the outlet, as "occupied" is: the
  row keeps its place (it had been lost).
- ``counts._THING_DOWNED_EN``: a number before a participle of downing and another thing's noun
  ("seven destroyed warplanes") counts that thing, never drones.
- ``segment._week_told_by_its_days``: a week told with a bound alone ("over 1,000 drones
  downed in a week") and then by its seven days ("from 1 to 7 March", told days later) is one recap; a week told
  with an exact figure and dated days after it are two.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from parsing import parse
from settings import MSK

DAY = date(2025, 3, 11)


# --- time._series_of_clocks ---------------------------------------------------------------
@pytest.mark.parametrize(
    "series",
    [
        "the first drone downed at 12:40 a.m., two more at 2:15 a.m., another three at 4:05 a.m.",
        "one drone downed at 12:40 a.m., then two at 2:15 a.m. and three at 4:05 a.m.",
        "a first drone shot down at 12:40 a.m.; another two at 2:15 a.m.; three more at 4:05 a.m.",
    ],
)
def test_a_series_of_clocks_keeps_the_night(series: str) -> None:
    text = (
        "The mayor said air defences shot down six drones flying toward the capital overnight. "
        f"In his posts he reported {series}"
    )
    [report] = parse(text, DAY)
    assert (report.total, report.window, report.night_of) == (6, None, DAY)


def test_one_clock_of_downing_is_still_the_time() -> None:
    [report] = parse(
        "A drone was shot down over the Kursk region at 3:25 p.m., the governor said.", DAY
    )
    at = datetime(2025, 3, 11, 15, 25, tzinfo=MSK)
    assert report.window is not None
    assert (report.window.start, report.window.end) == (at, at)


# --- occupied regions in the outlets' words -----------------------------------------------
@pytest.mark.parametrize(
    "words", ["temporarily occupied", "illegally annexed", "Russian-occupied", "the occupied"]
)
def test_an_outlets_words_before_an_occupied_region_keep_its_row(words: str) -> None:
    text = (
        "The ministry claimed 15 drones were destroyed overnight: six over the Kursk region, "
        f"five over {words} Crimea and four over the Black Sea."
    )
    assert [sorted((c.area_id, c.count) for c in r.claims) for r in parse(text, DAY)] == [
        [("RU-KRS", 6), ("SEA-BLACK", 4), ("UA-43", 5)]
    ]


def test_an_outlets_words_inside_a_list_keep_every_place() -> None:
    text = (
        "Drones were downed over the Bryansk region and temporarily occupied Crimea, "
        "the ministry claimed."
    )
    assert {c.area_id for r in parse(text, DAY) for c in r.claims} == {"RU-BRY", "UA-43"}


# --- counts._THING_DOWNED_EN --------------------------------------------------------------
@pytest.mark.parametrize(
    "things", ["destroyed warplanes", "downed helicopters", "damaged aircraft", "destroyed tanks"]
)
def test_a_participle_before_another_things_noun_counts_no_drones(things: str) -> None:
    text = (
        "The governor said a drone was shot down over the Belgorod district. The airfield has "
        "been hit several times since 2022, most notably in August of that year, when images "
        f"showed at least seven {things}."
    )
    assert [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, DAY)] == [
        (1, [("RU-BEL", 1), ("RU-BEL", 1)])
    ]


# --- segment._week_told_by_its_days -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russia says over 1,000 drones downed in a week\n\nThe ministry said its air defences "
        "had shot down 1,214 fixed-wing drones from 1 to 7 March.",
        "За неделю сбиты более 1000 беспилотников\n\nМинобороны сообщило, что с 1 по 7 марта "
        "средства ПВО сбили 1214 беспилотников.",
    ],
)
def test_a_week_told_by_a_bound_then_by_its_days_is_one_recap(text: str) -> None:
    [report] = parse(text, DAY)
    assert report.total == 1214
    assert report.window is not None
    assert report.window.start == datetime(2025, 3, 1, tzinfo=MSK)
    assert report.window.end - report.window.start == timedelta(days=7)


def test_a_week_told_exactly_and_the_days_of_another_are_two() -> None:
    text = "За неделю сбиты 1214 беспилотников. С 24 февраля по 2 марта сбиты 1390 беспилотников."
    assert [r.total for r in parse(text, DAY)] == [1214, 1390]
