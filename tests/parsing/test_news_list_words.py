"""Words inside an English list of places (issue 10), written for this project in our own
words: "... and the neighbouring Syzransky district" goes on with the list, as "over the
neighbouring Syzransky district" names the district after the trigger (the town had taken the
list's figure and the district was lost); "over the region's Tarussky district" is the district of
the region in context."""

from __future__ import annotations

import pytest

from tests.parsing.conftest import claim_rows


@pytest.mark.parametrize("word", ["", "neighbouring ", "neighboring ", "nearby ", "border "])
def test_a_word_before_a_name_inside_a_list_goes_on_with_it(word: str) -> None:
    text = f"Air defences destroyed six drones over Syzran and the {word}Syzransky district."
    assert claim_rows(text) == [
        ("RU-SAM", None, 6),
        ("RU-SAM", "RU-SAM:syzran", None),
        ("RU-SAM", "RU-SAM:syzransky", None),
    ]


# --- "the region's": the districts of the region in context ------------------------------------
@pytest.mark.parametrize(
    ("places", "rows"),
    [
        ("the region's Tarussky district", [("RU-KLU", "RU-KLU:tarussky", 6), ("RU-KLU", None, 6)]),
        (
            "the region's Tarussky and Kirovsky districts",
            [
                ("RU-KLU", None, 6),
                ("RU-KLU", "RU-KLU:tarussky", None),
                ("RU-KLU", "RU-KLU:kirovsky", None),
            ],
        ),
    ],
)
def test_the_regions_districts_are_districts_of_the_region_in_context(
    places: str, rows: list[tuple[str, str | None, int | None]]
) -> None:
    text = f"The Kaluga region governor said six drones were shot down over {places}."
    assert claim_rows(text) == rows
