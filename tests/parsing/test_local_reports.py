"""Issue 10: Russian ministry statements and governors' posts the parser has never seen.

Each test is a rule about the language, with reports written for these tests in our own
words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse, vocab
from tests.parsing.conftest import claim_rows

# ---------------------------------------------------------------- a name of several places


def test_a_district_in_several_regions_is_not_decided_by_its_bare_adjective() -> None:
    # "Каменский район" lies in two regions; "Каменский" alone is a town's okrug in a third
    text = "Этой ночью над Каменским районом уничтожены два беспилотника."
    reports = parse(text)
    assert claim_rows(text) == []
    assert [why for r in reports for why, _span in r.doubts] == ["Каменский район"]


def test_a_subset_over_a_district_of_the_named_region_is_that_district() -> None:
    text = (
        "Над Ростовской областью уничтожены 11 беспилотников, из них пять — над Каменским районом."
    )
    assert claim_rows(text) == [("RU-ROS", None, 11), ("RU-ROS", "RU-ROS:kamensky", 5)]


# ---------------------------------------------------------------- tallies since long ago


@pytest.mark.parametrize(
    "tally",
    [
        "С начала года над регионом уничтожено свыше 900 беспилотников.",
        "А всего с начала 2025 года над областью сбиты более 1200 БПЛА.",
        "С начала мая силы ПВО уничтожили над регионом 140 дронов.",
        "С начала войны над областью сбито более трех тысяч беспилотников.",
    ],
)
def test_a_tally_since_the_start_of_a_year_month_or_war_is_no_figure(tally: str) -> None:
    # (a tally since the year or the month began is a recap of its own, with its period:
    # tests/parsing/test_news_since_recaps.py; the night's figure is the night's alone)
    text = f"Этой ночью над Воронежской областью сбиты четыре беспилотника. {tally}"
    reports = [r for r in parse(text) if r.period is None]
    assert [(c.area_id, c.count) for r in reports for c in r.claims] == [("RU-VOR", 4)]
    assert [r.total for r in reports] == [4]


def test_the_day_s_running_count_is_still_a_figure() -> None:
    text = "С начала суток над Брянской областью уничтожены семь беспилотников."
    assert claim_rows(text) == [("RU-BRY", None, 7)]


# ---------------------------------------------------------------- who said it


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Глава Курской области: ночью над регионом сбиты три БПЛА.", "governor"),
        ("Над Брянской областью уничтожены два дрона, написал руководитель региона.", "governor"),
        ("Глава Башкирии сообщил, что над республикой сбит беспилотник.", "governor"),
        ("Глава Елецкого муниципального округа: над Липецкой областью сбит беспилотник.", "mayor"),
        (
            "Глава Белгородского района сообщил, что над Белгородской областью сбиты два БПЛА.",
            "mayor",
        ),
    ],
)
def test_a_head_named_by_the_region_or_district_he_heads(text: str, reporter: str) -> None:
    assert [r.reporter for r in parse(text)] == [reporter]


# ---------------------------------------------------------------- places named by a feature


@pytest.mark.parametrize(
    "where",
    [
        "в районе Голубой бухты",
        "у Голубой бухты",
        "над Голубой бухтой",
        "в окрестностях Голубой бухты",
    ],
)
def test_an_adjective_and_a_coast_feature_is_a_place(where: str) -> None:
    text = f"Губернатор Краснодарского края: {where} сбиты два беспилотника."
    assert claim_rows(text) == [("RU-KDA", "RU-KDA:gelendzhik", 2), ("RU-KDA", None, 2)]


def test_a_feature_the_gazetteer_does_not_know_is_no_place() -> None:
    text = "Губернатор Краснодарского края: в районе Дальней косы сбиты два беспилотника."
    assert claim_rows(text) == [("RU-KDA", None, 2)]


# ---------------------------------------------------------------- a part of a figure


def test_one_of_the_drones_is_the_district_s_figure_not_the_region_s() -> None:
    text = (
        "Губернатор Краснодарского края сообщил, что один из беспилотников сбили над морем "
        "в районе Голубой бухты."
    )
    assert claim_rows(text) == [("RU-KDA", "RU-KDA:gelendzhik", 1), ("RU-KDA", None, None)]
    assert [r.total for r in parse(text)] == [None]


def test_one_drone_alone_is_also_the_region_s_figure() -> None:
    text = "Губернатор Краснодарского края сообщил, что в районе Голубой бухты сбит беспилотник."
    assert claim_rows(text) == [("RU-KDA", "RU-KDA:gelendzhik", 1), ("RU-KDA", None, 1)]


# ---------------------------------------------------------------- jammed down


@pytest.mark.parametrize(
    "text",
    [
        "Над Тульской областью обнаружен беспилотник, попавший под действие РЭБ.",
        "Над Тульской областью беспилотник попал под воздействие средств радиоэлектронной борьбы.",
    ],
)
def test_a_drone_caught_by_electronic_warfare_is_down(text: str) -> None:
    assert claim_rows(text) == [("RU-TUL", None, 1)]


def test_drones_caught_by_electronic_warfare_are_counted() -> None:
    text = "Губернатор Тульской области: над регионом четыре дрона попали под действие РЭБ."
    assert claim_rows(text) == [("RU-TUL", None, 4)]


# ---------------------------------------------------------------- an earlier post


def test_what_the_governor_said_in_the_morning_is_another_report() -> None:
    text = (
        "Губернатор Калужской области: над Обнинском сбит беспилотник. "
        "Утром глава региона сообщил, что над областью уничтожены шесть БПЛА."
    )
    reports = parse(text)
    assert [[(c.area_id, c.district_id, c.count) for c in r.claims] for r in reports] == [
        [("RU-KLU", "RU-KLU:obninsk", 1), ("RU-KLU", None, 1)],
        [("RU-KLU", None, 6)],
    ]


# ---------------------------------------------------------------- a name, a dash, its figure

_NAME_FIRST = {
    "one line": "Ночью уничтожены 11 БПЛА: Воронежская область — 6, Республика Крым — 3, "
    "Черное море — 2.",
    "bullets": "Ночью уничтожены 11 БПЛА:\n▪️ Воронежская область — 6;\n▪️ Республика Крым — 3;\n"
    "▪️ Черное море — 2.",
    "words": "Ночью уничтожены 11 БПЛА: Воронежская область – шесть, Республика Крым – три, "
    "Черное море – два.",
}


@pytest.mark.parametrize("text", _NAME_FIRST.values(), ids=_NAME_FIRST.keys())
def test_a_nominative_name_a_dash_and_a_figure_is_a_row(text: str) -> None:
    reports = parse(text)
    assert [(c.area_id, c.count, c.rule) for r in reports for c in r.claims] == [
        ("RU-VOR", 6, "name_dash_count"),
        ("UA-43", 3, "name_dash_count"),
        ("SEA-BLACK", 2, "name_dash_count"),
    ]
    assert [r.total for r in reports] == [11]


def test_name_first_rows_equal_figure_first_rows() -> None:
    name_first = "Над регионами сбиты 9 дронов: Подмосковье — семь, Брянская область — два."
    figure_first = (
        "Над регионами сбиты 9 дронов: семь — над Подмосковьем, два — над Брянской областью."
    )
    assert [(a, c) for a, _d, c in claim_rows(name_first)] == [("RU-MOS", 7), ("RU-BRY", 2)]
    assert [(a, c) for a, _d, c in claim_rows(name_first)] == [
        (a, c) for a, _d, c in claim_rows(figure_first)
    ]


def test_a_dash_after_a_word_that_is_no_place_is_no_row() -> None:
    text = "Итог — 5. Над Курской областью сбиты три дрона."
    assert claim_rows(text) == [("RU-KRS", None, 3)]


# ---------------------------------------------------------------- heads and names


def test_a_republic_s_head_may_be_capitalised() -> None:
    text = "Над Чувашской Республикой и Татарстаном сбиты пять беспилотников."
    assert claim_rows(text) == [("RU-CU", None, None), ("RU-TA", None, None)]
    assert [r.total for r in parse(text)] == [5]


@pytest.mark.parametrize(
    "where",
    ["над городским округом Подольск", "в городском округе Подольск", "над округом Подольск"],
)
def test_an_okrug_named_after_its_head_noun(where: str) -> None:
    text = f"Губернатор Московской области: {where} уничтожен беспилотник."
    assert claim_rows(text) == [("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)]


# ---------------------------------------------------------------- figures set right, totals


@pytest.mark.parametrize(
    "text",
    [
        "Над Брянской областью ночью сбиты не 12, а 14 беспилотников.",
        "Уточнение: над Брянской областью сбиты не двенадцать, а четырнадцать БПЛА.",
    ],
)
def test_not_this_figure_but_that_one(text: str) -> None:
    assert claim_rows(text) == [("RU-BRY", None, 14)]


def test_not_less_than_is_a_bound_not_a_correction() -> None:
    text = "Над Брянской областью сбиты не менее 14 беспилотников."
    assert [(c.count, c.qualifier) for r in parse(text) for c in r.claims] == [(14, "at_least")]


@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью уничтожены три беспилотника. Всего за ночь — восемь.",
        "Над Курской областью уничтожены три беспилотника.\nВсего за ночь: 8.",
    ],
)
def test_a_total_without_a_drone_noun_after_it(text: str) -> None:
    reports = parse(text)
    assert [(c.area_id, c.count) for r in reports for c in r.claims] == [("RU-KRS", 3)]
    assert [r.total for r in reports] == [8]


def test_the_day_s_total_after_an_evening_window_is_its_own_report() -> None:
    text = (
        "С 18:00 до 21:00 над Ростовской областью уничтожены четыре беспилотника. "
        "Всего за сутки — десять."
    )
    reports = parse(text, date(2025, 6, 3))
    assert [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in reports] == [
        (4, [("RU-ROS", 4)]),
        (10, []),
    ]


@pytest.mark.parametrize(
    ("phrase", "total"),
    [("больше всего дронов", False), ("меньше всего", False), ("всего за ночь", True)],
)
def test_the_most_is_no_total_mark(phrase: str, total: bool) -> None:
    assert bool(vocab.TOTAL_MARK_RE.search(phrase)) is total


# ---------------------------------------------------------------- nights named by two days


@pytest.mark.parametrize(
    ("phrase", "night"),
    [
        ("В ночь с 6 на 7 июня", date(2025, 6, 7)),
        ("В течение ночи с 6 на 7 июня", date(2025, 6, 7)),
        ("В течение ночи на 7 июня", date(2025, 6, 7)),
        ("В ночь с 31 мая на 1 июня", date(2025, 6, 1)),
        ("В ночь с субботы на воскресенье", date(2025, 6, 8)),
        ("В ночь с четверга на пятницу", date(2025, 6, 6)),
    ],
)
def test_a_night_from_one_day_to_the_next_is_the_second_day_s(phrase: str, night: date) -> None:
    # published on Monday, 9 June 2025
    text = f"{phrase} над Курской областью сбиты 12 беспилотников."
    assert [r.night_of for r in parse(text, date(2025, 6, 9))] == [night]


# ---------------------------------------------------------------- a heading names the place


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Брянская область: сбиты 5 дронов. Курская область: сбиты 3 дрона.",
            [("RU-BRY", None, 5), ("RU-KRS", None, 3)],
        ),
        (
            "Республика Крым: ночью уничтожены шесть БПЛА, ещё два подавлены РЭБ.",
            [("UA-43", None, 8)],
        ),
        # a heading word that is no place, or a figure with a place of its own
        ("Итоги ночи: сбиты 5 дронов.", []),
        ("Курская область: 3 БПЛА сбиты над Брянской областью.", [("RU-BRY", None, 3)]),
    ],
)
def test_a_place_before_a_colon_heads_the_figures(
    text: str, rows: list[tuple[str, str | None, int]]
) -> None:
    assert claim_rows(text) == rows


# ---------------------------------------------------------------- the night holds its window


def test_the_night_s_recap_names_the_areas_of_the_window_it_holds() -> None:
    text = (
        "С 23:00 до 07:00 мск дежурными средствами ПВО уничтожены 30 БПЛА над территориями "
        "Брянской и Курской областей и над акваторией Азовского моря. Всего в ночное время "
        "перехвачено и уничтожено 38 украинских беспилотных летательных аппаратов."
    )
    reports = parse(text, date(2025, 6, 3))
    assert [
        (r.total, r.window is not None, [(c.area_id, c.count, c.rule) for c in r.claims])
        for r in reports
    ] == [
        (
            30,
            True,
            [
                ("RU-BRY", None, "list_without_counts"),
                ("RU-KRS", None, "list_without_counts"),
                ("SEA-AZOV", None, "list_without_counts"),
            ],
        ),
        (
            38,
            False,
            [
                ("RU-BRY", None, "window_of_recap"),
                ("RU-KRS", None, "window_of_recap"),
                ("SEA-AZOV", None, "window_of_recap"),
            ],
        ),
    ]


def test_the_window_s_figures_stay_the_window_s() -> None:
    text = (
        "С 23:00 до 07:00 мск уничтожены 9 БПЛА: 6 — над Брянской областью, 3 — над Курской "
        "областью. Всего за ночь уничтожено 14 беспилотников."
    )
    reports = parse(text, date(2025, 6, 3))
    assert [[(c.area_id, c.count) for c in r.claims] for r in reports] == [
        [("RU-BRY", 6), ("RU-KRS", 3)],
        [("RU-BRY", None), ("RU-KRS", None)],
    ]
    assert [r.total for r in reports] == [9, 14]


# ---------------------------------------------------------------- attacks and "all of them"


def test_all_of_them_destroyed_takes_the_attempt_s_figure() -> None:
    text = (
        "Противник предпринял попытку атаки с помощью семи беспилотников на объекты в "
        "Брянской области. Все они были уничтожены средствами ПВО."
    )
    assert claim_rows(text) == [("RU-BRY", None, 7)]


def test_the_drones_a_region_was_attacked_with_are_no_figure() -> None:
    text = (
        "ВСУ атаковали Брянскую область с использованием 12 беспилотников, 10 из них сбиты "
        "над Погарским районом."
    )
    assert claim_rows(text) == [("RU-BRY", "RU-BRY:pogarsky", 10), ("RU-BRY", None, 10)]
    # the place between the attack verb and its figure does not make the figure a total
    text = "ВСУ атаковали Брянскую область 12 беспилотниками, 10 из них сбиты."
    assert [r.total for r in parse(text)] == [10]


# ---------------------------------------------------------------- the speaker named after


@pytest.mark.parametrize(
    "after",
    [
        "Губернатор Ростовской области сообщил, что пострадавших нет.",
        "Пострадавших нет. Об этом сообщил губернатор Ростовской области.",
    ],
)
def test_a_head_of_region_named_after_the_figures_decides_their_district(after: str) -> None:
    text = f"Над регионом сбиты 11 БПЛА, из них 4 — над Каменским районом. {after}"
    reports = parse(text)
    assert [(c.area_id, c.district_id, c.count) for r in reports for c in r.claims] == [
        ("RU-ROS", None, 11),
        ("RU-ROS", "RU-ROS:kamensky", 4),
    ]
    assert [(r.reporter, r.doubts) for r in reports] == [("governor", ())]


def test_a_head_of_region_named_far_after_decides_nothing() -> None:
    text = (
        "Над Каменским районом сбиты 3 БПЛА. Пострадавших нет. Повреждений нет. Угрозы нет. "
        "Губернатор Ростовской области поблагодарил военных."
    )
    reports = parse(text)
    # the governor's region takes the figure (one_region_total); the district stays undecided
    assert [(c.area_id, c.district_id, c.count) for r in reports for c in r.claims] == [
        ("RU-ROS", None, 3)
    ]
    assert [len(r.doubts) for r in reports] == [1]


# ---------------------------------------------------------------- tens and hundreds as units


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("два десятка", 20),
        ("трех десятков", 30),
        ("десяток", 10),
        ("полсотни", 50),
        ("две сотни", 200),
        ("сотню", 100),
        ("полтора десятка", 15),
    ],
)
def test_tens_and_hundreds_counted_as_units(words: str, value: int) -> None:
    text = f"Над Курской областью уничтожены {words} беспилотников."
    assert claim_rows(text) == [("RU-KRS", None, value)]


@pytest.mark.parametrize("words", ["десятки", "сотни", "несколько десятков"])
def test_tens_or_hundreds_without_a_number_are_no_figure(words: str) -> None:
    text = f"Над Курской областью уничтожены {words} беспилотников."
    assert claim_rows(text) == [("RU-KRS", None, None)]


@pytest.mark.parametrize(
    ("words", "value", "qualifier"),
    [
        ("более сотни", 100, "at_least"),
        ("свыше полусотни", 50, "at_least"),
        ("около десятка", 10, "approx"),
        ("порядка сотни", 100, "approx"),
    ],
)
def test_one_ten_or_hundred_after_a_word_of_quantity_is_a_figure(
    words: str, value: int, qualifier: str
) -> None:
    text = f"Над Курской областью уничтожено {words} беспилотников."
    assert [(c.count, c.qualifier) for r in parse(text) for c in r.claims] == [(value, qualifier)]


def test_about_two_tens_is_approximate() -> None:
    text = "Над Курской областью уничтожено около двух десятков дронов."
    assert [(c.count, c.qualifier) for r in parse(text) for c in r.claims] == [(20, "approx")]


# ---------------------------------------------------------------- a line of places and dashes


def test_a_line_of_places_with_dashes_goes_on_with_the_report() -> None:
    text = (
        "В небе над Калужской областью уничтожены 9 БПЛА. Над Тарусским районом — 5, "
        "над Кировским — 4."
    )
    assert claim_rows(text) == [
        ("RU-KLU", None, 9),
        ("RU-KLU", "RU-KLU:tarussky", 5),
        ("RU-KLU", "RU-KLU:kirovsky", 4),
    ]


# ---------------------------------------------------------------- other weapons first


@pytest.mark.parametrize(
    "text",
    [
        "Над Белгородской областью сбиты 11 реактивных снарядов РСЗО и 4 беспилотника.",
        "Над Белгородской областью уничтожены две управляемые авиабомбы и четыре БПЛА.",
    ],
)
def test_drones_after_another_weapon_share_its_place(text: str) -> None:
    assert claim_rows(text) == [("RU-BEL", None, 4)]


# ---------------------------------------------------------------- a list the gazetteer half knows


def test_a_list_under_one_head_shares_its_figure_when_one_name_is_unknown() -> None:
    text = "Губернатор Калужской области: над Тарусским и Хвойнинским районами сбиты три БПЛА."
    assert [(c.area_id, c.district_id, c.count, c.rule) for r in parse(text) for c in r.claims] == [
        ("RU-KLU", "RU-KLU:tarussky", None, "list_without_counts"),
        ("RU-KLU", None, 3, "districts_of_one_region"),
    ]


def test_one_known_district_of_two_heads_keeps_its_figure() -> None:
    text = "Губернатор Калужской области: над Тарусским районом у деревни Хвойное сбиты три БПЛА."
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:tarussky", 3), ("RU-KLU", None, 3)]


# ---------------------------------------------------------------- the mayor's timed lines


def test_timed_lines_after_a_line_about_moscow_are_about_moscow() -> None:
    text = (
        "Собянин:\n"
        "00:40. Силы ПВО Минобороны отразили атаку трёх беспилотников, летевших на Москву.\n"
        "01:20. Отражена атака ещё двух БПЛА.\n"
        "02:05. Сбит ещё один.\n"
        "Всего за ночь на подлёте к Москве уничтожены шесть беспилотников."
    )
    reports = parse(text)
    assert [(c.area_id, c.count) for r in reports for c in r.claims] == [
        ("RU-MOW", 3),
        ("RU-MOW", 2),
        ("RU-MOW", 1),
    ]
    assert [(r.reporter, r.total) for r in reports] == [("mayor", 6)]


def test_the_first_line_is_no_recap_of_the_lines_after_it() -> None:
    text = (
        "Собянин:\n"
        "00:40. Сбиты три беспилотника, летевших на Москву.\n"
        "01:20. Сбиты два беспилотника, летевших на Москву.\n"
        "02:05. Сбит один беспилотник, летевший на Москву."
    )
    assert [c.count for r in parse(text) for c in r.claims] == [3, 2, 1]


def test_a_repelled_attack_is_its_drones_shot_down() -> None:
    text = "Над Курской областью отражена атака четырёх беспилотников."
    assert claim_rows(text) == [("RU-KRS", None, 4)]


def test_another_window_s_figure_in_the_same_sentence_is_not_added() -> None:
    text = "Над Курской областью с 8:00 до 14:00 перехвачены 9 БПЛА, с 14:00 до 20:00 — ещё 6."
    # (the second window's six are its own report over the same region, never the first's)
    assert [[(c.area_id, c.count) for c in r.claims] for r in parse(text)] == [
        [("RU-KRS", 9)],
        [("RU-KRS", 6)],
    ]
    # a time point in the clause is the same report: its figure adds
    text = "Над Курской областью в 05:20 сбит один беспилотник, в 05:45 — еще два."
    assert claim_rows(text) == [("RU-KRS", None, 3)]


# ---------------------------------------------------------------- rows written figure first


@pytest.mark.parametrize(
    "text",
    [
        "Сбиты 9 беспилотников: 6 — Брянская область, 3 — Курская область.",
        "ПВО уничтожила 9 БПЛА: 6 – Брянская обл., 3 – Курская обл.",
        "Перехвачены девять беспилотников:\n▪️ шесть — Брянская область;\n▪️ три — Курская область.",
        "Уничтожены 9 дронов:\n🔸 6 БПЛА – Брянская область\n🔸 3 БПЛА – Курская область",
    ],
)
def test_a_row_may_give_its_figure_before_its_place(text: str) -> None:
    assert claim_rows(text) == [("RU-BRY", None, 6), ("RU-KRS", None, 3)]
    assert [r.total for r in parse(text)] == [9]


def test_a_figure_before_a_dash_and_a_word_that_is_no_place_is_no_row() -> None:
    text = "Над Брянской областью сбиты 4 БПЛА: 2 — Сегодня утром, 2 — ночью."
    assert claim_rows(text) == [("RU-BRY", None, 4)]


# ---------------------------------------------------------------- lists the grammar must read on


def test_a_republic_after_and_territory_is_the_next_place_of_the_list() -> None:
    # "и территорией Республики Крым": the place noun is no adjective of the head after it
    text = "Над акваторией Черного моря и территорией Республики Крым сбиты по два беспилотника."
    assert claim_rows(text) == [("SEA-BLACK", None, 2), ("UA-43", None, 2)]


def test_of_them_then_places_and_figures_after_dashes_go_on_with_the_report() -> None:
    text = (
        "Дежурными средствами ПВО уничтожены 15 беспилотников. Из них над Республикой Крым "
        "— шесть, над акваторией Черного моря — девять."
    )
    assert claim_rows(text) == [("UA-43", None, 6), ("SEA-BLACK", None, 9)]
    assert [r.total for r in parse(text)] == [15]


def test_a_line_of_a_place_and_its_figure_without_a_dash_goes_on_with_the_list() -> None:
    text = "Сбиты 11 БПЛА:\n— над Брянской областью 7,\n— над Курской областью 4."
    assert claim_rows(text) == [("RU-BRY", None, 7), ("RU-KRS", None, 4)]
    # a figure that does not end the line is no row of the list
    text = "Сбиты 11 БПЛА над Брянской областью.\nВ Курской области 4 дома повреждены обломками."
    assert [(a, n) for a, _d, n in claim_rows(text)] == [("RU-BRY", 11)]


def test_a_district_of_petersburg_is_petersburg_s_not_a_namesake_s() -> None:
    # a district named in two regions: the city of federal significance after it decides
    text = "Над Пушкинским районом Санкт-Петербурга сбит один беспилотник."
    assert claim_rows(text) == [("RU-SPE", "RU-SPE:pushkinsky", 1), ("RU-SPE", None, 1)]


# ---------------------------------------------------------------- a governor's districts


def test_rows_in_parentheses_after_the_total_are_rows() -> None:
    text = "Уничтожены 9 беспилотников (Брянская область — 6, Курская область — 3)."
    assert claim_rows(text) == [("RU-BRY", None, 6), ("RU-KRS", None, 3)]
    text = "Уничтожены 9 беспилотников (6 — Брянская область, 3 — Курская область)."
    assert claim_rows(text) == [("RU-BRY", None, 6), ("RU-KRS", None, 3)]


@pytest.mark.parametrize("noun", ["дрон-камикадзе", "квадрокоптер"])
def test_a_compound_drone_noun_in_the_singular_is_one_drone(noun: str) -> None:
    assert claim_rows(f"Над Курской областью сбит украинский {noun}.") == [("RU-KRS", None, 1)]


def test_lines_of_districts_under_a_head_without_a_figure_are_rows() -> None:
    # the region is named by its districts, with no figure of its own (the text states none: the
    # map adds them up); no total was written
    text = "Сбиты беспилотники:\n— Белгородский район – 3;\n— Шебекинский округ – 2."
    assert claim_rows(text) == [
        ("RU-BEL", "RU-BEL:belgorodsky", 3),
        ("RU-BEL", None, None),
        ("RU-BEL", "RU-BEL:shebekinsky", 2),
    ]
    assert [r.total for r in parse(text)] == [None]


def test_a_total_equal_to_its_districts_figures_is_their_region_s() -> None:
    text = "Сбиты 5 беспилотников:\n— Белгородский район – 3;\n— Шебекинский округ – 2."
    assert claim_rows(text) == [
        ("RU-BEL", None, 5),
        ("RU-BEL", "RU-BEL:belgorodsky", 3),
        ("RU-BEL", "RU-BEL:shebekinsky", 2),
    ]
    # a total that is not their sum is no region's figure: the region is named without one
    text = "Сбиты 7 беспилотников:\n— Белгородский район – 3;\n— Шебекинский округ – 2."
    assert ("RU-BEL", None, None) in claim_rows(text)
    assert [r.total for r in parse(text)] == [7]


@pytest.mark.parametrize(
    ("whole", "figure"), [("the total for the night was seven", 7), ("the night's total is 3", 3)]
)
def test_an_english_total_said_to_be_a_figure_is_the_region_s_whole(
    whole: str, figure: int
) -> None:
    text = (
        "Two drones were destroyed over the Shebekinsky district of the Belgorod region and one over the "
        f"Belgorodsky district, the governor said, adding that {whole}."
    )
    assert ("RU-BEL", None, figure) in claim_rows(text)
    assert [r.total for r in parse(text)] == [figure]
    # a figure the night's total is brought to counts earlier reports too: not this one's
    text = "Two drones were destroyed over the Kursk region, bringing the total for the night to 9."
    assert [r.total for r in parse(text)] == [2]


def test_a_total_opening_a_post_before_the_drones_is_the_region_s_whole() -> None:
    # the whole comes first, with no drone noun and no verb; the districts' drones after it
    text = (
        "Итого за ночь над Белгородской областью — восемь. Четыре беспилотника уничтожены над "
        "Шебекинским округом, три — над Белгородским районом."
    )
    assert ("RU-BEL", None, 8) in claim_rows(text)
    assert ("RU-BEL", "RU-BEL:shebekinsky", 4) in claim_rows(text)
    assert [r.total for r in parse(text)] == [8]
    # ... or with a verb and a bare figure in digits
    text = "Всего за ночь над Белгородской областью сбито 6. Дроны упали в Шебекинском округе."
    assert ("RU-BEL", None, 6) in claim_rows(text)
    assert [r.total for r in parse(text)] == [6]


@pytest.mark.parametrize(
    "text",
    [
        # no drones named after it: a bare figure of nothing said
        "Итого за ночь над Белгородской областью — восемь.",
        # other weapons named too: the figure may be theirs
        "Итого за ночь над Белгородской областью — восемь. Сбиты четыре беспилотника и ракета.",
        # people hurt, not drones
        "Всего за сутки в Белгородской области ранены 3. Над Шебекинским округом сбит беспилотник.",
    ],
)
def test_a_total_first_is_no_drones_figure_unless_only_drones_follow(text: str) -> None:
    assert 8 not in [c for _a, _d, c in claim_rows(text)]
    assert 3 not in [r.total for r in parse(text)]


def test_a_village_in_the_district_just_named_is_that_district() -> None:
    text = "В Грайворонском округе над селом Головчино сбит беспилотник."
    assert claim_rows(text) == [("RU-BEL", "RU-BEL:grayvoronsky", 1), ("RU-BEL", None, 1)]


def test_a_district_heading_gives_its_figure_to_the_lines_under_it() -> None:
    text = (
        "Грайворонский округ.\nНад селом Лесное сбиты два беспилотника.\n\n"
        "Шебекинский округ.\nПострадавших нет."
    )
    assert claim_rows(text) == [("RU-BEL", "RU-BEL:grayvoronsky", 2), ("RU-BEL", None, 2)]
    # a line that names its own place keeps it; a total stays the report's
    text = (
        "Грайворонский округ.\nНад Белгородским районом сбит беспилотник. "
        "Всего за сутки сбиты 4 беспилотника."
    )
    assert ("RU-BEL", "RU-BEL:grayvoronsky", 1) not in claim_rows(text)


# ---------------------------------------------------------------- preambles, heads, anaphora


def test_an_attempt_without_a_number_takes_the_figure_shot_down_after_it() -> None:
    text = (
        "Сегодня около 11.20 мск пресечена попытка атаки БПЛА самолетного типа на объекты в "
        "Тульской области. Беспилотник уничтожен дежурными средствами ПВО."
    )
    assert claim_rows(text) == [("RU-TUL", None, 1)]
    # "all of them" of a number never said is no figure: the place is named without one
    text = (
        "Пресечена попытка атаки беспилотников на объекты в Калужской области. "
        "Все беспилотники уничтожены."
    )
    assert claim_rows(text) == [("RU-KLU", None, None)]


def test_more_over_the_bare_sea_in_a_governor_s_clause_is_more_of_his_region_s() -> None:
    source = "Губернатор Краснодарского края"
    text = "Над Новороссийском сбиты четыре беспилотника, ещё два – над морем."
    reports = parse(text, source=source)
    rows = [(c.area_id, c.district_id, c.count) for r in reports for c in r.claims]
    assert rows == [
        ("RU-KDA", "RU-KDA:novorossiysk", 4),
        ("RU-KDA", None, 4),
        ("RU-KDA", None, 2),
    ]


@pytest.mark.parametrize("says", ["Уточню:", "Добавлю, что", "Со своей стороны сообщаю:"])
def test_a_governor_s_first_person_words_after_the_ministry_s_figure_are_his(says: str) -> None:
    source = "Губернатор Белгородской области"
    text = (
        "Министерство обороны сообщило, что над Белгородской областью уничтожены 20 дронов. "
        f"{says} над Шебекинским округом сбиты шесть беспилотников, над Белгородским районом — два."
    )
    got = [
        (r.reporter, r.total, sorted((c.district_id or "", c.count or 0) for c in r.claims))
        for r in parse(text, source=source)
    ]
    assert got[0] == ("mod", 20, [("", 20)])
    assert [(who, districts[1:]) for who, _t, districts in got[1:]] == [
        ("governor", [("RU-BEL:belgorodsky", 2), ("RU-BEL:shebekinsky", 6)])
    ]
    # without a channel of a head of region the author is no one known: one report, as before
    assert len(parse(text)) == 1


def test_a_bare_head_with_a_colon_lets_the_rows_under_it_follow() -> None:
    text = (
        "Ночью отражена атака беспилотников.\nСбиты:\nБрянская обл. — 5 БПЛА\nКурская обл. — 3 БПЛА"
    )
    assert claim_rows(text) == [("RU-BRY", None, 5), ("RU-KRS", None, 3)]


def test_over_the_district_is_the_district_named_before() -> None:
    text = (
        "В Белгородском районе обломки беспилотника повредили крышу дома. "
        "Над районом сбиты три дрона."
    )
    assert claim_rows(text) == [("RU-BEL", "RU-BEL:belgorodsky", 3), ("RU-BEL", None, 3)]
    # with no district named before, "над районом" is no place
    assert claim_rows("Над районом сбиты три дрона.") == []


def test_a_figure_a_list_of_districts_shares_is_no_total_beside_another_figure() -> None:
    text = (
        "Над Белгородским районом и Шебекинским округом сбиты 5 беспилотников, "
        "над Грайворонским округом — 2."
    )
    assert [r.total for r in parse(text)] == [None]
    # alone, it is the report's total (and the one region's figure)
    text = "Над Белгородским районом и Шебекинским округом сбиты 5 беспилотников."
    assert [r.total for r in parse(text)] == [5]
    assert ("RU-BEL", None, 5) in claim_rows(text)


# ---------------------------------------------------------------- an update's running total


@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью сбиты ещё два дрона, общее число сбитых за ночь — 9.",
        # (in a sentence of its own it is a report of its own: test_local_structures)
        "Над Курской областью уничтожены ещё семь беспилотников, всего за ночь — девять.",
        "Two more drones were shot down over the Kursk region, bringing the night's total to nine.",
    ],
)
def test_a_running_total_after_the_region_s_more_is_its_whole(text: str) -> None:
    # the same governor's night posts reconcile to their largest figure, never their sum
    # (docs/reconciliation.md): the update's whole is the figure that keeps the night right
    assert claim_rows(text) == [("RU-KRS", None, 9)]
    assert [r.total for r in parse(text)] == [9]


def test_the_ministry_s_total_after_a_region_s_figure_stays_the_country_s() -> None:
    text = "Минобороны: над Курской областью сбиты ещё два дрона. Всего за ночь — 9."
    assert claim_rows(text) == [("RU-KRS", None, 2)]
