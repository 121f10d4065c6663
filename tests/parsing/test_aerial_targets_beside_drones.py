"""Aerial targets told beside drones counted by their own noun are other things, never more
drones (``trap_rules.rule_not_drones``; docs/labels.md: "воздушные цели" whose kind the text
does not give are no drone row): "уничтожены три БПЛА и поражены ещё две воздушные цели" is
three drones (it had been five), "two drones and three other aerial targets over X" two over
X (it had been three, the targets' figure taking the place). Aerial targets in a sentence
that names drones with no figure of their own are still the drones.

Sentences written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from tests.parsing.conftest import Row, claim_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ночью над Обнинском силами ПВО уничтожены три БПЛА и поражены ещё две воздушные цели.",
            [("RU-KLU", "RU-KLU:obninsk", 3), ("RU-KLU", None, 3)],
        ),
        (
            "Над Брянской областью уничтожены 4 беспилотника и 2 воздушные цели.",
            [("RU-BRY", None, 4)],
        ),
        (
            "Над Калужской областью сбиты шесть дронов, а также ещё три воздушные цели.",
            [("RU-KLU", None, 6)],
        ),
        (
            "Russian air defences destroyed two drones and three other aerial targets over the "
            "Belgorod region.",
            [("RU-BEL", None, 2)],
        ),
        (
            "Over the Kursk region, air defences shot down five drones and two other aerial targets.",
            [("RU-KRS", None, 5)],
        ),
    ],
)
def test_aerial_targets_beside_counted_drones_are_no_drones(text: str, rows: list[Row]) -> None:
    assert claim_rows(text) == rows


def test_aerial_targets_of_a_raid_of_drones_are_the_drones() -> None:
    text = "Над Курской областью сбиты 25 воздушных целей в ходе отражения налета БПЛА."
    assert claim_rows(text) == [("RU-KRS", None, 25)]
