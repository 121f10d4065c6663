"""Issue 10: how counts link to places in ministry statements and governors' posts.

Each group is one rule about the language; the reports are written for these tests in our
own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


def _rows(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims]


# ------------------------------------------------- a number before "в" and a place's name


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Над Брянской областью сбиты 12 беспилотников, из них пять в Погарском районе.",
            [("RU-BRY", None, 12), ("RU-BRY", "RU-BRY:pogarsky", 5)],
        ),
        (
            "Над Калужской областью уничтожены шесть БПЛА, в том числе два в Тарусском районе.",
            [("RU-KLU", None, 6), ("RU-KLU", "RU-KLU:tarussky", 2)],
        ),
        (
            "Сбиты 3 БПЛА в Курской области и 2 в Белгородской.",
            [("RU-KRS", None, 3), ("RU-BEL", None, 2)],
        ),
        (
            "Над Калужской областью сбиты четыре дрона, один в районе Обнинска.",
            [("RU-KLU", None, 4), ("RU-KLU", "RU-KLU:obninsk", 1)],
        ),
    ],
)
def test_a_number_before_v_and_a_name_is_the_count_of_that_place(
    text: str, rows: list[tuple[str, str | None, int | None]]
) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "В 2 в ночи над Курской областью сбиты три дрона.",
        "Над Курской областью сбиты три дрона, в 5 в районе полудня объявлена тревога.",
    ],
)
def test_a_number_before_v_and_a_common_word_is_no_count(text: str) -> None:
    assert _rows(text) == [("RU-KRS", None, 3)]
    assert [r.total for r in parse(text)] == [3]
