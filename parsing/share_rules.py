"""Shares of a total a region is said to take: the rows a retelling gives with a verb of
sharing instead of a verb of shooting down.

English "The Bryansk region accounted for 20 of them, the Kursk region for 14 and the Oryol
region for nine": the verb is written once and elided in the rows after it. Russian "из 33
сбитых дронов 17 пришлось на Брянскую область, восемь — на Курскую, остальные — на
Орловскую": "пришлось на" (fell to) with the region in the accusative, then rows with a dash
for the verb. Each row is its region's figure; "the rest" is the remainder the report rule
``rest_of_total`` works out.
"""

from __future__ import annotations

import re

from parsing import vocab
from parsing.count_rules import ACCOUNTED_FOR, _claim_named, _used
from parsing.counts import Count
from parsing.lookup import Resolved, find_any_place
from parsing.model import Qualifier
from parsing.morph import adjective_nominative
from parsing.numbers import figure_value
from parsing.places import english_area
from parsing.reading import Reading

#: A figure in digits or one number word ("14", "nine", "twenty-one", "восемь").
_FIGURE = r"\d{1,4}|[a-zа-яё]+(?:-[a-z]+)?"

#: "the Kursk region for 14" after an "accounted for" row: the same verb, elided. The figure
#: ends the row (never "for two hours").
_FOR_ROW = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+)?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s+"
    r"(?:[Rr]egion|Oblast|Krai|[Tt]erritory))\s+for\s+"
    r"(?:(?P<approx>about|around|some|nearly|almost)\s+|(?P<least>more\s+than|at\s+least|over)\s+)?"
    rf"(?P<n>{_FIGURE})(?![\w-])"
    r"(?=\s*(?:[,.;)]|$|and\s|while\s|of\s+them\b))"
)

#: A region in the accusative after "на": "на Брянскую область", "на Курскую", "на Республику
#: Крым", "на Подмосковье".
_REGION_ACC = r"(?P<name>(?:[Рр]еспублику\s+)?[А-ЯЁ][а-яё-]+(?:\s+(?:область|край|регион))?)"

#: "17 пришлось на Брянскую область", "— 17 — пришлось на Брянскую область".
_FELL_TO = re.compile(
    rf"(?<![\w-])(?P<n>{_FIGURE})(?![\w-])\s*(?:[—–-]\s*)?пришл(?:ось|ись|ась|ся)\s+на\s+{_REGION_ACC}"
)

#: "на Брянскую область пришлось 17": the region first.
_FELL_TO_FRONTED = re.compile(
    rf"(?<![\w-])[Нн]а\s+{_REGION_ACC}\s+пришл(?:ось|ись|ась|ся)\s+"
    rf"(?:(?P<least>более|свыше|не\s+менее)\s+)?(?P<n>{_FIGURE})(?![\w-])"
)

#: What :func:`fell_to_line` searches (``rules._interception``'s gate needs them).
FELL_TO_PATTERNS = (_FELL_TO, _FELL_TO_FRONTED)

#: "из 33 сбитых за ночь дронов 17 пришлось на ...": the drones the shares are of, the total.
_OF_TOTAL = re.compile(rf"(?<![\w-])[Ии]з\s+(?P<n>{_FIGURE})(?![\w-])")

#: ", восемь — на Курскую" after a "пришлось на" row: a dash for the verb.
_DASH_ROW = re.compile(
    rf"[,;]\s*(?:и\s+|а\s+)?(?P<n>{_FIGURE})\s*[—–-]\s*на\s+{_REGION_ACC}(?![\w-])"
)

#: ", остальные — на Орловскую": the remainder, worked out once the report is read.
_REST_ROW = re.compile(
    rf"[,;]\s*(?:и\s+|а\s+)?(?:остальные|оставшиеся)\s*[—–-]\s*на\s+{_REGION_ACC}"
)


