"""Russian news sites, Telegram channels and live feeds retelling officials (issue 10): kinds a
new batch of unseen news texts found, written for this project in our own words. Grouped by the
rule about the language each one decides."""

from __future__ import annotations

from datetime import date

from parsing import parse
from tests.parsing.conftest import report_summaries

SATURDAY = date(2026, 3, 14)


# --- the publication day's morning after the night's figures is a time of its own ---------
def test_a_sentence_opening_on_the_morning_after_the_night_is_another_report() -> None:
    text = (
        "Над Калужской областью ночью уничтожены пять беспилотников, сообщил губернатор. "
        "Утром над Обнинском сбиты ещё два БПЛА."
    )
    assert report_summaries(text, SATURDAY) == [
        ("governor", "RU", 5, [("RU-KLU", 5)], SATURDAY),
        ("governor", "RU", 2, [("RU-KLU", 2)], None),
    ]


def test_a_morning_that_names_the_night_stays_the_nights_report() -> None:
    text = "Утром стало известно, что за ночь над Калужской областью сбиты пять беспилотников."
    assert report_summaries(text, SATURDAY) == [("media", "RU", 5, [("RU-KLU", 5)], SATURDAY)]


def test_a_dates_morning_is_that_days_time_not_the_publication_days() -> None:
    text = (
        "Над Калужской областью ночью уничтожены пять беспилотников, сообщил губернатор. "
        "Утром 13 марта над регионом сбиты ещё два БПЛА."
    )
    assert [r[2] for r in report_summaries(text, SATURDAY)] == [5, 2]


# --- a lede that says air defence worked over a town gives "над областью" its region --------
def test_air_defence_worked_over_a_town_names_the_region_of_the_figure_after_it() -> None:
    text = (
        "Над Сызранью ночью работала ПВО. Жители слышали хлопки. "
        "Губернатор сообщил, что над областью сбиты пять беспилотников."
    )
    assert report_summaries(text, SATURDAY) == [("governor", "RU", 5, [("RU-SAM", 5)], SATURDAY)]


# --- an attack on a town repelled, the verb after its object: "над городом" is that town ----
def test_an_attack_on_a_town_repelled_verb_last_names_the_town_of_the_next_figure() -> None:
    text = "Атаку беспилотников на Чебоксары отразили ночью. Над городом сбиты два БПЛА."
    reports = parse(text, SATURDAY)
    assert [(c.area_id, c.district_id, c.count) for r in reports for c in r.claims] == [
        ("RU-CU", "RU-CU:cheboksary", 2),
        ("RU-CU", None, 2),
    ]


# --- a figure set right ("не пять, а семь") corrects the headline's figure it names ---------
def test_a_figure_set_right_replaces_the_headlines_figure() -> None:
    text = (
        "Над Калужской областью сбили пять беспилотников\n\n"
        "Губернатор уточнил утром, что за ночь над регионом уничтожены не пять, а семь БПЛА."
    )
    assert report_summaries(text, SATURDAY) == [("governor", "RU", 7, [("RU-KLU", 7)], SATURDAY)]


def test_a_figure_set_right_of_another_area_leaves_the_first_area_its_own() -> None:
    text = (
        "Над Калужской областью сбили пять беспилотников. "
        "Над Брянской областью, по уточнённым словам губернатора, сбиты не три, а четыре."
    )
    assert report_summaries(text, SATURDAY) == [
        ("governor", "RU", None, [("RU-KLU", 5), ("RU-BRY", 4)], None)
    ]


# --- a district's line with a dash before its verb: the district heads the figure -----------
def test_district_lines_with_a_dash_before_the_verb_give_each_district_its_figure() -> None:
    text = (
        "Белгородский район — сбиты два беспилотника.\n"
        "Шебекинский округ — уничтожен один дрон.\n"
        "Итог ночи: три беспилотника, сообщил губернатор Белгородской области."
    )
    reports = parse(text, SATURDAY)
    assert [(c.area_id, c.district_id, c.count) for r in reports for c in r.claims] == [
        ("RU-BEL", "RU-BEL:belgorodsky", 2),
        ("RU-BEL", "RU-BEL:shebekinsky", 1),
        ("RU-BEL", None, 3),
    ]


def test_a_dash_before_a_figure_is_still_a_row_not_a_heading() -> None:
    text = "Сбиты 6 беспилотников:\nКурская область — 4,\nБрянская область — 2."
    assert report_summaries(text, SATURDAY) == [
        ("media", "RU", 6, [("RU-KRS", 4), ("RU-BRY", 2)], None)
    ]


# --- a row's figure with a part of it in parentheses after it is still the row's ------------
def test_a_row_with_its_part_in_parentheses_keeps_its_figure() -> None:
    text = (
        "Минобороны: за ночь сбиты 15 беспилотников\n"
        "▪️Брянская область — 10 (из них 4 летели на Брянск)\n"
        "▪️Курская область — 5"
    )
    assert report_summaries(text, SATURDAY) == [
        ("mod", "RU", 15, [("RU-BRY", 10), ("RU-KRS", 5)], SATURDAY)
    ]


# --- "итог ночи": the night's tally names the night --------------------------------------
def test_the_nights_tally_names_the_night() -> None:
    text = (
        "Губернатор рассказал о своих итогах ночи: над Калужской областью уничтожены четыре "
        "беспилотника."
    )
    assert report_summaries(text, SATURDAY) == [("governor", "RU", 4, [("RU-KLU", 4)], SATURDAY)]


# --- a headline's bound, then the exact whole with no place: the one region's figure --------
def test_a_headlines_bound_then_the_exact_whole_is_the_regions_figure() -> None:
    text = (
        "Над Калужской областью ночью сбили более десяти дронов\n\n"
        "Губернатор уточнил, что силами ПВО уничтожены 12 беспилотников."
    )
    assert report_summaries(text, SATURDAY) == [("governor", "RU", 12, [("RU-KLU", 12)], SATURDAY)]


def test_the_ministrys_whole_after_a_regions_bound_stays_the_whole() -> None:
    text = (
        "Над Калужской областью ночью сбили более десяти дронов. "
        "Всего за ночь над Россией уничтожены 40 беспилотников, сообщили в Минобороны."
    )
    assert [(r[0], r[3]) for r in report_summaries(text, SATURDAY)] == [("mod", [("RU-KLU", 10)])]


# --- a governor's "два из них" over a district after the ministry's figure is a part --------
def test_a_governors_part_over_a_district_gives_his_region_no_figure() -> None:
    text = (
        "По данным Минобороны, ночью над Калужской областью сбиты шесть беспилотников. "
        "Губернатор добавил, что два из них уничтожены над Кировским районом."
    )
    reports = parse(text, SATURDAY)
    assert [
        (r.reporter, [(c.area_id, c.district_id, c.count) for c in r.claims]) for r in reports
    ] == [
        ("mod", [("RU-KLU", None, 6)]),
        ("governor", [("RU-KLU", "RU-KLU:kirovsky", 2), ("RU-KLU", None, None)]),
    ]
