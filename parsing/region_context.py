"""The region a sentence is about, read from its words for context, never as a claim.

``context_region`` is the last region a sentence names with its head noun anywhere
("губернатор Белгородской области", "в районах Кубани"); ``speaker_region`` the region a
governor, mayor or regional headquarters is named with ("глава Подмосковья", "the Kursk
Region governor"). Both decide between places of one name and give "над регионом" its
region; the place grammar itself is :mod:`parsing.places`.
"""

from __future__ import annotations

import functools
import itertools
import re

from parsing.lookup import TOWN_SCORE, Resolved, find_any_place
from parsing.morph import adjective_nominative, noun_lemmas
from parsing.places import ADJ, CAP, head_of
from parsing.speakers import city_head_town
from parsing.text import lower
from parsing.word_start import word_start

_SAFE_RU = re.compile(rf"{ADJ}\s+(?:област(?:ь|и|ью)|кра(?:й|я|ем|е)|республик[аиеуой]+)(?![а-я])")
#: (two capitalised words: "the Nizhny Novgorod region" is not Novgorod's)
_SAFE_EN = re.compile(rf"{CAP}(?:\s+{CAP})?\s+(?:[Rr]egion|[Oo]blast|[Kk]rai)\b")


def context_region(text: str, *, english: bool) -> str | None:
    """The last region a sentence names with its head noun anywhere ("губернатор Белгородской
    области", "the governor of the Belgorod Region"), or by its own name after a place noun
    ("в районах Кубани"): context for "над регионом", never a claim."""
    found = None
    # the last match that is a region's: read from the end (a ministry's list names a region a
    # row, and each look-up before the last region's was thrown away)
    for m in reversed(list((_SAFE_EN if english else _SAFE_RU).finditer(text))):
        words = m.group().split()
        if english:
            # the two words as one name, else the last alone ("The Belgorod region")
            place = find_any_place([m.group(), " ".join(words[-2:])], None)
        else:
            gender, head_nom, _prefix = head_of(words[-1])
            place = find_any_place([f"{adjective_nominative(words[0], gender)} {head_nom}"], None)
        if place is not None and place.kind == "region":
            found = place.area_id
            break
    if not english and found is None:
        # "в районах Кубани", "на территории Брянщины": a region's own name after a place noun
        for m in reversed(list(_OF_REGION_RU.finditer(text))):
            place = find_any_place(list(noun_lemmas(m["name"])), None)
            if (
                place is not None
                and place.kind == "region"
                and not place.area_id.startswith("SEA-")
            ):
                found = place.area_id
                break
    return found


#: (The place noun through ``word_start``: the engine skips to its first letters instead of
#: trying the lookbehind at every character; same matches.)
_OF_REGION_RU = re.compile(
    word_start(r"район\w*|город\w*|территори\w*|населенн\w+\s+пункт\w*|округ\w*|жител\w*").pattern
    + r"\s+(?P<name>[А-ЯЕ][а-яе]+(?:-[А-ЯЕ][а-яе]+)?)(?![\w-])"
)


#: A heading that is a region's name alone, maybe after a hashtag or a pin and before a stop
#: or a colon: "Подмосковье.", "Белгородская область:", "#Кубань" on the first line of a post.
_HEADING_REGION = re.compile(
    r"[#\W]*(?P<name>(?:Республика\s+)?[А-ЯЕ][а-яе]+(?:-[А-ЯЕ][а-яе]+)?(?:\s+(?:область|край))?)"
    r"[.:!]?\s*$"
)
#: the longest heading line read for a region ("Республика Северная Осетия-Алания:" is 36)
HEADING_MAX = 40


def heading_region(text: str) -> str | None:
    """The region a sentence that is its name alone heads ("Татарстан.", "Пензенская область:"
    before the post's lines): the region the sentences after it are about, for context."""
    m = _HEADING_REGION.match(text) if len(text) <= HEADING_MAX else None
    if m is None:
        return None
    words = m["name"].split()
    if words[0] == "Республика":
        cands = [m["name"], words[-1]]
    elif len(words) == 2:
        gender, head_nom, _prefix = head_of(words[1])
        cands = [f"{adjective_nominative(words[0], gender)} {head_nom}"]
    else:
        cands = [words[0], *noun_lemmas(words[0])]
    place = find_any_place(cands, None)
    if place is None or place.kind != "region" or place.area_id.startswith("SEA-"):
        return None
    return place.area_id


