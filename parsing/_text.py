"""Offset-preserving normalisation and sentence splitting.

Every substitution here replaces one character with one character, so an offset into the
normalised text is the same offset into the original: evidence spans need no map back.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

#: Latin letters that real texts put inside Cyrillic words ("Tекст", "cбиты", "C 20.00 мск").
_LATIN_TO_CYR = str.maketrans("aAcCeEoOpPxXyTHBMK", "аАсСеЕоОрРхХуТНВМК")
_CYR = re.compile(r"[А-Яа-яЁё]")
#: Spaces and invisible characters (nbsp, thin spaces, zero-width, emoji variation selectors),
#: and Markdown emphasis around words ("над **Брянской** областью", "__Курской__").
_SPACES = str.maketrans(
    {c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f\t\r*_`~"}
)
#: Words that mix the two alphabets ("облаcтью" with a Latin c); other words are left alone.
_MIXED_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]*(?:[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z])[A-Za-zА-Яа-яЁё]*")
_LONE_C = re.compile(r"(?<![\w.])[Cc](?= \d)")
#: HTML markup pasted with a report ("<img src=x onerror=alert(1)> Над ..."): its words are
#: not the text's, and "alert(1)" would read as a warning with a count of one. A tag starts
#: with a Latin name, so "<3" and "< 5" stay. No part runs past the next "<" or ">", so an
#: unclosed "<!--" or "<a" costs a short scan, not one to the end of the text.
_MARKUP = re.compile(r"<!--[^<>]*-->|</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


def normalise(text: str) -> str:
    """Return ``text`` with markup blanked and homoglyphs, ё, odd spaces and quotes unified, same length."""
    out = _MARKUP.sub(lambda m: " " * len(m.group()), text)
    out = out.translate(_SPACES).replace("ё", "е").replace("Ё", "Е").replace("’", "'").replace("‘", "'")

    out = _MIXED_WORD.sub(lambda m: m.group().translate(_LATIN_TO_CYR), out)
    if len(_CYR.findall(out)) > len(re.findall(r"[A-Za-z]", out)):
        # "C 20.00 мск": a lone Latin C before a clock time in a Russian text.
        out = _LONE_C.sub(lambda m: m.group().translate(_LATIN_TO_CYR), out)
    assert len(out) == len(text)
    return out


def lower(text: str) -> str:
    """Lower-case ``text`` keeping its length (a few letters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the text and its index."""

    index: int
    start: int
    end: int


_BOUNDARY = re.compile(r"\n+|(?<=[.!?…])[\"»”]?\s+|(?<=[.!?][\"”»])(?=[A-ZА-Я])")
_ABBREV = re.compile(
    r"(?:\b(?:г|т\.г|т|п|с|д|им|ул|св|ок|пос|обл|р-н|gen|St|Mr|Dr|No|a\.m|p\.m|U\.S"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$"  # "overnight on Sept. 2"
)
_CLOCK_LEAD = re.compile(r"(?:^|\n)\s*\d{1,2}[:.]\d{2}\.$")


def sentences(text: str) -> list[Sentence]:
    """Split normalised text into sentences on line breaks and sentence-final punctuation."""
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group():
            head = text[max(0, m.start() - 12) : m.start()]
            nxt = text[m.end() : m.end() + 1]
            if _ABBREV.search(head) or _CLOCK_LEAD.search(text[max(0, m.start() - 8) : m.start()]):
                continue
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"«“—–-▫▪•"):
                continue
        cuts.append(m.end())
    cuts.append(len(text))
    out: list[Sentence] = []
    for a, b in itertools.pairwise(cuts):
        while a < b and text[a].isspace():
            a += 1
        e = b
        while e > a and text[e - 1].isspace():
            e -= 1
        if e > a:
            out.append(Sentence(len(out), a, e))
    return out
