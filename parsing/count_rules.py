"""Sentence rules that link a count to its place or settle what a count is: parentheses,
attempts, "N из которых", fronted places, "respectively", summed and added verbs, Moscow
targets, totals without a place, "все уничтожены". They run in the order of ``parsing.rules.RULES``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from geo.area_ids import is_combined, is_sea
from geo.vocab import COLLOQUIAL_RU
from parsing import vocab
from parsing.counts import Count
from parsing.literals import keyed
from parsing.lookup import (
    TOWN_SCORE,
    Resolved,
    ambiguity,
    find_any_place,
    find_place,
    region_names,
)
from parsing.model import Qualifier, sum_qualifier
from parsing.morph import adjective_nominative, noun_lemmas
from parsing.numbers import figure_value, is_year, words_value
from parsing.places import Group, paren_figure
from parsing.reading import (
    ListItem,
    PlaceMention,
    Reading,
    TotalCandidate,
    join_spans,
    make_claim,
    names_drone,
)
from parsing.text import lower
from parsing.word_start import word_start

_PAREN = re.compile(
    rf"(?P<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)\s*\(\s*(?:(?P<n>[\w-]+(?:\s[\w-]+)?)\s+(?:{vocab.DRONE_EN})|(?P<bare>\d{{1,3}}))\s*\)",
    re.IGNORECASE,
)


#: The words before a name in parentheses' row that belong to the name: "the Sea of Azov (10)",
#: "the Republic of Adygea (2)" (the name the pattern read is the last word alone).
_OF_HEAD_EN = re.compile(r"(?:Sea|Republic)\s+of\s+$")
#: A head noun the pattern read as the name: "Krasnodar Krai (25)", "the Black Sea (20)",
#: "the Chuvash Republic (3)", "the Pogar district (6)": the place is the word before it and the
#: head noun together.
_HEAD_EN = frozenset({"krai", "region", "oblast", "territory", "sea", "republic", "district"})
_WORD_BEFORE_EN = re.compile(r"([A-Z][a-z]+)\s+$")


def _paren_name_en(text: str, m: re.Match[str]) -> tuple[int, str]:
    """The start and the whole name of a place whose figure is in parentheses after it: the
    word ``_PAREN`` read with the words of its place phrase before it."""
    start, name = m.start("name"), m["name"]
    head = _OF_HEAD_EN.search(text, max(0, start - 16), start)
    if head is not None:
        return head.start(), f"{head.group().split()[0]} of {name}"
    before = _WORD_BEFORE_EN.search(text, max(0, start - 24), start)
    if name.lower() in _HEAD_EN and before is not None:
        return before.start(), f"{before[1]} {name}"
    return start, name


def _head_noun_rows(text: str) -> bool:
    """Whether a sentence lists two or more places by their head noun, each with a bare figure
    in parentheses: "The Voronezh Region (14), Belgorod Region (11) and Kursk Region (8) were
    targeted", after the sentence that downed the drones. A head noun makes each name a
    place, never a person's age or a footnote."""
    heads = [m for m in _PAREN.finditer(text) if m["bare"] and m["name"].lower() in _HEAD_EN]
    return len(heads) >= 2


#: The head nouns of a place in a list row, written out or short ("Курская обл.", "Белгородский
#: р-н", "Шебекинский г.о."), the nominative.
#: ("Грязинский МО", "Шебекинский ГО": a municipal or urban okrug in the capitals officials write
#: it in, after its adjective, where "МО" cannot be the ministry)
_UNIT_RU = (
    # ("Брянская обл — 5", "Курская обл (3)": the short head without its point, too)
    r"район|округ|область|край|море|регион|обл\.|обл(?![\w-])|кр\.|р-н|[гм]\.\s?о\.|[МГ]О(?![\w-])"
)
#: A counter word after a row's figure, written out or short: "Брянская область — 5 ед.",
#: "Курская обл. (3 шт.)", "— 4 единицы БПЛА" (the row had been lost without a word).
COUNTER_RU = r"(?:\s+(?:шт\.|штук[а-я]*|ед\.|единиц[а-я]*|(?:шт|ед)(?![\w.-])))?"
#: A place named in the nominative (a region, a district, a sea, a republic, a town), maybe
#: abbreviated ("Курская обл."): the place of a row written figure first.
_ROW_NAME_RU = (
    r"(?P<name>[А-ЯЕ][а-яе-]+(?:ая|ий|ый|ой|ое)\s+(?:(?:городской|муниципальный)\s+)?"
    rf"(?:{_UNIT_RU})"
    r"|(?:[Рр]еспублика|[Рр]есп\.)\s+[А-ЯЕ][а-яе]+(?:\s+[А-ЯЕ][а-яе]+)?|[А-ЯЕ][а-яе]+(?:-[А-Яа-яе]+)*)"
)


def rule_paren_count(r: Reading) -> None:
    """ "Belgorod (four drones), ... and Kaluga (six drones) regions", "Белгородский район (2),
    Шебекинский округ (3)": counts in parentheses after the names they belong to."""
    # (and after a place the grammar read in any case: "над Курской областью (3 БПЛА), ...")
    # a bare number in parentheses after a name counts only in a sentence that shoots drones down
    done: list[tuple[int, int]] = []
    if "respectively" in r.low or "соответственно" in r.low:
        _respectively(r, done)
    if "(" not in r.text:
        return  # (the pattern needs a parenthesis; its scan is slow, the test is not)
    if not r.english:
        if r.interception:
            _paren_after_places(r, done)
            _paren_ru(r, done)
            _figure_then_paren_place(r, done)
            _total_beside_paren_rows(r, done)
        return
    rows = _head_noun_rows(r.text) if not r.interception and r.ctx.drone_seen else False
    for m in _PAREN.finditer(r.text):
        if m["bare"] and not (r.interception or rows):
            continue
        n = m["n"] or m["bare"]
        value = figure_value(n)
        if value is None:
            continue
        start, name = _paren_name_en(r.text, m)
        if not name[0].isupper():
            continue  # (a head noun in lower case is a name with the word before it)
        place = find_any_place([f"{name} Region", name], None)
        if place is None:
            continue
        a, b = r.base + start, r.base + m.end()
        # "the Republic of Crimea (3)": the name is the place phrase the grammar read, not
        # its last word alone (the phrase left over took the figure before the list)
        a = min([a, *(p.start for it in r.items for p in it.placed if p.start < b and a < p.end)])
        r.claim(None, place, Count(value, r.base + m.start(), b), (a, b), "paren_count")
        _used(r, a, b)
        done.append((a, b))
    if r.interception:
        _paren_after_places(r, done)


#: The two to six figures of a "respectively" ("13 and 9", "nine, five and three"), in digits
#: or words, as ``nums``.
_RESPECTIVE_FIGURES = (
    r"(?P<nums>(?:\d{1,4}|[a-zа-яе]+)(?:\s*(?:,|\band\b|\bи\b)\s*(?:\d{1,4}|[a-zа-яе]+)){1,5})"
)
#: "over the Kursk and Belgorod regions (13 and 9 respectively)", "над Курской и Белгородской
#: областями (13 и 9 соответственно)": the figures of the places before it, in their order.
_RESPECTIVELY_PAREN = re.compile(
    rf"\(\s*{_RESPECTIVE_FIGURES}\s*,?\s*(?:respectively|соответственно)\s*\)",
    re.IGNORECASE,
)
#: The same figures set off by a comma, a dash or a colon instead of parentheses: "over the
#: Voronezh, Lipetsk and Tambov regions, nine, five and three respectively"; "над Брянской и
#: Курской областями — 25 и 16 соответственно"; the sum first, its parts after a colon: "над
#: Брянской и Курской областями сбиты 20 БПЛА: 12 и 8 соответственно".
_RESPECTIVELY_AFTER = re.compile(
    # (a hyphen between spaces is a dash typed on a keyboard: "regions - six and five respectively")
    rf"(?:[,–—:]|\s-)\s*{_RESPECTIVE_FIGURES}\s*,?\s*(?:respectively|соответственно)(?![\w-])",
    re.IGNORECASE,
)
#: Russian puts the adverb before the figures as well: "над Брянской и Курской областями
#: уничтожены соответственно 12 и 8 беспилотников".
_RESPECTIVELY_BEFORE = re.compile(
    rf"(?<![\w-])соответственно\s*,?\s*{_RESPECTIVE_FIGURES}", re.IGNORECASE
)
#: ... and the figures with their drone noun, the verb's words after it: "над Брянской и
#: Курской областями сбиты 14 и 6 беспилотников соответственно", "over the Kursk and Oryol
#: regions, 12 and 8 drones were destroyed, respectively".
_RESPECTIVELY_NOUN = re.compile(
    rf"(?<![\w-]){_RESPECTIVE_FIGURES}\s+(?:[^\W\d_]+\s+)?(?:{vocab.DRONE_ANY})"
    r"(?:\s+[^\W\d_]+){0,6}?\s*,?\s*"
    r"(?:respectively|соответственно)(?![\w-])",
    re.IGNORECASE,
)
_FIGURE_WORD = re.compile(r"\d{1,4}|[^\W\d_]+")


def _respectively(r: Reading, done: list[tuple[int, int]]) -> None:
    """The places right before "(13 and 9 respectively)" (or ", 13 and 9 respectively") take
    its figures in order; the count before the places (their sum, often) stays the report's
    total."""
    found = [
        *_RESPECTIVELY_PAREN.finditer(r.text),
        *_RESPECTIVELY_AFTER.finditer(r.text),
        *_RESPECTIVELY_NOUN.finditer(r.text),
        *_RESPECTIVELY_BEFORE.finditer(r.text),
    ]
    for m in found:
        if any(a <= r.base + m.start() < b for a, b in done):
            continue  # ", 5 and 4 respectively" inside "(13, 5 and 4 respectively)" read already
        figures = [
            (w, r.base + m.start("nums") + w.start())
            for w in _FIGURE_WORD.finditer(m["nums"])
            if w.group().lower() not in ("and", "и")
        ]
        values = [figure_value(w.group()) for w, _a in figures]
        while values and values[0] is None:
            # "regions, 12 and 8 drones ... respectively": a word before the figures
            del figures[0], values[0]
        if len(figures) < 2 or any(v is None for v in values):
            continue
        at = figures[0][1]
        before = sorted(
            (p for it in r.items for p in it.placed if p.end <= at), key=lambda p: p.start
        )[-len(figures) :]
        if len(before) != len(figures):
            continue
        for p, (w, a), v in zip(before, figures, values, strict=True):
            count = Count(v or 0, a, a + len(w.group()))
            r.claim(
                None, p.place, count, join_spans((p.start, p.end), (a, count.end)), "respectively"
            )
        # the places and the parenthesis are used; a count between them ("над X и Y областями
        # уничтожены 22 (13 и 9 соответственно)") is their sum stated, the total
        for it in r.items:
            for c in it.counts:
                if before[-1].end <= c.start < at and c.drone:
                    r.total(c, 1)
        _used(r, before[0].start, before[-1].end)
        _used(r, at, r.base + m.end())
        done.append((before[0].start, r.base + m.end()))


#: "Белгородский район (2), Шебекинский городской округ (3)": a name in the nominative, its
#: number in parentheses.
_PAREN_RU = re.compile(
    r"(?P<name>[А-ЯЕ][а-яе-]+(?:ий|ый|ой|ая)\s+(?:(?:городской|муниципальный)\s+)?"
    # (a head written short too: "Брянская обл. (5), Курская обл. (3)" had been lost)
    rf"(?:{_UNIT_RU})|[А-ЯЕ][а-яе]+(?:-[А-Яа-яе]+)*)"
    rf"\s*\(\s*(?P<bare>\d{{1,3}}){COUNTER_RU}(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?\s*\)"
)


def _paren_ru(r: Reading, done: list[tuple[int, int]]) -> None:
    for m in _PAREN_RU.finditer(r.text):
        place = find_any_place([_unabbreviated(m["name"])], r.ctx.region)
        if place is None:
            continue
        a, b = r.base + m.start(), r.base + m.end()
        if any(a < y and x < b for x, y in done):
            continue  # "Республикой Крым (6)": read with the whole name
        r.claim(None, place, Count(int(m["bare"]), a, b), (a, b), "paren_count")
        _used(r, a, b)
        done.append((a, b))


#: "11 БПЛА (Брянская обл.)", "семь (Курская область)": a figure (with its drone noun or not)
#: right before a parenthesis that holds only a place's name in the nominative.
_FIGURE_PAREN = re.compile(
    r"(?<![\w.,:-])(?P<n>\d{1,4}|[а-яе]+(?:\s+(?!беспилотн|дрон)[а-яе]+)?)"
    r"(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?"
    r"\s*\(\s*" + _ROW_NAME_RU + r"\s*\)"
)


def _row_figure(n: str) -> tuple[int, int] | None:
    """A row's figure in digits or words and where it starts in ``n``: two words that are no
    number may end in one ("уничтожены семь" -> 7 from its second word)."""
    value = figure_value(n)
    if value is not None:
        return value, 0
    last = n.rsplit(None, 1)[-1]
    value = words_value(last) if last != n else None
    return None if value is None else (value, len(n) - len(last))


def _figure_then_paren_place(r: Reading, done: list[tuple[int, int]]) -> None:
    """ "сбиты 20 БПЛА: 11 БПЛА (Брянская обл.), 6 БПЛА (Курская обл.)": the place in
    parentheses after a figure is the figure's (a row written figure first)."""
    for m in _FIGURE_PAREN.finditer(r.text):
        found = _row_figure(m["n"])
        if found is None:
            continue
        value, skip = found
        place = find_any_place([_unabbreviated(m["name"])], r.ctx.region)
        if place is None or (" " not in m["name"] and not _one_word_row(place, r.ctx.region)):
            continue  # one word that only looks like a name ("5 (Сегодня)")
        a, b = r.base + m.start("n") + skip, r.base + m.end()
        if any(a < y and x < b for x, y in done):
            continue
        r.claim(None, place, Count(value, a, r.base + m.end("n")), (a, b), "paren_count")
        _used(r, a, b)
        done.append((a, b))


def _total_beside_paren_rows(r: Reading, done: list[tuple[int, int]]) -> None:
    """A figure without a place of its own, in a sentence whose places all have their figures
    in parentheses, is their total, before or after them: "Над территориями Брянской (12),
    Курской (8) и Орловской (3) областей уничтожены 23 БПЛА"."""
    if not done:
        return
    rows = {c.area_id for c in r.facts.claims if c.rule == "paren_count"}
    named = [m.place for g in r.groups for m in g.mentions if m.place is not None]
    if not rows or any(p.area_id not in rows for p in named):
        return
    for _i, it in r.open_items():
        c = it.count
        if c is None or it.placed or not c.drone or c.each or c.extra or c.subset or c.attempt:
            continue
        r.total(c, 1)  # (a bare figure after the rows is another one: this one is theirs)
        it.settled = True


