"""The ministry's statements and their retellings: structures discovery105 showed (stop 47,
weekly).

Each test is a text written for it, in our own wording; none is a sentence of the working set
or of corpus-dev.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from parsing import parse

DAY = date(2025, 2, 9)
MSK = timezone(timedelta(hours=3))


#: the places as an import reads them (the stand-in knows nominatives only)
pytestmark = pytest.mark.usefixtures("real_gazetteer")


# --- the week of the summary of the special operation (rules._week_of_the_summary) ---------

#: The summary of the special operation: its heading's span, the front's words, the air
#: defence line (its own span, if any, before the verb).
SUMMARY = (
    "Сводка Министерства обороны Российской Федерации о ходе проведения специальной военной "
    "операции ({span})\n\n"
    "{front} подразделения группировки войск «Запад» улучшили положение по переднему краю.\n\n"
    "Средствами противовоздушной обороны {when}сбиты: 9 управляемых авиационных бомб, 2 ракеты "
    "«Нептун» и 802 беспилотных летательных аппарата самолетного типа."
)


def test_weekly_summary_tells_its_week_as_a_recap() -> None:
    text = SUMMARY.format(span="с 3 по 9 февраля 2025 г.", front="За неделю", when="за неделю ")
    [report] = parse(text, DAY)
    assert (report.reporter, report.total, report.claims, report.night_of, report.period) == (
        "mod",
        802,
        (),
        None,
        "week",
    )
    assert report.window is not None
    assert (report.window.start, report.window.end) == (
        datetime(2025, 2, 3, tzinfo=MSK),
        datetime(2025, 2, 10, tzinfo=MSK),
    )


def test_weekly_summary_in_words_under_the_channel_s_name() -> None:
    # the drones in words and first, a channel's name above the title (stop 41 had read it as
    # the front's, before docs/labels.md made the weekly summary a recap)
    text = (
        "Минобороны России\n"
        "Сводка о ходе специальной военной операции (с 2 по 8 марта)\n\n"
        "За неделю средствами ПВО уничтожены тысяча двести беспилотников, шесть авиабомб и "
        "два реактивных снаряда HIMARS."
    )
    assert [(r.reporter, r.total, r.claims, r.period) for r in parse(text, DAY)] == [
        ("mod", 1200, (), "week")
    ]


def test_daily_summary_still_tells_the_front() -> None:
    text = SUMMARY.format(span="по состоянию на 9 февраля 2025 г.", front="За сутки", when="")
    assert parse(text, DAY) == []


# --- a window with no date after a dated one (segment._dated_after_told) ---------------------


def windows(text: str, published: date) -> list[tuple[datetime, datetime, int | None]]:
    """Each report's window and total."""
    return [
        (r.window.start, r.window.end, r.total)
        for r in parse(text, published)
        if r.window is not None
    ]


#: A dated window of four over Bryansk, then hours with no date of two over Oryol.
TWO_WINDOWS = (
    "В субботу, 8 февраля, с {first} мск над Брянской областью уничтожены четыре украинских "
    "беспилотника, сообщило Минобороны.\n\n{then}с {second} мск над Орловской областью сбиты "
    "ещё два БПЛА."
)


def at(day: int, hour: int = 0) -> datetime:
    return datetime(2025, 2, day, hour, tzinfo=MSK)


@pytest.mark.parametrize(
    ("first", "then", "second", "published", "told"),
    [
        # the later window to midnight is on the day the first named
        (
            "15.00 до 18.00",
            "Затем ",
            "18.00 до 24.00",
            8,
            [(at(8, 15), at(8, 18), 4), (at(8, 18), at(9), 2)],
        ),
        # the morning's hours start before the evening window ended: no day follows from it
        (
            "20.00 до 23.00",
            "",
            "8.00 до 12.00",
            9,
            [(at(8, 20), at(8, 23), 4), (at(9, 8), at(9, 12), 2)],
        ),
    ],
)
def test_hours_with_no_date_after_a_dated_window(
    first: str, then: str, second: str, published: int, told: list[tuple[datetime, datetime, int]]
) -> None:
    text = TWO_WINDOWS.format(first=first, then=then, second=second)
    assert windows(text, date(2025, 2, published)) == told


# --- a headline that tells the windows one by one (retellings.headline_rows_told_later) -----


def rows(text: str, published: date) -> list[tuple[str, int | None, list[tuple[str, int | None]]]]:
    """Each report's reporter, total and region rows."""
    return [
        (r.reporter, r.total, [(c.area_id, c.count) for c in r.claims])
        for r in parse(text, published)
    ]


def test_a_headline_s_evening_figure_is_the_later_window_s() -> None:
    text = (
        "Над Брянской областью днём сбиты четыре беспилотника, вечером — ещё два над "
        "Орловщиной\n\n"
        "В субботу, 8 февраля, с 9.00 до 15.00 мск средства ПВО уничтожили четыре украинских "
        "беспилотника над территорией Брянской области, сообщило Минобороны.\n\n"
        "Позднее в министерстве добавили, что с 18.00 до 23.00 мск над Орловской областью "
        "перехвачены ещё два БПЛА."
    )
    assert rows(text, date(2025, 2, 8)) == [
        ("mod", 4, [("RU-BRY", 4)]),
        ("mod", 2, [("RU-ORL", 2)]),
    ]


def test_a_headline_row_its_own_body_tells_stays() -> None:
    # the body under the headline gives the Oryol figure too: the governor's same two after it
    # tell it again, no row to move
    text = (
        "Над Брянской областью сбиты четыре беспилотника, над Орловщиной — два\n\n"
        "В субботу средства ПВО уничтожили четыре украинских беспилотника над территорией "
        "Брянской области и два над Орловской областью, сообщило Минобороны.\n\n"
        "Губернатор Орловской области добавил, что над регионом сбиты два БПЛА, пострадавших нет."
    )
    assert rows(text, date(2025, 2, 8)) == [
        ("mod", None, [("RU-BRY", 4), ("RU-ORL", 2)]),
        ("governor", 2, [("RU-ORL", 2)]),
    ]


# --- a headline's list of regions joined by commas alone (places, element "list") -----------


def places(text: str, published: date) -> list[tuple[str, str | None, int | None]]:
    """Every claim's area, district and count, report by report."""
    return [(c.area_id, c.district_id, c.count) for r in parse(text, published) for c in r.claims]


def test_an_attack_on_two_regions_named_by_commas_names_no_cities() -> None:
    text = (
        "Air defences thwart drone attack on Bryansk, Oryol regions\n\n"
        "The ministry said all seven UAVs were destroyed overnight: five over the Bryansk Region "
        "and two over the Oryol Region."
    )
    assert places(text, date(2025, 2, 8)) == [("RU-BRY", None, 5), ("RU-ORL", None, 2)]


@pytest.mark.parametrize(
    "head",
    [
        "Drones target Voronezh, Lipetsk, Tambov regions overnight",
        "Drone attack on Voronezh, Lipetsk, Tambov regions repelled",
    ],
)
def test_regions_named_by_commas_read_as_with_and(head: str) -> None:
    body = "\n\nNine UAVs were destroyed, the ministry said; debris fell on a farm."
    with_and = head.replace("Lipetsk,", "Lipetsk and")
    assert places(head + body, date(2025, 2, 8)) == places(with_and + body, date(2025, 2, 8))