#: A region or a sea named alone, with or without its head noun: "Bryansk", "the Kursk region",
#: "Krasnodar Krai", "the Sea of Azov", "the Moscow region".
_AREA_EN = (
    r"(?:[Tt]he\s+)?(?P<name>(?:Sea\s+of\s+|Republic\s+of\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    r"(?:\s+(?:[Rr]egion|Oblast|Krai|[Tt]erritory|Republic|Sea))?)"
)
_QUALIFIER_EN = (
    r"(?:(?P<approx>about|around|some|nearly|almost)\s+|(?P<least>more\s+than|at\s+least|over)\s+)?"
)
#: The drones a share is of: "of them", "of those", "of the 92 drones", "of the total".
_OF_THEM = (
    r"\s+of\s+(?:them|these|those|the\s+(?:(?P<whole>\d{1,4})\s+)?(?:drones|UAVs|total))(?![\w-])"
)
#: What says a region heads a ranking of the drones, before its figure after "with": most hit
#: ("was the worst hit", "was hit hardest", "was again the main target"), bore the brunt ("took
#: the brunt", "bearing the brunt"), led ("led", "topped the list"); an adverb of repetition may
#: follow ("took the brunt again, with 41 drones", "led once more with 30").
_RANKING_HEAD = (
    r"(?:(?:was|were)\s+(?:again\s+|once\s+again\s+)?(?:the\s+)?"
    r"(?:(?:worst|hardest|most\s+heavily)(?:[\s-]+(?:hit|targeted|affected))(?:\s+region)?"
    r"|(?:main|chief|primary)\s+target|most\s+(?:targeted|affected))"
    r"|(?:was|were)\s+(?:again\s+)?(?:hit|targeted|affected)\s+(?:the\s+)?(?:hardest|worst|most)"
    r"|(?:b(?:ore|earing)|t(?:ook|aking)|shouldered|suffered)\s+the\s+(?:(?:main|full)\s+)?brunt"
    r"|led(?:\s+the\s+(?:list|tally|count|way))?|topped\s+the\s+(?:list|tally|count|ranking))"
    r"(?:\s+(?:again|once\s+(?:again|more)|by\s+far|as\s+(?:usual|before)))?"
)
#: A relative clause set off by commas between a region and its verb: "The Bryansk region,
#: which borders Ukraine, accounted for 22", "Kursk, where a power plant was hit last week, saw
#: nine downed", "the Rostov region, home to a large port, ...". It says something of the region
#: and holds no figure of the region's: the verb after it is still the region's.
_RELATIVE_EN = r"(?:,\s+(?:which|where|home\s+to)\s[^,;:.\d]{1,80},)?"
#: A region the subject of a verb of share and its figure: "Bryansk accounted for 24 of them",
#: "Kursk saw 31 of them", "Bryansk took 40" (after "Of the 95 drones ..."). "accounted for"
#: says a share by itself; "saw", "took", "received" only with the drones it is of.
SHARE_SUBJECT = re.compile(
    rf"(?<![\w-]){_AREA_EN}{_RELATIVE_EN}\s+(?:(?P<acc>accounted|accounting|accounts)\s+for|took|saw|received|had"
    # the head of a ranking, the region most hit and its figure after "with": "Kursk was the
    # worst hit, with 37 of them", "Bryansk bore the brunt, with 40 drones downed" (the rows
    # after it, "followed by Kursk with 22", are ``_WITH_ROW``)
    rf"|(?P<brunt>{_RANKING_HEAD}),?\s+with)"
    rf"\s+{_QUALIFIER_EN}(?P<n>{_FIGURE})(?![\w-])"
    r"(?:\s+(?:drones?|UAVs?))?(?:\s+(?P<down>downed|destroyed|intercepted|shot\s+down)"
    r"(?:\s+(?:overnight|last\s+night|on\s+[A-Z][a-z]+day|in\s+the\s+night))?)?"
    # the drones it is of, or the row ends there: never "saw 12 of the injured", "took 3 hours"
    rf"(?:(?P<of>{_OF_THEM})|(?=\s*(?:[,.;)]|$|and\s|while\s|with\s)))"
)
#: "Of the 95 drones ... , Bryansk took 40": the drones the shares are of, opening the sentence.
_OF_THE_TOTAL = re.compile(r"^\W*Of\s+(?:the\s+)?\d{1,4}\s")
#: A row after a share that elides its verb: ", Kursk 30", ", the Moscow region 25 and
#: Belgorod 24", "; Tula, 11; and Ryazan, 10".
_ELIDED_ROW = re.compile(
    rf"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+){_AREA_EN},?\s+{_QUALIFIER_EN}(?P<n>{_FIGURE})(?![\w-])"
    r"(?=\s*(?:[,.;)]|$|and\s))"
)


#: A row after a share that names its region's figure with "with": "..., followed by Kursk with
#: nine and Belgorod with five".
_WITH_ROW = re.compile(
    rf"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:followed\s+by\s+)?{_AREA_EN}\s+with\s+"
    rf"{_QUALIFIER_EN}(?P<n>{_FIGURE})(?![\w-])(?:\s+(?:drones?|UAVs?))?"
    r"(?=\s*(?:[,.;)]|$|and\s))"
)


