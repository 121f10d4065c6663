"""Sentence rules about places: lists of places that go on or share a count, a wider area,
pairing each item's places with its count, an area listed twice, a name of several places.
They run in the order of ``parsing.rules.RULES``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.area_ids import is_combined
from parsing import vocab
from parsing.counts import Count
from parsing.literals import keyed
from parsing.lookup import Resolved, find_any_place
from parsing.places import ambiguous
from parsing.reading import (
    ListItem,
    PlaceMention,
    Reading,
    combined_place,
    join_spans,
    names_drone,
)
from parsing.region_context import speaker_town
from parsing.word_start import word_start

_PLACE_FIRST = re.compile(
    # "... and the rest over X and Y": the remainder has a figure of its own, it shares none
    r"\s*(?:над|в|во|на|под|у|около|возле|вблизи|близ|акватори\w*|территори\w*|over|in|above|near"
    r"|the(?!\s+(?:rest|others?|remaining|remainder)\b))(?![\w-])",
    re.IGNORECASE,
)


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
#: (keyed: a sentence holding none of its area nouns is not scanned up to each item)
_WIDER_BEFORE = keyed(
    re.compile(
        r"(?:над|в|по|на|over|in|across)\s+(?:[\w-]+\s+){0,2}?(?:регион(?:ами|ах|ов)|област(?:ями|ях)|"
        r"территори(?:ями|ях)|субъект(?:ами|ах)|regions)(?:\s+(?:россии|рф|страны|of\s+russia))?\s+(?:и|and)\s+$"
    )
)


#: A wider area that is a member of a place list, after its places ("over Moscow and other
#: regions", headlines' "over Crimea, southern regions", "over Moscow, Volga regions", "над
#: Москвой и другими регионами") or inside it (the list's member the gazetteer cannot place:
#: "Over Southern Regions, Caspian Sea", "над Крымом и южными регионами"): a plural region noun
#: after at most three words, none a figure or "the rest" (that is a row of its own: "..., the
#: rest over other regions"). Matched at the group's end, or at the unplaced member.
_WIDER_MEMBER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s*,?\s+(?:and|и|а\s+также)\s+)?(?:(?:over|in|across|над|в)\s+)?"
    r"(?:the\s+)?(?:(?!(?:rest|remaining|remainder|others|остальн\w*)(?![\w-]))[^\W\d]+(?:-[^\W\d]+)*\s+){0,3}?"
    r"(?:regions|oblasts|provinces|регион(?:ами|ах)|област(?:ями|ях)|рядом\s+(?:других\s+)?регионов"
    # seas not named: "over Crimea and seas", "over the Krasnodar region and two seas" (never
    # the named ones a combined figure shares: "over the Black and Azov seas")
    r"|(?<!black\s)(?<!azov\s)(?<!caspian\s)(?<!baltic\s)(?<!okhotsk\s)(?<!japan\s)seas)(?![\w-])",
    re.IGNORECASE,
)
#: A word every match of ``_WIDER_MEMBER`` holds (a test in C before any match is tried).
_WIDER_MEMBER_WORDS = (
    "regions", "oblasts", "provinces", "регионами", "регионах", "регионов", "областями", "областях",
    "seas",
)  # fmt: skip


def _wider_member(r: Reading, it: ListItem) -> bool:
    """Whether a place group of ``it`` lists a wider area beside its places, after them (up to
    the next figure) or as a member the gazetteer left unplaced. A figure of another item
    between ("пять над Воронежской и три над Липецкой областями") ends the words: the plural
    head after it is that list's own, shared by items with figures of their own."""
    low = r.low
    counts = [c.start - r.base for x in r.items for c in x.counts]
    for g in it.groups:
        end = g.end - r.base
        m = _WIDER_MEMBER.match(low, end)
        if m is not None and not any(end <= c < m.end() for c in counts):
            return True
        for x in g.mentions:
            if x.place is None and _WIDER_MEMBER.match(low, x.start - r.base):
                return True
    return False


def rule_wider_area(r: Reading) -> None:
    """ "над регионами России и над Черным морем уничтожены 40": a count whose places follow a
    wider area joined by "и" is the report's figure for all of it; the places named get none.
    So is a count over a list whose member after its places, or one the gazetteer cannot place,
    is a wider area ("over Moscow and other regions", "over Crimea, southern regions", "над
    Черным морем и южными регионами"): a headline's figure over "Moscow, Volga regions" is all
    the night's drones, not Moscow's."""
    plural = False  # the sentence holds a plural region noun (once a sentence, in C)
    for w in _WIDER_MEMBER_WORDS:
        if w in r.low:
            plural = True
            break
    for _i, it in r.open_items():
        if it.count is None or it.count.each or not it.placed:
            continue
        if not (
            (it.sep in ("и", "and") and _WIDER_BEFORE.search(r.low, 0, it.start - r.base))
            or (plural and _wider_member(r, it))
        ):
            continue
        for p in it.placed:
            r.claim(it, p.place, None, (p.start, p.end), "list_without_counts")
        r.total(it.count, 1 if r.total_mark else 2)
        # the whole list's figure, never its one region's ("over Crimea and seas")
        r.facts.totals[-1].wide = True
        it.settled = True


