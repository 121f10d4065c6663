"""Rules over one sentence: small named functions that :func:`read_sentence` runs in the order of ``RULES``.

A sentence is read as marks (counts, place groups, Moscow targets) and cut into list items at
separators that lie outside place groups (:class:`Reading`). Every rule has the same
signature, ``rule(reading) -> None``: it looks at the items no earlier rule has settled,
adds claims, report-total candidates or context to ``reading.facts``, and settles the items
it used. A claim's ``rule`` names the rule that made it; ``python -m parsing --explain``
prints the rules in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from geo.area_ids import is_combined, is_sea
from parsing import vocab
from parsing.counts import Count, find_counts
from parsing.lookup import Resolved, find_any_place
from parsing.model import Claim, Qualifier
from parsing.numbers import find_numbers, words_value
from parsing.places import (
    Group,
    ambiguous,
    context_region,
    find_groups,
    find_targets,
    speaker_region,
)
from parsing.text import lower


@dataclass(slots=True)
class TotalCandidate:
    """A count that may be the report's total; lower priority wins."""

    value: int
    qualifier: Qualifier
    priority: int
    start: int
    end: int
    foreign: bool = False  # its item names a place the gazetteer does not know ("over Kyiv")


@dataclass(slots=True)
class SentenceFacts:
    """What one sentence contributes to a report."""

    claims: list[Claim] = field(default_factory=list)
    target_claims: list[Claim] = field(default_factory=list)  # counts of drones bound for Moscow
    totals: list[TotalCandidate] = field(default_factory=list)
    timestamped: bool = False  # a mayor's "04:42. ..." line: never a retelling
    attempt: Count | None = None
    #: what was read but not decided: (why, span), e.g. a place name of several regions
    doubts: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    #: the region in context while the sentence was read (named by its head noun in it or before
    #: it, or by an earlier figure): a town of that region named alone is no guess
    region: str | None = None
    #: it states a running total ("количество сбитых беспилотников достигло 25"): its own report
    running: bool = False


@dataclass(slots=True)
class Context:
    """What earlier sentences leave for later ones."""

    region: str | None = None
    attempt: tuple[Count, list[Group]] | None = None
    had_claims: bool = False
    drone_seen: bool = False
    sea: str | None = None  # the sea last named ("над акваторией" alone means it)
    #: the last weapon named was no drone ("drones and a Neptune missile"): a following
    #: sentence naming no weapon ("The latter was shot down over ...") is about it
    other_last: bool = False


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place mention the gazetteer resolved."""

    place: Resolved
    start: int
    end: int


@dataclass(slots=True)
class ListItem:
    """One list item: the marks between two separators, and what the rules made of it."""

    start: int
    end: int
    sep: str  # the separator before it
    counts: list[Count] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    targets: list[tuple[int, int]] = field(default_factory=list)
    placed: list[PlaceMention] = field(default_factory=list)
    #: the count this item's places take (its first count until a rule says otherwise)
    count: Count | None = None
    settled: bool = False  # a rule has used this item
    claims: list[int] = field(default_factory=list)  # indexes into facts.claims it produced


@dataclass(slots=True)
class Reading:
    """One sentence being read: its text, offset, flags, items, and what the rules found."""

    text: str
    low: str
    base: int
    english: bool
    interception: bool
    damage: bool
    total_mark: bool
    ctx: Context
    groups: list[Group]
    items: list[ListItem]
    facts: SentenceFacts = field(default_factory=SentenceFacts)

    def of(self, it: ListItem) -> str:
        """The text of one item."""
        return self.text[it.start - self.base : it.end - self.base]

    def open_items(self) -> list[tuple[int, ListItem]]:
        """The items no rule has settled yet, with their positions."""
        return [(i, it) for i, it in enumerate(self.items) if not it.settled]

    def claim(
        self,
        it: ListItem | None,
        place: Resolved,
        count: Count | None,
        span: tuple[int, int],
        rule: str,
    ) -> None:
        """Add a claim made from item ``it`` (None for a whole-sentence rule)."""
        if it is not None:
            it.claims.append(len(self.facts.claims))
        self.facts.claims.append(_claim(place, count, span, rule, self.english))

    def total(self, c: Count, priority: int) -> None:
        """Add a candidate for the report's total."""
        self.facts.totals.append(TotalCandidate(c.value, c.qualifier, priority, c.start, c.end))


def _claim(
    place: Resolved, count: Count | None, span: tuple[int, int], rule: str, english: bool
) -> Claim:
    return Claim(
        area_id=place.area_id,
        area=place.area_en if english else place.area_ru,
        count=count.value if count is not None else None,
        qualifier=count.qualifier if count is not None else "exact",
        evidence=span,
        district_id=place.district_id,
        district=(place.district_en if english else place.district_ru),
        rule=rule,
    )


def _combined(places: list[Resolved], english: bool) -> Resolved:
    ids = sorted({p.area_id for p in places})
    names = [p.area_en if english else p.area_ru for p in sorted(places, key=lambda p: p.area_id)]
    return Resolved("+".join(ids), " + ".join(names), " + ".join(names), "combined")


