"""Rules over one sentence: small named functions, applied in order, each tagging its claims.

A sentence is read as marks (counts, place groups, Moscow targets) split into list items at
separators that lie outside place groups; the rules pair counts with places item by item.
``RULES`` lists them in the order they run; ``--explain`` prints the rule behind each claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parsing import vocab
from parsing._text import lower
from parsing.model import Claim, Qualifier
from parsing.numbers import Number, find_numbers, words_value
from parsing.places import (
    Group,
    Resolved,
    context_region,
    find_groups,
    find_targets,
    resolve_any,
)


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


@dataclass(slots=True)
class Item:
    """One list item: the marks between two separators."""

    start: int
    end: int
    sep: str  # the separator before it
    counts: list[Count] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    targets: list[tuple[int, int]] = field(default_factory=list)


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
    attempt_groups: list[Group] = field(default_factory=list)


# ---------------------------------------------------------------- counts

_SKIP = re.compile(
    r"(?:\s+(?:украинск\w*|ударн\w*|вражеск\w*|ворож\w*|неприятельск\w*|самолетн\w*|еще|иных|других|тяжел\w*|"
    r"ukrainian|fixed-wing|aircraft-type|plane-type|more|others?|enemy|attack|kamikaze|long-range|"
    r"russian|hostile|shahed-type|kamikaze-drones?))*",
    re.IGNORECASE,
)
_FOLLOW_OK = re.compile(
    r"\s*(?:[–—-]\s|над\b|over\b|in\b|above\b|each\b|others?\b|[,;.)]|$|и\s|and\s|из\s|із\s|out\s+of\b|of\s+\w+\s+(?:\w+\s+)?(?:drones?|uavs?|shaheds?)|летевш|flying"
    r"|(?:перехвач|уничтож|сбит|подавл)\w*|(?:were\s+|was\s+)?(?:shot\s+down|destroyed|intercepted|downed))",
    re.IGNORECASE,
)
_EACH_BEFORE = re.compile(r"(?<![\w-])по\s+$", re.IGNORECASE)
_EACH_AFTER = re.compile(r"\s+(?:\w+\s+)?each\b", re.IGNORECASE)
_OF_BEFORE = re.compile(r"(?:из|із|out\s+of|of)\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    r"\s*(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|года|г\.)",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\.?\s+$", re.IGNORECASE)
_ONE_RU = re.compile(
    r"(?<![\w-])(?:(?:был\s+)?(?:уничтожен|сбит|перехвачен|подавлен|подбит)\s+(?:еще\s+)?(?:украинский\s+)?"
    r"(?:беспилотник|бпла|дрон|беспилотный\s+летательный\s+аппарат)(?![\w-])"
    r"|(?:украинский\s+)?(?:беспилотник|бпла|дрон|беспилотный\s+летательный\s+аппарат)\s+(?:самолетного\s+типа\s+)?(?:был\s+)?"
    r"(?:уничтожен|сбит|перехвачен|подавлен)(?![\w-]))",
    re.IGNORECASE,
)
_ONE_EN = re.compile(
    r"(?<!debris\sfrom\s)(?<!fragments\sof\s)(?<!wreckage\sof\s)(?<![\w-])(?:an?|one\s+more|another)\s+(?:(?!\d)[\w-]+\s+){0,3}?(?:drone|uav|unmanned\s+aerial\s+vehicle)"
    r"(?!\s+(?:attack|strike|threat|boat|debris|fragment|alert|campaign|technology|manufacturer)|[\w-])",
    re.IGNORECASE,
)


_DRONE_NEXT = re.compile(r"\s+(?:of\s+the\s+)?(?:unmanned|drones?|uavs?)\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+(?:из|із|out\s+of|of)\s+\S+\s+", re.IGNORECASE)
_QUAL_BEFORE = re.compile(rf"(?<![\w-])(?:{vocab.AT_LEAST}|{vocab.APPROX})\s+$", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(rf"(?:{vocab.SUBSET})\s+(?:\w+\s+)?$", re.IGNORECASE)
_ATTEMPT_BEFORE = re.compile(r"(?:с\s+применением|using|применением)\s+(?:\w+\s+)?$", re.IGNORECASE)
_EXTRA_BEFORE = re.compile(r"(?:еще|ещё|another)\s+$")
_MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


#: Between the bounds of a range: "10-15 БПЛА", "от 10 до 15", "10 to 15 drones".
_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?:до|to)\s+", re.IGNORECASE)
_RANGE_FROM = re.compile(r"(?:(?<![\w-])от|from|between)\s+$", re.IGNORECASE)


def _ranges(s: str, numbers: list[Number]) -> list[tuple[Number, bool]]:
    """Each number with where its text ends; a range's two bounds become its lower bound
    ending after the upper one ("10-15 БПЛА" is 10, read as approximate by the caller)."""
    out: list[tuple[Number, bool]] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt is not None and n.value < nxt.value and (gap := _RANGE_GAP.fullmatch(s, n.end, nxt.start)):
            worded = gap.group().strip().lower() in ("до", "to")
            # "с 10 до 15" is not a count range unless it says "от"/"from" or a drone follows
            if not worded or _RANGE_FROM.search(s[max(0, n.start - 12) : n.start]) or vocab.DRONE_RE.match(s[nxt.end :].lstrip()):
                out.append((Number(n.value, n.start, nxt.end), True))
                i += 2
                continue
        out.append((n, False))
        i += 1
    return out


def find_counts(s: str, low: str, base: int) -> list[Count]:
    """Return the numbers of a sentence that count drones (not dates, times or other nouns)."""
    out: list[Count] = []
    for n, is_range in _ranges(s, find_numbers(s)):
        after = s[n.end : n.end + 80]
        if 1900 <= n.value <= 2100 or _MONTH_AFTER.match(after):
            continue
        skip = _SKIP.match(after)
        rest = after[skip.end() :] if skip else after
        drone = bool(vocab.DRONE_RE.match(rest.lstrip()))
        if not drone and not _FOLLOW_OK.match(rest):
            continue
        before = low[max(0, n.start - 40) : n.start]
        if _MONTH_BEFORE.search(before) or _OF_BEFORE.search(before):
            continue
        if _DRONE_NEXT.match(after):
            drone = True
        of = _OF_AFTER.match(after)
        if of and vocab.DRONE_RE.match(_SKIP.sub("", after[of.end() - 1 :]).lstrip()):
            drone = True  # "17 із 22 БпЛА", "20 of 25 drones"
        start = n.start
        q = _QUAL_BEFORE.search(before)
        if q:
            start = n.start - (len(before) - q.start())
        qual: Qualifier = "exact"
        if q:
            qual = "approx" if vocab.APPROX_RE.search(q.group()) else "at_least"
        if is_range:
            qual = "approx"  # "10-15 БПЛА": the lower bound, approximate
        each = bool(_EACH_BEFORE.search(before) or _EACH_AFTER.match(after))
        tail = before[-40:]
        subset = bool(_SUBSET_BEFORE.search(tail))
        attempt = bool(_ATTEMPT_BEFORE.search(tail))
        extra = bool(_EXTRA_BEFORE.search(before) or _MORE_AFTER.match(after))
        out.append(Count(n.value, base + start, base + n.end, qual, each, subset, attempt, drone, extra=extra))
    taken = [(c.start, c.end) for c in out]
    for rx in (_ONE_RU, _ONE_EN):
        for m in rx.finditer(s):
            a, b = base + m.start(), base + m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            if rx is _ONE_EN and _DIGIT.search(m.group()):
                continue
            out.append(Count(1, a, b, drone=True, implied=True))
            taken.append((a, b))
    out.sort(key=lambda c: c.start)
    return out


# ---------------------------------------------------------------- items

_SEP = re.compile(r"[;:\n▫▪•]|,|\s(?:и|а\s+также|and|as\s+well\s+as|in\s+addition\s+to|plus)\s", re.IGNORECASE)


def split_items(s: str, base: int, groups: list[Group]) -> list[Item]:
    """Split a sentence into list items at separators outside place groups."""
    cuts: list[tuple[int, int, str]] = []
    for m in _SEP.finditer(s):
        a = base + m.start()
        if any(g.start <= a < g.end for g in groups):
            continue
        cuts.append((base + m.start(), base + m.end(), m.group().strip().lower()))
    items = []
    prev_end, prev_sep = base, ""
    for a, b, sep in cuts:
        items.append(Item(prev_end, a, prev_sep))
        prev_end, prev_sep = b, sep
    items.append(Item(prev_end, base + len(s), prev_sep))
    return items


def _claim(place: Resolved, count: int | None, qual: Qualifier, span: tuple[int, int], rule: str, english: bool) -> Claim:
    return Claim(
        area_id=place.area_id,
        area=place.area_en if english else place.area_ru,
        count=count,
        qualifier=qual if count is not None else "exact",
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


# ---------------------------------------------------------------- rules

_PAREN = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)\s*\(\s*(?P<n>[\w-]+(?:\s[\w-]+)?)\s+(?:drones?|uavs?|unmanned\s+aerial\s+vehicles?)\s*\)",
    re.IGNORECASE,
)


def rule_paren_counts(s: str, base: int, facts: SentenceFacts, english: bool) -> list[tuple[int, int]]:
    """"Belgorod (four drones), ... and Kaluga (six drones) regions": counts in parentheses."""
    masked: list[tuple[int, int]] = []
    if not english:
        return masked
    for m in _PAREN.finditer(s):
        if not m["name"][0].isupper():
            continue
        n = m["n"]
        value = int(n) if n.isdigit() else words_value(n)
        if value is None:
            continue
        place = resolve_any([f"{m['name']} Region", m["name"]], None)
        if place is None:
            continue
        facts.claims.append(_claim(place, value, "exact", (base + m.start(), base + m.end()), "paren_count", english))
        masked.append((base + m.start(), base + m.end()))
    return masked


@dataclass(frozen=True, slots=True)
class Placed:
    """A place mention the gazetteer resolved."""

    place: Resolved
    start: int
    end: int


@dataclass(slots=True)
class Reading:
    """One sentence being read: its text, offset and flags the rules share."""

    text: str
    base: int
    english: bool
    interception: bool
    damage: bool
    total_mark: bool

    def of(self, it: Item) -> str:
        return self.text[it.start - self.base : it.end - self.base]


_VERB_START = re.compile(r"\s*(?:(?:еще|ещё)\s|(?:перехвач|уничтож|сбит|подавл))", re.IGNORECASE)
_VERB_AHEAD = re.compile(r"\s*(?:еще|ещё)?\s*\w*(?:перехвач|уничтож|сбит|подавл)", re.IGNORECASE)


def _attach_targets(items: list[Item]) -> list[Item]:
    """"..., летевших на Москву": the target belongs to the count just before it."""
    for k, it in enumerate(items):
        if it.targets and not it.counts and not it.groups and k > 0 and items[k - 1].counts and not items[k - 1].groups:
            items[k - 1].targets.extend(it.targets)
            it.targets = []
    return [it for it in items if it.counts or it.groups or it.targets or it.sep in ("и", "and")]


def rule_sum_verbs(items: list[Item], i: int, counts: list[Count], sent: Reading, facts: SentenceFacts) -> bool:
    """"уничтожены пять и перехвачены три" (8), "и еще тринадцать перехвачено" (added)."""
    it = items[i]
    if not counts or it.groups:
        return False
    nxt = items[i + 1] if i + 1 < len(items) else None
    if (
        nxt is not None and nxt.sep in ("и", "and") and nxt.counts and not nxt.counts[0].subset
        and not any(c.attempt for c in counts) and _VERB_AHEAD.match(sent.of(nxt))
    ):
        first = nxt.counts[0]
        nxt.counts[0] = Count(first.value + counts[0].value, counts[0].start, first.end, first.qualifier, drone=True)
        return True
    if it.sep in ("и", "and") and _VERB_START.match(sent.of(it)) and facts.claims and not it.targets:
        last = facts.claims[-1]
        if last.count is not None:
            span = _span(last.evidence, (counts[0].start, counts[0].end))
            facts.claims[-1] = replace(last, count=last.count + counts[0].value, evidence=span, rule="sum_verbs")
            return True
    return False


def rule_places(placed: list[Placed], count: Count | None, sent: Reading, facts: SentenceFacts) -> None:
    """Pair an item's places with its count (or none): one, each, combined or a flat list."""
    add = facts.claims.append
    if count is None:
        if sent.interception or sent.damage:
            for p in placed:
                if sent.interception or p.place.district_id is not None:
                    # a region named beside damage is not a claim; a town hit is
                    add(_claim(p.place, None, "exact", (p.start, p.end), "place_without_count", sent.english))
        return
    cspan = (count.start, count.end)
    if count.each:
        for p in placed:
            add(_claim(p.place, count.value, count.qualifier, _span(cspan, (p.start, p.end)), "distributive", sent.english))
        return
    if len(placed) == 1:
        p = placed[0]
        add(_claim(p.place, count.value, count.qualifier, _span(cspan, (p.start, p.end)), "count_over_place", sent.english))
        return
    places = [p.place for p in placed]
    regions = [p for p in placed if p.place.district_id is None]
    if len(regions) == 1 and all(p.place.area_id == regions[0].place.area_id for p in placed):
        # "над Калужской областью сбиты 3 БПЛА — в Людиновском и Кировском районах": the
        # region's figure; the districts inside it are where they fell, without a figure
        r = regions[0]
        for p in placed:
            if p is r:
                add(_claim(p.place, count.value, count.qualifier, _span(cspan, (p.start, p.end)), "count_over_place", sent.english))
            else:
                add(_claim(p.place, None, "exact", (p.start, p.end), "place_without_count", sent.english))
        return
    if len(placed) == 2 and any(p.area_id.startswith("SEA-") for p in places):
        span = _span(cspan, (placed[0].start, placed[-1].end))
        add(_claim(_combined(places, sent.english), count.value, count.qualifier, span, "combined_area", sent.english))
        return
    # "над территориями Белгородской, Брянской и Курской областей уничтожены 40 БПЛА":
    # the regions as named, the figure at report level, never split.
    for p in placed:
        add(_claim(p.place, None, "exact", (p.start, p.end), "list_without_counts", sent.english))
    facts.totals.append(TotalCandidate(count.value, count.qualifier, 1 if sent.total_mark else 2, count.start, count.end))


