"""The place grammar: where a sentence names a place, and which nominative names to look up.

A place is read only after a preposition or place noun ("над", "в", "на территории",
"акваторией", "over", "in"), never anywhere in the text: "Владимир Путин" is not Vladimir
Oblast. This module turns an inflected phrase into the nominative names the gazetteer
indexes (with :mod:`parsing.morph`) and asks :mod:`parsing.lookup`, the door to the
gazetteer, which area each is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from geo.area_ids import is_sea
from geo.names import on_forms_ru, transliterate
from parsing.lookup import (
    CITY_DISTRICT_NAMES,
    NAME_SCORE,
    Resolved,
    ambiguity,
    find_any_place,
    find_place,
    known_nowhere,
    region_names,
)
from parsing.morph import (
    adjective_nominative,
    is_adjective,
    is_nominative,
    is_noun_adjective_pair,
    is_place_noun,
    is_possessive,
    noun_lemmas,
)
from parsing.numbers import figure_value
from parsing.rows import Body
from parsing.vocab import (
    ATTEMPT_TO_ATTACK_EN,
    ATTEMPT_TO_ATTACK_RU,
    CAPITALS,
    CITY_TARGET_RE,
    EN_STOP,
    FOREIGN,
    MACROREGIONS_EN,
    MACROREGIONS_RU,
    MOSCOW_EN,
    NUMBER_EN,
    PLACE_PARTS_EN,
    PLACE_PARTS_RU,
    REGION_ABBREVIATIONS_EN,
    REGION_ABBREVIATIONS_RU,
    SETTLEMENT_KINDS_RU,
    TARGET_RE,
    UNDER_ATTACK_RU,
    VERB_STEM_RU,
)
from parsing.word_start import case_variants


@dataclass(frozen=True, slots=True)
class Mention:
    """One place phrase: its span and what it resolved to (None when the gazetteer misses)."""

    start: int
    end: int
    text: str
    place: Resolved | None
    #: a place outside Russia ("над Киевом", "over Kyiv"): its figures are not Russia's
    foreign: bool = False
    #: the names it was looked up by (to tell an unknown name from one of several places)
    names: tuple[str, ...] = ()
    #: named after a settlement's kind word ("у хутора Энского"): a settlement's name, never
    #: a district's adjective
    settlement: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """Places named together after one preposition ("над Брянской и Курской областями")."""

    start: int
    end: int
    mentions: tuple[Mention, ...]
    plural_head: bool


_ADJ_END_FEM = re.compile(r"(?:ой|ей|ую|юю|ая|яя|ою)$")
_ADJ_END_NEUT = re.compile(r"(?:ое|ее)$")

_HEADS = {
    "област": ("femn", "область"),
    "кра": ("masc", "край"),
    "район": ("masc", "район"),
    "округ": ("masc", "округ"),
    "мор": ("neut", "море"),
    "республик": ("femn", "Республика"),
    "регион": ("masc", "регион"),
    # the abbreviations of lists and headlines: "Курская обл.", "Краснодарский кр."
    "обл": ("femn", "область"),
    "кр.": ("masc", "край"),
}


#: A district's head noun written short, in any case (the abbreviation does not decline): "над
#: Ленинским г.о.", "в Энском м. о.", "над Белгородским р-ном" (stop 46, discovery102 bd01: the
#: Moscow mayor's "Еще один — над Ленинским г.о." had named no place). By the first four
#: letters with the blanks taken out.
_SHORT_HEADS = {
    "г.о.": ("masc", "округ", "городской "),
    "м.о.": ("masc", "округ", "муниципальный "),
    **{f"р-н{end}": ("masc", "район", "") for end in ("", "е", "а", "о", "у")},
}


@functools.lru_cache(maxsize=256)
def head_of(head_text: str) -> tuple[str, str, str]:
    """(gender, nominative head, unit prefix) for a head like "городском округе"."""
    if (short := _SHORT_HEADS.get(head_text.lower().replace(" ", "")[:4])) is not None:
        return short
    words = head_text.lower().split()
    prefix = ""
    if len(words) > 1:
        for stem, nom in (
            ("городск", "городской "),
            ("муниципальн", "муниципальный "),
            ("автономн", "автономный "),
            ("административн", "административный "),  # Moscow's okrugs
        ):
            if words[0].startswith(stem):
                prefix = nom
    last = words[-1]
    for stem, (gender, nom) in _HEADS.items():
        if last.startswith(stem):
            return gender, nom, prefix
    return "femn", "область", prefix


# --------------------------------------------------------------------------- grammar

_W = r"[А-ЯЕ][а-яе]+(?:-(?:на-|де-)?[А-Яа-яе][а-яе]+)*"
ADJ = r"[А-ЯЕ][а-яе]*(?:-[А-Яа-яе][а-яе]+)*(?:ого|его|ому|ему|ыми|ими|ой|ей|ом|ем|ым|им|их|ых|ую|юю|ая|яя|ий|ый|ое|ее|ою)"
_HEAD = (
    r"(?:(?:городск|муниципальн|автономн|административн)\w*\s+)?"
    r"(?:област(?:ь|и|ью|ей|ям|ями|ях)|кра(?:й|я|ем|е|ю|ях|ями|ев)|район(?:а|е|у|ом|ы|ов|ах|ами|ам)?"
    r"|округ(?:а|е|у|ом|ах|ов|ами|ам)?|мор(?:е|я|ем|ей|ям|ями|ях)|[Рр]еспублик\w*|регион(?:а|е|у|ом|ы|ов|ах|ами|ам)?|АО|обл\.?|кр\."
    # (a district's head written short: ``_SHORT_HEADS``)
    r"|[гм]\.\s?о\.|р-н(?:е|а|ом|у)?)(?![а-я])"
)
_UNIT = rf"{ADJ}(?:\s+{ADJ})?"
#: A district in the genitive after a village's name: "Заречного района", "Истринского
#: городского округа" (where the village lies).
_OF_DISTRICT_TAIL = (
    r"(?P<adj>[А-ЯЕ][а-яе]*(?:ского|цкого|ного|ого|его))\s+"
    r"(?P<unit>(?:муниципального|городского)\s+)?(?P<head>района|округа)(?![а-я])"
)
#: One village's name of one or two words in a list under a plural kind noun: "Маслова
#: Пристань", "Разумное" (never the district in the genitive that may follow the last one).
_VILLAGE = rf"{_W}(?:\s+(?![А-ЯЕ][а-яе]*(?:ого|его)\s+(?:\w+\s+)?(?:района|округа)(?![а-я])){_W})?"
#: Words for a feature of the land or coast, by stem: (nominative, gender).
_FEATURES = {
    "бухт": ("бухта", "femn"),
    "кос": ("коса", "femn"),
    "гаван": ("гавань", "femn"),
    "полян": ("поляна", "femn"),
    "балк": ("балка", "femn"),
    "сторон": ("сторона", "femn"),
    "залив": ("залив", "masc"),
    "мыс": ("мыс", "masc"),
    "остров": ("остров", "masc"),
    "лиман": ("лиман", "masc"),
    "пролив": ("пролив", "masc"),
    "озер": ("озеро", "neut"),
    "водохранилищ": ("водохранилище", "neut"),
}
_FEATURE = (
    r"(?:(?:бухт|кос|полян|балк|сторон)(?:а|ы|е|у|ой|ою)|гаван(?:ь|и|ью)"
    r"|(?:залив|мыс|остров|лиман|пролив)(?:а|е|у|ом)?|озер(?:о|а|е|у|ом)|водохранилищ(?:е|а|у|ем))"
)
#: One adjective in lower case before a head noun: "над московским регионом", "в брянской области".
_ADJ_LC = ADJ.replace("[А-ЯЕ]", "[а-яе]", 1)
#: (compiled once: ``re.finditer(pattern_string, ...)`` looks its pattern up again at each call)
_UNIT_RE = re.compile(_UNIT)
_VILLAGE_RE = re.compile(_VILLAGE)
_ADJ_LC_RE = re.compile(_ADJ_LC)
_HEAD_RE = re.compile(_HEAD)
_RU_ELEMENTS = [
    # "над регионом", "в области", "там": the region already in context (a governor's own)
    (
        "anaphor",
        re.compile(
            # ("ВСУ запустили на область 30 БПЛА", "выпустили по региону": the launch's target)
            r"(?P<name>регион(?:ом|е|а|у)?|област(?:ью|и|ь)|кра(?:ем|е|я)|республик(?:ой|е|и)|(?<![\w-])[Тт]ам)(?![\w-])(?!\s+[А-Я][а-я])"
        ),
    ),
    # "над областным центром", "в краевом центре", "над столицей региона": the capital of the
    # region in context (before "над столицей", which alone is Moscow)
    (
        "capital_of",
        re.compile(
            r"(?P<name>(?:областн|краев|республиканск|регионально)\w*\s+(?:центр|столиц)\w*"
            r"|столиц(?:ей|е|ы|у|а)\s+(?:региона|области|края|республики))(?![\w-])"
        ),
    ),
    # "над полуостровом", "над столицей": in these reports the peninsula is Crimea, the capital
    # Moscow (in English only "over/in the capital": "near the capital" is the oblast around it)
    (
        "common_noun",
        re.compile(
            r"(?P<name>(?:[Кк]рымск\w+\s+)?полуостров(?:ом|е|а)?|столиц(?:ей|е|ы|а)"
            # "над десятью регионами, включая столичный": the ministry's Moscow region
            r"|столичн(?:ый|ого|ом|ому|ым)(?!\s+регион))(?![\w-])(?!\s+[А-Я][а-я])"
        ),
    ),
    # "в Октябрьском районе города": a district of the town named before (the pack has none),
    # with no name after "города"; else the capital of the region in context (as English
    # "the city's X district")
    (
        "city_district",
        re.compile(
            rf"(?P<name>{ADJ}\s+(?:район|округ)(?:е|ом|а)?\s+(?:города|г\.))(?![\w-])(?!\s*[А-ЯЕ])"
        ),
    ),
    # "в Ленинском районе Смоленска": a town's own district (the pack has none) names the town;
    # so with the town's kind before its name ("в Октябрьском районе города Рязани")
    (
        "town_district",
        re.compile(
            rf"(?P<adj>{ADJ})\s+(?P<head>район(?:е|ом|а)?|округ(?:е|ом|а)?)\s+(?:(?:города|г\.)\s*)?(?P<town>{_W})(?![\w-])"
        ),
    ),
    (
        "list",
        re.compile(
            rf"(?P<adjs>{_UNIT}(?:\s*,\s*{_UNIT})*(?:\s*,?\s+(?:и|а\s+также)\s+{_UNIT})?)\s+(?P<head>{_HEAD})"
        ),
    ),
    ("list_lc", re.compile(rf"(?P<adjs>{_ADJ_LC})\s+(?P<head>{_HEAD})")),
    ("republic", re.compile(rf"(?P<head>[Рр]еспублик\w*|[Рр]есп\.)\s+(?P<name>{_W}(?:\s+{_W})?)")),
    # "над сёлами Дубовое и Разумное", "в районе хуторов Ленинский и Морозов Миллеровского
    # района": one kind noun in the plural and the list of names it heads (the "и" inside is
    # no cut of the sentence's list); the district after the last name is where they all lie
    (
        "settlement_list",
        re.compile(
            r"(?:сел(?:ами|ах)?|деревн(?:ями|ях|ень|и)|посел(?:ками|ках|ков|ки|ениями|ениях|ений)"
            r"|хутор(?:ами|ах|ов|а)|станиц(?:ами|ах|ы)?|населенн(?:ыми|ых)\s+пункт(?:ами|ах|ов))\s+"
            rf"(?P<names>{_VILLAGE}(?:\s*,\s*{_VILLAGE})*\s*,?\s+и\s+{_VILLAGE})"
            rf"(?P<district>\s+{_OF_DISTRICT_TAIL})?(?![\w-])"
        ),
    ),
    (
        "settlement",
        re.compile(
            rf"(?P<kind>город\w*(?:\s+федерального\s+значения)?|г\.|посел\w*|пос\.|п\.|сел(?:ом|ах|[аеоу])?|с\.|деревн\w*|д\.|хутор\w*|х\.|станиц\w*|ст\.|поселк\w*|"
            # (an abbreviation's dot may stand for the space: "и г.Брянском", "в с.Глотовка")
            # (a cape by its name: "у мыса Фиолент", "в районе мыса Тарханкут")
            rf"микрорайон\w*|мкр\.|пгт|рабоч\w+\s+посел\w*|райцентр\w*|селени\w*|мыс(?:а|е|ом)?)(?:\s+|(?<=\.)(?=[А-ЯЕ]))(?P<name>{_W}(?:\s+{_W})?)"
        ),
    ),
    # "в районе Казачьей бухты", "у Песчаной косы": an adjective and a lower-case word for a
    # feature of the land or the coast, named together (a settlement or a part of a town is
    # often named so: the gazetteer knows it, or nothing is read)
    ("feature", re.compile(rf"(?P<adj>{ADJ})\s+(?P<noun>{_FEATURE})(?![а-я-])")),
    # "над Нижним Новгородом", "в Старом Осколе": an adjective and a proper noun
    ("adj_proper", re.compile(rf"(?P<adj>{ADJ})\s+(?P<name>{_W})(?!\s*-)")),
    (
        "elliptic",
        re.compile(
            # (a parenthesis after it: its figure or its source, "над Смоленской (данные ...)")
            # (a dash glued to it is still the dash of a row, "над Белгородской—два": an en or
            # an em dash is never a hyphen)
            # (before an abbreviation in capitals only over it: ``_element_at``)
            # (before its head noun misspelt, "над Тамбовской облатсью", "облсти", "обалстью":
            # the adjective alone names the region, as before a comma; never "областной",
            # "обломками" and the other words that open so)
            rf"(?P<adj>{ADJ})(?=\s*(?:[,.;:()\"»!?–—]|$|\s+(?:и|а|–|—|-)\s|\s+[А-Я0-9]|\s+(?:уничтож|сбит|перехвач|сбил)"
            r"|\s+(?:обл|обал)(?!астн|ом|ож|ак|ав|ач|еч|ег|еп|ив|ик|иг|уч|ада)[а-я]{2,6}(?![\w-])))"
        ),
    ),
    # "над территорией ДНР", "в ЛНР", "в ХМАО": a region written as its capital letters
    ("abbreviation", re.compile(rf"(?P<name>{'|'.join(REGION_ABBREVIATIONS_RU)})(?![\w-])")),
    ("proper", re.compile(rf"(?P<name>{_W})")),
]
#: A settlement's name of one or two words, then its district in the genitive: "Лесное
#: Заречного района", "Красный Луч Заречного района".
_OF_DISTRICT = re.compile(rf"{_VILLAGE}\s+{_OF_DISTRICT_TAIL}")
#: The writer's possessive before his own area's noun: "над нашим районом" (a district head),
#: "над нашим городом" (a mayor), "над нашей областью" (a governor), "направил на нашу
#: область" (the launch's target); optional, one word.
OWN_AREA = (
    r"(?:(?:наш(?:им|ей|его|ем|у)"
    # where the area lies for the writer, before its name: "над соседней Курской областью",
    # "в приграничном Шебекинском округе" (no part of the name; read as without it)
    r"|(?:соседн|приграничн)(?:ей|ем|им|ими|их|ой|ом|ым|ыми|ых|ую|юю))\s+)?"
)
#: The regions' nicknames that take "на" in the form after it ("Брянщине", "Кубани", "Дону").
_ON_FORMS = "|".join(sorted(on_forms_ru(), key=len, reverse=True))
#: The kind of a town between a part of it and its name: "в промзоне г. Энска", "на окраине
#: города Энска", "в центре пос. Энский" (the name read as after "в г.").
_TOWN_WORD = r"(?:(?:г|гор|пос|с)\.\s*|(?:города|поселка|села)\s+)?"
_RU_TRIGGER = re.compile(
    # ("в следующих районах: Каменском, Чертковском ...": a colon before the list of names)
    r"(?<![\w-])(?:(?:в|над)\s+(?:[а-я]+\s+)?(?:районах|округах|городах|населенных\s+пунктах|муниципалитетах)(?:\s*:)?|(?:в\s+небе\s+)?над|на\s+территори(?:и|ях|ю)|в\s+районе|в|во|у|под|по|близ|вблизи|возле|около|(?:недалеко|неподалеку)\s+от|рядом\s+со?"
    # "Кроме Московской области и Москвы, 47 сбиты над ...": areas besides the listed ones;
    # "над 10 регионами, включая Московский регион": areas among them
    r"|кроме|помимо|включая"
    # "14 БПЛА распределились между Курской и Белгородской областями", "поровну разделены
    # между ...": the places a verb of sharing spreads the count over (never a bare "между":
    # "переговоры между Москвой и Киевом" names no place of drones)
    r"|(?:распредел|раздел|подел)\w+\s+(?:[а-я]+\s+)?между"
    # "На Брянщине сбиты 8 дронов", "на Кубани", "на Дону": a region's nickname that takes
    # "на", as the gazetteer lists them (never a bare "на" before any capital: "на Москву" is
    # a target)
    rf"|на(?=\s+(?-i:{_ON_FORMS})(?![\w-]))"
    # "на окраине Энска", "на заводе Энска": a part of a town and the town in the genitive
    # (the part read below), as "в окрестностях Энска"
    rf"|на(?=\s+(?:[а-я]+\s+)?(?:{PLACE_PARTS_RU})\w*\s+{_TOWN_WORD}(?-i:[А-ЯЕ]))"
    # "отражена атака БПЛА на Миллеровский район", "атака на Таганрог отражена": an attack
    # repelled names the place its drones were shot down over (an attack alone, a target)
    # ... its drones counted between ("отразила атаку четырех беспилотников на Орел")
    # ... or its army ("отражена воздушная атака ВСУ на Энск, Энский и Н-ский районы",
    # "отражена атака противника на Энский район", `vocab.ATTACKERS`)
    r"|(?:отраж\w+|отрази\w+)\s+(?:\w+\s+)?(?:атак[аиуе]|налет)\s+(?:(?:[\w-]+\s+)?(?:бпла|беспилотник\w*|дрон\w*|украинск\w+|всу|противник\w*|врага)\s+){0,2}на(?=\s+(?-i:[А-ЯЕ]))"
    # (a heading "Атака БПЛА на Кстово: сбиты 12 беспилотников" too, a verb that downs after it;
    # the perfective after its object as the imperfective: "Атаку дронов на Чебоксары отразили")
    # ... and an attack that fronts the clause whose verb downs its drones, no place of their own
    # between: "В результате атаки БПЛА на Энский район Энска силами ПВО сбиты два", "Во время
    # атаки на Энск уничтожены три беспилотника"
    r"|(?:атак[аиуе]|налет)\s+(?:(?:бпла|беспилотник\w*|дрон\w*|украинск\w+)\s+){0,2}на(?=\s+(?-i:[А-ЯЕ])"
    r"(?:(?!\s(?:над|в|во)\s)[^,.;:]){0,60}?"
    rf"(?:\sотра(?:ж|зи)|\s(?:{VERB_STEM_RU})|:\s[^.!?]{{0,40}}?(?:{VERB_STEM_RU})))"
    # "ВСУ атаковали Брянскую область 30 беспилотниками, 26 из них сбиты": the area attacked
    # (a capitalised name right after the verb, in the accusative) is where they were downed;
    # "беспилотники атаковали Новороссийск" (the downing told in the next sentence): the
    # place the drones hit, named like one where debris fell
    # (the drones it attacked with may stand between: "ВСУ атаковали беспилотниками Миллеровский
    # и Чертковский районы")
    # (the present tense as the past, a post written while the attack goes on: "ВСУ атакуют
    # Энск беспилотниками", "Противник атакует Энский район дронами")
    r"|(?:атаковал[аи]?|атаку(?:ют|ет))(?:\s+(?:украинск\w+\s+)?(?:беспилотник|дрон|бпла)\w*)?(?=\s+(?-i:[А-ЯЕ]))"
    # "Атаке подверглись Таганрог и ...", "атака пришлась на ... районы": the places attacked
    # (the drones between: "Атаке беспилотников подверглись Ржев и Торжок")
    rf"|{UNDER_ATTACK_RU}(?=\s+(?-i:[А-ЯЕ]))"
    r"|атак[аи]\s+пришл\w+\s+на(?=\s+(?-i:[А-ЯЕ]))"
    # "Попытка атаки с применением 12 БПЛА на Брянскую и Курскую области пресечена": the
    # places an attack told with its drones was made on (the ministry's attempt preamble; "на
    # объекты на территории X" is read by "на территории")
    r"|(?:атак[аиуе]|налет\w*)\s+с\s+(?:применением|использованием)\s+[^.;:!?]{1,80}?\sна(?=\s+(?-i:[А-ЯЕ]))"
    # "Атака БПЛА на Ярославль." heading a governor's post: the place the drones attacked, also
    # at the end of a sentence whose verb made the attack ("Противник предпринял атаку на Энск.",
    # "Ночью совершена атака украинских дронов на Энск."; the noun after "о", "Губернатор
    # сообщил о массированной атаке беспилотников на Энск.", stop 47: a report of the attack
    # its next sentence says was repelled, debris of a downed drone in the town's own district)
    r"|атак[аиуе]\s+(?:(?:бпла|беспилотник\w*|дрон\w*|украинск\w+)\s+){0,2}на"
    r"(?=\s+(?-i:[А-ЯЕ])[^.!?]{0,40}[.!?]?\s*$)"
    # "предпринял попытку атаковать Воронеж двадцатью беспилотниками. Все они уничтожены": the
    # attempt's target (its drones downed only when a sentence says so: ``all_destroyed``)
    # (never a participle: "БПЛА, пытавшийся атаковать Курск, уничтожен над ..." names a target)
    rf"|{ATTEMPT_TO_ATTACK_RU}(?=\s+(?-i:[А-ЯЕ]))"
    # "противник запустил на Брянскую область 30 БПЛА. Все они уничтожены", "направили 12
    # дронов на Курскую область": the launch's target, as "атаковали X" (and the English
    # "launched 40 drones at the X region"); its figure is the attack's, downed only when a
    # sentence says so (``all_destroyed``); never Moscow, a target
    # ... or the region in context, by its noun alone ("запустили на область 30 беспилотников",
    # "выпустил по региону 12 дронов" in a governor's post)
    r"|(?<![\w-])(?:запустил|выпустил|направил)[аи]?\s+(?:[\w-]+\s+){0,3}?на"
    r"(?=\s+(?-i:[А-ЯЕ]))(?!\s+(?:Москв|столиц))"
    r"|(?<![\w-])(?:запустил|выпустил|направил)[аи]?\s+(?:[\w-]+\s+){0,3}?(?:на|по)"
    r"(?=\s+(?:наш\w+\s+)?(?:область|регион|региону|области)(?![\w-])))\s+"
    # "над нашим городом", "над нашей областью", "на территории нашего округа": a head's own
    # area (the possessive of the one who writes; the noun after it is read as without it)
    rf"{OWN_AREA}"
    # ("над городом федерального значения Севастополем": the ministry's full title of the city;
    # "упали в акваторию Черного моря": the sea drones came down into, in the accusative)
    r"(?:(?:территори(?:ей|ями|ях|и|ю)|акватори(?:ей|ями|ях|и|ю)|небом|городом(?:\s+федерального\s+значения)?|(?:(?:городск|муниципальн)\w+\s+)?округ(?:ом|е|а)|регион(?:ом|е|а|ах|ами)(?=\s+(?-i:[А-ЯЕ][а-яе])))\s+)?"
    # a part of a town and the town in the genitive: "на территории промзоны Энска", "на
    # нефтебазу Энска", "в окрестностях Энска" (only when a capitalised name follows)
    # (the town's kind between: "в промзоне г. Энска", "на окраине города Энска")
    rf"(?:(?:[а-я]+\s+)?(?:{PLACE_PARTS_RU})\w*\s+(?={_TOWN_WORD}(?-i:[А-ЯЕ])))?"
    r"|(?<![\w-])(?:территори(?:ей|ями)|акватори(?:ей|ями))\s+"
    # "там сбили два": "there" is the region in context
    r"|(?<![\w-])(?=[Тт]ам(?![\w-]))"
    # "на подлете к Ярославлю": the town approached (Moscow's is a target, see vocab.TARGET_RE)
    # (nor "на подлёте к столице", the same target in other words)
    r"|(?<![\w-])на\s+(?:подлете|подступах)\s+к\s+(?!Москв|столиц)",
    re.IGNORECASE,
)
#: A part of a sea or a region after a trigger: "над северо-западной частью Черного моря",
#: "над западной частью акватории Черного моря", "over the northwestern part of the Black
#: Sea" (the place is the sea). Tried only in a sentence that holds "част"/"part of".
_PART_OF_RU = re.compile(
    r"(?:[а-я]+-)?[а-я]+(?:ой|ей)\s+част(?:ью|и)\s+(?=(?:акватори\w+\s+)?(?-i:[А-ЯЕ]))"
    r"(?:акватори\w+\s+)?",
    re.IGNORECASE,
)
_PART_OF_EN = re.compile(r"(?:[a-z]+(?:-[a-z]+)?\s+)?part\s+of\s+(?:the\s+)?(?=[A-Z])")
#: A trigger that holds the head noun of the names after it ("в районах Кировском и ...").
_TRIGGER_HEAD = re.compile(r"(?:районах|округах)(?![\w-])", re.IGNORECASE)
#: Where a trigger can start: the first letter of a word, one its alternatives start with
#: ("в", "над", "на", "у", "по", "под", "близ", "около", "рядом", "кроме", "территорией",
#: "акваторией", "там"; "over", "in", "above", "near", "across", "outside", "besides",
#: "apart", "aside", "on", "included", "such", "shot", "downed", "destroyed"), in every case
#: the pattern matches (for the Russian one that is IGNORECASE: the four letters of Cyrillic
#: Extended-C fold to в, о, т; ``tests/parsing/test_scan_shortcuts.py`` derives the set). A
#: trigger starts only after a character that is no word character nor "-" (``(?<![\w-])``
#: opens every alternative).
#: Put first, that lookbehind makes the engine try the whole pattern at every character of
#: a sentence (a long list: a tenth of the parse); this class lets it jump from one such
#: letter to the next, and the trigger itself is tried only there.
#: Each letter is tried only before a character that follows it in one of the trigger's
#: words ("в " or "во", "над" or "не", not "пр" nor "ко"): most words of a list open with
#: one of those letters, and each was a match of the whole trigger.
_RU_TRIGGER_SECOND = {
    "в": r"\sобкы", "з": "а", "н": "ае", "у": r"\sд", "п": "оы", "б": "л", "о": "кт", "р": "яа", "к": "р",
    "а": "тк", "т": "еа", "ц": "е",
}  # fmt: skip


def _trigger_start(second: dict[str, str], *, ignorecase: bool) -> re.Pattern[str]:
    """Where a trigger can start: a letter one of its alternatives opens with (each of the
    characters it matches in any case, with ``ignorecase``), followed by a character that
    follows that letter in one of them, the letter not inside a word (the lookbehind after
    the letter: the engine skips from one such letter to the next)."""
    alts = []
    for first, after in second.items():
        follow = f"(?i:[{after}])" if ignorecase else f"[{after}]"
        firsts = (case_variants(first) or (first,)) if ignorecase else (first,)
        alts += [f"{c}(?={follow})" for c in firsts]
    return re.compile(f"(?:{'|'.join(alts)})(?<![\\w-].)")


_RU_TRIGGER_START = _trigger_start(_RU_TRIGGER_SECOND, ignorecase=True)
_RU_SEP = re.compile(r"\s*,\s*(?:а\s+также\s+)?|\s*,?\s+(?:и|а\s+также)\s+")
#: The separator of a list opened by "на" that repeats it after "и", "а также": "удар пришёлся
#: на Кировский и Тарусский районы, а также на Обнинск" (the list's shared head).
_RU_SEP_ON = re.compile(r"\s*,\s*(?:а\s+также\s+(?:на\s+)?)?|\s*,?\s+(?:и|а\s+также)\s+(?:на\s+)?")
#: The kind of a town's own okrug before its name, the name in the nominative whatever the case
#: of "округ" ("городского округа город Нововоронеж", "городской округ г. Шахты", "над
#: территорией городского округа Новошахтинск"): the official name of an urban okrug, which a
#: governor's list of districts ends with ("над Лискинским районом и городским округом город
#: Нововоронеж"); the town is read after it (the word "город" too, by the elements).
_OKRUG_OF_TOWN = re.compile(
    r"(?:городск|муниципальн)\w*\s+округ(?:а|е|у|ом)?\s+(?=(?:город\s+|г\.\s*)?[А-ЯЕ][а-яе])"
)
#: A plural head told with how many places it counts, then their names after a dash or a colon:
#: "над Воронежем и тремя районами области – Лискинским, Россошанским и Острогожским –", "над
#: двумя округами: Валуйским и Вейделевским". The names after it are read under that head, as
#: "в следующих районах: ..." (the trigger's head) are.
_COUNTED_HEAD = re.compile(
    r"(?:[а-я]+\s+)?(?P<head>районами|округами|районах|округах)"
    r"(?:\s+(?:области|края|республики|региона))?\s*[:–—]\s*(?=[А-ЯЕ])"
)
#: ... the region's noun and the dash after a trigger that holds the head ("в трёх районах
#: области – Лискинском, ..."; ``_TRIGGER_HEAD``).
_HEAD_OF_REGION = re.compile(r"(?:области|края|республики|региона)\s*[:–—]\s*(?=[А-ЯЕ])")
#: A trigger that ends on "на" (``_RU_SEP_ON``).
_ENDS_ON = re.compile(r"(?<![\w-])на\s*$", re.IGNORECASE)

CAP = r"[A-Z][a-z]+(?:-(?:on-|na-)?[A-Z]?[a-z]+)*"
#: One name of an English list: "Bryansk", "Nizhny Novgorod".
_CAPS = rf"{CAP}(?:\s+{CAP})?"
#: Not a part of Russia larger than a region next ("Volga", "Central Black Earth"): a list of
#: regions joined by commas alone ends on a region's name.
_NO_MACROREGION = (
    r"(?!(?:" + "|".join(sorted(map(re.escape, MACROREGIONS_EN), key=len, reverse=True)) + r")\s)"
)
_EN_HEAD = r"(?:Region|region|Oblast|oblast|Krai|krai|Territory|territory|Republic|republic|[Pp]rovince|[Dd]istrict|[Uu]rban\s+[Dd]istrict|[Mm]unicipal\s+[Dd]istrict|Sea|sea|Peninsula|peninsula)"
#: One name of an English list, before a comma, "and" or the end: "Bryansk", "Nizhny Novgorod".
_LISTED_NAME = re.compile(rf"{_CAPS}(?=\s*,|\s+and\b|$)")
#: A title after a region's name makes a speaker of it ("the Kursk governor", "Belgorod
#: region officials"), not a place.
_EN_SPEAKER = r"(?i:governor|mayor|head|authorities|officials|administration|emergenc\w*\s+(?:ministry|services))(?![\w-])"
_EN_HEAD_END = re.compile(_EN_HEAD + "$")
_MOSCOW_REGION_EN = re.compile(r"Moscow\s+[Rr]egion")
_DISTRICT_WORD = re.compile(r"район|округ|district|raion|okrug", re.IGNORECASE)
_EN_ELEMENTS = [
    # "three above Moscow, seven over the surrounding region": the region around the city just
    # named; "the region around the (Russian) capital" is the Moscow Region
    (
        "around",
        re.compile(
            r"(?P<name>(?<=the\s)(?:surrounding\s+region|region\s+(?:around|surrounding)\s+(?:the\s+)?"
            r"(?:(?:Russian\s+)?(?P<capital>capital)(?:,?\s+Moscow)?|city|it)))(?![\w-])"
        ),
    ),
    # "in the city's Krasnoarmeysky district": a district of a town (the pack has none) names the
    # town in context, else the capital of the region in context (a governor's "the city")
    (
        "city_district",
        re.compile(
            r"(?P<name>(?<=the\s)city's\s+[A-Z][a-z]+(?:sky|skiy|sk|ny|y)?\s+(?:district|okrug))(?![\w-])"
        ),
    ),
    # "over the Levoberezhny district of Lipetsk", "in Saratov's Zavodskoy district", "the
    # Sovetsky district of the city of Voronezh": a city's own district (the pack has none)
    # names the city, as "в Левобережном районе Липецка" does; a district the pack holds in
    # the city's region is that district ("Belgorod's Shebekino district", "Sevastopol's
    # Nakhimovsky district": ``_district_of_town``)
    (
        "district_of_town",
        re.compile(
            # (an okrug as a district, "Kaluga's Leninsky okrug"; several of one town's, "the
            # Privokzalny and Sovetsky districts of Tula": stop 46, discovery102 bd28, bd31)
            rf"(?:the\s+)?(?P<adj>{CAP}(?:(?:\s*,\s*|\s+and\s+){CAP})*)\s+(?:[Dd]istricts?|[Oo]krugs?)"
            rf"\s+of\s+(?:the\s+city\s+of\s+)?(?P<town>{CAP})(?![\w-])(?!\s+{_EN_HEAD}(?![\w-]))"
        ),
    ),
    (
        "towns_district",
        re.compile(
            rf"(?P<town>{CAP})['’]s\s+(?P<adj>{CAP}(?:(?:\s*,\s*|\s+and\s+){CAP})*)\s+"
            r"(?:[Uu]rban\s+|[Mm]unicipal\s+)?(?:[Dd]istricts?|[Oo]krugs?)(?![\w-])"
        ),
    ),
    # "over the regional capital", "in the region's capital": the capital of the region in context
    (
        "capital_of",
        re.compile(
            r"(?P<name>(?<=the\s)(?:regional\s+(?:capital|cent(?:re|er))|region's\s+capital))(?![\w-])"
        ),
    ),
    # ... and "over the republic" in the words of a republic's head ("Mordovia's head said two
    # drones were downed over the republic"), never "the Republic of ..." (a name); never the
    # possessive before its head or officials ("three over Energodar, the region's governor
    # said": who speaks, no place after the town)
    (
        "anaphor",
        re.compile(
            r"(?P<name>(?<=the\s)region|(?<=this\s)region|(?<=the\s)republic(?!\s+of\s+[A-Z])|(?<=\s)there)(?![\w-])"
            rf"(?!['’]s\s+(?:(?:acting|interim|new|former)\s+)?{_EN_SPEAKER})"
        ),
    ),
    (
        "common_noun",
        re.compile(
            r"(?P<name>(?<=the\s)peninsula|(?:(?<=[Oo]ver\sthe\s)|(?<=[Ii]n\sthe\s)|(?<=[Oo]ver\sthe\sRussian\s)|(?<=[Ii]n\sthe\sRussian\s))capital)(?![\w-])"
        ),
    ),
    (
        "list",
        re.compile(
            # (a headline's list joined by commas alone: "attack on Kursk, Belgorod regions";
            # never a part of Russia last, "over Moscow, Volga regions": the wider area's list)
            rf"(?P<names>{_CAPS}(?:\s*,\s*{_CAPS})*(?:\s*,?\s+and\s+(?:the\s+)?|\s*,\s*{_NO_MACROREGION}){_CAPS})\s+(?P<head>regions|provinces|seas|districts|oblasts|republics|Regions|Seas)\b"
        ),
    ),
    # "over the Gulf of Finland", "the Strait of Kerch": a gulf or strait the gazetteer places
    # in its sea (geo.vocab.WATERS_IN_SEAS)
    (
        "sea_of",
        re.compile(
            r"(?:the\s+)?(?P<name>(?:Sea\s+of\s+(?:Azov|Japan|Okhotsk)|Gulf\s+of\s+(?:Finland|Taganrog)|Strait\s+of\s+Kerch))(?:\s+waters)?"
        ),
    ),
    # "over the Donetsk People's Republic": the ministry's name of an occupied region, whose
    # apostrophe no other element reads
    (
        "peoples_republic",
        re.compile(rf"(?:the\s+)?(?P<name>{CAP}\s+People['’]s\s+Republic)"),
    ),
    (
        "republic",
        # ("in the republic of Tatarstan": the same name in lower case)
        re.compile(rf"(?:the\s+)?(?P<name>[Rr]epublic\s+of\s+(?:the\s+)?{CAP}(?:\s+{CAP})?)"),
    ),
    # "over the cities of Voronezh and Liski", "the villages of A, B and C", "the border regions
    # of Bryansk, Kursk and Belgorod": each is a place
    (
        "settlements",
        re.compile(
            rf"(?:the\s+)?(?:[a-z]+\s+)?(?:villages|towns|(?P<city>cities)|settlements|(?P<regions>regions|provinces)"
            # "over the republics of Tatarstan and Mordovia": each a republic
            r"|(?P<republics>republics))\s+of\s+"
            rf"(?P<names>{_CAPS}(?:\s*,\s*{_CAPS})*\s*,?\s+and\s+{_CAPS})(?![\w-])"
        ),
    ),
    # ... with what kind of town it is before its noun: "the industrial city of Nizhnekamsk",
    # "the port city of Novorossiysk", "the oil-refining town of Kirishi", "the Black Sea port
    # of Tuapse" (the town, never the sea its port lies on)
    (
        "settlement",
        re.compile(
            r"(?:the\s+)?(?:(?:[a-z]+(?:-[a-z]+)?|Black\s+Sea|Baltic|Caspian|Azov|Volga)\s+){0,2}?"
            rf"(?:village|town|(?P<city>city)|settlement|urban-type\s+settlement|port|seaport|(?P<part>{PLACE_PARTS_EN}))\s+of\s+(?P<name>{CAP}(?:\s+{CAP})?)"
        ),
    ),
    # "over the DPR and the LPR": an occupied region as the wires abbreviate the ministry's name
    (
        "abbreviation",
        re.compile(rf"(?:the\s+)?(?P<name>{'|'.join(REGION_ABBREVIATIONS_EN)})(?![\w-])"),
    ),
    (
        "named",
        re.compile(
            # "over Kaluga city": the city, not the region named after it
            rf"(?:the\s+)?(?P<name>{CAP}(?:\s+{CAP})?(?:\s+{_EN_HEAD})?)(?:\s+waters|(?P<city>\s+city))?(?![\w-])"
            # "..., the Rostov governor said": a speaker named by his region is no place
            rf"(?!(?:\s+{_EN_HEAD})?\s+{_EN_SPEAKER})"
        ),
    ),
]
#: Words one of which every match of an element holds as written (the elements are case
#: sensitive): a sentence holding none of an element's words is never tried with it. Each
#: is tried (and fails) at every place of a list before the element that reads it ("Брянской
#: области" is no town's district, "the Kursk Region" no list of regions);
#: ``tests/parsing/test_scan_shortcuts.py`` derives them from the patterns.
ELEMENT_WORDS = {
    ("ru", "city_district"): ("район", "округ"),
    ("ru", "town_district"): ("район", "округ"),
    ("ru", "settlement_list"): ("сел", "деревн", "посел", "хутор", "станиц", "пункт"),
    ("ru", "abbreviation"): REGION_ABBREVIATIONS_RU,
    ("en", "abbreviation"): REGION_ABBREVIATIONS_EN,
    ("en", "list"): (
        "regions",
        "provinces",
        "seas",
        "districts",
        "oblasts",
        "republics",
        "Regions",
        "Seas",
    ),
    ("en", "sea_of"): ("Sea", "Gulf", "Strait"),
    ("en", "peoples_republic"): ("People",),
    ("en", "republic"): ("epublic",),  # "Republic of", "republic of"
    ("ru", "capital_of"): ("центр", "столиц"),
    ("en", "capital_of"): ("regional", "region's"),
    ("en", "city_district"): ("city's",),
    ("en", "district_of_town"): ("istrict", "krug"),  # "district", "District", "okrug"
    ("en", "towns_district"): ("istrict", "krug"),
    ("en", "settlements"): (
        "villages",
        "towns",
        "cities",
        "settlements",
        "regions",
        "provinces",
        "republics",
    ),
}


#: Each language's elements with their words (None: tried in every sentence), looked up once
#: here rather than at every sentence.
_ELEMENTS_WITH_WORDS = {
    english: tuple(
        (kind, rx, ELEMENT_WORDS.get(("en" if english else "ru", kind)))
        for kind, rx in (_EN_ELEMENTS if english else _RU_ELEMENTS)
    )
    for english in (False, True)
}


def _elements_for(text: str, english: bool) -> list[tuple[str, re.Pattern[str]]]:
    """The elements that can match in ``text``: those of ``ELEMENT_WORDS`` whose words it holds."""
    out = []
    for kind, rx, words in _ELEMENTS_WITH_WORDS[english]:
        if words is None:
            out.append((kind, rx))
            continue
        for w in words:  # (a loop, not ``any`` over a generator: one is made per element)
            if w in text:
                out.append((kind, rx))
                break
    return out


#: Not Moscow after a verb of approaching: the drones' target, not where they were downed
#: (``vocab.TARGET_RE``).
_NOT_TO_MOSCOW = r"(?!\s+(?:the\s+)?(?:Moscow|capital|Russian\s+capital))"
_EN_TRIGGER_ALTS = (
    # "over 12 Russian regions, the Sea of Azov and the Black Sea", "across seven regions and
    # the Sea of Azov": the places told beside a number of regions left unnamed are a list of
    # their own after it (the seas had been lost: the number is no place, and "over" read none)
    rf"(?<![\w-])(?:[Oo]ver|[Aa]cross|[Ii]n)\s+{NUMBER_EN}(?:[\s-]+[a-z]+)?\s+(?:other\s+)?(?:Russian\s+)?"
    r"(?:regions|provinces)(?:\s+of\s+Russia)?(?:\s*,(?:\s+and)?|\s+and|\s+as\s+well\s+as)\s+"
    r"(?:the\s+)?(?=[A-Z])|"
    # "regions listed included Belgorod, Bryansk and ...", "... such as Kaluga and Oryol": names in a list
    r"(?<![\w-])(?:(?:included|including|such\s+as|among\s+(?:them|which|those))\s+)(?:the\s+)?(?=[A-Z])|"
    # "the defence ministry in Moscow said": where a speaker sits is no place of the report
    r"(?<![\w-])(?:[Oo]ver|(?<!ministry\s)(?<!Ministry\s)(?<!embassy\s)(?<!Embassy\s)(?<!Kremlin\s)[Ii]n|[Aa]bove|[Nn]ear|[Aa]cross|[Oo]utside|[Bb]esides|[Aa](?:part|side)\s+from"
    # "on approach to Voronezh": the English of "на подлете к" (Moscow's is a target, see
    # vocab.TARGET_RE)
    rf"|[Oo]n\s+(?:the\s+)?(?:approach(?:es)?|way)\s+to(?!\s+{MOSCOW_EN})"
    # "downed close to Yelets", "not far from Kstovo": near, as "недалеко от", "рядом с"
    r"|[Cc]lose\s+to|[Nn]ot\s+far\s+from"
    # "two off the coast of Crimea": the waters off the region are its own, as a governor's
    # "off the coast" is his region's (``place_rules.rule_bare_sea``)
    r"|[Oo]ff\s+the\s+(?:coast|shores?)\s+of"
    # "shot down over the sea off Cape Fiolent", "off Anapa": where on the sea, as "near"
    # (``_named_sea_before_landmark`` keeps a named sea's figure the sea's)
    r"|[Oo]ff(?=\s+(?:Cape\s+)?[A-Z][a-z])"
    # "brought down on the outskirts of Yelets", "debris fell on a residential area of Syzran":
    # the town whose part it is
    rf"|[Oo]n(?=\s+(?:the|an?)\s+(?:{PLACE_PARTS_EN})\s+of\s)"
    # "debris fell on the territory of the Levoberezhny district": the wire's word for word "на
    # территории", as "over the territory of" (the tail reads the head noun)
    r"|[Oo]n(?=\s+the\s+territor(?:y|ies)\s+of\s)"
    # "a fire at the port of Tuapse", "debris fell at the village of Krasnoye": a settlement
    # named by its noun and "of" after "at" (never "at 5 a.m." nor "at the airport")
    r"|[Aa]t(?=\s+the\s+(?:port|village|town|city|settlement|hamlet)\s+of\s)"
    # "drones approaching the city of Kaluga" (Moscow's is a target, see vocab.TARGET_RE)
    rf"|approaching{_NOT_TO_MOSCOW}"
    # ... and its past in a clause of time: "shot down as they approached Yaroslavl" (stop 46,
    # discovery102 bd29: the town had been lost and the figure had no place)
    rf"|[Aa]s\s+(?:they|it)\s+approached{_NOT_TO_MOSCOW}"
    # "drones attacked the city of Kursk", "a drone attack on the city of Engels": the place
    # the drones hit, named like one where debris fell
    # (never Moscow: "a drone that tried to carry out an attack on Moscow" names where it flew,
    # a target, see vocab.TARGET_RE)
    r"|attacked|targeted|attacks?\s+on(?!\s+(?:the\s+)?(?:Moscow|capital|Russian\s+capital))"
    # "Ukraine launched 40 drones at the Bryansk region, all of which were destroyed", "sent 25
    # drones against the Kursk region": the launch's target, as "attacked the X region with 40"
    # (the English of "запустили 40 беспилотников по X области"); its figure is the attempt's
    r"|(?:launched|sent|fired)\s+(?:[\w,-]+\s+){1,6}?(?:at|against|towards?)"
    r"(?=\s+(?:the\s+)?(?:Russia['’]s\s+)?[A-Z])(?!\s+(?:the\s+)?(?:Moscow|capital|Russian\s+capital))"
    # "tried to attack Belgorod with drones ..., all of them were downed": the attempt's
    # target, like "пытались атаковать"
    rf"|{ATTEMPT_TO_ATTACK_EN}"
    # "The ministry listed the Bryansk, Kursk and Belgorod regions among the areas where drones
    # were downed", "It lists the Tula and Kaluga regions": the regions of a list, like
    # "regions listed included ..."
    r"|list(?:s|ed)"
    # "the governor put the figure for the Bryansk region at 11": the place a figure is put at
    # a number for (``vocab.PUT_AT_RE``; never "the number for Crimea was not given")
    r"|(?:(?<=figure\s)|(?<=tally\s)|(?<=total\s)|(?<=number\s)|(?<=count\s))for"
    r"(?=\s+(?:the\s+)?[A-Z][\w'’ -]{0,40}?\s+at\s+\w)"
    # "14 drones, split equally between the Kursk and Belgorod regions": the places a count is
    # shared among (``place_rules.rule_fraction_of_count``)
    r"|(?:(?<=equally\s)|(?<=evenly\s))(?:between|among)"
    # ... and after a verb of sharing alone: "14 drones, split between the Kursk and Belgorod
    # regions", "divided among three regions" (the count is theirs together; never a bare
    # "between": "talks between Moscow and Kyiv" names no place of drones)
    r"|(?:split|divided|shared|spread|distributed)\s+(?:[a-z]+\s+)?(?:between|among)"
    # "..., the ministry said, naming Bryansk, Kursk and Oryol among the regions targeted": the
    # regions a speaker names for his figure, like "listed"
    r"|naming"
    # "over six regions: Bryansk, Kursk, ...", "the regions the ministry named: Bryansk, ...":
    # the names a colon lists after the noun "regions"
    r"|regions(?:\s+[a-z]+){0,4}?\s*:"
    # "Among the regions over which drones were downed were Kursk, Belgorod ...": the names
    # after the verb of a sentence that opens with the regions it lists
    r"|[Aa]mong\s+the\s+(?:regions|areas)\b[^.;:]{0,80}?\s(?:were|was)(?=\s+(?:the\s+)?[A-Z])"
    # "14 drones were shot down there": "there" after the verb is the region in context, as
    # "over the region" is (never the "there" that opens a clause: "there were 14 drones")
    r"|(?<![\w-])(?:shot\s+down|downed|destroyed|intercepted)(?=\s+there(?![\w-]))"
)
_EN_TRIGGER_TAIL = (
    # "five over each of the Belgorod, Kursk and Voronezh regions": a quantifier before the
    # names is no part of them
    r")\s+(?:(?:each|all|both)\s+of\s+)?(?:the\s+)?"
    # ("in the vicinity of Novoshakhtinsk": near it)
    r"(?:(?:skies|airspace|sky|territor(?:y|ies)|waters?|area|vicinity)\s+(?:over|of)\s+(?:the\s+)?)?"
    # "debris fell in an industrial area of Yelets": a part of a town names the town (with
    # "the", "over the industrial zone of Lipetsk", the town is read as before)
    r"(?:an?\s+(?:[a-z]+\s+)?(?:area|part|zone)\s+of\s+)?"
    # "over the region's Rylsk and Glushkovo districts": the region in context owns the districts
    # ("over temporarily occupied Crimea", "Russian-occupied", "illegally annexed": the words of
    # Ukrainian and Western outlets before an occupied region's name)
    r"(?:(?:Russia's|Russian|annexed|occupied|temporarily|illegally|Russian-(?:occupied|annexed)|southern|western|the|this|neighbouring|neighboring|border|region['’]s)\s+)*"
    # "over the republic's capital Cheboksary", "the region's capital, Kursk", "the regional
    # capital Belgorod": the capital named after its noun is the place (a city: ``_CITY_FIRST``);
    # "one over the surrounding Cheboksarsky district", "the nearby Shebekino district": the
    # place after the word of nearness (stop 46, discovery102 bd30: "the republic" had been read
    # as the region and the district not at all)
    # (a title after the comma names who speaks, no capital: "two of them near the regional
    # capital, Gov. X said" is the capital of the region in context, stop 47, english)
    r"(?:(?:regional\s+|republic['’]s\s+)?capital,?\s+(?=[A-Z])"
    r"(?!(?:Gov|Governor|Mayor|Head|Acting|Deputy|Mr|Mrs|Ms|Dr)\b))?"
    r"(?:(?:surrounding|nearby|adjacent)\s+(?=[A-Z]))?"
)
_EN_TRIGGER = re.compile(_EN_TRIGGER_ALTS + _EN_TRIGGER_TAIL)
#: "The Millerovo and Kamensky districts were hit", "naming the Glushkovo and Sudzha
#: districts": a list under one plural head noun is a place phrase without a preposition (the
#: head is the place's marker). Only in a text that says "districts": the trigger stops at
#: every "th".
_PLURAL_HEAD_EN = (
    rf"|[Tt]he(?=\s+{_CAPS}(?:\s*,\s*{_CAPS})*\s*,?\s+and\s+{_CAPS}\s+"
    r"(?:urban\s+|municipal\s+)?districts\b)"
)
_EN_TRIGGER_DISTRICTS = re.compile(_EN_TRIGGER_ALTS + _PLURAL_HEAD_EN + _EN_TRIGGER_TAIL)
_EN_SECOND = {
    "O": "vunf", "o": "vunf", "I": "n", "i": "n", "A": "bcmpst", "a": "bcmpst", "N": "eo", "n": "eao",
    "B": "e", "b": "e", "s": "uhep", "t": "ar", "l": "ia", "r": "e", "f": "oi", "d": "oei",
    "C": "l", "c": "l",
}  # fmt: skip
_EN_TRIGGER_START = _trigger_start(_EN_SECOND, ignorecase=False)
_EN_TRIGGER_START_DISTRICTS = _trigger_start({**_EN_SECOND, "t": "arh", "T": "h"}, ignorecase=False)
#: A district's name and head noun in English ("Shebekino district", "Leninsky Urban District").
_DISTRICT_NAME = (
    r"[A-Z][a-z-]+\s+(?:[Dd]istrict|[Uu]rban\s+[Dd]istrict|[Mm]unicipal\s+[Dd]istrict)\b"
)
#: A possessive after a name, but for a region's before its district (``_EN_SEP``).
_POSSESSIVE_AFTER = re.compile(rf"['’]s\s+(?!{_DISTRICT_NAME})")
#: A verb of telling right after a name: "... over the Liskinsky and Ostrogozhsky districts,
#: Gusev wrote on Telegram" (the governor Gusev, no Gusevsky district of Kaliningrad): the name
#: after the list's comma is who speaks, no more places of the list (stop 47, english).
_SAYS_AFTER = re.compile(
    r"\s+(?:said|says|wrote|writes|told|tells|added|adds|reported|posted|stated|announced)(?![\w-])"
)
_EN_SEP = re.compile(
    # "over the Belgorod region's Shebekino district": the region, then its district (the
    # emphasis around the region blanked before the mark: "**Belgorod region**'s")
    rf" *['’]s\s+(?={_DISTRICT_NAME})|"
    # "... and the neighbouring Neklinovsky district": the words the trigger lets stand before a
    # name (``_EN_TRIGGER``'s "neighbouring", "border") inside the list too; "over the
    # territories of the Moscow region and of the Tula and Kaluga regions": "of" after "and"
    # goes on with the head noun's list as "over" does
    # (a headline in Title Case: a verb after the comma opens a clause of its own, never one
    # more name: "Down 3 Drones Over Bryansk Region, Intercept Two Missiles Over Azov Sea")
    r"(?:\s*,\s*(?!(?:Intercept|Down|Destroy|Shoot|Repel|Thwart|Foil|Jam|Neutrali[sz]e|Hit|Strike|Attack|Launch|Say|Claim)s?\b)(?:and\s+)?(?:the\s+)?(?:(?:temporarily\s+|illegally\s+|Russian-)?(?:annexed|occupied|neighbou?ring|nearby|border)\s+)?|\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:(?:temporarily\s+|illegally\s+|Russian-)?(?:annexed|occupied|neighbou?ring|nearby|border)\s+)?(?:(?:over|in|of)\s+(?:the\s+)?)?)"
    # "over the Rostov Region, the Krasnodar Territory and the waters of the Sea of Azov": a
    # water's or a land's head noun inside the list, as after the trigger
    # (and in the plural, as the ministry's flat list writes it: "over the waters of the Sea of
    # Azov, the territories of the Republic of Crimea, the Kherson Region and ...")
    r"(?:(?:waters?|territor(?:y|ies)|airspace|skies)\s+(?:over|of)\s+(?:the\s+)?)?"
)


#: Common nouns that name one place in these reports, by their first five letters: the
#: peninsula is Crimea, the capital (the Russian capital) is Moscow.
_COMMON_NOUNS = {"полуо": "Крым", "столи": "Москва", "penin": "Crimea", "capit": "Moscow"}


def _common_noun(m: re.Match[str]) -> tuple[int, int, str, list[str]]:
    """The place a common noun element names (its last word's first five letters)."""
    word = m["name"].split()[-1].lower()
    name = "столичный регион" if word.startswith("столичн") else _COMMON_NOUNS[word[:5]]
    return (m.start("name"), m.end("name"), m["name"], [name])


#: The endings of an adjective (or a noun made of one, "Красное") in the nominative.
_ADJECTIVAL_END = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)$")