#: A heading that is a town's name alone: "Новошахтинск." on top of a district head's post.
_HEADING_TOWN = re.compile(r"[#\W]*(?P<name>[А-ЯЕ][а-яе]+(?:-[А-ЯЕ]?[а-яе]+)*)[.:!]?\s*$")


def heading_town(text: str) -> tuple[Resolved, int, int] | None:
    """The town a sentence that is its name alone heads ("Новошахтинск." before the post's
    lines), with the name's span in ``text``; None for any other line or a name the gazetteer
    knows in several regions or only weakly (a word that looks like a name). A town inside a
    district named otherwise ("Кстово.", the seat of Kstovsky district) is known as well as a
    town that is a district of its own (``TOWN_SCORE``)."""
    m = _HEADING_TOWN.match(text) if len(text) <= HEADING_MAX else None
    if m is None:
        return None
    place = find_any_place([m["name"]], None)
    if place is None or place.kind != "district" or place.score < TOWN_SCORE:
        return None
    return place, m.start("name"), m.end("name")


#: A town named with no place preposition: the sentence's subject, its first word
#: ("Новороссийск пережил ночную атаку"), or where news come from ("Новости из Шебекино").
_TOWN_NAME = r"(?P<name>[А-ЯЕ][а-яе]+(?:-[А-ЯЕ]?[а-яе]+)*)(?![\w-])"
_BARE_TOWN = re.compile(rf"(?:(?<![\w-])[Ии]з\s+|^[#\W]*){_TOWN_NAME}")
#: ``_BARE_TOWN`` after a sentence's start, where only "из" can open it: the letter first, so
#: the engine skips to it (the lookbehind first made it try at every character, 4.7 µs for a
#: sentence of 66 characters; most sentences a parse does not read are asked).
_FROM_TOWN = re.compile(rf"[Ии](?<![\w-].)з\s+{_TOWN_NAME}")


def bare_town(text: str) -> Resolved | None:
    """The one town a sentence names without a place preposition (its first word, or after
    "из"), as the gazetteer knows it in one region and well (``heading_town``'s test): the town
    a later "над городом" means ("Тревожная ночь в Шебекино" would be read by the grammar; "Из
    Шебекино сообщают о взрывах", "Новороссийск снова атакован" are not). None for anything
    else."""
    towns = set()
    # (``_BARE_TOWN.finditer``: its match at the start, then those of "из" after it)
    first = _BARE_TOWN.match(text)
    after = _FROM_TOWN.finditer(text, 1 if first is None else first.end())
    for m in after if first is None else itertools.chain((first,), after):
        if (place := _town_named(m["name"])) is not None:
            towns.add(place)
    return towns.pop() if len(towns) == 1 else None


@functools.lru_cache(maxsize=4096)
def _town_named(name: str) -> Resolved | None:
    """The town ``name`` is (:func:`bare_town`'s test), None for any other word. (Asked of the
    first word of each sentence until a town is named: "Власти", "Синоптики" and "По" come back
    many times in one text, and each answer took several lookups of its forms.)"""
    place = find_any_place([*noun_lemmas(name), name], None)
    if place is not None and place.kind == "district" and place.score >= TOWN_SCORE:
        return place
    return None


