"""Build one Report from a draft: its claims (retellings dropped, placeholders merged, the
report rules run), its total, its window, damage and casualties."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import time
from itertools import pairwise
from typing import cast

from geo.area_ids import MOSCOW_REGION, parts
from parsing import vocab
from parsing.counts import figures_set_right
from parsing.harm import casualties, damage
from parsing.lookup import Resolved
from parsing.model import Claim, Hours, Qualifier, Report, Reporter
from parsing.reading import SentenceFacts, TotalCandidate
from parsing.region_context import context_region, mayor_city, speaker_district
from parsing.report_rules import REPORT_RULES, ReportReading
from parsing.retellings import components, drop_retellings, drop_retold_targets
from parsing.segment import Draft
from parsing.text import Sentence
from parsing.time import TimeMark, in_moscow_time, period_of
from parsing.word_start import word_start


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Drop placeholders (no count) for areas or districts that have a figure ("two drones
    shot down over Voronezh, one of them coming down in the city"), and repeated placeholders."""
    counted: set[str] = set()
    own: set[str] = set()  # areas with a figure of their own, not only a combined one
    seen: set[tuple[str, str | None]] = set()
    for c in claims:
        if c.count is not None and c.district_id is None:
            counted |= components(c.area_id)
            own.add(c.area_id)
            if c.area_id == MOSCOW_REGION:
                counted |= set(parts(c.area_id))  # the ministry's figure covers city and oblast
        elif c.count is not None:
            seen.add((c.area_id, c.district_id))
    out: list[Claim] = []
    for c in claims:
        if c.count is None:
            if c.rule == "rest_of_count" and c.area_id not in own:
                # "40 over the Krasnodar region and the Black Sea — 23 over the sea, the rest over
                # the Krasnodar region": the rest of a combined figure, worked out by
                # ``report_rules.rule_rest_of_total``, is no mention the combined figure covers
                out.append(c)
                continue
            if c.district_id is None and components(c.area_id) <= counted:
                continue
            key = (c.area_id, c.district_id)
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


def _over_the_city_told_again(
    claims: list[Claim], targets: list[Claim], draft: Draft
) -> list[Claim]:
    """The claims with the Moscow targets after them, less a figure over Moscow itself that a
    target of the same figure tells again: "Над Москвой за ночь сбили 11 беспилотников" over
    "Силы ПВО за ночь уничтожили 11 беспилотников, летевших на Москву" is eleven drones (a
    headline and its lede), never 22. Only one of each, neither "ещё" nor a timed line."""
    if not targets:
        return claims
    plain = {
        c.evidence
        for _i, f in draft.facts
        if not (f.more or f.timestamped)
        for c in (*f.claims, *f.target_claims)
    }
    over = [
        c
        for c in claims
        if c.area_id == "RU-MOW" and c.district_id is None and c.count and c.evidence in plain
    ]
    bound = [c for c in targets if c.area_id == "RU-MOW" and c.count and c.evidence in plain]
    if len(over) == 1 and len(bound) == 1 and over[0].count == bound[0].count:
        claims = [c for c in claims if c is not over[0]]
    return [*claims, *targets]


def _downed_untold(draft: Draft, sents: list[Sentence]) -> int | None:
    """Where the draft's first sentence that downs drones and tells no figure ends ("Ночью
    силами ПВО отражена атака беспилотников на Энск.", "Drones were shot down over the city."),
    None when it has none (``ReportReading.downed_untold``)."""
    for i, f in draft.facts:
        if (
            f.downs
            and not f.totals
            and f.attempt is None
            and not f.more_counts
            and not any(c.count is not None for c in (*f.claims, *f.target_claims))
        ):
            return sents[i].end
    return None


def _listed(claims: list[Claim]) -> frozenset[tuple[str, str]]:
    """The districts a list that shares one figure names without one ("над Воронежем, Лискинским
    и Острогожским районами сбиты 14"), before ``_dedupe`` drops the name of one that has a
    figure of its own."""
    shares = [c.evidence for c in claims if c.rule == "districts_of_one_region"]
    if not shares:
        return frozenset()
    return frozenset(
        (c.area_id, c.district_id)
        for c in claims
        if c.count is None
        and c.district_id is not None
        and any(a <= c.evidence[0] and c.evidence[1] <= b for a, b in shares)
    )


#: A launch verb and at most four words (no number, no stop) right before a count.
_LAUNCHED_BEFORE = word_start(
    rf"(?:{vocab.LAUNCHED})(?:\s+[^\d\s.,;:!?]+){{0,4}}\s+$", ignorecase=True
)


