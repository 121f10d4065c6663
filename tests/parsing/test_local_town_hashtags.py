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