#: A fraction of a count the text gives, said of a place: "half of them over X", "a third of
#: the 30 drones", "two-thirds of them", "половина из них — над X", "треть из 30"; "split
#: equally between X and Y", "divided evenly among ...", "поровну между ..." (the count split
#: among the places named after it).
_FRACTION = word_start(
    r"(?:(?P<k>two|three)[\s-]+)?(?P<f>half|thirds?|quarters?)(?=\s+(?:of|were|was)\s)"
    r"|(?P<ru>половин[аы]|трет[ьи]|четверт[ьи])(?=\s+(?:из|от)\s)"
    r"|(?P<split>(?:split|divided|shared)\s+(?:equally|evenly)|поровну)(?![\w-])"
)
#: The even split said after the places it is among: "over the X and Y regions, split evenly
#: between the two", "over X, Y and Z overnight, divided equally among them".
_SPLIT_AFTER = re.compile(
    r"(?:\s+regions?)?[^.;:\d]{0,30}?"
    r"(?P<split>(?:split|divided|shared)\s+(?:equally|evenly))\s+(?:between|among)\s+"
    r"(?:the\s+(?:two|three|four)|them|both|all\s+(?:three|four))(?![\w-])"
)
#: A hedge before a fraction: "roughly half", "more than a third", "почти половина": a part
#: of no known size.
_HEDGED = re.compile(
    r"(?:roughly|about|around|nearly|almost|some|over|under|more\s+than|less\s+than|up\s+to"
    r"|почти|около|более|менее|примерно|больше|меньше)\s+(?:an?\s+|one\s+)?$"
)
#: A word every match of ``_FRACTION`` holds (a test in C before the pattern's scan).
_FRACTION_WORDS = (
    "half", "third", "quarter", "equally", "evenly", "половин", "трет", "четверт", "поровну",
)  # fmt: skip
_DENOMINATOR = {"hal": 2, "thi": 3, "qua": 4, "пол": 2, "тре": 3, "чет": 4}
_NUMERATOR = {None: 1, "two": 2, "three": 3}


#: A sentence that opens on a fraction of the drones told before: "Half of them were over X",
#: "A third of those were downed over X" (read once drones were named: ``Context.whole``).
FRACTION_LINE = re.compile(
    r"^\W*(?:(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)[\s-]+)?(?:[Hh]alf|[Tt]hirds?|[Qq]uarters?)\s+of\s+"
    r"(?:them|these|those|the\s+drones)\s"
)


