"""A day's figure and the night's part of it told in one sentence (issue 10): written for this
project in our own words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from settings import MSK
from tests.parsing.conftest import report_summaries, report_windows

SATURDAY = date(2026, 5, 16)


# --- "N over the past 24 hours, including M overnight": two reports, the night's its own -------
@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said 150 drones had been downed over the past 24 hours, including "
        "40 overnight over the Kursk and Bryansk regions.",
        "Минобороны сообщило, что за сутки сбиты 150 беспилотников, в том числе 40 за ночь над "
        "Курской и Брянской областями.",
        "Минобороны сообщило, что за сутки сбиты 150 беспилотников, из них 40 ночью над Курской "
        "и Брянской областями.",
    ],
)
def test_the_nights_part_of_a_days_figure_is_a_report_of_its_own(text: str) -> None:
    # the night first, the day's figure (a tally of it and the day) after it
    assert report_summaries(text, SATURDAY) == [
        ("mod", "RU", 40, [("RU-KRS", None), ("RU-BRY", None)], SATURDAY),
        ("mod", "RU", 150, [], None),
    ]


def test_a_part_flying_to_moscow_is_no_report_of_its_own() -> None:
    text = (
        "Над Московским регионом за ночь сбиты 12 беспилотников, в том числе восемь, летевших "
        "на Москву, сообщило Минобороны."
    )
    assert report_summaries(text, SATURDAY) == [
        ("mod", "RU", 12, [("RU-MOW+RU-MOS", 12)], SATURDAY)
    ]


# --- a figure since the morning after the newest line is a running total of its own ----------
def test_a_figure_since_the_morning_after_a_new_line_is_no_sum_with_it() -> None:
    text = (
        "Собянин: ПВО сбили ещё три беспилотника, летевших на Москву. Таким образом, с утра "
        "субботы на подлёте к столице уничтожены уже 11 дронов."
    )
    assert report_summaries(text, SATURDAY) == [
        ("mayor", "RU", 3, [("RU-MOW", 3)], None),
        ("mayor", "RU", 11, [("RU-MOW", 11)], None),
    ]


def test_a_window_from_the_morning_to_the_evening_is_no_running_total() -> None:
    text = "С утра до вечера над Курской областью сбиты семь беспилотников, сообщил губернатор."
    assert report_summaries(text, SATURDAY) == [("governor", "RU", 7, [("RU-KRS", 7)], None)]


# --- "ещё N" after figures for several regions is none of theirs ------------------------------
def test_more_after_a_list_of_regions_is_not_the_last_regions() -> None:
    text = (
        "За ночь над Брянской областью сбиты 15 беспилотников, над Курской — 10, над Белгородской "
        "— восемь, сообщило Минобороны. Накануне вечером были уничтожены ещё 12."
    )
    assert [(r.area_id, r.count) for rep in parse(text, SATURDAY) for r in rep.claims] == [
        ("RU-BRY", 15),
        ("RU-KRS", 10),
        ("RU-BEL", 8),
    ]


def test_more_after_one_regions_figure_is_still_that_regions() -> None:
    text = (
        "Над Белгородской областью за ночь сбиты восемь беспилотников, сообщил губернатор. "
        "Накануне вечером были уничтожены ещё 12."
    )
    assert report_summaries(text, SATURDAY) == [
        ("governor", "RU", 8, [("RU-BEL", 8)], SATURDAY),
        ("governor", "RU", 12, [("RU-BEL", 12)], None),
    ]


# --- a window dated by its own end, not by the day it was said --------------------------------
def test_a_windows_end_day_dates_it_not_the_day_of_the_saying() -> None:
    tuesday = date(2026, 5, 12)
    text = (
        "The ministry said on Tuesday that it had destroyed 25 drones between 7 p.m. and "
        "11 p.m. Moscow time on Monday."
    )
    assert report_windows(text, tuesday) == [
        (datetime(2026, 5, 11, 19, tzinfo=MSK), datetime(2026, 5, 11, 23, tzinfo=MSK))
    ]


# --- drones that attacked and "were all destroyed" in one clause are the figure ---------------
def test_drones_that_attacked_and_were_all_destroyed_are_the_figure() -> None:
    text = (
        "Five drones attacked the Kursk region overnight and were all destroyed, the governor said."
    )
    assert report_summaries(text, SATURDAY) == [("governor", "RU", 5, [("RU-KRS", 5)], SATURDAY)]


def test_drones_that_attacked_are_no_figure_by_themselves() -> None:
    text = "Five drones attacked the Kursk region overnight, the governor said."
    assert report_summaries(text, SATURDAY) == []
