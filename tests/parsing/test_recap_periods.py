"""A recap over a week, a month or a run of days, and an earlier report of such a span, carry
their period (``Report.period``) and no night: the store places them on none (docs/labels.md:
a recap is its own report, never part of a night's). Written for this project in our own
words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from parsing.model import PERIODS, Report
from settings import MSK

#: a Wednesday
PUBLISHED = date(2026, 4, 15)


def _times(text: str, published: date = PUBLISHED) -> list[tuple[int | None, object, object]]:
    """Each report's total, night and period."""
    return [(r.total, r.night_of, r.period) for r in parse(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "За минувшую неделю над Курской областью уничтожены 150 беспилотников.",
        "За прошедшую неделю силы ПВО сбили над Брянской областью 96 дронов.",
        "В течение недели над Белгородской областью перехвачены 212 БПЛА, сообщил губернатор.",
        "Over the past week, air defences downed 88 drones over the Voronezh Region.",
        "На прошлой неделе над Ростовской областью были сбиты 40 беспилотников.",
        "Last week, 31 drones were shot down over the Lipetsk Region, the governor said.",
    ],
)
def test_a_weeks_figure_is_the_weeks_and_no_nights(text: str) -> None:
    (report,) = parse(text, PUBLISHED)
    assert (report.night_of, report.window, report.period) == (None, None, "week")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("За прошедший месяц над Тульской областью уничтожены 57 беспилотников.", "month"),
        ("В марте над Калужской областью были сбиты 64 беспилотника.", "month"),
        ("Over the past month, 120 drones were downed over the Kursk Region.", "month"),
        ("В прошлом году над Орловской областью уничтожены 900 беспилотников.", "year"),
        ("Two years ago, 15 drones were shot down over the Tver Region.", "year"),
        ("За выходные над Смоленской областью сбиты 23 беспилотника.", "days"),
        ("В прошлую пятницу над Псковской областью уничтожены 6 беспилотников.", "days"),
    ],
)
def test_a_months_a_years_or_some_days_figure_has_that_period(text: str, period: str) -> None:
    (report,) = parse(text, PUBLISHED)
    assert (report.night_of, report.period) == (None, period)


def test_a_recap_dated_by_its_days_keeps_them_as_its_window() -> None:
    # seven days are a week; three are days
    week, days = (
        parse(f"С {first} по {last} апреля над Курской областью сбиты 77 беспилотников.", PUBLISHED)
        for first, last in ((6, 12), (10, 12))
    )
    assert [(r.period, r.window and (r.window.start, r.window.end)) for r in (*week, *days)] == [
        ("week", (datetime(2026, 4, 6, tzinfo=MSK), datetime(2026, 4, 13, tzinfo=MSK))),
        ("days", (datetime(2026, 4, 10, tzinfo=MSK), datetime(2026, 4, 13, tzinfo=MSK))),
    ]


@pytest.mark.parametrize(
    "recap",
    [
        "А всего за минувшую неделю над регионом уничтожены 61 беспилотник.",
        "На прошлой неделе над регионом сбили 44 беспилотника.",
    ],
)
def test_a_nights_report_and_a_weeks_recap_after_it_are_two_reports(recap: str) -> None:
    text = f"Этой ночью над Брянской областью сбиты три беспилотника. {recap}"
    night, week = parse(text, PUBLISHED)
    assert (night.total, night.night_of, night.period) == (3, PUBLISHED, None)
    assert (week.night_of, week.period) == (None, "week")
    assert week.total in (61, 44)


@pytest.mark.parametrize(
    "text",
    [
        "Этой ночью над Брянской областью сбиты три беспилотника.",
        "С 23:00 до 06:00 над Курской областью уничтожены пять БПЛА.",
        "Над Белгородской областью сбиты два беспилотника, сообщил губернатор.",
    ],
)
def test_a_nights_or_a_posts_report_has_no_period(text: str) -> None:
    assert [r.period for r in parse(text, PUBLISHED)] == [None]


def test_a_tally_since_the_war_began_is_no_period_and_no_figure() -> None:
    # the tally is no report: the night's three stand alone, on their night
    text = (
        "Этой ночью над Тульской областью сбиты 3 беспилотника. Всего с начала специальной "
        "военной операции над регионом уничтожены 1 487 БПЛА."
    )
    assert _times(text) == [(3, PUBLISHED, None)]


def test_periods_are_the_documented_few() -> None:
    assert PERIODS == ("week", "month", "year", "days")
    assert Report.__dataclass_fields__["period"].default is None


@pytest.mark.parametrize(
    "tally",
    [
        "Всего с момента начала специальной военной операции над регионом уничтожены 1 487 БПЛА.",
        "С момента начала СВО силы ПВО сбили над областью более 2 000 дронов.",
        "С момента начала войны над Тульской областью сбито 5 400 беспилотников.",
    ],
)
def test_a_tally_since_the_moment_the_war_began_is_no_report(tally: str) -> None:
    # "с момента начала" is "с начала": the night's three stand alone
    text = f"Этой ночью над Тульской областью сбиты 3 беспилотника. {tally}"
    assert _times(text) == [(3, PUBLISHED, None)]


def test_a_days_figure_is_not_taken_by_the_war_tally_after_it() -> None:
    # the day's figure keeps its own total; the tally after it is no report
    text = (
        "Также 12 апреля силы ПВО уничтожили 140 украинских дронов. Всего с момента начала "
        "специальной военной операции уничтожены 90 000 беспилотников."
    )
    assert [r.total for r in parse(text, PUBLISHED)] == [140]


@pytest.mark.parametrize(
    ("text", "first", "after"),
    [
        ("За март над Белгородской областью сбиты 300 беспилотников.", (2026, 3), (2026, 4)),
        # a month still to come this year is last year's; December ends on 1 January
        ("За декабрь над Воронежской областью сбиты 95 беспилотников.", (2025, 12), (2026, 1)),
        ("За май силы ПВО сбили над Тульской областью 44 дрона.", (2025, 5), (2025, 6)),
        (
            "За весь октябрь 2024 года над Курской областью уничтожены 1 200 БПЛА.",
            (2024, 10),
            (2024, 11),
        ),
    ],
)
def test_a_months_recap_has_the_whole_month_for_its_window(
    text: str, first: tuple[int, int], after: tuple[int, int]
) -> None:
    (report,) = parse(text, PUBLISHED)
    assert (report.night_of, report.period) == (None, "month")
    assert report.window is not None
    assert (report.window.start, report.window.end) == (
        datetime(*first, 1, tzinfo=MSK),
        datetime(*after, 1, tzinfo=MSK),
    )


def test_a_months_recap_after_the_night_is_a_report_of_its_own() -> None:
    text = (
        "Этой ночью над Брянской областью сбиты 3 беспилотника. А за март над регионом "
        "уничтожены 410 БПЛА."
    )
    assert _times(text) == [(3, PUBLISHED, None), (410, None, "month")]
