"""A region's head noun misspelt (issue 10), written for this project in our own words (the
stand-in gazetteer of conftest.py): a post typed in haste writes "облатсью", "облсти",
"обалстью", "областю". The adjective before it names the region alone, as it does before a
comma ("над Тамбовской, ..."): the region keeps its figure. Words that open as the head noun
does and are words of their own ("областной", "обломки") name no region."""

from __future__ import annotations

import pytest

from tests.parsing.conftest import claim_rows


@pytest.mark.parametrize(
    "head",
    ["облатсью", "облстью", "обалстью", "областю", "облостью", "облатью"],
)
def test_the_adjective_before_a_misspelt_head_names_the_region(head: str) -> None:
    text = f"Минобороны: ночью над Калужской {head} уничтожены три беспилотника."
    assert claim_rows(text) == [("RU-KLU", None, 3)]


def test_a_misspelt_head_in_a_list_keeps_the_rows_figure() -> None:
    text = (
        "ПВО сбили пять БПЛА — по два над Брянской и Курской областями, ещё один над Калужской "
        "облатсью."
    )
    assert sorted(claim_rows(text)) == [
        ("RU-BRY", None, 2),
        ("RU-KLU", None, 1),
        ("RU-KRS", None, 2),
    ]


def test_the_genitive_head_misspelt_after_territory() -> None:
    text = "Над территорией Брянской облсти уничтожен один БПЛА."
    assert claim_rows(text) == [("RU-BRY", None, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Пострадавшего доставили в Калужской областной больнице.",
        "В Брянской обломками повреждена кровля.",
    ],
)
def test_words_that_open_as_the_head_does_name_no_region(text: str) -> None:
    assert claim_rows(text) == []
