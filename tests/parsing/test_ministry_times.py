"""Times of the ministry's statements the parser misread (our own wording).

"В ночь на 7 мая, с 22.00 до 3.00 мск" names the night by the morning it ended: the hours run
from the evening of 6 May; "в районе 6.30 мск" is a time point, like "около 6.30".
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import settings
from parsing import parse
from parsing.model import Window
from parsing.time import find_time

MSK = settings.MSK


def at(day: date, h: int, m: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, h, m, tzinfo=MSK)


def test_hours_across_midnight_after_a_named_night_end_on_its_date() -> None:
    text = "В ночь на 12 июня, с 23.00 до 4.00 мск, над Курской областью уничтожены 9 БПЛА."
    (report,) = parse(text, date(2025, 6, 12))
    assert report.window == Window(at(date(2025, 6, 11), 23), at(date(2025, 6, 12), 4))
    assert report.night_of == date(2025, 6, 12)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 9)]


def test_hours_after_midnight_of_a_named_night_are_on_its_date() -> None:
    tm = find_time("в ночь на 12 июня с 1.00 до 5.00 уничтожены", 0, date(2025, 6, 12))
    assert tm is not None
    assert tm.window == Window(at(date(2025, 6, 12), 1), at(date(2025, 6, 12), 5))
    assert tm.night_of == date(2025, 6, 12)


def test_a_night_named_by_its_day_of_the_month_alone() -> None:
    tm = find_time("в ночь на 3-е, с 22.00 до 2.00, сбиты", 0, date(2025, 6, 3))
    assert tm is not None
    assert tm.window == Window(at(date(2025, 6, 2), 22), at(date(2025, 6, 3), 2))


def test_a_date_without_a_night_is_still_the_start_of_the_hours() -> None:
    tm = find_time("11 июня с 23.00 до 4.00 уничтожены", 0, date(2025, 6, 12))
    assert tm is not None
    assert tm.window == Window(at(date(2025, 6, 11), 23), at(date(2025, 6, 12), 4))


def test_about_a_clock_time_in_russian_is_a_point() -> None:
    text = "В районе 9.15 мск над территорией Брянской области уничтожен беспилотник."
    (report,) = parse(text, date(2024, 8, 4))
    assert report.window == Window(at(date(2024, 8, 4), 9, 15), at(date(2024, 8, 4), 9, 15))
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-BRY", 1)]


def test_in_the_area_of_a_town_is_no_time() -> None:
    assert find_time("в районе Обнинска сбиты 2 БПЛА", 0, date(2024, 8, 4)) is None


@pytest.mark.parametrize(
    ("text", "night"),
    [
        # "со" before a word or a figure that opens with a cluster ("со вторника", "со 2")
        ("В ночь со вторника на среду над Курской областью сбиты 6 БПЛА.", date(2025, 6, 4)),
        ("В ночь со 2 на 3 июня над Курской областью сбиты 6 БПЛА.", date(2025, 6, 3)),
        ("В ночь с 2 на 3 июня над Курской областью сбиты 6 БПЛА.", date(2025, 6, 3)),
        # "и" between the evening and the morning
        ("С вечера 2 июня и до утра 3 июня над Курской областью сбиты 6 БПЛА.", date(2025, 6, 3)),
    ],
)
def test_a_night_from_one_day_to_the_next_is_that_nights(text: str, night: date) -> None:
    (report,) = parse(text, date(2025, 6, 4))
    assert (report.night_of, report.window, report.total) == (night, None, 6)


@pytest.mark.parametrize(
    ("text", "night"),
    [
        (
            "From Monday evening to Tuesday morning, 9 drones were shot down over the Kursk "
            "region, the ministry said.",
            date(2025, 6, 3),
        ),
        (
            "Air defences destroyed 9 drones over the Kursk region from Sunday night until "
            "Monday morning, the ministry said.",
            date(2025, 6, 2),
        ),
    ],
)
def test_an_english_evening_to_a_weekdays_morning_is_that_night(text: str, night: date) -> None:
    (report,) = parse(text, date(2025, 6, 3))  # a Tuesday
    assert (report.night_of, report.window, report.total) == (night, None, 9)


def test_a_second_window_s_more_drones_heading_its_list_are_its_total_not_the_last_row_s() -> None:
    # "ещё шесть ...:" heads the second window's own rows on the lines below it
    text = (
        "4 марта с 09.00 до 12.00 мск дежурными средствами ПВО уничтожены 9 беспилотников:\n"
        "• 5 – над территорией Курской области;\n"
        "• 4 – над территорией Брянской области.\n\n"
        "4 марта с 12.00 до 16.00 мск дежурными средствами ПВО уничтожены ещё шесть БПЛА:\n"
        "• четыре – над территорией Калужской области;\n"
        "• два – над территорией Тульской области."
    )
    day = date(2025, 3, 4)
    assert [
        (r.window, r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, day)
    ] == [
        (Window(at(day, 9), at(day, 12)), 9, [("RU-KRS", 5), ("RU-BRY", 4)]),
        (Window(at(day, 12), at(day, 16)), 6, [("RU-KLU", 4), ("RU-TUL", 2)]),
    ]


def test_a_whole_night_recap_with_a_part_of_its_own_is_its_own_report() -> None:
    # the 23:00-07:00 list is one report; "всего за ночь, с 20.00" counts the evening too, and
    # the part it names is the recap's: never added to the window's rows or total
    text = (
        "С 23.00 мск 3 марта до 07.00 мск 4 марта перехвачены и уничтожены 30 БПЛА: 20 – над "
        "территорией Брянской области, 10 – над территорией Курской области.\n\n"
        "Всего за ночь, с 20.00 мск, уничтожены 41 беспилотник, в том числе 11 над Московским "
        "регионом."
    )
    window, recap = parse(text, date(2026, 3, 4))
    assert window.window == Window(at(date(2026, 3, 3), 23), at(date(2026, 3, 4), 7))
    assert window.total == 30
    assert [(c.area_id, c.count) for c in window.claims] == [("RU-BRY", 20), ("RU-KRS", 10)]
    assert (recap.night_of, recap.total) == (date(2026, 3, 4), 41)
    assert [(c.area_id, c.count) for c in recap.claims] == [
        ("RU-BRY", None),
        ("RU-KRS", None),
        ("RU-MOW+RU-MOS", 11),
    ]


def test_a_night_total_naming_its_place_after_timed_lines_sums_them() -> None:
    # a mayor's timed lines, then the night's total over the city: the same report, its total
    text = (
        "02:10. Сбит беспилотник, летевший на Москву.\n"
        "03:45. Уничтожены ещё два БПЛА, летевшие на Москву.\n"
        "Всего за ночь на подлёте к Москве сбиты 3 беспилотника."
    )
    (report,) = parse(text, date(2026, 3, 4))
    assert report.total == 3
