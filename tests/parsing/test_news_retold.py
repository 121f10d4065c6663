"""News retellings of the ministry, governors, mayors and Ukraine's side (issue 10), written for
this project in our own words. Grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import msk_at, report_summaries, report_windows


# --- counts: a participle before its drone noun, a time or a place between ----------------------
def test_participle_then_night_then_drone_noun_is_a_count() -> None:
    text = (
        "С 8:00 до 14:00 мск 27 октября над Брянской областью уничтожены 9 беспилотников, "
        "сообщили в Минобороны. Ранее ведомство сообщало о 43 сбитых за ночь беспилотниках."
    )
    d = date(2025, 10, 27)
    assert report_summaries(text, d) == [
        ("mod", "RU", 9, [("RU-BRY", 9)], None),
        ("mod", "RU", 43, [], d),
    ]


def test_participle_then_place_then_drone_noun_is_the_total() -> None:
    text = (
        "Минобороны сообщило о 25 сбитых над регионами БПЛА, в том числе 10 над Ростовской "
        "областью."
    )
    assert report_summaries(text, date(2025, 2, 11)) == [("mod", "RU", 25, [("RU-ROS", 10)], None)]


def test_participle_without_a_drone_noun_after_it_counts_nothing_new() -> None:
    text = "Минобороны сообщило о 25 сбитых над Курской областью ракетах."
    assert report_summaries(text, date(2025, 2, 11)) == []


# --- who said it: "Russia says" in a wire's headline or lede -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russia says 38 Ukrainian drones downed overnight; Kyiv says it hit a fuel depot",
        "Russia said on Monday its air defences destroyed 38 Ukrainian drones overnight.",
    ],
)
def test_russia_says_is_the_ministry(text: str) -> None:
    d = date(2025, 11, 3)
    assert report_summaries(text, d) == [("mod", "RU", 38, [], d)]


def test_an_attack_on_russia_names_no_speaker() -> None:
    text = "Ukraine's drone attack on Russia said to involve 40 drones, 12 of them shot down over the Kursk region."
    assert [r.reporter for r in parse(text, date(2025, 11, 3))] != ["mod"]


# --- which side: Ukraine's side in Russian news words ------------------------------------------
def test_kyiv_headline_and_the_ukrainian_forces_shooting_down_are_ukraines_side() -> None:
    text = (
        "Киев: ВСУ за ночь сбили 60 из 83 дронов. Российское Минобороны сообщило об уничтожении "
        "38 беспилотников над шестью регионами."
    )
    d = date(2025, 11, 3)
    assert report_summaries(text, d) == [
        ("other", "UA", 60, [], d),
        ("mod", "RU", 38, [], None),
    ]


def test_in_kyiv_they_said_is_ukraines_side() -> None:
    text = "В Киеве заявили, что за ночь украинская ПВО уничтожила 45 из 70 ударных дронов."
    d = date(2025, 11, 3)
    assert report_summaries(text, d) == [("other", "UA", 45, [], d)]


def test_drones_of_the_ukrainian_forces_shot_down_stay_russias_report() -> None:
    text = "Над Белгородской областью ночью сбиты семь беспилотников ВСУ, сообщили в Минобороны."
    d = date(2025, 11, 3)
    assert report_summaries(text, d) == [("mod", "RU", 7, [("RU-BEL", 7)], d)]


# --- who said it: two Russian speakers in one sentence -----------------------------------------
def test_mayor_then_governor_in_one_sentence_are_two_reports() -> None:
    text = (
        "Four drones heading for Moscow were shot down on Wednesday morning, Sobyanin said, "
        "while the Moscow region governor reported debris falling near Ramenskoye."
    )
    # debris falling is where a downed drone fell: the governor's place (``other_speakers``)
    assert report_summaries(text, date(2025, 9, 10)) == [
        ("mayor", "RU", 4, [("RU-MOW", 4)], None),
        ("governor", "RU", None, [("RU-MOS", None)], None),
    ]


def test_governor_then_ministry_with_a_russian_a() -> None:
    text = (
        "Губернатор Курской области сообщил о пяти сбитых над регионом беспилотниках, а "
        "Минобороны — о семи сбитых над Курской областью БПЛА."
    )
    assert report_summaries(text, date(2025, 9, 10)) == [
        ("governor", "RU", 5, [("RU-KRS", 5)], None),
        ("mod", "RU", 7, [("RU-KRS", 7)], None),
    ]


# --- which night: a report with no time of its own --------------------------------------------
def test_a_governor_without_a_time_takes_no_night_from_the_ministry() -> None:
    """The labels of real news give a night only where the report's own words name it."""
    text = (
        "В ночь на 6 мая силы ПВО уничтожили 25 украинских беспилотников над территорией России, "
        "сообщили в Минобороны. Губернатор Воронежской области написал, что над регионом "
        "уничтожены шесть БПЛА."
    )
    assert [r.night_of for r in parse(text, date(2025, 5, 6))] == [date(2025, 5, 6), None]