def _best(totals: list[TotalCandidate]) -> TotalCandidate | None:
    return min(totals, key=lambda t: (t.priority, t.start)) if totals else None


def _pick_total(
    claims: list[Claim], totals: list[TotalCandidate], unwritten: frozenset[tuple[int, int]]
) -> tuple[int | None, Qualifier | None, bool]:
    """(total, qualifier, foreign) for a report; see docs/parser.md for the order of preference."""
    counted = [c for c in claims if c.count is not None and c.district_id is None]
    # (a report of districts' figures alone, its regions told none: those figures are its rows)
    rows_told = counted or [c for c in claims if c.count is not None]
    if rows_told:
        # a total is stated before the rows; a bare count after them is another figure, unless
        # it is their sum told again ("three over X and one over Y ... the four drones were
        # intercepted between ...": the whole of the rows before it)
        first = min(c.evidence[0] for c in rows_told)
        rows = sum(c.count or 0 for c in rows_told)
        totals = [
            t
            for t in totals
            if t.priority < 2 or t.start < first or (len(rows_told) > 1 and t.value == rows)
        ]
        # the drones an attempt or an attack was made with are the total only when the rows add
        # up to them
        totals = [t for t in totals if t.priority != 3 or t.value == rows]
    else:
        # (with no rows, an attack's size is no total, not even one of last resort)
        totals = [t for t in totals if not t.attack]
    # a sum of figures told apart was not written: no whole (``TotalCandidate.added``)
    totals = [t for t in totals if not t.added]
    # a figure only places outside Russia carry ("struck Ukraine's Poltava region while ... four
    # shot down") gives way to any other candidate
    best = _best([t for t in totals if not t.foreign]) or _best(totals)
    if best is not None:
        return best.value, best.qualifier, best.foreign
    one = one_area_figure(claims)
    if one is not None and one.evidence not in unwritten:
        return one.count, one.qualifier, False
    return None, None, False


def _unwritten_sums(draft: Draft, claims: list[Claim]) -> frozenset[tuple[int, int]]:
    """The evidence of a report's figures that add up one speaker's figures told apart over one
    area and that no sentence of the report writes ("сбито 23, ещё 4 — над морем", "в 01:10 —
    об одном, в 02:35 — ещё о двух": ``SentenceFacts.added_up``, and a region's figure read from
    such a district's, on the same words). Such a figure is a row, never the report's total: the
    whole was not told (docs/labels.md); a sentence that gives the area the sum as written (a
    headline's "девять" over "пять ..., позже ещё четыре", dropped as its retelling) tells it."""
    added = {span for _i, f in draft.facts for span in f.added_up}
    if not added:
        return frozenset()
    written = {
        (c.area_id, c.count)
        for _i, f in draft.facts
        for c in (*f.claims, *f.target_claims)
        if c.count is not None and c.evidence not in added
    }
    return frozenset(
        c.evidence for c in claims if c.evidence in added and (c.area_id, c.count) not in written
    )


def one_area_figure(claims: list[Claim] | tuple[Claim, ...]) -> Claim | None:
    """The one region figure that is a report's total when no total was told: the report's
    one area. Beside areas named without a figure ("several over Bryansk and Belgorod ... six
    over Bryansk") it is a row; a region's figure that adds up its districts' was not written."""
    counted = [c for c in claims if c.count is not None and c.district_id is None]
    named = {c.area_id for c in claims if c.count is None and c.district_id is None}
    if (
        len(counted) == 1
        and not named - {counted[0].area_id}
        and counted[0].rule != "region_sum_of_districts"
        and not _beside_a_shared_figure(counted[0], list(claims))
    ):
        return counted[0]
    return None


def _last_of_growing_wholes(facts: list[tuple[int, SentenceFacts]]) -> list[TotalCandidate]:
    """The report's total candidates, a whole told again larger left only the last time.

    Timed lines that tell their whole more than once, each larger ("01:02. ... Всего — 4." then
    "03:55. ... Итого за ночь — 9."), grow it line by line: the last is the whole, the earlier
    ones counts so far (the first had been the report's total)."""
    totals = [t for _i, f in facts for t in f.totals]
    if not any(f.timestamped for _i, f in facts):
        return totals
    wholes = [
        t
        for _i, f in facts
        if not f.claims and not f.target_claims
        for t in f.totals
        if t.priority == 0
    ]
    if len(wholes) < 2 or any(b.value <= a.value for a, b in pairwise(wholes)):
        return totals
    so_far = {id(t) for t in wholes[:-1]}
    return [t for t in totals if id(t) not in so_far]


