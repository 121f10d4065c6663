"""What the review checks share: a problem, and how a sentence's numbers of drones are read.

:mod:`parsing.diagnostics` (figures the parse could not place) and :mod:`parsing.misses`
(figures the parse may have missed or misread) both read a text sentence by sentence beside
what :func:`parsing.parse` found in it; the pieces both need live here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from parsing import sides, vocab
from parsing.model import Report
from parsing.numbers import Number, find_numbers
from parsing.text import Sentence
from parsing.word_start import WithOpening


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a text needs a person, with the span of text it is about."""

    reason: str
    detail: str
    span: tuple[int, int]


class SpanIndex:
    """Spans sorted by start with the furthest end so far: "does any overlap [a, b)?" in
    O(log n) (a long text has thousands of sentences and of claims)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _b in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _a, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect_left(self.starts, b)  # the spans that start before b
        return k > 0 and self.reach[k - 1] > a


def uncovered(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``start``-``end`` that no span of ``spans`` (sorted) covers."""
    out = []
    at = start
    # indices, not a slice: a slice copies every span to the text's end, for each sentence
    for k in range(max(0, bisect_right(spans, (start, start)) - 1), len(spans)):
        a, b = spans[k]
        if a >= end:
            break
        if a > at:
            out.append((at, a))
        at = max(at, b)
    if at < end:
        out.append((at, end))
    return out


#: A capitalised word that may name a place ("Tatarstan", "Мордовии", "Ростов-на-Дону").
WORD = r"[A-ZА-ЯЁ][a-zа-яё]{3,}(?:-[A-ZА-ЯЁ]?[a-zа-яё]+)?"
WORD_RE = re.compile(WORD)

#: Sentences whose numbers are not interceptions over a named place.
NOT_A_COUNT: list[re.Pattern[str] | WithOpening] = [
    vocab.WARNING_RE,
    vocab.AIRPORT_RE,
    vocab.SVO_ZONE_RE,
    vocab.FOOTER_RE,
    vocab.ATTEMPT_RE,
    vocab.MISSILE_RE,
    vocab.BOAT_RE,
    vocab.AERIAL_TARGET_RE,
]  # Ukraine's side is sides.is_ukrainian_side, checked next to these
#: A number of drones: a number within a few words before a drone noun.
_NUMBER_BEFORE_DRONE = 40
#: What makes a number before a drone noun a length of time or a date, not a figure: a unit
#: of time ("два месяца беспилотники атакуют ...", "for three weeks drones ..."), a month
#: ("С 3 марта беспилотники ..."), a year ("2025 года"), or the rest of a clock time or a
#: numeric date ("в 4:30", "12.05").
TIME_AFTER = re.compile(
    r"\s*(?:секунд\w*|минут\w*|час(?:а|ов|ам|ами|ах)?|сут(?:ки|ок|кам|ках)"
    r"|дн(?:я|ей|и|ям|ях|ями|ем)|день|ноч(?:ь|и|ей|ам|ами|ах|ью)|недел\w*|месяц\w*"
    r"|год(?:а|у|ом|ах|ам|ами)?|лет|квартал\w*"  # whole words: "5 летевших БПЛА" is a count
    r"|seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?"
    rf"|{vocab.RU_MONTHS_GEN_RE}|{vocab.UA_MONTHS_GEN_RE}|{vocab.EN_MONTHS_RE}|г\.)(?![\w-])"
    r"|[:.]\d",
    re.IGNORECASE,
)
TIME_BEFORE = re.compile(rf"(?:\d[:.]|{vocab.EN_MONTHS_RE}\.?\s+)$", re.IGNORECASE)
#: How far before the spaces that end a text :data:`TIME_BEFORE` can start: a month and its point.
_TIME_BEFORE_REACH = max(map(len, vocab.EN_MONTHS)) + 1
#: A part of a figure told before ("в том числе 12 дронов", "в т.ч. 12", "including seven UAVs",
#: "19 of the 44 drones"): the part or the whole is another claim's.
PART_BEFORE = re.compile(
    rf"(?:{vocab.INCLUDING_RU}|включая|including|of\s+(?:the|them|which)|из\s+них|из|of)"
    r"\s+(?:\w+\s+)?$",
    re.I,
)
#: "ни один беспилотник не долетел", "not a single drone": no number at all.
_NONE_BEFORE = re.compile(r"(?:(?<![\w-])ни|not\s+a\s+single|not)\s+$", re.IGNORECASE)