def _paren_after_places(r: Reading, done: list[tuple[int, int]]) -> None:
    """A place the grammar read, in any case, and its figure in parentheses right after it."""
    for g in r.groups:
        for x in g.mentions:
            found = paren_figure(r.text, x.end - r.base)
            if x.place is None or found is None:
                continue
            m, value = found
            a, b = x.start, r.base + m.end()
            if any(a < y and s < b for s, y in done):
                continue
            r.claim(None, x.place, Count(value, r.base + m.start("n"), b), (a, b), "paren_count")
            _used(r, a, b)
            done.append((a, b))


#: Bullets before a list line: the usual squares and dots, and any emoji or pictograph a post
#: uses as one ("🔹", "🔻", "✅", "➖"), with the variation selector after it.
BULLETS = "▪▫•◾●\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff"
#: What stands for the dash between a row's place and its figure: a dash or a colon, a table's
#: bar ("| Брянская область | 5 |", a Markdown table's row, an HTML table's as the feeds' reader
#: writes it, or a tab as a table copied from a browser is pasted: ``parsing.text``), "=", an
#: arrow ("→", "->"), dots leading to the figure ("Брянская область ....... 5") or a pictograph
#: ("Брянская область 👉 5"). Each of these rows had been lost without a word.
_ROW_MARKS = rf"–—:|={BULLETS}-"
ROW_DASH = rf"(?:->|=>|\.\.+|…|[{_ROW_MARKS}])"
#: The same marks opening on one class, for a search that starts at a row's dash (the engine
#: skips to that class; it tried the alternation at every character): a point alone is none.
#: (``parsing.gate`` reads ``ROW_DASH``, whose two points it keys on.)
ROW_DASH_AT = rf"[{_ROW_MARKS}.…](?:(?<=\.)\.+|(?<=[-=])>|(?<!\.))"
#: What ends a row: a mark between rows or the sentence's end, or the closing quotation mark of
#: a statement quoted whole, its last row right before it ("... Тамбовской — 3, Липецкой — 2», —
#: говорится в сообщении", "... Воронежской – три", — said the ministry": such a last row had
#: been lost).
ROW_END = r'(?=[,;.\n/|)»"”]|$)'
#: What may stand before a row's place on its line: blanks, bullets, a dash or a table's bar.
ROW_LEAD = rf"[\s{BULLETS}*–—|-]*"
#: "Воронежская область — 4", "Республика Крым – три БПЛА", "Подмосковье — 5": a place named in
#: the nominative at the head of a list item, a dash, its figure (and nothing else after it).
#: A sea's row may name its waters first: "акватория Азовского моря – 17" (the sea's name in
#: the genitive after the nominative "акватория", as "над акваторией ..." has it).
NAME_DASH_RU = re.compile(
    rf"(?:^|(?<=[\n,;:/|({BULLETS}])){ROW_LEAD}(?:[Аа]кватори[яи]\s+(?=\w+\s+моря))?"
    # "— г. Липецк — 6", "— с. Глотово — 1": a town's or a village's row may open with its
    # kind, written short or in full, as an address does
    r"(?:(?:(?:г|с|п|пос|пгт|рп|х|д|ст)\.|(?:город|село|пос[её]лок|хутор|деревня|станица)(?=\s))\s*(?=[А-ЯЕ]))?"
    # (in the instrumental, the list's "над" left out after its first row: "над Брянской областью
    # – 5, Курской областью – 3", "над Тулой – 3, Узловским районом – 1")
    r"(?P<name>[А-ЯЕ][а-яе-]+(?:ий|ый|ой|ая|ое|ого|его|им|ым|ей)\s+"
    r"(?:(?:городской|муниципальный|городским|муниципальным)\s+)?"
    rf"(?:{_UNIT_RU}|(?P<gen>района|округа|области|края|моря)|(?P<ins>районом|округом|областью|краем|морем))|(?:[Рр]еспублика|[Рр]есп\.)\s+[А-ЯЕ][а-яе]+(?:\s+[А-ЯЕ][а-яе]+)?"
    r"|[А-ЯЕ][а-яе]+(?:-[А-Яа-яе]+)*"
    # "ДНР – 3": a region written as its capital letters
    rf"|(?:{'|'.join(vocab.REGION_ABBREVIATIONS_RU)})(?![\w-]))"
    # where in the place the drones fell, in parentheses before the dash: "Узловский район (у
    # деревни Кожинка) — 1", "Белгородский район (с. Таврово) — 2" (the row is the place's)
    rf"(?:[ \t]*\((?!из\s+них|{vocab.INCLUDING_RU})[^()\n]{{1,60}}\))?"
    # "Ростовская область — ещё 3": more drones over a place a row above already named
    rf"\s*{ROW_DASH}\s*(?:(?P<more>ещ[её])\s+)?(?P<n>\d{{1,4}}|[а-яе]+(?:\s+[а-яе]+)?)"
    rf"{COUNTER_RU}(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?"
    # (a slash or a bar between rows: "... / Брянская область – 5 / ..."; rows in parentheses:
    # "уничтожены 5 БПЛА (Брянская область — 3, Калужская область — 2)"; a part of the row's
    # drones in parentheses after it: "Московский регион — 10 (из них 4 летели на Москву)";
    # pictographs after the figure: "Брянская область — 5 🔥", the row had been lost)
    rf"(?:[\s{BULLETS}]*{ROW_END}|(?=\s*\((?:из\s+них|{vocab.INCLUDING_RU})\s))"
)


#: A line that is one row of a list, its figure in parentheses after its place: "Брянская
#: область (5)", "▪️ Курская обл. (3 шт.);", "над Брянской областью (5)" under "Уничтожены
#: БПЛА:" (such rows, one a line, had been lost without a word: a line alone downs nothing).
PAREN_ROW_RU = re.compile(
    rf"^{ROW_LEAD}(?:(?:над|в|во)\s+)?[А-ЯЕ][^()\n]{{2,60}}?\s*"
    rf"\(\s*\d{{1,3}}{COUNTER_RU}(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?\s*\)[\s,;.]*$"
)


#: The regions' one-word names a row may open with: "Подмосковье", "Брянщина", "Крым" (their
#: nominatives, "ё" written "е" as the parser reads it).
_ONE_WORD_REGIONS = "|".join(
    sorted(
        [*(n.replace("ё", "е") for n in COLLOQUIAL_RU if " " not in n), "Крым"],
        key=len,
        reverse=True,
    )
)
#: A line that is one row of a list with no mark between its place and its figure: "Брянская
#: область 5", "▪️ Курская обл. 3 шт.;", "Республика Крым 2 БПЛА" under "Уничтожены БПЛА:" (such
#: rows, one a line, had been lost without a word). The place has its head noun and opens its
#: line; the figure, of up to three digits, ends it (a counter word or a drone noun after it at
#: most): "Брянская область 5 мая", "... 5 км", a clock or a year are no row.
BARE_ROW_RU = re.compile(
    rf"^[^\S\n]*[{BULLETS}*–—-]*[^\S\n]*(?P<name>[А-ЯЕ][а-яе-]+(?:ий|ый|ой|ая|ое)[^\S\n]+"
    # (the space after the head noun is in each of its words: what ``parsing.gate`` looks for,
    # "район " and never "районов")
    r"(?:(?:городской|муниципальный)[^\S\n]+)?(?:область |обл\.? |край |кр\. |район |р-н |округ )"
    r"|(?:[Рр]еспублика|[Рр]есп\.)[^\S\n]+[А-ЯЕ][а-яе]+ "
    # a sea ("Черное море 4", "Азовское море 2") and a region's one-word name ("Подмосковье 5",
    # "Крым 2"): rows lost without a word as the others had been
    rf"|[А-ЯЕ][а-яе]+(?:ое|ее)[^\S\n]+море |(?:{_ONE_WORD_REGIONS}) )"
    rf"[^\S\n]*(?P<n>\d{{1,3}})(?!\d){COUNTER_RU}(?:[^\S\n]+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?"
    rf"[^\S\n{BULLETS}]*[,;.]?[^\S\n]*$",
    re.MULTILINE,
)


#: The English row of a translated list: "Saratov Region – 22;", "Republic of Mordovia – 8",
#: "the Sea of Azov – three", "Crimea — 5 UAVs": a place, a dash (any mark of ``ROW_DASH``, as a
#: Russian row's: "Bryansk Region = 5", "Kursk Region → 3" had been lost) and its figure.
_EN_UNIT = (
    r"(?:Region|region|Oblast|oblast|Krai|krai|Territory|territory|Republic|republic|Sea|sea)"
)
NAME_DASH_EN = re.compile(
    rf"(?:^|(?<=[\n,;:/|({BULLETS}])){ROW_LEAD}(?:[Tt]he\s+)?"
    r"(?P<name>(?:Republic\s+of\s+|Sea\s+of\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:\s+People's)?(?:\s+" + _EN_UNIT + r")?)"
    rf"\s*{ROW_DASH}\s*(?P<n>\d{{1,4}}|[a-z]+(?:[ -][a-z]+)?)(?:\s+(?:UAVs?|drones?))?"
    rf"\s*{ROW_END}"
)

#: A line that is one such row, its name with its head noun: what lets a line under a list's
#: lede be read (``parsing.gate`` keys it on the head nouns; a dash alone is in most sentences).
NAME_DASH_EN_LINE = re.compile(
    rf"{ROW_LEAD}(?:[Tt]he\s+)?(?:(?:Republic|Sea)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:\s+People's)?\s+" + _EN_UNIT + rf")\s*{ROW_DASH}"
)

#: A line that is one English row of a list, its figure in parentheses after its place:
#: "Bryansk region (5)", "• Kursk Oblast (3 drones);" under "Drones destroyed:" (such rows, one
#: a line, had been lost without a word, as ``PAREN_ROW_RU``'s had).
PAREN_ROW_EN = re.compile(
    rf"^{ROW_LEAD}(?:(?:over|in)\s+)?(?:[Tt]he\s+)?[A-Z][^()\n]{{2,60}}?\s*"
    r"\(\s*\d{1,3}(?:\s+(?:UAVs?|drones?))?\s*\)[\s,;.]*$"
)

#: The characters after which a row of ``NAME_DASH_RU`` can start (its lookbehind's).
_ROW_OPENER = re.compile(rf"[\n,;:/|({BULLETS}]")


