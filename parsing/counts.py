"""Count phrases: which numbers of a sentence count drones, and how.

A number counts drones when a drone noun, a place phrase, a dash, an interception verb or
the end of a clause follows it; dates, years and "N из M" are not counts. Each count keeps
what the words around it say: a bound ("более 20"), "по N" (each), a subset ("в том
числе"), an attempt ("с применением"), an addition ("ещё три"), or a drone noun after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import NamedTuple

from parsing import vocab
from parsing.model import Qualifier
from parsing.numbers import Number, find_numbers, letter_runs
from parsing.rows import ROW_WORDS, Body
from parsing.time import GAPPED_TIME
from parsing.word_start import fronted, word_start


@dataclass(slots=True)
class Count:
    """A number that counts drones."""

    value: int
    start: int
    end: int
    qualifier: Qualifier = "exact"
    each: bool = False
    subset: bool = False
    attempt: bool = False
    drone: bool = False  # a drone noun follows it
    implied: bool = False  # "a drone", "уничтожен БПЛА"
    extra: bool = False  # "еще три", "one more drone": an addition, never a total
    summed: bool = False  # two counts joined by a second verb ("пять уничтожены и три перехвачены")
    #: one speaker's figures told apart and added up, "ещё N" at a later time after a figure with
    #: no place ("об одном, в 02:35 — ещё о двух": ``count_rules._add_to_unplaced``): a sum the
    #: text did not write
    added: bool = False
    attack: bool = False  # the drones an attack was made with ("атаки восьми БПЛА"), never a total
    running: bool = False  # a running total ("достигло 25"): cumulative, its own report
    part: bool = False  # "один из аппаратов": a part of drones counted elsewhere, not a whole
    #: its drones are named by their ordinals ("первый", "второй и третий")
    ordinal: bool = False


#: A wire story's version before its number: "UPDATE 2 - Russia downs 18 drones", "UPD 3".
_VERSION_BEFORE = re.compile(r"(?<![\w-])(?:update|upd)\s+$")
#: The sign of a thing's number before it: "в здании школы №3", "подстанция № 2", "school No.
#: 3" (a damaged building named in a governor's post, stop 47: no count; "№ 3 БПЛА" is none
#: either, but a drone noun after it keeps the figure as every count's noun does).
_NUMBER_SIGN_BEFORE = re.compile(r"(?:№|(?<![\w-])no\.)\s?$")
#: Words between a figure and its drone noun: a verb's participle, a side, a kind, a counter
#: word ("уничтожены 5 единиц БПЛА", written short: "5 ед. БПЛА").
_SKIP = re.compile(
    rf"(?:\s+(?:(?:{vocab.VERB_STEM_RU})\w*ых|единиц\w*|ед\.|украинск\w*|российск\w*|ударн\w*|вражеск\w*|ворож\w*|неприятельск\w*|самолетн\w*|летательн\w*|еще|иных|других|тяжел\w*|"
    r"ukrainian|fixed-wing|aircraft-type|plane-type|more|others?|enemy|attack|combat|strike|incoming|kamikaze|long-range|"
    # a kind written before its noun, with a hyphen or apart: "сбиты 2 FPV-дрона", "three FPV drones"
    r"russian|hostile|shahed-type|kamikaze-drones?|fpv-?))*",
)
#: Adjectives right before a drone noun, by their endings ("two aerial drones", "Два
#: дальнобойных беспилотника", "three jet-powered drones"): ``_SKIP`` lists the common ones,
#: never all; a noun between is none ("за последние два месяца все беспилотники").
_ADJS_BEFORE_DRONE = re.compile(
    r"(?:\s+[а-яе-]+(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ыми|ими|ую|юю)){1,2}"
    r"(?=\s+(?:бпла|беспилотн|дрон|аппарат))"
    r"|\s+[a-z]+(?:-[a-z]+)*(?:al|ic|ian|ive|ed|ful|ous|ary|ing|range|wing|type|made)"
    r"(?=\s+(?:drones?|uavs?|unmanned)(?![\w-]))"
)
#: "Все 6 аппаратов уничтожены", "ликвидировано пять вражеских аппаратов": a governor's word
#: for the drones, a drone noun only right after a number (the sentence's other tests keep to
#: the drone nouns: "аппарат губернатора" is his office).
_APPARATUS = re.compile(r"аппарат(?:а|ов|ы|ом|ами|ах|у|е)?(?![\w-])")
#: The English interception verbs a figure without its drone noun may stand before ("two
#: more were shot down", "another two were jammed by electronic warfare": jammed is down, as
#: "подавлены" is).
_VERBS_EN = (
    r"shot\s+down|destroyed|intercepted|downed|suppressed|jammed|neutrali[sz]ed|brought\s+down"
)
#: "these", "those" standing for the drones just counted, as "them" does ("six of those fell
#: over ...", "nine of these were ..."): a pronoun, never a determiner ("of those killed").
_THOSE = (
    r"th(?:ese|ose)(?=\s*[,;.]|\s+(?:were|was|had|have|fell|came|crashed|landed|went)(?![\w-]))"
)
#: A verb of coming down and the place after it: "Три упали в Лискинском районе", "один рухнул
#: у села": where that many of the drones of a figure told before came down (as English "Six
#: fell over the Belgorod region", ``_FOLLOW_OK``).
_CAME_DOWN_AT_RU = re.compile(
    r"\s*(?:упал|рухнул)[аио]?\s+(?:во?|на|над|у|под|возле|около|близ|рядом)(?![\w-])"
)
#: What may follow a number that counts drones with no drone noun of its own right after it.
#: "of the ... drones" may hold a kind written with a hyphen and a side before it ("six of the
#: fixed-wing UAVs", "two of the Ukrainian long-range drones": the part of the figure told
#: before; such a row had been lost).
_FOLLOW_OK = re.compile(
    rf"\s*(?:[–—-]\s|[–—](?=[^\W\d])|аппарат\w*|штук\w*|шт\.|единиц\w*|ед\.|над\b|over\b|in\b|above\b|each\b|apiece\b|others?\b|[,;.)]|$|[\"”»](?=\s+(?:drones?|uavs?|unmanned)\b)|и\s|and\s|из\s|із\s|з\s|out\s+of\b|of\s+\w+\s+(?:[\w-]+\s+){{0,2}}(?:drones?|uavs?|shaheds?|craft)|of\s+(?:them|{_THOSE})\b|летевш|flying|(?:в|на)\s+кажд|(?:утром|дн[её]м|вечером|ночью|за\s+ночь|overnight|позже|позднее)(?![\w-])"
    rf"|(?:был[аиоы]?\s+)?(?:{vocab.VERB_STEM_RU})\w*|(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:{_VERBS_EN})"
    r"|(?:were|was)\s+(?:\w+\s+)?(?:over|in|above)\b"
    # "including 19 approaching Moscow", "five heading for the capital", "three that were flying
    # toward Moscow": the drones' course after the figure, as "flying" (a participle or a
    # relative clause); the figure had been lost and the Moscow target took the one before it
    r"|(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?(?:flying|approaching|heading|headed|bound)\b"
    # "and another 20 during the day", "a further five between 9 a.m. and noon": a figure with
    # a time of its own after it (``time_clauses._MORE_JOIN`` cuts its clause off)
    r"|(?:during\s+the\s+day|in\s+the\s+(?:afternoon|evening)|between\s+\d|from\s+\d)"
    # "10 on Monday night and another 12 on Tuesday night": a night or a day of its own
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w-])"
    # "two more off the coast": the waters by the land the sentence named (``rule_bare_sea``)
    r"|off\s+the\s+(?:coast|shore|coastline)\b"
    # "Six fell over the Belgorod region", "two came down in the Kursk region" after drones
    # were counted: where those drones came down (only with a place after the verb)
    r"|(?:fell|came\s+down)\s+(?:over|in|above)\b"
    # a source in parentheses after the figure: "над Смоленской — 4 (данные Минобороны)"
    r"|\(\s*(?:по\s+)?(?:данн|словам|информаци|сведени|сообщени|со\s+слов)\w*(?![\w-]))",
)
#: An English participle of downing before another thing's noun: "satellite images showed at
#: least seven destroyed warplanes", "two downed helicopters" (the participle is the noun's, as
#: an adjective: no figure of drones, though ``_FOLLOW_OK`` reads a verb after the number).
_THING_DOWNED_EN = re.compile(
    r"\s+(?:destroyed|downed|damaged|intercepted)\s+(?:[a-z-]+\s+)?"
    r"(?:warplanes?|aircraft|(?:air|war)?planes?|jets?|bombers?|fighters?|helicopters?|tanks?"
    r"|vehicles?|boats?|vessels?|ships?|missiles?|rockets?|bombs?|shells?|targets?)(?![\w-])"
)
#: The drones a partition left, before their figure: "The remaining six were split evenly
#: between X and Y", "Остальные шесть поровну распределились между ..." (the noun elided, read
#: once drones were named: whatever the verb after it).
_REMAINDER_BEFORE = re.compile(r"(?:remaining|остальные|оставшиеся)\s+$")
#: The words that set a figure right, its verb and noun elided after a dash or a colon:
#: "Уничтожено 8 беспилотников, по уточненным данным — 9", "по обновлённым сведениям: 11",
#: "according to updated figures, 9", "Уточнение: 9": the figure after them counts the drones
#: of the one before (read once drones were named).
_CORRECTED_GAP_BEFORE = re.compile(
    r"(?:(?:уточненн|обновленн)\w+\s+(?:данн|сведени|информаци)\w*|уточнение"
    r"|(?:updated|revised|corrected)\s+(?:figures?|data|information|count|tally))"
    r"\s*(?:[,:]\s*|[,:]?\s*[–—-]\s*)$"
)
#: "из них семь в Климовском округе", "два в районе Орска", "ещё один у Суджи", "two more near
#: Shebekino": "в", "у", "под", "около", "near" before a capitalised name (in the text as
#: written), "районе" or "акватории" after a number is its place, as "над" is.
_IN_PLACE = re.compile(
    r"\s*(?:во?|у|под|около|возле|близ)\s+(?:[А-ЯЕ]|район[еа]\s|акватори)|\s*near\s+(?:the\s+)?[A-Z]"
)
#: "о 43 сбитых за ночь беспилотниках", "о 25 сбитых над регионами БПЛА", "о 41 сбитом над
#: регионами беспилотнике": a participle before its drone noun with up to four words between
#: (a time, a place) still counts drones.
_PARTICIPLE_GAP = re.compile(
    rf"\s+(?:{vocab.VERB_STEM_RU})\w*(?:ых|их|ом)(?:\s+[^\W\d_]+){{1,4}}?\s+(?:беспилотн|бпла|дрон)"
)
#: Number words that are nouns of a group, whose drones follow "of": "a pair of drones".
_COLLECTIVES = ("pair", "couple", "dozen")
_EACH_BEFORE = re.compile(r"(?<![\w-])по\s+$")
#: ("one apiece over the Kaluga, Oryol and Lipetsk regions": "apiece" is "each")
_EACH_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:each|apiece)\b")
#: "One drone was shot down over each of the Tula, Kaluga and Oryol regions": the figure is
#: each place's, its verb between.
_EACH_OF_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:over|in|above)\s+each\s+of\s")
#: "ни один дрон не долетел", "not a single drone": no number at all; nor is "no one was
#: injured in the attacks on the X region" (nobody: no drone).
_NONE_BEFORE = re.compile(r"(?:(?<![\w-])ни|not\s+a\s+single|not|(?<![\w-])no)\s+$")
#: "сбиты не 15, а 17": the figure set right; the one after "не" is none. A correction names
#: what it corrects between the two: "не четыре, как сообщалось ранее, а шесть", "не 4 (как
#: указывалось ранее), а 6"; the figure set aside may keep its noun (discovery74 ab12).
_NOT_BEFORE = re.compile(r"(?<![\w-])не\s+$")
_BUT_AFTER = re.compile(
    # (the figure set aside may keep its noun: "не четыре дрона, как писали утром, а шесть",
    # "не 5 украинских БПЛА, а 7")
    rf"(?:\s+(?:[а-я]+(?:ых|их)\s+){{0,2}}(?:{vocab.DRONE_ANY}))?"
    r"(?:\s*,\s*как\s[^,.;()]{0,60}|\s*\(\s*как\s[^()]{0,60}\))?"
    r"\s*,?\s*а\s+(?:(?:более|свыше|около|уже)\s+)?(?=[\dа-я])"
)


def sets_a_figure_right(low: str) -> bool:
    """Whether a sentence sets a figure told before right ("уничтожены не пять, а семь").

    The figure after "не" is the one told before (a headline's, an earlier post's): the
    sentence corrects it like "Уточнение:" does (``report_rules.rule_corrected_figures``).
    """
    # (the two words it needs looked for first: most sentences hold neither, and the numbers
    # are read only in those that hold both)
    return (
        "не" in low
        and (" а " in low or ",а " in low)
        and any(
            _NOT_BEFORE.search(low, max(0, n.start - 4), n.start) and _BUT_AFTER.match(low, n.end)
            for n in find_numbers(low)
        )
    )


class SetRight(NamedTuple):
    """A figure a text sets right: the one set aside, the one given instead, and the span of
    the words that tell both ("не 5, а 7")."""

    old: int
    new: int
    start: int
    end: int


#: English, the figure set aside first: "not 5 but 7", "not 5, but 7".
_NOT_EN = re.compile(r"(?<![\w-])not\s+$")
_BUT_EN = re.compile(r"\s*,?\s*but\s+")
#: The figure set aside told after the one given instead: "7, а не 5", "7, not 5".
_AND_NOT = re.compile(r"\s*,?\s*(?:а\s+не|not)\s+")


def figures_set_right(low: str) -> list[SetRight]:
    """The figures a lower-cased text sets right, each with the one it gives instead and where
    both are told, in the text's order: "уничтожены не три, а пять" is (3, 5), "не 4 (как
    указывалось ранее), а 6" (4, 6), "not 4 but 6" and "6, а не 4" and "6, not 4" too. A bound
    given instead ("не 15, а более 17") is no figure to put in the other's place, nor is zero.
    The parser sets right the figure a correction's sentence names
    (``report_rules.rule_corrected_figures``), the store a correction no claim took
    (``store.spelt_corrections``)."""
    if "не" not in low and "not" not in low:
        return []
    out = []
    for n, after in pairwise(find_numbers(low)):
        if n.value == after.value:
            continue
        if (not_ := _NOT_BEFORE.search(low, max(0, n.start - 4), n.start)) is not None:
            but = _BUT_AFTER.match(low, n.end)
            if (
                but is not None
                and low[but.end() : after.start].strip() == ""
                and not any(w in but.group() for w in ("более", "свыше", "около"))
            ):
                out.append(SetRight(n.value, after.value, not_.start(), after.end))
        elif (not_ := _NOT_EN.search(low, max(0, n.start - 8), n.start)) is not None:
            if _BUT_EN.fullmatch(low, n.end, after.start):
                out.append(SetRight(n.value, after.value, not_.start(), after.end))
        elif _AND_NOT.fullmatch(low, n.end, after.start):
            out.append(SetRight(after.value, n.value, n.start, after.end))
    return [x for x in out if x.new > 0]


#: A figure set right in English: "29, not 26, drones" (the figure before "not" is the one; the
#: one after it is none).
_NOT_EN_AFTER = re.compile(r",\s+not\s+[\w-]+\s*,\s+")
_NOT_EN_BEFORE = re.compile(r"[\w-],\s+not\s+$")
#: (Ukrainian "70 з 85": "з" is "из")
_OF_BEFORE = re.compile(
    # ("a total of 40", "a figure of 17": the noun's own figure, not a part "of" a whole)
    # ("with the help of 109": the means of an attack, as "с помощью", never a part)
    # ("16 over Rostov as part of 49 destroyed": the whole the figure before is part of)
    r"(?<!total\s)(?<!number\s)(?<!figure\s)(?<!tally\s)(?<!upwards\s)(?<!excess\s)(?<!help\s)"
    r"(?<!part\s)"
    r"(?:из|із|(?<![\w-])з|out\s+of|of)\s+$"
)
#: A month after a number: a day of it, never a count ("16 июля"); also the first of days of one
#: month joined by "и", a comma or a dash ("уничтожены 5 и 6 января", "3, 4 и 5 мая", "5-6 июля").
_MONTH_AFTER = re.compile(
    r"(?:\s*(?:,|и|[-–—])\s*\d{1,2}(?!\d))*"
    rf"\s*(?:{vocab.RU_MONTHS_GEN_RE}|{vocab.EN_MONTHS_RE}|года|г\.)"
)
#: A day after its month, the month written in full or short ("Nov 29 - air defences
#: intercepted 64 drones", a wire's dateline; "Sept. 3"): a date, never a count.
_MONTH_BEFORE = re.compile(
    rf"(?<![\w-])(?:{vocab.EN_MONTHS_RE}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+$"
)
_ONE_RU = word_start(
    rf"(?:был\s+)?(?:{vocab.SHOT_ONE_SHORT_RU}"
    # ("ПВО ликвидировали беспилотник", "нейтрализовали дрон": a headquarters' verbs, active)
    r"|сбил[аи]?|уничтожил[аи]?|перехватил[аи]?|подавил[аи]?|ликвидировал[аи]?|нейтрализовал[аи]?)\s+"
    rf"(?:(?:{vocab.SHOT_BY_RU})\s+)?(?:еще\s+|(?:{vocab.NTH_OF_DAY_RU})\s+)?"
    # (its type before it too: "сбит самолётного типа БПЛА")
    rf"(?:украинский\s+|вражеский\s+)?(?:самолетного\s+типа\s+)?{vocab.KIND_BEFORE_ONE_RU}"
    rf"(?:{vocab.DRONE_ONE_RU})(?![\w-])"
    rf"|(?:украинский\s+)?(?:{vocab.DRONE_ONE_RU})\s+(?:самолетного\s+типа\s+)?(?:был\s+)?"
    rf"(?:{vocab.SHOT_ONE_SHORT_RU}|попал\s+под\s+(?:воз)?действие)(?![\w-])"
    # "беспилотник сбили на подлёте к Курчатову", "дрон уничтожили над полем": the singular noun
    # (never the indeclinable "БПЛА", which may be many) as the object of the impersonal plural
    # ("they downed a drone"), fronted as a retelling puts it: one drone
    r"|(?:украинский\s+|вражеский\s+)?(?:беспилотник|дрон(?:-камикадзе)?|квадрокоптер)\s+"
    r"(?:самолетного\s+типа\s+)?(?:сбили|уничтожили|перехватили|подавили|ликвидировали|нейтрализовали)(?![\w-])"
    # "беспилотник самолетного типа удалось сбить": the singular noun, then "удалось" + infinitive
    rf"|(?:украинский\s+)?(?:{vocab.DRONE_ONE_RU})\s+(?:самолетного\s+типа\s+)?удалось\s+"
    r"(?:сбить|уничтожить|перехватить|подавить)(?![\w-])"
    # "Отражена атака беспилотника, летевшего на Москву", "ПВО отразили атаку дрона на Энск": an
    # attack of one drone repelled is that drone downed, as "отражена атака двух БПЛА" is two
    # (``_REPELLED``); the indeclinable "БПЛА" is one only before a singular participle
    r"|отра(?:жен[аы]?|зил[аи]?)\s+(?:(?:массированн|очередн|нов)\w+\s+)?атак[аиуе]\s+"
    r"(?P<repelled>(?:(?:украинского|вражеского)\s+)?(?:беспилотника|дрона(?:-камикадзе)?|квадрокоптера"
    r"|беспилотного\s+летательного\s+аппарата|бпла(?=,\s+[а-я]+(?:вш|ющ|ящ|ущ|ащ)(?:его|егося)(?![\w-])))"
    r")(?![\w-])",
)


#: No drone downed, said in words: "над X не было сбито ни одного беспилотника", "ни один БПЛА
#: не сбит над X", "no drones were shot down over X" is 0 for X, as "0 – над X" is. "Ни один"
#: with a drone noun (an adjective at most between) and a negated verb of downing in the same
#: clause; never "ни один дрон не достиг цели" (all were downed, the figure told elsewhere).
#: (Its word start is tested after the "н": opening on a lookbehind, the pattern was tried at
#: every character of each sentence that holds "ни" and "не", 5-9 µs a sentence; the engine
#: now skips from one "н" to the next. Same matches: ``tests/parsing/test_report_scans.py``.)
_NOUGHT_RU = re.compile(
    r"(?P<one>н(?<![\w-]н)и\s+(?:одного|один|одной|одна))\s+(?:(?P<adj>[а-яе]+(?:ого|ый|ий|ой|ая))\s+)?"
    rf"(?:{vocab.DRONE_ANY})(?![\w-])"
)
#: A participle of downing in the genitive ("сбитого", "уничтоженного"): with "ни одного" before
#: its drone noun it is a nought by itself.
_DOWNED_PARTICIPLE = re.compile(r"(?:сбит|уничтож|перехвач|подавл)\w*ого$")
#: The verb of such a nought, negated: "не было сбито", "не сбит", "не удалось перехватить".
_NOT_DOWNED_RU = re.compile(
    rf"(?<![\w-])не\s+(?:(?:был[аио]?|удалось|были)\s+)?(?:{vocab.VERB_STEM_RU})\w*"
)
#: "no drones were shot down over X", "no Ukrainian UAVs had been destroyed": 0 (the noun plural).
_NOUGHT_EN = re.compile(
    r"(?<![\w-])no\s+(?:[a-z-]+\s+)?(?:drones|uavs)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:shot\s+down|destroyed|intercepted|downed)(?![\w-])"
)
#: A row's nought, its verb elided: "над Курской — ни одного", "В Белгородской области — ни одного
#: сбитого", "над X — ни одного сбитого беспилотника" (after a dash, as "над X — 0" is), at the
#: end of its clause. Read only after a place phrase (``_NOUGHT_PLACE_BEFORE``):
#: "Пострадавших — ни одного" is nobody hurt.
_NOUGHT_ROW_RU = re.compile(
    r"[–—-]\s*(?P<one>ни\s+одного)(?P<downed>\s+(?:сбит|уничтож|перехвач|подавл)\w*ого)?"
    rf"(?:\s+(?:{vocab.DRONE_ANY}))?(?=\s*(?:[,;.!?)\n]|$))"
)
#: The place phrase such a row opens with: "над Курской", "в Брянской области", "Курская
#: область", "Республика Крым", "на территории X". The clause opens with it: "Погибших в Курской
#: области — ни одного" is nobody killed there.
_NOUGHT_PLACE_BEFORE = re.compile(
    r"(?:^|[,;:(\n])\s*(?:(?:над|в|во|на)\s+[^\W\d_]"
    r"|[^\W\d_-]+(?:ая|ий|ый|ой)\s+(?:област|район|округ|кра[йя])|(?:республик|акватори)\w*\s)"
    r"[^,;:(\n]*$"
)
#: What ends a clause: a nought's verb is looked for between the clause's edges.
_CLAUSE_EDGE = re.compile(r"[,;:.!?]|\s[–—]\s|\s(?:а|но|but)\s")


def _nought_counts(
    low: str, base: int, taken: list[tuple[int, int]]
) -> tuple[list[Count], list[tuple[int, int]]]:
    """The noughts a sentence says in words (``_NOUGHT_RU``, ``_NOUGHT_EN``, ``_NOUGHT_ROW_RU``),
    each a count of 0 drones over the place the clause names, as a row "0 – над X" is; and the
    spans of their participles ("ни одного сбитого беспилотника": no one drone downed)."""
    out: list[Count] = []
    words: list[tuple[int, int]] = []
    if "ни" in low:
        for m in _NOUGHT_RU.finditer(low) if "не" in low or "ни одного" in low else ():
            a, b = _clause(low, m.start(), m.end())
            if _NOT_DOWNED_RU.search(low, a, b) is not None:
                out.append(Count(0, base + m.start(), base + m.end("one"), drone=True))
            elif m["one"].endswith("одного") and _DOWNED_PARTICIPLE.match(m["adj"] or ""):
                # "над X ни одного сбитого беспилотника": the genitive of "none" with a
                # participle of downing says no drone was downed, no verb needed
                out.append(Count(0, base + m.start(), base + m.end("one"), drone=True))
                words.append((base + m.start("adj"), base + m.end()))
        for m in _NOUGHT_ROW_RU.finditer(low):
            if _NOUGHT_PLACE_BEFORE.search(low, max(0, m.start() - 80), m.start()):
                a = m.start("one")
                if not any(c.start <= base + a < c.end for c in out):
                    out.append(Count(0, base + a, base + m.end("one"), drone=True))
                if m["downed"]:
                    words.append((base + m.start("downed"), base + m.end()))
    if "no " in low:
        # (the figure is the word "no", as a number before its noun)
        out += [
            Count(0, base + m.start(), base + m.start() + 2, drone=True)
            for m in _NOUGHT_EN.finditer(low)
        ]
    return [c for c in out if not any(x < c.end and c.start < y for x, y in taken)], words


def _clause(low: str, a: int, b: int) -> tuple[int, int]:
    """The clause of ``low[a:b]``: from the edge before it to the edge after it."""
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(low, 0, a)), default=0)
    after = _CLAUSE_EDGE.search(low, b)
    return start, len(low) if after is None else after.start()


def tells_one_drone(low: str) -> bool:
    """Whether the lower-cased sentence ``low`` downs one drone named by its singular noun ("сбит
    беспилотник", "отражена атака дрона"): a figure, though it holds no number."""
    return _ONE_RU.search(low) is not None


#: When and where, between a participle and the drone it tells of: "о сбитом ночью над регионом
#: беспилотнике" is one drone downed over the region, as "о сбитом беспилотнике" (a time word,
#: then a place phrase of up to three words after its preposition).
_PARTICIPLE_FRAME_RU = (
    r"(?:(?:ночью|утром|вечером|днем|сегодня|накануне)\s+)?"
    r"(?:(?:над|в|во|под|у|около|вблизи|близ|на)\s+(?:[^\s,.;:!?()«»\"]+\s+){1,3}?)?"
)
#: One drone named with a singular participle, before or after it ("о сбитом БПЛА", "о другом
#: беспилотнике, уничтоженном над ..."); not its debris ("обломки сбитого беспилотника").
_ONE_PARTICIPLE_RU = re.compile(
    rf"(?<![\w-])(?:{vocab.SHOT_ONE_RU})\s+{_PARTICIPLE_FRAME_RU}(?:(?:украинск|вражеск)\w+\s+)?{vocab.KIND_BEFORE_ONE_RU}"
    rf"(?:{vocab.DRONE_ONE_OBLIQUE_RU})(?![\w-])"
    rf"|(?<![\w-])(?:{vocab.DRONE_ONE_OBLIQUE_RU}),\s+(?P<after>{vocab.SHOT_ONE_RU})(?![\w-])"
)
#: One drone named with a singular participle and its place between the two: "сообщил о
#: сбитом над Липецким районом дроне" (the figure is the participle's, the place after it as
#: in "сбит над ..."); never its debris ("обломки сбитого над полем беспилотника").
_ONE_PLACED_PARTICIPLE_RU = word_start(
    rf"(?:{vocab.SHOT_ONE_RU})\s+(?:над|в|во|под|у)\s+[^,.;:!?()«»\"]{{1,50}}?\s+"
    rf"(?:{vocab.DRONE_ONE_OBLIQUE_RU})(?![\w-])"
)
#: A word for what is left of a drone right before a participle's match, in any case (both
#: participle patterns above): "обломками сбитого беспилотника повреждена линия" tells where the
#: debris of a drone did harm, never one drone more.
_DEBRIS_BEFORE_RU = re.compile(rf"(?<![\w-])(?:{'|'.join(vocab.DEBRIS_BEFORE_PARTICIPLE_RU)})\s+$")
#: "Беспилотник, летевший на Москву, сбит над ...", "БПЛА, пытавшийся атаковать Энск, был
#: уничтожен": the singular noun, a participle's clause between commas, then its verb (the
#: figure is read at the verb, in the clause that holds the place).
_ONE_ASIDE_RU = re.compile(
    rf"(?<![\w-])(?:{vocab.DRONE_ONE_RU}),\s+[а-яе]+(?:вш|ющ|ящ|ущ|ащ)(?:ий|ийся)(?![\w-])"
    r"[^,.;:!?()]{0,60},\s+(?P<after>(?:был\s+)?(?:уничтожен|сбит|перехвачен|подавлен))(?![\w-])"
)
#: "над X сбит беспилотник, другой уничтожен над Y": a pronoun for one more of the drones the
#: clause before named ("другой", "второй", "еще один" is a number), with its own verb.
_ANOTHER_ONE_RU = re.compile(
    r"(?<=,\s)(?:а\s+)?(?:другой|второй|третий|четвертый|пятый|последний)\s+(?:"
    r"(?:был\s+)?(?:уничтожен|сбит|перехвачен|подавлен)(?![\w-])"
    # "Первый сбит над X, второй — над Y, третий — у Z": a dash for the verb the first clause
    # gave, before the pronoun's own place
    r"|(?=[–—-]\s*(?:над|в|во|у|под|около|возле|вблизи|на\s+подлете)\s))"
)
#: The drones of a post told one by one by their ordinals, each ordinal one drone: "Первый
#: беспилотник сбит над X, второй и третий — над Y" (1 and 2), "Сбит первый БПЛА над X",
#: "Первый и второй — над X". The ordinals (joined by commas or "и") lead their clause, a verb
#: of downing at most before them ("Сбит второй — над Y"); after them come a drone noun at
#: most and then a verb of downing, a dash and a place, or a place: never "второй день", "в
#: первый раз" ("third" and "second" alone are ``_ANOTHER_ONE_RU``'s after a comma).
_ORDINAL_RU_WORDS = (
    "первый", "второй", "третий", "четвертый", "пятый",
    "шестой", "седьмой", "восьмой", "девятый", "десятый",
)  # fmt: skip
_ORD_RU = "|".join(_ORDINAL_RU_WORDS)
#: One ordinal or several joined: "второй и третий", "первый, второй и третий".
ORDINALS_RU = rf"(?:{_ORD_RU})(?:\s*,\s*(?:{_ORD_RU}))*(?:\s+и\s+(?:{_ORD_RU}))?"
_DOWNED_RU = (
    r"(?:был[иао]?\s+)?(?:уничтожен|сбит|перехвачен|подавлен|ликвидирован|нейтрализован)[ыа]?"
)
#: The drone noun after the ordinals: "второй беспилотник", "первый БПЛА".
_ORDINAL_NOUN_RU = r"(?:беспилотн\w*|бпла|дрон\w*|аппарат\w*)"
#: The ordinals alone, read again where either pattern below found them.
_ORDINALS_ONLY = re.compile(rf"(?P<ords>{ORDINALS_RU})")
_ORDINALS_RU = re.compile(
    rf"(?<![\w-])(?P<ords>{ORDINALS_RU})"
    rf"(?:\s+{_ORDINAL_NOUN_RU})?"
    rf"(?=\s*(?:{_DOWNED_RU}(?![\w-])"
    r"|[–—-]\s*(?:над|в|во|у|под|около|возле|вблизи|близ|на)\s|(?:над|у|под|около|возле|вблизи|близ)\s))"
)
#: The ordinals right after a verb of downing and before their drone noun, wherever the clause
#: began: "Вечером над Ярославлем сбит первый беспилотник, ночью — ещё два".
_DOWNED_ORDINALS_RU = re.compile(
    rf"(?<![\w-]){_DOWNED_RU}\s+(?P<ords>{ORDINALS_RU})\s+{_ORDINAL_NOUN_RU}(?![\w-])"
)
#: What may stand before such ordinals in their clause: the clause's start (a stop, a comma, a
#: colon, a dash or a bullet before it), "а", "и", "затем", "потом" or "позже", and a verb of
#: downing ("Сбиты второй и третий", "Затем сбит четвертый").
_ORDINALS_LEAD = re.compile(
    rf"(?:^|[^\w\s])\s*(?:(?:а|и|затем|потом|позже)\s+)?(?:{_DOWNED_RU}\s+)?$"
)


def _ordinal_counts(
    low: str, base: int, out: list[Count], *, figure_before: bool, enumerating: bool
) -> list[Count]:
    """Return the counts of drones a sentence names by their ordinals (``_ORDINALS_RU``).

    Ordinals that open the telling ("первый") after a figure said before them, in the sentence
    (``out``) or before it (``figure_before``), tell where that figure's drones fell: parts of
    it, never more drones ("Сбиты три: первый — над X, второй и третий — над Y"). So do the
    ordinals that go on with such a telling (``enumerating``: it began in a sentence before).
    Ordinals that go on from a figure of their own are more drones ("Над X сбит беспилотник,
    второй и третий — над Y": three), as "ещё два" would be."""
    found: list[Count] = []
    led = [
        (m.start("ords"), m.end())
        for m in _ORDINALS_RU.finditer(low)
        # (from at most 40 characters before: "^" matches only at the sentence's start)
        if _ORDINALS_LEAD.search(low, max(0, m.start() - 40), m.start())
    ]
    after_verb = [(m.start("ords"), m.end()) for m in _DOWNED_ORDINALS_RU.finditer(low)]
    for a, b in sorted({*led, *(x for x in after_verb if all(x[0] != y[0] for y in led))}):
        m = _ORDINALS_ONLY.match(low, a)
        assert m is not None  # (both patterns read the ordinals at ``a``)
        words = re.findall(_ORD_RU, m["ords"])
        opens = "первый" in words
        before = [c for c in (*out, *found) if c.start < base + a]
        if opens:
            part = figure_before or any(c.drone and not c.ordinal for c in before)
        else:
            part = (
                enumerating
                or any(c.ordinal and c.part for c in before)
                or _ONE_OF_BEFORE.search(low, 0, m.start()) is not None
                or _COUNT_THEN_COLON.search(low, 0, m.start()) is not None
            )
        found.append(
            Count(
                len(set(words)), base + a, base + b, drone=True, implied=True,
                extra=not opens and not part, part=part, ordinal=True,
            )
        )  # fmt: skip
    return found


#: "one drone was shot down over X and another over Y", "..., a second near Y": a pronoun for
#: one more of the drones named before, with its own place or verb (the English of "другой").
#: An ordinal past the second is one more the same way: "Two drones were downed over X and a
#: third near Y" is three ("один сбит над X, третий — над Y" in Russian).
_ANOTHER_ONE_EN = re.compile(
    r"(?<![\w-])(?:another|(?:a|the)\s+(?:second|third|fourth|fifth)|the\s+other)(?=\s+(?:one\s+)?"
    # ("Another one was suppressed by electronic warfare": jammed is down too, as "подавлен")
    r"(?:(?:was|had\s+been)\s+(?:shot\s+down|destroyed|downed|intercepted|suppressed|jammed"
    # ("and a third close to the border": where it fell, as "near")
    r"|neutrali[sz]ed|brought\s+down)|over|above|near|close\s+to)\s)"
)
#: How a match of ``_ONE_EN`` opens when its drone is one more: "another drone", "one more UAV".
_MORE_ONE_EN = re.compile(r"(?:another|one\s+more|a\s+further)\s")
#: Every match of ``_ANOTHER_ONE_EN`` holds one of these (a quick test before its scan).
_ANOTHER_WORDS = ("anoth", "second", "other", "third", "fourth", "fifth")
#: Every match of ``_ONE_PARTICIPLE_RU`` and of ``_ONE_PLACED_PARTICIPLE_RU`` holds one of these.
_SHOT_ONE = fronted(vocab.SHOT_ONE_RU)  # (as written it is tried at every character)
_ONE_EN = word_start(
    # (the words between are the drone's own: "of" or an article opens another noun's phrase,
    # "as a result of the drone hitting a depot", "a section of the drone's wing")
    rf"(?:an?|one\s+more|another|the\s+(?:first|second|third|last))\s+(?:(?!\d|(?:of|the|a|an)\s)[\w-]+\s+){{0,3}}?(?:{vocab.DRONE_ONE_EN})"
    # ("a string of drone interceptions", "a drone raid", "a drone danger warning": the noun
    # before another noun names a kind of it, never one drone)
    r"(?!\s+(?:attack|strike|threat|boat|debris|fragment|alert|campaign|technology|manufacturer"
    r"|interception|raid|danger|warning|hazard|war\b|warfare|programme|program|industry"
    r"|production|factory|plant|operator|unit|incursion|sighting|activity|barrage|wave|swarm)|[\w-])"
    # "when an intercepted drone hit a building", "a drone had crashed into a house": the drone
    # that fell, not a count of downed ones
    r"(?!\s+(?:had\s+|has\s+)?(?:hit|struck|crashed|fell|slammed|damaged|exploded)\b)",
    not_after=(
        r"debris\sfrom\s",
        r"debris\sof\s",
        r"fragments\sof\s",
        r"fragments\sfrom\s",
        r"wreckage\sof\s",
        r"wreckage\sfrom\s",
        r"remnants\sof\s",
        r"pieces\sof\s",
        r"parts\sof\s",
        # "a piece of a drone", "part of a drone": a part of it fell, no drone counted
        r"piece\sof\s",
        r"part\sof\s",
        r"fragment\sof\s",
        r"section\sof\s",
        r"remains\sof\s",
    ),
)

#: A headline's drone with no article, opening it before its verb of downing: "Drone shot down
#: over Kaluga region overnight", "Ukrainian UAV downed over Kursk" (headlines leave the article
#: out: one drone, as "a drone" is); so is the drone a sentence opens on with "the" before its
#: verb in the passive, the ministry's one drone of an attempt told again: "The UAV was destroyed
#: over the Belgorod Region", "The unmanned aerial vehicle has been shot down" (the Russian
#: "Беспилотник уничтожен", ``_ONE_RU``).
_HEADLINE_ONE_EN = re.compile(
    r"\W*(?:the\s+(?=(?:[\w-]+\s+)?(?:drone|uav|unmanned\s+aerial\s+vehicle)\s+(?:was|has\s+been|had\s+been)\s))?"
    rf"(?P<one>(?:(?:ukrainian|enemy|fixed-wing)\s+)?(?:{vocab.DRONE_ONE_EN}))\s+"
    r"(?:(?:was|has\s+been|had\s+been)\s+)?"
    # ("The UAV was suppressed by electronic warfare means": jammed is down too, as "подавлен")
    r"(?=(?:shot\s+down|downed|destroyed|intercepted|brought\s+down|neutrali[sz]ed|suppressed"
    r"|jammed)(?![\w-]))"
)

#: A headline's drone with no article after its verb of downing: "Russia says it shot down drone
#: over Bryansk region", "Air defences destroy Ukrainian drone heading for Moscow" (a headline
#: drops the article before its object as before its subject, ``_HEADLINE_ONE_EN``). The word
#: before the verb is its subject's, never an article or a preposition before a participle
#: ("debris of downed drone", "a destroyed drone": ``_NOT_A_SUBJECT``).
_DOWNS_EN = (
    r"(?:(?:shot|shoots?|brought|brings?)\s+down|down(?:s|ed)?|destroy(?:s|ed)?|intercept(?:s|ed)?)"
)
_HEADLINE_OBJECT_ONE_EN = re.compile(
    # (two verbs joined: "says it intercepted and destroyed drone over ...": the subject is
    # before the first)
    rf"(?<![\w-])(?:{_DOWNS_EN}\s+(?:and|or)\s+)?{_DOWNS_EN}\s+"
    rf"(?P<one>(?:(?:ukrainian|enemy|fixed-wing)\s+)?(?:{vocab.DRONE_ONE_EN}))"
    # (its place, its flight or the headline's end after it: "destroyed drone launch sites" is
    # another noun's phrase)
    r"(?=\s*(?:[,;:.–—|-]|$)|\s+(?:over|above|near|in|on|off|outside|heading|headed|flying|bound"
    r"|approaching|en\s+route|that|which|targeting|as|after|before|during|overnight)(?![\w-]))"
)
#: The word before a match of ``_HEADLINE_OBJECT_ONE_EN`` (its end at the match's start).
_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")
#: Words before a participle of downing, which then qualifies the noun after it.
_NOT_A_SUBJECT = frozenset(
    ("a", "an", "the", "of", "from", "by", "with", "one", "each", "every", "this", "that",
     "another", "its", "his", "her", "their", "for", "on", "at", "in", "over", "and", "or")
)  # fmt: skip

#: Debris right before a number: "debris from one of them", "wreckage of two of the drones"
#: (which of the drones counted fell, not drones downed).
_DEBRIS_OF = re.compile(r"(?:debris|fragments|wreckage)\s+(?:from|of)\s+$")
#: "of the" after such a part, before the whole it is of.
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")

#: "Single drones were downed over the Kaluga and Tula regions": one drone over each place
#: named (the plural noun counts the places, "single" the drones over each).
_SINGLE_EN = word_start(r"single\s+(?:[a-z-]+\s+){0,2}?(?:drones|uavs)(?![\w-])")
#: The patterns of one drone an ASCII sentence may hold (the others are Russian).
_LATIN_ONES = (_ONE_EN, _HEADLINE_ONE_EN, _HEADLINE_OBJECT_ONE_EN, _ANOTHER_ONE_EN, _SINGLE_EN)

#: The last word of each singular noun of ``_ONE_EN`` (``vocab.DRONE_ONE_EN``), as it is matched:
#: in lower case (the pattern is case-sensitive and reads the lower-cased sentence).
_ONE_EN_NOUN_ENDS = ("drone", "uav", "vehicle")


def _may_name_one_en(low: str) -> bool:
    """Whether ``low`` holds a word of ``_ONE_EN_NOUN_ENDS`` with no word character nor "-" right
    after it: every match of ``_ONE_EN`` ends on one. A wire's list of "drones" and "unmanned
    aerial vehicles" holds none, and is not scanned at every "a", "o" and "t" that opens a word
    (``str.find`` in C; ``tests/parsing/test_scan_shortcuts.py``)."""
    for noun in _ONE_EN_NOUN_ENDS:
        at = low.find(noun)
        while at >= 0:
            end = at + len(noun)
            if end == len(low) or not (low[end].isalnum() or low[end] in "_-"):
                return True
            at = low.find(noun, end)
    return False


#: (a closing quote before the noun: 'shot down "more than 20" drones', a figure quoted)
_DRONE_NEXT = re.compile(r"[\"”»]?\s+(?:of\s+the\s+)?(?:unmanned|drones?|uavs?)\b")
#: A figure marked as the whole after it ("out of 40 in total", "of 40 drones altogether"): the
#: drones a part told before it is of (a figure told before it counted drones:
#: ``drone_before``), never dropped as the whole of a part ("20 of 25 drones").
_WHOLE_AFTER = re.compile(r"\s+(?:(?:drones?|uavs?)\s+)?(?:in\s+total|altogether|overall)(?![\w-])")
_OF_AFTER = re.compile(r"\s+(?:из|із|з|out\s+of|of)\s+(?:the\s+(?=\d))?\S+\s+")
#: "3 (из 5) БПЛА", "3 (of 5) drones": the whole a figure is part of, in brackets right after it.
_WHOLE_IN_BRACKETS = re.compile(r"\s*\(\s*(?:из|of|out\s+of)\s+(?:\d{1,6}|[^\W\d_]+)\s*\)")
#: "уничтожены 27 (а не 25, как сообщалось ранее) беспилотников", "27 (вместо 25) БПЛА", "27
#: (ранее сообщалось о 25) БПЛА", "27 (первоначально было заявлено о 25)", "27 (not 25, as
#: reported earlier) drones", "27 (instead of 25)", "27 (previously reported as 25)": the figure
#: a correction sets right, the one it replaces in parentheses after it (the ministry's
#: "Уточнение"); the noun after the aside is the figure's.
_CORRECTED_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:а\s+не\s|вместо\s|not\s+(?=\d)|instead\s+of\s"
    r"|(?:ранее|прежде|первоначально|изначально|previously|earlier|initially|originally)\s+"
    r"(?:был[оа]?\s+)?(?:сообщ|говор|указ|объяв|заяв|report|stat|announc|given)\w*\s)"
    r"[^()]{0,80}\)"
)
#: "10 or so", "20 с лишним": a bound said after the number (blanked before the noun is read).
_QUAL_AFTER = re.compile(rf"\s+(?:{vocab.QUAL_AFTER})(?![\w-])")
_QUAL_BEFORE = re.compile(
    rf"(?<![\w-])(?P<q>(?:{vocab.AT_MOST}|{vocab.AT_LEAST}|{vocab.APPROX})\s+)(?:a\s+)?$"
)
#: "~20 БПЛА", "≈ 20 drones": a sign of approximation right before the number is "около".
_ABOUT_SIGN = re.compile(r"[~≈∼]\s?$")
#: "уничтожен с десяток беспилотников", "сбили с сотню дронов", "с полсотни", "с пяток": "с"
#: before a quantity noun in the accusative is "about" ("с десятка", the genitive, is "from").
_ABOUT_WITH = re.compile(r"(?<![\w-])с\s+$")
_ABOUT_QUANTITY = frozenset(("десяток", "пяток", "сотню", "полсотни"))
#: "≥ 5 БПЛА", "more than >20": a sign of "at least" right before the number is "более"; a ">"
#: only when it touches the number and opens no line (a quoted line, "> 5 сбиты", is Markdown's).
_LEAST_SIGN = re.compile(r"(?:≥\s?|(?<=[^\n\s>])\s?>)$")
#: "<5 БПЛА", "≤ 5 drones": a sign of "at most" right before the number is "не более".
_MOST_SIGN = re.compile(r"(?:≤|<=?)\s?$")
_SUBSET_BEFORE = re.compile(rf"(?:{vocab.SUBSET})\s+(?:\w+\s+)?$")
#: (a bound of two words between: "с применением не менее 20", "with the help of at least 109")
_ATTEMPT_BEFORE = re.compile(rf"(?:{vocab.ATTEMPT_WITH})\s+(?:\w+\s+){{0,2}}$")
#: A running whole before its number, the noun it counts after: "bringing to six the number
#: downed", "bringing to 14 the total of drones shot down overnight".
_BROUGHT_TO_BEFORE = re.compile(r"(?<![\w-])br(?:inging|ought|ings)\s+to\s+$")
_THE_NUMBER_AFTER = re.compile(r"\s+the\s+(?:overnight\s+)?(?:number|total|tally|count)(?![\w-])")
_RUNNING_BEFORE = re.compile(rf"(?<![\w-])(?:{vocab.RUNNING})\s+(?:\w+\s+)?$")
#: Inflected attack nouns ("атаки", "удары") are not among the cue words: checked on their own.
#: "атаки восьми БПЛА", "атаковали Брянскую область 12 беспилотниками" (a place between)
#: "отражена атака ещё двух БПЛА", "отразили атаку трёх беспилотников": an attack repelled is
#: its drones shot down, an ordinary count
#: "repelled an attack by four drones", "fended off a massive attack by 20 drones": the same in
#: English (the verbs of ``vocab.INTERCEPT``'s English "repelled an attack")
_REPELLED = re.compile(
    r"(?<![\w-])(?:отраж|отрази)\w*\s+(?:\w+\s+)?атак[аиуе]\s+(?:\w+\s+)?$"
    r"|(?<![\w-])(?:repel(?:led|s)?|repuls\w+|fend(?:ed)?\s+off)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?attacks?\s+by\s+(?:\w+\s+)?$"
)
#: "two drones attacked a plant in X; one was shot down", "три беспилотника атаковали
#: предприятие", "15 БПЛА ВСУ попытались атаковать Крым": drones told as the subject of an attack are those it was made with, like
#: "атака N БПЛА" (the figure shot down, if any, is told next).
_ATTACKED_AFTER = re.compile(
    rf"\s*(?:{vocab.DRONE_ANY})"
    # (whose they are, and an abbreviation in parentheses, between: "15 беспилотных летательных
    # аппаратов (БПЛА) Вооруженных сил Украины (ВСУ) попытались атаковать Крым")
    r"(?:\s*\([^()]{1,30}\)|\s+(?:всу|вооруженных\s+сил(?:\s+украины)?|украины|противника|врага"
    r"|киевского\s+режима)(?![\w-])){0,3}"
    r"\s+(?:(?:also|then|had|have)\s+)?"
    r"(?:attacked|targeted|struck|tried\s+to\s+attack|атаковал\w*|(?:по)?пытал\w+\s+атаковать"
    # ... and the Russian verbs of a hit with the drone as their subject: "ещё один дрон ударил
    # по опоре ЛЭП", "беспилотник врезался в склад", "два дрона попали в цех" (struck, not downed)
    r"|ударил[аи]?|врезал(?:ся|ась|ись)|попал[аи]?\s+в)(?![\w-])"
)
#: The drones that attacked were all downed, in the same clause: "Six drones attacked the Kstovo
#: district and were all destroyed" (the six are the figure, not an attack's size).
_ALL_DOWNED_AFTER = re.compile(
    r"^[^,;.]*?\s+and\s+(?:(?:were|have\s+been)\s+all|all\s+(?:of\s+them\s+)?(?:were|have\s+been))"
    # ("... targeted the Rostov region overnight and all were shot down": "all" first)
    r"\s+(?:destroyed|shot\s+down|downed|intercepted)"
)
#: All of the drones a launch sent downed, later in its sentence: "Ukraine launched 40 drones at
#: Russian regions overnight, all of which were destroyed", "..., according to the ministry,
#: which said all of them had been shot down": the launched are the drones downed; "..., all
#: but three of which were destroyed": all but those (``rules._downed_but`` takes them away).
_ALL_DOWNED_LATER = re.compile(
    r"^[^.;]*?(?:,|\s+and)\s+(?:[\w'-]+\s+){0,8}?all(?:\s+but\s+[\w-]+)?(?:\s+of\s+(?:which|them))?\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:destroyed|shot\s+down|downed|intercepted)(?![\w-])"
)
#: The drones an attack was made with, told in the instrumental ("атаковали Белгородскую и
#: Курскую области 90 беспилотниками", "ударили по району двадцатью ударными БПЛА"): no verb of
#: downing takes its drones in that case, so however long the place between the attack's verb
#: and the figure, the figure is the attack's size. "с"/"со" before the figure is "with" ("ПВО
#: справились с 20 беспилотниками": those were downed).
_INSTRUMENTAL_DRONES = re.compile(
    r"\s*(?:[\w-]+(?:ыми|ими)\s+){0,3}"
    r"(?:(?:беспилотник|дрон|аппарат)\w*?[ая]ми(?:-[\w]+)?(?![\w-])|(?<=ми\s)бпла(?![\w-]))"
)
_WITH_BEFORE = re.compile(
    rf"(?<![\w-])(?:со?|with)\s+(?:(?:{vocab.AT_MOST}|{vocab.AT_LEAST}|{vocab.APPROX})(?:\s+(?:чем|than))?\s+)?$"
)
#: An attack's verb earlier in the figure's clause ("Ukraine attacked the Belgorod and Kursk
#: regions with 90 drones"), never one an attack repelled is told with ("repelled an attack
#: with 20 drones": those were downed).
_ATTACK_IN_CLAUSE = re.compile(r"(?<![\w-])(?:атак\w*|удар\w*|attack\w*|target\w*|struck)(?![\w-])")
_REPEL_IN_CLAUSE = re.compile(
    r"(?<![\w-])(?:отраж\w*|отрази\w*|repel\w*|repuls\w*|fend\w*|fought\s+off|thwart\w*|foil\w*)"
)
#: English "with N drones shot down": the drones a participle after them downs are no attack's.
_DOWNED_AFTER_WITH = re.compile(
    rf"\s*(?:[\w-]+\s+){{0,3}}?(?:{vocab.DRONE_EN})\s+(?:(?:were|having\s+been|being)\s+)?"
    r"(?:shot\s+down|destroyed|downed|intercepted)(?![\w-])"
)
_CLAUSE_START = re.compile(r"[.;!?\n][^.;!?\n]*$")