def _span(*spans: tuple[int, int]) -> tuple[int, int]:
    return min(s[0] for s in spans), max(s[1] for s in spans)


# ---------------------------------------------------------------- items

_SEP = re.compile(
    # a colon between digits is a clock ("в 05:20 сбит"), no list
    r"[;\n▫▪•]|(?<!\d):|:(?!\d)|,(?!\d)|\s(?:и|а\s+также|and|as\s+well\s+as|in\s+addition\s+to|plus|но|однако|but|while|whereas)\s",
    re.IGNORECASE,
)


_VERB_BEFORE = re.compile(
    rf"(?:{vocab.VERB_STEM_RU})\w*\s*$|(?:intercepted|destroyed|downed|shot\s+down|suppressed)\s*$"
    # any past participle or verb before an interception verb: "обнаружен и уничтожен",
    # "обнаружили и сбили", "was detected and destroyed"
    r"|(?<![\w-])[а-я]{3,}(?:ен|ан|ены|ана|ано|ена|ено|аны|ил|ила|или|ал|ала|али)\s*$"
    r"|(?<![\w-])(?:was|were)\s+[a-z]{3,}ed\s*$"
)
_VERB_AFTER = re.compile(
    rf"\s*(?:{vocab.VERB_STEM_RU})|\s*(?:intercepted|destroyed|downed|shot\s+down|suppressed)\b"
)


def split_items(s: str, base: int, groups: list[Group]) -> list[ListItem]:
    """Split a sentence into list items at separators outside place groups; "и"/"and" between
    two verbs ("перехвачены и уничтожены", "intercepted and destroyed") joins them, it is no cut."""
    cuts: list[tuple[int, int, str]] = []
    low = s.lower()
    for m in _SEP.finditer(s):
        a = base + m.start()
        if any(g.start <= a < g.end for g in groups):
            continue
        if (
            m.group().strip().lower() in ("и", "and")
            and _VERB_AFTER.match(low, m.end())
            and _VERB_BEFORE.search(low, max(0, m.start() - 24), m.start())
        ):
            continue
        cuts.append((base + m.start(), base + m.end(), m.group().strip().lower()))
    items = []
    prev_end, prev_sep = base, ""
    for a, b, sep in cuts:
        items.append(ListItem(prev_end, a, prev_sep))
        prev_end, prev_sep = b, sep
    items.append(ListItem(prev_end, base + len(s), prev_sep))
    return items


def _fill(
    items: list[ListItem], counts: list[Count], groups: list[Group], targets: list[tuple[int, int]]
) -> list[ListItem]:
    """Give each item its marks; a target without a count joins the count just before it
    ("..., летевших на Москву"); a subset with no place of its own is dropped ("в том числе
    три, летевших на Москву" is part of a row already counted)."""
    for it in items:
        it.counts = [c for c in counts if it.start <= c.start < it.end]
        it.groups = [g for g in groups if it.start <= g.start < it.end]
        it.targets = [t for t in targets if it.start <= t[0] < it.end]
    for k, it in enumerate(items):
        if (
            it.targets
            and not it.counts
            and not it.groups
            and k > 0
            and items[k - 1].counts
            and not items[k - 1].groups
        ):
            items[k - 1].targets.extend(it.targets)
            it.targets = []
    kept = [it for it in items if it.counts or it.groups or it.targets or it.sep in ("и", "and")]
    for it in kept:
        it.placed = [
            PlaceMention(m.place, m.start, m.end)
            for g in it.groups
            for m in g.mentions
            if m.place is not None
        ]
        it.counts = [c for c in it.counts if not c.subset or it.placed]
        it.count = it.counts[0] if it.counts else None
    return kept


# ---------------------------------------------------------------- rules

_PAREN = re.compile(
    rf"(?P<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)\s*\(\s*(?:(?P<n>[\w-]+(?:\s[\w-]+)?)\s+(?:{vocab.DRONE_EN})|(?P<bare>\d{{1,3}}))\s*\)",
    re.IGNORECASE,
)


#: "Белгородский район (2), Шебекинский городской округ (3)": a name in the nominative, its
#: number in parentheses.
_PAREN_RU = re.compile(
    r"(?P<name>[А-ЯЕ][а-яе-]+(?:ий|ый|ой|ая)\s+(?:(?:городской|муниципальный)\s+)?"
    r"(?:район|округ|область|край)|[А-ЯЕ][а-яе]+(?:-[А-Яа-яе]+)*)"
    r"\s*\(\s*(?P<bare>\d{1,3})(?:\s+(?:бпла|беспилотник\w*|дрон\w*|БПЛА))?\s*\)"
)


