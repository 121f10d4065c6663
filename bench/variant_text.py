"""What the variant transformations share: the variant's shape, a text's language, label parts.

Used by ``bench/variants.py`` and the transformation modules it lists (``variant_frames.py``,
``variant_wording.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.morph import analyser

Variant = tuple[str, dict, str]  # text, label, what changed

#: the drone nouns a count phrase ends on, in either language
DRONE = r"(?:беспилот|бпла|дрон|аппарат|uav|drone|uas)"


def russian(text: str) -> bool:
    """Whether the text is mostly Cyrillic."""
    return len(re.findall(r"[а-яё]", text, re.I)) > len(re.findall(r"[a-z]", text, re.I))


def ru_reports(lab: dict) -> list[dict]:
    """The label's main report and its extra reports over Russia."""
    return [lab, *[e for e in lab.get("extra_reports", []) if e.get("country", "RU") == "RU"]]


def main_areas(lab: dict) -> set[str]:
    """The areas of the main report's rows."""
    return {r["area_id"] for r in lab.get("rows", []) if r.get("area_id")}


@lru_cache(maxsize=512)
def inflect(phrase: str, case: str) -> str | None:
    """A region's Russian name in another case ("Брянская область", "ablt" -> "Брянской
    областью"); None where a word does not inflect. After "Республика" the name stays as it
    is ("Республикой Крым")."""
    words = phrase.split()
    out = []
    for i, word in enumerate(words):
        if i and words[0].lower() == "республика":
            out.append(word)
            continue
        last = word.split("-")[-1]
        parse = analyser().parse(last.lower())[0]
        form = parse.inflect({case})
        if form is None:
            return None
        new = form.word
        if last[0].isupper():
            new = new[0].upper() + new[1:]
        out.append(word[: len(word) - len(last)] + new)
    return " ".join(out)


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun form a cardinal takes (1 "беспилотник", 3 "беспилотника", 5 "...ов")."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many
