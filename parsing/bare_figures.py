"""Figures told with no drone noun beside a place of Russia's claims.

:func:`parsing.diagnostics.diagnose` reads a text that gave no claim for the sentences that
name a number of drones and a place it knows (``no_claim_read``). Some posts name no drone at
all and still give a region's figure: a number of targets ("Над Крымом сбиты 3 воздушные
цели", "air defences downed 4 targets over the Kursk region"), air defence's figure with no
noun ("ПВО Курской области: минус 4.", "силы ПВО сбили 6 над Курском"), or a region's row of a
list posted alone ("Курская область — 6."). No rule reads them (a target may be a missile as
well as a drone), and without a word their figures would be lost: :func:`bare_figures` names
them, for a person to read (``no_claim_read``). In a text that gave claims, such a figure
outside the claims' evidence for an area none of them is for ("... уничтожены 2 БПЛА. ПВО
Брянской области: минус 4.") is named too, and the text stays published
(``area_without_figure``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeGuard

from parsing import sides, vocab
from parsing._review import (
    NOT_A_COUNT,
    TIME_AFTER,
    WORD_RE,
    drone_counts,
    time_before,
)
from parsing.lookup import Resolved, find_place
from parsing.numbers import Number, find_numbers
from parsing.places import find_groups
from parsing.text import count_cyrillic, count_latin
from parsing.ukrainian import RUSSIAN_CLAIM_AREAS
from parsing.word_start import word_start

#: Air defence named by its own words: "ПВО", "средствами противовоздушной обороны", "Russian
#: air defences", "air defense systems". (Each word from its first letter, ``word_start``: with
#: the lookbehind first the engine tried it at every character of each sentence without a drone
#: noun, an eighth of the check of a long line with no sentence end.)
_AIR_DEFENCE = word_start(r"пво|противовоздушн\w*|air\s+defen[cs]\w*")
#: Targets after a number, with one word between at most, in quotes or not: "3 воздушные цели",
#: "5 целей", "четыре цели", "10 aerial targets", "4 “air targets”".
_TARGETS_AFTER = re.compile(
    r"\s+[\"«“']?(?:[\w-]+\s+)?(?:цел(?:ь|и|ей|ям|ями|ях)|targets?)(?![\w-])", re.IGNORECASE
)
#: What may follow a figure that names no noun of its own: the sentence's end or a mark, a place
#: ("6 над Курском", "4 over Bryansk"), or the verb that downed them ("4 shot down", "6 сбиты").
_BARE_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)—–-]|(?:над|в|во|на|у|под|over|above|in|near)(?![\w-])"
    rf"|(?:{vocab.VERB_STEM_RU})|shot\s+down|downed|destroyed|intercepted)",
    re.IGNORECASE,
)
#: A row: a place, a dash or a colon, a figure and nothing more ("Курская область — 6.",
#: "Брянская обл.: 2;", "ПВО Курской области: минус 4.", "Kursk region - 3").
_ROW = re.compile(
    r"(?P<name>[A-ZА-ЯЁ][\w-]+)(?:\s+(?:област\w*|обл\.?|кра[йяею]\w*|республик\w*|"
    r"[Rr]egion|[Oo]blast))?\s*[:—–-]\s*(?:минус\s+|minus\s+)?"
    r"(?P<n>\d{1,6}|[а-яёa-z]+)(?=\s*(?:[.,;!)]|$))"
)
#: Weapons that are not drones, boats, and sentences whose numbers count nothing shot down
#: (warnings, airports, the war zone, footers, attempts): a target told beside them is theirs.
_NOT_DRONES = [p for p in NOT_A_COUNT if p is not vocab.AERIAL_TARGET_RE]
#: Years read as a figure ("Курская область — 2025"): no region has that many in one report.
_YEARS = range(1990, 2101)


@dataclass(frozen=True, slots=True)
class BareFigure:
    """A figure with no drone noun beside a place of Russia's claims, in one sentence."""

    #: how it is told: "a row of 4 for 'Брянской' is named", "3 targets and 'Крымом' are named"
    named: str
    #: the figure's span in the sentence
    span: tuple[int, int]
    #: the place's area (``parsing.lookup.Resolved.area_id``)
    area_id: str
    #: whether it counts targets ("3 воздушные цели"): drones or missiles, which a text that
    #: counts its drones by their noun tells apart from them
    targets: bool = False


