"""The sentence gate: one scan that tells a sentence the per-sentence passes can find nothing in.

A long news text is mostly sentences with nothing for a report ("Синоптики обещают дожди."),
and a pasted table or a line of garbage is read in pieces of 3,000 characters that hold
none either. ``parse`` reads every sentence with some forty vocabulary patterns (the sides,
the drone nouns, the reporter, the region in context, the rules' opening tests) before it
knows that. The gate is derived from those very patterns, when this module is imported:
from each it takes what every match must hold (a run of letters, classes and repeats that
the match contains as written, "беспилотн", "мо\\s+рф", "\\d{1,2}[:.]\\d{2}"), and a sentence
that holds none of them, in any letter case, cannot match any of the patterns: every one
of those passes would find nothing, and skipping them gives the same output. A pattern a
rule adds to those passes goes into the list of the module that searches it (``PATTERNS`` of
``sides``, ``speakers`` and ``region_context``, ``rules.PATTERNS_*``, ``pipeline.GATES``):
``tests/parsing/test_gate.py`` traces the patterns those passes search and fails on one no
list holds, and compares gated and ungated parses on generated texts.

What a sentence's passes can find depends on what came before: before any drone is named
only the drone nouns, the sides, the reporter and the region in context can change
anything; once a drone was named an interception verb or a damage word counts; once a
sentence gave a figure, the openings of a list's next line ("Ещё 5 — над ...") do too.
So there are three gates, each a superset of the one before (:func:`for_context`).

The gate decides nothing about what a text says: ``parsing.diagnostics`` reads every
sentence on its own, gated or not, so nothing a sentence holds is lost without a word.
"""

from __future__ import annotations

import functools
import re
import re._constants as sre_c  # the parser's own node names (re._parser's tree)
import re._parser as sre_p
from _sre import unicode_iscased  # (what ``re`` itself asks of a character)
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from parsing.text import lower
from parsing.word_start import case_variants

#: A candidate: its weakness score (higher is rarer) and the fragments, one of which every
#: match holds.
_Need = tuple[float, list[tuple[str, ...]]]

_CATEGORY = {
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w",
    sre_c.CATEGORY_NOT_WORD: r"\W",
}


def _class_char(c: int) -> str:
    """One character written for a character class."""
    ch = chr(c)
    return "\\" + ch if ch in "\\]^-[" else ch


@functools.cache
def _mark(first: int, last: int) -> bool:
    """Whether every character from ``first`` to ``last`` is a mark or a symbol: no letter,
    decimal digit or space ("❶", a dingbat's circled digit, is a symbol here: as rare)."""
    return not any(
        chr(c).isalpha() or chr(c).isdecimal() or chr(c).isspace() for c in range(first, last + 1)
    )


def _simple(op: Any, av: Any) -> tuple[str, float] | None:
    """One item that matches exactly one character, written as a pattern, with how rare
    it is (a mark 1.5, a letter or digit 1, a class of marks 1.2 (a small one, or one of
    marks and symbols only however wide), a small class of letters 0.6, any digit 0.3, any
    space 0.2, a wide class 0); None for any other item."""
    if op is sre_c.LITERAL:
        ch = chr(av)
        return re.escape(ch), (0.5 if ch.isspace() else 1.0 if ch.isalnum() else 1.5)
    if op is sre_c.NOT_LITERAL:
        return f"[^{_class_char(av)}]", 0.0
    if op is sre_c.ANY:
        return "(?s:.)", 0.0
    if op is not sre_c.IN:
        return None
    parts, negated, literals, letters, score = [], False, 0, 0, 0.0
    marks = True  # whether every character of the class is a mark (no letter, digit, space)
    for iop, iav in av:
        if iop is sre_c.NEGATE:
            negated = True
            parts.append("^")
        elif iop is sre_c.LITERAL:
            literals += 1
            letters += chr(iav).isalnum()
            marks = marks and _mark(iav, iav)
            parts.append(_class_char(iav))
        elif iop is sre_c.RANGE:
            literals += 100
            marks = marks and _mark(*iav)
            parts.append(f"{_class_char(iav[0])}-{_class_char(iav[1])}")
        elif iop is sre_c.CATEGORY and iav in _CATEGORY:
            literals += 100
            marks = False
            parts.append(_CATEGORY[iav])
            if len(av) == 1:
                score = {sre_c.CATEGORY_DIGIT: 0.3, sre_c.CATEGORY_SPACE: 0.2}.get(iav, 0.0)
        else:
            return None
    if not negated and (literals <= 8 or marks):
        # a few letters; marks, however many (rarer than a letter: a list line's bullets and
        # symbols, "▪️", "•", "–", were scored as wide as "\w", and a one-letter "в" after
        # them was what the gate looked for, in nearly every Russian sentence)
        score = 0.6 if letters else 1.2
    return "[" + "".join(parts) + "]", (0.0 if negated else score)