# --- which day: a Russian weekday, the publication day's morning --------------------------------
def test_russian_weekday_is_that_day() -> None:
    text = (
        "В Минобороны сообщили, что в воскресенье днем над Белгородской областью были уничтожены "
        "две ракеты и шесть беспилотников."
    )
    d = date(2024, 8, 12)  # a Monday
    assert report_windows(text, d) == [(msk_at(date(2024, 8, 11), 0), msk_at(d, 0))]
    assert report_summaries(text, d) == [("mod", "RU", 6, [("RU-BEL", 6)], None)]


def test_russian_weekday_of_the_night_stays_the_night() -> None:
    text = (
        "В ночь на воскресенье над Курской областью сбиты 12 беспилотников, сообщили в Минобороны."
    )
    assert report_summaries(text, date(2024, 8, 12)) == [
        ("mod", "RU", 12, [("RU-KRS", 12)], date(2024, 8, 11))
    ]


def test_this_morning_after_late_on_monday_is_another_report() -> None:
    text = (
        "Russia's defence ministry said air defences destroyed eight drones over the Kaluga "
        "region late on Monday. This morning the ministry reported another 15 drones downed over "
        "the Tula region."
    )
    d = date(2025, 6, 3)
    assert report_summaries(text, d) == [
        ("mod", "RU", 8, [("RU-KLU", 8)], None),
        ("mod", "RU", 15, [("RU-TUL", 15)], None),
    ]
    assert report_windows(text, d) == [(msk_at(date(2025, 6, 2), 0), msk_at(d, 0)), None]


def test_overnight_and_this_morning_are_one_report() -> None:
    text = (
        "Air defences destroyed 20 drones overnight, the defence ministry said. This morning "
        "five more were shot down over the Bryansk region."
    )
    d = date(2025, 6, 3)
    assert report_summaries(text, d) == [("mod", "RU", 20, [("RU-BRY", 5)], d)]


# --- which time: a start only in English ------------------------------------------------------
def test_as_of_a_moscow_hour_is_a_point_in_time() -> None:
    text = (
        "As of 10 a.m. Moscow time, four drones had been destroyed over the Bryansk region, "
        "Governor Alexander Bogomaz said."
    )
    d = date(2025, 5, 9)
    assert report_windows(text, d) == [(msk_at(d, 10), msk_at(d, 10))]
    assert report_summaries(text, d) == [("governor", "RU", 4, [("RU-BRY", 4)], None)]


# --- counts: an attack all of whose drones were shot down -------------------------------------
def test_an_attack_all_shot_down_in_one_sentence_is_the_total() -> None:
    text = (
        "Украинские военные атаковали Россию 120 беспилотниками, все они были перехвачены над "
        "11 регионами, сообщили в Минобороны."
    )
    assert report_summaries(text, date(2025, 12, 22)) == [("mod", "RU", 120, [], None)]


def test_an_attack_without_all_shot_down_stays_no_total() -> None:
    text = "Украинские военные атаковали Россию 120 беспилотниками, сообщили в Минобороны."
    assert report_summaries(text, date(2025, 12, 22)) == []