def rule_paren_count(r: Reading) -> None:
    """ "Belgorod (four drones), ... and Kaluga (six drones) regions", "Белгородский район (2),
    Шебекинский округ (3)": counts in parentheses after the names they belong to."""
    # a bare number in parentheses after a name counts only in a sentence that shoots drones down
    if "(" not in r.text:
        return  # (the pattern needs a parenthesis; its scan is slow, the test is not)
    if not r.english:
        if r.interception:
            _paren_ru(r)
        return
    for m in _PAREN.finditer(r.text):
        if not m["name"][0].isupper() or (m["bare"] and not r.interception):
            continue
        n = m["n"] or m["bare"]
        value = int(n) if n.isdigit() else words_value(n)
        if value is None:
            continue
        place = find_any_place([f"{m['name']} Region", m["name"]], None)
        if place is None:
            continue
        a, b = r.base + m.start(), r.base + m.end()
        r.claim(None, place, Count(value, a, b), (a, b), "paren_count")
        _used(r, a, b)


def _paren_ru(r: Reading) -> None:
    for m in _PAREN_RU.finditer(r.text):
        place = find_any_place([m["name"]], r.ctx.region)
        if place is None:
            continue
        a, b = r.base + m.start(), r.base + m.end()
        r.claim(None, place, Count(int(m["bare"]), a, b), (a, b), "paren_count")
        _used(r, a, b)


def _used(r: Reading, a: int, b: int) -> None:
    """The name and the number between ``a`` and ``b`` are used: no other rule reads them again."""
    for it in r.items:
        it.counts = [c for c in it.counts if not a <= c.start < b]
        it.count = it.counts[0] if it.counts else None
        it.placed = [p for p in it.placed if not a <= p.start < b]


def rule_fronted_place(r: Reading) -> None:
    """ "In Rostov-on-Don, two drones were shot down": a sentence's first item names a place
    without a count and the clause after its comma has the count."""
    if len(r.items) < 2 or not r.interception:
        return
    first, nxt = r.items[0], r.items[1]
    if (
        first.settled
        or not first.placed
        or first.count is not None
        or nxt.sep != ","
        or nxt.groups
        or nxt.targets
    ):
        return
    if nxt.count is None or nxt.count.subset or nxt.count.attempt:
        return
    first.count = nxt.count
    nxt.counts = nxt.counts[1:]
    nxt.count = nxt.counts[0] if nxt.counts else None


_VERB_START = re.compile(rf"\s*(?:(?:еще|ещё)\s|(?:{vocab.VERB_STEM_RU}))", re.IGNORECASE)
_VERB_AHEAD = re.compile(rf"\s*(?:еще|ещё)?\s*\w*(?:{vocab.VERB_STEM_RU})", re.IGNORECASE)
#: "... и ещё девять перехвачены над Крымом": "ещё", the count, then its verb.
_MORE_THEN_VERB = re.compile(
    rf"\s*(?:еще|ещё)\s+[\w-]+\s+(?:(?:был[иао]?|бпла|дрон\w*|беспилотник\w*)\s+)?\w*(?:{vocab.VERB_STEM_RU})",
    re.IGNORECASE,
)