_SPEAKER_RU = re.compile(
    # (the title through ``word_start``, as _OF_REGION_RU's place noun, in any letter case)
    word_start(
        r"губернатор\w*|врио\s+губернатора|глав[аеуы]|мэр\w*|оперштаб\w*|оперативн\w+\s+штаб\w*"
        # (a region's government: "власти Ростовской области", "правительства Брянской области")
        r"|власт(?:и|ей|ям|ями|ях)|правительств(?:о|а|у|ом|е)",
        ignorecase=True,
    ).pattern
    + r"\s+"
    r"(?P<name>[Рр]еспублик\w*\s+[А-ЯЕ][а-яе]+|[А-ЯЕ][а-яе-]+(?:\s+(?:област\w*|кра[йяюе]\w*|республик\w*))?)"
)
#: A region's adjective before the governor's title: "воронежский губернатор", "курского
#: губернатора".
_TITLE_AFTER_RU = re.compile(
    r"(?<![\w-])(?P<adj>[А-ЯЕа-яе][а-яе]+ск(?:ий|ого|ому|им|ом))\s+(?:врио\s+)?губернатор"
)
#: A regional headquarters (оперштаб) in English: "regional emergency headquarters",
#: "operational headquarters" (its "ead" is what ``speaker_region``'s quick test looks for).
_HQ_EN = r"(?:[Rr]egional\s+)?(?:[Ee]mergency|[Oo]perational|[Cc]risis)\s+[Hh]eadquarters"
#: A region's government, which speaks for it as its head does: "the Kursk regional
#: administration", "Tatarstan's government", "the government of the Belgorod region" (the
#: English of "власти Курской области").
_GOVERNMENT_EN = r"(?:[Gg]overnment|[Aa]dministration|[Aa]uthorities)"
#: Words of where a region lies, before its name in a speaker's title: "southern", "far
#: eastern", "border", "neighbouring", "western Siberian" (lower case; at most two).
_WHERE_EN = r"(?:(?:[a-z]+ern|border|neighbou?ring|central|far|Siberian)\s+){0,2}"
#: Who put a head in office, or holds the land, in an occupied region: "Russian-installed",
#: "Moscow-appointed"; "Russian-held", "Russian-controlled", "Russian-occupied".
_INSTALLED_EN = r"(?:Russian|Russia|Moscow|Kremlin)-(?:installed|appointed|backed)"
_HELD_EN = r"(?:Russian|Russia|Moscow)-(?:held|controlled|occupied)"
_SPEAKER_EN = re.compile(
    # a mayor speaks for a city that is a region of its own ("Moscow Mayor Sergei Sobyanin",
    # "the mayor of Sevastopol"); another city's mayor names no region (its name is no region)
    # ... and with a possessive: "Kursk's acting governor", "the Oryol region's governor"
    # ... and "his Voronezh counterpart" after another region's governor
    # ... and a republic's head: "Dagestan's head", "the head of Chuvashia" (only a region's
    # name makes a speaker of it: "the head of Rosaviatsia" names none)
    # ... and a name of two words: "Nizhny Novgorod governor Gleb Nikitin"
    # ... and its headquarters: "Krasnodar's regional emergency headquarters", "the Belgorod
    # region's operational headquarters", "the emergency headquarters of the Krasnodar Territory"
    # ... and its government: "the Kursk regional administration", "Tatarstan's government"
    # ... and one installed by Moscow in an occupied region: "Kherson region's Russian-installed
    # governor", "the administration of the Russian-held part of Zaporizhzhia region"
    rf"(?:(?P<pre>(?!The\s)(?!{_INSTALLED_EN}){CAP}(?:\s+{CAP})?)(?P<unit>\s+[Rr]egion(?:al)?|\s+[Oo]blast)?(?:'s)?\s+(?:(?:[Aa]cting|{_INSTALLED_EN})\s+)?(?:[Gg]overnor|[Mm]ayor|counterpart|[Hh]ead|[Ll]eader|{_HQ_EN}|{_GOVERNMENT_EN})"
    # ... and the region after its country's possessive or a word of where it lies: "the
    # governor of Russia's Belgorod region", "the head of the southern Rostov region", "the
    # head of Russia's Tatarstan republic"
    rf"|(?:[Gg]overnor|[Mm]ayor|[Hh]ead|{_HQ_EN}|{_GOVERNMENT_EN})\s+of\s+(?:the\s+)?"
    rf"(?:Russia['’]s\s+)?(?:{_HELD_EN}\s+(?:part\s+of\s+(?:the\s+)?)?)?{_WHERE_EN}"
    rf"(?P<post>{CAP}(?:\s+(?:[Rr]egion|[Oo]blast|[Kk]rai|[Tt]erritory|[Rr]epublic))?))"
)


