"""A post's sentence broken across lines after a comma is one sentence (our own wording): the
list of places it names goes on on the next line, its next name capitalised."""

from __future__ import annotations

import pytest

from parsing import parse

from .conftest import report_rows


@pytest.mark.parametrize(
    "text",
    [
        "Над Калужской областью сбиты беспилотники. Дроны уничтожены над Кировским,\n"
        "Тарусским районами и над Обнинском.",
        "Над Калужской областью сбиты беспилотники. Дроны уничтожены над Кировским, Тарусским\n"
        "районами и над Обнинском.",
        "Над Калужской областью сбиты беспилотники,\nдроны уничтожены над Кировским,\n"
        "Тарусским районами,\nнад Обнинском.",
    ],
)
def test_a_list_of_places_goes_on_after_a_comma_and_a_line_break(text: str) -> None:
    assert report_rows(text) == [
        ("RU-KLU", None, None),
        ("RU-KLU", "RU-KLU:kirovsky", None),
        ("RU-KLU", "RU-KLU:obninsk", None),
        ("RU-KLU", "RU-KLU:tarussky", None),
    ]


def test_a_shared_figure_after_a_list_broken_across_lines() -> None:
    text = "Ночью над Кировским районом,\nТарусским районом и Обнинском сбиты три БПЛА."
    assert report_rows(text) == [
        ("RU-KLU", None, 3),
        ("RU-KLU", "RU-KLU:kirovsky", None),
        ("RU-KLU", "RU-KLU:obninsk", None),
        ("RU-KLU", "RU-KLU:tarussky", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Уничтожены 10 беспилотников:\nБрянская область — 5,\nКурская область — 3,\nТульская область — 2.",
        "Уничтожены 10 беспилотников:\n— Брянская область — 5,\n— Курская область — 3,\n"
        "— Тульская область — 2.",
        "Уничтожены 10 беспилотников: над Брянской областью — 5,\n\nнад Курской областью — 3,\n"
        "над Тульской — 2.",
    ],
)
def test_a_list_whose_rows_end_in_commas_keeps_its_rows(text: str) -> None:
    (report,) = parse(text)
    assert (report.total, [(c.area_id, c.count) for c in report.claims]) == (
        10,
        [("RU-BRY", 5), ("RU-KRS", 3), ("RU-TUL", 2)],
    )
