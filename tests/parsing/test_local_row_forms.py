"""A list row of a governor's post that gives its places a figure each (our own wording): "– в
X и Y районах – по одному" under "уничтожены N беспилотников:"."""

from __future__ import annotations

import pytest

from .conftest import report_rows


@pytest.mark.parametrize(
    "row",
    [
        "– в Кировском и Тарусском районах – по одному.",
        "– в Кировском и Тарусском районах – по 1;",
        "• над Кировским и Тарусским районами — по одному",
        "— по одному — в Кировском и Тарусском районах.",
    ],
)
def test_a_list_row_of_two_places_and_a_figure_each(row: str) -> None:
    text = f"Над Калужской областью уничтожены 5 беспилотников:\n– над Обнинском – 3;\n{row}"
    assert report_rows(text) == [
        ("RU-KLU", None, 5),
        ("RU-KLU", "RU-KLU:kirovsky", 1),
        ("RU-KLU", "RU-KLU:obninsk", 3),
        ("RU-KLU", "RU-KLU:tarussky", 1),
    ]


def test_a_list_row_of_two_regions_and_a_figure_each() -> None:
    text = "Сбиты 6 беспилотников:\n– над Брянской областью – 2;\n– над Курской и Тульской областями – по два."
    assert report_rows(text) == [("RU-BRY", None, 2), ("RU-KRS", None, 2), ("RU-TUL", None, 2)]