#: A bound right before a number, "чем" included ("более чем 150"): what precedes it is read
#: as if the number followed.
_BOUND_TAIL = re.compile(
    rf"(?<![\w-])(?:{vocab.AT_MOST}|{vocab.AT_LEAST}|{vocab.APPROX})(?:\s+чем)?\s+$"
)
_ATTACK_BEFORE = word_start(
    rf"(?:{vocab.ATTACK_BY})\s+(?:[\w-]+\s+){{0,2}}$"
    # the drones launched at a place, the place between the verb and its object: "ВСУ запустили
    # по Белгородской области 20 дронов", "выпустили на Курскую область более 2 тысяч"
    r"|(?:(?:за|вы)пустил\w*|направил[аи]?)\s+(?:по|на)\s+(?:[\w-]+\s+){1,4}$"
)  # read at every number
#: "N из которых/из них/of which": a part of the drones counted just before.
_OF_WHICH_AFTER = re.compile(
    rf"\s+(?:из\s+(?:которых|них)|з\s+них|of\s+(?:which|them|{_THOSE}))(?![\w-])"
)
_LAUNCHED_ADJ = re.compile(r"^\s*(?:запущенн|выпущенн|направленн)\w*")
#: Collective numerals count people ("ранены двое", "еще трое пострадали"), never drones.
_PEOPLE = re.compile(r"(?:двое|двоих|трое|троих|четвер|пятер|шестер|семер)\w*")
#: A number right after a casualty word counts people: "ранены 2, погиб 1", "wounded 3"; so
#: does the object of an active verb of harm, a headline's present ("Drone attack wounds two
#: in X", "kills one, injures five", "..., wounding three", "Атака дрона ранила двух жителей").
_HARM_BEFORE = re.compile(
    rf"(?<![\w-])(?:{vocab.HARM}|госпитализирован\w*|wounds?|wounding|injures?|injuring|kills?"
    r"|killing|hurts|hurting|ранил[аи]?|убил[аи]?|травмировал[аи]?)\s+$"
)
#: English people after a number, then harmed: "a man died and three others were injured",
#: "two residents were wounded", "three more people were hurt" (the count's noun is
#: people; "two others were shot down" stays drones).
_HARMED_AFTER_EN = re.compile(
    r"\s+(?:(?:other|more)\s+)?(?:people|persons?|others|civilians|residents|men|women"
    r"|children|workers|employees)\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:(?:\w+ly|also)\s+)?(?:killed|injured|wounded|hurt|hospitali[sz]ed)(?![\w-])"
)
#: A verb of telling and "о"/"об" right before a figure: "сообщил лишь о", "написал уже о"
#: (``_CLAUSE_ENDS`` after the figure; "а губернатор — о 20", the verb elided too, names no
#: speaker the sentence's cut can find, and is not read yet).
_TOLD_OF_BEFORE = re.compile(
    r"(?:сообщил|заявил|написал|рассказал|отчитал(?:ся|ась|ись)|доложил|говорил|упомянул)\w*"
    r"(?:\s+[а-яе]+){0,3}?\s+(?:(?:лишь|только|уже|ещ[её]|всего|же)\s+)?об?\s+(?:последних\s+)?$"
    # the verb elided after the first speaker's, a dash for it: "..., а губернатор — о 20"
    r"|[—–]\s+(?:(?:лишь|только|уже|ещ[её]|всего|же)\s+)?об?\s+(?:последних\s+)?$"
)
#: A sentence that may hold such a figure (the parse loop's gate lets it through once a
#: sentence before gave a figure): the verb, then "о"/"об" and a number ending its clause.
TOLD_FIGURE = re.compile(
    r"(?:(?:сообщил|заявил|написал|рассказал|отчитал|доложил|говорил|упомянул)[^.]{0,60}?\s"
    # ("..., а губернатор региона — о 20": the verb elided, a dash for it)
    r"|[—–]\s+(?:(?:лишь|только|уже|ещ[её]|всего|же)\s+)?)"
    # ("о последних двух": the last of a series the speaker told)
    r"об?\s+(?:последних\s+)?(?:\d+|(?:одн|дв|тр|четыр|пят|шест|сем|восьм|девят|десят)[а-яе]*)"
    r"\s*(?:[.;,!)]|$)"
)
#: The number of the drones told before, said by a pronoun and a verb of being: "уточнил, что
#: их было 7", "их оказалось восемь" (a speaker setting his figure right).
_THEIR_NUMBER_BEFORE = re.compile(
    r"(?<![\w-])их\s+(?:(?:на\s+самом\s+деле|в\s+итоге|всего|уже)\s+)?"
    r"(?:было|оказалось|стало|насчитывалось)\s+(?:(?:более|около|не\s+менее|уже)\s+)?$"
)
#: A sentence that may hold such a number (the parse loop's gate lets it through once a
#: sentence before gave a figure).
THEIR_NUMBER = word_start(
    r"их\s+(?:[а-я]+\s+){0,3}?(?:было|оказалось|стало|насчитывалось)\s+(?:[а-я]+\s+)?"
    r"(?:\d+|(?:одн|дв|тр|четыр|пят|шест|сем|восем|восьм|девят|десят)[а-яе]*)\s*(?:[.;,!)]|$)"
)
#: The figure ends its clause: a full stop, a comma, a semicolon, a bracket or the end.
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;,!)]|$)")
#: An interception verb right after a number (its drone noun said before it).
_VERB_NEXT = re.compile(
    rf"\s*(?:(?:был[аиоы]?|were|was|had\s+been|have\s+been)\s+)?(?:{vocab.VERB_STEM_RU}"
    rf"|{_VERBS_EN}|(?:fell|came\s+down)\s+(?:over|in|above)\b)"
)
#: A verb that downs right before a number: "Overnight, it downed 83 over 11 regions", "сбиты
#: 12 над областью" (after drones were named, the number counts them without its noun).
#: (never a verbal noun: "при уничтожении одного из дронов" names no count of its own)
_VERB_BEFORE = re.compile(rf"(?<![\w-])(?:(?:{vocab.VERB_STEM_RU})(?!ени)\w*|{_VERBS_EN})\s+$")
#: what may stand between such a part and its verb: "100 were", "10 были", "10 сбиты"
_SKIP_VERB_GAP = re.compile(r"^\s*(?:(?:were|was|have\s+been|had\s+been|были|был[аи]?)\s+)?")
_OF_WHICH_BEFORE = re.compile(r"(?:of\s+(?:which|them)|из\s+(?:которых|них))\s+$")
#: "один из аппаратов сбили над ...", "два из сбитых беспилотников упали ...": a part of the
#: drones counted elsewhere (the ministry's, the night's), not "17 из 22" nor "из них".
_PART_OF_AFTER = re.compile(
    r"\s+из\s+(?:[а-я]+(?:ых|их)\s+){0,2}(?:аппарат|беспилотник|бпла|дрон)"
    # "один из них упал в ... округе", "one of them crashed in ...": where a part of the drones
    # just counted came down (another speaker's, often), not a figure of its own
    r"|\s+(?:из\s+них|of\s+them)\s+(?:упал|рухнул|fell|crashed|came\s+down)",
    re.IGNORECASE,
)
#: "Губернатор добавил, что два из них уничтожены над Грязинским округом" (the drones counted
#: in a sentence before, the ministry's for the region): the part of them downed over a
#: district, never a figure of the region's own (read only with no drones counted before it in
#: its sentence, "атаковали область 12 беспилотниками, 10 из них сбиты над X районом" is the
#: attack's breakdown). English tells it alike: "Two of them were shot down over the Shebekino
#: district".
_PART_DOWNED_AFTER = re.compile(
    r"\s+из\s+них\s+(?:был[иао]?\s+)?(?:сбит|уничтож|перехвач|подавл)\w*\s+(?:над|в)\s+\w+\s+(?:район|округ)"
    r"|\s+of\s+them\s+(?:were\s+|was\s+|had\s+been\s+)?(?:shot\s+down|downed|destroyed"
    r"|intercepted|suppressed)\s+(?:over|in|above)\s+(?:the\s+)?[\w-]+\s+(?:(?:urban|municipal)\s+)?"
    r"(?:district|okrug)"
)
#: "Из них два — над Белгородом.", "Два из них — над городом." after a figure, the sentence's
#: one count: the part of the drones counted before over that place, a dash for the verb (never
#: a subset to leave out, nor a figure of the place's own; a breakdown of several rows, "Пять из
#: них — над X, три — над Y", is read row by row)
_OF_THEM_FIRST = re.compile(r"\W*из\s+них\s+$")
_DASH_PLACE_AFTER = re.compile(r"\s+[–—-]\s+(?:над|в)\s")
_OF_THEM_DASH_PLACE_AFTER = re.compile(r"\s+из\s+них\s+[–—-]\s+(?:над|в)\s")
#: ("сообщил ещё об одном сбитом дроне", "ещё о двух": the told count after its preposition;
#: "a further 12" is "another 12")
#: ... and the last of a series told one by one: "в 05:30 мэр написал о последних двух", "последние
#: три сбиты над городом" (the final drones of those told before, more of them, as "ещё два";
#: written out whole: ``_CUE_WORDS`` takes the patterns' words as they stand)
_EXTRA_BEFORE = re.compile(
    r"(?:еще|ещё|another|a\s+further|(?<![\w-])(?:(?:об?|обо)\s+)?(?:последних|последние))\s+"
    r"(?:(?:об?|обо)\s+)?$"
)
#: "Один из дронов пытался атаковать X, второй сбит над Y", "one of them ..., the other ...":
#: after "one of" the drones, "второй"/"the other" is the rest of them, not one more.
_ONE_OF_BEFORE = re.compile(r"(?<![\w-])(?:один|одна|одного|one)\s+(?:из|of)\s+")
#: "сбиты два БПЛА: первый — над X, второй — над Y": the ordinals after a figure and its colon
#: tell where the drones of that figure fell, never one more of them
_COUNT_THEN_COLON = re.compile(
    r"(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{vocab.DRONE_ANY})\s*:"
)
_MORE_AFTER = re.compile(r"\s+more\b")
#: "В ночь на вторник сбиты 10, в ночь на среду — 12", "Днём — 4.": a clause that opens on a
#: time of its own and a dash standing for the verb (and the place) of the clause before it: its
#: bare figure is more of that clause's drones at that time, as "ещё 12" is
_GAPPED_TIME = rf"\W*{GAPPED_TIME}[–—-]\s+"
_GAPPED_TIME_BEFORE = re.compile(rf"{_GAPPED_TIME}$")
#: ... the whole clause so, its figure with nothing after it (``rules._interception``: drones
#: downed when the clause before gave a figure); in English the figure more, then its time:
#: "... on Monday night and another 12 on Tuesday night", "... overnight and four more during
#: the day"
_LATER_TIME_EN = (
    r"\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+night)?"
    r"|during\s+the\s+day|in\s+the\s+(?:afternoon|evening)|later\s+in\s+the\s+day)"
)
GAPPED_TIME_LINE = re.compile(
    rf"(?:{_GAPPED_TIME}(?:ещ[её]\s+)?(?:\d+|[а-яе]+)"
    # (the time written after each figure more, not once after all three: what the gate
    # (``parsing.gate``) looks for is then "more on tuesday", "another 12 on tuesday", never a
    # weekday alone, which "The council met on Tuesday ..." holds)
    rf"|\W*(?:and\s+)?(?:another\s+[\w-]+{_LATER_TIME_EN}|a\s+further\s+[\w-]+{_LATER_TIME_EN}"
    rf"|[\w-]+\s+more{_LATER_TIME_EN}))"
    # (who said it may close the sentence: "..., сообщило Минобороны", "..., the governor said")
    r"(?:,\s+(?:[\w'’.-]+\s+){0,4}?(?:сообщил[аио]?|заявил[аио]?|said|says|added|reported)"
    r"(?:\s+[\w'’.-]+){0,4})?\W*$",
    re.IGNORECASE,
)
#: A sentence that is a figure alone, its verb and its drone noun elided because the sentence
#: before downed drones (``rules._interception``): more of them, "Ещё один.", "И ещё два",
#: "Плюс ещё три БПЛА", "03:40 Ещё один." (a clock stamp heading the line), "And another
#: one."; or the figure set right, "По уточнённым данным — три.", "Уточнение: четыре",
#: "According to updated figures, five." The figure's place is what the sentence before gave
#: (``rule_more_in_region``, ``report_rules.rule_corrected_figures``).
ELIDED_LINE = re.compile(
    r"\W*(?:\d{1,2}[:.]\d{2}\.?\s+)?(?:(?:и|а|плюс|затем|потом|and|then|plus)\s+)?"
    r"(?:(?:ещ[её]|another|a\s+further)\s+(?:\d+|[^\W\d_]+)"
    rf"|(?:(?:по|according\s+to)\s+)?{_CORRECTED_GAP_BEFORE.pattern[:-1]}(?:\d+|[^\W\d_]+))"
    rf"(?:\s+(?:{vocab.DRONE_ANY})\w*)?[.!;]?\s*$",
    re.IGNORECASE,
)
#: "одном из сёл", "одного из предприятий": one of several places or things, never a drone
#: (unless the words after "из" are drones: "один из беспилотников", "один из сбитых дронов")
_ONE_OF_THINGS = re.compile(
    r"(?:один|одн(?:ом|ой|ого|им|ому|у|а|о))\s+из\s+(?!(?:них|которых|числа)(?![\w-]))"
    r"(?P<what>\w+(?:\s+\w+)?)"
)
_DIGIT = re.compile(r"\d")
#: "two Ukrainian drone attacks", "three UAV strikes": the number counts attacks.
_ATTACKS_AFTER = re.compile(
    rf"\s*(?:{vocab.DRONE_EN})\s+(?:attacks?|strikes?|raids?|assaults?|incidents?)\b", re.IGNORECASE
)
#: ... and one of a kind of attacks: "one of the largest drone attacks of the war" (an attack,
#: no drone).
_ONE_OF_ATTACKS = re.compile(
    rf"\s*of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{vocab.DRONE_EN})\s+"
    r"(?:attacks?|strikes?|raids?|assaults?|incidents?)\b",
    re.IGNORECASE,
)