def rule_sum_verbs(r: Reading) -> None:
    """ "уничтожены пять и перехвачены три" (8), "восемнадцать уничтожены и ещё девять
    перехвачены над Крымом" (27): a count without a place joined by "и" to a clause that starts
    with another interception verb and its count (or with "ещё", the count and its verb) is one
    figure."""
    for i, it in r.open_items():
        if it.count is None or it.placed or it.groups:
            continue
        nxt = r.items[i + 1] if i + 1 < len(r.items) else None
        if (
            nxt is not None and nxt.sep in ("и", "and") and nxt.count is not None and not nxt.count.subset
            and not any(c.attempt for c in it.counts)
            and (_VERB_AHEAD.match(r.of(nxt)) or _MORE_THEN_VERB.match(r.of(nxt)))
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


def rule_not_over_russia(r: Reading) -> None:
    """ "в зоне проведения СВО сбиты 30 БПЛА", "над Киевом сбиты 10 дронов": items over the
    front or over a foreign place give no claim and no total."""
    for _i, it in r.open_items():
        if vocab.SVO_ZONE_RE.search(r.low, it.start - r.base, it.end - r.base) or any(
            m.foreign for g in it.groups for m in g.mentions
        ):
            it.settled = True


#: A clause that says the speaker did not name something: "did not mention the attacks in X",
#: "не уточнили, в каком районе", "не сообщил о ...".
_NOT_SAID = re.compile(
    r"(?<![\w-])(?:did\s+not|didn't|does\s+not|doesn't|has\s+not|hasn't)\s+(?:\w+\s+)?"
    r"(?:mention|say|name|specify|report|comment)\w*"
    r"|(?<![\w-])не\s+(?:упомина|упомяну|упомяне|назва|называ|уточня|уточни|сообщ|коммент)\w*",
    re.IGNORECASE,
)


def rule_not_said(r: Reading) -> None:
    """ "The statement did not mention the strikes on Krasnodar, but said ...": places in a clause
    that says the speaker did not name or report something give no claim."""
    for _i, it in r.open_items():
        if it.placed and _NOT_SAID.search(r.low, it.start - r.base, it.end - r.base):
            it.settled = True


_REPELLED = re.compile(
    r"(?<![\w-])(?:отражен\w*|отрази\w*|отбит\w*|repelled|repulsed)", re.IGNORECASE
)


def rule_attempt(r: Reading) -> None:
    """ "попытка атаки с применением четырёх БПЛА": the number launched is no area's figure,
    only the report's total of last resort (and "все уничтожены" may take it later); an
    attack the sentence says was repelled is an ordinary count."""
    repelled = bool(_REPELLED.search(r.low))
    for _i, it in r.open_items():
        c = it.count
        if c is None or not c.attempt or (not it.placed and it.targets):
            continue
        if repelled:
            c.attempt = (
                False  # "отразили атаку на X, совершенную с помощью двух БПЛА": both shot down
            )
            continue
        if not c.attack:  # the drones an attack was made with are no total, even of last resort
            r.total(c, 3)
        r.facts.attempt = c
        it.count = None
        if not it.placed:
            it.settled = True


#: "..., 4 из которых подавлены", "..., 12 of which were shot down": the part of a count before.
_OF_WHICH = re.compile(r"\s*(?:из\s+(?:которых|них)|of\s+(?:which|them))(?![\w-])", re.IGNORECASE)


def rule_of_which(r: Reading) -> None:
    """ "в округе совершены атаки восьми беспилотников, три из которых сбиты": after a count of
    the drones an attack was made with, "N из которых"/"N of which" and an interception verb
    is the figure for the attack's places."""
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
        it.count = nxt.count
        nxt.settled = True


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


#: After an aerial-target count: "..., в том числе 10 беспилотников", ", including 10 drones".
_DRONES_AMONG = re.compile(
    r"\s*,\s*(?:в\s+том\s+числе|из\s+них|including|of\s+which)\s+(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:украинск\w+\s+|ukrainian\s+)?(?:беспилотн|бпла|дрон|drones?|uavs?)",
    re.IGNORECASE,
)


def rule_not_drones(r: Reading) -> None:
    """ "в Черном море уничтожены три безэкипажных катера", "над Крымом сбиты две ракеты":
    an item that names uncrewed boats, missiles, rockets or guided bombs and no aerial drone
    gives no claim and no total. "Воздушные цели" are the drones only in a sentence that names
    drones ("сбиты 25 воздушных целей в ходе отражения налета БПЛА")."""
    drones_named = bool(vocab.DRONE_RE.search(vocab.NAVAL_RE.sub(_blank, r.low)))
    for _i, it in r.open_items():
        low = lower(r.of(it))
        masked = vocab.NAVAL_RE.sub(_blank, low)
        if it.count is not None and vocab.AERIAL_TARGET_RE.match(r.low, it.count.end - r.base + 1):
            # "12 воздушных целей, в том числе 10 беспилотников": the drones are the 10
            sub = _DRONES_AMONG.match(r.low, it.end - r.base)
            if sub is not None:
                n = find_numbers(sub["n"])
                if n:
                    at = r.base + sub.start("n")
                    it.count = Count(n[0].value, at + n[0].start, at + n[0].end, drone=True)
                    it.counts = [it.count, *it.counts[1:]]
                    continue
        if vocab.DRONE_RE.search(masked):
            continue
        if (
            vocab.NAVAL_RE.search(low)
            or vocab.NOT_DRONE_WEAPON_RE.search(low)
            or (vocab.AERIAL_TARGET_RE.search(low) and not drones_named)
        ):
            it.settled = True


_PLACE_FIRST = re.compile(
    # "... and the rest over X and Y": the remainder has a figure of its own, it shares none
    r"\s*(?:над|в|во|на|акватори\w*|территори\w*|over|in|above|the(?!\s+(?:rest|others?|remaining|remainder)\b))(?![\w-])",
    re.IGNORECASE,
)


#: An airport named before a place: "flights were halted at airports in Kazan and Nizhnekamsk".
_AIRPORT_BEFORE = re.compile(
    r"(?:airports?|аэропорт\w*)\s+(?:(?:in|of|at|near|в|во|у)\s+)?(?:the\s+)?$"
)


def rule_airport_places(r: Reading) -> None:
    """ "Flights were halted at airports in Kazan and Nizhnekamsk after drones were downed over
    Tatarstan": places named as an airport's are where flights stopped, not where drones were
    shot down; they give no claim."""
    for _i, it in r.open_items():
        for g in it.groups:
            if _AIRPORT_BEFORE.search(r.low, max(0, g.start - r.base - 30), g.start - r.base):
                it.placed = [p for p in it.placed if not g.start <= p.start < g.end]


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
        ):  # fmt: skip
            continue
        for c, p, item in ((it.count, nxt.placed[0], it), (nxt.count, nxt.placed[1], nxt)):
            r.claim(item, p.place, c, _span((c.start, c.end), (p.start, p.end)), "respectively")
        it.settled = nxt.settled = True


_NAME_REGION_EN = re.compile(
    r"\s*(?:the\s+)?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:[Rr]egion|[Oo]blast|[Kk]rai|[Rr]epublic)(?![\w-])"
)


