"""What an English line of more drones at another time opens the gates with
(``counts.GAPPED_TIME_LINE``, ``parsing.gate``).

"... and another 12 on Tuesday night" is read only as a whole line: the figure more, then its
time, and nothing after but who said it. The gates once looked for its time alone, so every
English sentence that named a weekday ("The council met on Tuesday ...") was read by the
sentence passes and ``_interception``'s chain. Now they look for the figure more and its time
together: the pattern is written with its time after each of its three ways of saying "more"
(the same matches as before: a test below compares it with the pattern as it was), and a
fragment is looked for from its first part with a letter rare enough to skip to, so what
follows that part, past the blanks, is asked too. The sentences are written here.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import counts, gate, pipeline, rules
from parsing.reading import Context
from parsing.text import lower

#: ``GAPPED_TIME_LINE`` before its time was written out after each way of saying "more".
_AS_IT_WAS = re.compile(
    rf"(?:{counts._GAPPED_TIME}(?:ещ[её]\s+)?(?:\d+|[а-яе]+)"
    r"|\W*(?:and\s+)?(?:(?:another|a\s+further)\s+[\w-]+|[\w-]+\s+more)\s+(?:on\s+(?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+night)?|during\s+the\s+day"
    r"|in\s+the\s+(?:afternoon|evening)|later\s+in\s+the\s+day))"
    r"(?:,\s+(?:[\w'’.-]+\s+){0,4}?(?:сообщил[аио]?|заявил[аио]?|said|says|added|reported)"
    r"(?:\s+[\w'’.-]+){0,4})?\W*$",
    re.IGNORECASE,
)

#: Pieces of such lines and of the news around them.
PIECES = [
    "And", "and", "another", "a further", "A further", "7", "nine", "more", "one-more",
    "on Wednesday", "on Sunday night", "during the day", "in the evening", "later in the day",
    "in the afternoon", ", the governor said", ", officials added", ", сообщил губернатор",
    "The board met", "on Thursday", "to open a bridge", "budget", "В ночь на среду —", "Днём —",
    "ещё", "три", "12", ".", "…", "!", " ", "  ", "\n", "-",
]  # fmt: skip
CASES = [str, str.upper, str.lower, str.title]


def _lines() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map(" ".join)
    return st.tuples(words, st.sampled_from(CASES)).map(lambda wc: wc[1](wc[0]))


@settings(max_examples=1500, deadline=None)
@given(_lines())
def test_the_pattern_matches_the_lines_it_matched_before(line: str) -> None:
    assert bool(counts.GAPPED_TIME_LINE.match(line)) == bool(_AS_IT_WAS.match(line)), line


@settings(max_examples=1500, deadline=None)
@given(_lines())
def test_every_line_the_pattern_takes_passes_both_gates(line: str) -> None:
    # (the property the gates rely on: a sentence they find nothing in is no such line)
    if counts.GAPPED_TIME_LINE.match(line):
        low = lower(line)
        assert pipeline.GATES.after_drones.search(low) is not None, line
        assert rules.interception_gate().search(low) is not None, line


def test_a_weekday_alone_opens_neither_gate_and_a_figure_more_on_it_does() -> None:
    after_figures = pipeline.GATES.for_context(Context(drone_seen=True, had_claims=True))
    for line in (
        "The library reopened on Thursday after a long repair.",
        "The school board met on Wednesday night to vote on the budget.",
        "The market is closed during the day on Sunday.",
    ):
        assert after_figures.search(lower(line)) is None, line
        assert rules.interception_gate().search(lower(line)) is None, line
    for line in ("And another 7 on Thursday night.", "Two more later in the day, he added."):
        assert counts.GAPPED_TIME_LINE.match(line), line
        assert after_figures.search(lower(line)) is not None, line
        assert rules.interception_gate().search(lower(line)) is not None, line


def test_a_fragment_is_looked_for_from_its_first_part_with_a_rare_enough_letter() -> None:
    # "more\s+on\s+thursday": from the "m" of "more" (its "y" is rarer), so the weekday after
    # the blanks is asked too; "a\s+further": past the "a", whose letter is too common
    fragment = gate.needs(re.compile(r"more\s+on\s+thursday"))[0]
    first, rest = gate._anchored(fragment)
    assert first == "m"
    assert rest[-1] == gate.lowered("y")
    assert gate._anchored(gate.needs(re.compile(r"a\s+further"))[0])[0] == "f"
    scan = gate.compile_gate([re.compile(r"more\s+on\s+thursday")])
    assert scan.search("three more  on thursday") is not None
    assert scan.search("met on thursday, more or less") is None
    # a fragment with no part rare enough is still looked for from its rarest letter
    assert gate._anchored(gate.needs(re.compile(r"the\s+sea"))[0])[0] == "h"
