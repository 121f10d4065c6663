"""Issue 10: the writer's own area and the town named before, in regional officials' posts.

Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

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
        ("RU-SAM", None, 3),
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