def _beside_a_shared_figure(figure: Claim, claims: list[Claim]) -> bool:
    """Whether ``figure`` is one a region shares with another area ("семь — над Новороссийском
    и акваторией моря") beside figures of that region's districts told apart from it that are not
    its breakdown ("два — над Туапсинским районом": they do not add up to it, and none is told
    as a part of it): the drones are more than the shared figure, their sum not written."""
    if figure.area_id == MOSCOW_REGION or "+" not in figure.area_id:
        return False
    own = set(parts(figure.area_id))
    a, b = figure.evidence
    apart = [
        c
        for c in claims
        if c.district_id is not None
        and c.count is not None
        and c.area_id in own
        and c.rule != "part_of"
        and not (a <= c.evidence[0] and c.evidence[1] <= b)
    ]
    return bool(apart) and sum(c.count or 0 for c in apart) != figure.count


def _national_list(claims: list[Claim]) -> bool:
    """Whether the claims give figures of their own to two or more regions besides Moscow's: a
    tally across the country ("40 over the Moscow Region, 21 over the Kursk Region, 17 over the
    Bryansk Region"), which only the ministry tells (a governor speaks for his region, a mayor
    for his city)."""
    regions = {
        c.area_id
        for c in claims
        if c.count is not None and c.district_id is None and c.area_id.startswith("RU-")
    }
    return len(regions - {MOSCOW_REGION, "RU-MOS", "RU-MOW"}) >= 2


def _moscow_region_for(
    claims: list[Claim], reporter: Reporter, *, english: bool, named: bool
) -> list[Claim]:
    """English "Moscow Region" is the ministry's city-plus-oblast only when the ministry says it,
    or when a text that names no speaker retells the ministry's list (``_national_list``)."""
    if reporter == "mod" or not english or (not named and _national_list(claims)):
        return claims
    name = "Moscow Oblast"
    return [
        replace(c, area_id="RU-MOS", area=name) if c.area_id == "RU-MOW+RU-MOS" else c
        for c in claims
    ]


#: A figure told as its speaker's earlier words by the verb that tells it (``vocab.TOLD_BEFORE``):
#: "The ministry had earlier reported 14", "Ранее ведомство сообщало о 14".
_TOLD_BEFORE = re.compile(rf"(?<![\w-])(?:{vocab.TOLD_BEFORE})(?![\w-])", re.IGNORECASE)


def _told_before(
    draft: Draft, sents: list[Sentence], text: str, claims: list[Claim]
) -> frozenset[tuple[int, int]]:
    """The evidence of the claims a sentence tells as its speaker's earlier words, after the
    verb that says so ("The ministry had earlier reported 14 drones downed over X")."""
    out: set[tuple[int, int]] = set()
    for i in draft.sentences:
        m = _TOLD_BEFORE.search(text, sents[i].start, sents[i].end)
        if m is not None:
            out.update(c.evidence for c in claims if m.end() <= c.evidence[0] < sents[i].end)
    return frozenset(out)


def _speaker_town(draft: Draft, sents: list[Sentence], text: str, english: bool) -> Resolved | None:
    """The town or district a mayor's or a district head's report speaks for ("Мэр
    Новороссийска:", "Глава Рыльского района:"): the first its sentences name; never Moscow
    (a region: its mayor's figure is the region's)."""
    for i in draft.sentences:
        chunk = text[sents[i].start : sents[i].end]
        town = mayor_city(chunk, english=english)
        if town is None and not english and ("глав" in chunk.lower() or "дминистрац" in chunk):
            # ("Глава Кировского района Калужской области": the region a name of several needs)
            town = speaker_district(chunk, context_region(chunk, english=False))
        if town is not None:
            return town if town.district_id is not None else None
    return None


def _own(draft: Draft, town: Resolved | None) -> Resolved | None:
    """The channel's own town or district, for a report that names no speaker of its own."""
    return (
        town
        if town is not None
        and town.district_id is not None
        and not (draft.reporter or draft.inherited)
        else None
    )