def _quantifier(lo: int, hi: int) -> str:
    if hi is sre_c.MAXREPEAT:
        return {0: "*", 1: "+"}.get(lo, f"{{{lo},}}")
    return f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}"


_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)


def _best(cands: list[_Need]) -> _Need | None:
    """The rarest candidate (its weakest fragment the strongest), then the one with fewer."""
    return max(cands, key=lambda c: (c[0], -len(c[1]))) if cands else None


def _union(alternatives: Iterable[_Need | None]) -> _Need | None:
    """What a branch needs: one of each alternative's fragments (None if one needs nothing)."""
    out: list[tuple[str, ...]] = []
    score = float("inf")
    for need in alternatives:
        if need is None:
            return None
        score = min(score, need[0])
        out.extend(f for f in need[1] if f not in out)
    return (score, out) if out else None


def _need(items: Sequence[tuple[Any, Any]]) -> _Need | None:
    """The fragments one of which every match of the sequence ``items`` holds, or None.

    A fragment is a run of adjacent one-character items (and repeats of one, at least once),
    written as they are: zero-width items (anchors, lookarounds) do not break the run. A
    group, an alternation or a repeat of something longer ends the run and is a candidate of
    its own; an alternation right after a run is also tried with the run in front of each of
    its alternatives ("в(?<!...)(?:оздушн...|...)" needs "воздушн" or ...).
    """
    cands: list[_Need] = []
    run: list[str] = []
    run_items: list[tuple[Any, Any]] = []
    score = 0.0

    def flush() -> None:
        nonlocal score
        if score > 0:
            # one letter alone ("в") is in nearly every sentence: any other part is rarer
            one_letter = len(run) == 1 and run[0].isalpha()
            cands.append((0.4 if one_letter else score, [tuple(run)]))
        run.clear()
        run_items.clear()
        score = 0.0

    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        one = _simple(op, av)
        if one is not None:
            run.append(one[0])
            run_items.append((op, av))
            score += one[1]
            continue
        if op in _REPEATS:
            lo, hi, sub = av
            inner = _simple(*sub[0]) if lo >= 1 and len(sub) == 1 else None
            if inner is not None:
                # once as itself (one character, so a fixed-width part), then the rest
                run.append(inner[0])
                if (lo, hi) != (1, 1):
                    rest = hi if hi is sre_c.MAXREPEAT else hi - 1
                    run.append(f"(?:{inner[0]}){_quantifier(lo - 1, rest)}")
                run_items.append((op, av))
                score += inner[1] * min(lo, 3)
                continue
            flush()
            if lo >= 1 and (need := _need(list(sub))) is not None:
                cands.append(need)
            continue
        if op is sre_c.BRANCH:
            alternatives = [list(a) for a in av[1]]
            if run_items:
                prefixed = _union(_need([*run_items, *a]) for a in alternatives)
                if prefixed is not None:
                    cands.append(prefixed)
            flush()
            if (need := _union(_need(a) for a in alternatives)) is not None:
                cands.append(need)
            continue
        flush()
        if op is sre_c.SUBPATTERN:
            need = _need(list(av[-1]))
        elif op is sre_c.ATOMIC_GROUP:
            need = _need(list(av))
        else:
            need = None  # a back reference, a conditional group: nothing certain
        if need is not None:
            cands.append(need)
    flush()
    return _best(cands)


@functools.cache
def needs(pattern: re.Pattern[str]) -> list[tuple[str, ...]]:
    """The fragments (each a tuple of one-character patterns, matched in any letter case) one
    of which every match of ``pattern`` holds. Raises ValueError for a pattern that can match
    without any."""
    need = _need(list(sre_p.parse(pattern.pattern, pattern.flags)))
    if need is None or need[0] <= 0:
        msg = f"the pattern can match without any fixed text: {pattern.pattern[:80]!r}"
        raise ValueError(msg)
    return need[1]


