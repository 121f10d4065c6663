"""News sets an official's own term for an area in quotation marks: 'over the "Moscow region"',
"над «Московским регионом»". The marks say whose word it is, not that it is no place: the
quoted term is read as the place it names. A quoted statement is still a quotation. Written
for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.text import normalise

PUBLISHED = date(2025, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 40 drones were downed, 12 of them over the Kursk region and 28 over "
        'the "Moscow region".',
        "The ministry said 40 drones were downed, 12 of them over the Kursk region and 28 over "
        "the “Moscow region”.",
        "Минобороны сообщило о 40 сбитых беспилотниках: 12 над Курской областью и 28 над "
        "«Московским регионом».",
    ],
)
def test_a_quoted_area_term_is_the_place(text: str) -> None:
    claims = [(c.area_id, c.count) for r in parse(text, PUBLISHED) for c in r.claims]
    assert claims == [("RU-KRS", 12), ("RU-MOW+RU-MOS", 28)]


def test_only_the_marks_around_the_term_are_blanked() -> None:
    text = 'He said: "Six were shot down over the Kursk region," and two over the "Kursk region".'
    assert normalise(text) == text[:-16] + "  Kursk region ."


def test_a_quoted_sentence_keeps_its_marks() -> None:
    text = 'The governor wrote: "Shot down over the Kursk region".'
    assert normalise(text) == text
