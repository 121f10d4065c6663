"""Tests in C and anchored matches that spare per-sentence scans give what the scans gave.

The habit a sentence opens on matched at its first character that is no blank, quote or mark
(``trap_rules.rule_habitual``); "it"'s institutions searched letter first and keyed
(``speakers._INSTITUTION``); the clock line before a sentence and the "at least" sign looked for
only where a line break or a sign is (``pipeline._STAMP_LINE``, ``counts._LEAST_SIGN``); the
letters IGNORECASE folds tested one by one (``harm._FOLDED_CHARS``); a report's casualties and
damage read only when its whole text holds one of their words' rare keys (``harm._HARM_KEYS``,
``harm._DAMAGE_KEYS``, ``literals.rare_keys``). Each is compared with the
scan it replaces on texts built from pieces at its edges (written for this test). A sentence is
stripped of its blanks by ``str.strip``, which takes the characters ``\\s`` matches
(``text.sentences``).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import counts, harm, literals, pipeline, speakers, trap_rules
from parsing import text as sentence_text

HABIT_PIECES = [
    "every night", "Every Morning", "each day", "night after night", "as a rule", "usually",
    "typically", "каждую ночь", "Каждый день", "как правило", "обычно", "ежедневно",
    "ночь за ночью", "everyday", "unusually", "необычно", "-", "—", "–", " ", ",", ".", ":",
    '"', "'", "«", "»", "(", "1", "\n", "x", "ж", "the ministry said", "над Курском сбиты 3",
    "ſ", "ı", "ᲀ",
]  # fmt: skip
habit_texts = st.lists(st.sampled_from(HABIT_PIECES), max_size=8).map("".join)


def _habit_by_search(low: str) -> tuple[int, int] | None:
    """The habit ``rule_habitual`` read as it was first written: the first match of the
    whole sentence, kept when only blanks, quotes and marks stand before it."""
    m = trap_rules._HABITUAL.search(low)
    if m is None or low[: m.start()].strip(" ,.:;-–—\"'«»"):
        return None
    return m.span()


def _habit_at_opening(low: str) -> tuple[int, int] | None:
    opening = len(low) - len(low.lstrip(trap_rules._BEFORE_HABIT))
    m = trap_rules._HABITUAL.match(low, opening)
    return None if m is None else m.span()


@settings(max_examples=600, deadline=None)
@given(habit_texts)
def test_a_habit_is_matched_where_the_sentence_opens(text: str) -> None:
    for low in (text, text.lower()):
        assert _habit_at_opening(low) == _habit_by_search(low)


def test_a_habit_opens_on_a_letter_and_no_mark_is_a_letter() -> None:
    """What the match at the opening rests on: no character that may stand before a habit is
    a letter, and no habit starts on one of them."""
    assert not any(c.isalpha() for c in trap_rules._BEFORE_HABIT)
    for c in trap_rules._BEFORE_HABIT:
        assert trap_rules._HABITUAL.match(c + "every night") is None
    assert _habit_at_opening("— «Каждую ночь над") == (3, 14)
    assert _habit_at_opening("-every night") is None  # a hyphen joins it to a word
    assert _habit_at_opening("Over Kursk, every night") is None


_INSTITUTION_AS_WRITTEN = re.compile(
    r"(?<![\w-])(?:ministry|government|administration|authorities|headquarters|hq|military"
    r"|city\s+hall)(?![\w-])"
)
INSTITUTION_PIECES = [
    "ministry", "government", "administration", "authorities", "headquarters", "hq", "military",
    "city hall", "city  hall", "cityhall", "city", "hall", "-", "'s", " ", "\n", "x", "s",
    "ministrys", "paramilitary", "the", "министерство", ",", "ſ",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(INSTITUTION_PIECES), max_size=8).map("".join))
def test_institutions_are_found_as_the_pattern_wrote_them(text: str) -> None:
    found = speakers._INSTITUTION.search(text)
    expected = _INSTITUTION_AS_WRITTEN.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert speakers.names_an_institution(text) is (expected is not None)


SIGN_PIECES = [
    "≥", ">", "> ", "≥ ", " >", "\n>", ">>", "<", "≤", "более", " ", "\n", "x", "5", "ж", "—",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SIGN_PIECES), max_size=8).map("".join))
def test_the_at_least_sign_needs_a_sign(before: str) -> None:
    if "≥" not in before and ">" not in before:
        assert counts._LEAST_SIGN.search(before) is None


STAMP_PIECES = [
    "00:31", "28 окт, ", "7 мая 2025, ", "28.10 ", "в ", "12.05", ".", " ", "\t", "\n", "\n\n",
    "x", "Над", "2", ":",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(STAMP_PIECES), max_size=8).map("".join))
def test_a_clock_line_holds_a_line_break(text: str) -> None:
    if "\n" not in text:
        assert pipeline._STAMP_LINE.search(text) is None


def test_the_folded_letters_are_those_of_the_class() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert set(harm._FOLDED_CHARS) == set(harm._FOLDED.findall(every))


def test_blanks_are_the_same_characters_for_the_engine_and_str() -> None:
    """``text.sentences`` strips a sentence with ``str.strip`` where it matched ``\\s*``."""
    blank = re.compile(r"\s")
    assert all((blank.match(c) is not None) is c.isspace() for c in map(chr, range(0x110000)))
    assert [(s.start, s.end) for s in sentence_text.sentences("\u2003 Один.\u00a0\n Два. \u3000")] == [
        (2, 7), (10, 14),
    ]  # fmt: skip


def _keyed_patterns() -> list[literals.Keyed]:
    import importlib
    import pkgutil

    import parsing

    found: dict[int, literals.Keyed] = {}
    for info in pkgutil.iter_modules(parsing.__path__):
        for value in vars(importlib.import_module(f"parsing.{info.name}")).values():
            for rx in value if isinstance(value, (list, tuple)) else (value,):
                if isinstance(rx, literals.Keyed):
                    found[id(rx)] = rx
    return list(found.values())


KEYED = _keyed_patterns()
KEY_PIECES = [
    *sorted({k for rx in KEYED for k in rx.keys}),
    "a", "Z", "ж", "1", " ", ".", "ı", "ſ", "İ", "\u212a", "Ж", "ё",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(KEY_PIECES), max_size=6).map("".join))
def test_a_keyed_pattern_tests_the_keys_a_text_can_hold(text: str) -> None:
    """``Keyed.holds_a_key`` (Latin keys only where a Latin letter is, no key beyond ASCII in
    an ASCII text) answers as a test of every key; ``latin_in`` remembers only its last text."""
    assert len(KEYED) > 10
    for rx in KEYED:
        held = any(k in text for k in rx.keys)
        if isinstance(rx, literals.Paired):  # a key without its partner is not enough
            assert held or not rx.holds_a_key(text), (rx.pattern[:40], text)
            continue
        assert rx.holds_a_key(text) is held, (rx.pattern[:40], text)
        assert literals.latin_in(text) is (re.search("[A-Za-z]", text) is not None)
        other = text + "ж"
        assert literals.latin_in(other) is (re.search("[A-Za-z]", other) is not None)


def test_rare_keys_cover_every_fragment_and_shun_common_strings() -> None:
    """Every fragment of the harm and damage patterns holds one of their rare keys, and none
    of those keys is the three-letter string a key of the pattern alone had been."""
    for keys, patterns in (
        (harm._HARM_KEYS, (harm.vocab.NO_CASUALTIES_RE, harm._HARM_WORD)),
        (harm._DAMAGE_KEYS, (harm.vocab.DAMAGE_RE,)),
    ):
        for rx in patterns:
            for fragment in literals.needs(rx):
                assert any(k in run for k in keys for run in literals._runs(fragment)), fragment
    assert not {"тра", "was", "ies"} & set(harm._HARM_KEYS)
    assert "гор" not in harm._DAMAGE_KEYS
    # ("пожар" held by two fire words; "бэк" as short as its word)
    assert literals.rare_keys(re.compile(r"(?:поврежд|пожар(?:ы|ище))\w*|бэк")) == (
        "пожар", "поврежд", "бэк",
    )  # fmt: skip


HARM_PIECES = [
    "погибли", "погиб", "убиты", "ранены", "ранен", "пострадали", "травмы", "пострадавших нет",
    "никто не пострадал", "без пострадавших", "не ", "killed", "died", "dead", "injured",
    "wounded", "hurt", "no one was hurt", "no casualties", "no ", "kılled", "dıed", "ſ", "ᲀ",
    "два", "3", "человек", "person", "одна женщина", "повреждены", "пожар", "возгорание",
    "загорелся", "обломки", "debris", "fire", "выбиты", "Белгородской", "города", "транспорта",
    "was", "ies", "стекла", " ", ",", ".", ";", " – ", "\n",
]  # fmt: skip


def _read_sentence_by_sentence(read, texts):  # type: ignore[no-untyped-def]
    """``read(texts)`` with no rare key asked for first ("" is in every text)."""
    kept = harm._HARM_KEYS, harm._DAMAGE_KEYS
    harm._HARM_KEYS = harm._DAMAGE_KEYS = ("",)
    try:
        return read(texts)
    finally:
        harm._HARM_KEYS, harm._DAMAGE_KEYS = kept


@settings(max_examples=700, deadline=None)
@given(st.lists(st.lists(st.sampled_from(HARM_PIECES), max_size=7).map("".join), max_size=4))
def test_harm_is_read_from_a_report_as_from_each_sentence(texts: list[str]) -> None:
    assert harm.casualties(texts) == _read_sentence_by_sentence(harm.casualties, texts)
    assert harm.damage(texts) == _read_sentence_by_sentence(harm.damage, texts)