_BEFORE_CUES = (
    _MONTH_BEFORE,
    _OF_BEFORE,
    _NONE_BEFORE,
    _QUAL_BEFORE,
    _EACH_BEFORE,
    _SUBSET_BEFORE,
    _ATTEMPT_BEFORE,
    _EXTRA_BEFORE,
)
_WORD = re.compile(r"[^\W\d_][^\W\d_]*")  # (a class first: the engine skips to letters)
#: Every word the patterns above look for before a number; when none of the last three words
#: before it is one of them, none of those patterns can match (a quick test, same result).
_CUE_WORDS = frozenset(
    w for rx in _BEFORE_CUES for w in _WORD.findall(re.sub(r"\\.", " ", rx.pattern))
)

#: Between the bounds of a range: "10-15 БПЛА", "от 10 до 15", "10 to 15 drones".
_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?:до|to|and|or|или)\s+")
_RANGE_FROM = re.compile(r"(?:(?<![\w-])от|from|between)\s+$")
#: "between 20 and 30 drones": "and" joins a range's bounds only after "between".
_BETWEEN = re.compile(r"between\s+$")


def _ranges(s: str, numbers: list[Number]) -> list[tuple[Number, bool]]:
    """Each number with where its text ends; a range's two bounds become its lower bound
    ending after the upper one ("10-15 БПЛА" is 10, read as approximate by the caller)."""
    out: list[tuple[Number, bool]] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if (
            nxt is not None
            and n.value < nxt.value
            and (gap := _RANGE_GAP.fullmatch(s, n.end, nxt.start))
        ):
            word = gap.group().strip().lower()
            if word == "and" and not _BETWEEN.search(s, max(0, n.start - 9), n.start):
                out.append((n, False))
                i += 1
                continue
            worded = word in ("до", "to")
            # "с 10 до 15" is not a count range unless it says "от"/"from" or a drone follows
            if (
                not worded
                or _RANGE_FROM.search(s[max(0, n.start - 12) : n.start])
                or vocab.DRONE_RE.match(s[nxt.end :].lstrip())
            ):
                out.append((Number(n.value, n.start, nxt.end), True))
                i += 2
                continue
        out.append((n, False))
        i += 1
    return out


