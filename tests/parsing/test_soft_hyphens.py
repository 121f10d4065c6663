"""A soft hyphen (U+00AD, what a web page's "&shy;" becomes) is invisible where the text is
shown, and a no-break space left as its entity ("&nbsp;") is a space: neither may cost a
figure. Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.text import normalise

DAY = date(2026, 9, 12)
SHY = "\u00ad"


def _rows(text: str) -> list[tuple[str, int | None]]:
    return [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (f"Ночью над Брянской областью уничтожены 5 бес{SHY}пилот{SHY}ников.", [("RU-BRY", 5)]),
        (f"Ночью над Брянской областью уничтожены 5{SHY}БПЛА.", [("RU-BRY", 5)]),
        ("Ночью над Брянской областью уничтожены 5&nbsp;БПЛА.", [("RU-BRY", 5)]),
        (f"Ночью над Кур{SHY}ской об{SHY}ластью сбиты 3 дрона.", [("RU-KRS", 3)]),
        (f"Overnight, air defences downed 9 dro{SHY}nes over the Kursk re{SHY}gion.", [("RU-KRS", 9)]),
    ],
)  # fmt: skip
def test_soft_hyphens_and_entities_cost_no_figure(text: str, rows: list[tuple[str, int]]) -> None:
    assert _rows(text) == rows


def test_a_word_is_read_whole_and_the_text_keeps_its_length() -> None:
    text = f"сбиты бес{SHY}{SHY}пилот{SHY}ники и 5{SHY}БПЛА"
    assert normalise(text) == "сбиты беспилотники    и 5 БПЛА"


def test_a_soft_hyphen_inside_a_number_is_no_joiner() -> None:
    # "1<shy>5" is not read as 15 (as a zero-width space inside a number is not)
    assert normalise(f"сбиты 1{SHY}5 БПЛА") == "сбиты 1 5 БПЛА"
