"""Issue 10: the English prepositions of nearness name where drones were downed, as "near" does
and as "недалеко от", "рядом с", "вблизи" do in Russian: "close to", "not far from", "in the
vicinity of". A region after a district with one of them only says where the district lies
("in the Ramensky district close to Moscow"). Reports written for these tests in our own words.
"""

from __future__ import annotations

import pytest

from parsing import parse

Row = tuple[str, str | None, int | None]


def _rows(text: str) -> set[Row]:
    return {(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A drone was shot down not far from Obninsk, the Kaluga governor said.",
            {("RU-KLU", "RU-KLU:obninsk", 1), ("RU-KLU", None, 1)},
        ),
        (
            "Two drones were downed close to Syzran overnight.",
            {("RU-SAM", "RU-SAM:syzran", 2), ("RU-SAM", None, 2)},
        ),
        (
            "Three UAVs were destroyed in the vicinity of Novorossiysk.",
            {("RU-KDA", "RU-KDA:novorossiysk", 3), ("RU-KDA", None, 3)},
        ),
        (
            "Close to Gelendzhik, air defences brought down two drones.",
            {("RU-KDA", "RU-KDA:gelendzhik", 2), ("RU-KDA", None, 2)},
        ),
        (
            "A drone was intercepted not far from the town of Podolsk.",
            {("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)},
        ),
    ],
)
def test_a_preposition_of_nearness_names_the_place(text: str, want: set[Row]) -> None:
    assert _rows(text) == want


def test_a_region_close_to_a_district_only_locates_it() -> None:
    text = "A drone was downed in the Ramensky district close to Moscow."
    assert _rows(text) == {("RU-MOS", "RU-MOS:ramensky", 1), ("RU-MOS", None, 1)}
