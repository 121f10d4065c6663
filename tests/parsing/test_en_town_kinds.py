"""Towns named with what kind of town they are, in English news (issue 10), written for this
project in our own words: "the port city of Novorossiysk", "the industrial city of Syzran",
"the Black Sea port of Novorossiysk" name the town (never the sea its port lies on)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Claims, Row, russian_claims_by_report

DAY = date(2025, 11, 22)


def _rows(text: str) -> Claims:
    return russian_claims_by_report(text, DAY)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A drone was destroyed over the port city of Novorossiysk, the mayor said.",
            [("RU-KDA", "RU-KDA:novorossiysk", 1), ("RU-KDA", None, 1)],
        ),
        (
            "Two drones were downed near the industrial city of Syzran, the governor said.",
            [("RU-SAM", "RU-SAM:syzran", 2), ("RU-SAM", None, 2)],
        ),
        (
            "A drone was shot down over the Black Sea port of Novorossiysk overnight.",
            [("RU-KDA", "RU-KDA:novorossiysk", 1), ("RU-KDA", None, 1)],
        ),
        (
            "Three drones were brought down over the Volga city of Cheboksary, the head of the "
            "republic said.",
            [("RU-CU", "RU-CU:cheboksary", 3), ("RU-CU", None, 3)],
        ),
    ],
)
def test_a_town_named_with_its_kind_is_the_town(text: str, want: list[Row]) -> None:
    assert _rows(text) == [want]
