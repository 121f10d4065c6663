"""Keep one copy of a figure a text tells twice: a lede that retells the quoted statement, a
headline that only names the places the article goes on to count."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise

from geo.area_ids import MOSCOW_REGION, parts
from parsing.model import Claim, Report
from parsing.numbers import find_numbers
from parsing.reading import SentenceFacts
from parsing.speakers import city_head_town
from parsing.vocab import (
    ABOVE_HEADLINE_RE,
    CORRECTED_TEXT_RE,
    CORRECTION_RE,
    DEBRIS_RE,
    DRONE_RE,
    EARLIER_RE,
    INTERCEPT_RE,
    OF_THEM,
    REPORTER_RES,
    TOLD,
)
from settings import MSK


def components(area_id: str) -> set[str]:
    return set(parts(area_id)) if area_id != MOSCOW_REGION else {area_id}


#: Past this many (area, figure) pairs in one sentence, its candidates are all sentences
#: (the pairs of pairs below would outnumber them).
_MANY_FIGURES = 40


def _retelling_candidates(
    units: list[int],
    comps: list[set[str]],
    counts: list[dict[str, set[int | None]]],
    claim_comps: list[list[tuple[int | None, set[str]]]],
    wholes: list[set[int]],
) -> Callable[[int], set[int] | range]:
    """For each sentence ``a``, the kinds of sentence it may retell (a superset of those whose
    areas are all among ``a``'s and whose figures ``a`` gives too): found through an index, so
    a text of thousands of statements is not read in pairs. ``units`` holds one sentence of
    each kind (``_kinds``); the answer is their places in it.

    Each kind is filed under a key ``a`` must hold for its sentences to be retold: two of their
    figures of one area each ((area, figure) pairs ``a`` also has), else one, else one of their
    areas."""
    index: dict[tuple[object, ...], list[int]] = {}
    for u, b in enumerate(units):
        atoms = sorted(
            {(min(comp), n) for n, comp in claim_comps[b] if n is not None and len(comp) == 1}
        )
        if len(atoms) >= 2:
            key: tuple[object, ...] = ("pair", atoms[0], atoms[1])
        elif atoms:
            key = ("atom", atoms[0])
        else:
            key = ("area", min(comps[b]))
        index.setdefault(key, []).append(u)
    every = range(len(units))

    def candidates(a: int) -> set[int] | range:
        atoms = sorted((x, n) for x, ns in counts[a].items() for n in ns if n is not None)
        if len(atoms) > _MANY_FIGURES:
            return every
        keys: list[tuple[object, ...]] = [("area", x) for x in comps[a]]
        keys += [("atom", p) for p in atoms]
        keys += [("atom", (x, n)) for x in comps[a] for n in wholes[a]]
        keys += [("pair", p, q) for i, p in enumerate(atoms) for q in atoms[i + 1 :]]
        return {u for k in keys for u in index.get(k, ())}

    return candidates


def _kinds(
    live: list[int],
    per: list[tuple[int, SentenceFacts, list[Claim]]],
    claim_comps: list[list[tuple[int | None, set[str]]]],
) -> list[list[int]]:
    """The live sentences grouped by all :func:`drop_retellings` reads of a sentence it may drop
    (its areas and figures, "ещё", a quote), each group in text order.

    Whether ``a`` drops ``b`` then depends on ``b`` only through its kind and whether it comes
    before ``a``; so ``a`` drops all of a kind's sentences before it or none, and all after it
    or none. That holds only when the sentences' places in the text (``lede_of_quote``'s) are
    in the order of the list: else each sentence is a kind of its own."""
    if any(per[x][0] >= per[y][0] for x, y in pairwise(live)):
        return [[b] for b in live]
    kinds: dict[object, list[int]] = {}
    for b in live:
        f = per[b][1]
        sig = (f.more, f.quoted, tuple((n, frozenset(comp)) for n, comp in claim_comps[b]))
        kinds.setdefault(sig, []).append(b)
    return list(kinds.values())


def _whole_of_parts(f: SentenceFacts, claims: list[Claim]) -> set[int]:
    """The whole a sentence splits among two or more areas ("intercepted 10 drones, eight of
    them over the Leningrad region and two over the Pskov region"): its exact total when its
    areas' exact figures add up to it. A headline that gives the whole to one of those areas
    ("10 drones over Leningrad Region") names the statement by its main place: it retells it."""
    if len(claims) < 2 or any(c.count is None or c.qualifier != "exact" for c in claims):
        return set()
    summed = sum(c.count or 0 for c in claims)
    return {t.value for t in f.totals if t.qualifier == "exact" and t.value == summed}


#: How many sentences :func:`drop_retellings` compares between two calls of its ``step``.
STEP_SENTENCES = 1000


def drop_retellings(
    facts: list[tuple[int, SentenceFacts]], *, step: Callable[[], None] | None = None
) -> list[Claim]:
    """Keep one copy when a lede retells the quoted statement (same areas, same or no counts).

    ``step()`` is called every ``STEP_SENTENCES`` sentences whose claims are sorted, once the
    sentences with areas are known, every ``STEP_SENTENCES`` sentences whose areas are
    worked out, after they are indexed and every ``STEP_SENTENCES`` sentences compared (an exception it raises stops the work there: how
    a cancel is heard in a report of thousands of statements)."""
    per = []
    for k, (i, f) in enumerate(facts, 1):
        if step is not None and k % STEP_SENTENCES == 0:
            step()
        per.append((i, f, [c for c in f.claims if c.district_id is None]))
    live = [k for k, (_i, f, cs) in enumerate(per) if cs and not f.timestamped]
    if step is not None:
        step()
    if len(live) < 2:
        # one sentence with areas (most reports): nothing retells another, nothing to index
        return [c for _i, f, _c in per for c in f.claims]
    # each sentence's areas and figures, worked out once (the comparisons below read them often)
    comps: list[set[str]] = []
    counts: list[dict[str, set[int | None]]] = []
    claim_comps: list[list[tuple[int | None, set[str]]]] = []
    for k, (_i, _f, cs) in enumerate(per, 1):
        if step is not None and k % STEP_SENTENCES == 0:
            step()
        mine = [(c.count, components(c.area_id)) for c in cs]
        claim_comps.append(mine)
        comps.append(set().union(*(comp for _n, comp in mine)))
        by_comp: dict[str, set[int | None]] = {}
        for n, comp in mine:
            for x in comp:
                by_comp.setdefault(x, set()).add(n)
        counts.append(by_comp)
    wholes = [_whole_of_parts(f, cs) for _i, f, cs in per]
    if step is not None:
        step()
    kinds = _kinds(live, per, claim_comps)
    candidates = _retelling_candidates([ks[0] for ks in kinds], comps, counts, claim_comps, wholes)
    if step is not None:
        step()

    def drops(a: int, b: int) -> bool:
        """Whether sentence ``a`` retells sentence ``b`` (``b`` goes)."""
        if per[a][1].more != per[b][1].more and not lede_of_quote(
            per[b][0], per[b][1], per[a][0], per[a][1]
        ):
            return False  # "сбиты два ... Позже сбиты ещё два": more, never the same told again
        ca, cb = per[a][2], per[b][2]
        comp_a, comp_b = comps[a], comps[b]
        if not comp_b <= comp_a:
            return False
        counts_a = counts[a]
        agree = all(
            n is None or any(n in counts_a.get(x, set()) for x in comp)
            for n, comp in claim_comps[b]
        ) or (len(cb) == 1 and cb[0].count in wholes[a])
        # equal: keep the later, fuller one (drop b only when it is not later)
        return agree and not (
            comp_a == comp_b
            and len(ca) == len(cb)
            and sum(c.count is None for c in ca) <= sum(c.count is None for c in cb)
            and a < b
        )

    # the sentences of a kind dropped: the first ``head[u]`` and those from ``tail[u]`` on (a
    # sentence drops all of a kind before it or none, all after it or none: ``_kinds``)
    kind_of, place = {}, {}
    for u, ks in enumerate(kinds):
        for p, b in enumerate(ks):
            kind_of[b], place[b] = u, p
    head = [0] * len(kinds)
    tail = [len(ks) for ks in kinds]

    def dropped(b: int) -> bool:
        return not head[kind_of[b]] <= place[b] < tail[kind_of[b]]

    for k, a in enumerate(live, 1):
        if step is not None and k % STEP_SENTENCES == 0:
            step()
        if dropped(a):
            continue
        # which b a drops does not depend on the order b are tried in (only on a and b)
        for u in candidates(a):
            ks = kinds[u]
            before = bisect_left(ks, a)
            after = before + 1 if before < len(ks) and ks[before] == a else before
            if before > head[u] and drops(a, ks[before - 1]):
                head[u] = before
            if after < tail[u] and drops(a, ks[after]):
                tail[u] = after
    out: list[Claim] = []
    for k, (_i, f, _c) in enumerate(per):
        if k in kind_of and dropped(k):
            out.extend(c for c in f.claims if c.district_id is not None)
        else:
            out.extend(f.claims)
    return out


def lede_of_quote(i: int, f: SentenceFacts, j: int, g: SentenceFacts) -> bool:
    """Whether sentence ``i`` may be a lede retelling the quote ``j`` though only it says "ещё":
    "Над областью сбиты ещё три беспилотника, сообщил губернатор. «Уничтожены три БПЛА», —
    написал он" is three (the agency's "ещё" counts from its earlier items; the statement it
    quotes counts its own attack). The lede comes first, unquoted; the quote after it tells
    no "ещё" (a quote that says "ещё" after a lede that does not is more)."""
    return i < j and f.more and not f.quoted and g.quoted and not g.more


def _headline(r: Report, text: str) -> bool:
    """Whether a report's figures are told by the text's headline alone: its first line, ending
    with no full stop ("ПВО сбила беспилотник над Краснодарским краем" over the article), under
    the lines a page puts above it (``_headline_line``). Lines after it without figures (a
    dateline, "Москва. 21 августа.") may join its report."""
    line = _headline_line(text)
    if r.evidence is None or line is None:
        return False
    told = max((c.evidence[1] for c in r.claims), default=r.evidence[1])
    return told <= line[1]


@lru_cache(maxsize=4)  # (asked by each report's retelling and each headline step of one text)
def _headline_line(text: str) -> tuple[int, int] | None:
    """Where the text's headline starts and ends: its first line, when no full stop ends it and
    a line follows, past the lines a page or a channel puts above it (when it was posted,
    "08:17" or "Обновлено 08:17", its tags, a call to subscribe: ``vocab.ABOVE_HEADLINE_RE``);
    None when that line is no headline."""
    # (the spaces before it found with no copy of a long text, as ``str.lstrip`` makes)
    at = _SPACE.match(text).end()  # type: ignore[union-attr]
    for _ in range(_LINES_ABOVE_HEADLINE + 1):
        end = text.find("\n", at)
        if end < 0:
            return None
        if ABOVE_HEADLINE_RE.fullmatch(text, at, end) is None:
            line = text[at:end].rstrip()
            return (at, end) if line and line[-1] not in ".!?…" else None
        at = _SPACE.match(text, end).end()  # type: ignore[union-attr]
    return None


#: How many lines a page may put above a headline (a time stamp, tags, a call to subscribe)
_LINES_ABOVE_HEADLINE = 2


def drop_place_only_retellings(reports: list[Report], low: str = "") -> list[Report]:
    """Drop a report that only names places ("drones downed above several regions, among them
    Moscow and Tula" in a headline) when another report of the text names them all: the
    headline retells the article, it is not a report of its own.

    A town's head or administration who tells drones downed over his town, or their debris,
    with no figure, beside a governor's figures for the same places ("Как сообщили в
    администрации города, обломки сбитого беспилотника упали ..." before or after "Губернатор
    уточнил, что над областью уничтожены 13, в том числе над городом") speaks for himself: his
    report is his own, never a retelling of the governor's (docs/labels.md: another speaker's
    paragraph that tells drones downed is his report). ``low`` is the lower-cased text the
    reports were read from."""
    out = list(reports)
    dropped: set[int] = set()
    for k, r in enumerate(reports):
        places = {(c.area_id, c.district_id) for c in r.claims}
        if r.country == "RU" and places and all(c.count is None for c in r.claims):
            own = _city_heads_own_words(r, low)
            others = [
                j
                for j, o in enumerate(reports)
                if j != k
                and j not in dropped
                and o.country == "RU"
                and not (own and o.reporter != r.reporter)
            ]
            told = [
                j
                for j in others
                if places <= {(c.area_id, c.district_id) for c in reports[j].claims}
                # another speaker's place of damage after a report that named it only for its
                # damage (a headline's "обломки упали в Туапсе" over the ministry's figures,
                # then "В оперштабе уточнили, что обломки упали в Туапсинском округе"): his own
                # words, which the headline retold
                and not (
                    j < k
                    and r.reporter not in (reports[j].reporter, "media")
                    and _damage_alone(reports[j], places)
                )
            ]
            if r.total is None and told:
                dropped.add(k)
                _night_to_retold(out, told[0], r)
            elif r.total is not None and _sum_of_its_places(
                r, places, [reports[j] for j in others]
            ):
                dropped.add(k)
    return [r for k, r in enumerate(out) if k not in dropped]


def _city_heads_own_words(r: Report, low: str) -> bool:
    """Whether ``r`` is a town's head's report whose own words tell drones downed, by a verb
    that downs them or by their debris (``low``: the lower-cased text; "an attack was
    attempted overnight, the mayor said" tells neither)."""
    if r.reporter != "mayor" or r.evidence is None or not low:
        return False
    said = low[r.evidence[0] : r.evidence[1]]
    if not _names_a_city_head(said):
        return False  # (the speaker of a report before it, whose words these are not)
    return DEBRIS_RE.search(said) is not None or (
        INTERCEPT_RE.search(said) is not None and DRONE_RE.search(said) is not None
    )


def _names_a_city_head(low: str) -> bool:
    """Whether lower-cased words name a town's head or administration as their speaker."""
    return city_head_town(low) is not None or any(
        who == "mayor" and rx.search(low) is not None for who, rx in REPORTER_RES
    )


def _damage_alone(r: Report, places: set[tuple[str, str | None]]) -> bool:
    """Whether ``r`` names one of ``places`` only for its damage (``place_of_damage``)."""
    return any(
        all(c.rule == "place_of_damage" for c in r.claims if (c.area_id, c.district_id) == p)
        for p in places
        if p[1] is not None
    )


def drop_ukraines_figure_retold(reports: list[Report]) -> list[Report]:
    """Drop a report of Russia's side with no speaker and no place that only tells the figure a
    report of Ukraine's side in the same text gives: "Drones rain on Ukraine overnight, air force
    says 57 shot down" over "Russia sent 74 drones into Ukraine overnight; 57 of them were shot
    down, Ukraine's air force said" is the headline told before its speaker is named, drones over
    Ukraine (a report of its own speaker, or with a place over Russia, stays)."""
    ukraines = {r.total for r in reports if r.country == "UA" and r.total is not None}
    if not ukraines:
        return reports
    return [
        r
        for r in reports
        if not (
            r.country == "RU" and r.reporter == "media" and not r.claims and r.total in ukraines
        )
    ]


def drop_retold_totals(reports: list[Report], text: str = "") -> list[Report]:
    """Drop a report of Russia's side that only tells a total with no time of its own, or a vaguer
    time that holds the statement's (:func:`_time_within`) ("Russia
    says 18 drones destroyed over five regions" over the ministry's "Between 8 p.m. and 11:30
    p.m. ... 18 drones: seven over ..."; "Губернатор: над областью сбиты 7 БПЛА" over the post)
    when a later report of the same speaker gives that total with figures: the headline or
    lede retells the statement, whose window or night is the report's. Its places, if it names
    any without a figure, must all be the statement's; so must its figures, if it gives any
    ("ПВО сбила беспилотник над Краснодарским краем" over "Днём 12 сентября над Краснодарским
    краем ... был уничтожен украинский беспилотник": one drone told twice)."""
    out: list[Report] = []
    moved: set[int] = set()  # the statements a headline retold, told where the headline stood
    for k, r in enumerate(reports):
        if id(r) in moved:
            continue
        if r.country == "RU" and r.total is not None and r.hours is None:
            # (a town named for its damage alone is no place of the figure: "Ukraine strikes
            # refinery in Saratov; Moscow says 20 drones downed")
            places = {(c.area_id, c.district_id) for c in r.claims if c.rule != "place_of_damage"}
            figures = {(c.area_id, c.district_id, c.count) for c in r.claims if c.count is not None}
            headline = _headline(r, text)
            if figures and not headline:
                # (figures of their own with no time: retold only from a headline; a sentence
                # "Утром сбиты два" before "Накануне вечером ... также два" is a report of its own)
                out.append(r)
                continue
            told = next(
                (
                    o
                    for o in reports[k + 1 :]
                    if o.country == "RU"
                    and _total_retold(r, o)
                    # (a headline's "Russia claims" names a side, not a speaker: the body names who)
                    and (r.reporter in (o.reporter, "media") or headline)
                    and _time_within(o, r)
                    and (
                        any(c.count is not None for c in o.claims)
                        # (a statement that names its regions with no figure each, the ministry's
                        # flat list of 2026, tells the total a headline with no place retells)
                        or (not places and any(c.district_id is None for c in o.claims))
                    )
                    and places <= {(c.area_id, c.district_id) for c in o.claims}
                    and figures <= {(c.area_id, c.district_id, c.count) for c in o.claims}
                ),
                None,
            )
            if told is not None:
                if headline:
                    # the headline tells the statement first: the text's first report
                    # (docs/labels.md), before another speaker's paragraph between them
                    moved.add(id(told))
                    out.append(told)
                continue
        out.append(r)
    return out


def _total_retold(r: Report, o: Report) -> bool:
    """Whether ``r``'s total tells ``o``'s: the same figure, or a bound below it ("more than 100
    drones" in a headline over the statement's "at least 109", as ``rule_bound_then_figure``
    reads inside one report)."""
    assert r.total is not None
    return o.total == r.total or (
        r.total_qualifier == "at_least" and o.total is not None and o.total > r.total
    )


def headlines_of_the_body(reports: list[Report], text: str) -> list[Report]:
    """Read a headline's figures as what the body under it tells (docs/labels.md).

    A headline that adds up the posts or windows the body tells one by one ("Над Брянской
    областью вечером сбили ещё пять" over a post of three and a later one of two) is no report of
    its own; one with no place read whose figure is a row of the same speaker's statement below,
    which tells no total ("Минобороны сообщило о 8 сбитых над областью" over "над Саратовской
    областью уничтожены восемь, над Волгоградской — три"), retells that row. A report the
    headline opens but whose figures the body tells further down ("Над Брянщиной за сутки сбили
    17" and, after the night's 12 and the day's 5, "Всего ... за сутки сбиты 17") stands where
    the body tells it when it adds up the reports told before it: the first report is the first
    the body tells."""
    line_end = _headline_end(text)
    if line_end is None:
        return reports
    out: list[Report] = []
    for k, r in enumerate(reports):
        if r.country == "RU" and r.evidence is not None and r.evidence[0] < line_end:
            later = [o for o in reports[k + 1 :] if o.country == "RU"]
            if (
                (_headline(r, text) and _adds_up_later(r, later))
                or (
                    _retold_row(r, later)
                    and r.total in {n.value for n in find_numbers(text[r.evidence[0] : line_end])}
                )
                or (
                    r.evidence[1] <= line_end  # the headline's own report
                    and _told_again_below(r, later)
                )
            ):
                continue
        out.append(r)
    return _headline_reports_where_told(out, line_end)


def headline_wholes(reports: list[Report], text: str) -> list[Report]:
    """Drop a headline's row whose place the body under it counts in two or more figures that
    add up to it ("Four drones downed near Moscow overnight" over the mayor's one, then two
    more, then one more): the headline tells the whole of the body's running count, not one
    figure more, and the report keeps the parts (a figure counted once, never twice). A
    region's whole over its districts' figures stays: those are rows of another level."""
    line_end = _headline_end(text)
    if line_end is None:
        return reports
    return [_without_headline_wholes(r, line_end) if r.country == "RU" else r for r in reports]


def _without_headline_wholes(r: Report, line_end: int) -> Report:
    wholes = {
        k
        for k, c in enumerate(r.claims)
        if c.evidence[1] <= line_end
        and c.count is not None
        and _parts_add_up(c, [d for d in r.claims if d.evidence[0] >= line_end])
    }
    if not wholes:
        return r
    return replace(r, claims=tuple(c for k, c in enumerate(r.claims) if k not in wholes))


def _parts_add_up(whole: Claim, body: list[Claim]) -> bool:
    """Whether two or more of the body's figures of ``whole``'s place and kind add up to it."""
    parts = [
        d
        for d in body
        if d.area_id == whole.area_id
        and d.kind == whole.kind
        and d.district_id == whole.district_id
    ]
    return (
        len(parts) > 1
        and all(d.count is not None for d in parts)
        and sum(d.count or 0 for d in parts) == whole.count
    )


def _told_again_below(r: Report, later: list[Report]) -> bool:
    """Whether every figure of a headline's report is one the reports below it tell, each row
    of it with its area ("Crimea: 20 drones overnight, says ministry; Sevastopol governor reports
    five downed over city" over the ministry's 20 over Crimea and the governor's five over the
    city): the headline sums up the speakers the body quotes, no report of its own. Only a
    report the headline alone makes, whose figures two or more reports below tell."""
    if r.total is None or not r.claims or any(c.count is None for c in r.claims):
        return False
    telling = set()
    for c in r.claims:
        by = {
            k
            for k, o in enumerate(later)
            for d in o.claims
            if (d.area_id, d.district_id, d.count) == (c.area_id, c.district_id, c.count)
        }
        if not by:
            return False
        telling |= by
    telling |= {
        k
        for k, o in enumerate(later)
        if o.total == r.total or any(d.count == r.total for d in o.claims)
    }
    return len(telling) > 1 and any(
        r.total in (o.total, *(d.count for d in o.claims)) for o in later
    )


def headline_rows_told_later(
    reports: list[Report],
    text: str,
    whole: Callable[[tuple[Claim, ...]], Claim | None],
) -> list[Report]:
    """Drop from the report a headline opens a row the headline tells of a later report ("Над
    Курской областью за день сбиты шесть беспилотников, вечером — еще три над Белгородчиной"
    over the day's window of six over Kursk and a later window's three over Belgorod): a headline
    that tells the body's windows one by one gives each its own figure, never the first one's
    rows. Only when every other figure of the headline stands in the body of the report it
    opens, and the row's figure (its area's, the same count) stands in a later report of Russia's
    side and not in that body. The report's total, none beside the row, is then its one area's
    figure (``whole``: ``build.one_area_figure``)."""
    line_end = _headline_end(text)
    if line_end is None or len(reports) < 2:
        return reports
    first = reports[0]
    if (
        first.country != "RU"
        or first.evidence is None
        or not first.evidence[0] < line_end < first.evidence[1]
    ):
        return reports
    body = {n.value for n in find_numbers(text[line_end : first.evidence[1]])}
    later = {
        (d.area_id, d.district_id, d.count)
        for o in reports[1:]
        if o.country == "RU"
        for d in o.claims
        if d.count is not None
    }
    head = [c for c in first.claims if c.evidence[1] <= line_end and c.count is not None]
    told_later = {
        id(c) for c in head if c.count not in body and (c.area_id, c.district_id, c.count) in later
    }
    if not told_later or any(c.count not in body for c in head if id(c) not in told_later):
        return reports
    claims = tuple(c for c in first.claims if id(c) not in told_later)
    r = replace(first, claims=claims)
    if r.total is None and (one := whole(claims)) is not None:
        r = replace(r, total=one.count, total_qualifier=one.qualifier)
    return [r, *reports[1:]]


def headline_sums(reports: list[Report], text: str) -> list[Report]:
    """A headline's figure that adds up the windows the body tells one by one ("Russian air
    defenses intercept 35 drones in two waves" over "eight ... between 8:00 p.m. and 11:00 p.m.,
    and another 27 between 11:00 p.m. and 7:00 a.m."): when the headline joins the first
    window's report, whose total it had become, that report's own figure is its rows' sum; a
    headline that is a report of its own, with no place and no window, is none (docs/labels.md: a
    headline figure that only adds the body's windows is no report's). Only when the headline
    holds the figure and the report's rows (if any), with the rows' sums of the other reports
    of Russia's side that have rows (two or more when it has none), add up to it exactly."""
    line_end = _headline_end(text)
    if line_end is None or len(reports) < 2:
        return reports
    lede_end = _lede_end(text, line_end)
    in_headline = {n.value for n in find_numbers(text[:lede_end])}
    for k, r in enumerate(reports):
        mine = _rows_sum(r) or 0
        # (the lede under the headline retells the statement as the headline does: "Russian air
        # defenses destroyed 14 drones over the Bryansk and Belgorod regions late on Thursday
        # and early on Friday" over the 6 and the 8 of two windows; only a window's report, the
        # others windows too)
        in_lede = (
            r.evidence is not None
            and line_end <= r.evidence[0] < lede_end
            and r.window is not None
            and all(o.window is not None for o in reports if o.country == "RU" and o.claims)
        )
        # a lede with a figure and nothing else ("Российские средства ПВО вечером и ночью
        # перехватили 31 украинский беспилотник, сообщили в Минобороны") retells the windows'
        # whole as the headline does (stop 47, news: the windows' sum only)
        bare_lede = (
            r.evidence is not None
            and line_end <= r.evidence[0] < lede_end
            and not r.claims
            and r.window is None
        )
        if (
            r.country != "RU"
            or r.evidence is None
            or (r.evidence[0] >= line_end and not in_lede and not bare_lede)
            or r.total is None
            or r.total_qualifier != "exact"
            or r.total not in in_headline
            or mine >= r.total
            or (mine == 0 and (r.claims or r.window is not None))
        ):
            continue
        if not _adds_up_windows(r, reports, mine, whole=not bare_lede):
            continue
        if mine:
            # the places the headline or the lede named without a figure are the windows' own
            named = {c.area_id for o in reports if o is not r for c in o.claims}
            kept = tuple(
                c
                for c in r.claims
                if not (c.count is None and c.evidence[0] < lede_end and c.area_id in named)
            )
            return [*reports[:k], replace(r, total=mine, claims=kept), *reports[k + 1 :]]
        # the headline alone: "Russia says 30 drones downed in evening and overnight attacks"
        # (and its lede after it, which may tell the same sum: read again without it)
        return headline_sums([*reports[:k], *reports[k + 1 :]], text)
    return reports


def _adds_up_windows(r: Report, reports: list[Report], mine: int, *, whole: bool) -> bool:
    """Whether ``r``'s total is its rows' sum ``mine`` and the rows' sums of the other reports
    of Russia's side (two or more when it has none), or with no rows of its own, the sum of two
    or more windows' reports of Russia's side: the ministry's windows that a news piece tells
    beside a governor's night and an earlier day ("7 ... с 20.00 до 23.00", "ещё 24 ... с 23.00
    до 7.00" under "31 беспилотник" beside the governor's 16). ``whole``: the sum of every other
    report may do (a bare lede has the windows' only)."""
    if whole:
        others = [s for o in reports if o is not r and o.country == "RU" and (s := _rows_sum(o))]
        if len(others) >= 2 - bool(mine) and mine + sum(others) == r.total:
            return True
    if mine:
        return False
    windows = sorted(
        (o.window.start, o.window.end, s)
        for o in reports
        if o is not r and o.country == "RU" and o.window is not None and (s := _rows_sum(o))
    )
    # two or more windows, each starting where the one before ended (an earlier day told
    # beside them, "Накануне ... днём был сбит один", is none of them)
    for i in range(len(windows)):
        got, end = windows[i][2], windows[i][1]
        for start, nxt_end, figure in windows[i + 1 :]:
            if start != end:
                break
            got, end = got + figure, nxt_end
            if got == r.total:
                return True
    return False


def _rows_sum(r: Report) -> int | None:
    """The sum of a report's region-level figures, all exact (None when it has none)."""
    rows = [c for c in r.claims if c.district_id is None and c.count is not None]
    if not rows or any(c.qualifier != "exact" for c in rows):
        return None
    return sum(c.count or 0 for c in rows)


def _region_figures(r: Report) -> dict[str, int]:
    figures: dict[str, int] = {}
    for c in r.claims:
        if c.district_id is None and c.count is not None:
            figures[c.area_id] = figures.get(c.area_id, 0) + c.count
    return figures


def _adds_up_later(r: Report, later: list[Report]) -> bool:
    """Whether the headline's one region figure is the sum of that region's figures in two or
    more reports after it, and its total (if any) is that sum."""
    mine = _region_figures(r)
    if len(mine) != 1 or any(c.count is not None for c in r.claims if c.district_id is not None):
        return False
    ((area, n),) = mine.items()
    told = [f[area] for o in later if area in (f := _region_figures(o))]
    return len(told) >= 2 and sum(told) == n and r.total in (None, n)


def _retold_row(r: Report, later: list[Report]) -> bool:
    """Whether a headline that read no place, or only the region of that row, tells a row of its
    speaker's statement below, a statement with no total ("Курск атакован, Минобороны сообщило
    о 6 сбитых над областью": the region is the town's, and the row below is the ministry's
    Kursk row; the town attacked is named in the body too)."""
    figures = [c for c in r.claims if c.count is not None]
    if r.total is None or len(figures) > 1 or any(c.district_id for c in figures):
        return False
    areas = {c.area_id for c in figures}
    return any(
        o.reporter == r.reporter
        and o.total is None
        and any(
            c.count == r.total and (not areas or c.area_id in areas)
            for c in o.claims
            if c.district_id is None
        )
        for o in later
    )


def _headline_reports_where_told(reports: list[Report], line_end: int) -> list[Report]:
    """Move a report the headline opens, whose figures all stand in the body, after the reports
    the body tells before them when it adds them up (the body's own tally of its posts)."""
    if len(reports) < 2:
        return reports
    first = reports[0]
    if (
        first.country != "RU"
        or first.evidence is None
        or first.evidence[0] >= line_end
        or not first.claims
        or min(c.evidence[0] for c in first.claims) < line_end
    ):
        return reports
    told_at = min(c.evidence[0] for c in first.claims)
    k = 1
    while k < len(reports) and _told_before(reports[k], told_at):
        k += 1
    parts = [r.total for r in reports[1:k]]
    if len(parts) < 2 or None in parts or sum(p or 0 for p in parts) != first.total:
        return reports  # the headline tells a report of its own first ("ministry reports 60")
    return [*reports[1:k], first, *reports[k:]]


def _told_before(r: Report, at: int) -> bool:
    """Whether ``r`` is a report of Russia's side with figures that the text tells before ``at``."""
    return (
        r.evidence is not None
        and r.evidence[0] < at
        and r.country == "RU"
        and any(c.count is not None for c in r.claims)
    )


def _headline_end(text: str) -> int | None:
    """Where the text's headline ends (``_headline_line``), None when it has none."""
    line = _headline_line(text)
    return None if line is None else line[1]


_SPACE = re.compile(r"\s*")


def _lede_end(text: str, line_end: int) -> int:
    """Where the paragraph right under the headline ending at ``line_end`` (the lede) ends."""
    at = _SPACE.match(text, line_end).end()  # type: ignore[union-attr]
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def recaps_after_their_parts(reports: list[Report], norm: str) -> list[Report]:
    """Put a recap after the reports it sums: a report of Russia's side with a total and no
    figure of its own, told before two or more reports of its speaker that come right after it,
    each with figures and a time inside the recap's, whose totals add up to its total ("Силы ПВО
    в течение вечера пятницы и ночи на субботу сбили в общей сложности 57 беспилотников" over
    the ministry's "с 20.00 до 23.00 ... 19" and "с 23.00 до 07.00 ... 38"). The windows are the
    reports the statement tells; the whole of them is one more, told after them as a night's
    total after its windows is (docs/labels.md), never the first report of the text. So is a
    day's recap before the night's part it names right after its figure ("46 drones over the
    past 24 hours, 31 of them overnight", "за сутки 90, из них 60 — ночью": ``_night_part``)."""
    out = list(reports)
    k = 0
    while k < len(out):
        r = out[k]
        parts_end = (_parts_of_recap(out, k) or _night_part(out, k, norm)) if _a_recap(r) else None
        if parts_end is None:
            k += 1
            continue
        out[k:parts_end] = [*out[k + 1 : parts_end], r]
        k = parts_end
    return out


#: What leads from a day's recap to the night's part of it: "..., including 60 overnight",
#: "..., 31 of them overnight", "... 90 беспилотников. Из них 60 — ночью" (the words of a part
#: before the part's figure, or after it).
_PART_JOIN = re.compile(
    r"\W*(?:(?:including|of\s+which|of\s+them|в\s+том\s+числе|из\s+них)\s+"
    rf"|[\w-]+\s+(?:{OF_THEM})(?![\w-]))",
    re.IGNORECASE,
)


def _night_part(reports: list[Report], k: int, norm: str) -> int | None:
    """The end of the night's part right after the day's recap ``reports[k]`` (a report with no
    night that its speaker's night report, smaller, goes on from with the words of a part,
    ``_PART_JOIN``); None when there is none."""
    r = reports[k]
    if k + 1 >= len(reports) or r.night_of is not None or r.period is not None:
        return None
    o = reports[k + 1]
    if (
        o.country != "RU"
        or o.night_of is None
        or o.total is None
        or o.total >= (r.total or 0)
        or r.reporter not in (o.reporter, "media")
        or r.evidence is None
        or o.evidence is None
        or (m := _PART_JOIN.match(norm, r.evidence[1])) is None
        or m.end() < o.evidence[0]
    ):
        return None
    return k + 2


def _a_recap(r: Report) -> bool:
    return (
        r.country == "RU"
        and r.total is not None
        and r.total_qualifier == "exact"
        and not r.adds_to_previous
        and all(c.count is None for c in r.claims)
    )


def _parts_of_recap(reports: list[Report], k: int) -> int | None:
    """The end of the reports right after ``reports[k]`` whose totals add up to its total (two
    or more, each of its speaker, inside its time, with figures or a window of its own: "41
    were destroyed between 11 p.m. and 7 a.m. over X, Y and Z" names its places without
    figures); None when there are none."""
    r = reports[k]
    left = r.total or 0
    j = k + 1
    while j < len(reports) and left > 0:
        o = reports[j]
        if (
            o.country != "RU"
            or o.adds_to_previous  # an update told after the recap: it adds, it is no part
            or o.total is None
            or r.reporter not in (o.reporter, "media")
            or not (o.window is not None or any(c.count is not None for c in o.claims))
            or not _inside_recap(o, r)
        ):
            return None
        left -= o.total
        j += 1
    return j if left == 0 and j - k > 2 else None


def _inside_recap(told: Report, recap: Report) -> bool:
    """Whether a report's time lies inside a recap's: the recap's window holds it, or the recap
    tells a night and the report's window lies between the noon before it and its noon (the
    evening before the night is the night's recap's too: "за вечер и ночь"), or the same night."""
    if recap.window is None and recap.night_of is None:
        return True
    if recap.night_of is not None and recap.window is None:
        if told.night_of == recap.night_of and told.window is None:
            return True
        noon = datetime.combine(recap.night_of, time(12), tzinfo=MSK)
        return (
            told.window is not None
            and noon - timedelta(days=1) <= told.window.start
            and (told.window.end <= noon)
        )
    return _time_within(told, recap)


def _time_within(told: Report, retelling: Report) -> bool:
    """Whether a statement's time lies within its retelling's: the retelling has no time of its
    own, or a vaguer one that holds the statement's ("12 drones on Saturday evening" over
    "Between 8pm and midnight on Saturday ... 12 drones"; "40 drones overnight" over the
    window of that night)."""
    if retelling.window is None and retelling.night_of is None:
        return True
    if retelling.window is not None:
        w = told.window
        return w is not None and retelling.window.start <= w.start and w.end <= retelling.window.end
    return told.night_of == retelling.night_of


def _sum_of_its_places(
    r: Report, places: set[tuple[str, str | None]], others: list[Report]
) -> bool:
    """Whether a total over places named without figures ("губернаторы сообщили о 15 сбитых над
    Брянской и Курской областями" over each governor's paragraph, 9 and 6) sums the reports that
    give those places their figures: two or more, each over some of them, together over all."""
    covering = [
        o
        for o in others
        if o.total is not None
        and o.claims
        and {(c.area_id, c.district_id) for c in o.claims} <= places
        and any(c.count is not None for c in o.claims)
    ]
    named = {(c.area_id, c.district_id) for o in covering for c in o.claims}
    return (
        len(covering) >= 2
        and named == places
        and sum(o.total or 0 for o in covering) == r.total
        and r.total_qualifier == "exact"
    )


def _night_to_retold(reports: list[Report], j: int, retelling: Report) -> None:
    """Give the report a retelling tells of the retelling's night when it has no time of its
    own: "Drones were downed over Tula and Bryansk, the ministry said. A woman was hurt in Tula
    ... 'An attack was attempted overnight,' the mayor said": one attack, one night."""
    told = reports[j]
    if told.night_of is None and told.window is None and retelling.night_of is not None:
        reports[j] = replace(told, night_of=retelling.night_of)


def drop_retold_targets(facts: list[tuple[int, SentenceFacts]]) -> list[Claim]:
    """The figures of drones bound for Moscow, one copy where a lede retells the mayor's quote:
    "Two drones flying toward Moscow were shot down, Sobyanin said. 'Air defence repelled an
    attack by two drones flying toward Moscow,' he wrote" is two. A sentence whose figures are
    those of a later one (neither a timed line, both or neither telling "ещё"/"more") is that
    one told first; timed lines are events of their own."""
    keyed = [
        (f, (tuple(sorted((c.area_id, c.count or 0) for c in f.target_claims)), f.more))
        for _i, f in facts
        if f.target_claims
    ]
    at = [i for i, f in facts if f.target_claims]
    last = {key: k for k, (f, key) in enumerate(keyed) if not f.timestamped}
    return [
        c
        for k, (f, key) in enumerate(keyed)
        if f.timestamped
        or (
            last[key] == k
            and not _sum_of_lines_after(keyed, k)
            and not any(
                key[0] == other[0] and not g.timestamped and lede_of_quote(at[k], f, at[j], g)
                for j, (g, other) in enumerate(keyed)
            )
        )
        for c in f.target_claims
    ]


def _sum_of_lines_after(keyed: Sequence[tuple[SentenceFacts, object]], k: int) -> bool:
    """Whether the figure of a sentence that is no timed line ("Собянин: за ночь на подлёте к
    Москве сбиты 9 беспилотников" over his lines) is the sum of the two or more timed lines after
    it ("23:48. ... сбит один", "00:15. Ещё два ...", ...): the night told ahead of its events."""
    f = keyed[k][0]
    if f.more or len(f.target_claims) != 1 or f.target_claims[0].count is None:
        return False
    area = f.target_claims[0].area_id
    lines = [c for g, _key in keyed[k + 1 :] if g.timestamped for c in g.target_claims]
    return (
        len(lines) >= 2
        and all(c.area_id == area and c.count is not None for c in lines)
        and sum(c.count or 0 for c in lines) == f.target_claims[0].count
    )


#: The figure a speaker gave before, told as his earlier words after a word of before
#: (``vocab.TOLD``): "Ранее ведомство сообщало о 23 беспилотниках", "Ранее губернатор говорил о
#: семи", "Earlier the ministry had reported 23".
_TOLD_BEFORE = re.compile(rf"\s*,?\s*(?:[\w-]+\s+){{0,3}}?(?:{TOLD})(?![\w-])", re.IGNORECASE)


def drop_superseded(reports: list[Report], low: str) -> list[Report]:
    """Drop the figure a correction set right (docs/labels.md: the superseded one is no report):
    in a text that says a figure was corrected, a report of Russia's side with no time and no
    place of its own, told as its speaker's earlier words ("Ранее ведомство сообщало о 23
    беспилотниках, сбитых за этот период над теми же регионами"), beside a report of the same
    speaker with another total (``low``: the lower-cased text)."""
    if len(reports) < 2 or not CORRECTED_TEXT_RE.search(low):
        return reports
    out = []
    for r in reports:
        if _set_right_later(r, reports, low) or _told_before_set_right(r, reports, low):
            continue
        if (
            r.country == "RU"
            and r.total is not None
            and r.evidence is not None
            and r.window is None
            and r.hours is None
            and not any(c.count is not None for c in r.claims)
            and _told_as_before(low, r.evidence)
            and any(
                o is not r
                and o.country == "RU"
                and o.reporter == r.reporter
                and o.total not in (None, r.total)
                and r.night_of in (None, o.night_of)
                for o in reports
            )
        ):
            continue
        out.append(r)
    return out


def _told_before_set_right(r: Report, reports: list[Report], low: str) -> bool:
    """Whether ``r`` is its speaker's earlier words ("Ранее ведомство сообщало о 14
    беспилотниках, сбитых над Ростовской областью") that another report of the same speaker sets
    right: it gives every place ``r`` gave a figure one of its own, another figure for one at
    least, wherever the text tells it (the correction's "по уточнённым данным ... 17" first)."""
    mine = _placed(r)
    if r.country != "RU" or r.evidence is None or not mine or not _told_as_before(low, r.evidence):
        return False
    for o in reports:
        theirs = _placed(o)
        if (
            o is not r
            and o.country == "RU"
            and o.reporter == r.reporter
            and mine.keys() <= theirs.keys()
            and any(theirs[k] != n for k, n in mine.items())
        ):
            return True
    return False


def _placed(r: Report) -> dict[tuple[str, str | None], int]:
    """The figures a report gives its places, by (area, district)."""
    return {(c.area_id, c.district_id): c.count for c in r.claims if c.count is not None}


def _set_right_later(r: Report, reports: list[Report], low: str) -> bool:
    """Whether a later report of Russia's side sets ``r``'s figures right: its correction's words
    ("по уточнённым данным", "позже ... уточнил"; from another speaker only data set right, "по
    уточнённым данным") stand between the two, before its figures, and it gives every place
    ``r`` gave a figure one of its own, another figure for one at least.

    "Утром глава Энска написал, что над городом уничтожены пять дронов ... Позднее губернатор
    поправил цифру: по уточнённым данным, ночью над Энском сбиты шесть":
    the five is superseded, no report (docs/labels.md), whoever told it (discovery80 ah17)."""
    mine = _placed(r)
    if r.country != "RU" or r.evidence is None or not mine:
        return False
    for o in reports:
        theirs = _placed(o)
        if (
            o is r
            or o.country != "RU"
            or o.evidence is None
            or o.evidence[0] < r.evidence[1]
            or (None not in (r.night_of, o.night_of) and r.night_of != o.night_of)
            or not mine.keys() <= theirs.keys()
            or all(theirs[k] == n for k, n in mine.items())
        ):
            continue
        first = min(c.evidence[0] for c in o.claims if c.count is not None)
        # (another speaker's figure sets the first right only as data set right: "В
        # Минобороны позднее уточнили, что всего ... 10" after a governor's 20 is the
        # ministry's own count, a report beside his; discovery56 g30)
        marks = CORRECTION_RE if o.reporter == r.reporter else _DATA_SET_RIGHT
        if marks.search(low, r.evidence[1], first) is not None:
            return True
    return False


#: Data told as set right: "по уточнённым данным", "по обновлённым сведениям".
_DATA_SET_RIGHT = re.compile(r"(?:уточненн|обновленн)\w+\s+(?:данн|сведени|информаци)")


def _told_as_before(low: str, span: tuple[int, int]) -> bool:
    """Whether a sentence of the report's ``span`` opens on "Ранее"/"Earlier" (or "Утром ...")
    and a verb of telling: the speaker's earlier words."""
    start = max(low.rfind(".", 0, span[0]), low.rfind("\n", 0, span[0])) + 1
    while start < span[1]:
        m = EARLIER_RE.match(low, start)
        # ("Утром губернатор сообщал о семи": the earlier part of the day and who spoke are one match)
        if m is not None and _TOLD_BEFORE.search(low, m.start(), m.end() + 60) is not None:
            return True
        ends = [
            k for k in (low.find(".", start, span[1]), low.find("\n", start, span[1])) if k >= 0
        ]
        if not ends:
            return False
        start = min(ends) + 1
    return False
