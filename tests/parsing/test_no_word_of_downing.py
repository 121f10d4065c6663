"""Issue 10: a warning told with no drone downed (stop 46). Reports written for these tests in
our own words (the stand-in gazetteer of conftest.py).

- ``trap_rules._NOT_SAID``: "there was no (immediate) information about any drones being shot
  down over the region", "нет информации о сбитых беспилотниках", "информации о сбитых
  беспилотниках над регионом пока не поступало": nobody said drones were downed there, so the
  place is none of a report (it had been the region's place without a figure). Only of drones or
  their downing: "no information about casualties" beside a figure leaves it.
- ``vocab.INTERCEPT``: the "down" of a phrasal verb ("mobile internet could be slowed down",
  "the airport was shut down") downs no drone: a warning with it had become a sentence of drones
  downed, and its region a place of one.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 11, 9)


@pytest.mark.parametrize(
    "text",
    [
        "The authorities of the Kursk region declared a drone alert overnight. There was no "
        "immediate information about any drones being shot down over the region.",
        "Officials in the Belgorod region warned of a drone threat. There were no reports of "
        "drones downed there.",
        "В Курской области объявили беспилотную опасность. Информации о сбитых беспилотниках над "
        "регионом пока не поступало.",
        "В Курской области объявили беспилотную опасность. Пока нет информации о сбитых "
        "беспилотниках над регионом.",
    ],
)
def test_no_word_of_drones_downed_is_no_report(text: str) -> None:
    assert parse(text, DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Five drones were downed over the Kursk region; there was no immediate information "
        "about casualties.",
        "Над Курской областью сбиты пять БПЛА. Информации о пострадавших пока не поступало.",
    ],
)
def test_no_word_of_casualties_keeps_the_figure(text: str) -> None:
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims] == [("RU-KRS", 5)]


@pytest.mark.parametrize("verb", ["slowed down", "shut down", "cut down", "turned down"])
def test_a_phrasal_verbs_down_downs_no_drone(verb: str) -> None:
    text = (
        "Authorities in the Kursk region declared a drone danger regime and said mobile "
        f"internet would be {verb} for a while."
    )
    assert parse(text, DAY) == []


def test_the_headline_verb_down_still_downs_drones() -> None:
    text = "Air defences down 12 drones over the Kursk region"
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims] == [("RU-KRS", 12)]
