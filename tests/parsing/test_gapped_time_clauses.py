"""A clause that tells the same drones at another time with its verb left out (issue 10),
written for this project in our own words.

Russian leaves the verb (and the place) of a clause out when the next clause only changes the
time, and writes a dash for them: "в ночь на вторник сбиты 10, в ночь на среду — 12". English
leaves them out after "another N" or "N more" with the time after it: "... on Monday night and
another 12 on Tuesday night". Each clause is its own time's report, over the place the first
one named; neither figure is added to the other.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import report_summaries

WEDNESDAY = date(2025, 6, 11)
TUESDAY = date(2025, 6, 10)


# --- two nights in one sentence: one report each -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Минобороны: в ночь на вторник над Брянской областью сбиты 10 беспилотников, в ночь на "
        "среду — ещё 12.",
        "В ночь на вторник над Брянской областью уничтожено 10 БПЛА, в ночь на среду — 12, "
        "сообщило Минобороны.",
        "Минобороны: над Брянской областью в ночь на вторник перехвачены 10 дронов. В ночь на "
        "среду — двенадцать.",
        "The Russian Defence Ministry said 10 drones were downed over the Bryansk region on "
        "Monday night and another 12 on Tuesday night.",
        "Russia's defence ministry said air defences destroyed 10 drones over the Bryansk region "
        "on Monday night, and a further 12 on Tuesday night.",
    ],
)
def test_each_night_of_one_sentence_is_its_own_report(text: str) -> None:
    assert report_summaries(text, WEDNESDAY) == [
        ("mod", "RU", 10, [("RU-BRY", 10)], TUESDAY),
        ("mod", "RU", 12, [("RU-BRY", 12)], WEDNESDAY),
    ]


# --- the day after the night: the day's figure is no part of the night's -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью ночью сбиты девять беспилотников, днём — ещё три, сообщил "
        "губернатор.",
        "Губернатор: за ночь над Курской областью уничтожены девять БПЛА, днём — три.",
        "The Kursk governor said nine drones were shot down over the region overnight and three "
        "more during the day.",
        "The Kursk governor said nine drones were destroyed over the region overnight and "
        "another three in the afternoon.",
    ],
)
def test_the_days_figure_after_the_nights_is_a_report_of_its_own(text: str) -> None:
    assert report_summaries(text, WEDNESDAY) == [
        ("governor", "RU", 9, [("RU-KRS", 9)], WEDNESDAY),
        ("governor", "RU", 3, [("RU-KRS", 3)], None),
    ]


# --- hours of their own after a dash ---------------------------------------------------------
def test_a_window_with_its_verb_left_out_is_its_own_report() -> None:
    text = (
        "Над Курской областью с 8:00 до 12:00 мск уничтожены 3 БПЛА, с 12:00 до 16:00 мск — 5, "
        "сообщило Минобороны."
    )
    assert [(t, rows) for _who, _c, t, rows, _n in report_summaries(text, WEDNESDAY)] == [
        (3, [("RU-KRS", 3)]),
        (5, [("RU-KRS", 5)]),
    ]


# --- what stays one report -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # the morning is the night's ("за ночь 18, утром ещё 4" is one night)
        "Над Курской областью за ночь сбиты девять беспилотников, утром — ещё три.",
        # a place of its own after the dash, no time: a row of the same report
        "Над Курской областью за ночь сбиты девять беспилотников, над Орловской — три.",
    ],
)
def test_a_clause_without_another_time_stays_in_the_report(text: str) -> None:
    assert len(report_summaries(text, WEDNESDAY)) == 1


# --- an opening line that names the post's hours dates the figures after it ------------------
@pytest.mark.parametrize(
    "opening",
    [
        "Обстановка в регионе с 09:00 10 июня до 07:00 11 июня.",
        "Сводка за период с 9:00 10 июня по 7:00 11 июня:",
    ],
)
def test_an_opening_lines_window_dates_the_figures_under_it(opening: str) -> None:
    text = f"{opening}\n\nНад Курской областью средствами ПВО сбиты 14 беспилотников."
    reports = parse(text, WEDNESDAY)
    assert [(r.total, r.window.start.hour, r.window.end.day) for r in reports if r.window] == [
        (14, 9, 11)
    ]
    assert [r.night_of for r in reports] == [None]


def test_a_figure_that_names_its_own_time_keeps_it_under_such_a_line() -> None:
    text = (
        "Обстановка в регионе с 09:00 10 июня до 07:00 11 июня.\n\n"
        "За ночь над Курской областью сбиты 14 беспилотников."
    )
    assert [(r.window, r.night_of) for r in parse(text, WEDNESDAY)] == [(None, WEDNESDAY)]
