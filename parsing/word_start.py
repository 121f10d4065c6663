"""Patterns that match only where a word starts, written so the regex engine can skip ahead.

``(?<![\\w-])(?:A|B)`` ("A or B, not inside a word") is how the vocabulary is matched. Put
first, the lookbehind makes Python's engine try the whole pattern at every character of a
sentence; when every alternative starts with a letter instead, the engine jumps from one
such letter to the next. :func:`word_start` writes the same pattern that way: each
alternative's first letter, then the lookbehind over that letter and the one before it
(``к(?<![\\w-]к)атер``: the letter before "к" is no word character), which holds exactly
where the original holds. A leading group with no capturing group inside is spread over the
alternatives (``(?:a|b)c`` is ``ac|bc`` and ``(?:a)?b`` is ``ab|b``, tried in the same
order). A body with an alternative that cannot start with a letter ("^", a class, an escape,
a named group) is compiled as it was: one such alternative makes the engine try every
character again, and then the lookbehind first is the cheaper test. The matches, their spans
and groups are the original's (``tests/parsing/test_word_start.py``).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable

_LOOKBEHIND = r"(?<![\w-])"
_SPECIAL = set("\\.^$*+?{}[]|()")
_QUANTIFIERS = set("*+?{")


def _skip_class(p: str, i: int) -> int:
    """The index after the character class that starts at ``p[i]`` ("[")."""
    i += 1
    if i < len(p) and p[i] == "^":
        i += 1
    if i < len(p) and p[i] == "]":
        i += 1  # a "]" first is a literal
    while p[i] != "]":
        i += 2 if p[i] == "\\" else 1
    return i + 1


def _close(p: str, i: int) -> int:
    """The index of the ")" that closes the group opened at ``p[i]``."""
    depth = 0
    while True:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(p, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1


def _split(p: str) -> list[str]:
    """The top-level alternatives of ``p``."""
    out, start, i = [], 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _skip_class(p, i)
        elif c == "(":
            i = _close(p, i) + 1
        elif c == "|":
            out.append(p[start:i])
            i += 1
            start = i
        else:
            i += 1
    out.append(p[start:])
    return out


def _front(alt: str) -> list[tuple[str, str]] | None:
    """``alt`` as alternatives, each its first letter and the rest, None when it does not
    start with a letter (or a group of such alternatives)."""
    if not alt:
        return None
    first = alt[0]
    if first not in _SPECIAL and not first.isspace():
        if len(alt) > 1 and alt[1] in _QUANTIFIERS:
            return None  # "a?b": the match may start after the "a"
        return [(first, alt[1:])]
    if alt.startswith(("(?<!", "(?<=")):
        # a lookbehind before the first letter is the same lookbehind, with that letter,
        # after it: "(?<!глава\\s)мо" is "м(?<!глава\\sм)о"
        end = _close(alt, 0)
        after_it = _front(alt[end + 1 :])
        if after_it is None:
            return None
        return [(c, f"{alt[:4]}(?:{alt[4:end]}){re.escape(c)})" + r) for c, r in after_it]
    if not alt.startswith("(?:"):
        return None  # a capturing group, flags, a lookahead: left as they are
    end = _close(alt, 0)
    rest = alt[end + 1 :]
    optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")  # "(?:the\s+)?x", greedy
    if optional:
        rest = rest[1:]
    elif rest[:1] in _QUANTIFIERS:
        return None  # "(?:a)*b", "(?:a)??b"
    if re.compile(alt).groups:
        return None  # a capturing group inside cannot be written twice
    inner = [_front(a) for a in _split(alt[3:end])]
    after = _front(rest) if optional else []
    if after is None or any(x is None for x in inner):
        return None
    # spread: each alternative starts with its letter; "(?:a)?b" is "ab|b", in that order
    return [*((c, r + rest) for x in inner for c, r in x or ()), *after]


def fronted(body: str) -> re.Pattern[str]:
    """Compile ``body`` with each alternative's first letter in front (as :func:`word_start`
    does, without its lookbehind), so the engine skips to those letters: same matches, spans
    and groups. "(?:также\\s+)?попавш...|(?:сбит|подбит)ый" opens with a repeat and a
    group and is tried at every character as written. A body with an alternative that cannot
    start with a letter is compiled as it is."""
    by_letter: dict[str, list[str]] = {}
    for a in _split(body):
        fronted = _front(a)
        if fronted is None:
            return re.compile(body)
        for first, rest in fronted:
            by_letter.setdefault(first, []).append(rest)
    return re.compile(
        "|".join(
            first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
            for first, rests in by_letter.items()
        )
    )


class WithOpening:
    """``(?<![\\w-])(?:body)`` for a body whose last alternatives hold only at the text's
    start ("^\\W*(?:in\\s+recent\\s+weeks|...)"): the others compiled by :func:`word_start`
    (one "^" alternative makes the engine try every character), those tried at the start
    only. ``search`` gives the whole pattern's match: the earliest, and at the start the one
    of the alternative listed first. ``others`` wraps the word-start pattern of the others
    (``literals.keyed``, which this module cannot import: searched only in a text that holds
    one of its keys), answering its ``search`` as the pattern does."""

    def __init__(
        self, body: str, *, others: Callable[[re.Pattern[str]], re.Pattern[str]] | None = None
    ) -> None:
        alts = _split(body)
        k = next(i for i, a in enumerate(alts) if a.startswith("^"))
        if not all(a.startswith("^") for a in alts[k:]) or re.compile(body).groups:
            msg = f"only the last alternatives may open with '^', without groups: {body!r}"
            raise ValueError(msg)
        self.pattern = f"{_LOOKBEHIND}(?:{body})"
        self._others = word_start("|".join(alts[:k]))
        if others is not None:
            self._others = others(self._others)
        self._opening = re.compile(f"{_LOOKBEHIND}(?:{'|'.join(alts[k:])})")

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match of the whole pattern in ``text[pos:endpos]``."""
        m = self._others.search(text, pos, endpos)
        if pos == 0 and (m is None or m.start() > 0):
            return self._opening.match(text, 0, endpos) or m  # "^": the text's start only
        return m


