"""A drone's kind written before its noun is still the drone noun (``vocab.DRONE``,
``counts._SKIP``, ``vocab.KIND_BEFORE_ONE_RU``): a district head's "сбиты 2 FPV-дрона" had given no
figure at all (the compound "FPV-дрон" was no drone noun, its "дрон" being inside a word), and
a single "подавлен FPV-дрон" only its place. An FPV drone that struck a car is still no drone
downed (``vocab.DRONE_STRUCK``).

Sentences written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from tests.parsing.conftest import Row, claim_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Над Шебекинским округом сбиты 2 FPV-дрона.",
            [("RU-BEL", "RU-BEL:shebekinsky", 2), ("RU-BEL", None, 2)],
        ),
        # a number word, "подавлены" and who jammed them before the noun
        (
            "Средствами РЭБ над Погарским районом подавлены три FPV-дрона.",
            [("RU-BRY", "RU-BRY:pogarsky", 3), ("RU-BRY", None, 3)],
        ),
        # the figure first, the place after
        (
            "Пять FPV-беспилотников уничтожены над Белгородским районом.",
            [("RU-BEL", "RU-BEL:belgorodsky", 5), ("RU-BEL", None, 5)],
        ),
        # the kind written apart from its noun
        (
            "В Обнинске ПВО сбили 4 FPV дрона.",
            [("RU-KLU", "RU-KLU:obninsk", 4), ("RU-KLU", None, 4)],
        ),
        # one drone with no number
        (
            "Над Тарусским районом подавлен средствами РЭБ FPV-дрон.",
            [("RU-KLU", "RU-KLU:tarussky", 1), ("RU-KLU", None, 1)],
        ),
        (
            "Глава района сообщил о сбитом FPV-дроне над Погарским районом.",
            [("RU-BRY", "RU-BRY:pogarsky", 1), ("RU-BRY", None, 1)],
        ),
        # a district's line of a post, the district as its heading
        (
            "Грайворонский округ: 3 FPV-дрона подавлены средствами РЭБ.",
            [("RU-BEL", "RU-BEL:grayvoronsky", 3), ("RU-BEL", None, 3)],
        ),
        (
            "Two FPV drones were jammed over the Shebekino district.",
            [("RU-BEL", "RU-BEL:shebekinsky", 2), ("RU-BEL", None, 2)],
        ),
    ],
)
def test_an_fpv_drone_downed_is_a_drone_downed(text: str, rows: list[Row]) -> None:
    assert claim_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "В Шебекинском округе FPV-дрон атаковал легковой автомобиль, водитель ранен.",
        "В Белгородском районе в результате удара FPV-дрона по магазину выбиты окна.",
    ],
)
def test_an_fpv_drones_strike_downs_nothing(text: str) -> None:
    assert [row for row in claim_rows(text) if row[2] is not None] == []