def build(
    draft: Draft,
    sents: list[Sentence],
    text: str,
    *,
    english: bool,
    own: Reporter | None = None,
    own_area: str | None = None,
    own_town: Resolved | None = None,
    step: Callable[[], None] | None = None,
) -> Report | None:
    """Turn a draft into a Report (None when it holds nothing); ``own`` is the reporter of
    the text's source, for a report that names none, ``own_area`` the region it speaks for and
    ``own_town`` the town or district (a mayor's, a district head's channel).

    ``step()`` is called between the build's passes over the draft's claims and sentences
    (and within the search for retellings): a draft of thousands of statements (a long text
    with no date is one report) took 1.7 s to build at 10 MB, and a cancel raised from
    ``step`` is heard between them."""
    heard = step if step is not None else _nothing
    span = (
        min(sents[i].start for i in draft.sentences),
        max(sents[i].end for i in draft.sentences),
    )
    totals = _last_of_growing_wholes(draft.facts)
    heard()
    tm = draft.time
    night = tm.night_of if tm else None
    if draft.country == "UA":
        if not any(f.totals or f.claims or f.target_claims or f.doubts for _i, f in draft.facts):
            return None  # only an attack's size ("Russia launched 80 drones at Ukraine"): none
        # Ukraine's side reports the drones it shot down: the number launched is no total
        best = _best([t for t in totals if not _LAUNCHED_BEFORE.search(text, 0, t.start)])
        return Report(
            reporter="other",
            country="UA",
            window=None,
            night_of=night,
            total=best.value if best else None,
            total_qualifier=best.qualifier if best else None,
            claims=(),
            evidence=span,
        )
    # (an attack's size is a total of Russia's side only, when the rows add up to it)
    totals += [t for _i, f in draft.facts for t in f.attack_sizes]
    if not totals and not draft.adds and tm is not None and tm.kind in ("window", "night"):
        # "A further 27 were downed between midnight and 7 a.m." after the evening's window:
        # more than the window before, the whole of its own time's report
        totals = [t for _i, f in draft.facts for t in f.more_counts][:1]
    reporter: Reporter = draft.reporter or draft.inherited or own or "media"
    claims = drop_retellings(draft.facts, step=step)
    heard()
    if reporter in ("mayor", "media") or not claims:
        # "летевших на Москву": the mayor's own count; for the ministry a subset of a row
        claims = _over_the_city_told_again(claims, drop_retold_targets(draft.facts), draft)
    listed = _listed(claims)
    claims = _dedupe(claims)
    heard()
    claims = _moscow_region_for(
        claims, reporter, english=english, named=(draft.reporter or draft.inherited) is not None
    )
    in_context = {f.region for _i, f in draft.facts if f.region is not None}
    named = {f.named for _i, f in draft.facts if f.named is not None}
    area = draft.area
    if area is None and not (draft.reporter or draft.inherited or draft.tally) and own is not None:
        # the source's own post: its region is the speaker's (a tally of the night so far that
        # names no place has no row: the reports it counts hold them, docs/labels.md)
        area = own_area
    if area is None:
        # "Пензенская область.\nЗа день уничтожены три беспилотника": the post's heading
        # names its region as its speaker would
        titled = {f.titled for _i, f in draft.facts if f.titled is not None}
        area = titled.pop() if len(titled) == 1 else None
    timed = frozenset(
        c.evidence for _i, f in draft.facts if f.timestamped for c in (*f.claims, *f.target_claims)
    )
    retold = frozenset(
        c.evidence for _i, f in draft.facts if f.retold_line for c in (*f.claims, *f.target_claims)
    )
    wholes = _wholes(draft, sents, text) if retold or timed else frozenset()
    headed = {a for _i, f in draft.facts for a in f.headed}
    corrected_from = min(
        (
            max(sents[i].start, f.correction_at)
            for i, f in draft.facts
            if f.correction and max(sents[i].start, f.correction_at) > span[0]
        ),
        default=None,
    )
    told_before = (
        _told_before(draft, sents, text, claims)
        if any(f.correction for _i, f in draft.facts)
        else frozenset()
    )
    reading = ReportReading(
        claims,
        totals,
        reporter,
        english,
        area,
        in_context,
        headed=headed,
        named=named,
        speaker_town=(_speaker_town(draft, sents, text, english) or _own(draft, own_town))
        if reporter == "mayor"
        else None,
        timed=timed,
        retold=retold,
        wholes=wholes,
        corrected_from=corrected_from,
        added=tuple((sents[i].start, sents[i].end) for i, f in draft.facts if f.more),
        more_at=frozenset(at for _, f in draft.facts for at in f.more_at),
        listed=listed,
        told_before=told_before,
        set_right=tuple(
            (x.old, x.new, sents[i].end)
            for i, f in draft.facts
            if f.correction
            for x in figures_set_right(text[sents[i].start : sents[i].end].lower())
        ),
        downed_untold=_downed_untold(draft, sents),
    )
    for rule in REPORT_RULES:
        rule(reading)
        heard()
    # a figure the report rules gave an area ("о девяти БПЛА, уничтоженных над регионом": the
    # region's via ``one_region_total``) covers its place named without one
    claims[:] = _dedupe(claims)
    heard()
    claims.sort(key=lambda c: c.evidence[0])
    total, qualifier, foreign = _pick_total(
        claims, totals, _unwritten_sums(draft, claims) | reading.summed
    )
    doubts = [d for _i, f in draft.facts for d in f.doubts]
    if not claims and (total is None or foreign) and not doubts:
        return None  # nothing placed over Russia ("Over Kyiv, 10 drones were shot down")
    texts = [text[sents[i].start : sents[i].end] for i in sorted(draft.sentences)]
    heard()
    hurt = damage(texts)
    heard()
    harmed = casualties(texts)
    heard()
    return Report(
        reporter=reporter,
        country="RU",
        # (a recap's run of days, "с 13 по 19 декабря", has the window of those days)
        window=in_moscow_time(
            tm.window if tm and tm.kind in ("window", "day", "period") else None,
            tm,
            text,
            _one_region(claims),
        ),
        night_of=night,
        total=total,
        total_qualifier=qualifier,
        claims=tuple(claims),
        damage=hurt,
        casualties=harmed,
        evidence=span,
        doubts=tuple(doubts),
        hours=_hours(tm),
        adds_to_previous=draft.adds,
        period=period_of(tm) if tm else None,
        day_span=tm.window if tm and tm.kind == "day" and not _day_tallied(text, tm) else None,
    )