def _letter(token: str) -> str | None:
    """The letter a token is, when it is one Latin or Cyrillic letter written as itself."""
    return token if len(token) == 1 and case_variants(token) is not None else None


def _fixed(token: str) -> bool:
    """Whether a token matches one character (a letter, a mark, a class; not a repeat)."""
    return not token.endswith(("*", "+", "}"))


#: Letters from the most to the least frequent, in Russian and in English text: a fragment is
#: looked for from its rarest letter, where the engine stops least often.
_BY_FREQUENCY = ("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъ", "etaoinshrdlcumwfgypbvkjxqz")


@functools.cache  # (a gate asks again for the same few hundred tokens' rarity 17,000 times)
def _rarity(token: str) -> float:
    """How rarely a token matches in text: a letter by its frequency (0 the most frequent,
    under 1 the rarest), a class of letters and marks as its most frequent letter, a mark
    0.6 (as frequent as "б"), a digit 0.3, a space 0.1; -1 for a token the engine cannot
    skip to (a wide class). (A class's letters count: "[аеуы]" was rated a mark, and a
    fragment ending in it was looked for at every "а", "е", "у" and "ы".)"""
    letter = _letter(token)
    if letter is not None:
        for order in _BY_FREQUENCY:
            if (at := order.find(letter.lower())) >= 0:
                return at / len(order)
        return 0.5
    chars = first_characters(token)
    if chars != token:
        return min(_rarity(c) if _letter(c) is not None else 0.6 for c in chars)
    return {r"[\d]": 0.3, r"[\s]": 0.1}.get(token, -1.0)


@functools.cache
def _cased(token: str) -> bool:
    """Whether letter case can change what ``token`` matches (a letter, a class holding one)."""

    def cased(items: Iterable[tuple[Any, Any]]) -> bool:
        for op, av in items:
            if op in (sre_c.LITERAL, sre_c.NOT_LITERAL) and unicode_iscased(av):
                return True
            if op is sre_c.RANGE and any(map(unicode_iscased, range(av[0], av[1] + 1))):
                return True
            if op is sre_c.IN and cased(av):
                return True
            if op in _REPEATS and cased(av[2]):
                return True
            if op is sre_c.SUBPATTERN and cased(av[-1]):
                return True
        return False

    return cased(sre_p.parse(token))


_REPEATED = re.compile(r"\(\?:(.*)\)([*+]|\{\d+(?:,\d*)?\})", re.DOTALL)


@functools.cache
def lowered(token: str) -> str:
    """``token`` (a one-character pattern matched in any letter case, or a repeat of one)
    written for text lower-cased by ``parsing.text.lower``: a letter as the characters it
    matches there, as they are ("в" as "[вᲀ]": its capitals never are there), so the engine
    compares characters instead of lower-casing each (and, in a branch, skips an alternative
    at its first character); what case cannot change, as it is. On lower-cased text it
    matches exactly where ``(?i:token)`` does."""
    if (rep := _REPEATED.fullmatch(token)) is not None:
        return f"(?:{lowered(rep.group(1))}){rep.group(2)}"
    chars = first_characters(token)
    if chars == token:
        return f"(?i:{token})" if _cased(token) else token
    keep = [c for c in chars if lower(c) == c]
    if len(keep) == 1:
        return re.escape(keep[0])
    return "[" + "".join(_class_char(ord(c)) for c in keep) + "]"


#: A letter this common or commoner (:func:`_rarity`: the first third of each alphabet's letters
#: by frequency, "о" to "л", "e" to "h"), a digit or a blank is a poor place to look for a
#: fragment from: the engine would stop at it in most words.
_COMMON = 0.3


