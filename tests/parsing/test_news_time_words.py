"""Time words of news retellings (issue 10), written for this project in our own words: "the
night's attack" dates its figures to the night; Kyiv's hours in brackets beside Moscow's are
skipped like GMT's, so the date after them dates the window."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import report_times

TUESDAY = date(2026, 3, 3)
THURSDAY = date(2026, 3, 19)


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор сообщил об отражении ночной атаки: над Курской областью сбиты семь "
        "беспилотников.",
        "В ходе ночной атаки на Курскую область уничтожены семь беспилотников.",
        "Ночная атака отражена: над Курской областью сбиты семь беспилотников.",
    ],
)
def test_the_nights_attack_is_the_night(text: str) -> None:
    assert report_times(text, TUESDAY) == [(7, None, TUESDAY)]


def test_an_attack_in_the_daytime_names_no_night() -> None:
    text = "Губернатор сообщил об отражении атаки: над Курской областью сбиты семь беспилотников."
    assert report_times(text, TUESDAY) == [(7, None, None)]


@pytest.mark.parametrize("zone", ["Kyiv time", "Kiev time", "GMT"])
def test_hours_of_another_zone_in_brackets_leave_the_date_after_them(zone: str) -> None:
    text = (
        "The ministry said 12 drones were destroyed from 8 p.m. to 11 p.m. Moscow time (7 p.m. "
        f"to 10 p.m. {zone}) on March 18 over the Kursk region."
    )
    start = datetime(2026, 3, 18, 20, tzinfo=MSK)
    end = datetime(2026, 3, 18, 23, tzinfo=MSK)
    assert report_times(text, THURSDAY) == [(12, (start, end), None)]


@pytest.mark.parametrize(
    "opening",
    [
        "Ночь прошла неспокойно.",
        "Этой ночью в регионе было тревожно.",
        "Минувшая ночь выдалась беспокойной.",
    ],
)
def test_a_post_s_opening_line_about_the_night_dates_the_figures_after_it(opening: str) -> None:
    text = f"{opening} Над Курской областью сбиты семь беспилотников, пострадавших нет."
    assert report_times(text, TUESDAY) == [(7, None, TUESDAY)]


def test_the_opening_line_s_night_stops_at_a_figure_with_a_time_of_its_own() -> None:
    text = (
        "Ночь прошла неспокойно. Над Курской областью сбиты семь беспилотников. "
        "С 9:00 до 11:00 над Белгородской областью сбиты ещё два."
    )
    assert report_times(text, TUESDAY) == [
        (7, None, TUESDAY),
        (2, (datetime(2026, 3, 3, 9, tzinfo=MSK), datetime(2026, 3, 3, 11, tzinfo=MSK)), None),
    ]


def test_a_night_named_after_the_figures_does_not_date_them() -> None:
    text = "Над Курской областью сбиты семь беспилотников. Ночь прошла спокойно."
    assert report_times(text, TUESDAY) == [(7, None, None)]


def test_at_night_in_english_is_the_night() -> None:
    text = "Seven drones were shot down over the Kursk region at night, the governor said."
    assert report_times(text, TUESDAY) == [(7, None, TUESDAY)]


def test_at_night_after_a_saying_verb_is_when_it_was_said() -> None:
    text = "The governor wrote at night that seven drones were shot down over the Kursk region."
    assert report_times(text, TUESDAY) == [(7, None, None)]


# --- "in the morning" after the night's figures: the publication day's morning, a report of its own --
@pytest.mark.parametrize(
    "text",
    [
        "The Kursk governor said five drones were destroyed over the region overnight. He said "
        "a further two drones were downed over the region in the morning.",
        "Five drones were destroyed over the Kursk region overnight, the governor said. In the "
        "morning, two more drones were downed over the region.",
        "Air defences downed five drones over the Kursk region overnight. Later in the morning, "
        "two more were shot down over the Kursk region, the governor said.",
        "Над Курской областью ночью уничтожены пять беспилотников. Утром над областью сбиты ещё "
        "два.",
    ],
)
def test_the_morning_after_the_night_is_another_report(text: str) -> None:
    assert report_times(text, TUESDAY) == [(5, None, TUESDAY), (2, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a clock's morning is the night's end
        "Five drones were destroyed over the Kursk region overnight. Two more were shot down "
        "over the region at 5 in the morning.",
        # the night named in the same sentence
        "Air defences destroyed seven drones over the Kursk region overnight and in the morning.",
        # when it was said, not when they were downed
        "Seven drones were destroyed over the Kursk region overnight, the governor said in the "
        "morning.",
    ],
)
def test_a_morning_that_is_no_time_of_its_own_keeps_one_report(text: str) -> None:
    assert [night for *_, night in report_times(text, TUESDAY)] == [TUESDAY]