_MOSCOW = Resolved("RU-MOW", "Москва", "Moscow", "region")


def rule_unplaced_count(it: Item, c: Count, sent: Reading, facts: SentenceFacts) -> None:
    """A count with no place: a Moscow target, an attempt, or a candidate total."""
    if it.targets:
        if sent.total_mark:
            facts.totals.append(TotalCandidate(c.value, c.qualifier, 0, c.start, c.end))
        else:
            span = _span((c.start, c.end), it.targets[0])
            facts.target_claims.append(_claim(_MOSCOW, c.value, c.qualifier, span, "moscow_target", sent.english))
    elif c.attempt:
        facts.totals.append(TotalCandidate(c.value, c.qualifier, 3, c.start, c.end))
        facts.attempt = c
    elif c.drone and (sent.interception or sent.total_mark) and not c.each and not c.extra:
        facts.totals.append(TotalCandidate(c.value, c.qualifier, 0 if sent.total_mark else 2, c.start, c.end))


def pair_items(items: list[Item], sent: Reading, facts: SentenceFacts) -> None:
    """Pair counts and places item by item (the core list grammar)."""
    prev_each: Count | None = None
    items = _attach_targets(items)
    for i, it in enumerate(items):
        placed = [Placed(m.place, m.start, m.end) for g in it.groups for m in g.mentions if m.place is not None]
        # "including 85 in the Bryansk Region" is a row of the breakdown; "в том числе три,
        # летевших на Москву" (no place) is a subset of a row already counted
        counts = [c for c in it.counts if not c.subset or placed]
        if rule_sum_verbs(items, i, counts, sent, facts):
            continue
        if vocab.SVO_ZONE_RE.search(sent.of(it)):
            continue  # "в зоне проведения СВО сбиты 30 БПЛА": over the front, not a region
        if any(m.foreign for g in it.groups for m in g.mentions):
            prev_each = None
            continue  # "над Киевом сбиты 10 дронов": not over Russia, not even a total
        if placed:
            count = counts[0] if counts else None
            nxt = items[i + 1] if i + 1 < len(items) else None
            if count is None and i == 0 and nxt is not None and nxt.sep == "," and nxt.counts and not nxt.groups \
                    and not nxt.targets and not nxt.counts[0].subset and not nxt.counts[0].attempt and sent.interception:
                # a fronted place: "In Rostov-on-Don, two drones were shot down overnight"
                count = nxt.counts[0]
                nxt.counts = nxt.counts[1:]
            if count is not None and count.attempt:
                facts.totals.append(TotalCandidate(count.value, count.qualifier, 3, count.start, count.end))
                facts.attempt = count
                count = None
            if count is None and prev_each is not None and it.sep in (",", "а также", "и", "and"):
                count = prev_each  # "по одному – над Смоленской областью, а также акваториями ..."
            rule_places(placed, count, sent, facts)
            prev_each = count if count is not None and count.each else None
            continue
        if counts:
            prev_each = None
            rule_unplaced_count(it, counts[0], sent, facts)