def _one_region(claims: list[Claim]) -> str | None:
    """The one area a report's claims are over, else None (its clock's region: a governor's
    "по местному времени", ``time.in_moscow_time``)."""
    areas = {c.area_id for c in claims}
    return areas.pop() if len(areas) == 1 else None


#: The words of a day's tally before the day's date: "Всего за день 14 июля сбиты 31", "за сутки
#: 8 июня", "за 8 июня": the figures over that whole day, a recap with its date (its window,
#: docs/labels.md), not a time the report was told in.
_DAY_TALLY_BEFORE = re.compile(
    r"(?<![\w-])за\s+(?:(?:прошедший\s+|минувший\s+|весь\s+)?(?:день|сутки)\s+)?$"
)


def _day_tallied(text: str, tm: TimeMark) -> bool:
    """Whether the day ``tm`` names is the span of a tally ("за день 14 июля",
    ``_DAY_TALLY_BEFORE``)."""
    before = text[max(0, tm.start - 30) : tm.start].lower()
    return _DAY_TALLY_BEFORE.search(before) is not None


#: The whole of a night: "за ночь", "за минувшую ночь", "в течение ночи", "overnight".
_OVER_THE_NIGHT = re.compile(
    r"за\s+(?:прошедшую\s+|минувшую\s+)?ночь"
    r"|в\s+течение\s+(?:прошедшей\s+|минувшей\s+)?ночи|overnight"
)


def _wholes(draft: Draft, sents: list[Sentence], text: str) -> frozenset[tuple[int, int]]:
    """The evidence of the figures (claims and totals) a draft tells as a whole ("всего", "за
    ночь", "overnight"), in sentences none of whose figures is "ещё" (asked only of a report
    that retells a line of a series, ``report_rules.rule_line_of_a_told_whole``, or has timed
    lines, ``rule_recap_of_lines``)."""
    out: set[tuple[int, int]] = set()
    for i, f in draft.facts:
        if f.more:
            continue
        low = text[sents[i].start : sents[i].end].lower()
        if vocab.TOTAL_MARK_RE.search(low) or _OVER_THE_NIGHT.search(low):
            out.update(c.evidence for c in (*f.claims, *f.target_claims))
            out.update((t.start, t.end) for t in f.totals)
    return frozenset(out)


def _hours(tm: TimeMark | None) -> Hours | None:
    """The hours of a window no calendar day is known for ("с 23:00 до 07:00", no date)."""
    if tm is None or tm.key[0] != "clock":
        return None
    start, end = cast("tuple[tuple[int, int], tuple[int, int]]", tm.key[1:])
    # "до 24.00" is the midnight the evening ends at
    return Hours(time(start[0] % 24, start[1]), time(end[0] % 24, end[1]))


def _nothing() -> None:
    pass