def rule_region_after_clause(r: Reading) -> None:
    """ "over the Bryansk region, close to the border, and the Kursk region": after a clause
    that interrupts a list of places, "and the X region" goes on with the list (the same
    preposition, the same count or "one each")."""
    if not r.english:
        return
    for i, it in r.open_items():
        if i == 0 or it.groups or it.sep != "and" or not any(p.placed for p in r.items[:i]):
            continue
        m = _NAME_REGION_EN.match(r.of(it))
        place = find_any_place([f"{m['name']} Region", m["name"]], None) if m else None
        if m is None or place is None or place.kind != "region":
            continue
        it.placed.append(PlaceMention(place, it.start + m.start("name"), it.start + m.end()))


#: A wider area before "и": "над регионами России и ...", "over several regions and ...".
_WIDER_BEFORE = re.compile(
    r"(?:над|в|по|на|over|in|across)\s+(?:[\w-]+\s+){0,2}?(?:регион(?:ами|ах|ов)|област(?:ями|ях)|"
    r"территори(?:ями|ях)|субъект(?:ами|ах)|regions)(?:\s+(?:россии|рф|страны|of\s+russia))?\s+(?:и|and)\s+$"
)


def rule_wider_area(r: Reading) -> None:
    """ "над регионами России и над Черным морем уничтожены 40": a count whose places follow a
    wider area joined by "и" is the report's figure for all of it; the places named get none."""
    for _i, it in r.open_items():
        if (
            it.count is None or it.count.each or not it.placed or it.sep not in ("и", "and")
            or not _WIDER_BEFORE.search(r.low, 0, it.start - r.base)
        ):  # fmt: skip
            continue
        for p in it.placed:
            r.claim(it, p.place, None, (p.start, p.end), "list_without_counts")
        r.total(it.count, 1 if r.total_mark else 2)
        it.settled = True


def rule_shared_count(r: Reading) -> None:
    """ "сбиты 12 БПЛА над Краснодарским краем и акваторией Черного моря": places after "и"
    with no count, verb or target of their own share the count of the item before them (one
    figure for all the places, never the first place's alone); so do places before "и" whose
    item has no count, when the item after it has the count ("над X и акваторией Y сбиты 15")."""
    items = r.items
    for i, it in r.open_items():
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is not None and r.text[it.end - r.base : nxt.start - r.base].strip().lower() not in (
            "и",
            "and",
        ):
            continue  # only places joined by "и" right before the count's item
        if (
            it.placed and not it.counts and not it.targets and nxt is not None and not nxt.settled
            and nxt.sep in ("и", "and") and nxt.placed and nxt.count is not None
            and not nxt.count.each and _PLACE_FIRST.match(r.of(nxt))
        ):  # fmt: skip
            nxt.placed[:0] = it.placed
            nxt.start = it.start
            it.settled = True
    for i, it in r.open_items():
        if it.count is None or it.count.each or not it.placed:
            continue
        k = i + 1
        while k < len(items):
            nxt = items[k]
            if (
                nxt.settled or nxt.sep not in ("и", "and") or not nxt.placed or nxt.counts
                or nxt.targets or not _PLACE_FIRST.match(r.of(nxt))
            ):  # fmt: skip
                break
            it.placed.extend(nxt.placed)
            it.end = nxt.end
            nxt.settled = True
            k += 1


def rule_places(r: Reading) -> None:
    """Pair each item's places with its count: one place (``count_over_place``), "по N" for
    each (``distributive``, also carried to the next items that have places and no count),
    two areas one of which is a sea (``combined_area``), a region with its districts (the
    count for the region), a flat list (``list_without_counts``: the count is the report's),
    or no count (``place_without_count``)."""
    prev_each: Count | None = None
    for _i, it in enumerate(r.items):
        if it.settled:
            if any(m.foreign for g in it.groups for m in g.mentions):
                prev_each = None
            continue
        if not it.placed:
            if it.count is not None:
                prev_each = None
            continue
        count = it.count
        if count is None and prev_each is not None and it.sep in (",", "а также", "и", "and"):
            count = prev_each  # "по одному – над Смоленской областью, а также акваториями ..."
        _pair(r, it, count)
        it.settled = True
        prev_each = count if count is not None and count.each else None


