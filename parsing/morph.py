"""Russian morphology for place phrases: adjectives to their nominative, nouns to lemmas.

Uses the process's one pymorphy3 analyser (:func:`geo.morph.analyser`, shared with the
gazetteer). Every function is memoised: reports repeat the same few hundred words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.morph import analyser

_ADJ_TAIL = re.compile(
    r"(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ий|ый|ое|ее|ими|ыми|их|ых)$"
)


@lru_cache(maxsize=4096)
def is_adjective(word: str) -> bool:
    """True when the word's likeliest reading is an adjective ("Брянской" yes, "Крымом" no)."""
    parses = analyser().parse(word.split("-")[-1].lower())
    return bool(parses) and "ADJF" in parses[0].tag


@lru_cache(maxsize=4096)
def is_nominative(word: str) -> bool:
    """True when one reading of the word is an adjective in the nominative ("Ракитное" yes,
    "Красном" no): a name written in its own form, not inflected with the noun before it."""
    return any(
        "ADJF" in p.tag and p.tag.case == "nomn"
        for p in analyser().parse(word.split("-")[-1].lower())
    )


@lru_cache(maxsize=4096)
def is_possessive(word: str) -> bool:
    """True when one reading of the word is a possessive adjective ("Сергиевым", as in
    "над Сергиевым Посадом"; its likeliest reading is a surname)."""
    return any("Poss" in p.tag and "ADJF" in p.tag for p in analyser().parse(word.lower()))


@lru_cache(maxsize=4096)
def is_place_noun(word: str, case: str) -> bool:
    """True when one reading of the word is a place name (Geox noun) in ``case`` ("Орском", "ablt")."""
    return any(
        "Geox" in p.tag and "NOUN" in p.tag and case in p.tag
        for p in analyser().parse(word.lower())
    )


def title(word: str) -> str:
    """Capitalise each part of a hyphenated name, leaving "на" and "де" ("Ростов-на-Дону")."""
    return "-".join(p[:1].upper() + p[1:] if p not in ("на", "де") else p for p in word.split("-"))


@lru_cache(maxsize=4096)
def adjective_nominative(word: str, gender: str) -> str:
    """Return an adjective in the nominative singular ("Спас-Деменском", masc -> "Спас-Деменский")."""
    parts = word.split("-")
    last = parts[-1].lower()
    out = None
    for p in analyser().parse(last):
        if "ADJF" in p.tag:
            inf = p.inflect({"nomn", "sing", gender})
            if inf:
                out = inf.word
                break
    if out is None:
        stem = _ADJ_TAIL.sub("", last)
        soft = stem[-1:] in "кгхжшчщ"
        out = stem + {"femn": "ая", "neut": "ое", "masc": "ий" if soft else "ый"}[gender]
    parts[-1] = out
    return title("-".join(parts))


@lru_cache(maxsize=4096)
def noun_lemmas(word: str) -> tuple[str, ...]:
    """Return nominative candidates of a proper noun ("Обнинска" -> "Обнинск", "Брянщиной" -> "Брянщина")."""
    morph = analyser()
    parts = word.split("-")
    if len(parts) > 1 and parts[1] in ("на", "де"):  # "Ростове-на-Дону"
        lem = [p.normal_form for p in morph.parse(parts[0]) if "NOUN" in p.tag][:1]
        return (*tuple(title(f"{lemma}-{'-'.join(parts[1:])}") for lemma in lem), word)
    out: list[str] = []
    parses = morph.parse(word)
    parses.sort(key=lambda p: ("Geox" not in p.tag, -p.score))
    for p in parses[:3]:
        if "NOUN" in p.tag or "Geox" in p.tag:
            cand = title(p.normal_form)
            if cand not in out:
                out.append(cand)
    if (pair := _noun_adjective_pair(parts)) is not None and pair not in out:
        out.append(pair)
    if (soft := _soft_feminine(word)) is not None and soft not in out:
        out.append(soft)
    if word not in out:
        out.append(word)
    return tuple(out)


def _soft_feminine(word: str) -> str | None:
    """The nominative of a feminine noun in "-ь" from its instrumental "-ью", the one case whose
    ending tells it ("над Лаганью" -> "Лагань", a town pymorphy3 does not know; "Тюменью",
    "Усманью" it knows); None for any other word."""
    if len(word) < 5 or not word.endswith("ью") or word[-3] in "аеиоуыэюяь":
        return None
    return word[:-2] + "ь"


@lru_cache(maxsize=4096)
def is_noun_adjective_pair(word: str) -> bool:
    """True for a town named by a noun and an adjective joined by a hyphen ("Каменском-Шахтинским")."""
    return _noun_adjective_pair(word.split("-")) is not None


def _noun_adjective_pair(parts: list[str]) -> str | None:
    """A town named by a noun and an adjective joined by a hyphen, each declined ("Каменском-
    Шахтинским" -> "Каменск-Шахтинский"): the noun's lemma and the adjective's masculine."""
    if len(parts) != 2 or not is_adjective(parts[1]):
        return None
    nouns = [p.normal_form for p in analyser().parse(parts[0]) if "NOUN" in p.tag][:1]
    return title(f"{nouns[0]}-{adjective_nominative(parts[1], 'masc')}") if nouns else None
