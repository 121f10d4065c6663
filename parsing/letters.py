"""Letter classes of a long text, counted in arrays instead of one match at a time.

Two passes over a whole text look at every letter: the language count (how many words
begin with a Cyrillic letter, how many with a Latin one) and the search for words that mix
the two alphabets (``parsing.text.unmix``). A regular expression finds each word or letter
as a match of its own, some 100-200 ns each: 0.7 s for 10 MB of "a.ж.a.ж." (four million
one-letter words). Here every character of the text is looked up in a table of classes
(one array operation), and the counts and places are read from the array.

The table is built once, from the very patterns the passes use, run over every code point,
so each class holds exactly the characters the pattern matches (``tests/parsing/
test_long_text_passes.py`` compares both ways on generated texts). Only a text of
``parsing.text.LONG_TEXT`` characters or more is read this way (the table takes 0.2 s to
build, once); a shorter one keeps the patterns.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import numpy.typing as npt

#: Any letter of any alphabet, as the passes write it ("a letter, not a digit or '_'").
WORD_LETTER = r"[^\W\d_]"
#: The letters a word counts as Cyrillic by (Russian and Ukrainian), and as Latin.
CYRILLIC = r"[А-Яа-яЁёІіЇїЄєҐґ]"
LATIN = r"[A-Za-z]"
#: The Russian letters a word that mixes alphabets is translated towards.
RUSSIAN = r"[А-Яа-яЁё]"

_WORD, _CYR, _LAT, _RUS = 1, 2, 4, 8


@functools.cache
def _table() -> npt.NDArray[np.uint8]:
    """The class bits of every code point (surrogates included, as a str may hold them)."""
    every = "".join(map(chr, range(0x110000)))
    table = np.zeros(0x110000, dtype=np.uint8)
    for bit, pattern in ((_WORD, WORD_LETTER), (_CYR, CYRILLIC), (_LAT, LATIN), (_RUS, RUSSIAN)):
        for m in re.finditer(f"{pattern}+", every):
            table[m.start() : m.end()] |= bit
    return table


def classes(text: str) -> npt.NDArray[np.uint8]:
    """The class bits of each character of ``text``."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return _table()[codes]


def word_starts(text: str) -> tuple[int, int]:
    """How many Cyrillic and how many Latin letters of ``text`` begin a word (no letter of any
    alphabet right before them): ``len(re.findall(rf"(?<!{WORD_LETTER}){CYRILLIC}", text))``
    and the same for ``LATIN``."""
    if not text:
        return 0, 0
    cls = classes(text)
    first = np.empty(len(cls), dtype=np.uint8)
    first[0] = 0xFF
    # a letter begins a word where the character before is no letter (bit _WORD clear)
    np.bitwise_and(cls[:-1], _WORD, out=first[1:])
    first[1:] ^= _WORD
    first[1:] *= 0xFF // _WORD  # 0 after a letter, all bits set after anything else
    starts = cls & first
    return int(np.count_nonzero(starts & _CYR)), int(np.count_nonzero(starts & _LAT))


def seams(text: str) -> npt.NDArray[np.intp]:
    """Where ``text`` switches alphabet inside a word: the index of each Latin letter followed
    by a Russian one and of each Russian letter followed by a Latin one (the starts of
    ``re.finditer(f"{LATIN}(?={RUSSIAN})|{RUSSIAN}(?={LATIN})", text)``), in order."""
    if len(text) < 2:
        return np.empty(0, dtype=np.intp)
    cls = classes(text)
    here, after = cls[:-1], cls[1:]
    switch = ((here & _LAT) != 0) & ((after & _RUS) != 0)
    switch |= ((here & _RUS) != 0) & ((after & _LAT) != 0)
    return np.flatnonzero(switch)