def _pair(r: Reading, it: ListItem, count: Count | None) -> None:
    placed = it.placed
    if count is None:
        if r.interception or r.damage:
            for p in placed:
                if r.interception or p.place.district_id is not None:
                    # a region named beside damage is not a claim; a town hit is
                    r.claim(it, p.place, None, (p.start, p.end), "place_without_count")
        return
    cspan = (count.start, count.end)
    one = "sum_verbs" if count.summed else "count_over_place"
    if count.each:
        for p in placed:
            r.claim(it, p.place, count, _span(cspan, (p.start, p.end)), "distributive")
        return
    if len(placed) == 1:
        p = placed[0]
        r.claim(it, p.place, count, _span(cspan, (p.start, p.end)), one)
        return
    regions = [p for p in placed if p.place.district_id is None]
    if len(regions) == 1 and all(p.place.area_id == regions[0].place.area_id for p in placed):
        # "над Калужской областью сбиты 3 БПЛА — в Людиновском и Кировском районах": the
        # region's figure; the districts inside it are where they fell, without a figure
        for p in placed:
            if p is regions[0]:
                r.claim(it, p.place, count, _span(cspan, (p.start, p.end)), one)
            else:
                r.claim(it, p.place, None, (p.start, p.end), "place_without_count")
        return
    places = [p.place for p in placed]
    if len(placed) == 2 and any(p.area_id.startswith("SEA-") for p in places):
        span = _span(cspan, (placed[0].start, placed[-1].end))
        r.claim(it, _combined(places, r.english), count, span, "combined_area")
        return
    # "над территориями Белгородской, Брянской и Курской областей уничтожены 40 БПЛА":
    # the regions as named, the figure at report level, never split.
    for p in placed:
        r.claim(it, p.place, None, (p.start, p.end), "list_without_counts")
    r.total(count, 1 if r.total_mark else 2)


_DASH_MORE = re.compile(r"[–—-]\s*(?:еще|ещё|another)\s", re.IGNORECASE)


def rule_added_count(r: Reading) -> None:
    """ "... уничтожены пять БПЛА и еще три перехвачены": a count without a place after "и"
    and another verb (or "ещё") adds to the counted claim just before it."""
    for i, it in r.open_items():
        if it.count is None or it.placed or it.groups or it.targets:
            continue
        joined = it.sep in ("и", "and") and _VERB_START.match(r.of(it))
        # ", ещё четыре были подавлены средствами РЭБ": "ещё" adds to the figure before it
        # "..., в 05:45 — ещё два": the dash stands for the verb of the clause before
        more = (
            it.sep == ","
            and it.count.extra
            and (_VERB_AHEAD.search(r.of(it)) or _DASH_MORE.search(r.of(it)))
        )
        if not (joined or more):
            continue
        before = [k for prev in r.items[:i] for k in prev.claims]
        if not before:
            continue
        k = max(before)
        last = r.facts.claims[k]
        if last.count is None:
            continue
        span = _span(last.evidence, (it.count.start, it.count.end))
        r.facts.claims[k] = replace(
            last, count=last.count + it.count.value, evidence=span, rule="added_count"
        )
        it.claims.append(k)
        it.settled = True


_MOSCOW = Resolved("RU-MOW", "Москва", "Moscow", "region")


def rule_moscow_target(r: Reading) -> None:
    """ "сбиты три беспилотника, летевших на Москву": the mayor's count for the city (the
    ministry's is a subset of a row; ``segment.build`` decides)."""
    for _i, it in r.open_items():
        if it.count is None or not it.targets:
            continue
        c = it.count
        if r.total_mark:
            r.total(c, 0)
        else:
            span = _span((c.start, c.end), it.targets[0])
            r.facts.target_claims.append(_claim(_MOSCOW, c, span, "moscow_target", r.english))
        it.settled = True


def rule_unplaced_total(r: Reading) -> None:
    """ "перехвачены и уничтожены 55 БПЛА:", "Всего ... 15 дронов": a drone count with no
    place is a candidate for the report's total (an explicit "всего" first)."""
    for _i, it in r.open_items():
        c = it.count
        if c is None or it.placed:
            continue
        if (
            (c.drone or c.running)
            and (r.interception or r.total_mark)
            and not c.each
            and not c.extra
        ):
            r.total(c, 0 if r.total_mark else 2)
        it.settled = True


#: "..., остальные подавлены средствами РЭБ", "the rest were jammed": the remainder shot down too.
_REST_DOWN = re.compile(
    rf"(?<![\w-])(?:остальн\w+|оставш\w+|the\s+(?:rest|others|remaining))\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:(?:{vocab.VERB_STEM_RU})|(?:were\s+)?(?:intercepted|destroyed|suppressed|jammed|shot|downed))",
)


def rule_all_destroyed(r: Reading) -> None:
    """ "Все беспилотники уничтожены" (or some of them and "остальные подавлены", the rest too):
    all of those in the attempt preamble, over its one place;
    "БПЛА уничтожен", "три БПЛА сбиты" without a place after it: that figure (never more than
    the attempt's), over the preamble's one place."""
    facts = r.facts
    if facts.claims or r.ctx.attempt is None:
        return
    count, pre_groups = r.ctx.attempt
    # "Два из них сбиты, остальные подавлены РЭБ": some shot down and the rest too, all of them
    rest = r.interception and not r.groups and bool(_REST_DOWN.search(r.low))
    if not rest and not vocab.ALL_DESTROYED_RE.search(r.low):
        shot = [
            it.count
            for it in r.items
            if it.count is not None and not it.groups and it.count.drone and not it.count.attempt
        ]
        if not r.interception or r.groups or len(shot) != 1 or shot[0].value > count.value:
            return
        count = shot[0]
    placed = [
        PlaceMention(m.place, m.start, m.end)
        for g in (r.groups or pre_groups)
        for m in g.mentions
        if m.place is not None
    ]
    if len(placed) == 1:
        p = placed[0]
        r.claim(
            None, p.place, count, _span((count.start, count.end), (p.start, p.end)), "all_destroyed"
        )
        return
    for p in placed:
        r.claim(None, p.place, None, (p.start, p.end), "all_destroyed")


