"""Tests in C that spare whole-text and per-sentence scans give what the scans give.

``text.has_latin`` for a search of ``[A-Za-z]``, a markup scan skipped in a text without "<"
or "&lt;", ``sides.split_sides`` skipping the sentences without a comma or a semicolon,
``sides.ukrainian_language`` counting its letters with ``str.count``. Each is compared with
the plain scan on texts built from pieces at the edges of what it tests (written for this test).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import pipeline, sides
from parsing import text as sentence_text
from parsing.text import Sentence

PIECES = [
    "a", "Z", "ж", "Ж", "ё", "і", "Ї", "є", "ґ", "İ", "ı", "ſ", "\u212a", "Ａ", "ß", "1", " ", "\n",
    ".", ",", ";", "<", ">", "&lt;", "&gt;", "<b>", "</i>", "<!-- x -->", "&amp;", "\u00a0",
    "Над Курской областью", "over Kursk", ", while Russia said", "; ", ", а в ВСУ заявили",
    "Україна", "повітряні сили", "Ukraine's air force said", "сбиты 5 БПЛА", "t.me/news",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_has_latin_is_a_search_of_the_latin_letters(text: str) -> None:
    assert sentence_text.has_latin(text) is (re.search("[A-Za-z]", text) is not None)


@pytest.mark.parametrize(
    ("text", "found"),
    [("", False), ("Над областью", False), ("\u212a ſ ı Ａ", False), ("сбиты 5 БПЛА x", True)],
)
def test_has_latin_cases(text: str, found: bool) -> None:
    assert sentence_text.has_latin(text) is found


def _language_by_scan(text: str) -> str:
    """``detect_language`` as it was written with two searches of the alphabets' classes."""
    cyrillic, latin = pipeline._CYR.search(text), re.search("[A-Za-z]", text)
    if cyrillic is None or latin is None:
        return "ru" if cyrillic is not None else "en"
    return pipeline.detect_language(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_language_is_that_of_the_scans(text: str) -> None:
    assert pipeline.detect_language(text) == _language_by_scan(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_markup_starts_with_a_bracket_or_its_escape(text: str) -> None:
    if "<" not in text and "&lt;" not in text:
        assert sentence_text._MARKUP.search(text) is None
        # (after a blank: an entity's token is filled up with spaces at its end, "&gt;<" is "><")
        assert sentence_text.normalise(text) == sentence_text.normalise(text + " <")[:-2]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_ukrainian_letters_counted_as_the_class_finds_them(text: str) -> None:
    n = len(sides._UA_LETTERS.findall(text))
    expected = n >= 3 and n * 100 >= sentence_text.count_cyrillic(text)
    assert sides.ukrainian_language(text) is expected


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=5))
def test_sides_are_split_as_when_every_sentence_is_searched(parts: list[str]) -> None:
    text = sentence_text.normalise(". ".join(parts))
    low = sentence_text.lower(text)
    sents = sentence_text.sentences(text)
    found = sides.split_sides(sents, text, low)
    marks = sides._join_marks
    # a mark at every character: each sentence is searched for its joins
    sides._join_marks = lambda low: list(range(len(low)))  # type: ignore[assignment]
    try:
        assert sides.split_sides(sents, text, low) == found
    finally:
        sides._join_marks = marks  # type: ignore[assignment]


def test_a_sentence_without_a_mark_is_kept_and_one_with_two_sides_cut() -> None:
    text = "Над Курской областью сбиты 5 БПЛА. Ukraine's air force said it downed 50, while Russia's ministry said it destroyed 24."
    low = sentence_text.lower(text)
    sents = sentence_text.sentences(text)
    out = sides.split_sides(sents, text, low)
    assert out[0] is sents[0]
    assert [(s.index, text[s.start : s.end]) for s in out] == [
        (0, "Над Курской областью сбиты 5 БПЛА."),
        (1, "Ukraine's air force said it downed 50"),
        (2, "Russia's ministry said it destroyed 24."),
    ]
    assert all(isinstance(s, Sentence) for s in out)


