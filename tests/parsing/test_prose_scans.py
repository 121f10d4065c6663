"""Cheaper scans of a sentence give what the scans they replace gave.

The heads of region's names searched from the blank before a word (``speakers._ANY``); the
word-start part of the cumulative footers keyed (``vocab.FOOTER_RE``); Ukraine's side's pairs
keyed on the rarer string of each pair (``vocab.UA_SIDE_NEWS_PAIRS``); a sentence's Ukrainian
letters not counted when its whole text holds too few (``sides.is_ukrainian_side``). Each is
compared with the old scan on texts built from pieces at its edges (written for this test).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import literals, sides, speakers, vocab
from parsing.text import lower
from parsing.word_start import FromBlank, WithOpening

_EDGES = [" ", "  ", "-", ",", ", ", ".", ":", "«", "»", "(", '"', "\n", "1", "x", "ж", "ſ", "ᲀ"]

GOVERNOR_PIECES = [
    "гладков", "Гладкова", "губернатор", "губернатор гусев", "александр Гусев", "гусев",
    "богомаз", "егор ковальчук", "шапша", "шапшой", "shapsha", "alexander gusev", "Gladkov",
    "г", "гл", "гус", "сальдо", "недогладков", "собянин", "сообщил", *_EDGES,
]  # fmt: skip


def _joined(pieces: list[str], most: int = 10) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


#: Where a search starts and ends (past a text's end: to its end).
_BOUNDS = (st.integers(0, 60), st.integers(0, 70))


def _same_first_match(
    fast: re.Pattern[str] | WithOpening, plain: re.Pattern[str], text: str, *at: int
) -> None:
    a, b = fast.search(text, *at), plain.search(text, *at)
    assert (a and a.span()) == (b and b.span()), (text, at)


@settings(max_examples=1000, deadline=None)
@given(_joined(GOVERNOR_PIECES), *_BOUNDS)
def test_governors_are_found_from_the_blank_as_the_word_start_pattern_found_them(
    text: str, pos: int, end: int
) -> None:
    assert isinstance(speakers._ANY, FromBlank)
    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(vocab.GOVERNORS.values())})")
    for t in (text, text.lower()):
        _same_first_match(speakers._ANY, plain, t)
        _same_first_match(speakers._ANY, plain, t, pos, end)


FOOTER_PIECES = [
    "всего за время", "всего, начиная с", "с начала сво", "с момента начала специальной",
    "со дня начала операции", "за всё время проведения сво", "с начала войны", "с начала года",
    "с начала этой недели", "с начала 2025 года", "главное за день", "итоги недели",
    "since the start of", "in total since", "за весь 2025 год", "за прошлый месяц",
    "in all of 2025", "for the whole of 2024", "в среднем", "в среднем течении", "on average",
    "an average of", "in recent weeks", "over the past few months", "за последние недели",
    "в последние три месяца", "за", "на", "в", "с", "сбиты", "over", *_EDGES,
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_joined(FOOTER_PIECES, 8), *_BOUNDS)
def test_footers_keyed_are_found_as_the_plain_pattern_found_them(
    text: str, pos: int, end: int
) -> None:
    assert isinstance(vocab.FOOTER_RE._others, literals.Keyed)
    plain = re.compile(rf"(?<![\w-])(?:{vocab.FOOTER})")
    for t in (text, text.lower()):
        _same_first_match(vocab.FOOTER_RE, plain, t)
        if pos:  # (past the opening only the word-start part answers: "^" holds at the start)
            _same_first_match(vocab.FOOTER_RE, plain, t, pos, end)


#: ``vocab.UA_SIDE_NEWS_PAIRS`` as they were: each pair keyed on both its strings.
_OLD_RUSSIAN_PAIRS = {
    "воздушн": ((), ("сил",)),
    "атак": ((), ("украин",)),
    "пво": (("украинск",), ("украины",)),
    "обороны": ((), ("украины",)),
    "киев": ((), (":", "заявил", "сообщил")),
    "украина": ((), ("заявил", "сообщил")),
    "заявил": (("киев", "украина"), ()),
    "сообщил": (("киев", "украина"), ()),
    "сбил": (("всу",), ()),
    "уничтожил": (("всу",), ()),
    "перехватил": (("всу",), ()),
    "генштаб": ((), ("всу",)),
    "российск": ((), ("беспилотник", "дрон", "бпла", "войск", "арми")),
}
UA_PAIR_PIECES = [
    "воздушные силы", "сил", "атаковали", "украин", "украинская", "украины", "пво", "обороны",
    "минобороны", "киев", "киеве", ":", "украина", "заявили", "сообщили", "всу", "сбили",
    "уничтожили", "перехватили", "генштаб", "генштабе", "российские", "беспилотники", "дрон",
    "бпла", "войска", "армия", "ukraine", "said", "russian", "drones", *_EDGES,
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(_joined(UA_PAIR_PIECES))
def test_ua_side_pairs_keyed_on_one_string_decide_as_both_did(text: str) -> None:
    rx = vocab.UA_SIDE_NEWS_RE
    assert isinstance(rx, literals.Paired)
    english = {k: v for k, v in vocab.UA_SIDE_NEWS_PAIRS.items() if k.isascii()}
    old = literals.Paired(rx.rx, {**_OLD_RUSSIAN_PAIRS, **english})
    assert len(rx.keys) < len(old.keys)
    for t in (text, text.lower()):
        assert rx.holds_a_key(t) == old.holds_a_key(t), t
        a, b = rx.search(t), old.search(t)
        assert (a and a.span()) == (b and b.span()), t


UA_LETTER_PIECES = [
    "Повітряні сили", "збито", "ї", "є", "ґ", "і", "Україні", "ЗСУ", "Над областью сбиты 5 БПЛА",
    "повітряних сил", "ппо", "attacked", *_EDGES,
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_joined(UA_LETTER_PIECES, 12), *_BOUNDS)
def test_a_part_of_a_text_with_few_ukrainian_letters_is_not_counted_for_them(
    text: str, a: int, b: int
) -> None:
    """A part holds no more Ukrainian letters than its text: when the text holds too few for
    Ukrainian, each part is Ukraine's side or not as it was with its letters counted."""
    part = text[min(a, b) : max(a, b)]
    if sides.may_be_ukrainian(sides.ukrainian_letters(text)):
        return
    assert sides.is_ukrainian_side(part, lower(part), letters=False) == sides.is_ukrainian_side(
        part, lower(part)
    )
    assert sides.ukrainian_language(text) is False


def test_ukrainian_letters_decide_as_before() -> None:
    for t in ("Повітряні сили ЗСУ збили", "Україна", "ї є", "Над Курском сбит БПЛА", "drones", ""):
        n = sum(t.count(c) for c in "іїєґІЇЄҐ")
        assert sides.ukrainian_letters(t) == n
        assert sides.may_be_ukrainian(n) == (n >= 3)