def name_dash_rows(text: str, rx: re.Pattern[str] = NAME_DASH_RU) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` (``NAME_DASH_RU`` or ``NAME_DASH_EN``), the pattern matched only
    where a row can start (the text's start, after one of ``_ROW_OPENER``): as written (its
    opening "^" or lookbehind) the engine tried it at every character of the sentence."""
    pos = 0
    for at in itertools.chain((0,), (m.end() for m in _ROW_OPENER.finditer(text))):
        if at >= pos and (m := rx.match(text, at)) is not None:
            yield m
            pos = m.end()


#: Heads written short in lists: "Курская обл.", "Краснодарский кр.", "Респ. Крым", and a
#: governor's districts "Белгородский р-н", "Шебекинский г.о.", "Валуйский м.о.".
_ABBREVIATED = {
    "обл.": "область",
    "обл": "область",
    "кр.": "край",
    "респ.": "Республика",
    "р-н": "район",
    "г.о.": "городской округ",
    "м.о.": "муниципальный округ",
    "го": "городской округ",
    "мо": "муниципальный округ",
}
_ABBREVIATION = re.compile(
    r"(?<![\w-])(?:обл\.|обл(?![\w-])|кр\.|[Рр]есп\.|р-н|[гм]\.\s?о\.|[МГ]О(?![\w-]))"
)


def _unabbreviated(name: str) -> str:
    """ "Курская обл." -> "Курская область", "Респ. Крым" -> "Республика Крым"."""
    return _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group().lower().replace(" ", "")], name)


#: A head in the genitive (a row that keeps the case of the list's head: "над территорией
#: Брянской области — 9, Курской области — 5"): its nominative and gender.
_GENITIVE_HEADS = {
    "района": ("район", "masc"),
    "округа": ("округ", "masc"),
    "области": ("область", "femn"),
    "края": ("край", "masc"),
    "моря": ("море", "neut"),
}
#: A row's head noun in the instrumental (``NAME_DASH_RU``'s "ins"): its nominative and gender.
_INSTRUMENTAL_HEADS = {
    "районом": ("район", "masc"),
    "округом": ("округ", "masc"),
    "областью": ("область", "femn"),
    "краем": ("край", "masc"),
    "морем": ("море", "neut"),
}


def _nominative(name: str) -> str:
    """ "Курской области" -> "Курская область", "Шебекинским городским округом" -> "Шебекинский
    городской округ"; a name in the nominative stays as it is."""
    words = name.split()
    if len(words) >= 2 and words[-1] in _INSTRUMENTAL_HEADS:
        nominative, gender = _INSTRUMENTAL_HEADS[words[-1]]
        return " ".join((*(adjective_nominative(w, gender) for w in words[:-1]), nominative))
    head = _GENITIVE_HEADS.get(words[-1])
    if head is None or len(words) < 2:
        return name
    return " ".join((adjective_nominative(words[0], head[1]), *words[1:-1], head[0]))


def _bare_rows(text: str) -> Iterator[re.Match[str]]:
    """The rows of ``BARE_ROW_RU`` in ``text``, tried only where a line starts (as written, its
    "^" had the engine try every character)."""
    at = 0
    while at >= 0:
        if (m := BARE_ROW_RU.match(text, at)) is not None:
            yield m
        at = text.find("\n", at) + 1 or -1


def year_for_figure(m: re.Match[str]) -> bool:
    """Whether a row's figure (its ``n`` group) is written as a year is (``numbers.is_year``,
    four digits from 1900 to 2100) with no drone noun or counter after it: "Курская область —
    2024." beside a report is a dateline's year as well as a row's figure, and the grammar
    cannot tell which. No such row is read; the check sends its text to review
    (``numbers.doubtful_numbers``). "Курская область — 2024 БПЛА" counts drones."""
    return is_year(m["n"]) and not any(ch.isalpha() for ch in m.string[m.end("n") : m.end()])


def rule_name_dash_count(r: Reading) -> None:
    """ "уничтожены 6 БПЛА: Воронежская область — 4, Липецкая область — 2": a place named in the
    nominative, a dash and its figure, in a sentence (or a list line) that shoots drones down."""
    if not r.interception:
        return
    if r.english:
        _name_dash_en(r)
        return
    rows = _list_dash_rows(r)  # (first: "Тульская, Орловская — 6" holds "Орловская — 6")
    for m in name_dash_rows(r.text):
        n = m["n"]
        value = figure_value(n)
        if value is None or any(a <= m.start() < b for a, b in rows) or year_for_figure(m):
            continue
        name = _nominative(m["name"]) if m["gen"] or m["ins"] else m["name"]
        place = find_any_place([_unabbreviated(name)], r.ctx.region)
        if place is None or (" " not in m["name"] and not _one_word_row(place, r.ctx.region)):
            continue  # one word that only looks like a name ("Сегодня — 5")
        _claim_named(r, m, place, value, "name_dash_count")
    for m in _bare_rows(r.text):
        place = find_any_place([_unabbreviated(m["name"].rstrip())], r.ctx.region)
        if place is not None and not any(a <= m.start("name") < b for a, b in rows):
            _claim_named(r, m, place, int(m["n"]), "name_dash_count")


_ADJ_ROW = r"[А-ЯЕ][а-яе]+(?:-[А-ЯЕ][а-яе]+)?(?:ий|ый|ой|ая)"
#: A row whose place is a list of places under one plural head, a dash and the figure:
#: "Павловский, Бутурлиновский районы — по 2" (each has two), "Рыльский и Льговский районы — 5"
#: (the two share five: named, no figure each), "Тверская и Ивановская области — по 3"; the head
#: may be left out as the rows above it leave it out ("— Курская — 7" under "— Брянская область
#: — 12"): "Тверская, Ярославская — по 2", and so in a list run on in one sentence, a comma before
#: the row, the rows' genitive kept: "над территорией Брянской области – 12, Курской – 7,
#: Орловской и Тульской – по три".
LIST_DASH_RU = re.compile(
    rf"(?:^|(?<=[\n,;/|{BULLETS}])){ROW_LEAD}"
    rf"(?P<names>{_ADJ_ROW}(?:(?:\s*,\s*(?:и\s+)?|\s+и\s+){_ADJ_ROW})+)"
    r"(?:\s+(?P<unit>(?:муниципальные\s+|городские\s+)?)(?P<head>районы|округа|области|края))?"
    rf"\s*{ROW_DASH}\s*(?P<each>по\s+)?(?P<n>\d{{1,4}}|[а-яе]+)(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?"
    rf"\s*{ROW_END}"
)
#: The singular of a plural head of ``LIST_DASH_RU``.
_HEAD_OF = {"районы": "район", "округа": "округ", "области": "область", "края": "край"}
#: A row of a district and the town it is named after, joined by "и": "Курский район и г.
#: Курск — 8" (the two share the figure: each named, no figure of its own).
PAIR_DASH_RU = re.compile(
    rf"(?:^|(?<=[\n;/|{BULLETS}])){ROW_LEAD}"
    rf"(?P<a>{_ADJ_ROW}\s+(?:(?:муниципальный|городской)\s+)?(?:район|округ))\s+и\s+"
    r"(?:(?:г\.|город)\s*)?(?P<b>[А-ЯЕ][а-яе]+(?:-[А-Яа-яе]+)*)"
    rf"\s*{ROW_DASH}\s*(?P<n>\d{{1,4}}|[а-яе]+)(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?"
    rf"\s*{ROW_END}"
)
_ROW_NAME_SPLIT = re.compile(r"\s*,\s*(?:и\s+)?|\s+и\s+")


def _list_dash_rows(r: Reading) -> list[tuple[int, int]]:
    """The rows whose place is more than one name: places under one plural head or under the
    head the rows above leave out (``LIST_DASH_RU``: with "по N" each has N, else they share
    it) or a district and its town (``PAIR_DASH_RU``: they share it). A figure shared is no
    place's: the places are named without one (the list's whole is the report's, told before
    the rows). Returns the rows' spans in the sentence (``NAME_DASH_RU`` reads no row that opens
    inside one: "Тульская, Орловская — 6" holds "Орловская — 6")."""
    text = r.text
    rows = []
    # (a cheap test first: each row holds two names, or a district's head before "и")
    lists = "," in text or " и " in text
    pairs = "район и " in text or "округ и " in text
    for m in name_dash_rows(text, LIST_DASH_RU) if lists else ():
        value = figure_value(m["n"])
        if value is None or (m["each"] and year_for_figure(m)):
            continue
        places = _row_names(m, r.ctx.region)
        if places is not None:
            _claim_row_places(r, m, places, value if m["each"] else None)
            rows.append(m.span())
    for m in name_dash_rows(text, PAIR_DASH_RU) if pairs else ():
        if figure_value(m["n"]) is None:
            continue
        district = find_any_place([_unabbreviated(m["a"])], r.ctx.region)
        town = find_any_place([*noun_lemmas(m["b"]), m["b"]], r.ctx.region)
        if district is None or town is None or None in (district.district_id, town.district_id):
            continue
        _claim_row_places(r, m, [district, town], None)
        rows.append(m.span())
    return rows


def _row_names(m: re.Match[str], region: str | None) -> list[Resolved] | None:
    """The places of a row of ``LIST_DASH_RU``, each adjective under the row's head (districts
    under "районы", regions under "области"), or alone as a one-word row when the head is left
    out; None when one of them is no such place."""
    head = m["head"]
    unit = {"муниципальные ": "муниципальный ", "городские ": "городской "}.get(
        (m["unit"] or "").lower(), ""
    )
    places = []
    for adj in _ROW_NAME_SPLIT.split(m["names"]):
        if head is None:
            place = find_any_place([adj], region)
            if place is None or not _one_word_row(place, region):
                return None
        else:
            noun = _HEAD_OF[head]
            place = find_any_place([f"{adj} {unit}{noun}", f"{adj} {noun}"], region)
            if place is None or (head in ("районы", "округа") and place.district_id is None):
                return None
        places.append(place)
    return places


def _claim_row_places(
    r: Reading, m: re.Match[str], places: list[Resolved], each: int | None
) -> None:
    """Claim each place of a list row: with ``each`` ("по 2"), else named without a figure."""
    a, b = r.base + m.start(1), r.base + m.end()  # from the first name (its bullet left out)
    for place in places:
        if each is None:
            r.claim(None, place, None, (a, b), "list_without_counts")
        else:
            count = Count(each, r.base + m.start("n"), b, each=True)
            r.claim(None, place, count, (a, b), "distributive")
    _used(r, a, b)


def _one_word_row(place: Resolved, region: str | None) -> bool:
    """Whether a row's one-word name is a place: a name the gazetteer knows exactly, or a town
    it knows by its name in the region in context ("🔸 Энгельс — 1" in a list of the Saratov
    region's districts: a governor's rows name his towns by their names)."""
    return place.score >= 0.95 or (place.score >= TOWN_SCORE and place.area_id == region)


def _claim_named(
    r: Reading,
    m: re.Match[str],
    place: Resolved,
    value: int,
    rule: str,
    qualifier: Qualifier = "exact",
) -> None:
    """Claim ``place`` with ``value``, the figure of match ``m`` (its ``n`` group), the span
    from its ``name`` group to its end; no other rule reads them again."""
    a, b = r.base + m.start("name"), r.base + m.end()
    r.claim(None, place, Count(value, r.base + m.start("n"), b, qualifier), (a, b), rule)
    _used(r, a, b)


#: What every row of ``NAME_DASH_EN`` ends with: its dash (``ROW_DASH_AT``), the figure (a number or a
#: number word) and the row's end. Searched first, from the dash (the engine skips to dashes:
#: "fixed-wing", "8:00 p.m." and a list's "vehicles: 12 over ..." hold none).
_EN_ROW_END = re.compile(
    rf"{ROW_DASH_AT}[ \t]*(?:\d{{1,4}}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
    rf"(?:\s+(?:UAVs?|drones?))?[ \t]*{ROW_END}"
)


def _name_dash_en(r: Reading) -> None:
    """ "destroyed 59 drones:\nSaratov Region – 22;\nRepublic of Mordovia – 8": the English
    rows of a translated list (one word counts only when the gazetteer knows it exactly)."""
    for end in _EN_ROW_END.finditer(r.text):
        # the row starts after the last opener before its dash (or at the sentence's start)
        at = max(r.text.rfind(c, 0, end.start()) for c in "\n,;:/|(") + 1
        m = NAME_DASH_EN.match(r.text, at)
        if m is None:
            continue
        n = m["n"]
        value = figure_value(n)
        name = m["name"]
        if value is None or name.split()[0] in vocab.EN_STOP or year_for_figure(m):
            continue
        place = find_any_place([name], r.ctx.region)
        if place is None or (" " not in name and not _one_word_row(place, r.ctx.region)):
            continue
        _claim_named(r, m, place, value, "name_dash_count")


#: "The Bryansk region accounted for 12 of them", "with the Kursk region accounting for
#: eight": a region, the subject of "accounted for", and its share of the drones counted.
ACCOUNTED_FOR = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+)?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s+"
    r"(?:[Rr]egion|Oblast|Krai|[Tt]erritory))\s+(?:accounted|accounting|accounts)\s+for\s+"
    r"(?:(?P<approx>about|around|some|nearly|almost)\s+|(?P<least>more\s+than|at\s+least|over)\s+)?"
    r"(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)(?![\w-])"
    # the drones, never the people hurt: "12 of them", "12 drones", "12." (not "12 of the injured")
    r"(?=\s*(?:[,.;)]|$|of\s+(?:them|these|those|the\s+(?:drones|UAVs|total))\b|(?:drones|UAVs)\b|and\s"
    # "nine out of 25 in total", "nine of a total of 25": a part of the whole after it
    r"|(?:out\s+)?of\s+(?:a\s+total\s+of\s|[\w-]+\s+(?:(?:drones|UAVs)\s+)?(?:in\s+total|altogether|overall)\b)))"
)


#: "the Smolensk, Tver and Kaluga regions accounted for four apiece": regions listed under one
#: plural head, the subject of "accounted for", each with the figure ("apiece", "each"; never
#: "between them", which they share).
_ACCOUNTED_EACH = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+)?(?P<name>[A-Z][a-z]+(?:\s*,\s*[A-Z][a-z]+)*\s*,?\s+and\s+[A-Z][a-z]+)"
    r"\s+(?:regions|oblasts)\s+(?:accounted|accounting|account)\s+for\s+"
    r"(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(?:apiece|each)(?![\w-])"
)
_LIST_SEP_EN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _accounted_each(r: Reading) -> None:
    """Claim each region of "the X, Y and Z regions accounted for four apiece" with the figure."""
    for m in _ACCOUNTED_EACH.finditer(r.text):
        value = figure_value(m["n"])
        names = _LIST_SEP_EN.split(m["name"])
        places = [find_any_place([f"{n} Region", n], None) for n in names]
        if value is None or any(p is None or p.kind != "region" for p in places):
            continue
        a, b = r.base + m.start("name"), r.base + m.end()
        count = Count(value, r.base + m.start("n"), b, "exact", each=True)
        for place in places:
            if place is not None:
                r.claim(None, place, count, (a, b), "distributive")
        _used(r, a, b)


#: "Kursk and Belgorod each reported three drones shot down", "the governors of the Kursk and
#: Oryol regions each said two were downed", "the Tula and Kaluga regions saw four drones
#: downed apiece": regions listed as the subject of one verb, "each" or "apiece" saying every
#: one of them has the figure. The figure ends its phrase ("one or two" is a range, no figure).
#: (keyed on its "and": opening on a lookbehind and an optional part, it was tried at every
#: character of each English sentence after one that downed drones, 3-6 µs a sentence)
EACH_SUBJECT = keyed(
    re.compile(
        r"(?<![\w-])(?:[Tt]he\s+)?(?:(?:governors|heads|authorities|officials)\s+(?:of|in)\s+(?:the\s+)?)?"
        r"(?P<name>[A-Z][a-z]+(?:\s*,\s*[A-Z][a-z]+)*\s*,?\s+and\s+[A-Z][a-z]+)"
        r"(?:\s+(?:regions|oblasts))?"
        r"\s+(?:(?P<each>each|both)\s+)?(?:reported|saw|had|recorded|said)\s+"
        r"(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)(?:\s+(?:drones?|UAVs?))?"
        r"(?:\s+(?:were\s+|was\s+|had\s+been\s+)?(?:downed|destroyed|intercepted|shot\s+down))?"
        r"(?:\s+(?P<apiece>apiece|each))?"
        r"(?=\s*(?:[,.;)]|$|and\s|overnight|over\s|on\s|in\s|last\s))"
    )
)


def each_subject_line(sentence: str) -> bool:
    """Tell whether a sentence gives every region of a list that is its subject one figure with
    "each" or "apiece" ("The Kursk and Oryol regions reported three drones apiece"): after a
    sentence that shot drones down, the sentence gate reads it as one about drones downed (a
    verb of telling, "reported", is also said of attacks: "reported three drone attacks apiece"
    names no figure of drones)."""
    return any(
        (m["each"] or m["apiece"]) and figure_value(m["n"]) is not None
        for m in EACH_SUBJECT.finditer(sentence)
    )


def rule_each_subject(r: Reading) -> None:
    """ "Kursk and Belgorod each reported three drones shot down": every region of a list that is
    the subject of one verb, with "each" before it or "apiece"/"each" after the figure, has the
    figure (``distributive``); only in a sentence that shoots drones down."""
    if (
        not r.english
        or not r.interception
        or not any(w in r.low for w in ("each", "apiece", "both"))
    ):
        return
    for m in EACH_SUBJECT.finditer(r.text):
        value = figure_value(m["n"])
        if value is None or not (m["each"] or m["apiece"]):
            continue
        names = _LIST_SEP_EN.split(m["name"])
        places = [find_any_place([f"{n} Region", n], None) for n in names]
        regions = [p for p in places if p is not None and p.kind == "region"]
        if len(regions) != len(places):
            continue
        a, b = r.base + m.start("name"), r.base + m.end()
        count = Count(value, r.base + m.start("n"), r.base + m.end("n"), "exact", each=True)
        for place in regions:
            r.claim(None, place, count, (a, b), "distributive")
        _used(r, a, b)


def rule_accounted_for(r: Reading) -> None:
    """ "Russia said it downed 30 drones. The Bryansk region accounted for 12 of them": the
    region is the subject, the figure its own (``accounted_for``); the count before stays the
    total. A list of regions under one head with "apiece" or "each" gives each the figure."""
    if not r.english or "account" not in r.low:
        return
    if "apiece" in r.low or "each" in r.low:
        _accounted_each(r)
    for m in ACCOUNTED_FOR.finditer(r.text):
        n = m["n"]
        value = figure_value(n)
        place = find_any_place([m["name"]], r.ctx.region) if value is not None else None
        if value is None or place is None or place.kind != "region":
            continue
        qualifier: Qualifier = "approx" if m["approx"] else "at_least" if m["least"] else "exact"
        _claim_named(r, m, place, value, "accounted_for", qualifier)


#: A row written figure first: "уничтожены 12 БПЛА: 8 — Курская область, 4 — Белгородская
#: область". The match starts at the dash (a literal first character, so the engine skips to
#: dashes); the figure before it is read back by ``_FIGURE_BEFORE``.
#: The place may keep the genitive of the row before it, whose "над территорией" it leaves
#: out: "четыре — над территорией Волгоградской, два — Ростовской области".
DASH_NAME_RU = re.compile(
    rf"[–—-]\s*(?:{_ROW_NAME_RU}|(?P<gen>[А-ЯЕ][а-яе-]+(?:ой|ого|его)\s+(?:области|края|района|округа)))"
    # (or "и" and the next row: "два — Ростовской области и два — Воронежской")
    r"\s*(?=[,;.\n/|)»\"”]|\s+и\s+(?:\d{1,4}|[а-яе]+)\s*[–—-]|$)"
)
#: The figure at the head of a row, right before its dash ("..., 8 — ", "▪️ 15 БПЛА – ").
_ROW_FIGURE = (
    r"(?P<n>\d{1,4}|[а-яе]+(?:\s+[а-яе]+)?)(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?\s*$"
)
#: (the last row may follow "и": "четыре над территорией Волгоградской области и два —
#: Ростовской")
_FIGURE_BEFORE = re.compile(rf"(?:^|(?<=[\n,;:/|({BULLETS}])|(?<=\sи))[\s{BULLETS}*]*{_ROW_FIGURE}")


def count_dash_name_at(text: str) -> list[tuple[re.Match[str], re.Match[str], int]]:
    """The rows "figure — place" of a text: (the figure's match, the place's match, value)."""
    out = []
    for m in DASH_NAME_RU.finditer(text):
        f = _FIGURE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if f is None:
            continue
        n = f["n"]
        value = figure_value(n)
        if value is not None:
            out.append((f, m, value))
    return out


def rule_count_dash_name(r: Reading) -> None:
    """ "сбиты 12 БПЛА: 8 — Курская область, 4 — Белгородская область": a row written figure
    first, a dash and a place in the nominative (nothing after it), in a sentence (or a list
    line) that shoots drones down; one word counts only when the gazetteer knows it exactly."""
    if r.english or not r.interception:
        return
    for f, m, value in count_dash_name_at(r.text):
        name = _nominative(m["gen"]) if m["gen"] else _unabbreviated(m["name"])
        place = find_any_place([name], r.ctx.region)
        if place is None or (" " not in name and not _one_word_row(place, r.ctx.region)):
            continue  # one word that only looks like a name ("5 — Сегодня")
        a, b = r.base + f.start("n"), r.base + m.end("gen" if m["gen"] else "name")
        r.claim(None, place, Count(value, a, r.base + f.end("n")), (a, b), "count_dash_name")
        _used(r, a, b)


def _used(r: Reading, a: int, b: int) -> None:
    """The name and the number between ``a`` and ``b`` are used: no other rule reads them again."""
    for it in r.items:
        it.counts = [c for c in it.counts if not a <= c.start < b]
        it.count = it.counts[0] if it.counts else None
        it.placed = [p for p in it.placed if not a <= p.start < b]


def rule_fronted_place(r: Reading) -> None:
    """ "In Rostov-on-Don, two drones were shot down": a sentence's first item names a place
    without a count and the clause after its comma (or a heading's colon) has the count. A place between commas
    that says where inside the first one ("Над Оренбургской областью, в районе Орска,
    уничтожены два") goes with it: the count is the first place's, the inner one is named."""
    if len(r.items) < 2:
        return
    first, nxt = r.items[0], r.items[1]
    if not r.interception and not (nxt.count is not None and nxt.count.value == 0):
        # ("Over the Kursk Region, no drones were destroyed": a nought's denied verb is no
        # interception, its figure 0 is the place's, as "no drones ... over X" is)
        return
    inner = _inner_place(r)
    if inner is not None:
        first.placed.extend(inner.placed)
        first.end = inner.end
        inner.settled = True
        nxt = r.items[2]
    if (
        first.settled
        or not first.placed
        or first.count is not None
        or nxt.sep not in (",", ":")  # a heading's colon too: "Атака на Кстово: сбиты 12"
        or nxt.groups
        or nxt.targets
    ):
        return
    if nxt.count is None or nxt.count.subset or nxt.count.attempt:
        return
    if vocab.SEVERAL_REGIONS_RE.search(r.low, nxt.count.end - r.base, nxt.end - r.base):
        # "In Moscow, officials gave their tally: a dozen drones were downed over two border
        # regions": the count's clause says where its drones were, the fronted place is where
        # it was told
        return
    if _BARE_SEA_ITEM.search(r.of(nxt)):
        return  # "над Севастополем работала ПВО: сбиты пять над морем": the sea is its place
    first.count = nxt.count
    nxt.counts = nxt.counts[1:]
    nxt.count = nxt.counts[0] if nxt.counts else None


#: A last item that is a place phrase alone after its preposition: "..., над Богородским
#: округом", "..., в районе Кстово" (no verb, no figure of its own).
_APPOSED_PLACE = re.compile(
    # ("упал в поле в Рыльском районе": where on the ground first, then the place's name)
    r"(?:\s*(?:в|на)\s+(?:поле|лесу|лесополосе|лесном\s+массиве|окраине|пустыре|огороде|болоте"
    r"|овраге)(?=\s+(?:в|во|у|под|около|возле|вблизи)\s))?"
    r"\s*(?:над|в|во|на\s+территории|у|под|около|возле|вблизи)\s+"
    # (the name right after it, or after "районе", "города", ...: "в том числе над X" is a share)
    # ("..., уничтоженных над акваторией Черного моря": a place noun before the name as well)
    # ("упали в акваторию Черного моря": the waters drones came down into, in the accusative)
    r"(?:(?:район[еа]|город[аеу]?|сел[аео]|поселк[аеу]|округ[аеу]?|акватори(?:ей|ями|и|ю)|территори(?:ей|ями|и))\s+)?"
    # (a list of places after it: "над Ярославской, Владимирской и Ивановской областями")
    r"[А-ЯЕЁ](?:[^,;:()]|,\s*(?=[А-ЯЕЁ]))*$"
)


#: "о трёх беспилотниках, сбитых над Грязинским округом": a participle of an interception verb
#: opening the last item restates the downing of the drones counted before the comma; the place
#: after it is theirs, as a place phrase alone is.
_DOWNED_PARTICIPLE = re.compile(
    r"\s*(?:сбит|уничтожен{1,2}|перехвачен{1,2}|подавлен{1,2})(?:ых|ые|ым|ыми|ый|ого|ом)(?=\s)"
    # when, between the participle and the place: "о 12 беспилотниках, уничтоженных ночью над ..."
    r"(?:\s+(?:ночью|днем|вечером|утром|за\s+ночь|за\s+сутки|накануне)(?=\s))?"
)


#: "Ещё один БПЛА подавлен средствами РЭБ и упал на территории X": a verb of coming down with no
#: subject of its own after "и" goes on with the drones the item before counted; where they came
#: down is where they were downed (the last item then is that verb and a place phrase alone).
_CAME_DOWN_LEAD = re.compile(
    r"\s*(?:(?:он[аио]?|затем|после\s+чего)\s+){0,2}(?:упал[аио]?|рухнул[аио]?|потерпел[аио]?\s+крушение"
    r"|разбил(?:ся|ась|ось|ись)|приземлил(?:ся|ась|ось|ись))(?=\s)"
)
#: The same in English: "Three more were suppressed by electronic warfare and crashed in the X
#: urban district", "... jammed and came down near the village of X" (the ministry's 2023
#: statements as TASS translated them); the place phrase after it opens on its preposition.
_CAME_DOWN_EN = re.compile(
    r"\s*(?:then\s+)?(?:crashed|fell|came\s+down|went\s+down)"
    # (or in a part of the place: "crashed in the northwestern part of Crimea")
    r"(?=\s+(?:in|near|on)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?|village\s+of\s+|town\s+of\s+"
    r"|city\s+of\s+|settlement\s+of\s+|[a-z]+(?:-[a-z]+)?\s+part\s+of\s+(?:the\s+)?)?[A-Z][^,;:()]*$)"
)


#: An English place phrase alone closing a sentence: "in the area of Domodedovo", "near
#: Kolomna", "over the Istra district".
_APPOSED_PLACE_EN = re.compile(
    r"\s*(?:(?:in|over|above)\s+the\s+(?:area|vicinity)\s+of|near|close\s+to|over|above|outside"
    r"|in|not\s+far\s+from)\s+[^,;:]+?[.!]?\s*",
    re.IGNORECASE,
)


#: The drones' flight toward a place: "on approach to", "flying toward", "heading for".
_FLIGHT_EN = re.compile(
    r"(?<![\w-])(?:on\s+(?:the\s+|their\s+|its\s+)?approach\s+to|(?:flying|heading|headed)"
    r"\s+(?:for|to|toward|towards|at)|bound\s+for)\s",
    re.IGNORECASE,
)


def _placed_before(r: Reading, it: ListItem) -> bool:
    """Whether an item names a place of its own: a place read, or a name after a preposition
    that is no speaker's ("В Минобороны сообщили о 16 дронах, уничтоженных над ...": the ministry
    is who told it, not where)."""
    return bool(it.placed) or any(
        not vocab.REPORTER_RE.search(r.low, g.start - r.base, g.end - r.base) for g in it.groups
    )


def rule_apposed_place(r: Reading) -> None:
    """ "Сбит ещё один, над Богородским округом", "Уничтожены два беспилотника, в районе
    Кстово": a sentence's last item is a place phrase alone, set off by a comma after an item
    whose count has no place: the count is over that place (the mirror of
    ``rule_fronted_place``). So is a verb of coming down with no subject of its own and its
    place after "и" ("Ещё один БПЛА подавлен средствами РЭБ и упал на территории X"). Who said
    it may follow ("..., — сообщили в Минобороны"): the place is the last item before that."""
    items = r.items
    while len(items) > 2 and _attribution(r, items[-1]):
        items = items[:-1]
    if len(items) < 2 or not r.interception:
        return
    if not r.english:
        _downed_after_flight(r)
        _downed_participle_inside(r, items)
    prev, last = items[-2], items[-1]
    text = r.of(last)
    came_down = (_CAME_DOWN_EN if r.english else _CAME_DOWN_LEAD).match(text)
    if (
        last.settled or prev.settled or last.sep not in (",", "и", "and") or not last.placed
        or (last.sep in ("и", "and") and came_down is None)
        or last.counts or last.targets or prev.count is None or _placed_before(r, prev)
        or prev.count.subset or prev.count.attempt
    ):  # fmt: skip
        return
    if (lead := came_down or _DOWNED_PARTICIPLE.match(text)) is not None:
        text = text[lead.end() :]
    if r.english:
        # (the English place phrase alone after a comma is ``fronted_place``'s, but for the
        # place after the drones' flight: "one more drone had been destroyed on approach to
        # the city, in the area of Domodedovo" is where it was downed, docs/labels.md; the
        # flight's goal may be "the city" after the mayor's lines on Moscow)
        flight = bool(prev.targets) or (r.ctx.moscow_told and _FLIGHT_EN.search(r.of(prev)))
        flown = flight and _APPOSED_PLACE_EN.fullmatch(text) is not None
        if (came_down is None and not flown) or vocab.INTERCEPT_RE.search(lower(text)):
            return
    elif not _APPOSED_PLACE.match(text) or vocab.INTERCEPT_RE.search(lower(text)):
        return
    if vocab.HIT_RE.search(lower(text)) or vocab.HARM_RE.search(lower(text)):
        # "..., обломки упали в Кстовском районе": where debris fell, not the figure's; "...,
        # в Энске ранен человек": where people were hurt
        return
    last.count = prev.count
    last.counts = [prev.count]
    prev.counts = prev.counts[1:]
    prev.count = prev.counts[0] if prev.counts else None


#: A verb that downs, finite, opening a clause's predicate after its subject: "сбиты", "был
#: уничтожен", "были перехвачены ночью" (then the place: ``_APPOSED_PLACE``).
_DOWNED_FINITE = re.compile(
    r"\s*(?:был[аио]?\s+)?(?:сбит|уничтожен|перехвачен|подавлен|ликвидирован|нейтрализован)[аоы]?"
    r"(?:\s+(?:ночью|днем|вечером|утром|позднее|позже|затем))?(?=\s)"
)


def _downed_after_flight(r: Reading) -> None:
    """ "два беспилотника, летевших на Москву, сбиты в районе Домодедово, ещё один — на подлёте
    к столице": a subject's count with its flight between commas, then the predicate, a verb that
    downs and its place (no count of its own): the count is over that place, where they were
    downed, never the city they flew at (docs/labels.md)."""
    for prev, cur in itertools.pairwise(r.items):
        if (
            prev.settled or cur.settled or cur.sep != "," or not prev.targets
            or prev.count is None or prev.placed or prev.count.subset or prev.count.attempt
            or not cur.placed or cur.counts or cur.targets
        ):  # fmt: skip
            continue
        lead = _DOWNED_FINITE.match(r.of(cur))
        if lead is None or not _APPOSED_PLACE.match(r.of(cur)[lead.end() :]):
            continue
        cur.count = prev.count
        cur.counts = [prev.count]
        prev.counts = prev.counts[1:]
        prev.count = prev.counts[0] if prev.counts else None


def _downed_participle_inside(r: Reading, items: list[ListItem]) -> None:
    """ "о пяти беспилотниках, уничтоженных над Орловской областью, и двух — над Тульской": a
    participle of a verb that downs, opening an item between commas right after a counted item
    with no place, restates the downing of those drones, and the place after it is theirs, as
    at the sentence's end (``rule_apposed_place``); the list may go on after it with figures of
    its own (stop 47, news: the ministry's figures retold as "отчиталось о ..."). The last item
    is left to the rule itself."""
    for prev, cur in itertools.pairwise(items[:-1]):
        if (
            prev.settled or cur.settled or cur.sep != "," or prev.count is None
            or _placed_before(r, prev) or prev.count.subset or prev.count.attempt
            or not cur.placed or cur.counts or cur.targets
        ):  # fmt: skip
            continue
        text = r.of(cur)
        lead = _DOWNED_PARTICIPLE.match(text)
        if lead is None or not _APPOSED_PLACE.match(text[lead.end() :]):
            continue
        cur.count = prev.count
        cur.counts = [prev.count]
        prev.counts = prev.counts[1:]
        prev.count = prev.counts[0] if prev.counts else None


def _attribution(r: Reading, it: ListItem) -> bool:
    """Whether an item only says who told the sentence ("— сообщили в Минобороны", "said the
    governor"): no figure, no place read, no target, a reporter named."""
    return (
        not it.counts
        and not it.placed
        and not it.targets
        and vocab.REPORTER_RE.search(r.low, it.start - r.base, it.end - r.base) is not None
    )


def _inner_place(r: Reading) -> ListItem | None:
    """The second item when it only names a place inside the first item's, between commas."""
    if len(r.items) < 3:
        return None
    first, inner, nxt = r.items[0], r.items[1], r.items[2]
    if (
        first.settled or not first.placed or first.count is not None or inner.settled
        or inner.sep != "," or not inner.groups or inner.counts or inner.targets
        or nxt.sep != "," or nxt.groups
    ):  # fmt: skip
        return None
    areas = {p.place.area_id for p in first.placed}
    return inner if all(p.place.area_id in areas for p in inner.placed) else None


#: "Курская область: сбиты 3 дрона", "Республика Крым: ...": a heading naming the place of the
#: sentence's figures (a place in the nominative, then a colon); a district's region may follow
#: it in the genitive ("Зеленодольский район Татарстана: ...", "Кстовский район Нижегородской
#: области: ..."). A dash before the verb heads it as the colon does: "Белгородский район —
#: сбиты два беспилотника" (a line of a post that goes district by district; a dash before a
#: figure is a row, ``rule_name_dash_count``).
_HEADING_RU = re.compile(
    r"^[\W\d]*?(?P<name>[А-ЯЕ][а-яе-]+(?:ий|ый|ой|ая|ое)\s+(?:(?:городской|муниципальный)\s+)?"
    rf"(?:{_UNIT_RU}|(?P<gen>района|округа|области|края|моря))|(?:[Рр]еспублика|[Рр]есп\.)\s+[А-ЯЕ][а-яе]+(?:\s+[А-ЯЕ][а-яе]+)?"
    r"|[А-ЯЕ][а-яе]+(?:-[А-Яа-яе]+)*)(?:\s+(?P<of>[А-ЯЕ][а-яе]+(?:\s+(?:области|края))?))?"
    rf"(?:\s*:|\s+[–—-](?=\s+(?:был[иао]?\s+)?\w*(?:{vocab.VERB_STEM_RU})))\s"
)


#: A settlement's noun right before its name: "у села", "возле деревни", "в СНТ «...»".
_VILLAGE_NOUN = re.compile(
    r"(?:сел(?:ом|ах|[аеоу])?|с\.|деревн\w*|д\.|хутор\w*|х\.|станиц\w*|посел\w*|пос\.|п\."
    r"|снт|микрорайон\w*|мкр\.)\s*[«\"]?$"
)


def _own_place(r: Reading, it: ListItem) -> bool:
    """Whether an item names a place of its own: one the gazetteer knows, or a name it does not
    know that is no village's (a village it does not know, "у села Калиновка" under "Хомутовский
    район:", lies inside the heading's place)."""
    for g in it.groups:
        before = r.low[max(0, g.start - r.base - 12) : g.start - r.base]
        if any(m.place is not None for m in g.mentions) or not _VILLAGE_NOUN.search(before):
            return True
    return False


def rule_heading_place(r: Reading) -> None:
    """ "Белгородская область: сбиты 5 дронов": a place named in the nominative before a colon
    at the head of a sentence is the place of the first figure after it (when that figure has
    no place of its own)."""
    if r.english or not r.interception:
        return
    m = _HEADING_RU.match(r.text)
    if m is None:
        return
    place = find_any_place([m["name"]], r.ctx.region)
    if place is None and r.interception and (why := ambiguity([m["name"]])) is not None:
        # "Сокольский округ: сбит дрон." (two regions' okrug) in a post that names no region:
        # a person decides, unless a later line of the post names its region's places
        # (``pipeline._read_again`` reads the line again inside it)
        r.facts.doubts.append((why, (r.base + m.start("name"), r.base + m.end("name"))))
    if place is None or (" " not in m["name"] and not _one_word_row(place, r.ctx.region)):
        return  # "Итоги: ..." or a word that only looks like a name
    if m["of"] and (" " not in m["name"] or place.kind != "district"):
        return  # only a district's name says which region it lies in after it
    a, b = r.base + m.start("name"), r.base + m.end("name")
    for _i, it in r.open_items():
        # (after a dash the heading and its figure are one item: "Курская область — сбиты 4")
        before = it.start < b and (it.count is None or it.count.start < b)
        if before or it.placed or _own_place(r, it):
            continue
        if it.count is not None:
            # the first figure after it; "..., ещё два подавлены" then adds to it (added_count)
            it.placed.append(PlaceMention(place, a, b))
            return


_VERB_START = re.compile(rf"\s*(?:(?:еще|ещё)\s|(?:{vocab.VERB_STEM_RU}))", re.IGNORECASE)
_VERB_AHEAD = re.compile(rf"\s*(?:еще|ещё)?\s*\w*(?:{vocab.VERB_STEM_RU})", re.IGNORECASE)
#: "... и средствами РЭБ перехвачены три", "и силами радиоэлектронной борьбы подавлены два": who
#: downed them, then the verb.
_MEANS_THEN_VERB = re.compile(
    rf"\s*(?:средствами|силами|подразделениями|расчетами)\s+(?:[\w-]+\s+){{0,3}}?\w*(?:{vocab.VERB_STEM_RU})",
    re.IGNORECASE,
)
#: "... и ещё девять перехвачены над Крымом": "ещё", the count, then its verb.
_MORE_THEN_VERB = re.compile(
    rf"\s*(?:еще|ещё)\s+[\w-]+\s+(?:(?:был[иао]?|бпла|дрон\w*|беспилотник\w*)\s+)?\w*(?:{vocab.VERB_STEM_RU})",
    re.IGNORECASE,
)


def rule_sum_verbs(r: Reading) -> None:
    """ "уничтожены пять и перехвачены три" (8), "восемнадцать уничтожены и ещё девять
    перехвачены над Крымом" (27): a count without a place joined by "и" to a clause that starts
    with another interception verb and its count (or with "ещё", the count and its verb; or with
    who downed them and the verb: "и средствами РЭБ перехвачены три") is one figure."""
    for i, it in r.open_items():
        if it.count is None or it.placed or it.groups:
            continue
        nxt = r.items[i + 1] if i + 1 < len(r.items) else None
        if (
            nxt is not None and nxt.sep in ("и", "and") and nxt.count is not None and not nxt.count.subset
            and not any(c.attempt for c in it.counts)
            and (
                _VERB_AHEAD.match(r.of(nxt)) or _MORE_THEN_VERB.match(r.of(nxt))
                or _MEANS_THEN_VERB.match(r.of(nxt))
            )
        ):  # fmt: skip
            c = nxt.count
            nxt.count = Count(
                c.value + it.count.value,
                it.count.start,
                c.end,
                c.qualifier,
                drone=True,
                summed=True,
            )
            nxt.counts[0] = nxt.count
            it.settled = True


#: The head of a figure that goes on a sequence of figures: ", then 3", ", then another 2",
#: ", later two more", ", затем ещё три", ", потом два" (what comes before the figure).
_THEN_FIGURE = re.compile(
    r"\s*(?:and\s+|и\s+|а\s+)?(?:then|later|after\s+that|затем|потом|позже|после\s+этого)\s+"
    r"(?:another\s+|ещ[её]\s+)?$",
    re.IGNORECASE,
)


def rule_then_sequence(r: Reading) -> None:
    """ "1 drone, then 3, then another 2 had been shot down as they flew toward the city" (6),
    "сначала один, затем три, потом ещё два беспилотника сбиты над городом" (6): figures told
    one after another with "then" and one verb after the last are one speaker's figures over one
    place, which add (docs/labels.md); the figures before the last have no place and no verb of
    their own (a figure with its own place, "три над X, затем два над Y", is a row of its own)."""
    for i, it in r.open_items():
        if it.count is None or it.placed or it.groups or any(c.attempt for c in it.counts):
            continue
        nxt = r.items[i + 1] if i + 1 < len(r.items) else None
        if nxt is None or nxt.settled or nxt.count is None or nxt.count.subset:
            continue
        # (the one verb after the last figure, none before the first)
        if vocab.INTERCEPT_RE.search(r.low, 0, it.count.start - r.base) or not (
            vocab.INTERCEPT_RE.search(r.low, nxt.count.end - r.base)
        ):
            continue
        head = r.text[nxt.start - r.base : nxt.count.start - r.base]
        if nxt.count.start < nxt.start or _THEN_FIGURE.match(head) is None:
            continue
        # (the sum is more of the drones told before it when its first figure is: "ещё три,
        # потом ещё два")
        nxt.count = replace(
            nxt.count,
            value=nxt.count.value + it.count.value,
            start=it.count.start,
            qualifier=sum_qualifier((it.count.qualifier, nxt.count.qualifier)),
            drone=True,
            summed=True,
            extra=it.count.extra,
        )
        nxt.counts[0] = nxt.count
        it.settled = True


_REPELLED = word_start(r"отражен\w*|отрази\w*|отбит\w*|repelled|repulsed", ignorecase=True)


#: An attempt preamble that names drones without a number (the ministry's 2023 form puts who
#: tried and what between: "попытка киевского режима осуществить террористическую атаку с
#: использованием беспилотного летательного аппарата", "попытка атаки киевского режима
#: беспилотным летательным аппаратом").
_UNSIZED_ATTEMPT = re.compile(
    r"попытк\w*\s+(?:[\w-]+\s+){0,4}?атак\w*\s+(?:киевского\s+режима\s+)?"
    r"(?:с\s+(?:применением|использованием|помощью)\s+)?(?:украинск\w+\s+)?(?:бпла|беспилотн)"
    # "предприняли попытку атаковать Тулу", "пытались атаковать Курск": the drones named after
    rf"|{vocab.ATTEMPT_TO_ATTACK_RU}\s"
    rf"|{vocab.ATTEMPT_TO_ATTACK_EN}\s"
    # the English of it: "an attempt by the Kyiv regime to carry out a terrorist attack using
    # drones", "an attempted drone attack on facilities in X"
    r"|attempt(?:ed)?\s+(?:[\w-]+\s+){0,10}?(?:(?:drone|uav)\s+)?attack\s+(?:using\s+|with\s+)?"
    r"(?:(?:a|an|fixed-wing|ukrainian)\s+)*(?:drones?|uavs?|unmanned)"
    r"|attempt(?:ed)?\s+(?:[\w-]+\s+){0,10}?(?:drone|uav)\s+attack"
)


#: Words one of which every form of ``_UNSIZED_ATTEMPT`` holds (a cheap test before it).
_ATTEMPT_KEYS = ("попытк", "пыта", "attempt", "направлен", "нацелен", "цель", "tried")


#: "все" with a verb that downs and no noun, after an attack's count in its sentence: "атаковали
#: область 12 беспилотниками, все уничтожены", "with 14 drones, all were shot down" (all of them).
_ALL_DOWNED = re.compile(
    r"(?<![\w-])(?:все|all)\s+(?:были\s+|were\s+)?(?:уничтожены|сбиты|перехвачены|подавлены"
    r"|destroyed|shot\s+down|intercepted|downed)(?![\w-])"
)


#: The drones that struck, not the attack's size: "нанесены удары пяти беспилотников", "о
#: прилёте 11 дронов" (a word at most between: "удары двух украинских беспилотников").
_HITS_BEFORE = re.compile(r"(?<![\w-])(?:удар|прил[её]т)\w*\s+(?:[\w-]+\s+)?$")


def rule_attempt(r: Reading) -> None:
    """ "попытка атаки с применением четырёх БПЛА": the number launched is no area's figure,
    only the report's total of last resort (and "все уничтожены" may take it later); an
    attack the sentence says was repelled is an ordinary count."""
    # (searched for once an attempt's figure is read: most sentences have none)
    repelled: bool | None = None
    for _i, it in r.open_items():
        c = it.count
        if c is None or not c.attempt or (not it.placed and it.targets):
            continue
        if repelled is None:
            repelled = _REPELLED.search(r.low) is not None
        # "атаковали Россию 120 беспилотниками, все они были перехвачены": all of the attack's
        # drones shot down, in the same sentence (also an attempt's: "попытался атаковать X
        # семью дронами — все уничтожены"), or all but those it leaves out ("..., все, кроме
        # одного, уничтожены": ``_all_but``)
        if (
            repelled
            or vocab.ALL_DESTROYED_RE.search(r.low, c.end - r.base) is not None
            or _ALL_DOWNED.search(r.low, c.end - r.base) is not None
        ):
            c.attempt = (
                False  # "отразили атаку на X, совершенную с помощью двух БПЛА": both shot down
            )
            if r.excepted is not None and r.excepted.start > c.end:
                it.count = _all_but(r, c)
                it.counts = [it.count] if it.count is not None else []
            continue
        # the drones an attempt or an attack was made with are the total when the rows add up
        # to them (docs/labels.md: "пресечена попытка ... с применением восьми БПЛА", "Ukraine
        # attacked the region with 20 drones. 12 were downed over X and 8 over Y"); an attack's
        # alone is none of last resort (only the attempt's own attack is), and the drones that
        # struck ("нанесены удары пяти беспилотников", "прилёт 11 дронов") are no attack's size
        if not c.attack or "попытк" in r.low:
            r.total(c, 3)
        elif _HITS_BEFORE.search(r.low, 0, c.start - r.base) is None:
            r.facts.attack_sizes.append(
                TotalCandidate(c.value, c.qualifier, 3, c.start, c.end, attack=True)
            )
        r.facts.attempt = c
        it.count = None
        if not it.placed:
            it.settled = True
    if (
        r.facts.attempt is None
        and not r.interception
        and any(key in r.low for key in _ATTEMPT_KEYS)
        and r.groups
        and _UNSIZED_ATTEMPT.search(r.low)
        and not any(it.count is not None for it in r.items)
    ):
        # "пресечена попытка атаки БПЛА самолетного типа на объекты в X": a preamble with no
        # number; "Беспилотник уничтожен" after it is its figure (``all_destroyed``)
        r.facts.unsized_attempt = True


#: "..., 4 из которых подавлены", "..., 12 of which were shot down": the part of a count before.
_OF_WHICH = re.compile(r"\s*(?:из\s+(?:которых|них)|of\s+(?:which|them))(?![\w-])", re.IGNORECASE)


def rule_of_which(r: Reading) -> None:
    """ "в округе совершены атаки восьми беспилотников, три из которых сбиты": after a count of
    the drones an attack was made with, "N из которых"/"N of which" and an interception verb
    is the figure for the attack's places (all of the attack's, when "the rest" were downed
    too: "30 беспилотниками, 26 из них сбиты, остальные подавлены РЭБ")."""
    items = r.items
    for i, it in r.open_items():
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (
            nxt is None or nxt.settled or it.count is not None or not it.placed
            or not any(c.attempt for c in it.counts) or nxt.groups or nxt.count is None
            or nxt.count.attempt or not _OF_WHICH.match(r.low, nxt.count.end - r.base)
            or not vocab.INTERCEPT_RE.search(r.low, nxt.count.end - r.base, nxt.end - r.base)
        ):  # fmt: skip
            continue
        attack = next(c for c in it.counts if c.attempt)
        if _REST_DOWN.search(r.low, nxt.count.end - r.base):
            # "..., 26 из них сбиты, остальные подавлены РЭБ": all of the attack's drones are down
            it.count = replace(attack, attempt=False, attack=False)
        else:
            it.count = nxt.count
        nxt.settled = True


def rule_respectively(r: Reading) -> None:
    """ "7 и 4 БПЛА сбиты над Брянской и Курской областями", "7 and 4 drones over the Bryansk
    and Kursk regions": two counts joined by "и" (no verb between) before two places joined by
    "и" pair in order, the first count with the first place."""
    items = r.items
    for i, it in r.open_items():
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (
            nxt is None or nxt.settled or it.count is None or it.placed or it.groups or it.targets
            or nxt.sep not in ("и", "and") or nxt.count is None or nxt.count.each or len(nxt.counts) != 1
            or len(nxt.placed) != 2 or nxt.targets
            or r.text[it.count.end - r.base : it.end - r.base].strip()
            or _VERB_START.match(r.of(nxt)) or vocab.INTERCEPT_RE.match(lower(r.of(nxt)).lstrip())
            # "уничтожены шесть и средствами РЭБ перехвачены три беспилотника над X и Y": who
            # downed them before the second verb; each count has its own verb, no pairing
            or vocab.INTERCEPT_RE.search(r.low, nxt.start - r.base, nxt.count.start - r.base)
        ):  # fmt: skip
            continue
        for c, p, item in ((it.count, nxt.placed[0], it), (nxt.count, nxt.placed[1], nxt)):
            r.claim(
                item, p.place, c, join_spans((c.start, c.end), (p.start, p.end)), "respectively"
            )
        it.settled = nxt.settled = True


#: What follows a figure said of each of the places listed before it, none named after it:
#: "one over each", "two in each of them", "three apiece", "two each", "по два над каждой (из
#: них)", "по одному в каждой" (a drone noun may stand between: "по одному беспилотнику над
#: каждой"); or "по N" that ends its sentence ("..., по два.").
_EACH_TAIL = re.compile(
    r"(?:\s+(?:[^\W\d_]+\s+)?(?:(?:над|в|на)\s+кажд\w*(?:\s+из\s+них)?"
    r"|(?:over|in|above|for)\s+each(?:\s+of\s+(?:them|these|those|the\s+[a-z]+))?|each|apiece)"
    r"|\s*(?:[.;!]|$))(?![\w-])"
    # (the clause ends there: "two each over the Belgorod and Saratov regions" names its own)
    r"(?=\s*(?:[,.;:)!?–—]|$|-\s|(?:and|и|а|but|но)\s))",
    re.IGNORECASE,
)
#: The separator that sets the figure off after its list: a comma, a dash, a colon, a
#: parenthesis ("..., one over each", "— по два в каждой", "(по одному над каждой)").
_EACH_SET_OFF = re.compile(r"(?:[,:(–—]|\s-)\s*(?:по\s+)?$", re.IGNORECASE)
#: "по" right before the figure: each of the places has it.
_EACH_BEFORE_RU = re.compile(r"(?<![\w-])по\s+$", re.IGNORECASE)


def rule_each_after_list(r: Reading) -> None:
    """ "Three drones were destroyed over the Kaluga, Tula and Oryol regions, one over each",
    "Над Калужской и Тульской областями сбиты четыре беспилотника — по два над каждой": a
    figure said of each, set off after a list of two or more places and naming no place of its
    own, is every listed place's (``distributive``), as "по два над X и Y" before the list is;
    the figure before the list stays the report's total."""
    if not r.interception:
        return
    eaches = [c for it in r.items for c in it.counts if c.each]
    for c in eaches:
        a, b = c.start - r.base, c.end - r.base
        tail = _EACH_TAIL.match(r.text, b)
        if tail is None or _EACH_SET_OFF.search(r.text, max(0, a - 8), a) is None:
            continue
        if tail.group().strip() in (".", ";", "!", "") and not _EACH_BEFORE_RU.search(
            r.low, max(0, a - 4), a
        ):
            continue  # a bare figure at the end, no "по" before it: no figure of each
        lists = [g for g in r.groups if g.end <= c.start]
        if not lists:
            continue
        g = lists[-1]
        placed = [(m.place, m.start, m.end) for m in g.mentions if m.place is not None]
        if len(placed) < 2 or any(g.end <= x.start < c.start for x in r.groups):
            continue
        for place, start, end in placed:
            r.claim(None, place, c, join_spans((start, end), (c.start, c.end)), "distributive")
        _used(r, g.start, g.end)
        _used(r, c.start, c.end)


#: A dash for the verb and a sea without its name: "ещё два – над морем".
_BARE_SEA = re.compile(r"\s*[–—-]\s*над\s+(?:морем|акваторией)(?![\w-])(?!\s+[А-ЯЕ])")
_DASH_MORE = re.compile(rf"{vocab.MORE_LEAD_RU}\s*(?:еще|ещё|another)\s", re.IGNORECASE)
#: An item opening on its own clock time and a dash for the verb of the clause before ("..., а в
#: 04:40 — о трёх"): a line told after another one, more drones as "ещё" says.
_CLOCK_DASH_ITEM = re.compile(r"\s*(?:а\s+|и\s+)?в\s+\d{1,2}[:.]\d{2}\s*[—–-]\s", re.IGNORECASE)


#: An item that tells its drones later than the figure before it, with no clock: "..., позже ещё
#: два", "..., а спустя час — ещё один", "then another two" (as a clock after a dash,
#: ``_CLOCK_DASH_ITEM``, does).
_TOLD_LATER = re.compile(
    r"\s*(?:а\s+|и\s+|and\s+)?(?:чуть\s+|немного\s+|much\s+)?"
    r"(?:позже|позднее|затем|потом|спустя\s+[\w-]+(?:\s+[\w-]+)?|later|then)(?![\w-])",
    re.IGNORECASE,
)


def _downed_or_told(clause: str) -> bool:
    """Whether a clause downs its drones ("; two more had been shot down") or tells them with
    its verb of downing elided ("; at 4:05 he reported another one", "; а в 04:05 он сообщил ещё
    об одном")."""
    return bool(vocab.INTERCEPT_RE.search(lower(clause)) or vocab.TOLD_OF_MORE_RE.search(clause))


#: A clause that is its figure told as more alone, its verb the clause before's: "...; then, at
#: 2:35, two more; ...", "..., and at 4:05 a.m., another one", "..., a further three drones".
_ONLY_MORE_EN = re.compile(
    r"\W*(?:(?:another|a\s+further)(?:\s+[\w-]+)?|one\s+more|[\w-]+\s+more)"
    rf"(?:\s+(?:[\w-]+\s+)?(?:{vocab.DRONE_EN}))?\W*",
    re.IGNORECASE,
)
#: A clause that tells its figure in words of its own, later than the clause before: a clock
#: ("at 2:35 a.m."), "later", "an hour later", or its speaker again with a verb of telling
#: ("he wrote that ...", "он написал, что ..."): another of his posts.
_TOLD_AGAIN = re.compile(
    r"(?<![\w-])(?:\d{1,2}[:.]\d{2}|later|позже|позднее|спустя"
    r"|(?:he|she|it|они|он|она)\s+(?:[\w-]+\s+)?(?:wrote|reported|posted|said|added|announced"
    r"|написал|сообщил|добавил))(?![\w-])",
    re.IGNORECASE,
)


def _told_apart(r: Reading, i: int, it: ListItem, *, sea: bool) -> bool:
    """Whether "ещё N" is drones told apart from the figure it adds to: at a later time (its
    own clock after a dash, "позже", "спустя час") or over a place of its own (a village, a
    governor's bare sea), or told in words of its own ("; at 2:35 he wrote that two more had been
    shot down", "and two more were downed an hour later"). One speaker's figures so added are
    rows whose sum the text did not write, never its whole (docs/labels.md); "ещё два подавлены
    РЭБ" in one breath with the figure (the same drones' other means) is not apart."""
    of = r.of(it)
    if sea or it.groups or _CLOCK_DASH_ITEM.match(of) or _TOLD_LATER.match(of):
        return True
    # (from the end of the item before: a speaker cut off by commas is in no item)
    since = r.items[i - 1].end - r.base if i > 0 else 0
    return _TOLD_AGAIN.search(r.text, since, it.end - r.base) is not None


#: A window of its own in a clause: "с 14:00 до 20:00", "с 14.00 до 20.00 мск", "с 14-00 до 20-00".
_OWN_WINDOW = re.compile(
    r"(?<![\w-])с\s+\d{1,2}[:.-]\d{2}\s+(?:мск\s+)?(?:до|по)\s+\d{1,2}[:.-]\d{2}", re.IGNORECASE
)


#: A settlement's kind word below a town's, right before its name: "у хутора Пимено-Черни", "в
#: районе станицы Нагавская", "над селом Верхний Ключ", "в СНТ Ромашка" (a town's "город" is
#: not one: a town the gazetteer misses may lie anywhere).
_VILLAGE_KIND = re.compile(
    r"(?<![\w-])(?:хутор|сел|станиц|деревн|посел|снт|микрорайон|мкр|аул|х\.|с\.|д\.|ст\.|п\.|пос\.)"
    r"[а-я]*\.?\s*$",
    re.IGNORECASE,
)


def _only_unknown_villages(r: Reading, it: ListItem) -> bool:
    """Whether every place an item names is a village the gazetteer does not know, named after
    its kind word ("..., ещё два подавлены у хутора Пимено-Черни"): it lies in the area the
    clause before named, and names no other place for its figure."""
    return all(
        m.place is None
        and not m.foreign
        and _VILLAGE_KIND.search(r.text, max(0, m.start - r.base - 24), m.start - r.base)
        for g in it.groups
        for m in g.mentions
    )


def rule_added_count(r: Reading) -> None:
    """ "... уничтожены пять БПЛА и еще три перехвачены": a count without a place after "и"
    and another verb (or "ещё") adds to the counted claim just before it; so does one whose
    only place is a village the gazetteer does not know ("В X районе уничтожен БПЛА, ещё два
    подавлены у хутора Y": the village lies in the district)."""
    for i, it in r.open_items():
        if it.count is None or it.placed or it.targets:
            continue
        if it.groups and not _only_unknown_villages(r, it):
            continue
        joined = it.sep in ("и", "and") and _VERB_START.match(r.of(it))
        # ", ещё четыре были подавлены средствами РЭБ": "ещё" adds to the figure before it
        # "..., в 05:45 — ещё два": the dash stands for the verb of the clause before
        # "..., ещё два – над морем": a governor's bare sea is his area's waters
        sea = bool(it.count.extra and _BARE_SEA.match(r.text, it.count.end - r.base))
        more = (
            (
                it.sep in (",", ";")  # "...; еще 5 подавлены средствами РЭБ"
                and it.count.extra
                and (
                    _VERB_AHEAD.search(r.of(it))
                    or _DASH_MORE.search(r.of(it))
                    or sea
                    or _downed_or_told(r.of(it))
                    or (r.english and _ONLY_MORE_EN.fullmatch(r.of(it)) is not None)
                )
            )
            or (it.sep == "," and _CLOCK_DASH_ITEM.match(r.of(it)))
            or (
                # "seven were destroyed overnight and another one in the morning", "и ещё один
                # утром": the verb of the clause before, said once
                it.sep in ("и", "and") and it.count.extra
            )
        )
        if not (joined or more) or _OWN_WINDOW.search(r.of(it)):
            continue  # "..., с 14:00 до 20:00 — ещё 6": another window's figure, no addition
        apart = _told_apart(r, i, it, sea=sea)
        before = [k for prev in r.items[:i] for k in prev.claims]
        if not before:
            _add_to_unplaced(r, i, it, apart=apart)
            continue
        k = max(before)
        last = r.facts.claims[k]
        if last.count is None:
            continue
        span = join_spans(last.evidence, (it.count.start, it.count.end))
        if sea and last.district_id is not None:
            # "Над Балаклавой сбиты четыре, ещё два – над морем": more of the region's drones,
            # not of the district's (the region's sum, as ``more_in_region`` makes it)
            ru, en = region_names(last.area_id)
            region = Resolved(last.area_id, ru, en, "region")
            r.claim(it, region, it.count, (it.count.start, it.count.end), "more_in_region")
            it.settled = True
            continue
        r.facts.claims[k] = replace(
            last, count=last.count + it.count.value, evidence=span, rule="added_count"
        )
        if apart:
            r.facts.added_up.append(span)
        it.claims.append(k)
        it.settled = True


def _add_to_unplaced(r: Reading, i: int, it: ListItem, *, apart: bool) -> None:
    """ "Два из них сбиты, ещё один подавлен РЭБ": "ещё N" after a figure with no place adds
    to that figure (3), which later rules place or make the total. A chain of them adds up: "сбит
    один, позже ещё два, под утро ещё три" is 6 (each "ещё" adds to the figure the one before it
    was added to); a bare time between them is no figure ("..., and at 4:05 a.m., he reported
    another one")."""
    if i == 0 or not it.count or not _told_as_more(r, it) or r.ctx.attempt is not None:
        return  # (after an attempt ``all_destroyed`` adds it: ``_with_more_downed``)
    j = i - 1
    chained = False
    while j > 0 and (_bare(r.items[j]) or _added_to_the_one_before(r, r.items[j])):
        chained = chained or not _bare(r.items[j])
        j -= 1
    prev = r.items[j]
    c = prev.count
    if c is None or prev.settled or prev.placed or prev.groups or prev.claims:
        return
    if chained and not c.summed:
        return
    if c.attack or c.attempt or c.each or c.running or c.part:
        return
    # ("ещё о двух, а в 04:15 — об одном": more told after more adds up, and stays more)
    prev.count = replace(c, value=c.value + it.count.value, summed=True, added=c.added or apart)
    it.settled = True


def _bare(it: ListItem) -> bool:
    """Whether an item holds no figure, place or target: a time or a speaker cut off by a comma
    ("at 4:05 a.m.", "в 03:15")."""
    return it.count is None and not (it.groups or it.targets or it.claims or it.placed)


def _told_as_more(r: Reading, it: ListItem) -> bool:
    """Whether an item's figure is told as more drones: "ещё N", or a line of its own clock time
    after a dash ("в 02:14 — о двух")."""
    return bool(it.count and (it.count.extra or _CLOCK_DASH_ITEM.match(r.of(it))))


def _added_to_the_one_before(r: Reading, it: ListItem) -> bool:
    """Whether ``it`` is more drones with no place that ``_add_to_unplaced`` added to a figure
    before it."""
    return bool(
        it.settled
        and _told_as_more(r, it)
        and not (it.claims or it.groups or it.placed or it.targets)
    )


#: "над морем" with no sea named after it and no place that says where on it ("над морем в
#: районе Голубой бухты" is that place's).
_BARE_SEA_ITEM = re.compile(
    # (an abbreviation in capitals after it is who shot: "над морем ПВО сбили четыре")
    r"(?<![\w-])(?i:над)\s+морем(?![\w-])(?!\s+[А-ЯA-Z][а-яa-z])"
    r"(?!\s+(?i:в\s+районе|у|возле|близ|около|недалеко\s+от)\s)"
    # the English "over the sea", not "over the sea of Azov" nor "over the sea off Y"
    r"|(?<![\w-])(?i:over\s+the\s+sea)(?![\w-])(?!\s+(?i:of|off|near|by|close\s+to)\s)"
    # ... and "off the coast", "off the shore" with no coast named ("six over the Krasnodar region
    # and two more off the coast": the region's own waters; "off the coast of Crimea" names one)
    r"|(?<![\w-])(?i:off\s+the\s+(?:coast|shore|coastline))(?![\w-])(?!\s+(?i:of|near)\s)"
)


#: The regions with a sea coast (ISO codes; the occupied Ukrainian ones by their Ukrainian
#: codes): a bare "над морем"/"over the sea" is the waters of one of these, never of Kursk.
_COASTAL = frozenset(
    {
        # the Black Sea and the Sea of Azov
        "RU-KDA", "RU-ROS", "UA-43", "UA-40", "UA-23", "UA-65", "UA-14",
        # the Baltic
        "RU-LEN", "RU-SPE", "RU-KGD",
        # the Caspian
        "RU-DA", "RU-AST", "RU-KL",
        # the northern and the Pacific coasts
        "RU-MUR", "RU-ARK", "RU-NEN", "RU-KR", "RU-YAN", "RU-KYA", "RU-SA", "RU-CHU",
        "RU-KAM", "RU-MAG", "RU-KHA", "RU-PRI", "RU-SAK",
    }
)  # fmt: skip


def _one_region_placed(r: Reading) -> str | None:
    """The one region (no sea) the sentence's items place figures in, if only one: "four
    drones over the sea and two over the Nakhimovsky district" is Sevastopol's sea."""
    regions = {
        p.place.area_id
        for it in r.items
        for p in it.placed
        if not is_sea(p.place.area_id) and not is_combined(p.place.area_id)
    }
    return regions.pop() if len(regions) == 1 else None


def _one_sea_named(r: Reading) -> str | None:
    """The one sea the sentence's places name, if only one ("акваторией Черного моря")."""
    seas = {
        m.place.area_id
        for g in r.groups
        for m in g.mentions
        if m.place is not None and is_sea(m.place.area_id) and not is_combined(m.place.area_id)
    }
    return seas.pop() if len(seas) == 1 else None


def rule_bare_sea(r: Reading) -> None:
    """ "Губернатор Севастополя: над морем сбиты пять беспилотников": a count whose item names
    only a bare "над морем", "over the sea" or "off the coast" (no sea named, none in context) is a figure of the
    region in context (or of the one region the sentence places its other figures in), the
    waters its head reports on (see docs/parser.md: the labels of real reports count it for the
    region); it is no total, and a district's figure beside it is still the region's share."""
    if r.ctx.sea is not None:
        return
    if r.english:
        if "the sea" not in r.low and "off the" not in r.low:
            return
    elif "морем" not in r.low:
        return
    # "над Крымом и акваторией Черного моря сбиты 12: 7 над Крымом, 5 над морем": the one sea
    # the sentence names is the sea (the context learns of it only after the sentence)
    region = _one_sea_named(r) or r.ctx.region or _one_region_placed(r)
    if region is None or (region not in _COASTAL and not is_sea(region)):
        return  # no region, or one with no coast: the sea is not its waters
    for _i, it in r.open_items():
        # ("ещё один — над морем" is one more drone over the same waters)
        if it.count is None or it.placed or it.groups or it.targets:
            continue
        m = _BARE_SEA_ITEM.search(r.of(it))
        if m is None:
            continue
        ru, en = region_names(region)
        at = it.start + m.start()
        span = join_spans((it.count.start, it.count.end), (at, it.start + m.end()))
        kind = "sea" if is_sea(region) else "region"
        r.claim(it, Resolved(region, ru, en, kind), it.count, span, "bare_sea")
        it.settled = True


def _speaker_only(g: Group) -> bool:
    """Whether a group is only a speaker's name read as a place ("..., а днём — ещё 4,
    сообщили в Минобороны": "в Минобороны" is who told it, no place of the figure)."""
    return all(
        m.place is None and not m.foreign and vocab.REPORTER_RE.fullmatch(lower(m.text))
        for m in g.mentions
    )


def rule_more_in_region(r: Reading) -> None:
    """ "За сутки над Белгородской областью сбиты 17 БПЛА. В ночь на среду — еще пять.": "ещё N"
    with no place and no target, after a figure for a region (the region still in context), is
    more of that region's drones (the report's sum when the same time; a report of its own when
    another). After a region named without a figure it is no figure of the region's ("Беспилотник
    упал на территории завода в Уфе. После этого был сбит еще один БПЛА": the region's sum is
    not written)."""
    region = r.ctx.region
    # more of the drones of the region last given a figure, none other
    more_of = (
        region is not None
        and region == r.ctx.counted
        and not is_sea(region)
        and not is_combined(region)
    )
    if any(not _speaker_only(g) for g in r.groups):
        # a place of its own in the sentence ("о еще одном дроне, сбитом у Обнинска"): a
        # district of the region after the region's own figure is more of its drones too
        # (``report_rules`` adds them up)
        if r.interception:
            after = region if more_of and not r.ctx.counted_district else None
            _mark_more_in_districts(r, after)
        return
    if not more_of or r.text.rstrip().endswith(":"):
        # "С 13.00 до 17.00 ... уничтожены ещё семь БПЛА:" heads a list of its own: the list's
        # figure, never more of the region the list before it ended on
        return
    # "Над Энским районом сбиты два БПЛА. Позже — ещё один.": after a district's figure,
    # more of that district's drones (the region's figure is then the district's sum, never
    # a part of it told beside the district's)
    district = r.ctx.counted_in if r.ctx.counted_district else None
    for _i, it in r.open_items():
        c = it.count
        if c is None or not c.extra or it.groups or it.targets or it.placed:
            continue
        # ("Ещё три уничтожили над морем": a place of its own the gazetteer does not name, the
        # region's as before)
        own = district if district is not None and not _OVER.search(r.of(it)) else None
        place = own if own is not None else find_place(region)
        if place is None or (own is None and place.district_id is not None):
            return
        r.claim(it, place, c, (c.start, c.end), "more_in_region")
        it.settled = True


#: A place phrase of an item's own, read or not ("над морем", "over the sea").
_OVER = re.compile(r"(?<![\w-])(?:над|over|above|off)\s", re.IGNORECASE)


def _mark_more_in_districts(r: Reading, region: str | None) -> None:
    """ "Над областью сбит один беспилотник. Ещё два подавлены РЭБ в районе Усть-Луги": a
    district figure counted as "ещё N" after a figure for its region (``region``, the one an
    earlier sentence counted, or one the sentence gave its own figure before it with no
    district figure of it between: "сбит беспилотник, ещё один уничтожен в районе Обнинска"),
    in a sentence that downs drones, is more of the region's drones, not the same ones told
    again ("Ещё один дрон упал в X районе" is where one came down, no more of them); its claim
    is marked ``more_in_district``."""
    claims = r.facts.claims
    for it in r.items:
        if it.count is None or not it.count.extra:
            continue
        before = [c for c in claims if c.count is not None and c.evidence[1] <= it.count.start]
        regions = {c.area_id for c in before if c.district_id is None}
        regions -= {c.area_id for c in before if c.district_id is not None}
        if region is not None:
            regions.add(region)
        for k in it.claims:
            c = claims[k]
            if c.district_id is not None and c.count is not None and c.area_id in regions:
                claims[k] = replace(c, rule="more_in_district")


_MOSCOW = Resolved("RU-MOW", "Москва", "Moscow", "region")


def rule_moscow_target(r: Reading) -> None:
    """ "сбиты три беспилотника, летевших на Москву": the mayor's count for the city (the
    ministry's is a subset of a row; ``build.build`` decides); a timed line after timed lines
    about Moscow ("05:30. Отражена атака ещё двух БПЛА.") is about Moscow too."""
    for i, it in r.open_items():
        if it.count is None:
            continue
        c = it.count
        if not it.targets:
            if (
                (
                    (r.facts.timestamped and r.ctx.moscow_lines)
                    or (
                        r.ctx.moscow_told
                        and c.extra
                        and (r.interception or vocab.TOLD_OF_MORE_RE.search(r.low))
                    )
                )
                and not it.groups
                and not _marked_total(r, i, it)
                and (c.drone or c.extra)
            ):
                # "04:12. ... летевших на Москву. 05:30. Отражена атака ещё двух БПЛА.": a timed
                # line after the mayor's lines about Moscow is about Moscow too; so are more
                # drones downed or told of after them with no place of their own ("Чуть позже
                # сбиты ещё два", "Позднее он написал ещё об одном сбитом дроне"), also before the
                # whole's words ("a further three ..., bringing the total to five")
                span = (c.start, c.end)
                r.facts.target_claims.append(
                    make_claim(_MOSCOW, c, span, "moscow_target", r.english)
                )
                if c.extra:
                    r.facts.more_at.append(c.start)  # more of them: never their recap
                it.settled = True
            continue
        if r.total_mark:
            r.total(c, 0)
        if not r.total_mark or _marked_total(r, i, it) or _before_the_total(r, c):
            # (the whole told over Moscow, "Всего за ночь на подлёте к Москве сбиты 14", is
            # Moscow's figure too; ``recap_of_lines`` keeps it from adding to the lines before)
            span = join_spans((c.start, c.end), it.targets[0])
            r.facts.target_claims.append(make_claim(_MOSCOW, c, span, "moscow_target", r.english))
            if c.added:
                r.facts.added_up.append(span)
            r.ctx.moscow_lines = r.facts.timestamped or r.ctx.moscow_lines
        it.settled = True


def _before_the_total(r: Reading, c: Count) -> bool:
    """ "two more drones headed for Moscow were downed, bringing the night's total to nine":
    a figure told before the sentence's only mark of a whole is a figure of its own (the whole
    is the one after the mark), as a figure over a named place is."""
    return vocab.TOTAL_MARK_RE.search(r.low[: c.start - r.base]) is None


def _marked_total(r: Reading, i: int, it: ListItem) -> bool:
    """ "..., всего за ночь — семь": a figure after "всего" (since the item before it) is a
    total, with or without a drone noun after it."""
    if not r.total_mark or it.count is None:
        return False
    start = r.items[i - 1].end if i > 0 else r.base
    return vocab.TOTAL_MARK_RE.search(r.low[start - r.base : it.count.start - r.base]) is not None


def rule_heading_district(r: Reading) -> None:
    """ "Грайворонский округ.\nНад селом Дорогощь сбит беспилотник": a figure with no place of its
    own, under a heading line that names a district alone, is that district's (a governor's
    post goes district by district); never a total ("всего") nor more, a part or an attack."""
    if r.ctx.heading is None or not r.interception or r.total_mark or r.english:
        return
    d, a, _b = r.ctx.heading
    own = [m.place for g in r.groups for m in g.mentions if m.place is not None]
    if own:
        if any(p.district_id != d.district_id for p in own):
            # "Орёл. 11 марта. Над Орловским округом сбит беспилотник ... «Уничтожен БПЛА»":
            # a figure over a place of its own that is not the heading's own says the heading
            # was where the text was written (a dateline), not where the figures after it fell;
            # it frames no later figure (discovery80 ah02 had given Орёл the quote's drone)
            if r.ctx.heading is r.ctx.at_work_heading and all(
                p.district_id != d.district_id and p.area_id == d.area_id for p in own
            ):
                # "Над Энском работает ПВО." then "Сбиты два БПЛА над Н-ским районом": the
                # town air defence was at work over is named without a figure (docs/labels.md),
                # when the figures fall in its region (a figure in another region tells of
                # somewhere else, test_regional_posts)
                r.claim(None, d, None, (a, _b), "place_without_count")
            r.ctx.heading = None
        return  # the sentence names its own place
    for _i, it in r.open_items():
        c = it.count
        if c is None or it.placed or c.each or c.extra or c.attack or c.attempt or c.subset:
            continue
        if c.running or c.part:
            continue
        # (a correction's figure is evidence where it is told: the figures it replaces are
        # those told before it, ``report_rules.rule_corrected_figures``)
        span = (c.start, c.end) if r.facts.correction else (a, c.end)
        r.claim(it, d, c, span, "heading_district")
        it.settled = True
        return
    if (
        not r.facts.claims
        and r.ctx.attempt is None  # (its drones are ``rule_all_destroyed``'s)
        and r.ctx.sighted is None  # (``rule_pronoun_downed``'s)
        and not any(it.count is not None for it in r.items)
        and names_drone(r.low)
    ):
        # "Энск.\nОколо 3 часов ночи над территорией НПЗ сбиты беспилотники": drones downed
        # with no figure and no place are over the dateline's town, named without a figure
        _downed_under_heading(r, None, "heading_district")
        for it in r.items:
            it.settled = True


def rule_unplaced_total(r: Reading) -> None:
    """ "перехвачены и уничтожены 55 БПЛА:", "Всего ... 15 дронов": a drone count with no
    place is a candidate for the report's total (an explicit "всего" first). A part of the
    figure before it ("Обломки одного из них упали на промзону, пожар ликвидирован") is not."""
    for i, it in r.open_items():
        c = it.count
        if c is None or it.placed:
            continue
        if (
            (c.drone or c.running or _marked_total(r, i, it))
            and (r.interception or r.total_mark)
            and not c.each
            and (not c.part or r.total_mark)
            and (not c.extra or _heads_breakdown(r, i))
        ):
            r.total(c, 0 if r.total_mark else 1 if _WHOLE_OPENS.match(r.of(it)) else 2)
        elif c.extra and r.interception and not (c.each or c.part or c.attack or c.attempt):
            r.facts.more_counts.append(TotalCandidate(c.value, c.qualifier, 2, c.start, c.end))
        it.settled = True


#: An item that opens on the whole a figure told before it is part of: "16 over Rostov as part
#: of 49 destroyed across seven regions", "..., part of 49 drones downed overnight" (a whole
#: told after its row, as "out of 49 in total" is; a bare count after the rows is another
#: figure, ``build._pick_total``).
_WHOLE_OPENS = re.compile(r"\W*(?:as\s+)?part\s+of\s", re.IGNORECASE)


def _heads_breakdown(r: Reading, i: int) -> bool:
    """Whether item ``i`` ends in the colon of a breakdown: "перехвачены ещё 11 БПЛА: 8 – над
    X, 3 – над Y" (another window's statement) is the total of its rows, "ещё" or not; so is
    the last item of a sentence that ends in that colon (its rows on the lines after it)."""
    if i + 1 < len(r.items):
        return r.items[i + 1].sep == ":"
    return r.text.rstrip().endswith(":")


#: An item that opens with the remainder of a count: "остальные — над Краснодарским краем",
#: "оставшиеся сбиты над Крымом", "and the rest over the Samara Region", "the remaining drones
#: were downed over ...", "the remainder over ..." (one word of a drone noun or a verb between
#: it and the place is read by the place grammar, not here).
_REST_OPENS = re.compile(
    r"\W*(?:(?:и|а|and|while|with)\s+)?(?P<rest>остальн\w+|оставш\w+|"
    r"the\s+(?:rest|remainder|remaining|others)(?![\w-]))",
    re.IGNORECASE,
)


_REST_KEYS = ("остальн", "оставш", "the rest", "the remain", "the others")


def rule_rest_of_count(r: Reading) -> None:
    """ "уничтожены 45 БПЛА: над Крымом — 18, над морем — 14, остальные — над Краснодарским
    краем", "and the rest over the Samara Region": an item with no figure that opens with "the
    rest" and names one place is that place's remainder (``rest_of_count``): the report's total
    less its other figures, which ``report_rules.rule_rest_of_total`` works out once the whole
    report is read. The rest over several places stays a place without a figure each."""
    if not any(k in r.low for k in _REST_KEYS):
        return  # (every match holds one of these: most sentences need no item read)
    # "Первый и второй — над городом, остальные — над районом": the rest of a figure whose
    # drones the post tells by their ordinals may be a district's
    parts = r.ctx.enumerating or any(c.part for x in r.items for c in x.counts)
    for _i, it in r.open_items():
        if it.count is not None or len(it.placed) != 1:
            continue
        if it.placed[0].place.district_id and not parts:
            continue
        m = _REST_OPENS.match(r.of(it))
        if m is None:
            continue
        p = it.placed[0]
        r.claim(it, p.place, None, (it.start + m.start("rest"), p.end), "rest_of_count")
        it.settled = True


#: "..., остальные подавлены средствами РЭБ", "the rest were jammed": the remainder shot down too.
_REST_DOWN = re.compile(
    rf"(?<![\w-])(?:остальн\w+|оставш\w+|the\s+(?:rest|others|remaining))\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:(?:{vocab.VERB_STEM_RU})|(?:were\s+)?(?:intercepted|destroyed|suppressed|jammed|shot|downed))",
)


#: "The drone was destroyed" after an attempt preamble: the English of "Беспилотник уничтожен",
#: one drone (read only here: elsewhere "the drone" may be one already counted).
_THE_DRONE_DOWNED = re.compile(
    rf"(?<![\w-])the\s+(?:{vocab.DRONE_ONE_EN})\s+(?:was|had\s+been)\s+(?:\w+\s+)?"
    r"(?:destroyed|shot\s+down|downed|intercepted|suppressed|jammed|neutrali[sz]ed)(?![\w-])"
)


def _the_drone_downed(r: Reading) -> Count | None:
    """One drone for "The drone was destroyed", in an English sentence with no other figure."""
    if not r.english or any(it.count is not None for it in r.items):
        return None
    m = _THE_DRONE_DOWNED.search(r.low)
    return None if m is None else Count(1, r.base + m.start(), r.base + m.end(), drone=True)


def _downed_over(r: Reading, groups: list[Group], count: Count | None, rule: str) -> bool:
    """Claim drones told of in an earlier sentence as downed over the places of ``groups``:
    the count over one place, none over several; False when the groups name no place."""
    placed = [
        PlaceMention(m.place, m.start, m.end)
        for g in groups
        for m in g.mentions
        if m.place is not None
    ]
    if len(placed) == 1 and count is not None:
        p = placed[0]
        r.claim(None, p.place, count, join_spans((count.start, count.end), (p.start, p.end)), rule)
        return True
    for p in placed:
        r.claim(None, p.place, None, (p.start, p.end), rule)
    return bool(placed)


#: A sentence that opens on the drones the one before it named, by a pronoun, and downs them:
#: "Его сбили на подлёте к Оренбургу", "Их уничтожили силы ПВО", "Он был подавлен РЭБ", "Все они
#: сбиты".
_PRONOUN_DOWNED = re.compile(
    r"\s*(?:(?:его|ее|их)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:сбил|уничтожил|перехватил|подавил|ликвидировал|нейтрализовал|поразил)\w*"
    r"|(?:все\s+)?(?:он|она|они)\s+(?:все\s+)?(?:был[аи]?\s+)?(?:все\s+)?"
    r"(?:сбит|уничтожен|перехвачен|подавлен|ликвидирован|нейтрализован|поражен)\w*)(?![\w-])"
)


def rule_pronoun_downed(r: Reading) -> None:
    """ "Над областью обнаружен беспилотник. Его сбили на подлёте к Оренбургу": a pronoun that
    opens a sentence downing drones is the drones the sentence before named (one for a
    singular noun); the count is theirs, the place the sentence's own or else theirs (or else
    the heading's town: ``_downed_under_heading``)."""
    sighted = r.ctx.sighted
    if sighted is None or r.english or not r.interception or r.facts.claims:
        return
    if _SOME_OF_THEM.match(r.low):
        if r.ctx.attempt is None:  # (a part of an attempt's drones is ``all_destroyed``'s)
            _some_of_the_sighted(r, sighted)
        return
    if not _PRONOUN_DOWNED.match(r.low) or any(it.count is not None for it in r.items):
        return
    if r.ctx.attempt is not None and vocab.ALL_DESTROYED_RE.search(r.low):
        return  # "Они сбиты" after an attempt: all of its drones (``rule_all_destroyed``)
    count, groups = sighted
    if _downed_over(r, r.groups or groups, count, "pronoun_downed") or _downed_under_heading(
        r, count, "pronoun_downed"
    ):
        for it in r.items:
            it.settled = True


def _downed_under_heading(r: Reading, count: Count | None, rule: str) -> bool:
    """ "Энск.\nНочью несколько беспилотников пытались атаковать промзону. Они сбиты": drones
    told of with no place anyone can read are over the town or district a heading line named
    alone (the post's dateline); False with no heading."""
    if r.ctx.heading is None:
        return False
    place, a, b = r.ctx.heading
    span = (a, b) if count is None else join_spans((a, b), (count.start, count.end))
    r.claim(None, place, count, span, rule)
    return True


#: A sentence that opens on a part of the drones the one before it named: "Два из них сбиты"
#: after "Над областью замечены три беспилотника".
_SOME_OF_THEM = re.compile(r"\s*[\w-]+\s+из\s+(?:них|которых)(?![\w-])")


def _some_of_the_sighted(r: Reading, sighted: tuple[Count | None, list[Group]]) -> None:
    """ "Два из них сбиты": the sentence's own figure (never more than the drones seen) over
    its own place or else theirs."""
    seen, groups = sighted
    own = [it.count for it in r.items if it.count is not None]
    if len(own) != 1 or (seen is not None and own[0].value > seen.value):
        return
    if _downed_over(r, r.groups or groups, own[0], "pronoun_downed"):
        for it in r.items:
            it.settled = True


#: A drone named in the singular without a number ("обнаружен беспилотник", "замечен дрон"):
#: one drone, for the pronoun after it
_ONE_DRONE = re.compile(
    r"(?<![\w-])(?:беспилотник|дрон|квадрокоптер|беспилотный\s+летательный\s+аппарат)(?![\w-])"
)


def sighted_drones(r: Reading) -> tuple[Count | None, list[Group]] | None:
    """The drones a sentence names and does not down, with their places ("Над Майкопом замечены
    два беспилотника"), for a pronoun that downs them in the next sentence; None when it downs
    or names no drone."""
    if (
        r.interception
        or r.english
        or any(c.count is not None for c in r.facts.claims)
        or not names_drone(r.low)
    ):
        # (a figure the sentence gave is counted already; a place a drone attacked is no figure:
        # "Тобольск атаковал беспилотник. Он сбит над промзоной")
        return None
    counts = [it.count for it in r.items if it.count is not None]
    if len(counts) == 1:
        return counts[0], r.groups
    if counts:
        return None
    one = _ONE_DRONE.search(r.low)
    if one is None:
        return None, r.groups
    return Count(1, r.base + one.start(), r.base + one.end(), drone=True, implied=True), r.groups


#: A mark that ends a clause, between "all were destroyed" and a place of another clause.
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")


def rule_all_destroyed(r: Reading) -> None:
    """ "Все беспилотники уничтожены" (or some of them and "остальные подавлены", the rest too):
    all of those in the attempt preamble, over its one place;
    "БПЛА уничтожен", "три БПЛА сбиты" without a place after it: that figure (never more than
    the attempt's), over the preamble's one place. "Все они сбиты: 31 — над Брянской
    областью, 20 — над Курской": a sentence with figures of its own after "all of them" gives
    their parts; the attempt's count is the report's total."""
    facts = r.facts
    if r.ctx.attempt is None:
        return
    attempted, pre_groups = r.ctx.attempt
    # ("Все они уничтожены, сообщили в Минобороны": who told it is no place of theirs)
    groups = [g for g in r.groups if not _speaker_only(g)]
    attempted = _all_but(r, attempted)
    if facts.claims:
        m = vocab.ALL_DESTROYED_RE.search(r.low)
        first = min(c.evidence[0] for c in facts.claims) - r.base
        if attempted is not None and m is not None and m.start() < first:
            r.total(attempted, 2)
            if (
                len(facts.claims) == 1
                and facts.claims[0].count is None
                and not _CLAUSE_BREAK.search(r.low, m.end(), first)
            ):
                # "Все беспилотники уничтожены над акваторией Черного моря", "All the UAVs
                # were destroyed over the Black Sea": the one place they were downed over,
                # named without a figure, has all of the attempt's; never a place of another
                # clause ("Все беспилотники уничтожены, обломки упали в X районе": where
                # debris fell)
                facts.claims.clear()
                _downed_over(r, groups, attempted, "all_destroyed")
        return
    count: Count | None = attempted
    # "Два из них сбиты, остальные подавлены РЭБ": some shot down and the rest too, all of them
    rest = r.interception and not groups and bool(_REST_DOWN.search(r.low))
    # ("Отражена атака 5 беспилотников — все сбиты" after an attempt of no number: the
    # sentence's own five are the figure, "все" is all of those)
    own = attempted is None and any(
        it.count is not None and it.count.drone and not it.count.attempt for it in r.items
    )
    if not rest and (own or not vocab.ALL_DESTROYED_RE.search(r.low)):
        downed = [
            it.count
            for it in r.items
            if it.count is not None and not it.groups and it.count.drone and not it.count.attempt
        ]
        # "ещё один подавлен" after the figure adds to it (``_with_more_downed``)
        shot = [c for c in downed if not c.extra] or downed
        shot = shot or [c for c in [_the_drone_downed(r)] if c is not None]
        if not r.interception or groups or len(shot) != 1:
            return
        count = _with_more_downed(r, shot[0])
        if attempted is not None and count.value > attempted.value:
            return
    if (
        _downed_over(r, groups or pre_groups, count, "all_destroyed")
        or _downed_under_heading(r, count, "all_destroyed")
    ) and (count is not None and all(c.count is None for c in facts.claims)):
        # "атаковали Белгородскую и Курскую области 90 беспилотниками. Все они уничтожены":
        # the places share the figure, the report's total
        r.total(count, 2)


#: The clause of the drones left out that downs them as well: "все уничтожены, кроме одного,
#: который подавлен средствами РЭБ", "кроме двух, подавленных РЭБ" (all of them were downed).
_EXCEPTED_DOWNED = re.compile(
    r"\s*,\s*(?:(?:который|которые)\s+(?:был[иа]?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:сбит|уничтожен|перехвачен|подавлен|нейтрализован|ликвидирован)\w*"
    r"|(?:сбит|уничтоженн|перехваченн|подавленн|нейтрализованн|ликвидированн)(?:ого|ых|ый|ые))"
)


def _all_but(r: Reading, attempted: Count | None) -> Count | None:
    """The attempt's drones the sentence downs: all of them, or all but those it leaves out
    ("Все они, кроме одного, были сбиты" after an attempt of six: five); none known when it
    leaves out as many or more. Left out and downed in a clause of their own ("..., кроме
    одного, который подавлен средствами РЭБ"), they are among the downed."""
    out = r.excepted
    if out is None or attempted is None:
        return attempted
    if _EXCEPTED_DOWNED.match(r.low, out.end - r.base):
        return attempted
    if attempted.value <= out.value:
        return None
    return replace(attempted, value=attempted.value - out.value)


def _with_more_downed(r: Reading, shot: Count) -> Count:
    """The drones a sentence after an attempt downs: "Два беспилотника уничтожены средствами
    ПВО, ещё один подавлен средствами РЭБ" is three (the clause's "ещё один", "второй" adds
    to the figure before it, as ``added_count`` adds elsewhere)."""
    more = [
        it.count
        for it in r.items
        if it.count is not None and it.count is not shot and it.count.extra and not it.groups
    ]
    if not more or any(c.start < shot.start for c in more):
        return shot
    return replace(
        shot, value=shot.value + sum(c.value for c in more), end=more[-1].end, summed=True
    )
