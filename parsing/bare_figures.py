"""Figures told with no drone noun, in a text that gave no claim at all.

:func:`parsing.diagnostics.diagnose` reads a text that gave no claim for the sentences that
name a number of drones and a place it knows (``no_claim_read``). Some posts name no drone at
all and still give a region's figure: a number of targets ("Над Крымом сбиты 3 воздушные
цели", "air defences downed 4 targets over the Kursk region"), air defence's figure with no
noun ("ПВО Курской области: минус 4.", "силы ПВО сбили 6 над Курском"), or a region's row of a
list posted alone ("Курская область — 6."). No rule reads them (a target may be a missile as
well as a drone), and without a word their figures would be lost: :func:`bare_figures` names
them, for a person to read (``no_claim_read``).
"""

from __future__ import annotations

import re

from parsing import sides, vocab
from parsing._review import NOT_A_COUNT, TIME_AFTER, WORD_RE, time_before
from parsing.lookup import Resolved, find_place
from parsing.numbers import Number, find_numbers
from parsing.places import find_groups
from parsing.text import count_cyrillic, count_latin
from parsing.ukrainian import RUSSIAN_CLAIM_AREAS

#: Air defence named by its own words: "ПВО", "средствами противовоздушной обороны", "Russian
#: air defences", "air defense systems".
_AIR_DEFENCE = re.compile(r"(?<![\w-])(?:пво|противовоздушн\w*|air\s+defen[cs]\w*)")
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


def bare_figure(chunk: str, low: str) -> tuple[str, tuple[int, int]] | None:
    """Name a figure with no drone noun beside a place of Russia's claims in one sentence
    (``low``: ``chunk`` lower-cased) of a text that gave no claim: a number of targets or a
    figure alone where air defence or a downing is named, or a place's row of a list. Return
    what is named and the figure's span in ``chunk``; None when there is none, or when the
    sentence counts missiles, boats or warnings, or tells Ukraine's side or the country's total.
    """
    row = _row(chunk, low)
    if row is None and not (_AIR_DEFENCE.search(low) or vocab.INTERCEPT_RE.search(low)):
        return None
    if any(p.search(low) for p in _NOT_DRONES) or vocab.NOT_DRONE_WEAPON_RE.search(low):
        return None
    if vocab.NATIONAL_RE.search(low) or sides.is_ukrainian_side(chunk, low):
        return None
    if row is not None:
        n, head = row
        return f"a row of {n.value} for {head!r} is named", (n.start, n.end)
    figure = _figure(chunk, low)
    place = _place(chunk) if figure is not None else None
    if figure is None or place is None:
        return None
    n, said = figure
    return f"{said} and {place!r} are named", (n.start, n.end)


def _row(chunk: str, low: str) -> tuple[Number, str] | None:
    """The figure and the place of a row ("Курская область — 6."), when the place is one of
    Russia's claims."""
    for m in _ROW.finditer(chunk):
        found = find_numbers(m.group("n"))
        if len(found) != 1 or found[0].start != 0 or found[0].value in _YEARS:
            continue
        if TIME_AFTER.match(low, m.end("n")):
            continue  # "Курск — 12 июня": a date
        if _claimed(m.group("name")):
            n = found[0]
            return Number(n.value, m.start("n"), m.end("n")), m.group("name")
    return None


def _figure(chunk: str, low: str) -> tuple[Number, str] | None:
    """The first number of targets, or the first number with no noun of its own, in a sentence
    that names air defence or a downing, and how it is told ("3 targets", "a figure of 6")."""
    for n in find_numbers(chunk):
        if n.value in _YEARS or TIME_AFTER.match(low, n.end) or time_before(low, 0, n.start):
            continue
        if _TARGETS_AFTER.match(low, n.end):
            return n, f"{n.value} targets"
        if _BARE_AFTER.match(low, n.end):
            return n, f"a figure of {n.value}"
    return None


def _place(chunk: str) -> str | None:
    """The first place of Russia's claims a sentence names: after a preposition ("над Крымом",
    "over the Kursk region", "в Курской области") or by a capitalised word of its own ("ПВО
    Курской области", "Белгород:")."""
    english = count_latin(chunk) > count_cyrillic(chunk)
    for group in find_groups(chunk, 0, english=english):
        for mention in group.mentions:
            if _claims(mention.place) and not mention.foreign:
                return mention.text
    for m in WORD_RE.finditer(chunk):
        if _claimed(m.group()):
            return m.group()
    return None


def _claimed(name: str) -> bool:
    """Whether a name is a place of Russia's claims the gazetteer knows."""
    return _claims(find_place(name))


def _claims(place: Resolved | None) -> bool:
    """Whether a place the gazetteer resolved is one of Russia's claims."""
    return place is not None and place.area_id.startswith(RUSSIAN_CLAIM_AREAS)