def _nominatives(name: str) -> list[str]:
    """The nominative candidates of a proper name of one or two words ("Обнинска": "Обнинск")."""
    words = name.split()
    if len(words) > 1:
        return [" ".join(noun_lemmas(w)[0] for w in words)]
    return list(noun_lemmas(name))


def settlement_names(kind_word: str, name: str) -> list[str]:
    """The names to look a settlement up by: its kind noun in the nominative before its name.

    "над посёлком Курским" is "поселок Курский", a settlement the gazetteer finds among towns
    and villages, never Kursk Oblast, which the adjective alone would name; a one-word name
    inflected with its kind word agrees with it ("в хуторе Красном": "хутор Красный", not the
    village "Красное"), while one written in the nominative is the settlement's own name,
    whatever its gender ("в посёлке Ракитное").
    """
    low = kind_word.strip().lower().replace("ё", "е")
    noun, gender = next(
        ((noun, gender) for start, noun, gender in SETTLEMENT_KINDS_RU if low.startswith(start)),
        ("населенный пункт", None),
    )
    words = name.split()
    if gender is not None and len(words) == 1 and is_adjective(name) and not is_nominative(name):
        # a town's name is more often a noun the word also inflects ("над городом Курском":
        # Курск); a village's, an adjective ("над селом Брянском" is no Bryansk)
        nouns = [n for n in noun_lemmas(name) if n != name and not _ADJECTIVAL_END.search(n)]
        names = [*(nouns if noun == "город" else ()), adjective_nominative(name, gender)]
    else:
        names = _nominatives(name)
    return [f"{noun} {n}" for n in names]


