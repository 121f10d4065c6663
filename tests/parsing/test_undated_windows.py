"""A window's hours with no date anywhere (no date in the text, no publication date): no
calendar window can be made, but the hours still keep the window's figures apart from the
night's recap after them (our own wording)."""

from __future__ import annotations

from datetime import date, time

import pytest

from parsing import parse
from parsing.model import Hours
from parsing.time import find_time

T_WINDOW_THEN_RECAP = (
    "Ночью средства ПВО сбили 30 беспилотников. «С 23:00 мск до 07:00 мск дежурными средствами "
    "ПВО уничтожены 24 беспилотника над территориями Брянской и Курской областей. Всего в ночное "
    "время уничтожено 30 беспилотников», — сообщили в Минобороны."
)


def test_hours_without_a_date_are_a_window_without_a_calendar() -> None:
    tm = find_time("с 23:00 мск до 07:00 мск перехвачены", 0, None)
    assert tm is not None
    assert (tm.kind, tm.key, tm.window, tm.night_of) == (
        "window",
        ("clock", (23, 0), (7, 0)),
        None,
        None,
    )


def test_the_nights_recap_after_undated_hours_is_its_own_report() -> None:
    reports = parse(T_WINDOW_THEN_RECAP)
    assert [(r.reporter, r.total, r.window, r.night_of, r.hours) for r in reports] == [
        ("mod", 30, None, None, None),  # the lede and "Всего в ночное время": the whole night
        ("mod", 24, None, None, Hours(time(23), time(7))),  # the statement's hours
    ]
    # the whole night holds the hours: it names their areas too, without figures
    assert [[(c.area_id, c.count) for c in r.claims] for r in reports] == [
        [("RU-BRY", None), ("RU-KRS", None)],
        [("RU-BRY", None), ("RU-KRS", None)],
    ]


def test_undated_hours_alone_change_nothing_else() -> None:
    text = (
        "Минобороны: с 23:00 до 07:00 мск над территорией Брянской области уничтожены пять "
        "беспилотников, над территорией Курской области — три."
    )
    (report,) = parse(text)
    assert (report.total, report.window, report.night_of) == (None, None, None)
    assert report.hours == Hours(time(23), time(7))
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-BRY", 5), ("RU-KRS", 3)]


T_TWO_UNDATED_WINDOWS = (
    "В Минобороны сообщили: с 20.00 до 23.00 мск 14 марта дежурные средства ПВО уничтожили 9 "
    "украинских беспилотников: 6 – над территорией Брянской области и 3 – над Курской. Кроме "
    "того, с 23.00 мск 14 марта до 7.00 мск 15 марта перехвачены еще 11 беспилотников: 8 – над "
    "Брянской областью и 3 – над Воронежской."
)


def test_two_undated_windows_are_two_reports() -> None:
    # no year and no publication date: each window keeps its own hours and figures, and the
    # area both name is never summed across them
    reports = parse(T_TWO_UNDATED_WINDOWS)
    assert [(r.total, r.hours, r.window) for r in reports] == [
        (9, Hours(time(20), time(23)), None),
        (11, Hours(time(23), time(7)), None),
    ]
    assert [[(c.area_id, c.count) for c in r.claims] for r in reports] == [
        [("RU-BRY", 6), ("RU-KRS", 3)],
        [("RU-BRY", 8), ("RU-VOR", 3)],
    ]


def test_hours_say_more_than_an_undated_overnight() -> None:
    text = (
        "Russian air defences destroyed 14 drones overnight, the Defence Ministry said. "
        "Between 9 p.m. and 5 a.m. Moscow time, 14 drones were intercepted over the Kursk "
        "and Belgorod regions, the ministry said."
    )
    (report,) = parse(text)
    assert (report.total, report.window, report.night_of, report.hours) == (
        14,
        None,
        None,
        Hours(time(21), time(5)),
    )


def test_a_night_named_without_a_year_keeps_the_statements_hours() -> None:
    text = (
        "С 22:00 5 апреля до 6:00 6 апреля над территорией Воронежской области уничтожены "
        "семь беспилотников. В ночь на 6 апреля в регионе действовал режим беспилотной опасности."
    )
    (report,) = parse(text)
    assert (report.total, report.hours) == (7, Hours(time(22), time(6)))


def test_a_known_day_gives_a_window_and_no_hours() -> None:
    text = "С 8.00 до 14.00 мск над территорией Курской области уничтожены два беспилотника."
    (report,) = parse(text, date(2025, 6, 3))
    assert report.hours is None
    assert report.window is not None
    assert (f"{report.window.start:%Y-%m-%d %H:%M}", f"{report.window.end:%H:%M}") == (
        "2025-06-03 08:00",
        "14:00",
    )


def test_a_single_time_with_no_day_known_is_its_hours() -> None:
    # a 2023 attempt's hour, no publication date: the hour alone, start and end the same
    text = (
        "Сегодня около 5 часов утра пресечена попытка киевского режима осуществить "
        "террористическую атаку с использованием беспилотного летательного аппарата на объекты "
        "на территории Курской области. Беспилотник уничтожен средствами ПВО."
    )
    (report,) = parse(text)
    assert (report.window, report.hours) == (None, Hours(time(5), time(5)))
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 1)]


def test_a_windows_hours_say_more_than_a_single_time() -> None:
    text = (
        "Около 21.10 мск над Курской областью уничтожен беспилотник. "
        "С 20.00 до 23.00 мск над Брянской областью уничтожены 3 беспилотника."
    )
    (report,) = parse(text)
    assert report.hours == Hours(time(20), time(23))


@pytest.mark.parametrize("published", [None, date(2025, 9, 20)])
def test_the_hour_the_ministry_spoke_is_no_time_of_its_figures(published: date | None) -> None:
    text = (
        "В 22:50 мск Минобороны России сообщило, что над территорией Брянской области "
        "уничтожены два беспилотника."
    )
    (report,) = parse(text, published)
    assert (report.window, report.hours, report.total) == (None, None, 2)


def test_a_time_before_the_comma_of_a_saying_clause_is_the_figures_time() -> None:
    # "..., the ministry said" after the time's comma: the ministry spoke of that time
    text = (
        "An air defense system destroyed a drone over the Kursk region at about 10:15 a.m. "
        "Moscow time, the ministry said."
    )
    (report,) = parse(text, date(2025, 9, 20))
    assert report.window is not None
    assert (f"{report.window.start:%Y-%m-%d %H:%M}", report.window.start == report.window.end) == (
        "2025-09-20 10:15",
        True,
    )