def share_subject_line(sentence: str) -> bool:
    """Tell whether a sentence gives a region its share as the subject of a verb of share
    ("Kursk saw 31 of them"): the sentence gate reads it as one about drones shot down when
    the text has named drones."""
    return _has_share_verb(sentence) and any(
        _is_share(m, sentence) for m in SHARE_SUBJECT.finditer(sentence)
    )


#: The verbs of ``SHARE_SUBJECT`` as plain words: a sentence without one needs no search.
_SHARE_VERBS = (
    " account",
    " took ",
    " saw ",
    " received ",
    " had ",
    " hit",
    " target",
    " affected",
    "brunt",
    " led ",
    " topped ",
)


def _has_share_verb(sentence: str) -> bool:
    """Whether a sentence holds one of the verbs of share (a cheap test before the pattern)."""
    return any(v in sentence for v in _SHARE_VERBS)


def _is_share(m: re.Match[str], sentence: str) -> bool:
    """Whether a ``SHARE_SUBJECT`` match is a share of drones: "accounted for" and "the worst
    hit, with" alone are; "saw", "took" need the drones it is of after the figure or at the
    sentence's head."""
    return bool(m["acc"] or m["brunt"] or m["of"] or m["down"] or _OF_THE_TOTAL.match(sentence))


def rule_share_subject(r: Reading) -> None:
    """ "Bryansk accounted for 24 of them", "Kursk saw 31 of them, Belgorod 20 and the Moscow
    region 12": a region (or a sea), the subject of a verb of share, and its figure; the rows
    after it that elide the verb are their regions' figures too (``accounted_for``). The
    drones they share stay the report's total."""
    if not r.english or not _has_share_verb(r.text):
        return
    for m in SHARE_SUBJECT.finditer(r.text):
        if not _is_share(m, r.text) or _claim_share(r, m) is None:
            continue
        if m["whole"]:  # "with 37 of the 92 drones": the drones the shares are of
            r.total(Count(int(m["whole"]), r.base + m.start("whole"), r.base + m.end("whole")), 1)
        at = m.end()
        while (
            row := _ELIDED_ROW.match(r.text, at) or _WITH_ROW.match(r.text, at)
        ) is not None and _claim_share(r, row):
            at = row.end()


def _claim_share(r: Reading, m: re.Match[str], rule: str = "accounted_for") -> Resolved | None:
    """Claim a share's region with its figure (the match's ``name`` and ``n``); None when the
    name is no region or sea, the figure no number, or an earlier rule read the span."""
    value = figure_value(m["n"])
    if value is None or m["name"].split()[0] in vocab.EN_STOP:
        return None
    a, b = r.base + m.start("name"), r.base + m.end()
    if any(a < c.evidence[1] and c.evidence[0] < b for c in r.facts.claims):
        return None  # (read by an earlier rule: "the Sea of Azov (14)")
    place = english_area(m["name"], r.ctx.region)
    if place is None:
        return None
    qualifier: Qualifier = "approx" if m["approx"] else "at_least" if m["least"] else "exact"
    _claim_named(r, m, place, value, rule, qualifier)
    return place


def fell_to_line(sentence: str) -> bool:
    """Tell whether a sentence gives a region its share with "пришлось на" (the sentence gate
    reads it as one about drones shot down when the text has named drones)."""
    return "пришл" in sentence and bool(
        _FELL_TO.search(sentence) or _FELL_TO_FRONTED.search(sentence)
    )


def rule_elided_shares(r: Reading) -> None:
    """ "The Bryansk region accounted for 20 of them, the Kursk region for 14 and the Oryol
    region for nine": the rows after an "accounted for" row share its verb, each its region's
    figure (``accounted_for``)."""
    if not r.english or "account" not in r.low:
        return
    # (the first row may set a relative clause between its region and "accounted for": "The
    # Tver region, where ..., accounted for 18, ... and the Smolensk region for 12")
    first = ACCOUNTED_FOR.search(r.text) or next(
        (m for m in SHARE_SUBJECT.finditer(r.text) if m["acc"]), None
    )
    if first is None:
        return
    for m in _FOR_ROW.finditer(r.text, first.end()):
        value = figure_value(m["n"])
        place = find_any_place([m["name"]], r.ctx.region) if value is not None else None
        if value is None or place is None or place.kind != "region":
            continue
        qualifier: Qualifier = "approx" if m["approx"] else "at_least" if m["least"] else "exact"
        _claim_named(r, m, place, value, "accounted_for", qualifier)


