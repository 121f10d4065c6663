"""Issue 10: how regional officials' posts are built, read by the grammar of the post.

Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import Row, claim_rows

# ---------------------------------------------------------------- one post, one region


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the other district of the same sentence lies in one region only ("Кировский район"
        # is in two): the post speaks of that one region
        (
            "В Кировском районе уничтожены три беспилотника, в Тарусском — один.",
            [
                ("RU-KLU", "RU-KLU:kirovsky", 3),
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:tarussky", 1),
            ],
        ),
        # ... or a town of the next sentence
        (
            "Над Кировским районом сбиты три беспилотника. Ещё два — над Обнинском.",
            [
                ("RU-KLU", "RU-KLU:kirovsky", 3),
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:obninsk", 2),
            ],
        ),
    ],
)
def test_a_name_of_several_districts_lies_in_the_region_of_the_posts_other_places(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


def test_a_region_without_that_district_leaves_the_name_undecided() -> None:
    # Bryansk Oblast has no Kirovsky district here: no guess, the report keeps the doubt
    (report,) = parse("Над Кировским районом сбиты три беспилотника. Над Брянской областью — два.")
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [("RU-BRY", None, 2)]
    assert report.doubts == (("Кировский район", (4, 21)),)


# ---------------------------------------------------------------- one drone, an active verb


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Над Обнинском ПВО нейтрализовали дрон.",
            [("RU-KLU", "RU-KLU:obninsk", 1), ("RU-KLU", None, 1)],
        ),
        # the singular is one drone beside the next clause's figure too
        (
            "Над Обнинском силы ПВО ликвидировали беспилотник, второй подавлен средствами РЭБ "
            "над Тарусским районом.",
            [
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:tarussky", 1),
            ],
        ),
        (
            "Над Обнинском ПВО ликвидировали дрон, ещё два сбиты над Тарусским районом.",
            [
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:tarussky", 2),
            ],
        ),
    ],
)
def test_a_singular_drone_after_an_active_verb_of_downing_is_one(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


# ---------------------------------------------------------------- a town's head: his town


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a town the gazetteer knows inside its district: the district holds his figure
        (
            "Глава Энгельса: над городом сбит беспилотник.",
            [("RU-SAR", "RU-SAR:engelssky", 1), ("RU-SAR", None, 1)],
        ),
        (
            "Глава Балаково: беспилотник сбит на подлёте к городу, пострадавших нет.",
            [("RU-SAR", "RU-SAR:balakovsky", 1), ("RU-SAR", None, 1)],
        ),
        (
            "Мэр Кириши сообщил, что ночью над городом уничтожены два дрона.",
            [("RU-LEN", "RU-LEN:kirishsky", 2), ("RU-LEN", None, 2)],
        ),
    ],
)
def test_the_town_of_a_town_head_is_his_city_inside_its_district(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


# ---------------------------------------------------------------- the drone that attacked, then "он"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Утром Сызрань атаковал беспилотник. Он сбит над промзоной, пострадавших нет.",
            [("RU-SAM", "RU-SAM:syzran", 1), ("RU-SAM", None, 1)],
        ),
        (
            "Беспилотник атаковал Сызрань. Его уничтожили силы ПВО.",
            [("RU-SAM", "RU-SAM:syzran", 1), ("RU-SAM", None, 1)],
        ),
        # drones in the plural with no number: the town hit, no figure
        (
            "Сызрань атаковали беспилотники. Их сбили силы ПВО.",
            [("RU-SAM", "RU-SAM:syzran", None), ("RU-SAM", None, None)],
        ),
    ],
)
def test_a_pronoun_downs_the_drone_the_sentence_before_said_attacked(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


# ---------------------------------------------------------------- a head line, then its rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the post's first line downs drones it names in its rows only
        (
            "Над Калужской областью сбиты:\n▪️ Кировский район — 3;\n▪️ Тарусский район — 2.",
            [
                ("RU-KLU", "RU-KLU:kirovsky", 3),
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:tarussky", 2),
            ],
        ),
        # a time and who downed them before the verb; numbered rows
        (
            "За ночь над Калужской областью силами ПВО уничтожены:\n"
            "1. Тарусский район — 3 БПЛА\n2. Обнинск — 1 БПЛА",
            [
                ("RU-KLU", "RU-KLU:tarussky", 3),
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:obninsk", 1),
            ],
        ),
        # a row of missiles ends the list: no drone counted
        ("Над Калужской областью уничтожены:\n▪️ 2 крылатые ракеты;\n▪️ Тарусский район — 2.", []),
    ],
)
def test_a_head_line_that_downs_with_a_colon_heads_the_rows_under_it(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


# ---------------------------------------------------------------- the place after the comma


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Уничтожены два беспилотника, над Тарусским районом.",
            [("RU-KLU", "RU-KLU:tarussky", 2), ("RU-KLU", None, 2)],
        ),
        # "ещё один" with its place set off by a comma adds to the post's figures (under an
        # update's label, "Дополнение: сбит ещё один, ...", it is a later report of its own:
        # test_local_updates)
        (
            "Над Обнинском сбит беспилотник. Сбит ещё один, над Тарусским районом.",
            [
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:tarussky", 1),
            ],
        ),
    ],
)
def test_a_place_phrase_alone_after_the_comma_is_the_figures_place(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


def test_debris_after_the_comma_is_no_place_of_the_figure() -> None:
    # a clause of its own after the comma says where debris fell
    rows = claim_rows("Сбиты два беспилотника, обломки упали в Тарусском районе.")
    assert [row for row in rows if row[1] is not None] == [("RU-KLU", "RU-KLU:tarussky", None)]


# ---------------------------------------------------------------- English: a region of two words


def test_an_english_region_of_two_words_is_the_region_over_the_region_means() -> None:
    # "Novgorod region" alone is another region: the two words name one
    text = (
        "The governor of the Nizhny Novgorod region said two drones were shot down over the region."
    )
    assert claim_rows(text) == [("RU-NIZ", None, 2)]