def _unit_names(words: list[str], gender: str, head_nom: str, prefix: str) -> list[str]:
    """The nominative names of one unit of a list under its head ("Брянской" under "области":
    "Брянская область", "Брянская")."""
    nom = " ".join(adjective_nominative(w, gender) for w in words)
    if head_nom == "Республика":
        return [f"{nom} Республика", f"Республика {nom}"]
    if head_nom == "регион":
        return [f"{nom} регион", f"{adjective_nominative(words[-1], 'femn')} область"]
    return [f"{nom} {prefix}{head_nom}".replace("  ", " "), nom]


def _row_place(
    text: str, at: int, row: tuple[int, int, int, int, str], *, english: bool
) -> tuple[str, list[str], int] | None:
    """The place of a body's row after its trigger (``parsing.rows``), as the full reading
    gives it: (its words as a mention's text, the names to look up, its end); None where the
    full reading must decide.

    The row is "над территорией Брянской области" or "over the Kursk Region", and a separator
    and the next row's figure follow it. The trigger read "над территорией " or "over the "
    when the row's word starts where it ends (else it read more: "over the Russian Region").
    The first element that matches there is then the list of one adjective under its head
    ("list": the elements before it need a lower-case word or a district's head, and a word
    without "ё" is one ``ADJ``), in English the name and its head ("named": the elements before
    it need a lower-case word, "DPR"/"LPR", "Sea of", "Republic of" or "People's Republic"),
    and no veto of ``_element_at`` applies to it; no element starts after it (a separator,
    then a digit). A name the full reading weighs further (a foreign town's, a stop word, a
    part of the country larger than a region) is left to it.
    """
    read = _row_words(text[at : row[3]], row[4], english)
    return None if read is None else (read[0], list(read[1]), row[3])


