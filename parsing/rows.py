"""The ministry's commonest list read in one scan: rows of a figure and a region after a colon.

"... уничтожены 74 беспилотника: 6 БПЛА – над территорией Воронежской области, 36 – над
территорией Калужской области и 4 – над территорией Курской области", "... destroyed 40
drones: 7 over the Belgorod Region, 24 over the Kaluga Region and 9 over the Tula Region".
:func:`find_body` finds such a run of rows with one anchored match a row and records where each
row's figure, place trigger and separator are. The readers of a sentence then take from it what
their own scan of those characters would have found, and scan only the rest of the sentence:
``places.find_groups`` (the place triggers), ``counts.find_counts`` (a row's figure) and
``reading.split_items`` (the separators). A sentence whose rows take any other form (a word
number, a qualifier, a district, a sea, a parenthesis, a second verb, a time) has no body, or a
shorter one, and is read by the full scans alone: the output is the same either way
(``tests/parsing/test_rows.py`` compares the two on generated lists).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A Russian row and what joins it to the next: its figure in digits (no thousands: "1 000" is
#: read by ``numbers``), the drone noun or not, a dash or a space, then "над территорией" and a
#: region's adjective of at most 24 letters with its head noun ("6 БПЛА – над территорией Воронежской области", "18 над
#: территорией Брянской области", "3 – над территорией Краснодарского края"); then a comma or
#: "и" (each a separator of ``reading._SEP``).
_RU_ROW = re.compile(
    r"(?P<n>[1-9]\d{0,2})(?: БПЛА)?(?: [–—-])? (?P<over>над) территорией"
    r" (?P<word>[А-ЯЁ][а-яё]{1,20}(?:ой|ей|ого|его)) (?:области|края)(?![\w-])(?P<join>,(?= )| (?P<w>и) )?"
)
#: An English row: "7 over the Belgorod Region", "31 UAVs over the Kursk region" (a name of at
#: most 20 letters: the words before the next row's figure are read whole, ``ROW_WORDS``), then a
#: comma or "and".
_EN_ROW = re.compile(
    r"(?P<n>[1-9]\d{0,2})(?: UAVs| drones)? (?P<over>over) the (?P<word>[A-Z][a-z]{1,19})"
    r" [Rr]egion(?![\w-])(?P<join>,(?= )| (?P<w>and) )?"
)
#: The words of a row but its region's: a figure after a separator has the last three runs of
#: letters before it among these, the region's word (read whole: the length of a name or an
#: adjective is bounded above) and a piece of "территорией" (``counts._row_count`` asks that
#: none is a cue word before a figure).
ROW_WORDS = ("территорией", "области", "края", "и", "the", "region", "and")
#: Words ``reading._SEP`` reads as a separator when a space and a space enclose them ("и",
#: "plus", "while", ...): a row's English name that is one of them is not read here ("7 over
#: the Plus Region" would be cut in two).
_SEPARATOR_WORDS = frozenset(
    {"и", "а", "но", "однако", "and", "as", "in", "plus", "but", "while", "whereas"}
)
#: The fewest rows a body has: one row after a colon is an ordinary clause.
MIN_ROWS = 2


@dataclass(frozen=True, slots=True)
class Body:
    """A run of rows after a colon, offsets in its sentence.

    ``rows`` holds each row as (figure start, figure end, trigger start, end, region word
    lower-cased): the figure's digits, where "над"/"over" starts, the end of the region's name
    and head noun. ``cuts`` are the separators between rows as ``reading._SEP`` matches them
    (the comma alone, or "и"/"and" with the spaces around it)."""

    start: int
    end: int
    rows: tuple[tuple[int, int, int, int, str], ...]
    cuts: tuple[tuple[int, int, str], ...]

    def row_at(self, number_start: int) -> int | None:
        """The index of the row whose figure starts at ``number_start``, else None."""
        for k, row in enumerate(self.rows):
            if row[0] == number_start:
                return k
        return None


def find_body(s: str, *, english: bool) -> Body | None:
    """The rows right after the first ": " of ``s`` (at least ``MIN_ROWS``), else None."""
    colon = s.find(": ")
    if colon < 0:
        return None
    row_rx = _EN_ROW if english else _RU_ROW
    start = pos = colon + 2
    rows: list[tuple[int, int, int, int, str]] = []
    cuts: list[tuple[int, int, str]] = []
    while (m := row_rx.match(s, pos)) is not None:
        word = m["word"].lower()
        if word in _SEPARATOR_WORDS:
            break
        end = m.start("join") if m["join"] else m.end()
        rows.append((m.start(), m.end("n"), m.start("over"), end, word))
        if not m["join"]:
            break
        cuts.append((end, m.end(), m["w"]) if m["w"] else (end, end + 1, ","))
        pos = m.end() + (m["w"] is None)  # (after the comma, its space)
    if cuts and len(cuts) == len(rows):
        cuts.pop()  # the last row's comma or "и" joins it to no row
    if len(rows) < MIN_ROWS:
        return None
    return Body(start, rows[-1][3], tuple(rows), tuple(cuts))
