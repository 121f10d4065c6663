"""Russian "пара" and English "a couple of" before a drone noun are two, and "half a dozen" is six
(``parsing.numbers``): "пара беспилотников" had given the area with no figure and "half a dozen
drones" twelve ("a dozen" read alone), "a couple of drones" nothing, without a word. "пара" and
"a couple" elsewhere ("пару часов", "пару раз", "a couple of hours") are no count. Sentences written for this project."""

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
        ("Ночью над Саратовской областью сбили пару беспилотников.", [("RU-SAR", 2)]),
        ("Над Тульской областью уничтожена пара украинских дронов.", [("RU-TUL", 2)]),
        ("Пара БПЛА перехвачена над Рязанской областью.", [("RU-RYA", 2)]),
        ("ПВО справились с парой беспилотников над Самарской областью.", [("RU-SAM", 2)]),
        ("Overnight, half a dozen drones were downed over the Saratov Region.", [("RU-SAR", 6)]),
        ("Air defences destroyed half a dozen UAVs over the Tula Region.", [("RU-TUL", 6)]),
        ("Half a dozen drones were shot down over the Ryazan Region overnight.", [("RU-RYA", 6)]),
        ("Overnight, a couple of drones were downed over the Saratov Region.", [("RU-SAR", 2)]),
        (
            "Air defences destroyed a couple of Ukrainian UAVs over the Tula Region.",
            [("RU-TUL", 2)],
        ),
        # no count
        (
            "A couple of hours later, 5 drones were shot down over the Ryazan Region.",
            [("RU-RYA", 5)],
        ),
        ("За пару часов над Саратовской областью сбиты 5 БПЛА.", [("RU-SAR", 5)]),
        ("Над Тульской областью пару раз сбивали по 3 беспилотника.", [("RU-TUL", 3)]),
    ],
)
def test_a_pair_is_two_and_half_a_dozen_six(text: str, rows: list[tuple[str, int]]) -> None:
    assert _rows(text) == rows