#: Moscow's mayor named by what his city is: "мэр столицы", "the capital's mayor", "the mayor of
#: the Russian capital".
_CAPITAL_MAYOR = re.compile(
    r"(?i:мэр\w*\s+(?:российской\s+)?столицы|capital['’]s\s+mayor"
    r"|mayor\s+of\s+the\s+(?:russian\s+)?capital)(?![\w-])"
)


def speaker_region(text: str, *, english: bool) -> str | None:
    """The region a governor or regional headquarters is named with ("губернатор Тульской
    области", "глава Подмосковья", "the Kursk Region governor"), None when no region is named."""
    if ("столиц" in text or "apital" in text) and _CAPITAL_MAYOR.search(text):
        return "RU-MOW"
    if english:
        if (
            "overnor" not in text
            and "ayor" not in text
            and "counterpart" not in text
            and "ead" not in text
            and "overnment" not in text
            and "dministration" not in text
            and "uthorities" not in text
        ):
            # every match holds one ("[Gg]overnor", "[Mm]ayor", "counterpart", "[Hh]ead", a
            # government's noun): no scan
            return None
        for m in _SPEAKER_EN.finditer(text):
            # (two words that are no name, "On Monday Bryansk governor", leave the last one)
            # ("Russia's Mordovia republic": the name without its head noun too)
            names = (
                [m["pre"], m["pre"].split()[-1]] if m["pre"] else [m["post"], m["post"].split()[0]]
            )
            # "Moscow region Governor": a governor's region is an oblast, never the city
            cands = [
                c
                for name in dict.fromkeys(names)
                for c in (
                    [f"{name} Oblast", f"{name} Region"] if m["unit"] else [name, f"{name} Region"]
                )
            ]
            if m.group().lower().count("mayor"):
                cands = [
                    f"{name} city" for name in dict.fromkeys(names)
                ]  # the city, which is a region only for Moscow and the like
            place = find_any_place(cands, None)
            if place is not None and place.kind == "region":
                return place.area_id
        return None
    if "убернатор" in text and (before := _TITLE_AFTER_RU.search(text)) is not None:
        # "воронежский губернатор Александр Гусев": the region's adjective before the title
        adj = before["adj"]
        cands = [
            f"{adjective_nominative(adj, 'femn')} область",
            f"{adjective_nominative(adj, 'masc')} край",
        ]
        place = find_any_place(cands, None)
        if place is not None and place.kind == "region":
            return place.area_id
    for m in _SPEAKER_RU.finditer(text):
        words = m["name"].split()
        if words[0].lower().startswith("республик"):
            # "глава Республики Башкортостан", "Глава Республики Крым"
            cands = [f"Республика {words[1]}", words[1]]
        elif len(words) == 2:
            gender, head_nom, _prefix = head_of(words[1])
            cands = [f"{adjective_nominative(words[0], gender)} {head_nom}"]
        else:
            cands = list(noun_lemmas(words[0]))
        place = find_any_place(cands, None)
        if place is not None and place.kind == "region":
            return place.area_id
    return None


