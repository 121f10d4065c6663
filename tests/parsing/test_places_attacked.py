"""Issue 10: the town drones attacked or approached is where the figures are.

A governor's post often opens on the attack and its target alone ("Атака БПЛА на X."), then
says "над городом" (over the town) for the drones shot down; English "drones approaching X"
names the town approached, as "на подлёте к X" does (Moscow stays a target, the mayor's
figure, see vocab.TARGET_RE). Reports written for these tests in our own words (the stand-in
gazetteer of conftest.py).
"""

from __future__ import annotations

from parsing import parse
from parsing.sides import is_ukrainian_side
from tests.parsing.conftest import report_rows


def test_the_town_of_an_attack_heading_is_where_its_drones_were_downed() -> None:
    text = "Атака БПЛА на Обнинск. Средствами ПВО в небе над городом уничтожены три беспилотника."
    assert report_rows(text) == [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:obninsk", 3)]


def test_an_attack_heading_with_more_after_it_is_not_a_place_alone() -> None:
    # the heading's sentence goes on: the older reading (an attack repelled) decides
    text = "Атака БПЛА на Обнинск отражена, сбиты два беспилотника."
    assert report_rows(text) == [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:obninsk", 2)]


def test_drones_approaching_a_town_are_over_it() -> None:
    text = "Two drones approaching the city of Obninsk were shot down overnight, the governor said."
    assert report_rows(text) == [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:obninsk", 2)]


def test_drones_approaching_moscow_are_the_mayor_s_figure_for_the_city() -> None:
    text = "Two drones approaching Moscow were shot down, the mayor said."
    assert report_rows(text) == [("RU-MOW", None, 2)]


def test_an_attack_with_no_word_of_drones_downed_is_no_report() -> None:
    # the verb that downs is only in a denial: nothing was said to be shot down
    for tail in ("Информация о сбитых не поступала.", "Сведений о сбитых беспилотниках пока нет."):
        text = f"Ночью беспилотники атаковали Калужскую область. В Обнинске повреждён склад. {tail}"
        assert parse(text) == [], tail
    # beside a figure the same denial changes nothing
    text = "Над Калужской областью сбиты два беспилотника. Информация о других сбитых не поступала."
    assert report_rows(text) == [("RU-KLU", None, 2)]


def test_the_town_an_attempt_was_made_on_is_where_its_drones_were_downed() -> None:
    # the attempt names the town; the drones and their figure come in the next sentence
    text = "Днём противник предпринял попытку атаковать Обнинск. Силы ПВО уничтожили три дрона."
    assert report_rows(text) == [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:obninsk", 3)]


def test_drones_that_tried_to_attack_a_region_were_downed_over_it() -> None:
    # "пытались атаковать" (not only "попытка атаковать") names the attempt's place
    text = "Беспилотники пытались атаковать Калужскую область. Силы ПВО сбили пять дронов."
    assert report_rows(text) == [("RU-KLU", None, 5)]


def test_a_town_named_before_the_attack_s_verb_is_what_the_city_means_next() -> None:
    # the town is the object, fronted; the Ukrainian drones are the subject (Russia's side)
    for text in (
        "Ночью Обнинск пытались атаковать украинские беспилотники. Над городом сбиты два БПЛА.",
        "Ночью Обнинск вновь подвергся атаке беспилотников. Над городом сбиты два БПЛА.",
        # an adverb and the auxiliary before the passive
        "Этой ночью Обнинск вновь был атакован беспилотниками. Над городом сбиты два БПЛА.",
        "Ночью Обнинск снова был атакован дронами. Над городом сбиты 2 беспилотника.",
    ):
        (report,) = parse(text)
        assert report.country == "RU"
        assert report_rows(text) == [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:obninsk", 2)]


def test_an_attack_on_ukrainian_towns_is_still_ukraine_s_side() -> None:
    said = "ночью армия рф атаковала украинские города, сбиты 30 из 45 дронов."
    assert is_ukrainian_side(said, said)
    drones = "ночью обнинск атаковали украинские беспилотники, сбиты два."
    assert not is_ukrainian_side(drones, drones)


def test_a_repelled_attack_on_a_region_is_where_a_figure_without_a_place_was_downed() -> None:
    # the attack told in the past on a line of its own, the figure in the next sentence
    text = "Ночью силы ПВО отражали атаку на Севастополь. Сбиты четыре беспилотника."
    assert report_rows(text) == [("UA-40", None, 4)]


def test_a_repelled_attack_on_a_town_heads_the_figure_after_it() -> None:
    text = "Вечером отразили атаку беспилотников на Обнинск. По предварительным данным, сбиты два дрона."
    assert report_rows(text) == [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:obninsk", 2)]


def test_a_repelled_attack_gives_no_figure_to_a_place_the_figure_names() -> None:
    text = "Ночью отражали атаку на Севастополь. Над Курской областью сбиты три беспилотника."
    assert report_rows(text) == [("RU-KRS", None, 3)]
