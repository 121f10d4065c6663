"""Cheaper scans of a report's sentences give what the scans they replace gave.

A sentence opening on an earlier statement (``vocab.EARLIER_RE``) is tried without the aside
"..., напомнил он" unless the sentence holds that verb (``pipeline._opens_on_earlier``); a
nought in words ("ни одного беспилотника", ``counts._NOUGHT_RU``) is found from its "н". Each
shortcut is compared with the scan it replaces on texts built from pieces at its edges
(written for this test).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import counts, pipeline, vocab
from parsing.text import Sentence

EARLIER_PIECES = [
    "ранее", "напомнил", "напомнила", "напомнили", "напомним", "напомню", ", напомнил он",
    "утром", "вечером", "губернатор", "сообщил", "накануне", "earlier", "two hours ago",
    "час назад", "днем ранее", "над областью сбиты 4 бпла", " ", "  ", ",", ", ", ".", "\n",
    "!", "-", "5", "x", "ж",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from(EARLIER_PIECES), max_size=10).map("".join),
    st.integers(0, 40),
    st.integers(0, 120),
)
def test_a_sentence_opens_on_earlier_words_as_the_whole_pattern_says(
    text: str, start: int, end: int
) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    whole = vocab.EARLIER_RE.match(text, start, end) is not None
    assert pipeline._opens_on_earlier(text, Sentence(0, start, end)) == whole, (text, start, end)


def test_the_aside_of_who_recalls_it_still_marks_an_earlier_statement() -> None:
    low = "в среду, напомнил губернатор, над районом сбили шесть дронов"
    assert pipeline._opens_on_earlier(low, Sentence(0, 0, len(low)))
    low = "в среду, сообщил губернатор, над районом сбили шесть дронов"
    assert not pipeline._opens_on_earlier(low, Sentence(0, 0, len(low)))


NOUGHT_PIECES = [
    "ни", "ни одного", "ни один", "ни одной", "ни одна", "они", "ни\nодного", "сбитого",
    "беспилотника", "бпла", "дрон", "не сбит", " ", "  ", "-", ",", ".", "\n", "5", "x", "ж",
]  # fmt: skip
#: ``counts._NOUGHT_RU`` as it was written (stop 39), its lookbehind first: the reference, never
#: edited (a form the pattern learns later gets an example of its own; a copy that moves with the
#: code cannot fail).
_NOUGHT_AS_WRITTEN = re.compile(
    r"(?<![\w-])(?P<one>ни\s+(?:одного|один|одной|одна))\s+(?:(?P<adj>[а-яе]+(?:ого|ый|ий|ой|ая))\s+)?"
    rf"(?:{vocab.DRONE_ANY})(?![\w-])"
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(NOUGHT_PIECES), max_size=10).map("".join))
def test_a_nought_in_words_is_found_from_its_letter_as_the_lookbehind_found_it(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in counts._NOUGHT_RU.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in _NOUGHT_AS_WRITTEN.finditer(text)], text