#: A town's head by his title: "мэр", "глава", "глава администрации", "городской голова" (Kaluga's
#: and Kursk's title), "сити-менеджер"; a town's administration speaks for it as its head does
#: ("Администрация Алексина: над городом уничтожен ..."). The town after "города" or "г." ("глава
#: г. Рязани", "главы администрации г.Батайска", "глава города-курорта Сочи") or bare.
_TOWN_TITLE_RU = (
    r"мэр\w*|городск(?:ой|ого|ому|им|ом)\s+голов[аеуы]|сити-менеджер\w*"
    r"|глав[аеуы](?:\s+администрации)?|администраци[яи]"
)
_TOWN_HEAD_RU = re.compile(
    rf"(?<![\w-])(?i:{_TOWN_TITLE_RU})(?:\s+(?i:города(?:-курорта|-героя)?\s+|г\.\s*)|\s+)"
    # ("Администрация Каменска-Уральского": a town of a noun and an adjective, both declined)
    r"(?P<name>[А-ЯЕ][а-яе]+(?:-[а-яе]+-[А-ЯЕ][а-яе]+|-[А-ЯЕ][а-яе]+)?)(?![\w-])(?!\s+(?:област|кра|республик|район|округ))"
)
#: ("The mayor of Kursk": the town after "of" is his, the word before "mayor" is none: both are
#: read in one match, so "The" cannot hide the town after it; "Novorossiysk's mayor": the
#: town's possessive before it; "Tula city head", "the Bryansk city administration", "the head
#: of Novorossiysk", "the head of the Kursk city administration": never the head of a region or
#: a district, "the head of the Kursk region")
_TOWN_HEAD_EN = re.compile(
    rf"(?:(?P<pre>{CAP})(?:'s)?\s+)?(?:[Mm]ayor|[Cc]ity\s+(?:[Hh]ead|[Aa]dministration|[Hh]all)"
    # ("Taganrog's administration head": the town's possessive before its administration)
    r"|(?<='s\s)[Aa]dministration\s+(?:[Hh]ead|[Cc]hief))"
    rf"(?:\s+of\s+(?:the\s+city\s+of\s+)?(?P<post>{CAP}))?"
    rf"|[Hh]ead\s+of\s+(?:the\s+)?(?:city\s+of\s+)?(?P<head_of>{CAP})(?:\s+city(?:\s+administration)?)?"
    r"(?![\w-])(?!\s+(?:[Rr]egion|[Oo]blast|[Kk]rai|[Tt]erritory|[Rr]epublic|[Dd]istrict|[Oo]krug))"
)


def speaker_town(text: str, *, english: bool) -> Resolved | None:
    """The town a mayor or a town's head is named with ("мэр Воронежа", "глава Курска", "глава
    города Сочи", "городской голова Калуги", "Voronezh Mayor", "Tula city head") or by his name
    ("Ильсур Метшин"): a bare "над городом", "over the city" in his words is his town. None for
    a region's head ("глава Башкирии") or a city that is a region (Moscow)."""
    if english:
        for m in _TOWN_HEAD_EN.finditer(text):
            name = m["post"] or m["pre"] or m["head_of"]
            if name is None:
                continue
            place = find_any_place([f"{name} city"], None)
            if place is not None and place.kind == "district":
                return place
    else:
        for m in _TOWN_HEAD_RU.finditer(text):
            name = m["name"]
            cands = [*noun_lemmas(name), name]  # "главы Курска"; "глава города Сочи"
            place = find_any_place(cands, None)
            if place is not None and place.kind == "district" and _a_town_word(place):
                return place
    # a head of city by his name alone ("Ильсур Метшин", "Demidov said")
    if (town := city_head_town(lower(text))) is not None:
        place = find_any_place([town], None)
        if place is not None and place.kind == "district":
            return place
    return None


#: A place's name in a tag: a capitalised Cyrillic word, maybe hyphened ("Ростов-на-Дону").
_TAG_NAME = r"[А-ЯЕ][а-яе]+(?:-[А-Яа-яе][а-яе]+)*"
#: A post's hashtag of a place, "#Новороссийск" or "#Таганрог" closing a mayor's post (a
#: capitalised Cyrillic word after "#", not inside a word or another tag).
_PLACE_TAG_RU = re.compile(rf"(?<![\w#])#({_TAG_NAME})(?![\w-])")


def hashtag_town(text: str) -> Resolved | None:
    """The one town a Russian post's hashtags name ("#Новороссийск", "#Брянск #Брянщина"):
    the town its bare "над городом" means when no town is named before it ("Новороссийцы, ...
    над городом сбиты 3 беспилотника ... #Новороссийск"). None for no town or several; a
    region's tag ("#Брянщина", "#Москва") names no town."""
    towns: dict[str | None, Resolved] = {}
    for m in _PLACE_TAG_RU.finditer(text):
        place = find_any_place([m[1]], None)
        if place is not None and place.kind == "district" and _a_town_word(place):
            towns[place.district_id] = place
    return next(iter(towns.values())) if len(towns) == 1 else None


#: A tag of a place, maybe with its unit after "_" (which the text's normalising makes a space):
#: "#Воронеж", "#Курская_область".
_AREA_TAG_RU = re.compile(
    rf"(?<![\w#])#({_TAG_NAME}(?:[ _](?:область|край|округ|район))?)(?![\w-])"
)


