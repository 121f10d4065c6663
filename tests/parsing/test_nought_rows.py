"""Issue 14's left list, item 1: a place first, then its nought in words.

"над X — ни одного", "В X области — ни одного сбитого", "Over the X Region, no drones were
destroyed" give X 0, as "над X — 0" and "no drones were destroyed over X" do. Texts are our own.
"""

from __future__ import annotations

import pytest

from tests.parsing.conftest import claim_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Всего уничтожено 8 БПЛА: 5 – над Брянской областью, 3 – над Белгородской, "
            "над Курской — ни одного.",
            [("RU-BRY", None, 5), ("RU-BEL", None, 3), ("RU-KRS", None, 0)],
        ),
        (
            "Над Тульской областью сбиты 2 беспилотника. В Калужской области — ни одного сбитого.",
            [("RU-TUL", None, 2), ("RU-KLU", None, 0)],
        ),
        (
            "Над Тульской областью сбиты 2 беспилотника; над Калужской — ни одного сбитого дрона.",
            [("RU-TUL", None, 2), ("RU-KLU", None, 0)],
        ),
        (
            "Air defences destroyed 4 drones over the Bryansk Region. Over the Kursk Region, "
            "no drones were destroyed.",
            [("RU-BRY", None, 4), ("RU-KRS", None, 0)],
        ),
        ("Over the Tula Region, no drones were shot down.", [("RU-TUL", None, 0)]),
    ],
)
def test_a_places_nought_after_it_is_zero(
    text: str, rows: list[tuple[str, str | None, int]]
) -> None:
    assert claim_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # nobody hurt, no place before the dash: no figure of drones
        (
            "Над Курской областью сбиты 5 беспилотников. Пострадавших — ни одного.",
            [("RU-KRS", None, 5)],
        ),
        # a nought of something else than a place's drones
        ("Над Курской областью сбиты 5 беспилотников, жертв — ни одного.", [("RU-KRS", None, 5)]),
    ],
)
def test_a_nought_with_no_place_before_it_is_no_figure(
    text: str, rows: list[tuple[str, str | None, int]]
) -> None:
    assert claim_rows(text) == rows