def time_before(low: str, lo: int, at: int) -> bool:
    """Whether ``low[lo:at]`` ends as :data:`TIME_BEFORE` says: "4:" or "12." before a number,
    "May " before a day.

    Only its last few characters are searched: a month, its point and the spaces after it end
    where the spaces before ``at`` begin (``\\s`` and ``str.isspace`` are the same class), and
    "4:" ends there too; a search from ``lo`` tried every character of a long sentence for each
    of its numbers. Same answer as ``TIME_BEFORE.search(low, lo, at)``."""
    j = at
    while j > lo and low[j - 1].isspace():
        j -= 1
    return TIME_BEFORE.search(low, max(lo, j - _TIME_BEFORE_REACH), at) is not None


def names_interception(low: str) -> bool:
    """Whether a lower-cased sentence has an interception verb and a drone noun (the first half
    of a count sentence: two keyed searches that most sentences of news fail)."""
    # (the drone noun first: it is keyed, a test in C, and most sentences of news hold none;
    # the verbs have too many keys and are scanned by the engine, 5 µs a sentence of filler)
    return bool(vocab.DRONE_RE.search(low) and vocab.INTERCEPT_RE.search(low))


def no_count(chunk: str, low: str) -> bool:
    """Whether a sentence that names an interception is no count over a named place after all:
    a warning, an airport, the war zone, a footer, an attempt, missiles, boats, aerial targets,
    or Ukraine's side."""
    return any(pattern.search(low) for pattern in NOT_A_COUNT) or sides.is_ukrainian_side(
        chunk, low
    )


def drone_counts(
    chunk: str, low: str, numbers: Sequence[Number] | None = None
) -> list[tuple[int, int, int]]:
    """Return ``(value, start, end)`` of the numbers that count drones in one sentence
    (``numbers``: ``find_numbers(chunk)``, when the caller has them)."""
    counts = []
    if numbers is None:
        numbers = find_numbers(chunk)
    for match in vocab.DRONE_RE.finditer(low):
        before = [n for n in numbers if 0 <= match.start() - n.end <= _NUMBER_BEFORE_DRONE]
        if before:
            n = before[-1]
            if TIME_AFTER.match(low, n.end) or time_before(low, 0, n.start):
                continue  # a length of time or a date: not how many drones
            if _NONE_BEFORE.search(low, max(0, n.start - 20), n.start):
                continue
            gap = low[n.end : match.start()]
            # "six of the drones", "шесть из девяти беспилотников": a part of a count
            if not re.search(r"[.:;]|\d|(?<![\w-])(?:of|из|із)(?![\w-])", gap):
                counts.append((n.value, n.start, n.end))
    return counts


def tallies(reports: Sequence[Report]) -> list[tuple[int, int]]:
    """The evidence of the reports that are a week's, a month's or a year's tally with no figure
    for an area ("За неделю над территорией России сбиты 1240 беспилотников"): the country's
    figures, with no area to give or to miss."""
    return [
        r.evidence
        for r in reports
        if r.period and r.evidence and not any(c.count is not None for c in r.claims)
    ]


def sentence_at(sents: Sequence[Sentence], starts: Sequence[int], at: int) -> Sentence | None:
    """The sentence that holds position ``at`` (``starts``: the sentences' starts)."""
    k = bisect_right(starts, at) - 1
    return sents[k] if k >= 0 and at < sents[k].end else None