class FromBlank:
    """:func:`word_start` of a body searched from the blank or the mark before a word: the
    engine skips to each character that is no letter, digit or hyphen (a class tested in C)
    and tries the body after it (``[^\\w-](?=body)``), then matches the word there; at the
    search's first place it matches at once. A body of many alternatives whose first letters
    are in most words (the reporters: "м", "с", "г", "в", "п", "t", "r", "m"...) stops at
    fewer places so: one a word instead of one a word that opens with any of them. ``search``
    gives ``word_start(body).search``'s match; its other methods are that pattern's own
    (``tests/parsing/test_word_start.py``)."""

    __slots__ = (
        "_blank", "findall", "finditer", "flags", "fullmatch", "groupindex", "groups", "match",
        "pattern", "rx", "split", "sub",
    )  # fmt: skip

    def __init__(self, body: str) -> None:
        self.rx = word_start(body)
        # (the body with each alternative's first letter in front: at a blank the engine
        # reads the next letter once and tries only the alternatives that open with it)
        self._blank = re.compile(f"[^\\w-](?={fronted(body).pattern})")
        self.match, self.fullmatch, self.findall, self.finditer, self.split, self.sub = (
            self.rx.match, self.rx.fullmatch, self.rx.findall, self.rx.finditer, self.rx.split,
            self.rx.sub,
        )  # fmt: skip
        self.pattern, self.flags, self.groups, self.groupindex = (
            self.rx.pattern, self.rx.flags, self.rx.groups, self.rx.groupindex,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        return self.rx == (other.rx if isinstance(other, FromBlank) else other)

    def __hash__(self) -> int:
        return hash(self.rx)

    def __repr__(self) -> str:
        return f"from_blank({self.rx!r})"

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``: at ``pos`` itself (its lookbehind reads
        the character before), else at the first word after a blank or a mark there."""
        m = self.rx.match(text, pos, endpos)
        if m is not None:
            return m
        blank = self._blank.search(text, pos, endpos)
        return None if blank is None else self.rx.match(text, blank.start() + 1, endpos)


def from_blank(body: str) -> re.Pattern[str]:
    """:class:`FromBlank` of ``body`` (typed as the pattern: it answers as the pattern does)."""
    return FromBlank(body)  # type: ignore[return-value]


_NAMED = re.compile(r"\(\?P<\w+>")


class Leftmost:
    """``re.compile(body)`` searched by first finding where its earliest match starts.

    A body with an alternative that opens with a named group or a class ("(?P<wd>monday|...)
    \\s+night", "\\d{1,2}:\\d{2}\\s+ночи") is tried at every character, and so are
    all its alternatives. Here the body's alternatives, their groups made plain, are searched
    in two or more patterns the engine can skip through: those that open with a letter
    written by :func:`fronted`, each other one alone. The earliest start any of them finds
    is where the whole pattern's first match starts (an alternative matching there makes
    the whole pattern match there), so ``search`` matches the whole pattern at that place
    only: the same match, spans and groups as ``re.compile(body).search``
    (``tests/parsing/test_word_start.py``)."""

    def __init__(self, body: str) -> None:
        if "(?P=" in body or re.search(r"\(\?[-aiLmsux]", body):
            msg = f"no backreference by name and no flags inside: {body!r}"
            raise ValueError(msg)
        self.whole = re.compile(body)
        self.pattern = body
        letters: list[str] = []
        others: list[str] = []
        for a in _split(_NAMED.sub("(?:", body)):
            (letters if _front(a) is not None else others).append(a)
        self.starts = [re.compile(a) for a in others]
        if letters:
            self.starts.insert(0, fronted("|".join(letters)))

    def search(self, text: str) -> re.Match[str] | None:
        """The first match of the whole pattern in ``text``."""
        first = -1
        for rx in self.starts:
            m = rx.search(text)
            if m is not None and (first < 0 or m.start() < first):
                first = m.start()
        return None if first < 0 else self.whole.match(text, first)


#: The characters other than a letter's two cases that IGNORECASE matches with a Latin or
#: Cyrillic letter: dotted and dotless i, long s, the Kelvin sign, the old Cyrillic forms
#: ("ᲀ" is в). ``tests/parsing/test_word_start.py`` checks them against every character.
_FOLDS = "\u0130\u0131\u017f\u212a\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88"
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя")


# (remembered: a gate is compiled from some 17,000 tokens of a few hundred letters; a
# ``re.findall`` and a ``re.escape`` for each were a tenth of a process's first two parses)
@functools.cache
def case_variants(letter: str) -> tuple[str, ...] | None:
    """Every character ``(?i)letter`` matches (in code point order), for a Latin or Cyrillic
    letter; None for another character."""
    if letter.lower() not in _LETTERS:
        return None
    pool = letter + letter.lower() + letter.upper() + _FOLDS
    return tuple(sorted(set(re.findall(f"(?i){re.escape(letter)}", pool))))


def word_start(
    body: str, *, not_after: tuple[str, ...] = (), ignorecase: bool = False
) -> re.Pattern[str]:
    """Compile ``(?<![\\w-])(?:body)`` (``body`` matched only where a word starts) so the
    engine skips to the places it can match; same matches, spans and groups.

    ``not_after`` are fixed-width patterns the match must not follow (``r"debris\\sfrom\\s"``
    for ``(?<!debris\\sfrom\\s)`` before the lookbehind). With ``ignorecase`` the pattern is
    the one compiled with IGNORECASE: each alternative then starts with each character its
    first letter matches in any case (the engine skips only to characters it is given as
    they are), the rest matched in any case.
    """
    flags = re.IGNORECASE if ignorecase else re.NOFLAG
    by_letter: dict[tuple[str, ...], list[str]] = {}
    for a in _split(body):
        fronted = _front(a)
        firsts = (
            None
            if fronted is None
            else [(case_variants(f) if ignorecase else (f,)) for f, _rest in fronted]
        )
        if fronted is None or firsts is None or None in firsts or (ignorecase and not_after):
            # one alternative the engine cannot skip to makes it try every character; then
            # the lookbehind first is the cheaper test (it fails inside words at once)
            behind = "".join(f"(?<!{b})" for b in not_after)
            return re.compile(f"{behind}{_LOOKBEHIND}(?:{body})", flags)
        for variants, (_f, rest) in zip(firsts, fronted, strict=True):
            by_letter.setdefault(variants, []).append(rest)  # type: ignore[arg-type]
    seen: set[str] = set()
    for variants in by_letter:
        if seen.intersection(variants):
            # two letters that match some character alike but not all: keep the order of
            # the alternatives as they are (no such pair among Latin and Cyrillic letters)
            return re.compile(f"{_LOOKBEHIND}(?:{body})", flags)
        seen.update(variants)
    # alternatives with one first letter tried together, in their order: at one place only
    # those of its letter can match, so the engine reads that letter once, not once for each
    alts = []
    for variants, rests in by_letter.items():
        rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        if ignorecase:
            rest = f"(?i:{rest})"
        for c in variants:
            behind = "".join(f"(?<!{b}{c})" for b in (r"[\w-]", *not_after))
            alts.append(f"{c}{behind}{rest}")
    return re.compile(f"(?:{'|'.join(alts)})")