def _attack_word(rest: str) -> bool:
    """Whether ``rest`` holds a word every match of ``_ATTACKS_AFTER`` holds."""
    return (
        "attack" in rest
        or "strike" in rest
        or "raid" in rest
        or "assault" in rest
        or "incident" in rest
    )


def _attacked_word(rest: str) -> bool:
    """Whether ``rest`` holds a word every match of ``_ATTACKED_AFTER`` holds."""
    return (
        "attack" in rest
        or "атак" in rest
        or "target" in rest
        or "struck" in rest
        or "удар" in rest
        or "врезал" in rest
        or "попал" in rest
    )


def _drone_word(after: str) -> bool:
    """Whether ``after`` holds a word every match of ``_DRONE_NEXT`` holds."""
    return "drone" in after or "uav" in after or "unmanned" in after


def _drone_stem(after: str) -> bool:
    """Whether ``after`` holds a word every match of ``_PARTICIPLE_GAP`` holds."""
    return "беспилотн" in after or "бпла" in after or "дрон" in after


#: A run of blanks: markup around a word ("<strong>Белгородскую область</strong>") is blanked
#: to as many spaces as it had characters (``text``), so its width is no distance between words.
_BLANK_RUN = re.compile(r" {2,}")


def _reach(low: str, end: int, width: int = 40) -> int:
    """Where a window of ``width`` characters before ``end`` starts, a run of blanks counted as
    one: the words before a figure are read the same with or without markup around them
    ("атаковали <b>Липецкую область</b> около 40 беспилотниками")."""
    start = max(0, end - width)
    for _ in range(3):
        if low.find("  ", start, end) < 0:  # no run of blanks (most windows): a test in C
            break
        extra = sum(m.end() - m.start() - 1 for m in _BLANK_RUN.finditer(low, start, end))
        wider = max(0, end - width - extra)
        if wider == start:
            break
        start = wider
    return start


