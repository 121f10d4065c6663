"""Issue 10: the writer's own area and the town named before, in regional officials' posts.

Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import claim_rows

# ---------------------------------------------------------------- "наш": the writer's own area


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a district head: his district (named with his title) and, through it, the region
        (
            "Глава Шиловского района: над нашим районом уничтожены два БПЛА.",
            [("RU-RYA", "RU-RYA:shilovsky", 2), ("RU-RYA", None, 2)],
        ),
        (
            "Глава Шиловского района сообщил: на территории нашего района сбиты три беспилотника.",
            [("RU-RYA", "RU-RYA:shilovsky", 3), ("RU-RYA", None, 3)],
        ),
        # a governor: his region
        (
            "Губернатор Рязанской области: над нашей областью ночью сбиты четыре беспилотника.",
            [("RU-RYA", None, 4)],
        ),
        (
            "Губернатор Самарской области: над нашим регионом уничтожен беспилотник.",
            [("RU-SAM", None, 1)],
        ),
    ],
)
def test_a_possessive_before_the_area_noun_is_the_writers_own_area(
    text: str, rows: list[tuple[str, str | None, int]]
) -> None:
    assert claim_rows(text) == rows


def test_a_mayors_own_town_after_a_possessive() -> None:
    text = "Мэр Сызрани: над нашим городом сбиты два дрона, пострадавших нет."
    assert claim_rows(text) == [("RU-SAM", "RU-SAM:syzran", 2), ("RU-SAM", None, 2)]


# ---------------------------------------------------------------- "к городу": the town before


def test_the_town_approached_is_the_town_an_earlier_sentence_named() -> None:
    text = (
        "Беспилотники атаковали Сызрань. Один сбит на подлёте к городу, "
        "ещё два — над Сызранским районом."
    )
    assert claim_rows(text) == [
        ("RU-SAM", "RU-SAM:syzran", 1),
        ("RU-SAM", None, None),
        ("RU-SAM", "RU-SAM:syzransky", 2),
    ]


def test_one_more_approaching_the_town_of_the_same_sentence_adds_to_its_figure() -> None:
    # the town is named before in the same clause chain: "ещё один" is one more of its drones
    text = "Над Сызранью сбиты два беспилотника, ещё один уничтожен на подлёте к городу."
    assert claim_rows(text) == [("RU-SAM", "RU-SAM:syzran", 3), ("RU-SAM", None, 3)]


def test_the_town_approached_with_no_town_before_is_no_place() -> None:
    text = "Губернатор Самарской области: на подлёте к городу сбиты два беспилотника."
    assert claim_rows(text) == [("RU-SAM", None, 2)]


# ---------------------------------------------------------------- one-word rows: a region's towns


def test_a_list_row_naming_a_town_of_the_region_in_context_is_its_figure() -> None:
    text = (
        "Губернатор Саратовской области: за ночь сбиты шесть беспилотников:\n"
        "🔸 Энгельс — 1;\n🔸 Балаково — 2;\n🔸 Саратов — 3."
    )
    assert claim_rows(text) == [
        ("RU-SAR", None, 6),
        ("RU-SAR", "RU-SAR:engelssky", 1),
        ("RU-SAR", "RU-SAR:balakovsky", 2),
        ("RU-SAR", "RU-SAR:saratov", 3),
    ]


def test_a_one_word_row_naming_a_town_of_another_region_is_no_row() -> None:
    # Kirishi is a Leningrad town: in a Saratov list it is no row of the governor's
    text = "Губернатор Саратовской области: за ночь сбиты беспилотники:\n🔸 Кириши — 1;\n🔸 Балаково — 2."
    assert claim_rows(text) == [("RU-SAR", "RU-SAR:balakovsky", 2), ("RU-SAR", None, 2)]


# ---------------------------------------------------------------- damage first, the figure after


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В Тарусском районе обломками повреждена крыша дома. "
            "Над районом силами ПВО сбиты шесть беспилотников.",
            [("RU-KLU", "RU-KLU:tarussky", 6), ("RU-KLU", None, 6)],
        ),
        (
            "В Новороссийске выбиты окна в двух домах. Пострадавших нет. "
            "На подлёте к городу уничтожены три беспилотника.",
            [("RU-KDA", "RU-KDA:novorossiysk", 3), ("RU-KDA", None, 3)],
        ),
        (
            "В Новороссийске повреждён автомобиль. Над городом сбиты два дрона.",
            [("RU-KDA", "RU-KDA:novorossiysk", 2), ("RU-KDA", None, 2)],
        ),
    ],
)
def test_the_place_a_sentence_of_damage_named_is_the_one_pointed_back_at(
    text: str, rows: list[tuple[str, str | None, int]]
) -> None:
    assert claim_rows(text) == rows


def test_pointing_back_with_no_place_named_before_is_no_place() -> None:
    assert claim_rows("Обломки упали в поле. Над районом сбиты два беспилотника.") == []


# ---------------------------------------------------------------- a list of the places hit


def test_each_bulleted_line_under_a_head_of_damage_names_a_place_hit() -> None:
    text = (
        "Над Калужской областью сбиты три беспилотника. Обломки упали:\n"
        "• в Тарусском районе;\n• в Обнинске — без последствий.\nПострадавших нет."
    )
    assert claim_rows(text) == [
        ("RU-KLU", None, 3),
        ("RU-KLU", "RU-KLU:tarussky", None),
        ("RU-KLU", "RU-KLU:obninsk", None),
    ]


def test_a_bulleted_line_under_no_head_of_damage_names_nothing() -> None:
    text = (
        "Над Калужской областью сбиты три беспилотника. Работают экстренные службы:\n"
        "• в Тарусском районе;\n• в Обнинске."
    )
    assert claim_rows(text) == [("RU-KLU", None, 3)]


def test_a_line_without_a_bullet_ends_the_list_of_places_hit() -> None:
    text = (
        "Над Калужской областью сбиты три беспилотника. Обломки упали:\n"
        "• в Тарусском районе.\nВ Обнинске открыт пункт временного размещения."
    )
    assert claim_rows(text) == [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:tarussky", None)]


# ---------------------------------------------------------------- the town attacked, named first


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # ("все они" is "они": the drones that attacked the town were downed there, so its
        # region is named too)
        (
            "Новороссийск атаковали беспилотники. Все они сбиты, пострадавших нет.",
            [("RU-KDA", "RU-KDA:novorossiysk", None), ("RU-KDA", None, None)],
        ),
        # an adverb opening the sentence is no part of the name
        (
            "Ночью Новороссийск атаковали вражеские дроны. Все сбиты.",
            [("RU-KDA", "RU-KDA:novorossiysk", None)],
        ),
        (
            "Утром Сызрань атаковали беспилотники, один сбит на подлёте к городу, "
            "ещё два — над Сызранским районом.",
            [
                ("RU-SAM", "RU-SAM:syzran", 1),
                ("RU-SAM", None, None),
                ("RU-SAM", "RU-SAM:syzransky", 2),
            ],
        ),
        # the usual order, the drones first, is read as before
        (
            "Беспилотники атаковали Новороссийск. Все они сбиты, пострадавших нет.",
            [("RU-KDA", "RU-KDA:novorossiysk", None), ("RU-KDA", None, None)],
        ),
    ],
)
def test_a_town_named_before_attacked_by_drones_is_the_place_attacked(
    text: str, rows: list[tuple[str, str | None, int | None]]
) -> None:
    assert claim_rows(text) == rows


def test_an_attack_on_a_town_named_first_with_no_interception_is_no_report() -> None:
    assert parse("Новороссийск атаковали беспилотники. Пострадавших нет.") == []


# ---------------------------------------------------------------- "ещё N" after a figure with no place


def test_one_more_adds_to_a_figure_with_no_place() -> None:
    text = "Губернатор Саратовской области: два беспилотника сбиты, ещё один подавлен РЭБ."
    (report,) = parse(text)
    assert (report.total, claim_rows(text)) == (3, [("RU-SAR", None, 3)])


def test_the_towns_that_underwent_an_attack_of_drones_are_the_places_attacked() -> None:
    text = "Атаке беспилотников подверглись Новороссийск и Геленджик. Сбиты четыре БПЛА."
    assert claim_rows(text) == [
        ("RU-KDA", "RU-KDA:novorossiysk", None),
        ("RU-KDA", "RU-KDA:gelendzhik", None),
        ("RU-KDA", None, 4),
    ]


# ---------------------------------------------------------------- a republic's head, in English


@pytest.mark.parametrize(
    "speaker", ["The head of Chuvashia", "Chuvashia's head", "The Chuvashia head"]
)
def test_a_republics_head_speaks_for_his_republic(speaker: str) -> None:
    text = f"{speaker} said several drones were shot down over Cheboksary overnight."
    assert claim_rows(text) == [("RU-CU", "RU-CU:cheboksary", None), ("RU-CU", None, None)]


def test_the_head_of_something_that_is_no_region_names_no_region() -> None:
    text = "The head of Rosaviatsia said several drones were shot down over Cheboksary."
    assert claim_rows(text) == [("RU-CU", "RU-CU:cheboksary", None)]


# ------------------------------------------- the ministry's formula in a head of region's channel


@pytest.mark.parametrize(
    ("source", "reporter"),
    [
        ("Губернатор Калужской области", "governor"),  # his post: the formula says who shot
        ("Мэр Обнинска", "mayor"),
        ("Минобороны России", "mod"),
        (None, "mod"),  # no channel named: the formula is the ministry's own
    ],
)
def test_the_duty_formula_in_a_heads_channel_is_his_post(source: str | None, reporter: str) -> None:
    text = "Дежурными средствами ПВО над Калужской областью уничтожены три БПЛА. Пострадавших нет."
    (report,) = parse(text, source=source)
    assert (report.reporter, [(c.area_id, c.count) for c in report.claims]) == (
        reporter,
        [("RU-KLU", 3)],
    )


def test_the_ministry_named_in_a_heads_channel_stays_the_ministry() -> None:
    text = (
        "По данным Минобороны, дежурными средствами ПВО над Калужской областью уничтожены три БПЛА."
    )
    (report,) = parse(text, source="Губернатор Калужской области")
    assert report.reporter == "mod"
