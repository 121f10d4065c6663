"""A dash a writer glued to the words around it is still the dash (our own wording).

A hyphen joins two words with no blank on either side ("северо-западный"); an en or an em dash
never does. A row's dash typed with no blanks ("над Белгородской—два") still ends the region's
adjective before it, and a hyphen set off by a blank on one side only ("больше всего - 16 -сбито
над X") is the dash the writer meant, written as an en dash (the same length): the word after it
is a word of its own, never the tail of a hyphenated one.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.text import normalise

DAY = date(2025, 3, 8)


def rows(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.area_id, c.count) for r in parse(text, DAY) for c in r.claims)


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_glued_dash_ends_the_regions_adjective(dash: str) -> None:
    text = f"За ночь над Курской областью уничтожены 9 беспилотников, над Брянской{dash}три."
    assert rows(text) == [("RU-BRY", 3), ("RU-KRS", 9)]


def test_a_glued_dash_after_the_regions_noun_and_in_a_row() -> None:
    text = "Уничтожены 5 БПЛА: Курская область—3, Брянская область—2."
    assert rows(text) == [("RU-BRY", 2), ("RU-KRS", 3)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("больше всего - 16 -сбито над", "больше всего - 16 –сбито над"),
        # a hyphen inside a word, or before a figure ("-5" is a doubtful number), stays
        ("северо-западный", "северо-западный"),
        ("сбиты -5 дронов", "сбиты -5 дронов"),
    ],
)
def test_a_hyphen_set_off_on_one_side_is_a_dash(text: str, want: str) -> None:
    assert normalise(text) == want


def test_the_word_after_a_one_sided_hyphen_is_read() -> None:
    text = (
        "По данным ведомства, больше всего дронов - 12 -сбито над Курской областью, "
        "четыре - над Брянской областью."
    )
    assert rows(text) == [("RU-BRY", 4), ("RU-KRS", 12)]
