"""Structures of Russian regional news and officials' posts the working sets of stop 43 showed.

Each test is a rule about the language, written in our own words with several wordings of
one structure (the stand-in gazetteer of conftest.py, and stand-in places of its own).
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import (
    Row,
    claim_rows,
    fake_districts,
    fake_towns,
    resolving,
    with_places,
)

# ------------------------------------- more drones after a figure several districts share


def _moscow_rows(text: str) -> list[Row]:
    with resolving(with_places(fake_districts("RU-MOS", "Рузский", "Истринский"))):
        return claim_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Два беспилотника уничтожены над Рузским и Истринским районами Подмосковья. "
        "Третий подавлен средствами РЭБ.",
        "Над Рузским и Истринским округами сбиты два БПЛА. Ещё один уничтожен над областью.",
        "Над Рузским и Истринским районами ночью перехвачены два дрона, "
        "ещё один сбит над Московской областью.",
        "Силами ПВО над Истринским и Рузским районами сбиты 2 беспилотника. "
        "Позднее над Подмосковьем уничтожен ещё один.",
    ],
)
def test_one_more_after_a_list_of_districts_adds_to_the_figure_they_share(text: str) -> None:
    # the list's two are the region's; the third is one more of its drones, never the same
    # drones told again at the region's level (which would leave the region one, not three)
    rows = _moscow_rows(text)
    assert sorted(n for area, d, n in rows if area == "RU-MOS" and d is None) == [1, 2]
    assert {d for _a, d, n in rows if d is not None and n is None} == {
        "RU-MOS:рузский",
        "RU-MOS:истринский",
    }


def test_the_ministrys_attempt_then_its_third_drone_is_all_of_the_attempt() -> None:
    text = (
        "Сегодня около 03.00 мск пресечена попытка террористической атаки с применением трех "
        "беспилотников на объекты на территории Московской области. Два беспилотника "
        "уничтожены средствами ПВО над Рузским и Истринским районами. Третий подавлен "
        "средствами РЭБ и потерпел крушение на территории Московской области."
    )
    rows = _moscow_rows(text)
    assert sum(n or 0 for area, d, n in rows if area == "RU-MOS" and d is None) == 3


def test_the_region_told_again_with_the_lists_figure_is_still_the_same_drones() -> None:
    text = "Над Рузским и Истринским районами сбиты два БПЛА. Над Московской областью сбиты два."
    assert [n for area, d, n in _moscow_rows(text) if d is None] == [2]


# ------------------------------------------- a village of two words, then its district


#: Where debris fell: the words before a village's name, its name of two words, and how its
#: district is written after it.
_VILLAGES_OF_TWO_WORDS = (
    ("в поселке", "Белая Берёзка", "Трубчевского района"),
    ("у деревни", "Красный Бор", "Трубчевского района"),
    ("в селе", "Новые Ивайтенки", "Трубчевского муниципального района"),
    ("на окраине села", "Старая Гута", "Трубчевского района"),
    ("в с.", "Верхний Луг", "Трубчевского района"),
)


@pytest.mark.parametrize(("where", "village", "district"), _VILLAGES_OF_TWO_WORDS)
def test_a_village_of_two_words_names_the_district_after_it(
    where: str, village: str, district: str
) -> None:
    text = (
        "Над Брянской областью уничтожены 12 беспилотников. "
        f"Обломками повреждены окна {where} {village} {district}."
    )
    with resolving(with_places(fake_districts("RU-BRY", "Трубчевский"))):
        rows = claim_rows(text)
    assert ("RU-BRY", None, 12) in rows
    assert ("RU-BRY", "RU-BRY:трубчевский", None) in rows


# -------------------------------------------- an attack met where the imperfective says


#: An attack being repelled over two districts, in several word orders.
_ATTACK_BEING_REPELLED = (
    "Атаку беспилотников отражали в Белгородском районе и Шебекинском округе.",
    "Массированную атаку дронов отражали над Белгородским районом и Шебекинским округом, "
    "сообщил губернатор.",
    "Атаки БПЛА ночью отражали в Белгородском районе и в Шебекинском округе.",
    "Военные отражали налёт беспилотников в Шебекинском округе и Белгородском районе.",
    "В Белгородском районе и Шебекинском округе ночью отражали атаку украинских дронов.",
)


@pytest.mark.parametrize("sentence", _ATTACK_BEING_REPELLED)
def test_an_attack_being_repelled_over_districts_names_them(sentence: str) -> None:
    text = f"Над Белгородской областью сбиты 20 беспилотников. {sentence}"
    rows = claim_rows(text)
    assert ("RU-BEL", None, 20) in rows
    assert {d for _a, d, n in rows if d is not None and n is None} == {
        "RU-BEL:belgorodsky",
        "RU-BEL:shebekinsky",
    }


@pytest.mark.parametrize(
    "line",
    ["ПВО отражала атаку беспилотников", "Ночью силы ПВО отражали атаку дронов на Погар."],
)
def test_air_defence_repelling_with_no_figure_frames_the_figure_after_it(line: str) -> None:
    # (air defence at work, as "ПВО отражает атаку": the figure comes in the next line)
    assert claim_rows(f"{line}\nНад Погарским районом сбиты два беспилотника.") == [
        ("RU-BRY", "RU-BRY:pogarsky", 2),
        ("RU-BRY", None, 2),
    ]


# ------------------------------- "над городом" after a town named as the news' subject


#: A lede that names its town with no place preposition, then the figure "над городом".
_TOWN_NAMED_BARE = (
    ("Тревожные новости из Шебекино. Погиб мужчина, выражаю соболезнования родным.", "RU-BEL"),
    ("Новороссийск пережил одну из самых тяжёлых ночей.", "RU-KDA"),
    ("Из Новороссийска сообщают о взрывах.", "RU-KDA"),
    ("Чебоксары проснулись от звуков сирены.", "RU-CU"),
    ("Сызрань снова в новостях: жителей просят не выходить на улицу.", "RU-SAM"),
)


@pytest.mark.parametrize(("lede", "region"), _TOWN_NAMED_BARE)
def test_the_city_is_the_town_the_lede_named_without_a_preposition(lede: str, region: str) -> None:
    with resolving(with_places(fake_towns("RU-BEL", "Шебекино"))):
        rows = claim_rows(f"{lede}\n\nДнём над городом силами ПВО сбиты четыре беспилотника.")
    towns = [d for _a, d, n in rows if d is not None and n == 4]
    assert len(towns) == 1 and towns[0].startswith(region)
    assert (region, None, 4) in rows


def test_a_persons_name_before_the_city_names_no_town() -> None:
    rows = claim_rows("Андрей Петров рассказал о ночи. Над городом сбиты два дрона.")
    assert all(d is None for _a, d, _n in rows)


# ------------------------------- drones launched at the region named by its noun alone


#: A governor's post: drones launched at "the region" (its noun alone), then all of them downed.
_LAUNCHED_AT_THE_REGION = (
    ("ВСУ запустили на область 30 беспилотников.", "Все они уничтожены.", 30),
    ("Противник выпустил по региону 12 дронов.", "Все уничтожены средствами ПВО.", 12),
    ("Ночью ВСУ направили на регион девять беспилотников.", "Все они были сбиты.", 9),
    ("Этой ночью ВСУ запустили по области 14 БПЛА.", "Все беспилотники подавлены РЭБ.", 14),
    ("Враг направил на нашу область 7 беспилотников.", "Все они сбиты силами ПВО.", 7),
)


@pytest.mark.parametrize(("launched", "downed", "count"), _LAUNCHED_AT_THE_REGION)
def test_drones_launched_at_the_region_by_its_noun_are_its_when_all_are_downed(
    launched: str, downed: str, count: int
) -> None:
    reports = parse(f"{launched} {downed}", source="Губернатор Брянской области")
    assert [(c.area_id, c.district_id, c.count) for r in reports for c in r.claims] == [
        ("RU-BRY", None, count)
    ]
    assert [r.total for r in reports] == [count]


def test_drones_launched_at_the_region_and_not_said_downed_are_no_figure() -> None:
    text = "ВСУ запустили на область 30 беспилотников. Обломки упали в поле."
    reports = parse(text, source="Губернатор Брянской области")
    assert all(c.count is None for r in reports for c in r.claims)


# ------------------------------- a town attacked, when told between it and its verb


@pytest.mark.parametrize(
    "opening",
    [
        "Обнинск этой ночью снова атаковали беспилотники.",
        "Обнинск сегодня утром атаковали дроны.",
        "Обнинск вчера вечером атаковали украинские беспилотники.",
        "Обнинск ночью был атакован беспилотниками.",
        "Обнинск минувшей ночью пытались атаковать БПЛА.",
    ],
)
def test_a_town_attacked_is_named_whatever_time_stands_before_the_verb(opening: str) -> None:
    rows = claim_rows(f"{opening} Все они уничтожены средствами ПВО.")
    assert ("RU-KLU", "RU-KLU:obninsk", None) in rows