@functools.lru_cache(maxsize=1024)
def _row_words(span: str, word: str, english: bool) -> tuple[str, tuple[str, ...]] | None:
    """:func:`_row_place` of the row's place ``span`` (from its word to its end) and its word:
    the same regions' rows in every statement, each read once."""
    cut = len(word)  # the space before the head noun when the trigger ended at the word
    if span.rfind(" ") != cut:
        return None
    surface = span[:cut]
    if english:
        if surface in FOREIGN or surface in EN_STOP or span in EN_STOP or _macroregion(span):
            return None
        return span, (span, surface)
    if "ё" in word:
        return None  # (``ADJ`` is written with "е" only)
    gender, head_nom, prefix = head_of(span[cut + 1 :])
    names = _unit_names([surface], gender, head_nom, prefix)
    if not MACROREGIONS_RU.isdisjoint(names):
        return None
    return surface, tuple(names)


def _ru_candidates(
    kind: str, m: re.Match[str], last_head: str | None
) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, text, nominative candidates) for each place in one matched element."""
    out = []
    if kind == "common_noun":
        return [_common_noun(m)]
    if kind in ("list", "list_lc"):
        gender, head_nom, prefix = head_of(m["head"])
        units = list((_UNIT_RE if kind == "list" else _ADJ_LC_RE).finditer(m["adjs"]))
        base = m.start("adjs")
        for i, u in enumerate(units):
            cands = _unit_names(u.group().split(), gender, head_nom, prefix)
            end = m.end() if i == len(units) - 1 else base + u.end()
            out.append((base + u.start(), end, u.group(), cands))
    elif kind == "republic":
        name = m["name"]
        cands = [f"Республика {n}" for n in noun_lemmas(name.split()[0])] + [f"Республика {name}"]
        out.append((m.start(), m.end(), m.group(), cands))
    elif kind == "feature":
        noun = m["noun"].lower()
        stem = next(k for k in sorted(_FEATURES, key=len, reverse=True) if noun.startswith(k))
        nom, gender = _FEATURES[stem]
        cands = [f"{adjective_nominative(m['adj'], gender)} {nom}"]
        out.append((m.start(), m.end(), m.group(), cands))
    elif kind == "town_district":
        out.append((m.start("town"), m.end("town"), m["town"], list(noun_lemmas(m["town"]))))
    elif kind == "adj_proper":
        lemma = noun_lemmas(m["name"])[0]
        cands = [f"{adjective_nominative(m['adj'], g)} {lemma}" for g in ("masc", "femn", "neut")]
        # as written first: the gazetteer puts the pair in the nominative with the adjective
        # agreeing ("Великих Луках" -> "Великие Луки"; "Сергиевым Посадом" is no "Сергиевый")
        cands.insert(0, m.group())
        out.append((m.start(), m.end(), m.group(), cands))
    elif kind == "settlement" and (d := _OF_DISTRICT.match(m.string, m.start("name"))):
        # "у деревни Лесное Заречного района": the village lies in that district; name the district
        _, head_nom, prefix = head_of(f"{d['unit'] or ''}{d['head']}")
        nom = adjective_nominative(d["adj"], "masc")
        out.append((d.start("adj"), d.end(), d.group("adj"), [f"{nom} {prefix}{head_nom}", nom]))
    elif kind == "settlement_list" and m["district"]:
        # "у сёл Лесное и Заречное Энского района": they all lie in that district; name it
        _, head_nom, prefix = head_of(f"{m['unit'] or ''}{m['head']}")
        nom = adjective_nominative(m["adj"], "masc")
        out.append((m.start("adj"), m.end(), m["adj"], [f"{nom} {prefix}{head_nom}", nom]))
    elif kind == "settlement_list":
        base = m.start("names")
        kind_word = m.group()[: m.start("names") - m.start()]
        for u in _VILLAGE_RE.finditer(m["names"]):
            cands = settlement_names(kind_word, u.group())
            out.append((base + u.start(), base + u.end(), u.group(), cands))
    elif kind == "abbreviation":
        out.append((m.start("name"), m.end("name"), m["name"], [m["name"]]))
    elif kind == "settlement":
        name = m["name"]
        out.append((m.start("name"), m.end("name"), name, settlement_names(m["kind"], name)))
    elif kind == "proper":
        name = m["name"]
        out.append((m.start("name"), m.end("name"), name, _nominatives(name)))
    elif kind == "elliptic":
        adj = m["adj"]
        fem = bool(_ADJ_END_FEM.search(adj))
        neut = bool(_ADJ_END_NEUT.search(adj))
        if last_head and (head_of(last_head)[0] == "femn") == fem:
            gender, head_nom, prefix = head_of(last_head)
        elif fem:
            gender, head_nom, prefix = "femn", "область", ""
        elif neut:
            gender, head_nom, prefix = "neut", "море", ""
        else:
            gender, head_nom, prefix = "masc", "край", ""
        nom = adjective_nominative(adj, gender)
        out.append((m.start(), m.end(), adj, [f"{nom} {prefix}{head_nom}", nom]))
    return out


#: "the village of X in the Y District": the village is told by its district, named next.
_EN_OF_DISTRICT = re.compile(
    rf"\s*,?\s+(?:in|of)\s+(?:the\s+)?{CAP}\s+(?:[Uu]rban\s+|[Mm]unicipal\s+)?(?:[Dd]istrict|[Rr]aion)\b"
)


def _en_candidates(kind: str, m: re.Match[str]) -> list[tuple[int, int, str, list[str]]]:
    out = []
    if kind == "common_noun":
        return [_common_noun(m)]
    if kind == "abbreviation":
        return [(m.start("name"), m.end("name"), m["name"], [m["name"]])]
    if kind == "settlement" and _EN_OF_DISTRICT.match(m.string, m.end()):
        # "close to the village of Lesnoye in the Istra District": the district names the
        # place (a village's name may be shared by many); the village is no place of its own
        return []
    if kind == "settlements":
        base = m.start("names")
        for u in _LISTED_NAME.finditer(m["names"]):
            name = u.group()
            names = [f"{name} city", name] if m["city"] else [name]
            if m["regions"]:
                names = [f"{name} Region", name]
            elif m["republics"]:
                names = [f"Republic of {name}", name]
            out.append((base + u.start(), base + u.end(), name, names + _on_river(name)))
        return out
    if kind == "list":
        head = m["head"].lower().rstrip("s")
        head = {"province": "Region", "region": "Region", "oblast": "Oblast", "sea": "Sea"}.get(
            head, head.title()
        )
        base = m.start("names")
        for u in _LISTED_NAME.finditer(m["names"]):
            names = [f"{u.group()} {head}", u.group()]
            out.append((base + u.start(), base + u.end(), u.group(), _raion_first(names)))
        # the plural head belongs to the last name's span
        if out:
            s, _e, t, c = out[-1]
            out[-1] = (s, m.end(), t, c)
    else:
        name = m["name"]
        first = name.split()[0]
        if first in FOREIGN:
            return [(m.start("name"), m.end(), name, [])]  # a place, but not one over Russia
        if first in EN_STOP or name in EN_STOP or _macroregion(name):
            return []
        if name in _SEA_ADJECTIVES_EN and _NOT_SEA_NOUN_EN.match(m.string, m.end()):
            return []  # "an attack on Russia's Baltic exclave": the adjective of a land, no sea
        # "over the industrial zone of Lipetsk": the town, not its region
        # "in the city of Voronezh": the city, not the region named after it
        gd = m.groupdict()
        cands = [f"{name} city", name] if gd.get("part") or gd.get("city") else [name]
        low = name.lower()
        if low.endswith((" province", " provinces")):
            cands.insert(0, name.rsplit(" ", 1)[0] + " Region")
        if low.endswith(" peninsula"):
            cands.append(name.rsplit(" ", 1)[0].replace("Crimean", "Crimea"))
        if low.endswith(" sea") and not low.startswith("sea"):
            cands.append("Sea of " + name.rsplit(" ", 1)[0])
        cands.extend(_on_river(name))
        if kind == "named" and " " in name and _EN_HEAD_END.search(name):
            cands.append(name.rsplit(" ", 1)[0])
        out.append((m.start("name"), m.end(), name, _raion_first(cands)))
    return out


#: A sea named by its adjective alone ("over the Baltic") ...
_SEA_ADJECTIVES_EN = frozenset({"Baltic", "Black", "Caspian"})
#: ... is no sea before a noun of land or people: "Russia's Baltic exclave" (Kaliningrad), "the
#: Baltic states", "the Caspian coast", "the Baltic Fleet's base".
_NOT_SEA_NOUN_EN = re.compile(
    r"\s+(?:exclave|enclave|states|countries|nations|coast\w*|shore\w*|ports?|region|city|cities"
    r"|[Ff]leet)(?![\w-])"
)
#: An English "<Town> district" (a district word alone: "urban district" is the town's okrug);
#: "the Livny municipal district" is the raion too (муниципальный район or округ).
_EN_TOWN_DISTRICT = re.compile(r"(?P<town>[A-Z][a-z]+)\s+(?:[Mm]unicipal\s+)?[Dd]istrict")
#: The English adjective endings of a raion named after its town, by the town's ending:
#: "Klintsy" -> "Klintsovsky", "Yelets" -> "Yeletsky", "Kirishi" -> "Kirishsky", "Ryazan" ->
#: "Ryazansky" (first match wins; a consonant takes "sky").
_EN_RAION_ENDINGS = (("tsy", "tsovsky"), ("ts", "tsky"), ("sk", "sky"), ("a", "sky"),
                     ("o", "sky"), ("e", "sky"), ("i", "sky"), ("y", "sky"))  # fmt: skip


def _en_raion_name(town: str) -> str:
    """The English name of the raion a town names ("Ryazan" -> "Ryazansky district")."""
    for end, adjective in _EN_RAION_ENDINGS:
        if town.endswith(end):
            return f"{town[: -len(end)]}{adjective} district"
    return f"{town}sky district"


def _raion_first(cands: list[str]) -> list[str]:
    """Put the raion a town names first when English writes "<Town> district" for it.

    "Debris fell in the Ryazan district", "in the Klintsy, Starodub and Pochep districts":
    English news name the raion by its seat's name, while the gazetteer reads "Ryazan
    district" as the city okrug of Ryazan (the index derives the raion only where the Russian
    adjective is regular). The raion wins only when the gazetteer knows it by its own name
    in the town's region, so a district of that spelling elsewhere is never a guess.
    """
    m = _EN_TOWN_DISTRICT.fullmatch(cands[0]) if cands else None
    if m is None:
        return cands
    raion_name = _en_raion_name(m["town"])
    town = find_place(cands[0])
    if town is None and m["town"].endswith("sk"):
        # "the Kamensk district": the adjective's stem without its ending, no town of the
        # name ("Каменский район": the Rostov town is Kamensk-Shakhtinsky): the district by its
        # full adjective, which the region in context decides between (five regions have one)
        return [*cands, raion_name]
    raion = find_place(raion_name)
    if (
        town is None
        or raion is None
        or raion.kind != "district"
        or raion.score < NAME_SCORE
        or raion.area_id != town.area_id
        or raion.district_id == town.district_id
    ):
        return cands
    return [raion_name, *cands]


def _macroregion(name: str) -> bool:
    """Whether an English name is a part of Russia larger than a region ("the Volga region")."""
    bare = name[: -len(" region")] if name.lower().endswith(" region") else name
    return bare in MACROREGIONS_EN or bare.removeprefix("the ") in MACROREGIONS_EN


def _on_river(name: str) -> list[str]:
    """ "Slavyansk-on-Kuban": the Russian "X-на-Y" names the river in the prepositional case
    ("Славянск-на-Кубани", "Ростов-на-Дону", "Комсомольск-на-Амуре")."""
    if "-on-" not in name:
        return []
    stem = name.replace("-on-", "-na-")
    return [stem + end for end in ("", "i", "u", "e")]


def _region_first(names: list[str]) -> list[str]:
    """Names of a list of regions: the name itself when it is a region ("Moscow"), else "X Region"
    ("Belgorod" alone is the city, "Belgorod Region" the region)."""
    if not names:
        return names
    alone = find_any_place(names[:1], None)
    return names if alone is not None and alone.kind == "region" else [f"{names[0]} Region", *names]


#: The prepositional ending of a masculine or neuter adjective ("Курском"), never instrumental.
_PREPOSITIONAL_ADJ = re.compile(r"(?:ом|ем)$")
#: A part of the country named by a point of the compass: "над Югом России", "на Северо-Западе
#: страны" (a village called Юг or Восток is never written before "России").
_COMPASS_OF_COUNTRY = re.compile(
    r"(?i:(?:(?:северо|юго)-?)?(?:юг|север|запад|восток)|центр)(?:а|у|ом|е)?"
    r"\s+(?:России|РФ|страны|Российской\s+Федерации)(?![\w-])"
)


#: The town's noun in apposition after "над"/"под": the name after it agrees with it in the
#: instrumental ("над городом Брянском", "под городом Курском", "над городом федерального
#: значения Севастополем"), as after the preposition alone.
_APPOSED_TOWN_NOUN = frozenset({"городом", "значения"})


def _governs_instrumental(lead: list[str]) -> bool:
    """True when the trigger's words ``lead`` leave the name after them in the instrumental:
    "над", "под", or either with the town's noun in apposition ("над городом Брянском" is the
    town Брянск, never the adjective of "Брянский район")."""
    if not lead:
        return False
    last = lead[-1].lower()
    if last in ("над", "под", "между"):
        return True
    return last in _APPOSED_TOWN_NOUN and any(w.lower() in ("над", "под") for w in lead[:-1])


def _instrumental_noun(word: str, case: str | None) -> bool:
    """True after "над" for a word with a prepositional adjective's ending, which no
    instrumental adjective has: "над Георгиевском" is the town Георгиевск, which pymorphy3 reads
    as the adjective "Георгиевский" and does not know as a town (its district's name, shared
    with a Petersburg okrug, is no reading of it)."""
    return case == "ablt" and _PREPOSITIONAL_ADJ.search(word) is not None


def _noun_in_case(word: str, case: str | None) -> bool:
    """True when ``word``, governed in ``case``, can only be a noun: a place noun pymorphy3 knows
    in that case ("над Орском"), or :func:`_instrumental_noun`."""
    if not case:
        return False
    return _instrumental_noun(word, case) or is_place_noun(word, case)


#: Words before a name that say it is a city: "on approach to Voronezh", "on the way to Kursk",
#: "the region's capital, Kursk" (the city, not the region named like it).
_CITY_FIRST = re.compile(r"approach|way\s+to|capital,?\s+$", re.IGNORECASE)
#: A city's head or administration named by "the city" in the sentence ("..., the city's mayor
#: said", "the head of the city administration said"): the bare name he speaks of is his city,
#: never the region named like it ("over Voronezh overnight, the city's mayor said").
_CITY_HEAD_SPEAKS = re.compile(
    r"\bthe\s+city(?:'s|\s+administration(?:'s)?)\s+(?:mayor|head|administration|chief)\b"
    r"|\bhead\s+of\s+the\s+city(?:\s+administration)?\b(?!\s+of)",
    re.IGNORECASE,
)
#: An abbreviation in capitals after a word: "ЦРБ", "АЭС", "ПВО".
_ABBREVIATION = re.compile(r"\s+[А-ЯЁ]{2}")


def _element_at(
    text: str, at: int, elements: list[tuple[str, re.Pattern[str]]], case: str | None = None
) -> tuple[str, re.Match[str]] | None:
    """The first place element that matches at ``at``, with the grammar's vetoes applied.

    ``case`` is the case the preposition governs ("ablt" after "над"): a word that is a
    town's name in that case is the town even when it also reads as an adjective in
    another case ("над Орском" is Orsk; "в Орском районе" is the district)."""
    if not text[at : at + 1].isalpha():
        # every element starts with a letter (``tests/parsing/test_places_speed.py``): after
        # a separator, "..., 36 БПЛА – над ..." is tried by none of them
        return None
    for kind, rx in elements:
        m = rx.match(text, at)
        if m is None:
            continue
        if kind == "list_lc" and m["adjs"].startswith(("территори", "акватори")):
            continue  # "и территорией Республики Калмыкия": a place noun, no adjective of a head
        if kind == "adj_proper" and (
            is_adjective(m["name"])
            or not (is_adjective(m["adj"]) or is_possessive(m["adj"]))
            or _HEAD_RE.match(m["name"].lower())
        ):
            continue  # "Брянской области" is a list, "Крымом" a noun: not an adjective + name
        if _COMPASS_OF_COUNTRY.match(text, at):
            return None  # "над Югом России": a part of the country, not the village Юг
        if kind in _EN_TOWN_DISTRICTS and _district_of_town(m["adj"], m["town"]) is None:
            continue  # "the Yelabuga district of Tatarstan": no town's, read as a district
        if kind == "town_district" and not _a_town(m["town"]):
            continue  # "в Кировском районе Калужской области", "... районе Крыма": no town
        if kind == "elliptic" and (not is_adjective(m["adj"]) or _noun_in_case(m["adj"], case)):
            continue  # "над Крымом" ends like an adjective but is a noun
        if kind == "elliptic" and case != "ablt" and _ABBREVIATION.match(text, m.end()):
            # "в Шебекинскую ЦРБ", "на Курской АЭС": the adjective qualifies the abbreviation in
            # capitals after it (a hospital, a plant), no region; over it, "над Курской АЭС",
            # "Над Брянской ПВО сбили два", it names the airspace's region
            continue
        if (
            kind == "list"
            and case == "ablt"
            and _PREPOSITIONAL_ADJ.search(m["adjs"].split()[0].rstrip(","))
            and is_place_noun(m["adjs"].split()[0].rstrip(","), case)
        ):
            # "над Курском и Курчатовским районом": after "над" an adjective is instrumental
            # ("Курским"); "Курском" is the town, the list starts after it
            continue
        if (
            kind == "proper"
            and is_adjective(m["name"])
            and not _noun_in_case(m["name"], case)
            and not ("-" in m["name"] and is_noun_adjective_pair(m["name"]))
        ):
            # "в Ленинградском полку": an adjective without a place noun ("над Каменском-
            # Шахтинским" is a town: a noun and an adjective)
            return None
        return kind, m
    return None


#: A region's name in the genitive right after a town's: "Волжском Республики Марий Эл",
#: "Сокол Вологодской области" (the town of that name in that region).
_OWNER_RU = re.compile(
    r"\s+(?P<name>[А-ЯЕ][а-яе]+(?:ой|ей|ого|его)\s+(?:области|края)"
    r"|[Рр]еспублики\s+[А-ЯЕ][а-яе]+(?:\s+[А-ЯЕ][а-яе]+)?)(?![\w-])"
)
#: The kinds of place phrase a town is named by (never a region's or a district's own).
_OWNED = frozenset({"proper", "elliptic", "settlement", "named", "adj_proper"})
#: The kinds that name a settlement by its kind noun ("у деревни Лесное", "у сёл X и Y").
_SETTLEMENT_KINDS = frozenset({"settlement", "settlement_list"})


def _owner_region(text: str, at: int) -> str | None:
    """The region named in the genitive right after a town's name at ``at``, else None."""
    m = _OWNER_RU.match(text, at)
    if m is None:
        return None
    place = find_place(m["name"])
    return place.area_id if place is not None and place.kind == "region" else None


