"""The gate before a list's next line (``rules.list_line_gate``): every sentence
``rules._goes_on_list`` takes for a line of the list before it holds a fragment the gate finds,
so asking the gate first changes no parse. The sentences are written here, in our own words.
"""

from __future__ import annotations

import re
import sys
from types import FrameType

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import count_rules, numbers, rules, share_rules
from parsing.gate import compile_gate
from parsing.reading import Context
from parsing.text import lower

#: Lines a list goes on with, one of each test of ``_goes_on_list`` at least ...
LIST_LINES = [
    "▪️ Тамбовская область — 3;",
    "• Ливенский, Мценский районы — по 1",
    "▪️ Орловский район и г. Орел — 2",
    "Липецкая область (4);",
    "• Tambov region (2);",
    "▪️ Смоленская область 6;",
    "Tambov Region – 9;",
    "▪️ 5 — Смоленская область;",
    "Итого за ночь — семь",
    "The total was nine",
    "Утром — еще три",
    "Над Ливенским районом — 2, над Мценским — 1",
    "Четвертый — над Мценском",
    "— над Смоленской областью 3,",
    "The Tambov region accounted for 6 of them",
    "Oryol saw 4 of them",
    "06:20. Сбит еще один",
    "Позднее он сообщил еще о двух",
    "Губернатор сообщил лишь о 3",
    "Позже выяснилось, что их было пять",
    "Another 3 over the Oryol region",
    "Еще 4 — над Курской областью",
    "пять из них летели на Москву",
    "These included Tula and Oryol",
    "А также в Ливенском районе",
    "Больше всего — над Ливнами",
    "Seven were over the Lipetsk region",
    "два из них — над Орлом",
    "• 2 – в Мценском районе",
    "по два над Ливнами",
]
#: ... and sentences around them that go on with nothing.
NEWS = [
    "The council met on Tuesday to discuss the school budget",
    "Погода в выходные будет тёплой",
    "Жители района пожаловались на шум",
    "В парке прошла ярмарка",
    "Власти города обсудили ремонт мостов",
    "Rain is expected over the weekend",
]
CASES = [str, str.upper, str.lower, str.title]


def _sentences() -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(LIST_LINES + NEWS), st.sampled_from(CASES)).map(
        lambda pc: pc[1](pc[0])
    )
    joins = st.sampled_from([" ", ", ", "; ", "\n", " и ", " and ", ": "])
    return st.tuples(st.lists(piece, min_size=1, max_size=3), joins).map(
        lambda lj: lj[1].join(lj[0])
    )


@settings(max_examples=400, deadline=None)
@given(_sentences(), st.booleans())
def test_every_line_the_tests_take_passes_the_gate(sentence: str, moscow_lines: bool) -> None:
    # (the property the gate relies on: a sentence it finds nothing in is no list line)
    low = lower(sentence)
    ctx = Context(had_claims=True, drone_seen=True, moscow_lines=moscow_lines)
    if rules._goes_on_list(sentence, low, ctx):
        assert rules.list_line_gate().search(low) is not None, sentence


def test_each_line_is_one_and_passes_the_gate_and_the_news_does_not() -> None:
    ctx = Context(had_claims=True, drone_seen=True, moscow_lines=True)
    for line in LIST_LINES:
        low = lower(line)
        assert rules._goes_on_list(line, low, ctx), line
        assert rules.list_line_gate().search(low) is not None, line
    for news in NEWS[:2]:
        assert rules.list_line_gate().search(lower(news)) is None, news


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LIST_LINES[:8] + NEWS), min_size=1, max_size=4).map("\n".join))
def test_a_row_of_several_places_holds_a_fragment_of_a_named_row(text: str) -> None:
    # LIST_DASH_RU and PAIR_DASH_RU are not listed: their rows hold the dash NAME_DASH_RU needs
    named_row = compile_gate([count_rules.NAME_DASH_RU])
    for rx in (count_rules.LIST_DASH_RU, count_rules.PAIR_DASH_RU):
        for m in rx.finditer(text):
            assert named_row.search(lower(m[0])) is not None, m[0]


#: Patterns ``_goes_on_list`` searches that the gate need not know, and why.
_NOT_NEEDED = {
    # the rows of several places: they hold NAME_DASH_RU's dash (test above)
    count_rules.LIST_DASH_RU, count_rules.PAIR_DASH_RU,
    # _count_over reads the numbers and what follows them once "over"/"над" was found;
    # count_dash_name_at the figure before a row's dash once DASH_NAME_RU matched;
    # share_subject_line the sentence's head once SHARE_SUBJECT matched
    *(v for v in vars(numbers).values() if isinstance(v, re.Pattern)),
    re.compile(r"[\s-]+"),  # (``numbers.words_value``'s split of a figure's words)
    rules._OVER_AFTER, count_rules._FIGURE_BEFORE, share_rules._OF_THE_TOTAL,
}  # fmt: skip


def test_the_list_holds_every_pattern_the_tests_search() -> None:
    seen: set[re.Pattern[str]] = set()

    def trace(frame: FrameType, event: str, arg: object) -> None:
        if event == "c_call" and isinstance(owner := getattr(arg, "__self__", None), re.Pattern):
            seen.add(owner)

    ctx = Context(had_claims=True, drone_seen=True, moscow_lines=True)
    sys.setprofile(trace)
    try:
        for s in LIST_LINES + NEWS:  # (the news fails every test: each is asked of it)
            rules._goes_on_list(s, lower(s), ctx)
    finally:
        sys.setprofile(None)
    unlisted = {p.pattern[:70] for p in seen - set(rules.LIST_LINE_PATTERNS) - _NOT_NEEDED}
    assert unlisted == set()
    assert {count_rules.NAME_DASH_RU, rules._TIMESTAMP, rules._TOTAL_LINE} <= seen
