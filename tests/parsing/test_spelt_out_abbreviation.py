"""A drone's abbreviation spelt out letter by letter ("Б.П.Л.А.", "Б П Л А", "U.A.V.s") is the
drone noun (``parsing.text._spelt_out``): the figure before it had stood before no noun and been
lost without a word. Only the letters of a known abbreviation are read so. Sentences written
for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.text import normalise, normalise_moved, to_original

DAY = date(2026, 9, 12)


def _rows(text: str) -> list[tuple[str, int | None]]:
    return [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims]


@pytest.mark.parametrize(
    "text",
    [
        "Этой ночью над Смоленской областью перехвачены 6 Б.П.Л.А.",
        "Этой ночью над Смоленской областью перехвачены 6 Б П Л А.",
        "Этой ночью над Смоленской областью перехвачены 6 Б. П. Л. А.",
        "Этой ночью над Смоленской областью перехвачены 6 Б.п.Л.А.",
        "Этой ночью перехвачены 6 Б.П.Л.А. над Смоленской областью.",
        "Six U.A.V.s were shot down over the Smolensk Region overnight.",
        "Air defence shot down 6 U.A.V. over the Smolensk Region overnight.",
    ],
)
def test_a_figure_before_a_spelt_out_abbreviation_is_read(text: str) -> None:
    assert _rows(text) == [("RU-SMO", 6)]


def test_two_spelt_out_abbreviations_in_one_sentence_keep_their_places() -> None:
    text = "Ночью сбиты 6 Б.П.Л.А. над Смоленской областью и 2 Б П Л А над Тульской."
    assert _rows(text) == [("RU-SMO", 6), ("RU-TUL", 2)]


@pytest.mark.parametrize(
    ("spelt", "read"),
    [
        ("6 Б.П.Л.А. над", "6 БПЛА     над"),  # the last point is no stop: the sentence goes on
        ("6 Б.П.Л.А.\nНад", "6 БПЛА.   \nНад"),  # it ends the sentence: it stays
        ("6 Б П Л А. Над", "6 БПЛА.    Над"),
        ("6 U.A.V.s over", "6 UAVs    over"),
    ],
)
def test_the_abbreviation_is_written_as_a_word_of_the_same_length(spelt: str, read: str) -> None:
    assert normalise(spelt) == read


@pytest.mark.parametrize(
    "text",
    [
        "Над Смоленской областью перехвачены 6 Б.П.Л.Б.",  # no known abbreviation's letters
        "Над Смоленской областью перехвачены 6 Б.П-Л.А.",  # two marks of its own
        "Над Смоленской областью перехвачены 6 АБ.П.Л.А.",  # a longer word's letters
    ],
)
def test_other_letters_spelt_out_are_no_drone_noun(text: str) -> None:
    assert normalise(text) == text
    assert _rows(text) == []


def test_the_evidence_spans_the_whole_abbreviation_in_the_original() -> None:
    text = "Ночью перехвачены 6 Б. П. Л. А. над Смоленской областью."
    out, moved = normalise_moved(text)
    start = out.index("БПЛА")
    assert to_original((start, start + len("БПЛА")), moved) == (
        text.index("Б."),
        text.index("А.") + 1,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ночью над Курской областью сбиты 4 б.п.л.а.",
        "Ночью над Курской областью сбиты 4 б п л а.",
        "Ночью над Курской областью сбиты 4 б. п. л. а.",
        "Ночью над Курской областью сбиты 4 Б.П.Л.а",
        "Ночью сбиты 4 б.п.л.а. над Курской областью.",
    ],
)
def test_the_abbreviation_in_small_letters_is_the_drone_noun(text: str) -> None:
    assert _rows(text) == [("RU-KRS", 4)]


def test_small_letters_keep_their_case_when_written_as_a_word() -> None:
    assert normalise("4 б.п.л.а. над") == "4 бпла     над"
