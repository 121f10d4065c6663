"""Ukrainian-language retellings of Russian claims, read with the Russian grammar.

A Ukrainian outlet retelling a Russian governor ("Губернатор ... заявив, що сили ППО знищили
один дрон над Почепським районом") uses the same prepositions, numbers and place structure as
Russian, with other endings and letters. :func:`russify` rewrites the words the place, count
and drone grammar reads into their Russian forms, keeping every offset (same length: a
shorter Russian ending is padded with a space), so evidence spans still index the original.
"""

from __future__ import annotations

import re

#: Adjectives in -ськ-/-цьк- (every region and district adjective) with their case endings,
#: and the Russian ending of the same case: "Брянській" -> "Брянской", "Почепським" -> "Почепским".
_ADJ = re.compile(r"([сцз])ьк(ими|ою|ій|ої|им|их|ий|ого|ому|у|а|е|і)(?![\wʼ'-])")
_ADJ_RU = {
    "ими": "ими", "ою": "ой", "ій": "ой", "ої": "ой", "им": "им", "их": "их", "ий": "ий",
    "ого": "ого", "ому": "ому", "у": "ую", "а": "ая", "е": "ое", "і": "ие",
}  # fmt: skip
#: Places where Russia reports drones downed: a Ukrainian sentence with a figure over one of them
#: retells Russia's claim (Ukraine's air force reports drones over Ukraine's own regions).
RUSSIAN_CLAIM_AREAS = ("RU-", "UA-43", "UA-40")
#: Place, drone and list words whose Ukrainian form the letters alone do not turn Russian
#: (region names spelt otherwise: Білгород, Воронезька, Калузька, Крим, Чорне море).
_WORDS = re.compile(
    r"(?<![\w-])(?:районі|області|краї|окрузі|дрони|дронів|безпілот|та(?![\w-])|білгород|крим|чорним|чорн)",
    re.IGNORECASE,
)
_WORDS_RU = {
    "районі": "районе", "області": "области", "краї": "крае", "окрузі": "округе",
    "дрони": "дроны", "дронів": "дронов", "безпілот": "беспилот", "та": "и ",
    "білгород": "белгород", "крим": "крым", "чорним": "черным", "чорн": "черн",
}  # fmt: skip
_LETTERS = str.maketrans("іїєґІЇЄҐ", "ииегИИЕГ")


def _word(m: re.Match[str]) -> str:
    w = m.group()
    ru = _WORDS_RU[w.lower()]
    return ru[0].upper() + ru[1:] if w[0].isupper() else ru


def _adjective(m: re.Match[str]) -> str:
    ending = _ADJ_RU[m[2]]
    if m[1] == "з":
        # "Воронезькій" -> "Воронежской", "Калузької" -> "Калужской": the same length only
        # where the Russian ending is as long as the Ukrainian one
        return "жск" + (ending if len(ending) == len(m[2]) else m[2])
    return f"{m[1]}к{ending}".ljust(len(m.group()))


def russify(text: str) -> str:
    """``text`` with Ukrainian adjective endings, place and drone nouns and letters in their
    Russian forms, the same length as ``text``."""
    out = _ADJ.sub(_adjective, text)
    out = _WORDS.sub(_word, out).translate(_LETTERS)
    assert len(out) == len(text)
    return out