def rule_all_destroyed(low: str, facts: SentenceFacts, attempt: tuple[Count, list[Group]] | None, groups: list[Group], english: bool) -> None:
    """"Все беспилотники уничтожены": all of those in the attempt preamble."""
    if facts.claims or not vocab.ALL_DESTROYED_RE.search(low) or attempt is None:
        return
    count, pre_groups = attempt
    placed = [Placed(m.place, m.start, m.end) for g in (groups or pre_groups) for m in g.mentions if m.place is not None]
    if len(placed) == 1:
        p = placed[0]
        span = _span((count.start, count.end), (p.start, p.end))
        facts.claims.append(_claim(p.place, count.value, count.qualifier, span, "all_destroyed", english))
        return
    for p in placed:
        facts.claims.append(_claim(p.place, None, "exact", (p.start, p.end), "all_destroyed", english))


#: The rules in the order they run (for ``--explain`` and the docs).
RULES = (
    "paren_count",
    "sum_verbs",
    "count_over_place",
    "distributive",
    "combined_area",
    "list_without_counts",
    "place_without_count",
    "moscow_target",
    "all_destroyed",
    "region_from_district",  # applied per report, in segment.build
)


@dataclass(slots=True)
class Context:
    """What earlier sentences leave for later ones."""

    region: str | None = None
    attempt: tuple[Count, list[Group]] | None = None
    had_claims: bool = False
    drone_seen: bool = False