def _in_owner(names: list[str], owner: str) -> Resolved | None:
    """The first of ``names`` the gazetteer finds inside ``owner``, the region the text names
    right after the town (a fence, not a hint: "Сокол Вологодской области" is never Moscow's
    район Сокол)."""
    for name in names:
        place = find_place(name, owner)
        if place is not None and place.area_id == owner:
            return place
    return None


def _town_of_region(
    text: str,
    at: int,
    hit: tuple[str, re.Match[str]],
    elements: list[tuple[str, re.Pattern[str]]],
    case: str | None,
) -> tuple[tuple[str, re.Match[str]] | None, str | None]:
    """A town's name and the region it lies in, named in the genitive after it ("Сокол
    Вологодской области", "Волжском Республики Марий Эл"): the town's own phrase (read again
    without the region's adjective, which a two-word name took) and the region's id."""
    m = hit[1]
    owner = _owner_region(text, m.end())
    if owner is not None:
        return hit, owner
    cut = m.group().rfind(" ")
    if cut <= 0 or (owner := _owner_region(text, m.start() + cut)) is None:
        return hit, None
    return _element_at(text[: m.start() + cut], at, elements, case), owner


def _resolve_mention(
    surface: str, names: list[str], ctx: str | None, *, english: bool
) -> Resolved | None:
    if english and (_MOSCOW_REGION_EN.fullmatch(surface) or names[:1] == ["Moscow Region"]):
        # also "Moscow" in "the Bryansk and Moscow regions", "the regions of Moscow and Tula"
        # the ministry's city-plus-oblast; other reporters mean the oblast (see build.build)
        return Resolved(
            "RU-MOW+RU-MOS", "Московский регион", "Moscow Region", "combined", moscow_region_en=True
        )
    return find_any_place(names, ctx)


def english_area(name: str, ctx: str | None) -> Resolved | None:
    """The region or sea an English name alone stands for ("Bryansk", "the Moscow region",
    "Krasnodar Krai", "the Sea of Azov"): a bare word is its region before its town, as the
    subject of a national figure's share ("Bryansk accounted for 24 of them"); None for a
    town, a district or no place."""
    names = [name] if " " in name else [f"{name} Region", name]
    place = _resolve_mention(name, names, ctx, english=True)
    return place if place is not None and place.kind in ("region", "sea", "combined") else None


def _retry_in_region(
    mentions: list[Mention], ctx: str | None, *, english: bool, ambiguous_only: bool = False
) -> list[Mention]:
    """Resolve ambiguous names again inside the one region their neighbours (or the text) name
    (with ``ambiguous_only``, only names of several places: not one a veto left without)."""
    if not any(x.place is None and not x.foreign for x in mentions):
        return mentions
    if ambiguous_only:
        return [
            replace(x, place=_retry(x, ctx, english))
            if ctx and x.place is None and not x.foreign and ambiguity(list(x.names))
            else x
            for x in mentions
        ]
    regions = {x.place.area_id for x in mentions if x.place and x.place.kind == "district"}
    if ctx and not regions:
        regions = {ctx}
    if len(regions) != 1:
        return mentions
    (reg,) = regions
    return [
        x if x.place is not None or x.foreign else replace(x, place=_retry(x, reg, english))
        for x in mentions
    ]


#: "над акваторией" without a sea's name after it: the sea already in context.
_BARE_AQUA = re.compile(r"(?<![\w-])(?:над|в)\s+(?P<w>акватори(?:ей|и))(?![\w-])(?!\s+[А-ЯA-Z])")


#: A clause whose subject is the place attacked, its verb after it: "Ночью Энск и Энский район
#: подверглись атаке беспилотников", "Crimea was subjected to a massive drone attack, with the
#: ministry saying 42 were destroyed", "The Kursk region came under drone attack". The match is
#: the clause's start (a time word at most, and "the") before the first name, which the place
#: grammar reads as after a trigger; the drones the sentence (or its report) downs fell there.
#: (No figure between the name and the verb: "The Kursk Region (12) was targeted" alone is no
#: row of a list.)
_ATTACKED_SUBJECT_RU = re.compile(
    # (the time may take its own word: "Этой ночью", "Минувшей ночью", "Сегодня утром")
    r"(?:^|(?<=[.!?;:]\s)|(?<=\n))\s*(?:(?i:(?:этой|минувшей|прошлой|сегодня)\s+)?"
    r"(?i:ночью|сегодня|вчера|утром|вечером|днем|днём)\s+)?"
    r"(?=[А-ЯЕ][^.;:!?\n()\d]{0,80}?\s(?:снова\s+|вновь\s+|ночью\s+|опять\s+)?"
    r"подверг(?:ся|лась|лось|лись|ается|аются)\s+(?:[а-я]+\s+){0,2}?(?:атак|удар|налет))"
)
_ATTACKED_SUBJECT_EN = re.compile(
    # (a quotation mark may open it: a post quoted whole, '"Tonight the X district was ...')
    r"(?:^|(?<=[.!?;:,]\s)|(?<=\n))\s*[\"“]?\s*(?:(?i:overnight|earlier|later|meanwhile|tonight"
    # (a time of its own words before the subject, as "Сегодня ночью" before the Russian one:
    # "This morning Energodar came under a drone attack", "Last night the X district was
    # targeted", "Early on Sunday ...", "On Monday ...": stop 47, english)
    r"|(?:this|last|early\s+this)\s+(?:morning|night|evening)"
    r"|(?:early\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|night))?"
    r"),?\s+)?(?:[Tt]he\s+)?"
    r"(?=[A-Z][^.;:!?,\n()\d]{0,60}?\s(?:(?:was|were|has\s+been|have\s+been)\s+(?:again\s+)?"
    r"(?:attacked|targeted|subjected\s+to)|came\s+under)(?![\w-]))"
)


