"""A town's head or administration, named with his town, who tells drones downed or their
debris with no figure and no place the grammar reads speaks of his own town: the town is the
place, without a figure (``place_rules.rule_town_of_its_head``). English retellings name him by
his town's possessive or before his title ("Kursk Mayor", "Novorossiysk's administration head",
"the Kursk city administration").

Texts written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 4, 2)

KURSK = [("RU-KRS", None, None), ("RU-KRS", "RU-KRS:kursk", None)]
NOVOROSSIYSK = [("RU-KDA", None, None), ("RU-KDA", "RU-KDA:novorossiysk", None)]


def _rows(text: str) -> list[tuple[str, str | None, int | None]]:
    return sorted(
        ((c.area_id, c.district_id, c.count) for r in parse(text, DAY) for c in r.claims),
        key=lambda row: (row[0], row[1] or ""),
    )


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Kursk Mayor Igor Petrov said fragments of a downed drone had damaged a bus stop "
            "and two cars.",
            KURSK,
        ),
        (
            "The Kursk city administration said debris from the downed drones fell in a school "
            "yard overnight.",
            KURSK,
        ),
        (
            "Novorossiysk's administration head said wreckage of a drone shot down by air "
            "defences had landed on a warehouse roof.",
            NOVOROSSIYSK,
        ),
        (
            "Мэр Курска сообщил, что обломки сбитого беспилотника повредили остановку и два "
            "автомобиля.",
            KURSK,
        ),
    ],
)
def test_a_town_heads_debris_with_no_place_is_his_towns(
    text: str, rows: list[tuple[str, str | None, int | None]]
) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        # an attack with no drone downed and no debris names no place of interception
        "Kursk Mayor Igor Petrov said a drone attack had damaged a bus stop.",
        # a town's head named without his town decides nothing
        "The city's mayor said fragments of a downed drone had damaged two cars.",
    ],
)
def test_no_town_without_a_downing_or_without_its_name(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Novorossiysk Mayor Igor Petrov said fragments of a downed drone fell in Gelendzhik.",
        "Мэр Новороссийска сообщил, что обломки сбитого беспилотника упали в Геленджике.",
    ],
)
def test_a_place_of_his_own_is_read_as_written(text: str) -> None:
    assert _rows(text) == [("RU-KDA", None, None), ("RU-KDA", "RU-KDA:gelendzhik", None)]


def test_a_figure_of_his_is_read_by_the_rules_of_figures() -> None:
    text = "Kursk Mayor Igor Petrov said three drones were shot down over the city."
    assert _rows(text) == [("RU-KRS", None, 3), ("RU-KRS", "RU-KRS:kursk", 3)]
