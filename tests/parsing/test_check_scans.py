"""The check's whole-text scans give what the scans they replace gave.

A pattern that opens on a lookbehind or a repeat is tried by the engine at every character of a
text; one that opens on a digit is skipped to its digits. The clock times of a paragraph
(``misses._CLOCK``) and the figure before a name in quotes (``diagnostics._FIGURE_BEFORE_QUOTE``)
and a year-like figure at a row's end (``numbers._YEAR_LIKE``) are written from their first digit,
air defence's words (``bare_figures._AIR_DEFENCE``) from their first letters; the correction's heading (``diagnostics._CORRECTION_HEAD``) is
searched only in a text that holds one of its words or a character its IGNORECASE folds onto
their letters. Each is compared with the scan as it was on texts built from pieces at its edges
(written for this test).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import bare_figures, diagnostics, misses, numbers
from parsing.text import lower

#: The patterns as they were (the references, never edited).
_CLOCK_BEFORE = re.compile(r"(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d:])")
_FIGURE_BEFORE_QUOTE_BEFORE = re.compile(
    r"(?P<n>\d{1,4})[^\S\n]{0,2}[«\"„“][^\S\n]?[A-ZА-ЯЕ][\w-]{0,30}[»\"”]?"
)

_YEAR_LIKE_BEFORE = re.compile(
    r"(?<!\d)(?P<n>19\d\d|20\d\d|2100)(?![.,]?\d)(?=[^\S\n]*(?:[,;.)]|$))", re.M
)
_AIR_DEFENCE_BEFORE = re.compile(r"(?<![\w-])(?:пво|противовоздушн\w*|air\s+defen[cs]\w*)")

_CLOCK_PIECES = [*"0123456789", "12", "23", "7", ":", ".", ":00", ".30", " ", "\n", "-", "a", "в"]
_QUOTE_PIECES = [
    *"0123456789", "1234", "12345", " ", "  ", "\n", "\u00a0", "«", "»", '"', "„", "“", "”",
    "Лютый", "Лютых»", "Liutyi", "Г", "g", "-", "_", "ж", "уничтожены ",
]  # fmt: skip
_CORRECTION_PIECES = [
    "уточнение", "Уточнение", "УТОЧНЕНИЕ", "поправка", "Поправка", "исправление", "correction",
    "Correction", "corrected", "CORRECTED", "уᲄочнение", "пᲂправка", "иᲃправление",
    "ıorrect", "corrected", "correctİon", "точнение", "правка", ":", ".", "(", "–", "—", "-",
    " ", "  ", "\n", "x", "ж", "не 5, а 7", "7",
]  # fmt: skip

_YEAR_PIECES = [
    *"0123456789", "19", "20", "21", "2100", "2024", "1999", " ", "\t", "\n", *".,;):-", "a",
]  # fmt: skip
_AIR_PIECES = [
    "пво", "ПВО", "противовоздушной", "противовоздушн", "air", " defence", " defense", "air defenses",
    "п", "во", " ", "  ", "\n", "-", "_", "1", "ж", "a", "и",
]  # fmt: skip


def _joined(pieces: list[str], most: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


@settings(max_examples=600, deadline=None)
@given(_joined(_CLOCK_PIECES), st.integers(0, 30), st.integers(0, 40))
def test_a_paragraphs_clock_times_are_found_as_before(text: str, a: int, b: int) -> None:
    assert misses._CLOCK.findall(text, a, b) == _CLOCK_BEFORE.findall(text, a, b)


def test_a_clock_time_is_found_from_its_first_digit() -> None:
    assert misses._CLOCK.findall("с 23:00 до 7.30, 1.234, 12:345") == ["23:00", "7.30"]


@settings(max_examples=600, deadline=None)
@given(_joined(_QUOTE_PIECES))
def test_a_figure_before_a_quoted_name_is_found_as_before(text: str) -> None:
    def found(rx: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        return [(m.span(), m.span("n")) for m in rx.finditer(text)]

    assert found(diagnostics._FIGURE_BEFORE_QUOTE) == found(_FIGURE_BEFORE_QUOTE_BEFORE)


@settings(max_examples=600, deadline=None)
@given(_joined(_CORRECTION_PIECES))
def test_a_correction_heading_is_told_as_its_search_tells_it(text: str) -> None:
    low = lower(text)
    assert diagnostics._no_correction_head(low) == (
        diagnostics._CORRECTION_HEAD.search(low) is None
    )


def test_a_text_without_the_words_is_not_searched_for_the_heading() -> None:
    assert diagnostics._no_correction_head(lower("Над областью сбиты 5 БПЛА. Справка: 7."))
    assert not diagnostics._no_correction_head(lower("Уточнение: не 5, а 7 БПЛА."))
    # (an old form of "т" in the word: IGNORECASE matches it, the words' test does not)
    assert not diagnostics._no_correction_head(lower("Уᲄочнение: сбиты 7."))


def test_every_character_the_heading_matches_in_lower_case_is_a_letter_of_its_words_or_a_fold() -> (
    None
):
    letters = set("".join(diagnostics._CORRECTION_WORDS))
    any_case = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    odd = set()
    for code in range(0x110000):
        c = lower(chr(code))
        if c not in letters and any_case.fullmatch(c):
            odd.add(c)
    assert odd <= set(diagnostics._CORRECTION_FOLDS)


@settings(max_examples=600, deadline=None)
@given(_joined(_YEAR_PIECES))
def test_a_year_like_figure_is_found_as_before(text: str) -> None:
    def found(rx: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        return [(m.span(), m.span("n")) for m in rx.finditer(text)]

    assert found(numbers._YEAR_LIKE) == found(_YEAR_LIKE_BEFORE)


@settings(max_examples=600, deadline=None)
@given(_joined(_AIR_PIECES))
def test_air_defence_is_found_as_before(text: str) -> None:
    low = lower(text)
    assert [m.span() for m in bare_figures._AIR_DEFENCE.finditer(low)] == [
        m.span() for m in _AIR_DEFENCE_BEFORE.finditer(low)
    ]
