""" "ни одного сбитого беспилотника" with no dash and no negated verb: the genitive of "none"
with a participle of downing says no drone was downed over the place (0, never 1). Sentences
written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 12)


def _rows(text: str) -> list[tuple[str, int | None]]:
    return [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("За минувшие сутки над Белгородской областью не было ни одного уничтоженного дрона.",
         [("RU-BEL", 0)]),
        ("Над Тульской областью этой ночью ни одного перехваченного БПЛА, сообщил губернатор.",
         [("RU-TUL", 0)]),
        ("В ночь на 12 сентября над Курской областью ни одного сбитого беспилотника.",
         [("RU-KRS", 0)]),
    ],
)  # fmt: skip
def test_none_downed_in_the_genitive_is_zero(text: str, rows: list[tuple[str, int]]) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        # "none of the downed drones fell on houses": the drones were downed, the 5 stands
        "Над Курской областью сбиты 5 беспилотников. Ни один сбитый беспилотник не упал на дома.",
        "Над Курской областью сбиты 5 беспилотников, ни одного сбитого беспилотника не упало на дома.",
    ],
)
def test_none_of_the_downed_keeps_the_figure(text: str) -> None:
    assert _rows(text) == [("RU-KRS", 5)]
