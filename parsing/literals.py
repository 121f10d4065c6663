"""Literal keys: a test in C that tells a sentence a vocabulary's search would find nothing in.

A vocabulary written letter first (``parsing.word_start``) is searched by Python's engine one
character at a time: each character is tested against the class of the vocabulary's first
letters, about fifty instructions, and every word that opens with one of them is tried (a
ministry's list sentence of 300-400 characters: 15,000-40,000 instructions a vocabulary).
Most of those searches find nothing: a list of regions holds no warning, no damage, no
casualties. ``str.__contains__`` finds a fixed string at about five instructions a character.

:func:`keyed` takes from a pattern what every match of it holds (``parsing.gate.needs``: a
run of letters, marks and classes for each alternative) the fewest strings of letters that
together cover those fragments ("поврежд", "пожар", "обломк" ...: "пожар" is held by the
fragment "пожар\\w*"). A text that holds none of them cannot match: :class:`Keyed` then
answers without the engine, and searches as the pattern does otherwise (same matches).

The keys are written as the pattern writes its letters, and a text is tested as it is: only
a pattern matched as written is keyed (the vocabularies of ``parsing.vocab``, in lower case
for a lower-cased sentence); one compiled with IGNORECASE also matches characters no
``str`` test finds from a key (dotless i, long s, the old Cyrillic forms of в and о) and is
left as it is. ``tests/parsing/test_literals.py`` checks every match of each keyed pattern on
generated texts, and each pattern's fragments against its keys.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

from parsing.gate import needs
from parsing.text import has_latin

#: The letters keys are written in.
_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюя"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
)


#: A part of a pattern matched in any case ("(?i:...)"): its letters are no key as written.
_CASELESS_PART = re.compile(r"\(\?[aLmsux-]*i")

#: The shortest key worth a test of its own: two letters are in nearly every sentence.
_SHORTEST = 3


def _runs(fragment: tuple[str, ...]) -> list[str]:
    """The runs of letters a fragment holds ("в", "[\\s]", "зоне": "в", "зоне")."""
    runs: list[str] = []
    run = ""
    for token in fragment:
        if token in _LETTERS:
            run += token
            continue
        if run:
            runs.append(run)
        run = ""
    return [*runs, run] if run else runs


def _candidates(fragment: tuple[str, ...]) -> set[str]:
    """The strings a fragment holds wherever it matches: every piece of its runs of letters,
    as long as its longest run allows up to ``_SHORTEST``, and longer."""
    runs = _runs(fragment)
    longest = max(map(len, runs), default=0)
    floor = min(longest, _SHORTEST)
    return {r[i:j] for r in runs for i in range(len(r)) for j in range(i + floor, len(r) + 1)}


def keys_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The fewest strings one of which every match of ``pattern`` holds, the longest where
    there is a choice; None when a match may hold no two letters in a row, and for a pattern
    compiled with IGNORECASE."""
    if pattern.flags & re.IGNORECASE or _CASELESS_PART.search(pattern.pattern):
        return None
    try:
        fragments = needs(pattern)
    except ValueError:
        return None
    held = [_candidates(f) for f in fragments]
    if any(not h or max(map(len, h)) < 2 for h in held):
        return None
    return _cover(held, 0)


def _cover(held: list[set[str]], floor: int) -> tuple[str, ...]:
    """Strings one of which each set of ``held`` holds, chosen one at a time: one of at least
    ``floor`` letters where a set has one, then the one most sets left hold, the longest
    (``floor`` 0: the fewest strings)."""
    keys: list[str] = []
    left = set(range(len(held)))
    while left:
        pool = set().union(*(held[i] for i in left))
        best = max(
            pool, key=lambda k: (min(len(k), floor), sum(k in held[i] for i in left), len(k), k)
        )
        keys.append(best)
        left = {i for i in left if best not in held[i]}
    return tuple(keys)


#: The fewest letters :func:`rare_keys` asks of a key where a fragment has as many: shorter
#: strings are in most sentences ("гор" of "Белгородской", "тра" of "транспорта", "was").
RARE_KEY = 4


