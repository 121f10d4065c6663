"""Drones downed "as they approached" a town (stop 46, our own wording).

The English of "на подлёте к X" is "on approach to X", "approaching X", and, in a clause of
time, "as they approached X": the town approached is where the drones were downed, Moscow's a
target as "flying toward Moscow" is. The past tense had named no place, so the figure had none.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import by_place, fake_towns, resolving, with_places

DAY = date(2025, 11, 20)
TOWNS = fake_towns("RU-VOR", "Воронеж")
TOWNS["voronezh city"] = TOWNS["воронеж"]


def rows(text: str) -> list[tuple[str, str | None, int | None]]:
    with resolving(with_places(TOWNS)):
        return by_place(
            (c.area_id, c.district_id, c.count) for r in parse(text, DAY) for c in r.claims
        )


@pytest.mark.parametrize(
    "text",
    [
        "Six drones were destroyed as they approached Voronezh overnight, the mayor said.",
        "Air defences shot down six UAVs overnight as they approached Voronezh.",
    ],
)
def test_the_town_they_approached_is_the_place(text: str) -> None:
    assert rows(text) == [("RU-VOR", None, 6), ("RU-VOR", "RU-VOR:воронеж", 6)]


def test_moscow_approached_is_the_mayors_target() -> None:
    text = "Sobyanin said nine drones were shot down overnight as they approached Moscow."
    assert rows(text) == [("RU-MOW", None, 9)]