def rule_undecided_place(r: Reading) -> None:
    """ "три БПЛА сбиты над Кировским районом" with no region in the text: a count over a name
    of several places is no claim; the report carries the doubt so a person decides."""
    for it in r.items:
        if it.count is None and not r.interception:
            continue
        for g in it.groups:
            for m in g.mentions:
                why = ambiguous(m)
                if why is not None:
                    r.facts.doubts.append((why, (m.start, m.end)))


def rule_listed_twice(r: Reading) -> None:
    """ "3 – над Брянской областью, 2 – над Курской, 1 – над Брянской": an area given two figures
    in one sentence keeps both rows (the report's sum), each marked unsure for a person."""
    rows: dict[str, list[int]] = {}
    for k, c in enumerate(r.facts.claims):
        if c.count is not None and c.district_id is None and not is_combined(c.area_id):
            rows.setdefault(c.area_id, []).append(k)
    for area, ks in rows.items():
        if len(ks) < 2:
            continue
        figures = " and ".join(str(r.facts.claims[k].count) for k in ks)
        why = f"{area} is listed {len(ks)} times in one list ({figures})"
        for k in ks:
            r.facts.claims[k] = replace(r.facts.claims[k], doubt=why)


Rule = Callable[[Reading], None]

#: The rules :func:`read_sentence` runs, in order (``python -m parsing --explain`` prints them).
RULES: tuple[Rule, ...] = (
    rule_paren_count,
    rule_attempt,
    rule_of_which,
    rule_fronted_place,
    rule_respectively,
    rule_sum_verbs,
    rule_not_over_russia,
    rule_not_said,
    rule_not_drones,
    rule_airport_places,
    rule_region_after_clause,
    rule_wider_area,
    rule_shared_count,
    rule_places,
    rule_added_count,
    rule_moscow_target,
    rule_unplaced_total,
    rule_all_destroyed,
    rule_listed_twice,
    rule_undecided_place,
)


def rule_name(rule: Callable[..., object]) -> str:
    """A rule's name as claims and ``--explain`` write it ("rule_places" -> "places")."""
    return rule.__name__.removeprefix("rule_")


# ---------------------------------------------------------------- the sentence

_LIST_LINE = re.compile(
    r"^\s*(?:[▫▪•·*◾◽●○–—-]\s*)?(?:по\s+)?[\wё]+\s*(?:бпла\s*)?[–—-]\s*(?:над|в|over|in)\s",
    re.IGNORECASE,
)
#: A sentence that goes on with the list before it: "Another 34 over the Bryansk region, 28 over
#: ...", "Ещё 5 — над Курской областью", "Other regions listed included Belgorod and Oryol",
#: "These included the Oryol and Tula regions",
#: "А также в Каменском и Тарасовском районах".
_LIST_GOES_ON = re.compile(
    r"(?<![\w-])(?:another|ещ[её])\s+\w+\s+(?:(?:were|was|were\s+\w+|[–—-])\s+)?(?:over|in|над|в)\s"
    r"|(?<![\w-])regions?\s+(?:\w+\s+){0,2}?(?:included|including|such\s+as)\s"
    r"|^\s*(?:these|they|those)\s+(?:areas\s+|regions\s+)?(?:included|include)\s"
    r"|^\s*(?:а\s+также|а\s+ещ[её]|также|and\s+also)\s",
    re.IGNORECASE,
)
_OVER = r"over|над"
_OVER_AFTER = re.compile(
    rf"\s*(?:[–—-]\s*)?(?:(?:were|was)\s+)?(?:\w+\s+)?(?:{_OVER})\s", re.IGNORECASE
)


#: Every match of ``_OVER_AFTER`` holds one of these (same flags, so the same letters).
_OVER_WORD = re.compile(_OVER, re.IGNORECASE)


def _count_over(s: str) -> bool:
    """A number followed by "over"/"над" ("Twelve were over the Kursk region", "9 — над ...")."""
    if _OVER_WORD.search(s) is None:
        return False  # no "over"/"над" at all: no need to read the numbers
    return any(_OVER_AFTER.match(s, n.end) for n in find_numbers(s))


_TIMESTAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\.?\s")


def _other_named_last(low: str) -> bool:
    """Whether a sentence naming drones names another weapon after its last drone noun."""
    other = [m.end() for rx in (vocab.BOAT_RE, vocab.NOT_DRONE_WEAPON_RE) for m in rx.finditer(low)]
    if not other:
        return False
    drones = [m.end() for m in vocab.DRONE_RE.finditer(vocab.NAVAL_RE.sub(_blank, low))]
    return max(other) > max(drones, default=-1)