STOP_PIECES = [
    "т.г", "г", "обл", "Респ", "респ", "Sept", "Sep", "St", "U.S", "р-н", "г. о", "м.о", "a.m",
    "тыс", "млн", "12:30", "7.00", "\n04:42", "5", "_", "İ", "ǅ", "ж", "мая", "лет", "области",
    "drones", "x", " ", "-", "(", "Ⅻ", "١",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(STOP_PIECES), min_size=1, max_size=6).map("".join))
def test_no_abbreviation_nor_clock_ends_after_a_long_word(text: str) -> None:
    text += "."
    at = len(text)
    if sentence_text._after_a_long_word(text, at - 1):
        assert sentence_text._ABBREV.search(text[max(0, at - 12) : at]) is None
        assert sentence_text._CLOCK_LEAD.search(text[max(0, at - 8) : at]) is None


def test_an_abbreviation_still_keeps_its_sentence() -> None:
    text = "С 23.00 мск 4 мая т.г. до 7.00 мск сбиты 5 БПЛА над Курской обл. Над Брянской областью сбиты 2."
    assert [text[s.start : s.end] for s in sentence_text.sentences(text)] == [
        "С 23.00 мск 4 мая т.г. до 7.00 мск сбиты 5 БПЛА над Курской обл. Над Брянской областью сбиты 2."
    ]
    text = "Над Курской областью сбиты беспилотники. Над Брянской сбиты два."
    assert len(sentence_text.sentences(text)) == 2


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_joins_at_the_marks_are_those_finditer_finds(text: str) -> None:
    low = sentence_text.lower(text)
    marks = sides._join_marks(low)
    at_marks = [m.span() for p in marks if (m := sides._SIDES_JOIN.match(low, p)) is not None]
    assert at_marks == [m.span() for m in sides._SIDES_JOIN.finditer(low)]


# --- time_clauses._joins: the joins that open on a blank, found from a literal ---------------

#: Pieces around the joins of ``time_clauses``: blanks of several kinds, the conjunctions, the
#: night's words, "ещё"/"another", marks (written for this test).
JOIN_PIECES = [
    " ", "  ", "\n", "\t", "\u2009", ",", ", ", ";", ".", "и", "а", "and", " и ", " а ", " and ",
    "ночью", "за ночь", "в ночное время", "overnight", "at night", "during the night", "ещё",
    "еще", "another", "a further", "днем", "вечером", "on monday", "between 9", "с 18:00 до ",
    "12", "сбиты", "drones", "—", "-", "x", "ж", "й", "_",
]  # fmt: skip
join_texts = st.lists(st.sampled_from(JOIN_PIECES), max_size=18).map("".join)


def _joins_by_finditer(low: str) -> list[tuple[int, int]]:
    """``time_clauses._joins`` as it was: each pattern's ``finditer`` over the whole text."""
    from parsing import time_clauses as tc

    joins = list(tc._TIME_JOIN.finditer(low))
    if "another" in low or "further" in low or "ещ" in low:
        joins = sorted([*joins, *tc._MORE_JOIN.finditer(low)], key=lambda m: m.start())
    if "ноч" in low:
        joins = sorted([*joins, *tc._NIGHT_COMMA_JOIN.finditer(low)], key=lambda m: m.start())
    if "ноч" in low or "night" in low:
        joins = sorted([*joins, *tc._NIGHT_LAST_JOIN.finditer(low)], key=lambda m: m.start())
    return [m.span() for m in joins]


@settings(max_examples=1500, deadline=None)
@given(join_texts)
def test_the_time_joins_are_those_finditer_finds(text: str) -> None:
    from parsing import time_clauses as tc

    low = sentence_text.lower(text)
    assert tc._joins(low) == _joins_by_finditer(low)


@pytest.mark.parametrize(
    "text",
    [
        "днем сбиты 12 и 18 ночью.",
        "днем 12,  ночью — 18.",
        "12 during the day and\n 18 overnight;",
        "ночью сбиты 12 и ещё 5 днем",
        "36 drones overnight and a further five between 9 a.m. and noon",
        "сбиты 12 и и ночью.",
        "сбиты 12 а  ещё 3 вечером, и 4 ночью.",
    ],
)
def test_time_joins_cases(text: str) -> None:
    from parsing import time_clauses as tc

    low = sentence_text.lower(text)
    assert tc._joins(low) == _joins_by_finditer(low) != []