# --- which side: Kyiv's air force, and the part of a launch shot down -------------------------
def test_kyivs_air_force_and_of_which_after_the_launch() -> None:
    text = (
        "Kyiv's air force said Russia launched 130 Shahed-type drones and decoys overnight, of "
        "which 100 were shot down or suppressed by electronic warfare."
    )
    d = date(2025, 12, 22)
    assert report_summaries(text, d) == [("other", "UA", 100, [], d)]


def test_shot_down_of_launched_in_russian_news_words() -> None:
    text = (
        "Воздушные силы ВСУ отчитались о 100 сбитых из 130 запущенных дронов. В российском "
        "Минобороны заявили, что за ночь над регионами России перехвачены 41 украинский "
        "беспилотник."
    )
    d = date(2025, 12, 22)
    assert report_summaries(text, d) == [("other", "UA", 100, [], None), ("mod", "RU", 41, [], d)]


def test_of_them_without_an_interception_verb_stays_a_subset() -> None:
    text = "Всего сбиты 50 дронов, из них 20 летели со стороны моря."
    assert report_summaries(text, date(2025, 12, 22)) == [("media", "RU", 50, [], None)]


# --- places: where one of the drones just counted came down -----------------------------------
def test_one_of_them_fell_in_a_district_is_no_figure_of_its_region() -> None:
    text = (
        "Мэр Москвы Сергей Собянин сообщил, что на подлете к городу сбиты три беспилотника. "
        "Губернатор Подмосковья уточнил, что один из них упал в Ступинском районе."
    )
    got = parse(text, date(2025, 7, 2))
    assert report_summaries(text, date(2025, 7, 2)) == [
        ("mayor", "RU", 3, [("RU-MOW", 3)], None),
        ("governor", "RU", None, [("RU-MOS", None)], None),
    ]
    assert [(c.district_id, c.count, c.rule) for c in got[1].claims if c.district_id] == [
        ("RU-MOS:stupinsky", 1, "part_of")
    ]


# --- who said it: the mayor's part of the ministry's figure ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down 14 drones over the Moscow region overnight, the defence ministry "
        "said; Moscow's mayor said eight of them were flying towards the capital.",
        "Минобороны сообщило, что ночью над Московским регионом сбиты 14 беспилотников. Собянин "
        "уточнил, что восемь из них летели на Москву.",
    ],
)
def test_the_mayors_part_flying_at_moscow_is_his_figure(text: str) -> None:
    d = date(2025, 7, 2)
    assert report_summaries(text, d) == [
        ("mod", "RU", 14, [("RU-MOW+RU-MOS", 14)], d),
        ("mayor", "RU", 8, [("RU-MOW", 8)], None),
    ]


# --- items: a source named between two commas inside a clause ---------------------------------
@pytest.mark.parametrize(
    ("second", "reporter"),
    [
        ("Еще два, по данным Минобороны, уничтожены над акваторией Черного моря.", "mod"),
        ("Еще два, по словам военных, уничтожены над акваторией Черного моря.", "media"),
    ],
)
def test_a_source_between_commas_keeps_the_count_with_its_place(second: str, reporter: str) -> None:
    text = f"Над Крымом ночью сбиты четыре беспилотника, сообщили власти полуострова. {second}"
    d = date(2025, 10, 6)
    assert report_summaries(text, d) == [
        (reporter, "RU", None, [("UA-43", 4), ("SEA-BLACK", 2)], d)
    ]


# --- which day: a weekday named before a window's hours ---------------------------------------
def test_a_weekday_before_the_hours_dates_the_window() -> None:
    text = (
        "Вечером в воскресенье, с 18:00 до 21:00 мск, над Ростовской областью уничтожены 13 "
        "беспилотников, сообщает РИА Новости со ссылкой на Минобороны."
    )
    d = date(2025, 4, 14)  # a Monday
    sunday = date(2025, 4, 13)
    assert report_windows(text, d) == [(msk_at(sunday, 18), msk_at(sunday, 21))]