def bare_figures(
    chunk: str, low: str, *, within: Sequence[tuple[int, int]] | None = None
) -> list[BareFigure]:
    """Name the figures with no drone noun beside a place of Russia's claims in one sentence
    (``low``: ``chunk`` lower-cased): a number of targets or a figure alone where air defence or
    a downing is named (each with the first place of its part of the sentence), or a place's row
    of a list (the rows alone, when there are any). Nothing when the sentence counts missiles,
    boats or warnings, or tells Ukraine's side or the country's total. ``within``: the parts of
    the sentence to read, each figure with a place of its own part (beside claims, what their
    evidence leaves: a claim read the rest); None: the whole sentence, one part.
    """
    parts = [(0, len(chunk))] if within is None else within
    rows = _rows(chunk, low, parts)
    figures: list[tuple[Number, str, bool]] = []
    if not rows:
        if not (_AIR_DEFENCE.search(low) or vocab.INTERCEPT_RE.search(low)):
            return []
        figures = _figures(chunk, low, parts)
        if not figures:
            return []
    if any(p.search(low) for p in _NOT_DRONES) or vocab.NOT_DRONE_WEAPON_RE.search(low):
        return []
    if vocab.NATIONAL_RE.search(low) or sides.is_ukrainian_side(chunk, low):
        return []
    if rows:
        return rows
    out = []
    for n, said, targets in figures:
        place = _place(chunk, next((a, b) for a, b in parts if a <= n.start < b))
        if place is not None:
            name, area_id = place
            named = f"{said} and {name!r} are named"
            out.append(BareFigure(named, (n.start, n.end), area_id, targets))
    return out


#: What :func:`bare_figures` needs of a sentence but a downing, looked for over a whole text in
#: one pass: air defence (:data:`_AIR_DEFENCE`'s words) or a row's mark and figure (the end of
#: :data:`_ROW`), at a line's end too. (A superset: a cheap scan for where to read.)
_MARK = re.compile(
    r"пво|противовоздушн|air\s+defen"
    r"|[:—–-]\s*(?:минус\s+|minus\s+)?(?:\d{1,6}|[а-яёa-z]+)(?=\s*(?:[.,;!)]|$))",
    re.MULTILINE,
)


def marks(low: str) -> list[int]:
    """Where in a lower-cased text a sentence may hold a figure :func:`bare_figures` names: air
    defence, a row, a downing (sorted starts; a sentence with none of them holds none, and a
    long text's sentences are mostly such)."""
    found = [m.start() for m in _MARK.finditer(low)]
    found += [m.start() for m in vocab.INTERCEPT_RE.finditer(low)]
    return sorted(found)


def _inside(parts: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """Whether span ``a``-``b`` lies inside one of ``parts``."""
    return any(x <= a and b <= y for x, y in parts)


def _rows(chunk: str, low: str, parts: Sequence[tuple[int, int]]) -> list[BareFigure]:
    """The rows of places of Russia's claims with their figures ("Курская область — 6."), in
    ``parts`` of the sentence."""
    out = []
    for m in _ROW.finditer(chunk):
        found = find_numbers(m.group("n"))
        if len(found) != 1 or found[0].start != 0 or found[0].value in _YEARS:
            continue
        if TIME_AFTER.match(low, m.end("n")) or not _inside(parts, m.start(), m.end()):
            continue  # "Курск — 12 июня": a date
        place = find_place(m.group("name"))
        if _claims(place):
            named = f"a row of {found[0].value} for {m.group('name')!r} is named"
            out.append(BareFigure(named, m.span("n"), place.area_id))
    return out


def _figures(
    chunk: str, low: str, parts: Sequence[tuple[int, int]]
) -> list[tuple[Number, str, bool]]:
    """The numbers of targets, and the numbers with no noun of their own, in ``parts`` of a
    sentence that names air defence or a downing, how each is told ("3 targets", "a figure of
    6") and whether it counts targets. A number of drones ("трёх сбитых беспилотниках") has a
    noun."""
    numbers = [
        Number(n.value, a + n.start, a + n.end) for a, b in parts for n in find_numbers(chunk[a:b])
    ]
    out = []
    for n in numbers:
        if n.value in _YEARS or TIME_AFTER.match(low, n.end) or time_before(low, 0, n.start):
            continue
        if _TARGETS_AFTER.match(low, n.end):
            out.append((n, f"{n.value} targets", True))
        elif _BARE_AFTER.match(low, n.end):
            out.append((n, f"a figure of {n.value}", False))
    if out and vocab.DRONE_RE.search(low):
        # (the parts' numbers only: a figure a claim took is no other's count)
        drones = {start for _v, start, _e in drone_counts(chunk, low, numbers)}
        out = [figure for figure in out if figure[0].start not in drones]
    return out


def _place(chunk: str, part: tuple[int, int]) -> tuple[str, str] | None:
    """The first place of Russia's claims that ``part`` of a sentence names, and its area: after
    a preposition ("над Крымом", "over the Kursk region", "в Курской области") or by a
    capitalised word of its own ("ПВО Курской области", "Белгород:")."""
    english = count_latin(chunk) > count_cyrillic(chunk)
    a, b = part
    for group in find_groups(chunk[a:b], 0, english=english):
        for mention in group.mentions:
            if _claims(mention.place) and not mention.foreign:
                return mention.text, mention.place.area_id
    for m in WORD_RE.finditer(chunk, a, b):
        place = find_place(m.group())
        if _claims(place):
            return m.group(), place.area_id
    return None


def _claims(place: Resolved | None) -> TypeGuard[Resolved]:
    """Whether a place the gazetteer resolved is one of Russia's claims."""
    return place is not None and place.area_id.startswith(RUSSIAN_CLAIM_AREAS)