def _attacked_subject(text: str, english: bool) -> re.Match[str] | None:
    """The start of a clause whose subject is the place attacked (``_ATTACKED_SUBJECT_RU``):
    a trigger for the name that opens it. Tried only in a sentence with such a verb."""
    if english:
        if not any(w in text for w in ("attacked", "targeted", "subjected", "came under")):
            return None
        return _ATTACKED_SUBJECT_EN.search(text)
    return _ATTACKED_SUBJECT_RU.search(text) if "подверг" in text else None


def _next_trigger(
    trigger: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int
) -> re.Match[str] | None:
    """``trigger.search(text, pos)``, tried only where ``starts`` says a trigger can start."""
    for s in starts.finditer(text, pos):
        m = trigger.match(text, s.start())
        if m is not None:
            return m
    return None


def _next_trigger_around(
    trigger: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int, body: Body
) -> re.Match[str] | None:
    """``_next_trigger``, with a body's rows not scanned: before the body, the scan stops at
    its start; from there, or from the end of a row's place, the next trigger is the next row's
    ("над"/"over": no trigger can start in the figure, noun, dash and separator before it,
    ``parsing.rows``); after the last row, the scan goes on."""
    if pos <= body.start:
        for s in starts.finditer(text, pos):
            if s.start() >= body.start:
                break
            m = trigger.match(text, s.start())
            if m is not None:
                return m
        pos = body.start
    end = body.start
    last = body.rows[-1]
    for row in body.rows:
        if end <= pos <= row[0]:
            # (from the body's start or from between two rows, never from inside a row's place)
            m = (
                _ROW_OVER_RU.match(text, row[2])
                if trigger is _RU_TRIGGER and row is not last
                else trigger.match(text, row[2])
            )
            return m if m is not None else _next_trigger(trigger, starts, text, pos)
        end = row[3]
    return _next_trigger(trigger, starts, text, pos)


#: What ``_RU_TRIGGER`` matches at the "над" of a Russian row that another row follows
#: ("над территорией Курской области, 5 БПЛА – над ...", ``parsing.rows``): its second
#: alternative, "над", then "территорией" and its blank (the optional group after it). Its
#: first alternative ("над территорией районах") needs a blank right after the plural noun,
#: which an adjective's ending never leaves; a part of a town after it needs a capital after
#: a blank after a word, and the row's adjective is followed by its head noun ("области",
#: "края"), the head by "," or " и " and a figure. A real match (its start, end and text are
#: all the loop reads) for a tenth of the trigger's cost (3.0 µs a row).
_ROW_OVER_RU = re.compile("над территорией ")


def find_groups(
    text: str,
    base: int,
    *,
    region: str | None = None,
    english: bool = False,
    sea: str | None = None,
    town: Resolved | None = None,
    last_district: Resolved | None = None,
    body: Body | None = None,
    known: frozenset[str] = frozenset(),
    regions_named: frozenset[str] = frozenset(),
) -> list[Group]:
    """Return the place groups of one sentence (offsets shifted by ``base``).

    ``region`` is the area already in context: districts and towns resolve inside it; ``sea``
    the sea last named, which a bare "над акваторией" means; ``town`` the town last named,
    which a bare "над городом", "over the city" means; ``last_district`` the district last named by
    its head, which a bare "над районом", "над округом" means; ``body`` the sentence's list rows
    (``rows.find_body``), whose triggers are known without a scan; ``known`` the regions the
    text gave figures before: a district of one of them is no guess outside ``region``;
    ``regions_named`` the regions an English text named by their head noun, whose bare names
    are their cities (``_cities_named_apart``).
    """
    groups: list[Group] = []
    trigger, starts = _RU_TRIGGER, _RU_TRIGGER_START
    if english:
        headed = "districts" in text
        trigger = _EN_TRIGGER_DISTRICTS if headed else _EN_TRIGGER
        starts = _EN_TRIGGER_START_DISTRICTS if headed else _EN_TRIGGER_START
    elements = _elements_for(text, english)
    sep = _EN_SEP if english else _RU_SEP
    pos = 0
    last_head: str | None = None
    ctx = region
    near: str | None = None  # the region of the last district named
    #: a city's own district was read: an adjective after it under its head noun left out
    #: ("один над Советским районом, два — над Приволжским") is another of the city's
    city_districts = False
    district: str | None = None  # the last district named by its own name in this sentence
    attacked = (
        _attacked_first(text, base, ctx)
        if not english and ("атаков" in text or "подверг" in text)
        else []
    )
    regions = {m.place.area_id for g in attacked for m in g.mentions if m.place is not None}
    if ctx is None and len(regions) == 1:
        # "Курск атакован беспилотниками, над областью сбиты 6": "областью" is the region of
        # the town attacked (with no region in context the figure had gone to the town)
        ctx = regions.pop()
    town = town or _city_region(region)
    given = town  # the town named before this sentence
    part_of = (
        (_PART_OF_EN if "part of" in text else None)
        if english
        else (_PART_OF_RU if "част" in text else None)
    )
    # each row's trigger but the last one's (a separator and a row follow it: ``_row_place``)
    row_at = None if body is None else {row[2]: row for row in body.rows[:-1]}
    subject = _attacked_subject(text, english)
    # (a city's head speaks in the sentence: each bare name is his city, ``_CITY_HEAD_SPEAKS``)
    city_head = english and _CITY_HEAD_SPEAKS.search(text) is not None
    while True:
        t = (
            _next_trigger(trigger, starts, text, pos)
            if body is None
            else _next_trigger_around(trigger, starts, text, pos, body)
        )
        if subject is not None and subject.end() < pos:
            subject = None  # read past already
        elif subject is not None and (t is None or subject.end() < t.start()):
            t, subject = subject, None  # the place attacked, before the verb (no trigger before it)
            # (read once: a turn of the subject ends it)
            step = pos
        else:
            # a trigger starts at ``pos`` or after it: the next turn starts past its start (the
            # empty trigger before "там" that no element reads, "там Брянская область", had read
            # its own start again and again, and the parse never returned)
            step = t.start() + 1 if t is not None else pos
        if t is None:
            break
        at = t.end()
        mentions: list[Mention] = []
        plural = False
        row = None if row_at is None else row_at.get(t.start())
        read = None if row is None else _row_place(text, at, row, english=english)
        hit: tuple[str, re.Match[str]] | None = None
        if read is not None:
            # a body's row (``parsing.rows``): its place read straight from the row, as the
            # element below reads it and its vetoes leave it (``_row_place``)
            surface, names, end = read
            if not english:
                last_head = text[at + len(surface) + 1 : end]  # "области", "края"
            if not FOREIGN.isdisjoint((surface, *names)):
                mentions.append(Mention(base + at, base + end, surface, None, foreign=True))
            else:
                place = _resolve_mention(surface, names, ctx, english=english)
                if place and place.kind == "district" and not english:
                    place = None  # a region's head noun names a region (``_region_head``)
                if place and place.kind == "region":
                    ctx = place.area_id
                elif place and place.kind == "district":
                    near = place.area_id
                    if place.score >= _BY_NAME:
                        district = place.district_id
                mentions.append(Mention(base + at, base + end, surface, place, names=tuple(names)))
            at = end  # (a separator and the next row's figure follow: no element is read there)
        else:
            if part_of is not None and (part := part_of.match(text, at)) is not None:
                at = part.end()  # "над северо-западной частью Черного моря": the sea
            # a bare name in a list of regions ("regions ... such as Kaluga") is the region, not its city
            # ("Among the regions ... were Kursk", "over six regions: Bryansk, Kursk": the noun in
            # the trigger itself)
            region_list = (
                english
                and t.group().lower().startswith(("incl", "such", "among", "regions"))
                and "region" in text[: t.end()].lower()
            )
            lead = t.group().split()  # empty before "там"
            case = "ablt" if not english and _governs_instrumental(lead) else None
            outside = english and t.group().lower().startswith("outside")
            approach = english and (city_head or bool(_CITY_FIRST.search(t.group())))
            if not english and (head := _TRIGGER_HEAD.search(t.group())) is not None:
                last_head = head.group()  # "в следующих районах: Кировском, ..." (the names' head)
            if not english and (k := _OKRUG_OF_TOWN.match(text, at)) is not None:
                at = k.end()  # "над территорией городского округа город Шахты": the town
            elif not english and (k := _COUNTED_HEAD.match(text, at)) is not None:
                at, last_head = k.end(), k["head"]  # "над тремя районами: Кировским, ..."
            elif not english and head is not None and (k := _HEAD_OF_REGION.match(text, at)):
                at = k.end()  # "в трёх районах области – Лискинском, ...": the names
            hit = _element_at(text, at, elements, case)
            owner = None
            if hit is not None and not english and hit[0] in _OWNED:
                # "над Светлым Калининградской области": the town alone, the region after it
                hit, owner = _town_of_region(text, at, hit, elements, case)
                ctx = owner or ctx  # the region the text names is the context of what follows
            if hit is None and (word := _town_again(text, t, at, english, town is given)):
                # "over the city and the Novousmansky district", "над городом и Россошанским
                # районом": the town named before (none when no town is known), and the list
                # goes on after it
                hit, at = _town_then_list(
                    text, word, town, mentions, base, (sep, elements, case), at
                )
                # (an unknown town shares the list's figure like a name the gazetteer lacks
                # under a plural head: never the other places' alone)
                plural = plural or (hit is not None and town is None)
        while hit is not None:
            kind, m = hit
            if kind == "settlements":
                plural = True
            if kind in ("list", "list_lc"):
                if not english:
                    last_head = m["head"]
                plural = plural or english or len(_UNIT_RE.findall(m["adjs"])) > 1
            if kind == "around":
                place = _around(ctx, capital=bool(m["capital"]))
                if place is not None:
                    mentions.append(Mention(base + m.start(), base + m.end(), m.group(), place))
                at = m.end()
                break
            if kind in ("capital_of", "city_district"):
                place = (
                    town
                    if kind == "city_district" and town is not None and town.district_id
                    else regional_capital(ctx)
                )
                if place is None and not english and kind == "city_district":
                    # "над Приморским районом города" with no town or region known: read as a
                    # district's name (a name many towns reuse: a doubt, never a guess)
                    hit = _element_at(text, at, [e for e in elements if e[0] != kind], case)
                    continue
                if place is not None:
                    mentions.append(Mention(base + m.start(), base + m.end(), m.group(), place))
                at = m.end()
                break
            if kind in _EN_TOWN_DISTRICTS:
                place = _district_of_town(m["adj"], m["town"])
                if place is not None:
                    mentions.append(Mention(base + m.start(), base + m.end(), m.group(), place))
                    near = place.area_id
                at = m.end()
                break
            if kind == "anaphor":
                if ctx and (named := region_names(ctx)) and ctx.startswith(("RU-", "UA-")):
                    mentions.append(
                        Mention(
                            base + m.start(),
                            base + m.end(),
                            m.group(),
                            Resolved(ctx, named[0], named[1], "region"),
                        )
                    )
                at = m.end()
                break
            cands = _en_candidates(kind, m) if english else _ru_candidates(kind, m, last_head)
            if region_list and kind == "named":
                cands = [(a, b, t, _region_first(names)) for a, b, t, names in cands]
            elif approach and kind == "named":
                # "on approach to Voronezh": one approaches the city, not its region
                cands = [
                    (a, b, t, [f"{names[0]} city", *names]) for a, b, t, names in cands if names
                ]
            for s, e, surface, names in cands:
                if not english and not MACROREGIONS_RU.isdisjoint(names):
                    continue  # "над Уралом": a part of Russia larger than a region, no place
                if not FOREIGN.isdisjoint((surface, *names)):
                    mentions.append(Mention(base + s, base + e, surface, None, foreign=True))
                    continue
                # "regions including Moscow, Tula and Kaluga": a region of the list is Moscow
                # Region (the ministry's city and oblast; the oblast for other reporters)
                moscow = region_list and kind == "named" and surface == "Moscow"
                place = (
                    _in_owner(names, owner)
                    if owner is not None
                    else _resolve_mention(
                        "Moscow Region" if moscow else surface, names, ctx, english=english
                    )
                )
                if place and outside and place.kind == "region" and place.area_id in _AROUND:
                    # "a village outside Moscow": the region around the city, not the city
                    place = _around(place.area_id, capital=False)
                if place and place.kind != "district" and _district_head(kind, m, last_head):
                    # "над Кировским районом": a district's marker names a district, never the
                    # region its adjective also fits (Kirov Oblast); unknown or ambiguous, review
                    place = None
                if place and place.kind == "district" and not english and _region_head(kind, m):
                    # ... and a region's names a region: "над Загорской областью" (no such
                    # oblast) is never the Nagorsky district its adjective resembles; review
                    place = None
                if (
                    (
                        kind in _SETTLEMENT_KINDS
                        or (
                            # ("over the Tsentralny okrug": the head noun after the name read)
                            _en_district_head(kind, m) or _EN_HEAD_AFTER.match(text, m.end())
                            if english
                            else _district_head(kind, m, last_head)
                        )
                    )
                    and place
                    and _guessed_elsewhere(place, ctx or near, english=english)
                    # (a district of a region the text gave a figure is that region's: "в
                    # Лискинском районе" after the ministry's list whose last row is Volgograd)
                    and place.area_id not in known
                ):
                    # ... nor "в Левобережном районе" in a Voronezh post Moscow's district of
                    # that name (a city's districts the gazetteer may lack): a guess, so no place
                    # (a figure stays the region's in context; the name itself is not reviewed)
                    # "в станице Дмитриевской" of a krai in context is no district of another region
                    place = None
                if (
                    kind in _SETTLEMENT_KINDS
                    and place is not None
                    and _in_another_district(place, district, m)
                ):
                    # "в Истринском округе, у деревни Лесное": the village lies in the district
                    # just named; another district's village of that name is a guess by name
                    place = None
                if (
                    not english
                    and kind in ("proper", "elliptic")
                    and place
                    and place.kind == "district"
                    and (_elsewhere(place, ctx or near) or (ctx or near) is None)
                    and not _instrumental_noun(surface, case)
                    and (shared := _shared_name(surface)) is not None
                ):
                    # "в Октябрьском" in a Belgorod post, or with no region named at all: a name of
                    # places in many regions (districts "Октябрьский" are everywhere) is no town of
                    # a region the text does not name; review
                    place = None
                    names = [*names, shared]
                if (
                    place is None
                    and (
                        (
                            not english
                            and city_districts
                            and kind in ("elliptic", "proper")
                            and _district_head("elliptic", m, last_head)
                        )
                        or _own_district_of(
                            town, ctx, kind, m, last_head, names, text=text if english else None
                        )
                    )
                    and (
                        city_districts
                        or not _town_named(
                            town, [*(x for g in groups for x in g.mentions), *mentions]
                        )
                    )
                ):
                    # "Курск. ... два сбиты над Центральным округом, один — над Железнодорожным":
                    # a city's own district, which the pack lacks, is the city in context
                    place, city_districts = town, True
                if (
                    not english
                    and place is not None
                    and place.kind == "district"
                    and not plural
                    and (said := mentions or (groups[-1].mentions if groups else []))
                    and _district_head(kind, m, last_head)
                    and (town_before := _apposed_town(text, said[-1], base, s, names)) is not None
                ):
                    # "в Ростове, в Советском районе, посечены фасады": a district set off by a
                    # comma right after a town is a part of it, the town's own district (which
                    # the pack lacks), never the region's raion of that name
                    place, city_districts = town_before, True
                if place and place.kind == "region":
                    ctx = place.area_id
                elif place and place.kind == "district":
                    near = place.area_id
                    if kind not in _SETTLEMENT_KINDS and place.score >= _BY_NAME:
                        district = place.district_id
                mentions.append(
                    Mention(
                        base + s,
                        base + e,
                        surface,
                        place,
                        names=tuple(names),
                        settlement=kind in _SETTLEMENT_KINDS,
                    )
                )
            at = m.end()
            if (fig := paren_figure(text, at)) is not None:
                # "над Курской областью (3 БПЛА), Белгородской областью (2 БПЛА) и ...": a
                # place's figure in parentheses does not end the list (paren_count reads it)
                at = fig[0].end()
            s2 = (_RU_SEP_ON if not english and _ENDS_ON.search(t.group()) else sep).match(text, at)
            # a separator followed by anything but a place ("..., 8 БПЛА – над") ends the group
            # (the element found after it is the next one read: matched once)
            if not s2:
                break
            nxt = s2.end()
            if not english and (k := _OKRUG_OF_TOWN.match(text, nxt)) is not None:
                nxt = k.end()  # "... районов и городского округа город Нововоронеж"
            elif not english and (k := _COUNTED_HEAD.match(text, nxt)) is not None:
                # "над Воронежем и тремя районами области – Лискинским, ...": the list goes on
                nxt, last_head = k.end(), k["head"]
            if (hit := _element_at(text, nxt, elements, case)) is None:
                break
            if english and (
                _POSSESSIVE_AFTER.match(text, hit[1].end()) or _SAYS_AFTER.match(text, hit[1].end())
            ):
                # "near Novorossiysk, the Krasnodar region's headquarters said": a name owning
                # the noun after it names who speaks, no more places of the list (the region's
                # own district, "the Belgorod region's Shebekino district", is ``_EN_SEP``'s)
                break
            at = nxt
        if (
            not mentions
            and town is not None
            and (word := _town_again(text, t, at, english, town is given))
        ):
            # "над городом сбиты два" after "над Курском ...": the town named before
            mentions.append(Mention(base + word[0], base + word[1], text[word[0] : word[1]], town))
        if (
            not mentions
            and last_district is not None
            and not english
            and (d := _DISTRICT_AGAIN_RU.match(text, t.start())) is not None
        ):
            # "В Белгородском районе ... Над районом сбиты два": the district named before
            w = "w" if d["w"] else "w2"
            mentions.append(Mention(base + d.start(w), base + d.end(w), d[w], last_district))
        for x in mentions:
            if x.place is not None and x.place.kind == "district" and is_town_name(x.text):
                town = x.place
        mentions = _retry_in_region(mentions, ctx, english=english)
        if ctx is None and near is not None:
            # "над Белгородским районом сбиты два, над Яковлевским округом — ещё один": a name of
            # several districts after a district named in the sentence is the one of its region
            mentions = _retry_in_region(mentions, near, english=english, ambiguous_only=True)
        if english and len(mentions) > 1:
            mentions = _capital_beside_its_districts(mentions, text, base)
        if mentions and _named_sea_before_landmark(text, t, mentions):
            # "над Черным морем в районе Балаклавы": the town says where on the sea, the sea
            # is the place; after a bare sea ("над морем в районе Анапы", "у мыса Фиолент") the
            # town or cape is the place of the figure, a district row in its region
            # (docs/labels.md)
            mentions = []
        if mentions and not (groups and _locator(text, base, groups[-1], t, mentions)):
            groups.append(Group(mentions[0].start, mentions[-1].end, tuple(mentions), plural))
        pos = max(at, t.end(), step)
    groups += [
        a
        for a in attacked
        if not any(g.start < a.mentions[-1].end and a.mentions[0].start < g.end for g in groups)
    ]
    if sea and not english:
        for m in _BARE_AQUA.finditer(text):
            a, b = base + m.start("w"), base + m.end("w")
            if not any(g.start <= a < g.end for g in groups):
                # "1 апреля ... шести дронов над акваторией": the sea named before
                ru, en = region_names(sea)
                mention = Mention(a, b, m["w"], Resolved(sea, ru, en, "sea"))
                groups.append(Group(a, b, (mention,), False))
    groups.sort(key=lambda g: g.start)
    if english and regions_named:
        groups = [_cities_named_apart(g, regions_named) for g in groups]
    return groups