# --- which night: English "this night" ---------------------------------------------------------
def test_this_night_is_the_night_before_publication() -> None:
    text = (
        '"This night, air defence forces intercepted and destroyed 18 Ukrainian UAVs over the '
        'territory of the Voronezh region," Voronezh Governor Alexander Gusev wrote on Telegram.'
    )
    d = date(2025, 4, 14)
    assert report_summaries(text, d) == [("governor", "RU", 18, [("RU-VOR", 18)], d)]


# --- counts: a singular participle, a drone noun said once -------------------------------------
def test_a_singular_participle_before_its_drone_noun_counts() -> None:
    text = "Минобороны РФ сообщило о 41 сбитом над регионами России беспилотнике."
    assert report_summaries(text, date(2025, 10, 6)) == [("mod", "RU", 41, [], None)]


def test_the_drone_noun_said_once_for_the_part_shot_down() -> None:
    text = (
        "Ukraine's air force said on Monday that Russia had attacked with 116 drones overnight "
        "and that 87 had been shot down or jammed."
    )
    d = date(2025, 10, 6)
    assert report_summaries(text, d) == [("other", "UA", 87, [], d)]


# --- who said it: a head of region named by his title alone ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's General Staff said its long-range drones hit a radar station in the Bryansk "
        "region. The regional governor said air defences destroyed seven drones.",
        "Генштаб ВСУ заявил о поражении радиолокационной станции в Брянской области. Губернатор "
        "региона сообщил, что средства ПВО уничтожили семь беспилотников.",
    ],
)
def test_the_regional_governor_speaks_for_the_region_in_context(text: str) -> None:
    assert report_summaries(text, date(2025, 4, 14)) == [
        ("governor", "RU", 7, [("RU-BRY", 7)], None)
    ]


# --- counts: one more, its verb said once -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Smolensk Governor Vasily Anokhin said seven drones were destroyed over the Smolensk "
        "region overnight and another one in the morning.",
        "Губернатор Смоленской области сообщил, что ночью над регионом уничтожены семь "
        "беспилотников и еще один утром.",
    ],
)
def test_another_one_after_and_adds_to_the_figure_before(text: str) -> None:
    d = date(2025, 8, 18)
    assert report_summaries(text, d) == [("governor", "RU", 8, [("RU-SMO", 8)], d)]


def test_another_one_with_its_own_window_does_not_add() -> None:
    text = (
        "Над Смоленской областью с 20:00 до 23:00 уничтожены семь беспилотников и еще один с "
        "23:00 до 07:00."
    )
    got = parse(text, date(2025, 8, 18))
    assert [c.count for r in got for c in r.claims] != [8]


# --- which night: hours of the small hours ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "С 02:00 до 06:00 на подлете к Москве сбиты девять беспилотников, сообщил Сергей Собянин.",
        "Russian air defences shot down 9 drones on approach to Moscow between 2 a.m. and 6 "
        "a.m., Sobyanin said.",
    ],
)
def test_a_window_in_the_small_hours_is_that_night(text: str) -> None:
    d = date(2025, 8, 18)
    assert report_summaries(text, d) == [("mayor", "RU", 9, [("RU-MOW", 9)], d)]
    assert report_windows(text, d) == [(msk_at(d, 2), msk_at(d, 6))]


def test_a_morning_window_is_no_night() -> None:
    text = (
        "С 08:00 до 11:00 над Брянской областью сбиты девять беспилотников, сообщили в Минобороны."
    )
    d = date(2025, 8, 18)
    assert report_summaries(text, d) == [("mod", "RU", 9, [("RU-BRY", 9)], None)]


# --- which side: Ukrainian "N з M" --------------------------------------------------------------
def test_ukrainian_of_is_the_part_shot_down() -> None:
    text = (
        "Сили ППО знищили 70 з 85 ударних БпЛА, якими Росія атакувала Україну в ніч на 18 "
        "серпня, повідомили у Повітряних силах."
    )
    d = date(2025, 8, 18)
    assert report_summaries(text, d) == [("other", "UA", 70, [], d)]


