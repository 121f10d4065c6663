"""Russian news retellings, channel posts and live feeds (issue 10): kinds a batch of unseen
news texts found, written for this project in our own words. Grouped by the rule about the
language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

FRIDAY = date(2025, 10, 17)
MONDAY = date(2025, 10, 20)


# --- a tally since a week or a season began is no part of the night's figure -----------------
@pytest.mark.parametrize("since", ["С начала недели", "С начала текущей недели", "С начала осени"])
def test_a_tally_since_the_week_or_season_began_adds_nothing(since: str) -> None:
    text = (
        "За ночь над Тульской областью сбиты три беспилотника, сообщил губернатор. "
        f"{since} над регионом уничтожено уже 25 дронов."
    )
    # (the tally is a recap of its own, with its period and no night:
    # tests/parsing/test_news_since_recaps.py)
    assert report_summaries(text, FRIDAY) == [
        ("governor", "RU", 3, [("RU-TUL", 3)], FRIDAY),
        ("governor", "RU", 25, [("RU-TUL", 25)], None),
    ]


# --- a whole year's or month's tally is no report of a night; "впервые за год" still is -------
@pytest.mark.parametrize(
    "tally",
    [
        "За весь 2025 год ведомство сообщило о 31,2 тыс. сбитых беспилотников.",
        "За прошлый месяц над страной были уничтожены 4 тыс. беспилотников.",
        "In all of 2025 the ministry reported 31,200 drones shot down.",
    ],
)
def test_a_year_s_or_month_s_tally_adds_no_report(tally: str) -> None:
    # alone (an analysis piece), it is no report at all: no 31,200 on the day it was published
    assert report_summaries(tally, FRIDAY) == []
    text = f"За ночь над Тульской областью сбиты три беспилотника, сообщил губернатор. {tally}"
    assert report_summaries(text, FRIDAY) == [("governor", "RU", 3, [("RU-TUL", 3)], FRIDAY)]


def test_the_first_time_in_a_year_is_still_the_night_s_figure() -> None:
    text = "Впервые за год над Тульской областью ночью сбиты три беспилотника, сообщил губернатор."
    assert report_summaries(text, FRIDAY) == [("governor", "RU", 3, [("RU-TUL", 3)], FRIDAY)]


# --- "в минувшие выходные": the weekend is a time of its own, "ещё N" after it another report --
def test_the_weekend_figure_and_the_next_nights_more_are_two_reports() -> None:
    text = (
        "В минувшие выходные над Курской областью сбиты 40 беспилотников, сообщил губернатор. "
        "В ночь на понедельник уничтожены ещё шесть."
    )
    assert report_summaries(text, MONDAY) == [
        ("governor", "RU", 40, [("RU-KRS", 40)], None),
        ("governor", "RU", 6, [("RU-KRS", 6)], MONDAY),
    ]


# --- one drone: a singular participle, its place between it and its noun --------------------
def test_a_participle_with_its_place_before_the_noun_is_one_drone() -> None:
    text = "Губернатор Брянской области сообщил о сбитом над Погарским районом беспилотнике."
    assert report_summaries(text, FRIDAY) == [("governor", "RU", 1, [("RU-BRY", 1)], None)]


def test_the_debris_of_a_drone_downed_over_a_place_is_no_count() -> None:
    text = "Губернатор Брянской области сообщил, что найдены обломки сбитого над Погарским районом беспилотника."
    assert [r[2] for r in report_summaries(text, FRIDAY)] == [None]


# --- a correction of the whole of a one-region report is the region's figure ----------------
def test_a_corrected_whole_is_the_one_regions_figure() -> None:
    text = (
        "Над Воронежской областью ночью уничтожены шесть беспилотников, сообщил губернатор. "
        "Позже он уточнил, что всего за ночь сбиты девять дронов."
    )
    assert report_summaries(text, FRIDAY) == [("governor", "RU", 9, [("RU-VOR", 9)], FRIDAY)]


def test_a_corrected_whole_of_two_regions_changes_neither() -> None:
    text = (
        "Над Воронежской областью ночью уничтожены шесть беспилотников, над Курской — два, "
        "сообщили в Минобороны. Позже в ведомстве уточнили, что всего за ночь сбиты 11 дронов."
    )
    assert report_summaries(text, FRIDAY) == [
        ("mod", "RU", 11, [("RU-VOR", 6), ("RU-KRS", 2)], FRIDAY)
    ]


# --- the night's attacks in the plural date the figures as the night ------------------------
def test_night_attacks_in_the_plural_are_the_night() -> None:
    text = (
        "Губернаторы Брянской и Курской областей сообщили о ночных атаках: над Брянщиной сбиты "
        "семь беспилотников, над Курской областью — девять."
    )
    assert report_summaries(text, FRIDAY) == [
        ("governor", "RU", None, [("RU-BRY", 7), ("RU-KRS", 9)], FRIDAY)
    ]


# --- a region's government speaks for its region, as its governor does ----------------------
@pytest.mark.parametrize(
    "who", ["Власти Ростовской области сообщили", "Правительство Ростовской области сообщило"]
)
def test_a_regions_government_gives_its_figure_the_region(who: str) -> None:
    text = f"{who}, что ночью сбиты от 40 до 50 беспилотников."
    assert report_summaries(text, FRIDAY) == [("governor", "RU", 40, [("RU-ROS", 40)], FRIDAY)]