def _fraction_value(whole: Count, m: re.Match[str], places: int) -> Count | None:
    """The part of ``whole`` the fraction ``m`` says, when it is a whole number of drones (half
    of 48 is 24; half of 25 is no figure); split among ``places``, each place's part."""
    if m["split"]:
        k, f = 1, places
    else:
        k, f = _NUMERATOR[m["k"]], _DENOMINATOR[(m["f"] or m["ru"])[:3]]
    if f < 2 or k >= f or whole.value * k % f:
        return None
    return replace(whole, value=whole.value * k // f, each=False, drone=True)


#: A sentence that opens on the drones a partition before it left ("The remaining six were split
#: evenly between X and Y", "The other four were downed over X", "Остальные шесть — над X",
#: "Оставшиеся четыре уничтожены над X"): its figure is of those drones, their noun elided (read
#: once a sentence gave figures of drones); "The remainder were spread over X, Y and Z" names
#: the places of the rest.
REMAINDER_LINE = re.compile(
    r"^\W*(?:(?:[Tt]he\s+(?:remaining|other)|[Оо]стальные|[Оо]ставшиеся)\s+[\w-]+(?:\s+(?:were|was)\s|\s*[–—-]|\s+(?:сбиты|уничтожены|перехвачены|поровну)\s)"
    # "The remainder were spread over ...", "The rest were over ...": the noun of the rest alone
    r"|[Tt]he\s+(?:rest|remainder|others)(?:\s+of\s+(?:them|the\s+drones))?\s+(?:were|was)\s)"
)


def rule_fraction_of_count(r: Reading) -> None:
    """ "48 drones were destroyed, half of them over the Bryansk region" (24), "a third of the 30
    drones were over the Moscow region" (10), "14 drones, split equally between the Kursk and
    Belgorod regions" (7 each): a fraction of a count the text gives, said of a place, is that
    place's figure (``fraction_of_count``) when it is a whole number; the count is the report's
    total. A fraction that leaves no whole number is a share of no known size
    (``share_of_count`` reads it)."""
    if not any(w in r.low for w in _FRACTION_WORDS):
        return
    # "The ministry said 30 drones were destroyed. Half of them were over X": the whole the
    # sentence before gave, its total already
    whole, told = r.ctx.whole, True
    for _i, it in r.open_items():
        if it.count is not None and not it.placed:
            whole, told = it.count, False  # the count a fraction after it may be of
        if not it.placed:
            continue
        lo = it.start - r.base
        hi = (it.count.start if it.count is not None else it.placed[0].start) - r.base
        m = _FRACTION.search(r.low, lo, hi)
        if m is None and it.count is not None:  # "split equally between X and Y" after its count
            m = _FRACTION.search(r.low, it.count.end - r.base, it.placed[0].start - r.base)
        if m is None and it.count is not None:
            # "20 drones over the X and Y regions, split evenly between the two": after the list
            m = _SPLIT_AFTER.match(r.low, it.placed[-1].end - r.base)
        of = it.count if it.count is not None and len(it.counts) == 1 else whole
        if m is None or of is None or of.each or of.subset or of.attempt:
            continue
        if _HEDGED.search(r.low, max(0, m.start() - 16), m.start()):
            continue  # "roughly half of the 30": a share of no known size
        part = _fraction_value(of, m, len(it.placed))
        if part is None:
            continue
        for p in it.placed:
            r.claim(it, p.place, part, (p.start, p.end), "fraction_of_count")
        if not (told and of is whole):
            r.total(of, 1 if r.total_mark else 2)
        it.settled = True


#: A share of a count ("most", "half of the 48", "большая часть", "80%"): the place it is
#: said of has a part of the count, whose size the text does not give.
_SHARE = word_start(
    r"most(?:ly)?(?![\w-])|majority|bulk(?![\w-])|(?:half|third|quarter)(?=\s+(?:of|were|was)\s)"
    r"|percent|per\s+cent|больш(?:ая|ую|ей)\s+част|большинств|половин(?:а|ы)(?![\w-])"
    r"|трет(?:ь|и)(?![\w-])|четверт(?:ь|и)(?![\w-])"
    r"|процент"
    # "Больше всего — над Рыльским районом", "основная часть — над ..." (a governor's most)
    r"|больше\s+всего(?![\w-])|основн(?:ая|ую|ой)\s+част"
)
#: The share said of the count right after it: "half of the 48", "треть из 30".
_SHARE_OF = re.compile(r"(?:of|из)\s+(?:the\s+|its\s+|these\s+)?$")


#: A word every match of ``_SHARE`` holds ("cent" for "percent", "per cent").
_SHARE_WORDS = (
    "most", "major", "bulk", "half", "third", "quarter", "cent", "%",
    "больш", "половин", "трет", "четверт", "процент", "основн",
)  # fmt: skip


def _share_word(low: str) -> bool:
    """Whether ``low`` holds a word of ``_SHARE_WORDS``: a test in C instead of a scan of the
    sentence by the pattern, same result."""
    return any(w in low for w in _SHARE_WORDS)


#: An item that says its places are where all of the figure before it were: "..., both near
#: the city of X", "..., all of them over the X district", "all three near X", "..., оба — в
#: районе X", "все — над X округом" (a few words between it and the place).
_ALL_OF = re.compile(
    r"\W*(?:both(?:\s+of\s+them)?|all(?:\s+of\s+them|\s+(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+)(?:\s+of\s+them)?)?|все(?:\s+они|\s+из\s+них)?|оба|обе)(?![\w-])"
    r"[\s—–-]*(?:[^\W\d]+[\s,]+){0,5}$"
)


def rule_all_of_count(r: Reading) -> None:
    """ "Two drones were shot down over the Tatarstan region, both near the city of
    Nizhnekamsk", "три БПЛА уничтожены над областью, все — над Шебекинским округом": the one
    place an item says all of the figure before it fell at has that figure (its region keeps
    its own); the count is the earlier item's, never a total of its own."""
    if not any(w in r.low for w in ("both", "all", "все", "оба", "обе")):
        return
    for i, it in r.open_items():
        if i == 0 or it.count is not None or it.counts or it.targets or len(it.placed) != 1:
            continue
        p = it.placed[0]
        if _ALL_OF.match(r.low, it.start - r.base, p.start - r.base) is None:
            continue
        c = next((x.count for x in reversed(r.items[:i]) if x.count is not None), None)
        # (a figure told as more is all over the place too: "Утром — ещё три, все над X
        # районом", the later report's drones, each over X)
        if c is None or c.each or c.attack or c.attempt:
            continue
        if p.place.district_id is None:
            continue  # a region named again: its figure is the one before
        r.claim(it, p.place, c, (p.start, p.end), "all_of_count")
        it.settled = True


def rule_share_of_count(r: Reading) -> None:
    """ "30 drones ..., most of them over the Bryansk region", "half of the 48 drones were over
    the Smolensk region", "большая часть из 40 — над Брянской областью": a share of a count said of
    a place gives the place a part whose size the text does not say; the place is named
    without a figure and the count is the report's."""
    low = r.low
    if not _share_word(low):
        return
    for _i, it in r.open_items():
        c = it.count
        if c is None and it.placed and not it.counts and not it.targets:
            # "..., most of them over the Bryansk region": the share of a count said before
            if _SHARE.search(low, it.start - r.base, it.placed[0].start - r.base):
                for p in it.placed:
                    r.claim(it, p.place, None, (p.start, p.end), "share_of_count")
                it.settled = True
            continue
        if c is None or c.each or not it.placed or len(it.counts) != 1:
            continue
        a, b = it.start - r.base, it.placed[0].start - r.base
        m = _SHARE.search(low, c.end - r.base, b) if c.end - r.base < b else None
        if m is None and "%" not in low[c.end - r.base : max(b, 0)]:
            before = low[max(a, c.start - r.base - 40) : c.start - r.base]
            s = _SHARE.search(before)
            if s is None or not _SHARE_OF.fullmatch(
                before, s.end() + 1 if before[s.end() : s.end() + 1] == " " else s.end()
            ):
                continue
        for p in it.placed:
            r.claim(it, p.place, None, (p.start, p.end), "share_of_count")
        r.total(c, 1 if r.total_mark else 2)
        r.facts.totals[-1].wide = True  # a part of it is the place's: never the place's figure
        it.settled = True


#: What joins places that share one figure: "над X и Y", "over X and Y", "над X, а также над Y".
_JOINERS = ("и", "and", "а также")
#: A place's own surroundings after "и", named by no place of their own: "(над Смоленском) и
#: пригородами", "и окрестностями", "и сёлами округа", "и прилегающими территориями" (the
#: text's "ё" is read as "е").
_SURROUNDINGS = re.compile(
    r"\s*(?:(?:его|ее|их)\s+)?(?:ближайш\w+\s+|прилегающ\w+\s+)?"
    r"(?:пригород\w*|окрестност\w*|окраин\w*|территори\w*|сел(?:ами|ах)|поселк(?:ами|ах)"
    r"|деревн(?:ями|ях)|населенн\w+\s+пункт(?:ами|ах))"
    r"(?:\s+(?:округа|района|города|муниципалитета))?(?![\w-])"
    # never places beside it: "и территориями соседних регионов", "и сёлами других районов"
    r"(?!\s+(?:соседн|сопредельн|смежн|друг|ины|нескольк|ряда)[\w-]*)",
    re.IGNORECASE,
)


def _gap(r: Reading, it: ListItem, nxt: ListItem) -> str:
    """The words between two items, without spaces and commas, in lower case."""
    return r.text[it.end - r.base : nxt.start - r.base].strip(" ,").lower()


def _alone_in_list(it: ListItem) -> bool:
    """Whether an item is places alone (no figure, no target, no rule has used it)."""
    return bool(it.placed) and not it.counts and not it.targets and not it.settled


def rule_shared_count(r: Reading) -> None:
    """ "сбиты 12 БПЛА над Краснодарским краем и акваторией Черного моря": places after "и"
    with no count, verb or target of their own share the count of the item before them (one
    figure for all the places, never the first place's alone); so do places before "и" (or
    ", а также") whose item has no count, when the item after it has the count ("над X и
    акваторией Y сбиты 15", "над X и Y областями, а также над Z сбиты 19"), and so do the
    places before those, joined by commas ("в Курчатове, под Рыльском и у Льгова сбиты
    четыре"; each place with a preposition of its own: "под", "у", "около" as "над", "в").
    A place's own surroundings after "и" ("над Шебекино и сёлами округа сбиты три", "над
    Смоленском и пригородами"; ``_SURROUNDINGS``) are no place of their own: the figure is the
    place's."""
    items = r.items
    for i, it in r.open_items():
        k = i + 1
        if k + 1 < len(items) and items[k + 1].sep == "а также" and not r.of(items[k]).strip():
            k += 1  # ", а также": the comma before it cut an empty item
        nxt = items[k] if k < len(items) else None
        if nxt is not None and _gap(r, it, nxt) not in _JOINERS:
            continue  # only places joined by "и" ("а также") right before the count's item
        if (
            it.placed and not it.counts and not it.targets and nxt is not None and not nxt.settled
            and nxt.sep in _JOINERS and not nxt.placed and nxt.count is not None
            and not nxt.count.each and _SURROUNDINGS.match(r.of(nxt))
        ):  # fmt: skip
            # "над Шебекино и сёлами округа уничтожены три": the place's own surroundings, no
            # place of their own; the figure is the place's
            nxt.placed[:0] = it.placed
            nxt.start = it.start
            it.settled = True
            continue
        if (
            it.placed and not it.counts and not it.targets and nxt is not None and not nxt.settled
            and nxt.sep in _JOINERS and nxt.placed and nxt.count is not None
            and not nxt.count.each and _PLACE_FIRST.match(r.of(nxt))
        ):  # fmt: skip
            # "в Курчатове, под Рыльском и у Льгова сбиты четыре": the places before it, each
            # with its own preposition and joined by commas, go with the list too
            j = i
            while j > 0 and _alone_in_list(items[j - 1]) and items[j].sep in (",", *_JOINERS):
                j -= 1
            nxt.placed[:0] = [p for x in items[j : i + 1] for p in x.placed]
            nxt.start = items[j].start
            for x in items[j : i + 1]:
                x.settled = True
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
    or no count (``place_without_count``; a district or town named beside damage alone,
    ``place_of_damage``)."""
    prev_each: Count | None = None
    before = _each_before(r)
    # the claims each implied "one each" gave ("a drone each", "single drones": ``counts._SINGLE_EN``)
    ones: dict[int, list[int]] = {}
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
        count = before.get(_i, count) if count is None else count
        n = len(r.facts.claims)
        _pair(r, it, count)
        if count is not None and count.each and count.implied:
            ones.setdefault(id(count), []).extend(
                k for k in range(n, len(r.facts.claims)) if r.facts.claims[k].rule == "distributive"
            )
        it.settled = True
        prev_each = count if count is not None and count.each else None
    for ks in ones.values():
        if len(ks) == 1:
            # "Single drones were destroyed over the Kursk region": one each over one place is
            # drones of no known number there, never one
            (k,) = ks
            c = r.facts.claims[k]
            r.facts.claims[k] = replace(c, count=None, rule="place_without_count")


def _one_place(placed: list[PlaceMention]) -> bool:
    """Whether all the places of an item are one place: a district and a village in it, or a
    region named, then named again by a common noun ("В Крыму над полуостровом", "в Брянской
    области над регионом")."""
    first = placed[0].place
    if first.district_id is None:
        return all(p.place.area_id == first.area_id and p.place.district_id is None for p in placed)
    return all(p.place.district_id == first.district_id for p in placed)


def _each_before(r: Reading) -> dict[int, Count]:
    """ "Над акваторией X и территорией Y сбиты по два": places each with its own preposition,
    joined by "и" or a comma, before the item whose places end before its "по N" share it
    (the items named no figure of their own)."""
    out: dict[int, Count] = {}
    for k, it in enumerate(r.items):
        c = it.count
        if c is None or not c.each or it.settled or not it.placed:
            continue
        if any(p.start > c.start for p in it.placed):
            continue  # "по два – над X": the places after the figure are its own
        j = k - 1
        while (
            j >= 0
            and r.items[j + 1].sep in (",", "и", "and", "а также", "as well as")
            and not r.items[j].settled
            and r.items[j].placed
            and r.items[j].count is None
        ):
            out[j] = c
            j -= 1
    return out


#: A bare English name, the whole of a mention: "Saratov", "Nizhny Novgorod" (no "region").
_BARE_NAME_EN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")


def _town_hit_en(r: Reading, it: ListItem, p: PlaceMention) -> PlaceMention | None:
    """The town a bare English name means beside damage, else None.

    "A residential building in Saratov was damaged": buildings, cars and streets are hit in a
    town, so a name a region shares with its capital, written without "region", is the town
    there (the Russian "в Саратове" is the town's own form and never needs this). A name of a
    list under one plural head is of the head's kind ("attacks on the Voronezh, Lipetsk and
    Tambov regions": three regions, never the towns of the first two).
    """
    surface = r.text[p.start - r.base : p.end - r.base]
    if not r.english or not _BARE_NAME_EN.fullmatch(surface):
        return None
    if any(g.plural_head and g.start <= p.start < g.end for g in it.groups):
        return None
    town = find_any_place([f"{surface} city"], p.place.area_id)
    if town is None or town.district_id is None or town.area_id != p.place.area_id:
        return None
    return PlaceMention(town, p.start, p.end)


#: A strike told in a clause of its own ("Ukraine strikes Russian oil refinery in Saratov",
#: "drones hit a depot in Bryansk", "удар по НПЗ в Саратове"): the kinds of hitting
#: ``vocab.HIT_RE`` does not hold (it reads damage and debris). Blasts only heard are none.
_STRUCK = word_start(
    r"strik(?:e|es|ing)|struck|hits?|hitting|targets?|удар\w*|поражен\w*|поразил\w*",
    ignorecase=True,
)


#: Blasts only heard, the clause's own news: "Explosions were heard over X", "residents heard
#: blasts in X", "в X слышали взрывы", "над X были слышны хлопки": where they were heard is no
#: place of damage nor of drones downed (discovery110 bl25).
_HEARD = word_start(
    r"(?:explosions?|blasts?|bangs?|взрыв\w*|хлопк\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:heard|слышн\w*|слышал\w*)"
    r"|(?:heard|hearing|слышал\w*|слышн\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:explosions?|blasts?|bangs?|взрыв\w*|хлопк\w*)",
    ignorecase=True,
)


def _only_heard(r: Reading, it: ListItem) -> bool:
    """Whether item ``it`` tells blasts heard and no damage of its own (``_HEARD``; an attack
    beside them, "as drones targeted the region", is no damage of the place)."""
    a, b = it.start - r.base, it.end - r.base
    return _HEARD.search(r.text, a, b) is not None and vocab.DAMAGE_RE.search(r.low, a, b) is None


def rule_clause_of_its_own(r: Reading) -> None:
    """ "Russia claims 112 drones downed overnight as explosions were reported in Saratov": a
    clause opened by "as" after the figure (``reading._AS_CLAUSE_BEFORE``), with no figure and
    no verb that downs, tells what happened meanwhile: its places are where that happened (a
    town hit, "as a fire broke out at a depot in X": ``place_of_damage``; a region, or a town
    where blasts were only heard: no claim), never where the drones were downed. So does a
    clause set off by a semicolon that tells a strike, in a sentence whose other clause gives
    the figure ("Ukraine strikes refinery in Saratov; Moscow says 20 drones downed")."""
    for i, it in r.open_items():
        if it.count is not None or not it.placed:
            continue
        a, b = it.start - r.base, it.end - r.base
        if it.sep != "as" and not _struck_clause(r, i, a, b):
            continue
        if vocab.INTERCEPT_RE.search(r.low, a, b):
            continue  # "..., as five more were downed over X": a clause that downs drones
        it.settled = True
        if not (
            vocab.HIT_RE.search(r.low, a, b) or (it.sep != "as" and _STRUCK.search(r.text, a, b))
        ):
            continue
        for p in it.placed:
            p = _town_hit_en(r, it, p) or p
            if p.place.district_id is not None:
                r.claim(it, p.place, None, (p.start, p.end), "place_of_damage")


def _struck_clause(r: Reading, i: int, a: int, b: int) -> bool:
    """Whether item ``i`` (text ``a:b``) is a clause of a strike set off by a semicolon from a
    clause that gives the figure of drones downed."""
    after = r.items[i + 1] if i + 1 < len(r.items) else None
    if not ((after is not None and after.sep == ";") or r.items[i].sep == ";"):
        return False
    if _STRUCK.search(r.text, a, b) is None:
        return False
    return any(
        x is not r.items[i]
        and x.count is not None
        and vocab.INTERCEPT_RE.search(r.low, x.start - r.base, x.end - r.base) is not None
        for x in r.items
    )


def _rest_its_districts(r: Reading, it: ListItem, area_id: str) -> bool:
    """Whether every other item of the sentence with a figure comes after ``it`` and names only
    districts or towns of ``area_id`` (the region's breakdown: "десять над регионом: семь — в
    X районе, три — в Y"), or there is none."""
    return all(
        x is it
        or x.count is None
        or (
            x.start > it.start
            and bool(x.placed)
            and all(
                m.place.district_id is not None and m.place.area_id == area_id for m in x.placed
            )
        )
        for x in r.items
    )


def _drone_struck(r: Reading) -> bool:
    """Whether a sentence of damage alone tells a drone's own strike and no debris ("В X районе
    атакой FPV-дрона повреждена ЛЭП"), or follows one in its paragraph ("Противник 30 раз
    атаковал приграничье с помощью FPV-дронов. В X районе ранен мужчина."): the drone hit the
    place, it was not downed there, so the place is none of an interception (as a place where
    debris fell would be)."""
    return (
        (
            r.ctx.struck
            or (
                vocab.DRONE_STRUCK_RE.search(r.low) is not None
                and vocab.STRIKE_ATTEMPT_RE.search(r.low) is None
            )
        )
        and "обломк" not in r.low
        and "фрагмент" not in r.low
        # (an English sentence of debris or wreckage tells where a downed drone fell)
        and not (r.english and ("debris" in r.low or "wreckage" in r.low or "fragment" in r.low))
    )


def _hurt_in_its_own_clause(r: Reading, it: ListItem) -> bool:
    """Whether an item without a figure is a clause of its own that tells people hurt and
    downs nothing ("сбиты 74 беспилотника, в Раменском ранен один человек", "..., and one
    person was injured in X"): its place is where they were hurt, never where the sentence's
    drones were downed."""
    a, b = it.start - r.base, it.end - r.base
    return (
        vocab.HARM_RE.search(r.low, a, b) is not None
        and vocab.INTERCEPT_RE.search(r.low, a, b) is None
    )


#: A place attacked, as the subject or the object of the attack ("Брянская область подверглась
#: атаке беспилотников", "беспилотники атаковали Курскую область", ``vocab.ATTACKED``).
_ATTACKED_RE = word_start(vocab.ATTACKED)


def _region_attacked(r: Reading, p: PlaceMention) -> bool:
    """Whether ``p`` is a region a sentence that downs nothing tells was attacked, and the only
    place it names ("Днём Брянская область подверглась атаке беспилотников. Сбиты два"): the
    drones its report downs with no place of their own were downed there, as a heading's
    region says (``Context.titled``; a town attacked is ``place_of_damage``)."""
    return (
        p.place.district_id is None
        and not p.place.area_id.startswith("SEA-")
        and len([m for it in r.items for m in it.placed]) == 1
        and _ATTACKED_RE.search(r.low) is not None
    )


def _pair(r: Reading, it: ListItem, count: Count | None) -> None:
    placed = it.placed
    if count is None and r.interception and _hurt_in_its_own_clause(r, it):
        for p in placed:
            if p.place.district_id is not None:
                r.claim(it, p.place, None, (p.start, p.end), "place_of_damage")
        return
    if count is None:
        if r.interception or r.damage:
            for p in placed:
                if not r.interception and p.place.district_id is None:
                    p = _town_hit_en(r, it, p) or p
                if r.interception:
                    r.claim(it, p.place, None, (p.start, p.end), "place_without_count")
                elif (
                    p.place.district_id is not None
                    and not _drone_struck(r)
                    and not _only_heard(r, it)
                ):
                    # a region named beside damage is not a claim; a town hit is, as the place
                    # where debris fell, not a share of the drones (``place_of_damage``)
                    r.claim(it, p.place, None, (p.start, p.end), "place_of_damage")
                elif _region_attacked(r, p) and not _drone_struck(r):
                    # the region the post is about, as a heading's ("Пензенская область."
                    # on top of a post): no place of drones downed yet
                    r.ctx.titled = p.place.area_id
        return
    cspan = (count.start, count.end)
    one = "sum_verbs" if count.summed else "part_of" if count.part else "count_over_place"
    if count.each:
        frame = _frame_region(placed)
        for p in placed:
            if p is frame:
                r.claim(it, p.place, None, (p.start, p.end), "place_without_count")
            else:
                r.claim(it, p.place, count, join_spans(cspan, (p.start, p.end)), "distributive")
        return
    # "над Коломенским и Раменским округами сбиты три": a list under one plural head shares its
    # figure even when the gazetteer knows only one of its names
    shared = any(g.plural_head and len(g.mentions) > 1 for g in it.groups)
    if len(placed) > 1 and not shared and _one_place(placed):
        # "В Грайворонском округе над селом Головчино сбит беспилотник": a village the gazetteer
        # places in the district just named is that district, one place with one figure (so is
        # a region named again: "В Крыму над полуостровом уничтожены 11")
        p = placed[0]
        r.claim(it, p.place, count, join_spans(cspan, (p.start, placed[-1].end)), one)
        return
    if len(placed) == 1 and not shared:
        p = placed[0]
        r.claim(it, p.place, count, join_spans(cspan, (p.start, p.end)), one)
        if (
            r.total_mark
            and p.place.kind == "region"
            and not count.extra
            and _rest_its_districts(r, it, p.place.area_id)
            and vocab.TOTAL_MARK_RE.search(r.low, 0, count.start - r.base)
        ):
            # "Итого за ночь над областью уничтожено семь": the whole, told as the region's
            # figure, is the report's total too (``report_rules._whole_told_last``), also
            # before its districts' breakdown ("In total, ten over the region: seven in the X
            # district and three in the Y district"); never one row of a list "всего" heads
            # ("Всего ... над X восемь, 17 — над морями")
            r.total(count, 0)
        return
    regions = [p for p in placed if p.place.district_id is None]
    if (town := _located_town(r, placed, regions)) is not None:
        # "над городом Кстово в Нижегородской области", "over the town of X in the Y region":
        # the region after "в"/"in" says where the town lies; the figure is the town's
        r.claim(it, town.place, count, join_spans(cspan, (town.start, town.end)), one)
        return
    if len(regions) == 1 and all(p.place.area_id == regions[0].place.area_id for p in placed):
        # "над Калужской областью сбиты 3 БПЛА — в Людиновском и Кировском районах": the
        # region's figure; the districts inside it are where they fell, without a figure
        for p in placed:
            if p is regions[0]:
                r.claim(it, p.place, count, join_spans(cspan, (p.start, p.end)), one)
            else:
                r.claim(it, p.place, None, (p.start, p.end), "place_without_count")
        return
    places = [p.place for p in placed]
    if len(placed) == 2 and any(p.area_id.startswith("SEA-") for p in places):
        span = join_spans(cspan, (placed[0].start, placed[-1].end))
        r.claim(it, combined_place(places, r.english), count, span, "combined_area")
        return
    # "над территориями Белгородской, Брянской и Курской областей уничтожены 40 БПЛА":
    # the regions as named, the figure at report level, never split.
    for p in placed:
        r.claim(it, p.place, None, (p.start, p.end), "list_without_counts")
    over = tuple(p.place.area_id for p in regions)
    r.total(count, 1 if r.total_mark else 2, shared=not regions, over=over)
    if not regions and len({p.area_id for p in places}) == 1:
        # "два БПЛА сбиты над Рузским и Истринским районами": the districts of one region share
        # the figure, which is that region's (never split among them; see
        # ``report_rules.rule_region_of_districts_count``)
        d = places[0]
        region = Resolved(d.area_id, d.area_ru, d.area_en, "region")
        span = join_spans(cspan, (placed[0].start, placed[-1].end))
        r.claim(it, region, count, span, "districts_of_one_region")


_LOCATOR = re.compile(r"\s*,?\s*(?:в|во|in)\s+(?:the\s+)?$", re.IGNORECASE)
#: "the Belgorod region's Shebekino district": the region before its own district (emphasis
#: around the region blanked before the mark: "**Belgorod region**'s")
_OWNER = re.compile(r" *['’]s?\s+(?:the\s+)?(?:town\s+of\s+)?")
#: "В Краснодарском крае над Туапсинским округом": a region in the prepositional after "в" (the
#: frame), then the district after "над" (``_located_town``)
_IN_FRAME = re.compile(r"(?:^|[^\w-])(?:в|во)\s+$", re.IGNORECASE)
_OVER_INSIDE = re.compile(r"\s*,?\s*(?:в\s+небе\s+)?над\s+(?:[а-я]+\s+)?$", re.IGNORECASE)


def _located_town(
    r: Reading, placed: list[PlaceMention], regions: list[PlaceMention]
) -> PlaceMention | None:
    """The one town or district of a pair "X в Y области" / "X in the Y region", where Y is
    X's own region named after it."""
    if len(placed) != 2 or len(regions) != 1:
        return None
    if placed[0] is regions[0]:
        # "over the Belgorod region's Shebekino district": the figure is the district's
        region, town = placed
        between = r.text[region.end - r.base : town.start - r.base]
        same = town.place.area_id == region.place.area_id
        if same and not r.english and _OVER_INSIDE.fullmatch(between):
            # "В Краснодарском крае над Туапсинским округом сбиты три": the region after "в"
            # says where; the district after "над" is what the drones were downed over
            before = r.text[max(0, region.start - r.base - 4) : region.start - r.base]
            return town if _IN_FRAME.search(before) else None
        # "over the Moscow region's Odintsovo district": the ministry's Moscow region (the city
        # and the oblast, ``RU-MOW+RU-MOS``) owns the oblast's district as its own region would
        owned = same or town.place.area_id in region.place.area_id.split("+")
        return town if owned and r.english and _OWNER.fullmatch(between) else None
    town, region = placed
    if town.place.area_id != region.place.area_id:
        return None
    between = r.text[town.end - r.base : region.start - r.base]
    return town if _LOCATOR.fullmatch(between) else None


def _frame_region(placed: list[PlaceMention]) -> PlaceMention | None:
    """ "Над Тульской областью сбиты по два над Алексином и Новомосковском": the one region
    beside towns or districts of its own is where they lie, not one more place of "по два"."""
    regions = [p for p in placed if p.place.district_id is None]
    if len(regions) != 1 or len(placed) < 3:
        return None
    area = regions[0].place.area_id
    return regions[0] if all(p.place.area_id == area for p in placed) else None


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


#: The words of a town's head or administration in English ("Belgorod Mayor X said", "Taganrog's
#: administration head", "the Kaluga city administration"): a test in C before the town is
#: looked for (every match of ``region_context._TOWN_HEAD_EN`` holds one).
_TOWN_HEAD_WORDS_EN = ("mayor", "city", "administration", "head of")
#: ... and in Russian ("мэр Курска", "глава администрации Рязани", "городской голова Калуги").
_TOWN_HEAD_WORDS_RU = ("мэр", "глав", "админ", "голов")


def rule_town_of_its_head(r: Reading) -> None:
    """ "Belgorod Mayor X said fragments of the downed drones shattered windows in several parts
    of the city", "The Kaluga city administration said debris from one of the drones fell in a
    courtyard", "Мэр Курска сообщил, что обломки сбитого беспилотника упали во дворе": a town's
    head or administration, named with his town, who tells drones downed or their debris with
    no figure and no place the grammar reads speaks of his own town: it is the place, without a
    figure (``town_of_its_head``). A sentence with a figure, a place of its own or an attempt
    is left to the rules that read those; an attack told with no drone downed and no debris
    names no place of interception."""
    if r.facts.claims or r.ctx.attempt is not None or any(it.count is not None for it in r.items):
        return
    if any(m.place is not None for g in r.groups for m in g.mentions):
        return
    words = _TOWN_HEAD_WORDS_EN if r.english else _TOWN_HEAD_WORDS_RU
    if not any(w in r.low for w in words) or not names_drone(r.low):
        return
    if vocab.DEBRIS_RE.search(r.low) is None and vocab.INTERCEPT_RE.search(r.low) is None:
        return
    town = speaker_town(r.text, english=r.english)
    if town is None or town.kind != "district":
        return
    r.claim(None, town, None, (r.base, r.base + len(r.text)), "town_of_its_head")
    for it in r.items:
        it.settled = True