# --- counts: "— ещё N" after a region's figures ------------------------------------------------
def test_more_of_the_regions_drones_at_another_time_is_its_own_report() -> None:
    text = (
        "За выходные над Брянской областью сбиты 90 беспилотников, сообщил губернатор Александр "
        "Богомаз. В ночь на понедельник — еще 12."
    )
    d = date(2025, 12, 22)
    assert report_summaries(text, d) == [
        ("governor", "RU", 90, [("RU-BRY", 90)], None),
        ("governor", "RU", 12, [("RU-BRY", 12)], d),
    ]


def test_more_over_the_sea_adds_to_a_district_figure_for_the_governors_region() -> None:
    text = (
        "Губернатор Брянской области сообщил о шести сбитых дронах. По его словам, три дрона "
        "сбили над Погарским районом. Еще три беспилотника уничтожили над морем."
    )
    got = parse(text, date(2025, 7, 23))
    assert [(c.area_id, c.district_id, c.count, c.rule) for r in got for c in r.claims] == [
        ("RU-BRY", "RU-BRY:pogarsky", 3, "count_over_place"),
        ("RU-BRY", None, 3, "region_from_district"),
        ("RU-BRY", None, 3, "more_in_region"),
    ]


def test_more_with_a_place_of_its_own_is_not_the_regions() -> None:
    text = (
        "Губернатор Брянской области сообщил о сбитом беспилотнике над Погарским районом. Позже "
        "он рассказал о еще одном дроне, сбитом у Обнинска."
    )
    got = parse(text, date(2025, 6, 3))
    assert "more_in_region" not in {c.rule for r in got for c in r.claims}


# --- who said it: English headquarters, a headline's attribution -------------------------------
def test_the_regions_operational_headquarters_is_the_governor() -> None:
    text = (
        "Three drones were shot down over the Krasnodar region overnight and debris fell on an oil "
        "depot, the Krasnodar region's operational headquarters said. The defence ministry put "
        "the number downed over the region at nine."
    )
    d = date(2025, 3, 5)
    got = report_summaries(text, d)
    assert got[0] == ("governor", "RU", 3, [("RU-KDA", 3)], d)
    assert got[1][0] == "mod"


def test_a_headline_attributed_after_a_dash_is_the_ministry() -> None:
    text = "Russia downs 26 drones over three regions - ministry"
    assert report_summaries(text, date(2025, 3, 5)) == [("mod", "RU", 26, [], None)]


# --- places: a figure the report rules gave covers the same area named without one -------------
def test_the_regions_figure_covers_its_name_without_a_figure() -> None:
    text = (
        "Оперштаб Краснодарского края сообщил о трех сбитых беспилотниках. Минобороны сообщило "
        "о девяти БПЛА, уничтоженных над регионом."
    )
    got = parse(text, date(2025, 3, 5))
    assert [(r.reporter, [(c.area_id, c.count, c.rule) for c in r.claims]) for r in got] == [
        ("governor", [("RU-KDA", 3, "one_region_total")]),
        ("mod", [("RU-KDA", 9, "one_region_total")]),
    ]


def test_more_after_a_region_named_without_a_figure_is_no_figure_of_it() -> None:
    text = (
        "Губернатор Брянской области сообщил, что беспилотник упал на территории завода в "
        "Погаре. После этого был сбит еще один БПЛА."
    )
    got = parse(text, date(2025, 6, 3))
    assert "more_in_region" not in {c.rule for r in got for c in r.claims}


# --- counts: people hurt are no drones -----------------------------------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "Кроме того, в Белгородской области в результате атаки дрона на село ранены двое.",
        "Кроме того, в Белгородской области при атаке дрона ранены 2, погиб 1.",
    ],
)
def test_people_hurt_after_a_drone_attack_are_no_figure(second: str) -> None:
    text = f"Средства ПВО сбили 26 беспилотников за ночь, сообщили в Минобороны. {second}"
    d = date(2025, 3, 5)
    assert report_summaries(text, d) == [("mod", "RU", 26, [], d)]