def _anchored(fragment: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """``fragment`` as a token to look for it from and what must surround it: the tokens of the
    part of the fragment without repeats that come before it, as a lookbehind asked after that
    part's tokens that follow it, and every token after it, repeats too ("до\\s+\\d": a digit
    after the blanks; the part alone, "до\\s", was held by nearly every Russian sentence). Any
    part of a fragment is held where the fragment is, so what this matches includes every
    place the fragment matches. The token is the rarest of the first part that holds one
    rarer than :data:`_COMMON`, or of the part of the fragment's rarest token when none does:
    a part after the repeats cannot be asked before the token (a lookbehind is of fixed width),
    so the rarest letter of a later word would leave the words before it unasked ("more\\s+on
    \\s+tuesday" looked for as "tuesday", which any sentence naming the day holds). The token is
    as written; the rest are :func:`lowered`."""
    parts: list[list[int]] = [[]]  # the fixed tokens' places, between the repeats
    for k, token in enumerate(fragment):
        if _fixed(token):
            parts[-1].append(k)
        else:
            parts.append([])
    rarest = [max((_rarity(fragment[k]) for k in p), default=-1.0) for p in parts]
    first = next((k for k, r in enumerate(rarest) if r > _COMMON), None)
    part = parts[rarest.index(max(rarest)) if first is None else first]
    if not part:
        return fragment[0], tuple(map(lowered, fragment[1:]))
    at = max(part, key=lambda k: _rarity(fragment[k]))
    before = "".join(lowered(fragment[k]) for k in part if k < at)
    rest = tuple(map(lowered, fragment[at + 1 :]))
    if before:
        # (asked once the part's tokens after the rarest one matched, over them and it: a
        # lookbehind first in a branch is tried at each place the rarest token stands, where
        # a letter first is skipped at once when it differs)
        after = part[-1] - at
        rest = (*rest[:after], f"(?<={before}(?s:.{{{after + 1}}}))", *rest[after:])
    return fragment[at], rest


#: The lookbehind :func:`_anchored` writes: the part before the rarest token, then the
#: characters matched since.
_BEHIND = re.compile(r"\(\?<=(?P<before>.+)\(\?s:\.\{(?P<since>\d+)\}\)\)")


def _alternatives(node: dict[str | None, Any]) -> str:
    """A trie of fragments as one pattern (a fragment that ends here ends the match).

    The lookbehinds of one place that go on alike and look as far back are one lookbehind of
    their parts ("щина" after "брян" or "твер"): a branch's alternative that opens with a
    lookbehind is entered at each place, one that opens with a letter is skipped at once where
    the letter differs."""
    if None in node:
        return ""
    # each alternative's place: its text, or the key of the lookbehinds asked as one there
    slots: dict[str | tuple[int, str, str], list[str]] = {}
    for token, child in node.items():
        assert token is not None
        after = _alternatives(child)
        m = _BEHIND.fullmatch(token)
        if m is None:
            slots[token + after] = []
        else:
            width = sre_p.parse(m["before"]).getwidth()[0]
            slots.setdefault((width, m["since"], after), []).append(m["before"])
    alts = [
        key if isinstance(key, str) else f"(?<=(?:{'|'.join(parts)})(?s:.{{{key[1]}}})){key[2]}"
        for key, parts in slots.items()
    ]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def first_characters(token: str) -> str:
    """Every character ``token`` matches in any letter case, for a token that is a letter or a
    class of letters and marks written as they are; the token itself for another."""
    if len(token) == 1:
        variants = case_variants(token)
        return "".join(variants) if variants else re.escape(token)
    inner = re.fullmatch(r"\[((?:[^\\\]^-]|\\[^\w])+)\]", token)
    if inner is None:
        return token  # a range, a category ("\\d"), a negated class: the engine's own
    chars: set[str] = set()
    for c in re.sub(r"\\(.)", r"\1", inner.group(1)):
        chars.update(case_variants(c) or (c, c.lower(), c.upper()))
    return "".join(sorted(chars))


class Gate:
    """Patterns that together match wherever a match of any of the patterns they were
    derived from holds its fragment (:func:`compile_gate`)."""

    def __init__(self, scans: Sequence[re.Pattern[str]]) -> None:
        self.scans = tuple(scans)

    def search(self, text: str) -> re.Match[str] | None:
        """The first scan's match in ``text`` (None: no fragment is held in it)."""
        for scan in self.scans:
            if (m := scan.search(text)) is not None:
                return m
        return None

    def over(self, text: str) -> TextGate:
        """This gate asked of spans of ``text`` (:class:`TextGate`)."""
        return TextGate(self, text)


class TextGate:
    """A gate asked of the spans of one text, from its start on: each scan is searched in the
    text once, not in each span.

    Each scan remembers where its first match from some place on starts: no match of it starts
    between that place and that start, so a span that lies between them holds none of its
    matches, and one that lies before every scan's next start is answered with no search at
    all (the runs of sentences that hold nothing cost a comparison for each scan). A span
    where a scan's next match starts may hold one: the caller reads it as it did. The scans
    are asked in order and the first that may match ends the asking.

    (A scan of :func:`compile_gate` is written without an anchor or a negative lookaround: a
    match inside a span is a match of the whole text at the same place, and a search of the
    whole text from a span's start finds one there or before.)"""

    __slots__ = ("_from", "_start", "gate", "text")

    def __init__(self, gate: Gate, text: str) -> None:
        self.gate = gate
        self.text = text
        #: where each scan was searched from, and where its first match from there starts
        #: (past the text's end: none; -1: not searched yet)
        self._from = [0] * len(gate.scans)
        self._start = [-1] * len(gate.scans)

    def may_hold(self, start: int, end: int) -> bool:
        """Whether the text from ``start`` to ``end`` may hold a match of a scan (False: it
        holds none)."""
        froms, starts = self._from, self._start
        for k, scan in enumerate(self.gate.scans):
            if not froms[k] <= start <= starts[k]:
                m = scan.search(self.text, start)
                froms[k], starts[k] = start, len(self.text) + 1 if m is None else m.start()
            if starts[k] < end:
                return True
        return False


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u1c80" <= ch <= "\u1c8f"


def compile_gate(patterns: Iterable[re.Pattern[str]]) -> Gate:
    """The gate of ``patterns``: on text lower-cased by ``parsing.text.lower`` (a sentence's
    ``low``), it matches wherever a match of any of them holds its fragment in any letter case.

    Each fragment is looked for from its rarest token (:func:`_anchored`). Those that open
    with a letter or a mark are two patterns, one for those opening with a Cyrillic letter and
    one for the rest, each opening written as every character it matches in any case that
    lower-cased text can hold (the engine skips through the text to those characters only
    when every alternative opens with one) and the fragments of one opening as one trie; a
    fragment that opens with a digit or a space (any of them) is a scan of its own.

    (At each character it stops at, the engine tries every alternative's first character: a
    Russian sentence stopped at nearly every other character, and the gate's scan of a
    sentence it finds nothing in took longer than everything else the parse does with it.
    Split by alphabet, with no capitals, and the rest of each fragment written for lower-cased
    text (:func:`lowered`: compared as it is, where ``(?i:...)`` lower-cased every character
    it compared), the same scan takes about half as long.)"""
    trie: dict[str | None, Any] = {}
    for p in patterns:
        for fragment in needs(p):
            first, rest = _anchored(fragment)
            node = trie.setdefault(first, {})
            for token in rest:
                node = node.setdefault(token, {})
            node[None] = {}
    alts: tuple[list[str], list[str]] = ([], [])
    own: list[re.Pattern[str]] = []
    for opening, child in trie.items():
        assert opening is not None
        after = _alternatives(child)
        chars = first_characters(opening)
        if chars == opening:
            own.append(re.compile(lowered(opening) + after))
        else:
            for c in chars:
                if lower(c) == c:
                    alts[0 if _cyrillic(c) else 1].append(re.escape(c) + after)
    return Gate([*(re.compile("|".join(a)) for a in alts if a), *own])


class SeenSoFar(Protocol):
    """What a gate's choice reads of the text so far (``parsing.reading.Context`` is one;
    named here rather than imported, as the vocabularies that reading imports key by
    :func:`needs`)."""

    @property
    def drone_seen(self) -> bool: ...

    @property
    def had_claims(self) -> bool: ...


class Gates:
    """The three gates of the parse loop, from the patterns each stage's passes use (each
    compiled when a text first needs it: a text that names no drone needs only the first)."""

    def __init__(
        self,
        always: Sequence[re.Pattern[str]],
        after_drones: Sequence[re.Pattern[str]],
        after_claims: Sequence[re.Pattern[str]],
    ) -> None:
        self._lists = (
            list(always),
            [*always, *after_drones],
            [*always, *after_drones, *after_claims],
        )

    @functools.cached_property
    def always(self) -> Gate:
        """What a sentence may hold before any drone was named."""
        return compile_gate(self._lists[0])

    @functools.cached_property
    def after_drones(self) -> Gate:
        """... once drones were named."""
        return compile_gate(self._lists[1])

    @functools.cached_property
    def after_claims(self) -> Gate:
        """... once a sentence gave a figure."""
        return compile_gate(self._lists[2])

    def for_context(self, ctx: SeenSoFar) -> Gate:
        """The gate for a sentence read after ``ctx``: the widest one the context needs."""
        if ctx.had_claims:
            return self.after_claims
        if ctx.drone_seen:
            return self.after_drones
        return self.always
