"""Wire copy, live blogs and news recaps (issue 10), written for this project in our own words.
Grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from settings import MSK
from tests.parsing.conftest import report_summaries, report_windows


# --- which night: a night written as two days, an ordinal day, evening to morning -------------
@pytest.mark.parametrize(
    "text",
    [
        "Overnight on August 11-12, nine drones were destroyed over the Kursk region, the ministry said.",
        "The ministry said nine drones were destroyed over the Kursk region overnight (Aug. 11–12).",
        "Overnight on Monday into Tuesday, nine drones were destroyed over the Kursk region, the ministry said.",
        "В ночь на 12-е над Курской областью уничтожены девять беспилотников, сообщили в Минобороны.",
        "В ночь на 12-е августа над Курской областью уничтожены девять беспилотников, сообщили в Минобороны.",
        "С вечера 11 августа до утра 12 августа над Курской областью уничтожены девять беспилотников, "
        "сообщили в Минобороны.",
        "From the evening of August 11 to the morning of August 12, nine drones were destroyed over "
        "the Kursk region, the ministry said.",
    ],
)
def test_the_night_ends_on_the_later_day(text: str) -> None:
    assert report_summaries(text, date(2025, 8, 13)) == [
        ("mod", "RU", 9, [("RU-KRS", 9)], date(2025, 8, 12))
    ]


def test_a_range_of_days_that_is_no_night_keeps_the_named_day() -> None:
    # "5-7" is no pair of a night's days: the day named with "on" dates the night
    text = "On August 12, the ministry said 5-7 drones were downed over the Kursk region overnight."
    assert report_summaries(text, date(2025, 8, 13))[0][4] == date(2025, 8, 12)


def test_an_ordinal_day_after_the_publication_day_is_last_month() -> None:
    text = "В ночь на 30-е над Брянской областью сбиты три беспилотника, сообщил губернатор."
    assert report_summaries(text, date(2025, 9, 2))[0][4] == date(2025, 8, 30)


# --- counts: a bound said in other words, before or after the number --------------------------
@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        (
            "Upwards of 40 drones were destroyed over the Tula region, the ministry said.",
            40,
            "at_least",
        ),
        (
            "In excess of 40 drones were destroyed over the Tula region, the ministry said.",
            40,
            "at_least",
        ),
        ("Almost 40 drones were destroyed over the Tula region, the ministry said.", 40, "approx"),
        (
            "Some 40 or so drones were destroyed over the Tula region, the ministry said.",
            40,
            "approx",
        ),
        (
            "Forty or more drones were destroyed over the Tula region, the ministry said.",
            40,
            "at_least",
        ),
        (
            "Над Тульской областью уничтожены 40 с лишним беспилотников, сообщили в Минобороны.",
            40,
            "at_least",
        ),
    ],
)
def test_a_bound_in_other_words_keeps_the_number(text: str, count: int, qualifier: str) -> None:
    (report,) = parse(text, date(2025, 8, 13))
    assert (report.total, report.total_qualifier) == (count, qualifier)
    assert [(c.area_id, c.count, c.qualifier) for c in report.claims] == [
        ("RU-TUL", count, qualifier)
    ]


def test_a_part_of_a_launch_is_still_no_bound() -> None:
    # "of 25" after a figure is the launch it was part of, not "upwards of"
    text = "Ukraine's air force said 20 of 25 drones launched overnight were shot down."
    assert [(r.country, r.total) for r in parse(text, date(2025, 8, 13))] == [("UA", 20)]


# --- which report: a past week, month or year -------------------------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "Last week, the ministry said 95 drones were downed in a single night, 30 of them over the "
        "Bryansk region.",
        "In July, the ministry said 95 drones were downed in a single night, 30 of them over the "
        "Bryansk region.",
    ],
)
def test_a_past_period_is_another_report_without_this_night(second: str) -> None:
    text = f"The ministry said 12 drones were shot down over the Kursk region overnight. {second}"
    d = date(2025, 8, 13)
    assert report_summaries(text, d) == [
        ("mod", "RU", 12, [("RU-KRS", 12)], d),
        ("mod", "RU", 95, [("RU-BRY", 30)], None),
    ]


def test_a_past_month_in_russian_is_another_report() -> None:
    text = (
        "За ночь над Курской областью сбиты 12 беспилотников, сообщили в Минобороны. "
        "В июле ведомство сообщало о 95 дронах, сбитых за одну ночь."
    )
    d = date(2025, 8, 13)
    assert report_summaries(text, d) == [
        ("mod", "RU", 12, [("RU-KRS", 12)], d),
        ("mod", "RU", 95, [], None),
    ]


def test_a_past_period_first_keeps_the_new_figure_apart() -> None:
    text = (
        "Last month the ministry said it had downed 300 drones in one night. On Wednesday it said "
        "a further 14 drones had been destroyed over the Kursk region."
    )
    assert report_summaries(text, date(2025, 8, 13)) == [
        ("mod", "RU", 300, [], None),
        ("mod", "RU", 14, [("RU-KRS", 14)], None),
    ]


# --- places: a list line after the figure, its drone noun in the first row -------------------
@pytest.mark.parametrize(
    "lines",
    [
        "Над территорией Брянской области — 9 БПЛА, Курской области — 5, Белгородской области — 2.",
        "Над Брянской областью — 9 беспилотников, над Курской — 5, над Белгородской — 2.",
    ],
)
def test_a_list_line_with_its_drone_noun_goes_on_with_the_report(lines: str) -> None:
    text = f"Средства ПВО за ночь уничтожили 16 беспилотников, сообщило Минобороны. {lines}"
    d = date(2025, 8, 13)
    assert report_summaries(text, d) == [
        ("mod", "RU", 16, [("RU-BRY", 9), ("RU-KRS", 5), ("RU-BEL", 2)], d)
    ]


def test_a_row_in_the_genitive_after_the_lists_head_is_a_row() -> None:
    text = (
        "Уничтожены 16 беспилотников: над территорией Брянской области — 9, Курской области — 5, "
        "Белгородской области — 2."
    )
    assert report_summaries(text, date(2025, 8, 13)) == [
        ("media", "RU", 16, [("RU-BRY", 9), ("RU-KRS", 5), ("RU-BEL", 2)], None)
    ]


# --- what stays out: an average is no night's figure -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Аналитики подсчитали, что летом Минобороны в среднем сообщало о 40 сбитых беспилотниках за ночь.",
        "Analysts say the ministry reported an average of 40 downed drones a night over the summer.",
        "On average, the ministry said, 40 drones a night were shot down over the Kursk region in July.",
    ],
)
def test_an_average_is_no_report(text: str) -> None:
    assert parse(text, date(2025, 8, 13)) == []


def test_an_average_after_the_figure_leaves_the_figure() -> None:
    text = "Над Курской областью сбиты 12 беспилотников, в среднем по четыре в час, сообщил губернатор."
    assert report_summaries(text, date(2025, 8, 13)) == [
        ("governor", "RU", 12, [("RU-KRS", 12)], None)
    ]


# --- who said it: the ministry's units shoot, the governor speaks ------------------------------
@pytest.mark.parametrize(
    "quote",
    [
        "Подразделениями ПВО и РЭБ Министерства обороны уничтожены и подавлены шесть БПЛА",
        "Расчетами ПВО Минобороны над регионом уничтожены шесть БПЛА",
        "Силами ПВО и РЭБ Министерства обороны над регионом подавлены шесть БПЛА",
    ],
)
def test_the_ministrys_units_in_a_governors_quote_are_who_shot(quote: str) -> None:
    text = (
        "Губернатор Курской области сообщил об уничтожении шести беспилотников над регионом. "
        f"«{quote}», — написал он."
    )
    assert report_summaries(text, date(2025, 8, 13)) == [
        ("governor", "RU", 6, [("RU-KRS", 6)], None)
    ]


# --- items: the "and" of a window's two hours is no list ---------------------------------------
@pytest.mark.parametrize(
    "hours",
    [
        "between 7 a.m. and 9 a.m.",
        "between 07:00 and 09:00 Moscow time",
        "between midnight and 9 a.m.",
    ],
)
def test_a_window_between_the_count_and_its_place_keeps_them_together(hours: str) -> None:
    text = f"The ministry said eleven more drones had been shot down {hours} over the Tula region."
    (report,) = parse(text, date(2025, 8, 13))
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-TUL", 11)]
    assert report.window is not None


# --- which side: Russia's army striking is Ukraine's side of the war ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Российские войска ночью нанесли удар по Одессе, сообщил мэр. По его словам, над городом "
        "сбиты 14 беспилотников.",
        "Russian forces attacked Odesa overnight, its mayor said. Fourteen drones were shot down "
        "over the city, he added.",
    ],
)
def test_a_strike_by_russias_army_is_ukraines_side(text: str) -> None:
    assert [(r.country, r.total, r.claims) for r in parse(text, date(2025, 8, 13))] == [
        ("UA", 14, ())
    ]


def test_a_figure_over_russia_after_the_strike_is_russias_again() -> None:
    text = (
        "Российская армия атаковала Одессу. Над Курской областью сбиты 14 беспилотников, "
        "сообщили в Минобороны."
    )
    assert report_summaries(text, date(2025, 8, 13)) == [("mod", "RU", 14, [("RU-KRS", 14)], None)]


# --- counts: a figure with its verb, the drones named earlier in the sentence ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Drones flew at Russian regions overnight, and the defence ministry said 31 were shot down.",
        "Беспилотники ночью атаковали российские регионы, по данным Минобороны, 31 был сбит.",
    ],
)
def test_the_drones_named_earlier_in_the_sentence_are_what_the_figure_counts(text: str) -> None:
    d = date(2025, 8, 13)
    assert report_summaries(text, d) == [("mod", "RU", 31, [], d)]


# --- counts: "put the figure at N" -------------------------------------------------------------
def test_a_speaker_putting_the_figure_at_a_number_gives_his_count() -> None:
    text = (
        "The ministry said 30 drones were shot down overnight. Kursk governor Alexander "
        "Khinshtein put the figure for his region at 17."
    )
    d = date(2025, 8, 13)
    assert report_summaries(text, d) == [
        ("mod", "RU", 30, [], d),
        ("governor", "RU", 17, [("RU-KRS", 17)], None),
    ]


def test_a_figure_put_at_a_number_may_be_a_possessive_noun() -> None:
    # "his region's figure": a possessive between the verb and the noun
    text = (
        "The ministry said 30 drones were shot down overnight. Kursk governor Alexander "
        "Khinshtein put his region's figure at 17."
    )
    d = date(2025, 8, 13)
    assert report_summaries(text, d) == [
        ("mod", "RU", 30, [], d),
        ("governor", "RU", 17, [("RU-KRS", 17)], None),
    ]


def test_a_number_after_at_alone_is_no_count() -> None:
    text = "The ministry said 30 drones were shot down overnight. Flights resumed at 14 airports."
    d = date(2025, 8, 13)
    assert report_summaries(text, d) == [("mod", "RU", 30, [], d)]


# --- counts: a share of a count said of a place (share_of_count) -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Thirty drones were shot down overnight, the ministry said, which added that most were over "
        "the Tula region.",
        "Roughly half of the 30 drones the ministry said it destroyed overnight were over the Tula "
        "region.",
        "The ministry said 30 drones were destroyed overnight, mostly over the Tula region.",
        "За ночь сбиты 30 беспилотников, большинство из них — над Тульской областью, сообщили в "
        "Минобороны.",
    ],
)
def test_a_share_of_the_count_gives_the_place_no_figure(text: str) -> None:
    d = date(2025, 9, 3)
    assert report_summaries(text, d) == [("mod", "RU", 30, [("RU-TUL", None)], d)]


def test_half_an_hour_is_no_share() -> None:
    text = "Half an hour later, 12 drones were shot down over the Kursk region, the governor said."
    assert report_summaries(text, date(2025, 9, 3)) == [
        ("governor", "RU", 12, [("RU-KRS", 12)], None)
    ]


# --- counts: ranges, bounds and number words in English ----------------------------------------
@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        (
            "Between 20 and 30 drones were destroyed over the Tula region, the ministry said.",
            20,
            "approx",
        ),
        ("Up to 20 drones were destroyed over the Tula region, the ministry said.", 20, "at_most"),
        (
            "A hundred and twenty drones were destroyed over the Tula region, the ministry said.",
            120,
            "exact",
        ),
        (
            "One hundred and five drones were destroyed over the Tula region, the ministry said.",
            105,
            "exact",
        ),
    ],
)
def test_english_ranges_bounds_and_hundreds(text: str, count: int, qualifier: str) -> None:
    (r,) = parse(text, date(2025, 9, 3))
    assert (r.total, r.total_qualifier) == (count, qualifier)
    assert [(c.area_id, c.count, c.qualifier) for c in r.claims] == [("RU-TUL", count, qualifier)]


def test_several_dozen_is_no_number() -> None:
    text = "Several dozen drones were destroyed over the Tula region overnight, the governor said."
    assert report_summaries(text, date(2025, 9, 3)) == [
        ("governor", "RU", None, [("RU-TUL", None)], date(2025, 9, 3))
    ]


def test_two_numbers_joined_by_and_stay_two_without_between() -> None:
    text = "Twelve drones were destroyed over the Tula region and 15 over the Kursk region."
    assert report_summaries(text, date(2025, 9, 3)) == [
        ("media", "RU", None, [("RU-TUL", 12), ("RU-KRS", 15)], None)
    ]


# --- who said it: Moscow beside Kyiv, the ministry by its country or its spokesman -------------
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said it had hit a depot. Moscow said 14 drones were shot down over the Kaluga region.",
        "Russia's ministry reported 14 drones shot down over the Kaluga region.",
        "A ministry spokesman told reporters that 14 drones were shot down over the Kaluga region.",
    ],
)
def test_moscow_and_russias_ministry_are_the_ministry(text: str) -> None:
    assert report_summaries(text, date(2025, 9, 3))[-1] == ("mod", "RU", 14, [("RU-KLU", 14)], None)


def test_a_mayor_of_moscow_is_no_ministry() -> None:
    text = "Officials in Moscow said two drones were shot down on approach to the capital, Mayor Sobyanin wrote."
    assert report_summaries(text, date(2025, 9, 3))[0][0] == "mayor"


# --- which report: one sentence that tells two times (time_clauses.split_times) ---------------
def test_two_windows_in_one_sentence_are_two_reports() -> None:
    text = (
        "С 10:00 до 13:00 мск над Калужской областью уничтожены 4 БПЛА, а с 13:00 до 18:00 — "
        "еще 7 над Тульской, сообщили в Минобороны."
    )
    d = date(2025, 9, 3)
    assert report_summaries(text, d) == [
        ("mod", "RU", 4, [("RU-KLU", 4)], None),
        ("mod", "RU", 7, [("RU-TUL", 7)], None),
    ]
    assert report_windows(text, d) == [
        (datetime(2025, 9, 3, 10, tzinfo=MSK), datetime(2025, 9, 3, 13, tzinfo=MSK)),
        (datetime(2025, 9, 3, 13, tzinfo=MSK), datetime(2025, 9, 3, 18, tzinfo=MSK)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "В ночь на 1 сентября над Калужской областью сбиты 10 дронов, а в ночь на 2 сентября — "
        "еще 6, сообщил губернатор Владислав Шапша.",
        "On the night of August 31 to September 1 the governor of the Kaluga region said 10 drones "
        "were downed over the region; on the night of September 1-2 he reported six more drones "
        "destroyed.",
    ],
)
def test_two_nights_in_one_sentence_are_two_reports(text: str) -> None:
    assert report_summaries(text, date(2025, 9, 3)) == [
        ("governor", "RU", 10, [("RU-KLU", 10)], date(2025, 9, 1)),
        ("governor", "RU", 6, [("RU-KLU", 6)], date(2025, 9, 2)),
    ]


def test_one_time_then_a_clause_without_its_own_stays_one_report() -> None:
    text = "В ночь на 2 сентября над Калужской областью сбиты 10 дронов, а над Тульской — еще 6."
    assert report_summaries(text, date(2025, 9, 3)) == [
        ("media", "RU", None, [("RU-KLU", 10), ("RU-TUL", 6)], date(2025, 9, 2))
    ]


# --- both sides in one sentence joined by ", and" ----------------------------------------------
def test_and_before_a_side_s_name_cuts_the_sentence() -> None:
    text = (
        "Russia's defence ministry said 12 drones were shot down over the Kursk region, and "
        "Ukraine's air force said it had downed 40 Russian drones."
    )
    d = date(2025, 9, 3)
    assert [(r.reporter, r.country, r.total) for r in parse(text, d)] == [
        ("mod", "RU", 12),
        ("other", "UA", 40),
    ]


def test_and_before_anything_else_cuts_nothing() -> None:
    text = "Twelve drones were shot down over the Kursk region, and debris fell on a farm, the governor said."
    assert report_summaries(text, date(2025, 9, 3)) == [
        ("governor", "RU", 12, [("RU-KRS", 12)], None)
    ]


# --- counts: "N of the M drones", a figure set right in English --------------------------------
def test_the_part_shot_down_of_the_drones_launched() -> None:
    text = (
        "Ukraine's air force said it had neutralised 61 of the 75 drones Russia launched overnight."
    )
    assert [(r.country, r.total) for r in parse(text, date(2025, 9, 3))] == [("UA", 61)]


def test_one_of_the_two_drones_is_no_count_of_its_own() -> None:
    text = "Two drones were shot down over the Kursk region; debris from one of the two drones hit a barn."
    assert report_summaries(text, date(2025, 9, 3)) == [("media", "RU", 2, [("RU-KRS", 2)], None)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry corrected its figure, saying 29, not 26, drones were downed over the Kursk region.",
        "The ministry later clarified that 29, not 26, drones were downed over the Kursk region.",
    ],
)
def test_the_figure_before_not_is_the_one(text: str) -> None:
    assert report_summaries(text, date(2025, 9, 3)) == [("mod", "RU", 29, [("RU-KRS", 29)], None)]


# --- windows in GMT: the zone said once, a weekday after the hours ----------------------------
def test_gmt_said_once_after_both_hours() -> None:
    text = "Between 0100 and 0400 GMT, 15 drones were downed over the Smolensk region, the ministry said."
    d = date(2025, 9, 3)
    assert report_windows(text, d) == [(_msk(d, 4), _msk(d, 7))]


def test_a_weekday_after_gmt_hours_dates_them_before_they_move_to_moscow_time() -> None:
    # Tuesday 2 September: 2300 GMT on Monday is 02:00 on Tuesday in Moscow
    text = "From 2300 GMT on Monday to 0300 GMT on Tuesday, 15 drones were downed over the Smolensk region."
    d = date(2025, 9, 3)
    assert report_windows(text, d) == [(_msk(date(2025, 9, 2), 2), _msk(date(2025, 9, 2), 6))]


def _msk(d: date, hour: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=MSK)


# --- places: "among them" opens a list of regions without figures ------------------------------
def test_regions_listed_after_among_them_are_named_in_the_total() -> None:
    text = (
        "The ministry said 40 drones were shot down over six regions, among them Bryansk, Kursk "
        "and Belgorod, in the course of the night."
    )
    d = date(2025, 9, 3)
    assert report_summaries(text, d) == [
        ("mod", "RU", 40, [("RU-BRY", None), ("RU-KRS", None), ("RU-BEL", None)], d)
    ]


# --- who said it: the ministry's formula for who shot names no speaker -------------------------
@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        (
            "Над Тульской областью дежурными средствами ПВО уничтожены 3 БПЛА, сообщил "
            "губернатор Дмитрий Миляев.",
            "governor",
        ),
        ("Дежурными средствами ПВО над Тульской областью уничтожены 3 БПЛА.", "mod"),
    ],
)
def test_a_governor_quoting_the_duty_formula_is_the_speaker(text: str, reporter: str) -> None:
    assert report_summaries(text, date(2025, 9, 3)) == [(reporter, "RU", 3, [("RU-TUL", 3)], None)]


# --- a wire's dateline: the day after a short month is a date, never the count ----------------
@pytest.mark.parametrize(
    "dateline", ["KYIV, Aug 12 -", "Aug. 12 -", "Sept 12 -", "LONDON, Dec 12 -", "(Nov 12)"]
)
def test_the_day_of_a_dateline_is_no_count(dateline: str) -> None:
    text = f"{dateline} Air defences destroyed 41 drones over the Kursk region, the ministry said."
    assert [(c.area_id, c.count) for r in parse(text) for c in r.claims] == [("RU-KRS", 41)]