# --- counts: a number right after a verb that downs, its drone noun said before ---------------
@pytest.mark.parametrize(
    "text",
    [
        "Over the past week the ministry said it destroyed 900 drones. Overnight into Monday it "
        "downed 52 over nine regions.",
        "За неделю силы ПВО уничтожили 900 беспилотников. В ночь на понедельник сбиты 52 над "
        "девятью регионами.",
    ],
)
def test_a_number_after_a_verb_that_downs_counts_the_drones_named_before(text: str) -> None:
    d = date(2026, 3, 2)  # a Monday
    assert [(r.total, r.night_of) for r in parse(text, d)] == [(900, None), (52, d)]


def test_a_verbal_noun_before_a_number_counts_nothing() -> None:
    # "при уничтожении одного из катеров": no verb that downs, no figure of its own
    text = "Флот уничтожил три безэкипажных катера. При уничтожении одного из них выбиты стёкла."
    assert parse(text, date(2026, 3, 2)) == []


# --- Ukraine's side naming its own country: "над Украиной" is where its figure lies -------------


def test_ukraine_side_figure_over_ukraine_is_ukraines_total() -> None:
    text = (
        "Генштаб ВСУ утверждает, что над территорией Украины ночью были перехвачены 73 дрона. "
        "По данным Минобороны России, над Брянской областью сбиты 15 беспилотников."
    )
    assert report_summaries(text, date(2026, 3, 14)) == [
        ("other", "UA", 73, [], date(2026, 3, 14)),
        ("mod", "RU", 15, [("RU-BRY", 15)], None),
    ]


@pytest.mark.parametrize("where", ["over Ukraine", "across Ukraine"])
def test_ukraine_side_over_ukraine_in_english(where: str) -> None:
    text = f"Ukraine's air force said 48 Russian drones were downed {where} overnight."
    assert report_summaries(text, date(2026, 3, 14)) == [("other", "UA", 48, [], date(2026, 3, 14))]


def test_ukraine_side_figure_over_one_of_its_cities_stays_out() -> None:
    # a city of Ukraine is a part of the country, not Ukraine's whole figure
    text = "Воздушные силы ВСУ сообщили, что над Харьковом уничтожены 9 дронов."
    assert report_summaries(text, date(2026, 3, 14)) == []


def test_russian_side_figure_over_ukraine_stays_out() -> None:
    text = "Российская ПВО, как утверждается, сбила над Украиной 12 беспилотников."
    assert report_summaries(text, date(2026, 3, 14)) == []


# --- a speaker telling of more drones: "сообщил ещё об одном, летевшем на столицу" ---------------


@pytest.mark.parametrize(
    ("later", "more"),
    [
        ("Позднее мэр сообщил ещё об одном, летевшем на столицу.", 1),
        ("Спустя полчаса Собянин рассказал ещё о двух, летевших на Москву.", 2),
        ("Затем мэр доложил ещё о трёх беспилотниках, летевших в сторону столицы.", 3),
    ],
)
def test_a_mayors_later_line_telling_of_more_drones_bound_for_moscow(later: str, more: int) -> None:
    text = "Мэр Москвы: силами ПВО уничтожены пять беспилотников, летевших на Москву. " + later
    assert report_summaries(text, date(2026, 3, 14)) == [
        ("mayor", "RU", None, [("RU-MOW", 5), ("RU-MOW", more)], None)
    ]


def test_telling_of_more_without_a_figure_before_is_no_line_of_a_list() -> None:
    # nothing was downed before: "ещё о двух" is no more drones of anyone's figure
    text = "Губернатор рассказал ещё о двух происшествиях на дорогах области."
    assert report_summaries(text, date(2026, 3, 14)) == []


@pytest.mark.parametrize(
    ("later", "more"),
    [
        ("Позднее мэр написал ещё об одном уничтоженном беспилотнике.", 1),
        ("Через десять минут Собянин сообщил ещё о двух сбитых дронах.", 2),
    ],
)
def test_more_told_of_after_drones_bound_for_moscow_are_bound_for_it(later: str, more: int) -> None:
    # no target of its own: more of the drones the mayor's figure was of, flying at the capital
    text = "Мэр Москвы: отражена атака четырёх беспилотников, летевших на столицу. " + later
    assert report_summaries(text, date(2026, 3, 14)) == [
        ("mayor", "RU", None, [("RU-MOW", 4), ("RU-MOW", more)], None)
    ]