#: The head of a tally that names no verb: "The tally:", "Tally by region —", "By region:",
#: "The regional breakdown:"; a dash or a colon after it opens the rows.
TALLY_HEAD = re.compile(
    r"^\W*(?:(?:[Tt]he\s+)?(?:[Rr]egional\s+)?(?:[Tt]ally|[Bb]reakdown)(?:\s+by\s+region)?"
    r"|[Bb]y\s+region)\s*(?::|\s[—–-])\s*"
)
#: One row of such a tally: a region or a sea and its figure, nothing after the figure: "Belgorod
#: 12", "the Kursk region, 7", "Crimea about 6" (never "Kursk 2024", a year: four digits).
_TALLY_ROW = re.compile(
    rf"{_AREA_EN},?\s+{_QUALIFIER_EN}(?P<n>\d{{1,3}}|[a-z]+(?:-[a-z]+)?)(?![\w-])"
    r"(?=\s*(?:[,.;]|$|and\s))"
)
#: What parts two rows: a comma or a semicolon, "and" or both.
_TALLY_SEP = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")


def tally_line(sentence: str) -> bool:
    """Tell whether a sentence is a tally of regions and figures with no verb ("The tally:
    Belgorod 12, Kursk 7"): after a sentence that named drones, its rows are drones downed."""
    head = TALLY_HEAD.match(sentence)
    return head is not None and _TALLY_ROW.match(sentence, head.end()) is not None


def rule_verbless_tally(r: Reading) -> None:
    """ "The tally: Belgorod 12, Kursk 7, Bryansk 6", "By region — Rostov 10; Crimea 6": a head
    that says a tally follows, then rows of a region (or a sea) and its figure, the verb of
    the sentence before elided. Each row is its region's figure (``tally_row``); the rows run
    while each names a place the gazetteer knows."""
    if not r.english or not r.interception or (head := TALLY_HEAD.match(r.text)) is None:
        return
    at = head.end()
    while (m := _TALLY_ROW.match(r.text, at)) is not None:
        if _claim_share(r, m, "tally_row") is None:
            return
        if (sep := _TALLY_SEP.match(r.text, m.end())) is None:
            return
        at = sep.end()


def rule_fell_to(r: Reading) -> None:
    """ "17 пришлось на Брянскую область, восемь — на Курскую, остальные — на Орловскую": a
    region's share of the drones shot down (``accounted_for``), the rows after it with a dash
    for the verb, and the rest (``rest_of_count``)."""
    if r.english or "пришл" not in r.low:
        return
    first = _FELL_TO.search(r.text) or _FELL_TO_FRONTED.search(r.text)
    if first is None:
        return
    whole = _OF_TOTAL.search(r.text, 0, first.start())
    value = figure_value(whole["n"]) if whole else None
    if whole is not None and value is not None:
        r.total(Count(value, r.base + whole.start("n"), r.base + whole.end("n")), 1)
    rows = [first, *_DASH_ROW.finditer(r.text, first.end())]
    for m in rows:
        value = figure_value(m["n"])
        place = _region(m["name"], r) if value is not None else None
        if value is None or place is None or place.kind != "region":
            continue
        qualifier: Qualifier = "at_least" if m.groupdict().get("least") else "exact"
        _claim_row(r, m, place, value, qualifier)
    for m in _REST_ROW.finditer(r.text, first.end()):
        place = _region(m["name"], r)
        if place is not None and place.kind == "region":
            a, b = r.base + m.start("name"), r.base + m.end()
            r.claim(None, place, None, (a, b), "rest_of_count")


def _claim_row(r: Reading, m: re.Match[str], place: Resolved, value: int, q: Qualifier) -> None:
    """Claim a share row whose figure may come before its region ("17 пришлось на ..."): the
    span covers both; no other rule reads them again."""
    a, b = r.base + min(m.start("n"), m.start("name")), r.base + m.end()
    count = Count(value, r.base + m.start("n"), r.base + m.end("n"), q)
    r.claim(None, place, count, (a, b), "accounted_for")
    _used(r, a, b)


def _region(accusative: str, r: Reading) -> Resolved | None:
    """The region a name in the accusative after "на" names: "Брянскую область" and the bare
    "Брянскую" are "Брянская область", "Республику Крым" is "Республика Крым"; "Краснодарский
    край" and "Подмосковье" are written as in the nominative."""
    first, *rest = accusative.split()
    if first.lower() == "республику":
        name = " ".join(("Республика", *rest))
    elif first.endswith("ую"):
        name = f"{adjective_nominative(first, 'femn')} область"
    else:
        name = accusative
    return find_any_place([name], r.ctx.region)