def _attack_size_by_case(low: str, at: int, after: str, before: str) -> bool:
    """Whether the figure at ``at`` is an attack's size told by its case: the drone noun after it
    in the instrumental (never after "с"), or English "with" right before it; either way an
    attack's verb earlier in its clause and no verb of repelling."""
    with_before = _WITH_BEFORE.search(before)
    if _INSTRUMENTAL_DRONES.match(after) is not None:
        if with_before is not None:
            return False  # "справились с 20 беспилотниками": with them, downed
    elif (
        with_before is None
        or "with" not in with_before.group()
        or _DOWNED_AFTER_WITH.match(after) is not None
    ):
        return False  # (no "with", or "with 20 drones shot down": downed)
    else:
        at -= len(with_before.group())
    head = max(0, at - 200)
    cut = _CLAUSE_START.search(low, head, at)
    clause = low[cut.start() + 1 if cut else head : at]
    return bool(_ATTACK_IN_CLAUSE.search(clause)) and not _REPEL_IN_CLAUSE.search(clause)


def _attack_by_word(before: str) -> bool:
    """Whether ``before`` holds a word every match of ``_ATTACK_BEFORE`` holds
    (``vocab.ATTACK_BY``: "атак", "удар", "прилет", "налет", "attack", "struck", "launch",
    "fired", "sent", "запустил"/"выпустил")."""
    return (
        "атак" in before
        or "удар" in before
        or "прилет" in before
        or "налет" in before
        or "attack" in before
        or "struck" in before
        or "launch" in before
        or "fired" in before
        or "sent" in before
        or "пустил" in before
        or "направил" in before
    )


