"""The drone noun with its prefix misspelt "без-" for "бес-" (our own wording).

Before a voiceless consonant the prefix is written "бес-" ("беспилотник"); "безпилотник" is a
common slip of regional news and officials' posts. ``text.normalise`` writes it right (the
same length), so every pattern of the noun reads it, and nothing else changes.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.text import normalise

DAY = date(2024, 8, 29)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("сбит безпилотник", "сбит беспилотник"),
        ("Безпилотных летательных аппаратов", "Беспилотных летательных аппаратов"),
        ("БЕЗПИЛОТНИК", "БЕСПИЛОТНИК"),
        # another word with "без-" stays as written
        ("безопасность", "безопасность"),
    ],
)
def test_the_prefix_is_written_right_the_same_length(text: str, want: str) -> None:
    assert normalise(text) == want


def test_a_misspelt_noun_counts_its_drones() -> None:
    text = "Накануне над Воронежской областью ПВО перехватили три безпилотника."
    assert [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, DAY)] == [
        (3, [("RU-VOR", 3)])
    ]
