"""Issue 10: governors' and district heads' posts read by the shape of the post (its list rows,
its ordinals, its summary lines), kinds the earlier tests of local posts did not write.

Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import Row, report_rows

# ---------------------------------------------------------------- list rows that name their drones


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the rows come first, the line that downs their drones after them
        (
            "▪️ Тарусский район — 2 БПЛА\n▪️ Кировский район — 1 БПЛА\n▪️ Обнинск — 1 БПЛА\n"
            "Всего за ночь над Калужской областью уничтожены четыре беспилотника.",
            [
                ("RU-KLU", None, 4),
                ("RU-KLU", "RU-KLU:kirovsky", 1),
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", "RU-KLU:tarussky", 2),
            ],
        ),
        # a bare tally under the region's name: no verb, no attack told
        (
            "Калужская область\n🔹 Тарусский район — 3 БПЛА\n🔹 Обнинск — 1 БПЛА\nПострадавших нет.",
            [
                ("RU-KLU", None, 4),
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", "RU-KLU:tarussky", 3),
            ],
        ),
    ],
)
def test_rows_naming_their_drones_are_drones_downed(text: str, rows: list[Row]) -> None:
    assert report_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        # the rows under an attack with no interception anywhere count the drones that attacked
        "Калужская область. Атакованы:\n▪️ Тарусский район — 2 БПЛА\n▪️ Обнинск — 1 БПЛА",
        "Ночью беспилотники атаковали Калужскую область.\n▪️ Тарусский район — 2 БПЛА\n"
        "▪️ Обнинск — 1 БПЛА",
    ],
)
def test_rows_of_an_attack_nobody_downed_are_no_report(text: str) -> None:
    assert parse(text) == []
