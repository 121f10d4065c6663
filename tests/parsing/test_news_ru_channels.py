"""Russian news sites, Telegram channels and live feeds retelling officials (issue 10): kinds a
new batch of unseen news texts found, written for this project in our own words. Grouped by the
rule about the language each one decides."""

from __future__ import annotations

from datetime import date

from parsing import parse
from tests.parsing.test_news_retold import _reports

SATURDAY = date(2026, 3, 14)


# --- the publication day's morning after the night's figures is a time of its own ---------
def test_a_sentence_opening_on_the_morning_after_the_night_is_another_report() -> None:
    text = (
        "Над Калужской областью ночью уничтожены пять беспилотников, сообщил губернатор. "
        "Утром над Обнинском сбиты ещё два БПЛА."
    )
    assert _reports(text, SATURDAY) == [
        ("governor", "RU", 5, [("RU-KLU", 5)], SATURDAY),
        ("governor", "RU", 2, [("RU-KLU", 2)], None),
    ]


def test_a_morning_that_names_the_night_stays_the_nights_report() -> None:
    text = "Утром стало известно, что за ночь над Калужской областью сбиты пять беспилотников."
    assert _reports(text, SATURDAY) == [("media", "RU", 5, [("RU-KLU", 5)], SATURDAY)]


def test_a_dates_morning_is_that_days_time_not_the_publication_days() -> None:
    text = (
        "Над Калужской областью ночью уничтожены пять беспилотников, сообщил губернатор. "
        "Утром 13 марта над регионом сбиты ещё два БПЛА."
    )
    assert [r[2] for r in _reports(text, SATURDAY)] == [5, 2]


# --- a lede that says air defence worked over a town gives "над областью" its region --------
def test_air_defence_worked_over_a_town_names_the_region_of_the_figure_after_it() -> None:
    text = (
        "Над Сызранью ночью работала ПВО. Жители слышали хлопки. "
        "Губернатор сообщил, что над областью сбиты пять беспилотников."
    )
    assert _reports(text, SATURDAY) == [("governor", "RU", 5, [("RU-SAM", 5)], SATURDAY)]


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
    assert _reports(text, SATURDAY) == [("governor", "RU", 7, [("RU-KLU", 7)], SATURDAY)]


def test_a_figure_set_right_of_another_area_leaves_the_first_area_its_own() -> None:
    text = (
        "Над Калужской областью сбили пять беспилотников. "
        "Над Брянской областью, по уточнённым словам губернатора, сбиты не три, а четыре."
    )
    assert _reports(text, SATURDAY) == [
        ("governor", "RU", None, [("RU-KLU", 5), ("RU-BRY", 4)], None)
    ]