_LIST_LINE = re.compile(r"^\s*(?:[▫▪•·*◾◽●○–—-]\s*)?(?:по\s+)?[\wё]+\s*(?:бпла\s*)?[–—-]\s*(?:над|в|over|in)\s", re.IGNORECASE)
_TIMESTAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\.?\s")


def analyse(s: str, base: int, ctx: Context, *, english: bool) -> SentenceFacts | None:
    """Read one sentence; None when it carries nothing for a report."""
    low = lower(s)  # same length as ``s``: offsets found in one index the other
    facts = SentenceFacts()
    if vocab.FOOTER_RE.search(low) or vocab.CHROME_RE.match(s):
        return None
    has_drone = bool(vocab.DRONE_RE.search(low))
    interception = bool(vocab.INTERCEPT_RE.search(low))
    if has_drone:
        ctx.drone_seen = True
    elif vocab.MISSILE_RE.search(low) or vocab.BOAT_RE.search(low) or vocab.AERIAL_TARGET_RE.search(low):
        ctx.had_claims = False  # a bullet list under "сбиты 4 ракеты:" is not about drones
        return None
    # a damage sentence after drones were mentioned ("Обломки упали в ...") names the places hit
    if not has_drone and ctx.had_claims and _LIST_LINE.match(s):
        interception = True  # a bulleted line under "уничтожены 23 БПЛА:" ("▫️ 15 – над территорией ...")
    if not has_drone and not ((ctx.had_claims or ctx.drone_seen) and (interception or vocab.DAMAGE_RE.search(low))):
        return None
    if vocab.WARNING_RE.search(low) and not interception:
        return None
    if vocab.SVO_ZONE_RE.search(low) and "территори" not in low:
        return None
    if vocab.DROPPED_RE.search(low):
        interception = interception and bool(re.search(r"shot\s+down|сбит|уничтож|перехвач", low))
        if not interception:
            return None
    damage = bool(vocab.DAMAGE_RE.search(low))
    total_mark = bool(vocab.TOTAL_MARK_RE.search(low))
    facts.timestamped = bool(_TIMESTAMP.match(s))
    ctx.region = context_region(s, english=english) or ctx.region
    groups = find_groups(s, base, region=ctx.region, english=english)
    masked = rule_paren_counts(s, base, facts, english)
    counts = [c for c in find_counts(s, low, base) if not any(a <= c.start < b for a, b in masked)]
    targets = find_targets(s, base)
    items = split_items(s, base, groups)
    for it in items:
        it.counts = [c for c in counts if it.start <= c.start < it.end]
        it.groups = [g for g in groups if it.start <= g.start < it.end]
        it.targets = [t for t in targets if it.start <= t[0] < it.end]
    pair_items(items, Reading(s, base, english, interception, damage, total_mark), facts)
    rule_all_destroyed(low, facts, ctx.attempt, groups, english)
    if any(m.foreign for g in groups for m in g.mentions) and not any(m.place for g in groups for m in g.mentions):
        for t in facts.totals:
            t.foreign = True  # the sentence names only places outside Russia ("Over Kyiv, ...")
    if facts.attempt is not None:
        ctx.attempt = (facts.attempt, groups)
    for c in facts.claims:
        if not c.area_id.startswith("SEA-") and "+" not in c.area_id:
            ctx.region = c.area_id
    for g in groups:
        for m in g.mentions:
            if m.place and m.place.kind == "region" and not m.place.area_id.startswith("SEA-"):
                ctx.region = m.place.area_id
    if not (facts.claims or facts.target_claims or facts.totals):
        return None
    # a lead with a count ("уничтожены 23 БПЛА:") lets the bulleted lines under it follow
    ctx.had_claims = bool(facts.claims or facts.target_claims or facts.totals)
    return facts


__all__ = ["RULES", "Context", "SentenceFacts", "analyse"]
