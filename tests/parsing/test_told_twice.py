"""A figure told twice in one article, a headline over the statement it retells, is one report
(issue 10). The headline's time word and the statement's exact time must be read as one time:
"днём" over a day window, "in a week" over "over the past week". Written for this project in our
own words."""

from __future__ import annotations

from datetime import date

from parsing import parse
from tests.parsing.conftest import Claims, claims_by_report

_DAY = date(2026, 8, 3)


def _totals(text: str) -> list[tuple[int | None, str | None]]:
    return [(r.total, r.total_qualifier) for r in parse(text, _DAY)]


# --- "днём" in the headline, the day window in the statement -----------------------------------


def test_a_headline_by_day_over_a_day_window_is_the_windows_report() -> None:
    text = (
        "Над Брянской областью днем сбиты 7 беспилотников\n\n"
        "Дежурные средства ПВО 3 августа с 11.00 до 15.00 мск уничтожили семь украинских БПЛА "
        "над территорией Брянской области, сообщило Минобороны."
    )
    assert claims_by_report(text, _DAY) == [[("RU-BRY", None, 7)]]


def test_a_headline_by_day_summing_the_windows_rows_is_its_total() -> None:
    text = (
        "Над Курской областью и Черным морем днем сбиты 10 беспилотников\n\n"
        "С 9.00 до 14.00 мск 3 августа дежурные средства ПВО уничтожили шесть украинских БПЛА "
        "над территорией Курской области и четыре — над акваторией Черного моря."
    )
    reports = parse(text, _DAY)
    assert [[(c.area_id, c.count) for c in r.claims] for r in reports] == [
        [("RU-KRS", 6), ("SEA-BLACK", 4)]
    ]
    assert reports[0].total == 10


def test_daytime_and_an_evening_window_stay_two_times() -> None:
    # 20:00-23:00 is the evening, not the daytime "днём" names: two reports
    text = (
        "Днем над Брянской областью сбиты три беспилотника.\n\n"
        "С 20.00 до 23.00 мск 3 августа дежурные средства ПВО уничтожили два украинских БПЛА "
        "над территорией Брянской области."
    )
    expected: Claims = [[("RU-BRY", None, 3)], [("RU-BRY", None, 2)]]
    assert claims_by_report(text, _DAY) == expected


def test_daytime_and_a_window_of_another_day_stay_two_times() -> None:
    text = (
        "Днем над Брянской областью сбиты три беспилотника.\n\n"
        "1 августа с 10.00 до 14.00 мск дежурные средства ПВО уничтожили два украинских БПЛА "
        "над территорией Брянской области."
    )
    assert len(parse(text, _DAY)) == 2


# --- a week's recap told in a headline and in the lede -----------------------------------------


def test_a_weeks_bound_in_the_headline_is_the_ledes_figure_told_first() -> None:
    text = (
        "Russia says it downed more than 600 drones in a week\n\n"
        "Russian air defences destroyed 641 Ukrainian drones over the past week, the Defence "
        "Ministry said in its weekly summary on Saturday."
    )
    assert _totals(text) == [(641, "exact")]


def test_za_nedelyu_and_za_proshedshuyu_nedelyu_are_one_recap() -> None:
    text = (
        "Более 500 беспилотников сбито за неделю\n\n"
        "За прошедшую неделю средства ПВО сбили 512 беспилотных летательных аппаратов, сообщили "
        "в Минобороны."
    )
    assert _totals(text) == [(512, "exact")]


def test_this_week_and_last_week_are_two_recaps() -> None:
    text = (
        "Russian air defences destroyed 420 Ukrainian drones this week, the ministry said.\n\n"
        "Last week air defences shot down 380 Ukrainian drones, according to the ministry."
    )
    assert [t for t, _ in _totals(text)] == [420, 380]


# --- "республик X и Y": the plural head in the genitive ----------------------------------------


def test_republics_named_after_a_genitive_plural_head() -> None:
    text = (
        "В ночь на 2 августа над территориями Брянской и Курской областей, республик Мордовия и "
        "Татарстан дежурные средства ПВО уничтожили 18 беспилотников."
    )
    assert claims_by_report(text, _DAY) == [
        [
            ("RU-BRY", None, None),
            ("RU-KRS", None, None),
            ("RU-MO", None, None),
            ("RU-TA", None, None),
        ]
    ]


# --- one figure shared by the ministry's Moscow region and a sea --------------------------------


def test_the_moscow_region_and_a_sea_sharing_a_figure_is_one_combined_area_of_three_parts() -> None:
    # the ministry's Moscow region is the city and the oblast: the combined area names its parts
    for text in (
        "Над Московским регионом и Черным морем сбиты 9 БПЛА.",
        "Air defences downed nine drones over the Moscow Region and the Black Sea.",
    ):
        (report,) = parse(text, _DAY)
        assert [(c.area_id, c.count) for c in report.claims] == [("RU-MOS+RU-MOW+SEA-BLACK", 9)]