def hashtag_region(text: str) -> str | None:
    """The one region a Russian post's hashtags name, by a region's tag or a town's ("#Воронеж",
    "#Курская_область", "#Брянск #Брянщина"): the region its bare "над территорией области"
    means when the text names none (a governor's channel signs its posts with them). None for no
    place tagged or places of several regions."""
    regions = set()
    for m in _AREA_TAG_RU.finditer(text):
        place = find_any_place([m[1].replace("_", " ")], None)
        if place is not None:
            regions.add(place.area_id)
    return regions.pop() if len(regions) == 1 else None


def mayor_city(text: str, *, english: bool) -> Resolved | None:
    """The city a mayor or a town's head named in ``text`` speaks for: his town
    (:func:`speaker_town`), or Moscow (a region, not a town) for Moscow's mayor ("Moscow
    Mayor", "мэр Москвы", "the capital's mayor")."""
    town = speaker_town(text, english=english)
    if town is not None:
        return town
    if english and "ayor" not in text:
        return None
    if speaker_region(text, english=english) == "RU-MOW":
        return find_any_place(["Moscow city" if english else "Москва"], None)
    return None


#: "Глава Рыльского района", "глава администрации Суражского муниципального округа", "главы
#: Белгородского городского округа": a district's head speaks for his district; so does its
#: administration ("Администрация Энского муниципального округа", "Администрация МО Энский
#: район": the municipality's name after "МО" in the nominative).
_DISTRICT_HEAD_RU = re.compile(
    r"(?<![\w-])(?i:глав[аеуы]|администраци[яи])\s+(?:(?i:администрации)\s+)?"
    r"(?:(?P<adj>[А-ЯЕ][а-яе]+(?:ого|его))\s+(?P<kind>(?:муниципального|городского)\s+)?"
    r"(?P<head>района|округа)"
    r"|(?:МО|(?i:муниципального\s+образования))\s+(?P<adj_nom>[А-ЯЕ][а-яе]+(?:ий|ый))\s+"
    r"(?P<kind_nom>(?:муниципальный|городской)\s+)?(?P<head_nom>район|округ))(?![\w-])"
)


def speaker_district(text: str, region: str | None) -> Resolved | None:
    """The district a district's head or administration is named with ("глава Рыльского района",
    "глава Суражского муниципального округа", "Администрация МО Энский район"): a bare "над
    районом" in his words is his district.
    ``region`` (the one in context) decides between districts of one name; None when the
    gazetteer finds no one district."""
    for m in _DISTRICT_HEAD_RU.finditer(text):
        if m["adj_nom"]:
            head, kind, adj = m["head_nom"], (m["kind_nom"] or "").lower(), m["adj_nom"]
        else:
            head = "район" if m["head"] == "района" else "округ"
            kind = {"муниципального ": "муниципальный ", "городского ": "городской "}.get(
                (m["kind"] or "").lower(), ""
            )
            adj = adjective_nominative(m["adj"], "masc")
        place = find_any_place([f"{adj} {kind}{head}", f"{adj} {head}", f"{adj} район"], region)
        if place is not None and place.kind == "district":
            return place
    return None


def _a_town_word(place: Resolved) -> bool:
    """A town's own name, not a district's ("Елецкий район" is no town a mayor heads); a town the
    gazetteer knows by its own name inside its district is one ("глава Ефремова": Ефремов, in
    Ефремовский район, where his "на подлёте к городу" is)."""
    return (
        place.score == TOWN_SCORE
        or re.search(r"район|округ", place.district_ru or "", re.IGNORECASE) is None
    )


#: What :func:`context_region`, :func:`speaker_region` and :func:`speaker_town` search a
#: sentence for, in either language (``parsing.gate``).
PATTERNS = (
    _SAFE_RU,
    _SAFE_EN,
    _OF_REGION_RU,
    _SPEAKER_RU,
    _TITLE_AFTER_RU,
    _SPEAKER_EN,
    _TOWN_HEAD_RU,
    _TOWN_HEAD_EN,
    _DISTRICT_HEAD_RU,
)
