"""A mayor's post names its town by a hashtag: "над городом" is that town (our own wording).

A town's head writes "над городом сбиты 3 беспилотника" and closes the post with "#Новороссийск"
(holdout36 k06; holdout38 f07 likewise with "#Таганрог"): with no town named before it and
no channel title to go by, the one town the post's hashtags name is the town "над городом"
means. A region's tag names no town; two towns' tags leave it undecided.
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 7, 6)


def places(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(c.area_id, c.district, c.count) for r in parse(text, DAY) for c in r.claims}


def test_the_towns_tag_closing_a_mayors_post() -> None:
    text = (
        "Новороссийцы, ночь прошла неспокойно. Над городом сбиты 3 беспилотника.\n\n#Новороссийск"
    )
    assert places(text) == {("RU-KDA", "Новороссийск", 3), ("RU-KDA", None, 3)}


def test_a_towns_tag_beside_a_topic_tag() -> None:
    text = "Ночью над городом уничтожены два дрона. Пострадавших нет.\n\n#Обнинск #новости"
    assert places(text) == {("RU-KLU", "Обнинск", 2), ("RU-KLU", None, 2)}


def test_one_drone_over_the_city_of_the_tag() -> None:
    text = "Силами ПВО над городом сбит беспилотник. #Сызрань #оперативно"
    assert places(text) == {("RU-SAM", "Сызрань", 1), ("RU-SAM", None, 1)}


def test_a_regions_tag_beside_the_towns() -> None:
    text = "Над городом ночью ликвидированы четыре БПЛА.\n#Подмосковье #Подольск"
    assert places(text) == {("RU-MOS", "Подольск", 4), ("RU-MOS", None, 4)}


def test_two_towns_tags_name_no_town() -> None:
    text = "Над городом сбиты два дрона. #Саратов #Энгельс"
    assert places(text) == set()


# ------------------------------------------- the region of the tags is "the region" of the post
# A governor's post says "над территорией области" and signs off with the capital's tag or the
# region's: with no region named in the text, the one region the tags lie in is the one meant.


def test_the_capitals_tag_names_the_region_a_bare_oblast_means() -> None:
    text = "Ночью над территорией области сбиты четыре беспилотника. Пострадавших нет.\n#Обнинск"
    assert places(text) == {("RU-KLU", None, 4)}


def test_a_regions_tag_with_words_joined_by_underscores() -> None:
    text = "За ночь над регионом уничтожено 6 БПЛА.\n\n#Калужская_область #ПВО"
    assert places(text) == {("RU-KLU", None, 6)}


def test_tags_of_two_regions_leave_the_bare_oblast_unread() -> None:
    text = "Ночью над территорией области сбиты два дрона. #Обнинск #Подольск"
    assert places(text) == set()


def test_a_region_the_text_names_wins_over_its_tags() -> None:
    text = "Над Курской областью сбиты три беспилотника. Над областью работает ПВО. #Обнинск"
    assert places(text) == {("RU-KRS", None, 3)}