def rare_keys(*patterns: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of any of ``patterns`` (keyed or not, matched as
    written) holds, each of ``RARE_KEY`` letters or more where its fragment allows: a long
    text that holds none of them holds no match of any of them, in any of its parts (a test
    in C of the whole text instead of one search a sentence). Raises ValueError for a pattern
    :func:`keys_of` cannot key."""
    held: list[set[str]] = []
    for rx in patterns:
        if keys_of(rx) is None:
            msg = f"no keys for {rx.pattern[:60]!r}"
            raise ValueError(msg)
        held += [_candidates(f) for f in needs(rx)]
    return _cover(held, RARE_KEY)


class Keyed:
    """A compiled pattern searched only in a text that holds one of its keys (:func:`keyed`):
    ``search``, ``finditer`` and ``sub`` give what the pattern gives; its other methods and
    attributes are the pattern's own. Equal to (and hashed as) the pattern it wraps."""

    __slots__ = (
        "_latin", "_others", "findall", "flags", "fullmatch", "groupindex", "groups", "keys",
        "match", "pattern", "rx", "split",
    )  # fmt: skip

    def __init__(self, rx: re.Pattern[str], keys: tuple[str, ...]) -> None:
        self.rx = rx
        self.keys = keys
        # (the keys with a Latin letter and the others: ``holds_a_key``)
        self._latin = tuple(k for k in keys if has_latin(k))
        self._others = tuple(k for k in keys if not has_latin(k))
        # the pattern's own (bound here: no call of Python's in between)
        self.match, self.fullmatch, self.findall, self.split = (
            rx.match, rx.fullmatch, rx.findall, rx.split,
        )  # fmt: skip
        self.pattern, self.flags, self.groups, self.groupindex = (
            rx.pattern, rx.flags, rx.groups, rx.groupindex,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        return self.rx == (other.rx if isinstance(other, Keyed) else other)

    def __hash__(self) -> int:
        return hash(self.rx)

    def __repr__(self) -> str:
        return f"keyed({self.rx!r}, keys={self.keys!r})"

    def holds_a_key(self, text: str) -> bool:
        """Whether ``text`` holds one of the keys (else the pattern cannot match in it). A key
        with a Latin letter is never in a text without one (a Russian sentence: each such test
        converted the key and read the whole sentence), a key beyond ASCII never in an ASCII
        text: those are not tested."""
        # (loops, not ``any``: a generator cost more than the tests it is for)
        if text.isascii():
            for k in self._latin:  # noqa: SIM110
                if k in text:
                    return True
            return False
        for k in self._others:
            if k in text:
                return True
        if self._latin and latin_in(text):
            for k in self._latin:
                if k in text:
                    return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search``: None at once when ``text`` holds none of the keys."""
        return self.rx.search(text, pos, endpos) if self.holds_a_key(text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer``: nothing at once when ``text`` holds none of the keys."""
        return self.rx.finditer(text, pos, endpos) if self.holds_a_key(text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """``pattern.sub``: ``text`` itself at once when it holds none of the keys."""
        return self.rx.sub(repl, text, count) if self.holds_a_key(text) else text


class Paired(Keyed):
    """A :class:`Keyed` pattern whose keys each come with words its matches hold in order
    around it (chosen by hand, ``vocab.UA_SIDE_NEWS_PAIRS``): a match holds some key and,
    before it, one of the key's first strings or, after it, one of its second strings.
    "сбил" is in nearly every Russian report, "всу сбили" in few: a sentence that holds a key
    without its partner on the right side is not searched. ``tests/parsing/test_literals.py``
    checks the matches and that each fragment holds a key."""

    __slots__ = ("pairs",)

    def __init__(
        self, rx: re.Pattern[str], pairs: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    ) -> None:
        super().__init__(rx, tuple(pairs))
        self.pairs = pairs

    def __repr__(self) -> str:
        return f"paired({self.rx!r}, pairs={self.pairs!r})"

    def holds_a_key(self, text: str) -> bool:
        """Whether ``text`` holds a key with one of its partners on its side (else the pattern
        cannot match in it): one before the key's last place, or one after its first."""
        if text.isascii():
            keys = self._latin
        else:
            keys = self.keys if self._latin and latin_in(text) else self._others
        for k in keys:
            first = text.find(k)
            if first < 0:
                continue
            before, after = self.pairs[k]
            for a in after:
                if text.find(a, first + len(k)) >= 0:
                    return True
            if before:
                last = text.rfind(k)
                for b in before:
                    if text.find(b, 0, last) >= 0:
                        return True
        return False


#: The last text :func:`latin_in` was asked of and its answer: one sentence is asked of by
#: every keyed pattern searched in it (the reference keeps that text, so no other takes its id).
#: One pair, replaced whole: a parse stopped while it was being remembered (an import's bound
#: of CPU time) never leaves a text beside another text's answer.
_LAST_ASKED: tuple[str | None, bool] = (None, False)


def latin_in(text: str) -> bool:
    """``parsing.text.has_latin(text)``, remembered for the last text asked of."""
    global _LAST_ASKED
    last = _LAST_ASKED
    if text is not last[0]:
        last = _LAST_ASKED = (text, has_latin(text))
    return last[1]


#: The most keys a pattern may have and still be keyed: each costs a pass of ``in`` over
#: the text, a search with more would cost about as much as the engine's own scan.
MOST_KEYS = 20


def keyed(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` searched only in texts holding one of its keys (:class:`Keyed`), or ``rx`` itself
    when it has none or too many (typed as the pattern: it answers as the pattern does)."""
    keys = keys_of(rx)
    if keys is None or len(keys) > MOST_KEYS:
        return rx
    return Keyed(rx, keys)  # type: ignore[return-value]


def none_in(text: str, *patterns: re.Pattern[str]) -> bool:
    """Whether ``text`` holds no key of any of ``patterns``: then none of them matches in it,
    nor in any part of it (a rule's test of each list item is answered for all of them at
    once). False when one of them is not keyed (it may match anywhere)."""
    for rx in patterns:  # noqa: SIM110 (a loop: no generator, as in ``Keyed.holds_a_key``)
        if not isinstance(rx, Keyed) or rx.holds_a_key(text):
            return False
    return True