def _rows_uncued() -> bool:
    """Whether no cue word (``_CUE_WORDS``) can be among the last three runs of letters before a
    row's figure after the first: a row's own words (``rows.ROW_WORDS``) and a piece of
    "территорией" cut at its start are none of them; the region's word is asked at each row."""
    pieces = {"территорией"[k:] for k in range(len("территорией"))}
    return _CUE_WORDS.isdisjoint(ROW_WORDS) and _CUE_WORDS.isdisjoint(pieces)


_ROWS_UNCUED = _rows_uncued()


def _row_count(low: str, n: Number, base: int, body: Body) -> Count | None:
    """The count a body's row figure ``n`` is (``parsing.rows``), or None when it is not one
    such figure or when the words around it are any the full reading below weighs.

    A row's figure after the first (the first follows words the body does not hold) has a
    separator right before it (", ", " и ", " and ") and its row right after it (" БПЛА – над
    ...", " – над ...", " над ...", " over the ..."). Every pattern the full reading anchors
    right after the figure fails on those row starts, and every one it anchors at the end of
    the words before it fails after a separator; what is left to weigh are the strings below,
    each one that every match of a pattern holds (the number words before it, "не", "not", an
    attack's or a running total's words, "из"/"of", "each", "more"): with one there, the full
    reading decides. Then the figure is exact, no part nor subset, and counts drones when its
    noun follows (the drone noun's match, as the full reading makes it)."""
    k = body.row_at(n.start)
    if not k or body.rows[k][1] != n.end:
        return None  # (none, or the first row: the words before it are the sentence's own)
    before = low[_reach(low, n.start) : n.start]
    after = low[n.end : n.end + 80]
    if (
        not _ROWS_UNCUED
        or body.rows[k - 1][4] in _CUE_WORDS
        or "не" in low[max(0, n.start - 4) : n.start]
        or "not" in low[max(0, n.start - 5) : n.start]
        or "at" in low[max(0, n.start - 4) : n.start]
        or "of" in low[max(0, n.start - 20) : n.start]
        or "из" in low[max(0, n.start - 20) : n.start]
        or "чем" in before[-6:]
        or _attack_by_word(before)
        or "дости" in before
        or " до " in before
        or " to " in before
        or "reached" in before
        or "из" in after
        or "із" in after
        or "of" in after
        or " з " in after
        or "each" in after
        or "apiece" in after
        or "more" in after
        or _attacked_word(after)
    ):
        return None
    drone = vocab.DRONE_RE.match(after, 1) is not None
    return Count(n.value, base + n.start, base + n.end, drone=drone)


