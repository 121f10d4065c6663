"""Names of districts and regions: short Russian forms, English transliteration, slugs.

English news writes Russian district names in a BGN/PCGN-like romanization with ``y`` for
``й`` and ``ы`` and adjectival endings collapsed: "Спас-Деменский район" is "Spas-Demensky",
"Жуковский район" is "Zhukovsky", "Обнинск" is "Obninsk". The rules are small named steps:

1. :func:`short_name_ru` drops the unit words ("район", "муниципальный округ", "городской
   округ", "город", ...) that reports use or omit at will.
2. :func:`transliterate` romanizes what is left, word by word, ending rules first.
3. :func:`slug` makes the stable id part from the English name.
"""

from __future__ import annotations

import re
import unicodedata

from geo import vocab

#: Unit words removed from a published district name to get its short form, longest first.
#: Each occurs in the OSM files: "Бахчисарайский муниципальный район",
#: "Балаклавский муниципальный округ", "Городской Округ Реутов", "город-герой Волгоград",
#: "ЗАТО Саров", "поселок Левашово" (Saint Petersburg), "рабочий Новогуровский"
#: (a truncated "рабочий посёлок"), "Новомосковский административный округ" (Moscow).
UNIT_WORDS: tuple[str, ...] = (
    "муниципальный район",
    "муниципальный округ",
    "городской округ",
    "административный округ",
    "город-герой",
    "район",
    "округ",
    "город",
    "поселок",
    "посёлок",
    "рабочий",
    "зато",
)

_UNIT_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in UNIT_WORDS) + r")(?![\w-])",
    re.IGNORECASE,
)

#: Russian letter -> its romanization (BGN/PCGN without the diacritics); the gazetteer's
#: letter-by-letter :func:`geo.gazetteer.romanize` uses the same table.
LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip

_VOWELS = set("аеёиоуыэюя")
#: After these a "е" is iotated in BGN/PCGN: "Кольцово" no, "Дмитриевский" -> "Dmitriyevsky".
_YE_AFTER = _VOWELS | {"ь", "ъ"}

#: Word endings romanized as a whole, longest first: adjectival "-ский" -> "-sky"
#: ("Кировский" -> "Kirovsky"), "-ая" -> "-aya" ("Красная" -> "Krasnaya"), "-ое" -> "-oye"
#: ("Богородское" -> "Bogorodskoye").
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ский", "sky"),
    ("цкий", "tsky"),
    ("ской", "skoy"),
    ("ий", "y"),
    ("ый", "y"),
    ("ой", "oy"),
    ("ая", "aya"),
    ("яя", "yaya"),
    ("ое", "oye"),
    ("ее", "eye"),
    ("ие", "iye"),
)


def short_name_ru(name: str) -> str:
    """Return a district name without its unit words ("Спас-Деменский район" -> "Спас-Деменский").

    Parameters
    ----------
    name
        The name as published.

    Examples
    --------
    >>> short_name_ru("Городской Округ Реутов")
    'Реутов'
    >>> short_name_ru("муниципальный округ округ Морской")
    'Морской'
    """
    short = _UNIT_RE.sub(" ", name)
    short = re.sub(r"\s+", " ", short).strip(" -")
    return short or name.strip()


def on_forms_ru() -> tuple[str, ...]:
    """Return the forms regions' nicknames take after "на" ("Брянщине", "Кубани", "Дону").

    A "-щина"/"-чина" nickname ("Брянщина", "Белгородчина") always takes "на", its "-а" an
    "-е" after it; the others that do are listed with their form in
    :data:`geo.vocab.ON_FORMS_RU`.

    Examples
    --------
    >>> {"Брянщине", "Кубани", "Дону"} <= set(on_forms_ru())
    True
    """
    suffixed = [name[:-1] + "е" for name in vocab.COLLOQUIAL_RU if name.endswith(("щина", "чина"))]
    return tuple(dict.fromkeys([*suffixed, *vocab.ON_FORMS_RU.values()]))


def _romanize_word(word: str) -> str:
    lower = word.lower()
    tail = ""
    stem = lower
    for ending, latin in _ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stem, tail = lower[: -len(ending)], latin
            break
    out: list[str] = []
    prev = ""
    for ch in stem:
        if ch == "е" and (prev == "" or prev in _YE_AFTER):
            out.append("ye")
        else:
            out.append(LETTERS.get(ch, ch))
        prev = ch
    latin = "".join(out) + tail
    if word[:1].isupper():
        latin = latin[:1].upper() + latin[1:]
    if word.isupper() and len(word) > 1:
        latin = latin.upper()
    return latin


def transliterate(text: str) -> str:
    """Romanize Russian text the way English-language news writes place names.

    Examples
    --------
    >>> transliterate("Спас-Деменский")
    'Spas-Demensky'
    >>> transliterate("Орёл")
    'Oryol'
    """
    return re.sub(r"[А-Яа-яЁё]+", lambda m: _romanize_word(m.group(0)), text)


def name_en(name_ru: str) -> str:
    """Return the English name of a district as published in Russian ("Тарусский район" -> "Tarussky")."""
    return transliterate(short_name_ru(name_ru))


def slug(text: str) -> str:
    """Return a lower-case ASCII slug ("Spas-Demensky" -> "spas-demensky").

    Examples
    --------
    >>> slug("Novy Urengoy")
    'novy-urengoy'
    """
    ascii_text = unicodedata.normalize("NFKD", transliterate(text))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def district_kind(name_ru: str, *, city_file: bool, region_id: str) -> str:
    """Classify a published district name as raion, municipal_okrug, urban_okrug or city_district.

    Parameters
    ----------
    name_ru
        The name as published.
    city_file
        True for units from the ``Cities/`` files (inner divisions of federal cities).
    region_id
        ISO 3166-2 code of the region; Stavropol Krai publishes its municipal okrugs
        (since 2020) as bare adjectives ("Курский ").
    """
    lower = name_ru.lower()
    if city_file:
        return "city_district"
    if "муниципальный округ" in lower:
        return "municipal_okrug"
    if "городской округ" in lower or re.search(r"(?<!\w)округ(?!\w)", lower):
        return "urban_okrug"
    if re.search(r"(?<!\w)район(?!\w)", lower):
        return "raion"
    if region_id == "RU-STA" and re.search(r"(ский|цкий|ной)\s*$", lower):
        return "municipal_okrug"
    return "urban_okrug"