def _cities_named_apart(g: Group, regions_named: frozenset[str]) -> Group:
    """``g`` with a bare name of a region the text named by its head noun read as the region's
    city: a writer who wrote "the Saratov region" means the city by "Saratov" ("debris damaged
    homes in Saratov, the Saratov region governor said", "Oryol Region governor ... a depot in
    Oryol"); a bare name alone stays the region ("Kursk and Belgorod each reported ...")."""
    if g.plural_head:
        return g  # "the Ryazan and Tula regions": the head noun is the list's
    out = []
    for x in g.mentions:
        place = x.place
        if (
            place is not None
            and place.kind == "region"
            and place.area_id in regions_named
            and x.names[:1] == (x.text,)
            and " " not in x.text
            and (city := find_any_place([f"{x.text} city"], place.area_id)) is not None
            and city.kind == "district"
            and city.area_id == place.area_id
        ):
            x = Mention(x.start, x.end, x.text, city, names=(f"{x.text} city", *x.names))
        out.append(x)
    return Group(g.start, g.end, tuple(out), g.plural_head)


_BARE_NAME_EN = re.compile(CAP)
#: The names after a bare name, then the plural head they share: " and Belgorod regions" (each
#: name a region's, "the Kursk and Belgorod regions").
_LISTED_REGIONS_EN = re.compile(
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){CAP})*\s+(?:regions|oblasts|provinces)\b"
)