def _interception(s: str, low: str, ctx: Context) -> bool | None:
    """Whether a sentence shoots drones down; None when it carries nothing for a report."""
    if vocab.CHROME_RE.match(s):
        return None
    has_drone = bool(
        vocab.DRONE_RE.search(vocab.NAVAL_RE.sub(_blank, low))
    )  # "морские дроны" are boats
    interception = bool(vocab.INTERCEPT_RE.search(low))
    if has_drone:
        ctx.drone_seen = True
        ctx.other_last = _other_named_last(low)
    elif (
        vocab.MISSILE_RE.search(low)
        or vocab.BOAT_RE.search(low)
        or vocab.AERIAL_TARGET_RE.search(low)
    ):
        ctx.had_claims = False  # a bullet list under "сбиты 4 ракеты:" is not about drones
        ctx.other_last = True
        return None
    if (
        not has_drone
        and ctx.had_claims
        and (_LIST_LINE.match(s) or _LIST_GOES_ON.search(s) or _count_over(s))
    ):
        interception = (
            True  # a bulleted line under "уничтожены 23 БПЛА:" ("▫️ 15 – над территорией ...")
        )
    elif not has_drone and ctx.other_last and not vocab.DAMAGE_RE.search(low):
        return None  # "The latter was shot down over the Black Sea" after "drones and a missile"
    # a damage sentence after drones were mentioned ("Обломки упали в ...") names the places hit
    if not has_drone and not (
        (ctx.had_claims or ctx.drone_seen) and (interception or vocab.DAMAGE_RE.search(low))
    ):
        return None
    if vocab.WARNING_RE.search(low) and not interception:
        return None
    if vocab.SVO_ZONE_RE.search(low) and "территори" not in low:
        return None
    if vocab.DROPPED_RE.search(low):
        interception = interception and bool(re.search(r"shot\s+down|сбит|уничтож|перехвач", low))
        if not interception:
            return None
    return interception


def read_sentence(s: str, base: int, ctx: Context, *, english: bool) -> SentenceFacts | None:
    """Read one sentence with every rule of ``RULES``; None when it carries nothing for a report."""
    low = lower(s)  # same length as ``s``: offsets found in one index the other
    footer = vocab.FOOTER_RE.search(low)
    if footer is not None:
        # "..., which have all reported attacks since the start of the war": a cumulative
        # clause after the report's own words cuts the sentence; one that leads it voids it
        cut = max(low.rfind(", ", 0, footer.start()), low.rfind("; ", 0, footer.start()))
        if cut <= 0 or not vocab.DRONE_RE.search(low, 0, cut):
            return None
        if vocab.INTERCEPT_RE.search(low, cut, footer.start()):
            # "Since the war began, ... 3,512 drones, ... have all been destroyed ...":
            # the cumulative clause holds the verb of the whole list
            return None
        s, low = s[:cut], low[:cut]
    # a headline or lede without drones still names the region "над регионом" means later
    # ... and so does its speaker's ("Kursk Governor X said ... over the region")
    ctx.region = (
        context_region(s, english=english) or speaker_region(s, english=english) or ctx.region
    )
    interception = _interception(s, low, ctx)
    if interception is None:
        return None
    groups = find_groups(s, base, region=ctx.region, english=english, sea=ctx.sea)
    items = _fill(
        split_items(s, base, groups), find_counts(s, low, base), groups, find_targets(s, base)
    )
    r = Reading(
        s, low, base, english, interception,
        bool(vocab.DAMAGE_RE.search(low) or vocab.HARM_RE.search(low)), bool(vocab.TOTAL_MARK_RE.search(low)),
        ctx, groups, items,
    )  # fmt: skip
    r.facts.timestamped = bool(_TIMESTAMP.match(s))
    r.facts.region = ctx.region
    for rule in RULES:
        rule(r)
    facts = r.facts
    facts.running = any(c.running for it in items for c in it.counts) or bool(
        vocab.RUNNING_SINCE_RE.search(low)
    )
    if any(m.foreign for g in groups for m in g.mentions) and not any(
        m.place for g in groups for m in g.mentions
    ):
        for t in facts.totals:
            t.foreign = True  # the sentence names only places outside Russia ("Over Kyiv, ...")
    if facts.attempt is not None:
        ctx.attempt = (facts.attempt, groups)
    for c in facts.claims:
        if not is_sea(c.area_id) and not is_combined(c.area_id):
            ctx.region = c.area_id
    for g in groups:
        for m in g.mentions:
            if m.place and m.place.kind == "region" and not m.place.area_id.startswith("SEA-"):
                ctx.region = m.place.area_id
            elif m.place and is_sea(m.place.area_id) and not is_combined(m.place.area_id):
                ctx.sea = m.place.area_id
    if not (facts.claims or facts.target_claims or facts.totals or facts.doubts):
        return None
    # a lead with a count ("уничтожены 23 БПЛА:") lets the bulleted lines under it follow
    ctx.had_claims = True
    return facts


__all__ = ["RULES", "Context", "SentenceFacts", "read_sentence", "rule_name"]
