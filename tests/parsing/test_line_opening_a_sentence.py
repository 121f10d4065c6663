"""A line may open with a drone noun as a new sentence does: the number ending the line
before is not that noun's count (``parsing.text._WRAP``). A capitalised word ("Дроны",
"Беспилотники") opens a sentence; the abbreviation ("БПЛА", "UAVs") does after a list
item's figure (a number after a dash or a colon). A number cut from its noun follows a
word. Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 12)


def _rows(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.area_id, c.count, c.qualifier) for r in parse(text, DAY) for c in r.claims]


@pytest.mark.parametrize(
    "text",
    [
        "Сбиты над областями:\nСмоленская область — 7\nБПЛА сбиты также над Тульской областью — 2.",
        "Над Смоленской областью сбиты 7\nДроны также уничтожены над Тульской областью: 2.",
        "Smolensk region - 7\nUAVs were also downed over the Tula region: 2.",
    ],
)  # fmt: skip
def test_a_figure_ending_a_line_is_not_the_next_sentences(text: str) -> None:
    # the 7 had been Tula's, its own 2 lost (Smolensk's 7 is lost on either side)
    assert _rows(text) == [("RU-TUL", 2, "exact")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Ночью над Смоленской областью перехвачены 12\nБПЛА.", [("RU-SMO", 12, "exact")]),
        ("Ночью над Смоленской областью перехвачены 1 200\nБПЛА.", [("RU-SMO", 1200, "exact")]),
        ("Ночью над Смоленской областью перехвачены 12 \nбеспилотников.", [("RU-SMO", 12, "exact")]),
        ("Over the Smolensk region air defences downed 9\nUAVs.", [("RU-SMO", 9, "exact")]),
    ],
)  # fmt: skip
def test_a_count_cut_from_its_noun_is_still_joined(
    text: str, rows: list[tuple[str, int, str]]
) -> None:
    assert _rows(text) == rows