def _capital_beside_its_districts(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """ "over Voronezh and the Rossoshansky district": a region's bare name (no "region" after it)
    listed beside a district or a town of that region is the region's capital, a place of the
    list like the district (the region then has the figure the list shares:
    ``report_rules.rule_region_of_districts_count``). English; a bare name alone stays the
    region ("over Voronezh overnight"), and so does one of a list of regions ("over the Kursk and
    Belgorod regions and the Shebekino district"), and so does a republic whose capital is
    named otherwise ("Tatarstan's Nizhnekamsk district": ``vocab.CAPITALS``)."""
    regions = {
        x.place.area_id for x in mentions if x.place is not None and x.place.kind == "district"
    }
    out = []
    for x in mentions:
        if (
            x.place is not None
            and x.place.kind == "region"
            and x.place.area_id in regions
            # (a republic whose capital has a name of its own: "over Tatarstan's Nizhnekamsk
            # district", "Bashkortostan and the Ufa district" name the republic, never Kazan)
            and x.place.area_id not in CAPITALS
            and _BARE_NAME_EN.fullmatch(x.text)
            and not _LISTED_REGIONS_EN.match(text, x.start - base + len(x.text))
            and (city := regional_capital(x.place.area_id)) is not None
        ):
            x = replace(x, place=city)
        out.append(x)
    return out


#: A district's head noun after its name, if any: "Ярославский район", "Энский городской округ"
#: (or a region's, the place attacked: "Смоленскую область атаковали беспилотники").
_DISTRICT_HEAD = r"(?:\s+(?:муниципальный\s+|городской\s+)?(?:район|округ)|\s+(?:область|край))?"
#: "Кстово атаковали беспилотники", "Саратов и Энгельс атаковал дрон": the towns attacked named
#: before the verb, the drones after it (the verb agrees with them: they are its subject, the
#: towns its object, in the accusative that is their nominative's form); so with an attempt
#: ("Орск вновь пытались атаковать украинские беспилотники"), and a town that "подвергся атаке"
#: is the subject of that verb ("Орск подвергся атаке беспилотников"), as of the passive ("Орск
#: атакован беспилотниками"). A district is named with its head noun ("Ярославль и Ярославский
#: район подверглись атаке": ``_DISTRICT_HEAD``).
_ATTACKED_FIRST = re.compile(
    rf"(?P<names>[А-ЯЕ][а-яе-]+(?:\s+[А-ЯЕ][а-яе-]+)?{_DISTRICT_HEAD}"
    rf"(?:(?:\s*,\s*|\s+и\s+)[А-ЯЕ][а-яе-]+{_DISTRICT_HEAD})*)"
    # ("Обнинск вновь был атакован беспилотниками": an adverb and the auxiliary; when, between
    # the town and its verb: "Энгельс этой ночью снова атаковали беспилотники")
    r"\s+(?:(?:вновь|снова|опять|также|тоже|был[аио]?|сегодня|вчера|ночью|утром|вечером|дн[её]м"
    r"|(?:этой|минувшей|прошлой|прошедшей)\s+ночью)\s+){0,3}"
    r"(?:(?:(?:пыта|попыта)л(?:ся|ась|ись)\s+атаковать|атаковал[аи]?|атакован[аоы]?)"
    r"\s+(?:[а-яе]+\s+){0,2}"
    r"(?:беспилотник|дрон|БПЛА|бпла)|подверг(?:ся|лась|лось|лись)\s+(?:массированной\s+)?атак[еи])"
)
_ATTACKED_NAME = re.compile(rf"[А-ЯЕ][а-яе-]+(?:\s+[А-ЯЕ][а-яе-]+)?{_DISTRICT_HEAD}")


def _attacked_first(text: str, base: int, region: str | None) -> list[Group]:
    """The group of towns named before "атаковали беспилотники" (see ``_ATTACKED_FIRST``); a
    first word the gazetteer does not know with the name is an adverb that opens the sentence
    ("Ночью Кстово атаковали ...")."""
    found = []
    for m in _ATTACKED_FIRST.finditer(text):
        mentions = []
        for n in _ATTACKED_NAME.finditer(text, m.start("names"), m.end("names")):
            words = n.group().split()
            place = find_any_place([n.group()], region)
            start = n.start()
            if place is None and len(words) > 1:
                rest = " ".join(words[1:])  # (one adverb first: "Ночью Нижний Новгород")
                place = find_any_place([rest], region)
                start = n.end() - len(rest)
            if place is not None and (place.kind == "district" or not is_sea(place.area_id)):
                # (a region too, by its one name: "Ночью Брянщину атаковали беспилотники")
                mentions.append(Mention(base + start, base + n.end(), text[start : n.end()], place))
        if mentions:
            found.append(
                Group(mentions[0].start, mentions[-1].end, tuple(mentions), len(mentions) > 1)
            )
    return found


#: A place's figure in parentheses right after its name, in any case: "над Курской областью
#: (3 БПЛА), Белгородской областью (2 БПЛА)", "Республикой Крым (6)", "the Kursk region (3)".
_PAREN_FIGURE = re.compile(
    # (a counter word after the figure: "(5 ед.)", "(3 шт.)")
    r"\s*\(\s*(?P<n>\d{1,3}|[а-яе]+|[a-z]+)(?:\s+(?:шт\.|штук[а-я]*|ед\.|единиц[а-я]*))?"
    r"(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА|drones?|UAVs?))?\s*\)"
)


def paren_figure(text: str, at: int) -> tuple[re.Match[str], int] | None:
    """The figure in parentheses at ``at`` (right after a place's name) and its value, in
    digits or in words; None when there is none."""
    m = _PAREN_FIGURE.match(text, at)
    if m is None:
        return None
    value = figure_value(m["n"])
    return None if value is None else (m, value)


#: "над городом", "over the city" with no name after it: the town named before (only over it:
#: "a journalist in the city" may mean a town named later).
_DISTRICT_AGAIN_RU = re.compile(
    rf"(?i:над)\s+{OWN_AREA}(?P<w>районом|округом)(?![\w-])(?!\s+(?:[А-ЯЕ][а-яе]|города|области|края))"
    # "на территории района сбиты два" (a district head's words): the same district
    rf"|(?i:на)\s+территории\s+{OWN_AREA}(?P<w2>района|округа)(?![\w-])(?!\s+(?:[А-ЯЕ][а-яе]|города|области|края))"
)
_TOWN_AGAIN_RU = re.compile(rf"(?<![\w-])над\s+{OWN_AREA}городом\s+$", re.IGNORECASE)
_TOWN_AGAIN_EN = re.compile(r"(?:city|town)(?![\w-])(?!\s+of\s)(?!\s+[A-Z])")
#: "городом" with a stop, a comma or the sentence's end after it, and "над" (or "над нашим")
#: as the trigger read before it; so are a town's titles used as its noun ("над наукоградом.",
#: "..., над городом-курортом", stop 47).
_TOWN_AT_END_RU = re.compile(
    r"(?:городом|наукоградом|городом-(?:курортом|героем))(?=\s*(?:[,.;!)]|[–—-]\s|$))",
    re.IGNORECASE,
)
_OVER_ALONE_RU = re.compile(rf"(?<![\w-])над\s+{OWN_AREA}$", re.IGNORECASE)
#: The English words before "the city" that point back at a town: "over the city", "near the
#: town", "on approach to the city" (the town named before: ``Context.town``).
_OVER_EN = re.compile(r"(?:over|above|near|on\s+(?:the\s+)?approach(?:es)?\s+to)\s", re.IGNORECASE)
#: "на подлёте к городу" with no name after it (the trigger's "на подлете к" read before it).
#: A town's title in place of "город" after it: "Глава администрации Обнинска сообщила, что
#: ещё два беспилотника сбиты на подлёте к наукограду" (stop 47, news: the science town's figure
#: had lost its town), "на подлёте к городу-курорту".
_APPROACH_TOWN_RU = re.compile(
    r"(?<=к\s)(?:городу(?:-курорту|-герою)?|наукограду)(?![\w-])(?!\s+[А-ЯЕ])"
)


def _town_again(
    text: str, t: re.Match[str], at: int, english: bool, approached: bool = False
) -> tuple[int, int] | None:
    """The span of a bare "городом"/"city" right after "над"/"over" (or, when ``approached``,
    of "городу" after "на подлете к"), else None."""
    if english:
        m = _TOWN_AGAIN_EN.match(text, at) if _OVER_EN.match(t.group()) else None
        return (m.start(), m.end()) if m else None
    if approached and (a := _APPROACH_TOWN_RU.match(text, at)) and t.group()[:2].lower() == "на":
        # "на подлёте к городу": the town an earlier sentence named (a town named before it in
        # the same sentence leaves "ещё один ... на подлёте к городу" to add to its figure)
        return (a.start(), a.end())
    m = _TOWN_AGAIN_RU.search(t.group())
    if m is None and (w := _TOWN_AT_END_RU.match(text, at)) and _OVER_ALONE_RU.search(t.group()):
        # "Два — над городом, четыре — над районом": the bare noun before a stop or a comma,
        # which the trigger leaves (it takes "городом" only before a name or a word)
        return (w.start(), w.end())
    if m is None or re.match(r"\s*[А-ЯЕ][а-яе]", text[at:]):
        # (a name after the noun is the place named, "над городом Брянском"; an abbreviation
        # is none: "над городом ПВО сбили три", discovery80 ah21)
        return None
    return (t.start() + m.start(), t.start() + m.end() - len(m.group()) + len(m.group().rstrip()))


#: A preposition of nearness: "near", "под", "близ", "вблизи", "недалеко от", "возле", "около".
_NEAR = re.compile(
    r"(?:near|close\s+to|not\s+far\s+from|под|близ|вблизи|возле|около|(?:недалеко|неподалеку)\s+от)\s",
    re.IGNORECASE,
)


def _locator(
    text: str, base: int, before: Group, t: re.Match[str], mentions: list[Mention]
) -> bool:
    """Whether regions named right after a district or a town with "near"/"под" only say where
    it lies ("in the Ramenskoye district near Moscow", "в Раменском округе под Москвой"): no
    place of the report's own."""
    last = before.mentions[-1].place
    return (
        last is not None
        and last.kind == "district"
        and _NEAR.match(t.group()) is not None
        and not text[before.end - base : t.start()].strip(" ,")
        and all(x.place is not None and x.place.kind == "region" for x in mentions)
    )


#: A sea right before a preposition of nearness, its name ("над Черным морем", "над акваторией
#: Азовского моря", "over the Black Sea") or none ("над морем", "over the sea").
_SEA_BEFORE_RU = re.compile(
    r"(?:(?<![\w-])(?P<named>[А-ЯЕЁ][а-яеё]+(?:ым|им|ого|его)\s+)?(?:морем|моря)"
    r"|(?<![\w-])акватори(?:ей|и))\s*,?\s*$"
)
_SEA_BEFORE_EN = re.compile(
    r"(?:(?P<named>[A-Z][a-z]+\s+)Sea|(?P<of>Sea\s+of\s+Azov)|the\s+(?:sea|waters))\s*,?\s*$"
)
#: The prepositions of a landmark on a sea: "в районе", "у", "близ", "off", "near".
_SEA_LOCATOR = re.compile(
    r"(?:в\s+районе|у|близ|вблизи|возле|около|(?:недалеко|неподалеку)\s+от|near|off|close\s+to)\s",
    re.IGNORECASE,
)
#: A landmark that is water itself: "над морем в районе Казачьей бухты" is over the bay.
_WATER_BODY = re.compile(r"бухт|залив|пролив|лиман|[Bb]ay|[Ss]trait")
#: How far back from a landmark's preposition its sea is looked for.
_SEA_REACH = 40


def _named_sea_before_landmark(text: str, t: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether places after a preposition of nearness right after a named sea only say where
    on the sea ("над Черным морем у Балаклавы", "над акваторией Азовского моря вблизи Ейска",
    "over the Black Sea near Sevastopol"): the sea is the place. After a bare sea ("над морем
    в районе Любимовки и Качи", "over the sea off Cape Fiolent") the places are the report's,
    as a bay is even after a named sea ("над морем в районе Казачьей бухты")."""
    if _SEA_LOCATOR.match(t.group()) is None:
        return False
    if any(m.place is None or _WATER_BODY.search(m.text) for m in mentions):
        return False
    english = _SEA_BEFORE_EN if t.group()[0] in "nNoOcC" else _SEA_BEFORE_RU
    sea = english.search(text, max(0, t.start() - _SEA_REACH), t.start())
    return sea is not None and bool(sea.group("named") or sea.groupdict().get("of"))


def _town_then_list(
    text: str,
    word: tuple[int, int],
    town: Resolved | None,
    mentions: list[Mention],
    base: int,
    grammar: tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]], str | None],
    at: int,
) -> tuple[tuple[str, re.Match[str]] | None, int]:
    """Add the town a bare "городом"/"city" means to ``mentions`` when a list goes on after
    it; return the list's next element (with where it starts), or None. An unknown town is
    a name without a place: the list's figure is never its other places' alone."""
    sep, elements, case = grammar
    s2 = sep.match(text, word[1])
    hit = _element_at(text, s2.end(), elements, case) if s2 is not None else None
    if s2 is None or hit is None:
        return None, at
    mentions.append(Mention(base + word[0], base + word[1], text[word[0] : word[1]], town))
    return hit, s2.end()


#: The English elements of a city's own district (``_EN_ELEMENTS``).
_EN_TOWN_DISTRICTS = frozenset({"district_of_town", "towns_district"})


@functools.lru_cache(maxsize=1024)
def _district_of_town(adjective: str, town_name: str) -> Resolved | None:
    """The place "the <adjective> district of <town>" names in English, None when the town is
    no town (a region, a country: "the Yelabuga district of Tatarstan" is read as before).

    A district the gazetteer holds by that name in the town's region is that district: a federal
    city's own ("Sevastopol's Nakhimovsky district"; of Moscow's oblast when the city has none of
    the name), or a district a writer names by its region's capital ("Belgorod's Shebekino
    district"); any other is one of the city's own districts, which the pack lacks, and names the
    city ("Saratov's Zavodskoy district", "the Levoberezhny district of Lipetsk"). Several of
    one town's districts ("the Privokzalny and Sovetsky districts of Tula") name the town when
    each of them does."""
    adjectives = _LISTED_ADJECTIVES.split(adjective)
    if len(adjectives) > 1:
        found = [_district_of_town(a, town_name) for a in adjectives]
        return found[0] if found[0] is not None and all(f == found[0] for f in found) else None
    district = f"{adjective} district"
    alone = find_place(town_name)
    if alone is not None and alone.kind == "region" and alone.area_id in _AROUND:
        for area in (alone.area_id, _AROUND[alone.area_id]):
            inside = find_place(district, area)
            if inside is not None and inside.kind == "district" and inside.area_id == area:
                return inside
        return alone
    city = find_place(f"{town_name} city")
    if city is None or city.kind != "district":
        return None
    inside = find_place(district, city.area_id)
    if inside is not None and inside.kind == "district" and inside.area_id == city.area_id:
        return inside
    return city


#: What parts a list of adjectives: "Privokzalny and Sovetsky", "Seymsky, Tsentralny".
_LISTED_ADJECTIVES = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _a_town(word: str) -> bool:
    """A noun in the genitive that the gazetteer knows as a town (a district of a region),
    never a region ("Крыма") or an adjective ("Калужской")."""
    if is_adjective(word) or not is_place_noun(word, "gent"):
        return False
    place = find_any_place(list(noun_lemmas(word)), None)
    return place is not None and place.kind == "district"


def is_town_name(surface: str) -> bool:
    """Whether a place's words name a town, not a district ("районом", "district", "округ", or
    a district's adjective alone in the instrumental: "над Сызранью и Сызранским районом"
    names the town first and the district after it, and "Сызранским" is no town)."""
    return _DISTRICT_WORD.search(surface) is None and _ADJECTIVE_INSTR.search(surface) is None


#: An adjective in the instrumental: "Сызранским", "Задонским", "Новосильскими" (a town's noun
#: never ends so: "над Курском", "над Сызранью").
_ADJECTIVE_INSTR = re.compile(r"(?:ск|цк)(?:им|ими)$")


#: The region around a city that is a region of its own.
_AROUND = {"RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN", "UA-40": "UA-43"}


def region_around(area: str | None) -> str | None:
    """The region around ``area`` when it is a city that is a region of its own (Moscow Oblast
    around Moscow), else None."""
    return _AROUND.get(area) if area is not None else None


def city_region(area: str | None) -> Resolved | None:
    """The city a region of its own is (Sevastopol, Moscow, Saint Petersburg), else None: what
    "the city" means in its head's words."""
    if area not in _AROUND:
        return None
    ru, en = region_names(area)
    return Resolved(area, ru, en, "region")


def _around(ctx: str | None, *, capital: bool) -> Resolved | None:
    """The region "the surrounding region" means: the one around the city in context (Moscow
    Oblast around Moscow), or the region in context itself; around the capital, the Moscow
    Region (the ministry's city and oblast, the oblast for other reporters)."""
    if capital:
        return Resolved(
            "RU-MOW+RU-MOS", "Московский регион", "Moscow Region", "combined", moscow_region_en=True
        )
    if ctx is None or not ctx.startswith(("RU-", "UA-")):
        return None
    area = _AROUND.get(ctx, ctx)
    ru, en = region_names(area)
    return Resolved(area, ru, en, "region")


#: Cities that are regions of their own: "the city" in their context is the whole region.
#: (Not Moscow: its mayor's figure without a place is the city's already, and "one of the two
#: drones shot down over the city" in his words retells the ministry's two, no figure of his.)
_CITY_REGIONS = ("RU-SPE", "UA-40")


def _city_region(ctx: str | None) -> Resolved | None:
    """The region ``ctx`` as the town a bare "над городом", "over the city" means, when it is a
    city ("Sevastopol's governor said ... over the sea and above the city"), else None."""
    return city_region(ctx) if ctx in _CITY_REGIONS else None


_REGION_KIND_EN = re.compile(r"\s+(?:Oblast|Krai|Region)$")


def regional_capital(ctx: str | None) -> Resolved | None:
    """The capital of the region ``ctx`` as a town of it: the one ``vocab.CAPITALS`` names, or
    else the town the region is named after ("Krasnodar Krai": Krasnodar); None when neither
    is a town of that region (Leningrad Oblast has no Leningrad)."""
    if ctx is None or not ctx.startswith("RU-"):
        return None
    if ctx in CAPITALS:
        names = [CAPITALS[ctx]]
    else:
        # "Nizhny Novgorod Oblast": the town of the name without its region's kind
        named = _REGION_KIND_EN.sub("", region_names(ctx)[1])
        names = [f"{named} city"] if named and named != ctx else []
    town = find_any_place(names, ctx) if names else None
    if town is None or town.district_id is None or town.area_id != ctx:
        return None
    return town


#: A town's name as the pack writes it, no district's ("Курск", "городской округ Казань"; never
#: "Шебекинский городской округ", "Тарусский район").
_DISTRICT_NOT_TOWN = re.compile(r"(?:район|округ)$", re.IGNORECASE)


def _own_district_of(
    town: Resolved | None,
    ctx: str | None,
    kind: str,
    m: re.Match[str],
    last_head: str | None,
    names: list[str],
    *,
    text: str | None = None,
) -> bool:
    """Whether a district's name the gazetteer leaves undecided or lacks is a district of the
    town in context: a name Soviet planning gave the districts of many cities
    (``lookup.CITY_DISTRICT_NAMES``: "над Центральным округом", "над Советским районом"), or a
    name the gazetteer knows nowhere at all ("над Сеймским округом" in Kursk's head's words),
    with a district's head noun, in a text whose town (a mayor's, or the one named) lies in the
    region in context. ``text`` is the English sentence (None for Russian): there the head noun
    may follow the name the element read ("over the Zheleznodorozhny okrug")."""
    if (
        town is None
        or town.district_id is None
        or _DISTRICT_NOT_TOWN.search(town.district_ru or "")
        or (ctx is not None and ctx != town.area_id)
    ):
        return False
    if text is not None:
        if not (_en_district_head(kind, m) or _EN_HEAD_AFTER.match(text, m.end())):
            return False
        stems = {_en_stem(n.split()[0]) for n in names if n}
        return not _CITY_DISTRICT_STEMS_EN.isdisjoint(stems) or _known_nowhere(names)
    if not _district_head(kind, m, last_head):
        return False
    adjectives = {n.split()[0].lower().replace("ё", "е") for n in names if n}
    return not CITY_DISTRICT_NAMES.isdisjoint(adjectives) or _known_nowhere(names)


#: A district's head noun after the name an English element read: "the Seymsky okrug".
_EN_HEAD_AFTER = re.compile(r"\s+(?:okrug|district)s?\b", re.IGNORECASE)
#: An English adjective's ending, which spellings vary ("Kirovsky", "Kirovskiy", "Zavodskoi").
_EN_ENDING = re.compile(r"(?:iy|yy|ii|yi|oy|oi|y|i)$")


def _en_stem(word: str) -> str:
    """An English spelling of an adjective without its ending, lower-cased."""
    return _EN_ENDING.sub("", word.lower())


#: The English stems of :data:`lookup.CITY_DISTRICT_NAMES` ("zheleznodorozhn", "tsentraln").
_CITY_DISTRICT_STEMS_EN = frozenset(_en_stem(transliterate(n)) for n in CITY_DISTRICT_NAMES)


def _known_nowhere(names: list[str]) -> bool:
    """Whether the gazetteer knows none of ``names`` anywhere, not even as a guess or as a name
    of several places: a city's own district, which the pack lacks."""
    return all(known_nowhere(n) for n in names if n)


#: What stands between a town and a district set off after it: "в Ростове, в Советском районе".
_APPOSED_GAP = re.compile(r"\s*,\s*(?:(?:в|во|над|на)\s+)?$")


def _apposed_town(
    text: str, before: Mention, base: int, start: int, names: list[str]
) -> Resolved | None:
    """The town ``before`` names when the district named at ``start`` (a name Soviet planning
    gave the districts of many cities, ``lookup.CITY_DISTRICT_NAMES``) is set off right after it
    by a comma ("в Ростове, в Советском районе, ..."), else None."""
    town = before.place
    if (
        town is None
        or town.kind != "district"
        or not is_town_name(before.text)
        or _APPOSED_GAP.fullmatch(text, before.end - base, start) is None
    ):
        return None
    adjectives = {n.split()[0].lower().replace("ё", "е") for n in names if n}
    return town if not CITY_DISTRICT_NAMES.isdisjoint(adjectives) else None


def _town_named(town: Resolved | None, mentions: list[Mention]) -> bool:
    """Whether ``mentions`` name ``town`` by its own name ("Над Чебоксарами сбиты три: два над
    Ленинским районом, ..."): its districts' figures are then parts of its own, which the
    city's row would count twice; "над городом" names no town so."""
    return town is not None and any(
        x.place is not None
        and x.place.district_id == town.district_id
        and re.match(r"(?:над\s+|в\s+|over\s+the\s+)?город", x.text, re.IGNORECASE) is None
        for x in mentions
    )


def _district_head(kind: str, m: re.Match[str], last_head: str | None) -> bool:
    """Whether a Russian element names its place with a district's head noun ("районом",
    "городском округе"; an autonomous okrug is a region)."""
    if kind in ("list", "list_lc"):
        head = m["head"]
    elif kind == "elliptic" and last_head:
        head = last_head
    else:
        return False
    _gender, nom, prefix = head_of(head)
    return nom in ("район", "округ") and not prefix.startswith("автономн")


def _region_head(kind: str, m: re.Match[str]) -> bool:
    """Whether a Russian element names its place with a region's head noun of its own
    ("Загорской областью"; never one carried from before: "В Воронежской области ... над
    Октябрьским" is a town)."""
    return kind in ("list", "list_lc") and head_of(m["head"])[1] in ("область", "край")


_EN_DISTRICT_END = re.compile(r"[Dd]istricts?$")


def _en_district_head(kind: str, m: re.Match[str]) -> bool:
    """Whether an English element names its place with a district's head noun ("the Zavodskoy
    district", "the Kirovsky and Tarussky districts")."""
    if kind == "named":
        return _EN_DISTRICT_END.search(m["name"]) is not None
    return kind == "list" and _EN_DISTRICT_END.search(m["head"]) is not None


def _shared_name(surface: str) -> str | None:
    """The district name an adjective-like town name shares with places in several regions
    ("Октябрьском" -> "Октябрьский район"), None when the name is no such adjective."""
    if not is_adjective(surface):
        return None
    name = f"{adjective_nominative(surface, 'masc')} район"
    find_any_place([name], None)  # records the gazetteer's list of places, for the doubt
    return name if ambiguity([name]) is not None else None


#: A district matched by a name of its own (not a town or village inside it, 0.8).
_BY_NAME = 0.9


def _in_another_district(place: Resolved, district: str | None, m: re.Match[str]) -> bool:
    """A village (matched as a town, not by a district's name) that resolves to another
    district than the one the sentence just named, and does not name its own district."""
    return (
        district is not None
        and place.kind == "district"
        and place.district_id != district
        and place.score < _BY_NAME
        and not (
            m["district"]
            if "district" in m.re.groupindex  # ("settlement_list": its names' district)
            else _OF_DISTRICT.match(m.string, m.start("name"))
        )
    )


def _elsewhere(place: Resolved, ctx: str | None) -> bool:
    """A settlement resolved to a district outside the region in context: a guess by name."""
    return (
        place.kind == "district"
        and ctx is not None
        and ctx.startswith("RU-")
        and place.area_id != ctx
    )


def _guessed_elsewhere(place: Resolved, ctx: str | None, *, english: bool) -> bool:
    """:func:`_elsewhere`, except that in English a district of the region around the city in
    context is no guess ("the Podolsk district" in a text about Moscow is Moscow Oblast's: the
    English text names the city for both); nor, in Russian, one named by its own full name
    ("над Ленинским городским округом" in the Moscow mayor's words: he tells drones downed over
    the oblast around his city as often as over it; a village matched inside a district, below
    :data:`_BY_NAME`, is still a guess)."""
    return _elsewhere(place, ctx) and not (
        ctx and _AROUND.get(ctx) == place.area_id and (english or place.score >= _BY_NAME)
    )


def _retry(x: Mention, region: str, english: bool) -> Resolved | None:
    """Resolve a district that is ambiguous alone inside the region its neighbours name (a
    district only: "Кировский" alone also reads as Kirov Oblast)."""
    if english:
        found = find_any_place([x.text, x.text.rsplit(" ", 1)[0]], region)
        # (as in Russian, never a district outside the region: "the Zavodskoy district" in a
        # Saratov text is one of the city's, which the gazetteer lacks, not Primorye's)
        return (
            found
            if found is not None
            and found.kind == "district"
            and not _guessed_elsewhere(found, region, english=True)
            else None
        )
    cands = []
    if x.settlement:
        # "над посёлком Энским": the settlement's own names, never the Энский район
        place = find_any_place(list(x.names), region)
        return place if place is not None and not _elsewhere(place, region) else None
    if is_adjective(x.text):
        cands = [
            adjective_nominative(x.text, "masc") + " район",
            adjective_nominative(x.text, "masc"),
        ]
    place = find_any_place([*cands, *noun_lemmas(x.text)], region)
    if place is None or place.kind != "district" or _elsewhere(place, region):
        return None
    return place


def find_targets(text: str, base: int, *, city: bool = False) -> list[tuple[int, int]]:
    """Spans of "летевших на Москву"-style targets in one sentence; with ``city`` (the text named
    Moscow as the target or its mayor before) also "flying toward the city", "летевших на город"
    (``vocab.CITY_TARGET_RE``)."""
    low = text.lower()
    spans = []
    if city and ("город" in low or "city" in low):
        spans = [(base + m.start(), base + m.end()) for m in CITY_TARGET_RE.finditer(text)]
    if "москв" not in low and "moscow" not in low and "столиц" not in low and "capital" not in low:
        return spans  # every other target names Moscow or the capital: skip the pattern
    return sorted(spans + [(base + m.start(), base + m.end()) for m in TARGET_RE.finditer(text)])


def ambiguous(m: Mention) -> str | None:
    """Why a mention has no place when the gazetteer found several ("'Кировский район' matches
    5 places: ..."), None when it has one or the name is simply unknown."""
    if m.place is not None or m.foreign:
        return None
    return ambiguity(list(m.names))
