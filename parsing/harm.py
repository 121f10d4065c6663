"""Damage and casualties a report's sentences tell: who was killed or injured, what was hit."""

from __future__ import annotations

import re

from parsing import vocab
from parsing.literals import keyed, rare_keys
from parsing.model import Casualties
from parsing.numbers import find_numbers

_KILLED_WORDS = r"погиб\w*|убит\w*|killed|died|dead"
_INJURED_WORDS = r"ранен\w*|пострадал\w*|травм\w*|injur\w*|wounded|hurt"
_KILLED = re.compile(rf"(?:{_KILLED_WORDS})", re.IGNORECASE)
_INJURED = re.compile(rf"(?:{_INJURED_WORDS})", re.IGNORECASE)
#: The same words without IGNORECASE, a quick scan: in lower-cased text every match of the two
#: patterns above is one of these, unless it holds a letter IGNORECASE also takes for one of
#: its letters (dotless i, long s, old Cyrillic forms: ``_FOLDED``).
#: (keyed: a test in C for its words' strings first, and most sentences hold none)
_HARM_WORD = keyed(re.compile(f"{_KILLED_WORDS}|{_INJURED_WORDS}"))
_FOLDED = re.compile("[\u0131\u017f\u1c80-\u1c88]")
#: The characters of ``_FOLDED``, each tested in C (the class scan cost some forty
#: instructions a character of every sentence of a report).
_FOLDED_CHARS = "\u0131\u017f" + "".join(map(chr, range(0x1C80, 0x1C89)))
#: Strings one of which every casualty word and "no casualties" phrase holds, none as common as
#: "тра" or "was" (``literals.rare_keys``): a report none of whose sentences holds one (nor a
#: letter of ``_FOLDED_CHARS``) tells none, known by a test in C of its text instead of three
#: tests a sentence (a long text is one report of thousands of sentences).
_HARM_KEYS = rare_keys(vocab.NO_CASUALTIES_RE, _HARM_WORD)
#: ... and every damage word (``vocab.DAMAGE_RE``: "гор" of "Белгородской" is one of its keys).
_DAMAGE_KEYS = rare_keys(vocab.DAMAGE_RE)


#: What makes a number beside a casualty word a year or an age, never how many people: "женщина
#: 1968 г.р.", "1968 года рождения", "мужчина 45 лет", "a 45-year-old man", "aged 45", "born in
#: 1968" (a year of birth or an age tells who was hurt, not how many).
_YEAR_OR_AGE_AFTER = re.compile(
    r"\s*(?:г\.?\s*р\.|года?\s+рождения|г\.\s+рождения|лет(?![\w-])|года?(?![\w-])"
    r"|-?\s*years?[\s-]+old|-year)",
    re.IGNORECASE,
)
_YEAR_OR_AGE_BEFORE = re.compile(r"(?:born\s+in|aged|возрасте)\s+$", re.IGNORECASE)


def _of_people(low: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``low`` may count people (no year of birth, no
    age)."""
    return (
        _YEAR_OR_AGE_AFTER.match(low, end) is None
        and _YEAR_OR_AGE_BEFORE.search(low, max(0, start - 12), start) is None
    )


def _none_of(keys: tuple[str, ...], low: str) -> bool:
    """Whether ``low`` holds none of ``keys`` (tests in C)."""
    for k in keys:  # noqa: SIM110 (a loop: no generator, as in ``literals.Keyed.holds_a_key``)
        if k in low:
            return False
    return True


def casualties(texts: list[str]) -> Casualties:
    # (the texts' lower-cased words are the words of their lower-cased whole: a line break
    # between them, in no key, makes no key where none was)
    whole = "\n".join(texts).lower()
    if _none_of(_HARM_KEYS, whole) and (
        whole.isascii() or not any(c in whole for c in _FOLDED_CHARS)
    ):
        return Casualties(None, None)
    killed: int | None = None
    injured: int | None = None
    zero = False
    for t in texts:
        low = t.lower()
        if vocab.NO_CASUALTIES_RE.search(low):
            zero = True
            continue
        if _HARM_WORD.search(low) is None and (
            low.isascii() or not any(c in low for c in _FOLDED_CHARS)
        ):
            continue
        for rx, which in ((_KILLED, "k"), (_INJURED, "i")):
            for m in rx.finditer(low):
                if re.search(r"(?:\bне|\bno|никто)\s+$", low[max(0, m.start() - 8) : m.start()]):
                    continue
                # the number nearest the word, within its clause
                lo = max(0, m.start() - 25)
                left = re.split(r"[,;.]", low[lo : m.start()])[-1]
                # ("a man was killed and two others were injured": the figure after "and"
                # is the next clause's)
                right = re.split(r"[,;.]|\sand\s", low[m.end() : m.end() + 25])[0]
                at = m.start() - len(left)
                after = [
                    n
                    for n in find_numbers(right)
                    if _of_people(low, m.end() + n.start, m.end() + n.end)
                ]
                before = [
                    n for n in find_numbers(left) if _of_people(low, at + n.start, at + n.end)
                ]
                clause = left + low[m.start() : m.end()] + right
                n = (
                    after[0].value
                    if after
                    else before[-1].value
                    if before
                    else (
                        1
                        if re.search(
                            r"(?:человек|person|one|мужчина|женщина|житель|resident)", clause
                        )
                        else None
                    )
                )
                if n is None:
                    continue
                if which == "k" and killed is None:
                    killed = n
                elif which == "i" and injured is None:
                    injured = n
    if zero:
        return Casualties(
            killed if killed is not None else 0, injured if injured is not None else 0
        )
    return Casualties(killed, injured)


#: Words that only say where debris fell: damage text only when nothing was damaged.
_DEBRIS_ONLY = re.compile(r"(?<![\w-])(?:обломк\w*|debris)", re.IGNORECASE)


def damage(texts: list[str]) -> str | None:
    """The first clause that says what was damaged ("повреждены три автомобиля"), else the
    first that says where debris fell (a headline's "debris falls across ..." comes second)."""
    if _none_of(_DAMAGE_KEYS, "\n".join(texts).lower()):
        return None
    fallback = None
    for t in texts:
        m = vocab.DAMAGE_RE.search(t.lower())
        if m and not vocab.NO_CASUALTIES_RE.fullmatch(t.strip().lower()):
            clause = re.split(r"(?<=[.;])\s", t)
            for c in clause:
                if vocab.DAMAGE_RE.search(c.lower()):
                    c = c.strip(' "«»')
                    c = c if len(c) <= 160 else c[:157].rstrip() + "..."
                    if vocab.DAMAGE_RE.search(_DEBRIS_ONLY.sub(" ", c).lower()):
                        return c
                    fallback = fallback or c
    return fallback
