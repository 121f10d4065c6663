"""Words inside an English list of places (issue 10), written for this project in our own
words: "... and the neighbouring Syzransky district" goes on with the list, as "over the
neighbouring Syzransky district" names the district after the trigger (the town had taken the
list's figure and the district was lost)."""

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
