"""Shortcuts the review checks take for speed give exactly what the full reading gives.

``_review.time_before`` searches only the last characters before a number; ``diagnose`` hands
``misses.check`` the sentences it found with a drone noun and a verb of downing, where the check
alone finds them itself. Texts are our own, built from pieces at the edges of the patterns.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import misses, parse
from parsing._review import TIME_BEFORE, time_before
from parsing.diagnostics import diagnose
from parsing.text import prepare

TIME_PIECES = [
    "4", "12", ":", ".", " ", "  ", "\n", "\u00a0", "\t", "may", "May", "september", "Sept",
    "march.", "МАЯ", "в ", "x", "ſeptember", "1", "0", ":3", "-",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TIME_PIECES), min_size=1, max_size=16).map("".join))
def test_a_time_before_is_found_where_the_whole_search_finds_it(text: str) -> None:
    """Every end and start of a generated text: the short search answers as the whole one."""
    for at in range(len(text) + 1):
        for lo in range(at + 1):
            whole = TIME_BEFORE.search(text, lo, at) is not None
            assert time_before(text, lo, at) == whole, (text, lo, at)


def test_a_month_far_behind_many_spaces_is_still_found() -> None:
    text = "пусть к September" + " " * 300 + "5 дронов"
    at = text.index("5")
    assert time_before(text, 0, at)
    assert not time_before(text, text.index("September") + 1, at)


#: Our own texts: figures taken and not taken, a lead over its rows, a total over its rows.
TEXTS = [
    "Ночью над Брянской областью сбиты 5 беспилотников. Всего за ночь уничтожено 9 БПЛА.",
    "Над Курской и Брянской областями сбито 7 дронов: 4 над Курской областью и 3 над Брянской.",
    "Более 20 беспилотников сбиты ночью.\nНад Курской областью уничтожены 12 БПЛА, над "
    "Брянской областью — 10 БПЛА. Всего 22 беспилотника.",
    "Governor: air defences downed 6 drones over the Kursk region; two more were shot down "
    "later. In all 9 drones were destroyed.",
    "Силы ПВО сбили 30 украинских беспилотников, сообщили в министерстве. Над Брянской "
    "областью уничтожены 18 БПЛА, над Курской — 12.",
]


def test_the_check_reads_the_same_with_or_without_the_sentences_diagnose_found() -> None:
    for text in TEXTS:
        reports = parse(text)
        problems = diagnose(text, reports)
        told = [p for p in problems if p.reason not in misses.REASONS]
        prepared = prepare(text)
        alone = misses.check(prepared.norm, prepared.low, prepared.sentences, reports, told)
        assert [p for p in problems if p.reason in misses.REASONS] == alone, text