def test_more_told_of_after_a_regions_figure_stays_that_regions() -> None:
    text = (
        "Губернатор Брянской области сообщил, что над регионом сбиты шесть беспилотников. "
        "Позднее он написал ещё о двух сбитых дронах."
    )
    assert report_summaries(text, date(2026, 3, 14)) == [
        ("governor", "RU", None, [("RU-BRY", 6), ("RU-BRY", 2)], None)
    ]


# --- a headline that names a side ("Russia claims") retells the figure of the speaker below ----
@pytest.mark.parametrize(
    ("text", "reporter", "rows"),
    [
        (
            "Russia claims 12 drones downed over Crimea\n\nCrimea's head Sergei Aksyonov said air "
            "defences had destroyed 12 drones over the peninsula overnight.",
            "governor",
            [("UA-43", 12)],
        ),
        (
            "Moscow says 9 drones downed over Kaluga region\n\nThe Kaluga region's governor said "
            "nine drones had been shot down overnight, with debris falling on a field.",
            "governor",
            [("RU-KLU", 9)],
        ),
        (
            "Kremlin says seven drones shot down over Belgorod region\n\nBelgorod governor "
            "Vyacheslav Gladkov said seven drones were destroyed over the region overnight.",
            "governor",
            [("RU-BEL", 7)],
        ),
    ],
)
def test_a_headline_of_the_side_retells_the_speakers_figure(
    text: str, reporter: str, rows: list[tuple[str, int]]
) -> None:
    d = date(2025, 8, 23)
    assert report_summaries(text, d) == [(reporter, "RU", rows[0][1], rows, d)]


def test_a_headline_of_the_side_with_another_figure_stays_a_report() -> None:
    text = (
        "Russia says 40 drones downed over Belgorod region\n\nBelgorod governor Vyacheslav "
        "Gladkov said seven drones were destroyed over the region overnight."
    )
    d = date(2025, 8, 23)
    assert [(r[0], r[2]) for r in report_summaries(text, d)] == [("mod", 40), ("governor", 7)]


# --- a headline's clause of a strike, set off by a semicolon: its place is no place of the figure --
@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "Ukraine strikes oil refinery in Saratov; Moscow says 20 drones downed",
            ("RU-SAR", "RU-SAR:saratov"),
        ),
        (
            "Drones hit a fuel depot in Kursk; Russia says 14 drones destroyed",
            ("RU-KRS", "RU-KRS:kursk"),
        ),
        (
            "Удар по нефтебазе в Саратове; Минобороны сообщило о 20 сбитых беспилотниках",
            ("RU-SAR", "RU-SAR:saratov"),
        ),
    ],
)
def test_a_clause_of_a_strike_names_the_town_hit_not_the_figures_place(
    text: str, hit: tuple[str, str]
) -> None:
    (report,) = parse(text, date(2026, 1, 19))
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [(*hit, None)]


def test_the_figure_with_its_own_place_beside_a_clause_of_a_strike_keeps_it() -> None:
    text = "Russia says 9 drones downed over Bryansk region; strikes reported in Kursk"
    (report,) = parse(text, date(2026, 1, 19))
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-BRY", None, 9),
        ("RU-KRS", "RU-KRS:kursk", None),
    ]


def test_a_headline_retelling_the_statement_puts_it_first() -> None:
    text = (
        "Ukraine strikes oil refinery in Saratov; Moscow says 12 drones downed\n\n"
        "The Saratov governor said wreckage of a downed drone damaged a warehouse in the "
        "city's Leninsky district.\n\n"
        "Russia's Defence Ministry said its air defences destroyed 12 drones overnight: seven "
        "over the Saratov region and five over the Rostov region."
    )
    first, *others = parse(text, date(2026, 1, 19))
    assert (first.reporter, first.total, [(c.area_id, c.count) for c in first.claims]) == (
        "mod",
        12,
        [("RU-SAR", 7), ("RU-ROS", 5)],
    )
    assert [c.count for r in others for c in r.claims if c.count is not None] == []