def _corrected_gap(low: str, at: int) -> bool:
    """Whether the words that set a figure right, their verb elided, end right before ``at``."""
    near = low[max(0, at - 40) : at]
    return ("нн" in near or "ние" in near or "ed " in near or "ed," in near or "ed:" in near) and (
        _CORRECTED_GAP_BEFORE.search(near) is not None
    )


def find_counts(
    s: str,
    low: str,
    base: int,
    *,
    drones_named: bool = False,
    body: Body | None = None,
    figure_before: bool = False,
    enumerating: bool = False,
) -> list[Count]:
    """Return the numbers of a sentence that count drones (not dates, times or other nouns).

    ``drones_named``: an earlier sentence named drones and no other weapon after them, so a
    number right before an interception verb counts them ("Since March, 700 drones ... On
    Tuesday it said 45 had been destroyed overnight"). ``body``: the sentence's list rows
    (``rows.find_body``), whose figures are read without the full reading when nothing around
    them asks for it. ``figure_before``: a sentence before gave a figure of drones;
    ``enumerating``: a sentence before began telling a figure's drones by their ordinals
    (``_ordinal_counts``)."""
    out: list[Count] = []
    # a count with its drone noun came before (kept, not scanned: linear)
    drone_before = drones_named
    #: where a lone part of the figure before starts (``_OF_THEM_FIRST``), and whether it was
    #: read as a subset without it
    lone: tuple[int, bool] | None = None
    #: where the whole a debris part was of starts ("debris from one of the two drones"): no
    #: figure either
    debris_whole = -1
    for n, is_range in _ranges(low, find_numbers(low, body)):
        if n.start == debris_whole:
            continue
        if body is not None and not is_range and (row := _row_count(low, n, base, body)):
            out.append(row)
            drone_before = drone_before or row.drone
            continue
        after = low[n.end : n.end + 80]
        if _MONTH_AFTER.match(after):
            continue
        opening = after[:5]
        qual_after = (
            _QUAL_AFTER.match(after)
            if ("or" in opening or " с " in opening or "odd" in opening)
            else None
        )
        if qual_after:
            after = " " * qual_after.end() + after[qual_after.end() :]
        if "(" in after[:3] and (
            (aside := _WHOLE_IN_BRACKETS.match(after) or _CORRECTED_IN_BRACKETS.match(after))
            is not None
        ):
            # "3 (из 5) БПЛА": the whole the figure is of, an aside; the noun after it is the
            # figure's; so after "27 (а не 25, как сообщалось ранее)"
            after = " " * aside.end() + after[aside.end() :]
        if after[:1] in '"”»':
            # 'shot down "more than a dozen" Ukrainian drones': a partial quote closes on the
            # figure, the words after the mark are the figure's as without it
            after = " " + after[1:]
        if after.startswith(" of ") and low.endswith(_COLLECTIVES, n.start, n.end):
            after = "    " + after[4:]  # "a pair of drones": the collective's noun after "of"
        skip = _SKIP.match(after)
        rest = after[skip.end() :] if skip else after
        # "25 воздушных целей": counted as drones only where the sentence names drones (rules)
        head = rest.lstrip()
        drone = bool(
            vocab.DRONE_RE.match(head)
            or vocab.AERIAL_TARGET_RE.match(head)
            or ("аппарат" in head[:8] and _APPARATUS.match(head))
        )
        if (
            not drone
            and (_drone_stem(after) or _drone_word(after) or "аппарат" in after)
            and (adjs := _ADJS_BEFORE_DRONE.match(rest)) is not None
        ):
            rest = rest[adjs.end() :]  # "two aerial drones": the noun after its adjectives
            drone = True
        # (each ``"..." in after`` below is a string every match of the pattern after it holds:
        # a test in C instead of a call into the regex engine, same result)
        if not drone and _drone_stem(after) and _PARTICIPLE_GAP.match(after):
            drone = True
        # "launched 130 drones, of which 100 were shot down": the part shot down of the drones
        # counted before, as "100 of which were shot down" is (not a subset to leave out)
        near = low[max(0, n.start - 20) : n.start]
        part_down = bool(
            ("of" in near or "из" in near)
            and _OF_WHICH_BEFORE.search(low, max(0, n.start - 20), n.start)
            and vocab.INTERCEPT_RE.match(_SKIP_VERB_GAP.sub("", after[:40]))
        )
        drone = drone or part_down
        # "bringing to six the number downed on the way": the running whole written before
        # the noun it counts (as "bringing the number downed ... to six" is)
        brought_to = bool(
            "bring" in low[max(0, n.start - 16) : n.start]
            and _BROUGHT_TO_BEFORE.search(low, max(0, n.start - 16), n.start)
            and _THE_NUMBER_AFTER.match(after)
        )
        drone = drone or brought_to
        if (
            not drone
            and (
                "at" in (just := low[max(0, n.start - 4) : n.start]) or "of" in just or "to" in just
            )
            and any(
                m.end() == n.start
                for m in vocab.PUT_AT_RE.finditer(low, max(0, n.start - 80), n.start + 1)
            )
        ):
            # "put the figure for his region at 14", "gave a figure of 14", "correcting the
            # figure to 3": the drones the speaker counted
            drone = True
        if not drone and ("з" in after or "of" in after) and _OF_WHICH_AFTER.match(after):
            drone = True  # "80 дронов, 60 из них сбиты", "60 of which were shot down": drones
        # "28 drones over X, out of 40 in total": the whole the part before it is of
        whole = drone_before and ("al" in after[:22] and _WHOLE_AFTER.match(after) is not None)
        drone = drone or whole
        if 1900 <= n.value <= 2100 and not drone:
            continue
        if (
            not drone
            and "upd" in low[max(0, n.start - 8) : n.start]
            and _VERSION_BEFORE.search(low, max(0, n.start - 8), n.start)
        ):
            continue  # "UPDATE 2 - Russia shoots down 18 drones": the story's version
        if not drone and _NUMBER_SIGN_BEFORE.search(low, max(0, n.start - 5), n.start):
            continue  # "в здании школы №3", "school No. 3": a thing's number, no count
        if not drone and (
            _PEOPLE.match(low, n.start, n.end)
            or _HARM_BEFORE.search(low, max(0, n.start - 24), n.start)
            or ("ed" in after[:40] and _HARMED_AFTER_EN.match(after) is not None)
        ):
            continue  # "ранены двое", "погибли 2": people, not drones  # a year; "уничтожено 1900 БПЛА" is a count (found by the fuzz pass)
        if (
            not drone
            and ("упал" in rest[:8] or "рухнул" in rest[:10])
            and (figure_before or any(c.drone for c in out))
            and _CAME_DOWN_AT_RU.match(rest)
            and not _DEBRIS_BEFORE_RU.search(low, max(0, n.start - 20), n.start)
        ):
            # "Сбиты пять БПЛА. Три упали в X округе": that many of the figure before came down
            # there, its share; with no figure before ("Дроны сбиты, один упал на территории")
            # a part of drones never counted, no figure; "Обломки двух упали ...": debris
            drone = True
        if not drone and "ed" in after[:12] and _THING_DOWNED_EN.match(after):
            continue  # "seven destroyed warplanes": the participle is the noun's, no drones
        if (
            not drone
            and not _FOLLOW_OK.match(rest)
            and not _IN_PLACE.match(s, n.end + (skip.end() if skip else 0))
            and not (drone_before and _REMAINDER_BEFORE.search(low, max(0, n.start - 12), n.start))
        ):
            continue
        if not drone and drone_before and _corrected_gap(low, n.start):
            drone = True  # "..., по уточненным данным — 9": the drones set right
        if (
            "не" in low[max(0, n.start - 4) : n.start]
            and _BUT_AFTER.match(after)
            and _NOT_BEFORE.search(low, max(0, n.start - 4), n.start)
        ):
            continue  # "не 15, а 17 беспилотников": the second figure is the one
        if "not" in low[max(0, n.start - 5) : n.start] and _NOT_EN_BEFORE.search(
            low, max(0, n.start - 20), n.start
        ):
            continue  # "29, not 26, drones": the figure after "not" is none
        if (
            not drone
            and ", not" in after[:7]
            and (fix := _NOT_EN_AFTER.match(after))
            and vocab.DRONE_RE.match(after, fix.end())
        ):
            drone = True  # "saying 29, not 26, drones had been downed": the figure set right
        if _attack_word(rest) and (_ATTACKS_AFTER.match(rest) or _ONE_OF_ATTACKS.match(rest)):
            continue  # "two drone attacks", "one of the largest drone attacks": attacks
        before = low[_reach(low, n.start) : n.start]
        cued = not _CUE_WORDS.isdisjoint(letter_runs(before[-36:])[-3:])
        if cued and (
            _MONTH_BEFORE.search(before)
            or (_OF_BEFORE.search(before) and not whole)
            or _NONE_BEFORE.search(before)
        ):
            continue
        if not drone and _drone_word(after) and _DRONE_NEXT.match(after):
            drone = True
        if (
            not drone
            and drone_before
            and "о" in before[-6:]
            and _TOLD_OF_BEFORE.search(before)
            and _CLAUSE_ENDS.match(after)
        ):
            # "Губернатор сообщил лишь о 12.", "..., а губернатор региона — о 20": the figure a
            # speaker told, its drone noun said once before it
            drone = True
        if (
            not drone
            and drone_before
            and "их" in before[-40:]
            and _THEIR_NUMBER_BEFORE.search(before)
            and _CLAUSE_ENDS.match(after)
        ):
            drone = True  # "позже уточнил, что их было 7": the drones told before, set right
        if (
            not drone
            and _VERB_NEXT.match(after)
            and (drone_before or vocab.DRONE_RE.search(low, max(0, n.start - 120), n.start))
        ):
            # "attacked with 116 drones and that 87 had been shot down": the drone noun said once
            drone = True
        has_of = "из" in after or "із" in after or "of" in after or " з " in after
        of = _OF_AFTER.match(after) if has_of else None
        if of and vocab.DRONE_RE.match(_SKIP.sub("", after[of.end() - 1 :]).lstrip()):
            drone = True  # "17 із 22 БпЛА", "20 of 25 drones"
        elif has_of and skip is not None and skip.end() and (of := _OF_AFTER.match(rest)):
            # "о 100 сбитых из 130 запущенных дронов": the participle first, the launched after
            tail = _LAUNCHED_ADJ.sub("", _SKIP.sub("", rest[of.end() - 1 :]))
            drone = drone or bool(vocab.DRONE_RE.match(tail.lstrip()))
        if (
            not drone
            and n.value == 1
            and (one := _ONE_OF_THINGS.match(low, n.start)) is not None
            and not vocab.DRONE_RE.search(low, one.start("what"), one.end())
        ):
            continue  # "в одном из сёл", "на одном из предприятий": one of the places, no drone
        if ("debris" in before or "fragments" in before or "wreckage" in before) and (
            _DEBRIS_OF.search(before)
        ):
            # "debris from one of them damaged a roof": which drone fell, no figure; nor the
            # drones it was one of ("one of the two drones shot down over the city")
            if (whole_of := _OF_THE.match(low, n.end)) is not None:
                debris_whole = whole_of.end()
            continue
        if after.startswith(" из ") and _DEBRIS_BEFORE_RU.search(before):
            # "Обломки одного из них упали в X районе", "обломками двух из сбитых дронов
            # повреждены крыши": which of the drones counted before left debris there, never a
            # figure of drones (the place is where debris fell, as "обломки сбитого БПЛА" names)
            continue
        start = n.start
        q = _QUAL_BEFORE.search(before) if cued else None
        if q:
            start = n.start - (len(before) - q.start())
        if q and q.group("q").startswith("до") and _RUNNING_BEFORE.search(before):
            q = None  # "выросло до 25": a running total, no bound ("running" below)
        sign = _ABOUT_SIGN.search(before) if q is None and before else None
        if (
            sign is None
            and q is None
            and n.value in (5, 10, 50, 100)
            and low[n.start : n.end] in _ABOUT_QUANTITY
        ):
            sign = _ABOUT_WITH.search(before)  # "с десяток": about ten
        least = (
            _LEAST_SIGN.search(before)
            # (every match holds one of the two signs: a test in C spares the engine's scan,
            # tried at every character of the words before each figure)
            if q is None and sign is None and ("≥" in before or ">" in before)
            else None
        )
        most = (
            _MOST_SIGN.search(before)
            if q is None and sign is None and least is None and before
            else None
        )
        if mark := sign or least or most:
            start = n.start - (len(before) - mark.start())
        if not drone and drone_before and _VERB_BEFORE.search(low, max(0, start - 30), start):
            drone = True
        qual: Qualifier = "exact"
        if q:
            words = q.group("q")
            qual = (
                "approx"
                if vocab.APPROX_RE.search(words)
                else "at_most"
                if vocab.AT_MOST_RE.fullmatch(words)
                else "at_least"
            )
        elif sign:
            qual = "approx"
        elif least:
            qual = "at_least"
        elif most:
            qual = "at_most"
        if is_range:
            qual = "approx"  # "10-15 БПЛА": the lower bound, approximate
        elif qual_after:
            words = " ".join(qual_after.group().split())
            qual = "approx" if words in vocab.QUAL_AFTER_APPROX else "at_least"
        each = bool(
            (cued and _EACH_BEFORE.search(before))
            or (
                ("each" in after or "apiece" in after)
                and (_EACH_AFTER.match(after) or _EACH_OF_AFTER.match(after))
            )
        )
        subset = cued and bool(_SUBSET_BEFORE.search(before)) and not part_down
        lone_part = figure_before and bool(
            (subset and _OF_THEM_FIRST.match(low, 0, n.start) and _DASH_PLACE_AFTER.match(after))
            or ("из" in after and _OF_THEM_DASH_PLACE_AFTER.match(after))
        )
        if lone_part:
            lone = (base + n.start, subset)
        subset = subset and not lone_part
        # "атаковали область более чем 150 беспилотниками": the attack's words before the bound
        bound = (
            _BOUND_TAIL.search(before, max(0, len(before) - 30))
            if q or "чем" in before[-6:]
            else None
        )
        # (the attack's words are read by words, two at most between, so a long place
        # between reaches further than ``before``: "атаковал Карачаево-Черкесскую Республику 12
        # беспилотниками")
        at = n.start if bound is None else n.start - (len(before) - bound.start())
        core = low[_reach(low, at, 64) : at]
        attack = (
            (
                (
                    (
                        _attack_by_word(core)
                        and bool(_ATTACK_BEFORE.search(core))
                        and not _REPELLED.search(core)
                    )
                    or (drone and _attack_size_by_case(low, n.start, after, before))
                )
                # (all of the attack's drones downed later in the sentence are the figure)
                and not (
                    "all" in (later := low[n.end : n.end + 200]) and _ALL_DOWNED_LATER.match(later)
                )
            )
            or (
                drone
                # (a longer reach than ``after``'s: whose drones they are may stand between)
                and _attacked_word(verb := low[n.end + len(after) - len(rest) : n.end + 160])
                and bool(_ATTACKED_AFTER.match(verb))
                and not ("all" in rest and _ALL_DOWNED_AFTER.search(rest))
            )
        )
        attempt = attack or (cued and bool(_ATTEMPT_BEFORE.search(before)))
        extra = bool(
            (cued and _EXTRA_BEFORE.search(before))
            or ("more" in after and _MORE_AFTER.match(after))
            or (n.start < 60 and _GAPPED_TIME_BEFORE.fullmatch(low, 0, n.start) is not None)
        )
        running = brought_to or (
            ("дости" in before or " до " in before or " to " in before or "reached" in before)
            and bool(_RUNNING_BEFORE.search(before))
        )
        out.append(
            Count(
                n.value,
                base + start,
                base + n.end,
                qual,
                each,
                subset,
                attempt,
                drone,
                extra=extra,
                attack=attack,
                running=running,
                part=lone_part
                or (
                    ("из" in after or "of them" in after)
                    and bool(
                        _PART_OF_AFTER.match(after)
                        or (not any(c.drone for c in out) and _PART_DOWNED_AFTER.match(after))
                    )
                ),
            )
        )
        drone_before = drone_before or drone
    if lone is not None and len(out) > 1:
        # one row of a breakdown of several: read as the rows beside it are
        at, was_subset = lone
        out = [replace(c, part=False, subset=was_subset) if c.start == at else c for c in out]
    if not low.isascii() and any(w[:4] in low for w in _ORDINAL_RU_WORDS):
        ords = _ordinal_counts(low, base, out, figure_before=figure_before, enumerating=enumerating)
        if any(c.part for c in ords):
            # "сбиты шесть: первый — над X, ..., ещё три — над Y": "ещё" goes on with the
            # telling of the six, a part of them like the ordinals before it
            at = min(c.start for c in ords if c.part)
            out = [
                replace(c, extra=False, part=True) if c.extra and c.start > at else c for c in out
            ]
        out.extend(ords)
    taken = [(c.start, c.end) for c in out]
    # the Russian singulars start with a Cyrillic letter: an ASCII sentence (a test in C, no
    # scan) holds none (``tests/parsing/test_scan_shortcuts.py``)
    ascii_only = low.isascii()
    # (both participle patterns need one: a quick scan for it instead of their slow ones)
    shot_one = None if ascii_only else _SHOT_ONE.search(low)
    for rx in (
        _ONE_RU,
        _ONE_PARTICIPLE_RU,
        _ONE_PLACED_PARTICIPLE_RU,
        _ONE_ASIDE_RU,
        _ONE_EN,
        _HEADLINE_ONE_EN,
        _HEADLINE_OBJECT_ONE_EN,
        _ANOTHER_ONE_RU,
        _ANOTHER_ONE_EN,
        _SINGLE_EN,
    ):
        if ascii_only and rx not in _LATIN_ONES:
            continue
        if (rx is _HEADLINE_ONE_EN or rx is _HEADLINE_OBJECT_ONE_EN) and not _may_name_one_en(low):
            continue
        if rx is _SINGLE_EN and "single" not in low:
            continue
        if rx is _ANOTHER_ONE_EN and not any(w in low for w in _ANOTHER_WORDS):
            continue
        if rx is _ONE_EN and not _may_name_one_en(low):
            continue  # no singular noun: no match (a test in C instead of the scan)
        if (rx is _ONE_PARTICIPLE_RU or rx is _ONE_PLACED_PARTICIPLE_RU) and shot_one is None:
            continue  # no participle: a quick scan instead of the pattern's slow one
        if rx is _ONE_ASIDE_RU and not ("вши" in low or "щий" in low):
            continue  # no active participle of the kinds it needs ("летевший", "летящий")
        if rx is _ANOTHER_ONE_RU and not (
            "друг" in low or "втор" in low or "трет" in low or "послед" in low
        ):
            continue
        # (a headline's drone opens its sentence: looked for there alone)
        found = filter(None, [rx.match(low)]) if rx is _HEADLINE_ONE_EN else rx.finditer(low)
        for m in found:
            if (
                rx is _ONE_PARTICIPLE_RU or rx is _ONE_PLACED_PARTICIPLE_RU
            ) and _DEBRIS_BEFORE_RU.search(low, max(0, m.start() - 20), m.start()):
                continue  # "обломками сбитого беспилотника": its debris, no drone downed
            # "One was downed over X and the other over Y" after a sentence that named the
            # drones: the rest of those the sentence began telling, a part of them
            told_rest = False
            if (rx is _ANOTHER_ONE_RU or rx is _ANOTHER_ONE_EN) and vocab.DRONE_RE.search(
                low, 0, m.start()
            ) is None:
                told_rest = (
                    rx is _ANOTHER_ONE_EN
                    and drones_named
                    and m.group().startswith("the ")
                    and any(c.start < base + m.start() for c in out)
                )
                if not told_rest:
                    continue  # "другой" with no drone named before it is no drone
            a, b = base + m.start(), base + m.end()
            if rx is _ONE_ASIDE_RU or (rx is _ONE_PARTICIPLE_RU and m["after"]):
                # "о другом БПЛА, сбитом над ...": the participle's clause holds the place
                a = base + m.start("after")
            elif rx is _ONE_RU and m["repelled"]:
                # "отразили атаку дрона на Энск": the figure is the drone, as "атаку двух дронов"
                a = base + m.start("repelled")
            elif rx is _ONE_PLACED_PARTICIPLE_RU:
                # "о сбитом над X дроне": the figure is the participle, X its place after it
                lead = _SHOT_ONE.match(low, m.start())
                b = base + (lead.end() if lead is not None else m.end())
            if any(x < b and a < y for x, y in taken):
                continue
            if rx is _ONE_RU and base + len(low[: m.start()].rstrip()) in {y for _x, y in taken}:
                # "ещё один беспилотник уничтожен": the noun is the number's, no second drone
                continue
            if rx is _HEADLINE_OBJECT_ONE_EN and (
                (prev := _WORD_BEFORE.search(low, max(0, m.start() - 40), m.start())) is None
                or prev[1] in _NOT_A_SUBJECT
                or prev[1].isdigit()
            ):
                continue  # "debris of downed drone": a participle, no drone downed here
            if rx is _HEADLINE_ONE_EN or rx is _HEADLINE_OBJECT_ONE_EN:
                a, b = base + m.start("one"), base + m.end("one")
            if rx is _ONE_EN and _DIGIT.search(m.group()):
                continue
            # "..., второй подавлен РЭБ", "another over Y": one more, like "ещё один"; so is
            # "another drone", "one more drone" ("He later wrote of one more drone")
            more = (
                rx is _ANOTHER_ONE_RU
                or rx is _ANOTHER_ONE_EN
                or (rx is _ONE_EN and _MORE_ONE_EN.match(low, m.start()) is not None)
            )
            part = more and (
                told_rest
                or _ONE_OF_BEFORE.search(low, 0, m.start()) is not None
                or _COUNT_THEN_COLON.search(low, 0, m.start()) is not None
            )
            # "a drone each over X and Y", "single drones over X and Y": one over each place
            each = rx is _SINGLE_EN or (
                rx is _ONE_EN and "each" in low and _EACH_AFTER.match(low, m.end()) is not None
            )
            out.append(
                Count(
                    1, a, b, each=each, drone=True, implied=True, extra=more and not part, part=part
                )
            )
            taken.append((a, b))
    noughts, words = _nought_counts(low, base, taken)
    if words:
        # "ни одного сбитого беспилотника": its participle and noun are the nought's, no drone
        out = [c for c in out if not (c.implied and any(a <= c.start < b for a, b in words))]
    out += noughts
    out.sort(key=lambda c: c.start)
    return out
