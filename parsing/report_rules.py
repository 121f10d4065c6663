"""Rules over one whole report's claims, run by ``build.build`` after the sentence rules.

Every rule has one signature, ``rule(report) -> None``, and edits ``report.claims`` (or the
candidates for its total). They run in the order of ``REPORT_RULES``; ``python -m parsing
--explain`` prints them after the sentence rules.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from geo.area_ids import MOSCOW_REGION, is_combined, parts
from parsing.lookup import Resolved, region_names
from parsing.model import Claim, Qualifier, Reporter, sum_qualifier
from parsing.places import region_around
from parsing.reading import TotalCandidate


@dataclass(slots=True)
class ReportReading:
    """A report being built: its claims, its total's candidates, who said it and where."""

    claims: list[Claim]
    totals: list[TotalCandidate]
    reporter: Reporter
    english: bool = False
    #: the region the reporter speaks for ("губернатор Тульской области" -> RU-TUL), if named
    speaker_area: str | None = None
    #: regions in context while its sentences were read (named by their head noun or by a figure)
    in_context: set[str] = field(default_factory=set)
    #: the regions of districts named by their head noun ("в Курском районе": no guess by name)
    headed: set[str] = field(default_factory=set)
    #: regions the text named themselves (``Context.named``), not only through their districts
    named: set[str] = field(default_factory=set)
    #: the town or district a mayor or a district head speaks for ("Мэр Новороссийска:")
    speaker_town: Resolved | None = None
    #: the evidence of figures told on a mayor's timed lines ("03:40. Сбиты три ..."): each is
    #: one event, never a recap of the lines before it
    timed: frozenset[tuple[int, int]] = frozenset()
    #: the evidence of figures on a line of a series retold by its time ('Последнее сообщение
    #: поступило в 6:41: "Отражена атака ещё трёх ..."')
    retold: frozenset[tuple[int, int]] = frozenset()
    #: the evidence of figures told as a whole ("всего", "за ночь", "overnight")
    wholes: frozenset[tuple[int, int]] = frozenset()
    #: where the report's first correction begins ("UPD: по уточненным данным ..."): figures
    #: and totals from there on replace those before it
    corrected_from: int | None = None
    #: the spans of sentences that tell drones beyond those before them ("Уточнение: ещё два
    #: сбиты над X"): their figures add to the earlier ones even after a correction
    added: tuple[tuple[int, int], ...] = ()
    #: where figures of drones beyond those told before them begin ("сбиты ещё два")
    more_at: frozenset[int] = frozenset()
    #: the districts named without a figure in a list that shares one ("14 беспилотников над
    #: Воронежем, Лискинским и Острогожским районами"), read before a district's own figure told
    #: later took the place of its name (``build._dedupe``)
    listed: frozenset[tuple[str, str]] = frozenset()
    #: the evidence of region figures the rules added up from figures told apart ("Над X
    #: районом сбит один ... Ещё два — над X районом": the region's 3), a sum no sentence wrote:
    #: a row, never the report's total (``build._pick_total``)
    summed: set[tuple[int, int]] = field(default_factory=set)
    #: the evidence of figures a corrected report tells as its speaker's earlier words ("The
    #: ministry had earlier reported 14 ..."): each is superseded where the report gives the
    #: same place another figure
    told_before: frozenset[tuple[int, int]] = frozenset()
    #: the figures a correction names as set aside, each with the one it gives instead ("по
    #: уточнённым данным, над X округом уничтожены не три, а пять": (3, 5)), and where the
    #: sentence that says so ends
    set_right: tuple[tuple[int, int, int], ...] = ()
    #: where the report's first sentence that downs drones and tells no figure of them ends
    #: ("Ночью отражена атака БПЛА на Энск."), None when it has none: "ещё N" after it is more
    #: than a number not told (``_more_than_untold``)
    downed_untold: int | None = None


def _region_level(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.district_id is None and c.count is not None]


def rule_line_of_a_told_whole(r: ReportReading) -> None:
    """ "Силы ПВО за ночь отразили атаку 34 беспилотников, летевших на Москву ... Последнее
    сообщение мэра поступило в 6:41: «Отражена атака ещё трёх»": a line of the series retold by
    its time after the whole of the night was told is one of the lines the whole holds; its
    "ещё" is more than the lines before it, never more than the whole (34, not 37). Only a
    whole told first for the same area and larger than the line."""
    if not r.retold or not r.wholes:
        return
    level = _region_level(r.claims)
    for c in [c for c in level if c.evidence in r.retold]:
        if any(
            w.area_id == c.area_id
            and w.evidence in r.wholes
            and w.evidence[1] <= c.evidence[0]
            and (w.count or 0) > (c.count or 0)
            for w in level
        ):
            r.claims.remove(c)
            continue
        told = [
            t
            for t in r.totals
            if (t.start, t.end) in r.wholes and t.end <= c.evidence[0] and t.value > (c.count or 0)
        ]
        if told and not any(w.area_id == c.area_id and w is not c for w in level):
            # "Всего за ночь на подлёте к Москве сбиты 12 ... В 05:10 он написал: «Уничтожен
            # ещё один ...»": the whole, told as the report's total, is the line's area's
            t = told[0]
            r.claims[r.claims.index(c)] = replace(
                c,
                count=t.value,
                qualifier=t.qualifier,
                evidence=(t.start, t.end),
                rule="line_of_a_told_whole",
            )


def rule_recap_of_lines(r: ReportReading) -> None:
    """ "Всего на подлете к Москве за ночь сбито 5" after timed lines of 2, 1 and 2: a figure equal to
    the sum of the area's other figures is their recap, the report's total, not one more row
    (a line with its own clock time is one more: "03:40. Сбиты три" after lines of 2 and 1,
    unless it tells the night's whole: "05:40 За ночь ПВО отразили атаку 11 БПЛА" after lines
    that add up to 11)."""
    by_area: dict[str, list[Claim]] = {}
    for c in _region_level(r.claims):
        by_area.setdefault(c.area_id, []).append(c)
    for cs in by_area.values():
        if len(cs) < 3:
            continue
        # the sum once, less each claim's own figure (as often as it is listed): linear, not
        # pairwise, in a report of thousands of rows
        total = sum(o.count or 0 for o in cs)
        listed = Counter(id(o) for o in cs)
        last = max(o.evidence[0] for o in cs)
        for c in cs:
            others = total - (c.count or 0) * listed[id(c)]
            # a recap follows the lines it sums: the first of the lines 3, 2 and 1 is a line;
            # so is the last of the lines 2, 1 and 3 when it has a clock time of its own
            if (
                c.count == others
                and c.evidence[0] == last
                and (c.evidence not in r.timed or c.evidence in r.wholes)
                # ("... об одном. Позже мэр сообщил ещё о трёх" after two: more, no recap)
                and not _told_as_more(r, c)
            ):
                r.claims.remove(c)
                r.totals.append(
                    TotalCandidate(others, c.qualifier, 0, c.evidence[0], c.evidence[1])
                )
                break


def rule_combined_retelling(r: ReportReading) -> None:
    """ "сбили три БПЛА над Черным морем и Крымом" before "два — над морем, один — над Крымом": a
    combined figure equal to the sum of its areas' own figures retells them; it is the total.
    So is one told before a longer list, equal to the sum of all its rows
    (:func:`_whole_of_the_rows_after`)."""
    for c in list(r.claims):
        if c.count is None or not is_combined(c.area_id) or c.area_id == MOSCOW_REGION:
            continue
        own_parts = set(parts(c.area_id))
        own = [o for o in _region_level(r.claims) if o.area_id in own_parts]
        if {o.area_id for o in own} != own_parts:
            continue
        if sum(o.count or 0 for o in own) == c.count or _whole_of_the_rows_after(r, c):
            r.claims.remove(c)
            r.totals.append(TotalCandidate(c.count, c.qualifier, 3, c.evidence[0], c.evidence[1]))


def _whole_of_the_rows_after(r: ReportReading, c: Claim) -> bool:
    """ "Над Ленобластью и Балтикой ночью сбили 19 беспилотников" over "11 из них — над
    Ленинградской областью, пять — над акваторией Балтийского моря, по одному — над
    Новгородской, Псковской и Тверской": a headline's figure for the main places of a list,
    told before every row of it and equal to the sum of all its exact rows (its own places'
    and more), is the whole told ahead of the list (stop 47: it had been a row of its own and
    the report had lost its total of 19)."""
    rows = [o for o in _region_level(r.claims) if o is not c]
    return (
        c.qualifier == "exact"
        and len(rows) > len(parts(c.area_id))
        and all(o.evidence[0] > c.evidence[1] for o in rows)
        and all(o.qualifier == "exact" and not is_combined(o.area_id) for o in rows)
        and sum(o.count or 0 for o in rows) == c.count
    )


def rule_whole_told_before_its_rows(r: ReportReading) -> None:
    """ "Двенадцать беспилотников сбиты над Брянском и пригородами" over "— Брянск: 7, — Брянский
    район: 3, — Выгоничский район: 2": a town's or district's figure told first, equal to the
    sum of the figures two or more districts of its region get after it, the town itself among
    them with less, is the whole told ahead of its rows (a headline over its list): the
    report's total, never added to them (``sum_of_district_figures`` gives it to the region).
    A governor's bare sea after it ("пять над городом, три над морем") is one of the rows.
    Rows told as more ("Ещё два БПЛА уничтожены над X районом") or on their own timed lines
    ("02:47 ...") are drones beyond the first figure, never its breakdown.

    What the rows after each figure hold is read once from the end (``_RowsAfter``): reading
    them again for each figure was quadratic in a report of thousands of a town's figures
    (200,000 characters took 8 s)."""
    heads = [c for c in r.claims if c.district_id is not None and c.count is not None]
    areas: dict[str, list[Claim]] = {}
    for c in heads:
        areas.setdefault(c.area_id, []).append(c)
    for c in r.claims:
        if c.rule == "bare_sea" and c.count is not None and c.area_id in areas:
            # a governor's bare sea is a row of his region's too: "На подлёте к Новороссийску
            # уничтожены восемь. Пять сбиты над городом, три над морем" (the region's waters;
            # ``sum_of_district_figures`` counts them as a part of the whole)
            areas[c.area_id].append(c)
    after = {area: _RowsAfter(r, claims) for area, claims in areas.items()}
    for head in heads:
        rows = after[head.area_id]
        k = rows.first_after(head)
        if k is None:
            continue
        own = rows.largest_of(head.district_id, head.evidence[1])
        if (
            rows.districts[k] < 2
            or rows.beyond[k]
            or own is None
            or own >= (head.count or 0)
            or rows.sums[k] != head.count
        ):
            continue
        _whole_of_its_rows(r, head)
        return


class _RowsAfter:
    """One area's district figures in the order they are told (by where their evidence
    starts), summed up from the last: for the rows told from the k-th on, their sum, how many
    districts they name, and whether one is told as more or on a timed line; and for each
    district, the largest of its figures told from a place on."""

    __slots__ = ("beyond", "districts", "own", "starts", "sums")

    def __init__(self, r: ReportReading, claims: list[Claim]) -> None:
        told = sorted(claims, key=lambda c: c.evidence[0])
        n = len(told)
        self.starts = [c.evidence[0] for c in told]
        self.sums = [0] * (n + 1)
        self.districts = [0] * (n + 1)
        self.beyond = [False] * (n + 1)
        seen: set[str | None] = set()
        for k in range(n - 1, -1, -1):
            c = told[k]
            self.sums[k] = self.sums[k + 1] + (c.count or 0)
            seen.add(c.district_id)
            self.districts[k] = len(seen)
            self.beyond[k] = self.beyond[k + 1] or _told_as_more(r, c) or c.evidence in r.timed
        by_district: dict[str | None, list[Claim]] = {}
        for c in told:
            by_district.setdefault(c.district_id, []).append(c)
        self.own: dict[str | None, tuple[list[int], list[int]]] = {}
        for district, of in by_district.items():
            largest = [c.count or 0 for c in of]
            for k in range(len(largest) - 2, -1, -1):
                largest[k] = max(largest[k], largest[k + 1])
            self.own[district] = ([c.evidence[0] for c in of], largest)

    def first_after(self, head: Claim) -> int | None:
        """Where the rows told after ``head`` begin; None when ``head`` would be among them (a
        figure of no width, which no rule makes)."""
        if head.evidence[0] >= head.evidence[1]:
            return None
        return bisect_left(self.starts, head.evidence[1])

    def largest_of(self, district: str | None, start: int) -> int | None:
        """The largest figure ``district`` gets from ``start`` on; None when it gets none."""
        starts, largest = self.own[district]
        k = bisect_left(starts, start)
        return largest[k] if k < len(largest) else None


def _whole_of_its_rows(r: ReportReading, head: Claim) -> None:
    """Make ``head``, a figure told ahead of its rows, the report's total instead of a row."""
    r.claims.remove(head)
    r.totals.append(
        TotalCandidate(head.count or 0, head.qualifier, 0, head.evidence[0], head.evidence[1])
    )


_MOSCOW = "RU-MOW"


def rule_target_told_by_its_places(r: ReportReading) -> None:
    """ "Отражена атака двух беспилотников, летевших на Москву. Один сбит в районе Щёлкова,
    второй — над Богородским округом": the figure of the drones bound for Moscow, equal to the
    sum of the figures two or more places get after it, is the whole told ahead of where they
    were downed (the map shows where, docs/labels.md): the report's total, never Moscow's own row.
    When the places get fewer ("at least nine drones heading for the capital were downed, two
    of them near Podolsk"; "сбиты три, летевшие на Москву. Один из них — у Подольска"),
    Moscow keeps the rest (a lower bound's rest is a lower bound, an approximate figure's rest is
    left to a person) and the figure is still the total. Places that open as more ("Ещё один
    сбит в районе X") or on timed lines of their own are drones beyond it, never its breakdown
    (the "второй" after a first "Один" is the other of them, which the reading marks as more)."""
    for head in [c for c in r.claims if c.rule == "moscow_target" and c.count is not None]:
        rows = sorted(
            (
                c
                for c in r.claims
                if c.district_id is not None
                and c.count is not None
                and c.rule != "place_of_damage"
                and c.evidence[0] >= head.evidence[1]
            ),
            key=lambda c: c.evidence[0],
        )
        if not rows or _told_as_more(r, rows[0]) or any(c.evidence in r.timed for c in rows):
            continue
        told = sum(c.count or 0 for c in rows)
        # (a district of Moscow itself, "two of them over Zelenograd", is a part of
        # Moscow's own figure, which stays whole)
        outside = sum(c.count or 0 for c in rows if c.area_id != _MOSCOW)
        if told == head.count and len({c.district_id for c in rows}) > 1:
            _whole_of_its_rows(r, head)
            return
        if 0 < outside < (head.count or 0) and outside == told:
            _rest_of_target(r, head, outside)
            return


def _rest_of_target(r: ReportReading, head: Claim, told: int) -> None:
    """Give Moscow, in ``head``'s place, the drones of ``head`` not downed at the places after it
    (``told`` of them), and make ``head``'s figure the report's total."""
    rest = None if head.qualifier == "approx" else (head.count or 0) - told
    r.claims[r.claims.index(head)] = replace(head, count=rest, rule="target_told_by_its_places")
    r.totals.append(
        TotalCandidate(head.count or 0, head.qualifier, 0, head.evidence[0], head.evidence[1])
    )


def rule_region_of_districts_count(r: ReportReading) -> None:
    """ "два БПЛА сбиты над Рузским и Истринским районами": the figure several districts of one
    region share is that region's, unless the report gives the region a figure of its own (the
    same drones told again: "над Московской областью сбиты два БПЛА")."""
    shared = [c for c in r.claims if c.rule == "districts_of_one_region"]
    if not shared:
        return
    # (a region's "ещё N" or "третий" after the list is more drones, never the list's told again)
    own = {
        c.area_id
        for c in _region_level(r.claims)
        if c.rule != "districts_of_one_region" and not _told_as_more(r, c)
    }
    for area in {c.area_id for c in shared}:
        mine = [c for c in shared if c.area_id == area]
        # (a district's "ещё N" is more of the region's drones: ``region_from_district`` adds
        # it to the shared figure)
        districts = [
            c
            for c in r.claims
            if c.area_id == area
            and c.district_id is not None
            and c.rule not in ("more_in_district", "place_of_damage")
        ]
        if area not in own and (
            _told_district_by_district(mine, districts)
            or _some_of_the_list_told(mine, districts, r.listed)
        ):
            for t in r.totals:
                if t.shared and t.value == mine[0].count:
                    # the list's figure is the report's total, not one list's share
                    t.shared = False
            for c in mine[1:]:
                r.claims.remove(c)
            continue
        # another district of the region with a figure, or named outside the shared list: the
        # region's figure would be a sum of parts, which the parser never makes
        other = any(
            c.count is not None
            or not any(
                s.evidence[0] <= c.evidence[0] and c.evidence[1] <= s.evidence[1] for s in mine
            )
            for c in districts
        )
        # the same districts with the same figure told twice (a headline and its lede) is one
        keep = area not in own and not other and len({c.count for c in mine}) == 1
        whole = None if keep or area in own else _shares_and_figures(mine, districts)
        for c in mine[1:] if keep else mine:
            r.claims.remove(c)
        if whole is not None:
            r.claims.append(whole)


def _told_district_by_district(shared: list[Claim], districts: list[Claim]) -> bool:
    """Whether the region's districts' figures told after a list tell its shared figure again.

    "Над Сызранью и Сызранским районом уничтожены шесть. Два — над городом, четыре — над
    районом": figures of the region's districts told after the list, adding up to the figure
    the list shares (or parts of it told as parts: "Первый и второй — над городом"), tell it
    district by district: the list's figure stays the region's and the report's total (never
    the sum of both, twelve)."""
    if len({(c.evidence, c.count) for c in shared}) != 1 or not shared[0].count:
        return False
    end = shared[0].evidence[1]
    figured = [c for c in districts if c.count is not None]
    told = sum(c.count or 0 for c in figured)
    return (
        bool(figured)
        and all(c.evidence[0] >= end and c.qualifier == "exact" for c in figured)
        # (parts told as parts, "первый и второй — над городом", may leave some untold)
        and (
            told == shared[0].count
            or (told < shared[0].count and all(c.rule == "part_of" for c in figured))
        )
    )


def _some_of_the_list_told(
    shared: list[Claim], districts: list[Claim], listed: frozenset[tuple[str, str]]
) -> bool:
    """Whether figures told after a list are of some of its own districts, fewer drones than the
    list shares: "14 беспилотников над Воронежем, Лискинским и Острогожским районами. Больше всего
    — восемь — над Лискинским районом", "над Брянским и Погарским районами уничтожены 10, в том
    числе шесть над Погарским": the drones over a district of the list are among the list's, so
    its figure stays the region's and the report's total (never their sum, 22)."""
    if len({(c.evidence, c.count) for c in shared}) != 1 or not shared[0].count:
        return False
    end = shared[0].evidence[1]
    figured = [c for c in districts if c.count is not None]
    return (
        bool(figured)
        and all(
            c.evidence[0] >= end
            # (a part told about, "около восьми", is a part as well: fewer than the list's)
            and (c.area_id, c.district_id or "") in listed
            for c in figured
        )
        and sum(c.count or 0 for c in figured) < shared[0].count
    )


def _shares_and_figures(shared: list[Claim], districts: list[Claim]) -> Claim | None:
    """ "над Моршанским и Рассказовским округами сбиты три БПЛА, над Котовском — один": the
    region's figure when every district of it is either in one list that shares a figure or
    has one figure of its own, the list's figure and theirs added (a governor counts his region
    group by group); None when a district is named with no figure and in no list, or twice."""
    lists = {(c.evidence, c.count) for c in shared}
    if len(lists) != 1 or any(c.count is None for c in shared):
        return None  # two shared lists, or one told twice: no sum made
    inside = [
        c
        for c in districts
        if any(s.evidence[0] <= c.evidence[0] and c.evidence[1] <= s.evidence[1] for s in shared)
    ]
    own: dict[str, set[int | None]] = {}
    for c in districts:
        if c not in inside:
            own.setdefault(c.district_id or "", set()).add(c.count)
    if not own or any(len(v) != 1 or None in v for v in own.values()):
        return None
    if any(c.count is not None or c.district_id in own for c in inside):
        return None  # a district of the list with a figure of its own: a part, not a group
    first = shared[0]
    parts = [first.count or 0, *(next(iter(v)) or 0 for v in own.values())]
    quals = [first, *(c for c in districts if c not in inside)]
    return replace(
        first,
        count=sum(parts),
        qualifier=_sum_qualifier(quals),
        evidence=(
            min(c.evidence[0] for c in quals),
            max(c.evidence[1] for c in quals),
        ),
        rule="region_sum_of_districts",
    )


#: Region-level claims that add to a region's districts' figures rather than tell their whole:
#: "ещё три" more of its drones (``more_in_region``), a governor's bare sea (``bare_sea``)
_ADDED_TO_DISTRICTS = ("more_in_region", "bare_sea")


def rule_region_from_district(r: ReportReading) -> None:
    """A single district figure is also its region's figure when the region has none and no
    other district of it has a figure or a share of one; the same district with the same figure
    told twice (a headline and its lede) is one figure. A region with a figure of its own gets
    its districts' "ещё N" (``more_in_district``: "Над областью сбиты три. Ещё два подавлены над
    Шебекинским округом") added to it."""
    claims = r.claims
    regions = {c.area_id for c in _region_level(claims) if c.rule not in _ADDED_TO_DISTRICTS}
    by_region: dict[str, list[Claim]] = {}
    for c in claims:
        if c.district_id is not None and c.count is not None:
            by_region.setdefault(c.area_id, []).append(c)
    # another district of the region with a figure of its own or a share of one ("над X и Y
    # районами сбиты 4"): the one figure is that district's part, not the region's
    figured: dict[str, set[str]] = {}
    # "сбиты три, летевшие на Москву. Один из них — в районе Подольска": a part of Moscow's
    # figure downed in the oblast is the oblast's whole (Moscow keeps the rest,
    # ``rule_target_told_by_its_places``)
    moscows = any(c.rule == "target_told_by_its_places" for c in claims)
    for c in claims:
        if (
            c.district_id is not None
            and (c.rule != "part_of" or _part_of_moscows(c, moscows))
            and (c.count is not None or c.rule == "list_without_counts")
        ):
            figured.setdefault(c.area_id, set()).add(c.district_id)
    shared = _sharing_a_figure(claims)
    for area, ds in by_region.items():
        if area in shared:
            # "семь — над Новороссийском и акваторией моря, два — над Туапсинским районом": the
            # region's drones are also in a figure it shares with another area (its part of
            # the seven unknown), so the one district's figure is no whole of the region's
            continue
        if area in regions:
            # (a whole over the districts, "UPD: ещё 3 над Павловским районом. Всего за ночь —
            # 9", holds their "ещё N" already: ``region_total_over_districts``)
            # (only those told after the region's own figure: a closing "Всего за утро над
            # областью — 4" after lines of "ещё N" over districts holds them already)
            first = min(
                c.evidence[0]
                for c in _region_level(claims)
                if c.area_id == area and c.rule not in _ADDED_TO_DISTRICTS
            )
            if not _districts_add_up(claims, area, ds) and not any(
                c.area_id == area and c.rule == "region_total_over_districts"
                for c in _region_level(claims)
            ):
                claims.extend(
                    Claim(
                        d.area_id, d.area, d.count, d.qualifier, d.evidence, rule="more_in_region"
                    )
                    for d in ds
                    if d.rule == "more_in_district" and d.evidence[0] > first
                )
            continue
        # "один из аппаратов сбили в районе X": a part of drones counted elsewhere is no
        # region's whole figure; beside a district's whole ("Над Тамбовом уничтожено два БПЛА.
        # Один из них упал в Тамбовском округе") it is a part of that one, still the region's
        whole = [d for d in ds if d.rule != "part_of" or _part_of_moscows(d, moscows)]
        one = (
            _district_figure(r, whole)
            if whole and len({d.district_id for d in whole}) == 1
            else None
        )
        if (
            one is None
            or len(figured[area]) != 1
            or any((p.count or 0) > (one.count or 0) for p in ds if p.rule == "part_of")
            or _more_than_untold(r, one)
        ):
            continue
        d = one
        if not any(c.count == d.count and c.evidence == d.evidence for c in whole):
            r.summed.add(d.evidence)  # the district's figures told apart, added up
        claims[:] = [
            c
            for c in claims
            if not (c.area_id == area and c.district_id is None and c.count is None)
        ]
        claims.append(
            Claim(area, d.area, d.count, d.qualifier, d.evidence, rule="region_from_district")
        )


def _more_than_untold(r: ReportReading, claim: Claim) -> bool:
    """Whether ``claim`` is told as more ("ещё два", "two more") after the report downed drones
    with no figure ("Атака на Энск отражена. Ещё два беспилотника сбиты над Энским районом"):
    the region's drones are those and these, their number not told, so the district's figure
    is no whole of the region's (docs/labels.md: the region row null)."""
    return (
        r.downed_untold is not None
        and r.downed_untold <= claim.evidence[0]
        and _told_as_more(r, claim)
    )


def _part_of_moscows(c: Claim, moscows: bool) -> bool:
    """Whether ``c`` is a part of the drones bound for Moscow downed outside the city
    (``moscows``: the report gave Moscow the rest of them)."""
    return moscows and c.rule == "part_of" and c.area_id != _MOSCOW


def _sharing_a_figure(claims: list[Claim]) -> set[str]:
    """The areas of the report that share a figure with another area ("над Новороссийском и
    акваторией моря — семь": Krasnodar Krai and the Black Sea), not the ministry's Moscow region
    (one area for the map)."""
    return {
        a
        for c in claims
        if c.count is not None and is_combined(c.area_id) and c.area_id != MOSCOW_REGION
        for a in parts(c.area_id)
    }


def _districts_add_up(claims: list[Claim], area: str, districts: list[Claim]) -> bool:
    """Whether the region's one figure is the sum of its districts' figures, "ещё N" among them:
    "Над областью уничтожено 12. Большинство — над X районом (восемь), ещё три — над Y и один —
    над Z": "ещё" goes on through the region's breakdown (8 + 3 + 1), no drones beyond the 12."""
    own = [
        c.count
        for c in _region_level(claims)
        if c.area_id == area and c.rule not in _ADDED_TO_DISTRICTS
    ]
    parts = [d for d in districts if d.rule != "part_of"]
    return (
        len(own) == 1
        and len({d.district_id for d in parts}) >= 2
        and sum(d.count or 0 for d in parts) == own[0]
    )


def rule_running_figure(r: ReportReading) -> None:
    """ "За ночь над регионом уже уничтожено 7" in a night's post, then the morning's "Всего над
    областью уничтожены 11: X район — 5, Y — 3, Z — 2, W — 1": a region's figure whose breakdown
    into its districts follows it and adds up to it is the region's whole for the night; the
    region's smaller figures told before it, and its districts' figures no larger than the
    breakdown gives them, were running figures of the same night (the night's lines, "ещё N"
    among them, are inside the tally), never more drones. Never the ministry's; never a whole
    itself told as more ("Всего сбиты ещё 6: ...")."""
    if r.reporter == "mod":
        return
    for area in {c.area_id for c in _region_level(r.claims)}:
        whole = max(
            (c for c in _region_level(r.claims) if c.area_id == area), key=lambda c: c.evidence[0]
        )
        start, end = whole.evidence
        breakdown = {
            d.district_id: d.count or 0
            for d in r.claims
            if d.area_id == area
            and d.district_id is not None
            and d.count is not None
            and d.evidence[0] >= end
        }
        if len(breakdown) < 2 or sum(breakdown.values()) != whole.count or _told_as_more(r, whole):
            continue
        r.claims[:] = [
            c
            for c in r.claims
            if not (
                c.area_id == area
                and c.count is not None
                and c.evidence[0] < start
                and (
                    c.count < (whole.count or 0)
                    if c.district_id is None
                    else c.count <= breakdown.get(c.district_id, -1)
                )
            )
        ]


def _one_town_alone(r: ReportReading, area: str) -> bool:
    """Whether the report places ``area`` only by one town or district and the text names the
    region nowhere (a town's name may be shared by places in several regions: a guess)."""
    claims = [c for c in r.claims if c.area_id == area]
    return (
        area not in r.in_context
        and all(c.district_id is not None for c in claims)
        and len({c.district_id for c in claims}) == 1
    )


def rule_one_region_total(r: ReportReading) -> None:
    """A report with one figure and no place for it ("всего сбито более 60 беспилотников"),
    whose places all lie in one region, or whose governor names his region: the figure is
    that region's. Never a launched count ("с применением N"), never over several regions."""
    # ("уничтожены три беспилотника. Обломки одного из них упали в X районе": the district's
    # part of the figure is no figure of the report's own, the three are still the region's)
    if _region_level(r.claims) or any(
        c.count is not None and c.rule != "part_of" for c in r.claims
    ):
        return
    if any(c.rule == "share_of_count" and c.district_id is None for c in r.claims):
        return  # "..., most of them over X": a part of the figure is X's, never all of it
    # ("Над Крымом ... Сбито 14 БПЛА, большинство — над Джанкойским районом": the share is a
    # district's, the whole still the region's)
    totals = [t for t in r.totals if t.priority < 3 and not t.foreign and not t.wide]
    if not totals:
        return
    areas = {c.area_id for c in r.claims}
    # debris from the drones downed on the approach to a city that is a region of its own falls
    # in the region around it: "73 drones flying toward the city were destroyed, Sobyanin said.
    # A woman was hurt by debris in Domodedovo" leaves his figure his city's (debris told in
    # another region elsewhere still says his figure may not be his region's)
    around = region_around(r.speaker_area)
    downed_at = {
        c.area_id for c in r.claims if not (c.rule == "place_of_damage" and c.area_id == around)
    }
    town = r.speaker_town
    if r.speaker_area is None and town is not None and areas <= {town.area_id}:
        # "Мэр Новороссийска: ночью уничтожены два беспилотника": his town's figure
        area = town.area_id
    elif r.speaker_area is not None and downed_at <= {r.speaker_area}:
        area = r.speaker_area
    elif r.speaker_area is not None:
        return  # a governor's figure with places of another region: no guess across regions
    elif (
        len(areas) == 1
        and not next(iter(areas)).startswith("SEA-")
        and not is_combined(next(iter(areas)))
        and not _one_town_alone(r, next(iter(areas)))
    ):
        area = next(iter(areas))
    else:
        return
    best = min(totals, key=lambda t: (t.priority, t.start))
    if any(t.wide and t.value == best.value for t in r.totals):
        return  # the figure told again over several regions ("40 ... over several regions")
    _claim_total(r, area, best, "one_region_total")
    if (
        town is not None
        and town.area_id == area
        and not any(c.district_id == town.district_id for c in r.claims)
    ):
        district = town.district_en if r.english else town.district_ru
        r.claims.append(replace(r.claims[-1], district_id=town.district_id, district=district))


def _claim_total(r: ReportReading, area: str, total: TotalCandidate, rule: str) -> None:
    """Give ``area`` the report's figure without a place, ``total``, under ``rule``."""
    ru, en = region_names(area)
    r.claims.append(
        Claim(
            area,
            en if r.english else ru,
            total.value,
            total.qualifier,
            (total.start, total.end),
            rule=rule,
        )
    )


def rule_region_total_over_districts(r: ReportReading) -> None:
    """ "Над Липецкой областью сбито 11 БПЛА, из них восемь — над Елецким округом": a figure
    without a place, in a report whose places all lie in the one region it names (or its
    speaker speaks for), is that region's whole when its districts' figures add up to less;
    the districts keep theirs. Never the ministry's (its figure is over all of Russia), never
    a region with a figure of its own."""
    areas = {c.area_id for c in r.claims}
    if r.reporter == "mod" or len(areas) != 1 or _region_level(r.claims):
        return
    area = next(iter(areas))
    if area.startswith("SEA-") or is_combined(area):
        return
    if area not in r.named and area != r.speaker_area:
        return  # "Сбиты 7: Белгородский район — 3, ...": the region is not named, nor its figure
    if any(c.rule == "part_of" or c.rule == "share_of_count" for c in r.claims):
        return
    figures = {(c.district_id, c.count) for c in r.claims if c.count is not None}
    if not figures or len({d for d, _n in figures}) != len(figures):
        return  # no district figure (``one_region_total``), or one district told two ways
    totals = [t for t in r.totals if t.priority < 3 and not t.foreign and not t.wide]
    best = min(totals, key=lambda t: (t.priority, t.start), default=None)
    if best is not None and best.value > sum(n or 0 for _d, n in figures):
        _claim_total(r, area, best, "region_total_over_districts")


def _told_as_more(r: ReportReading, claim: Claim) -> bool:
    """Whether ``claim`` sits in a sentence that tells drones beyond earlier ones ("ещё два")."""
    return claim.evidence[0] in r.more_at


def rule_region_whole_after_its_part(r: ReportReading) -> None:
    """ "Над Курской областью сбиты ещё два дрона. Всего за ночь — 9": a total marked as the
    whole ("всего", "итого", "общее число", "in total") told after the one figure of the one
    region a report names (or its speaker speaks for), and larger than it, is that region's
    whole: the figure before it is a part (an update's "ещё N"). Never the ministry's (its
    total is over all of Russia), never with districts (``region_total_over_districts``).
    The whole may name the region itself ("Над областью сбиты два — над X и Y районами. Итого за
    ночь над областью уничтожено семь"): the figure before it is then a part, no row of its own
    (districts named without figures beside it)."""
    if r.reporter == "mod" or any(c.district_id is not None and c.count for c in r.claims):
        return
    own = _region_level(r.claims)
    if len({c.area_id for c in r.claims}) != 1:
        return
    if len(own) == 2 and _whole_told_last(r, *sorted(own, key=lambda c: c.evidence[0])):
        return
    if len(own) != 1 or any(c.district_id is not None for c in r.claims):
        return
    part = own[0]
    area = part.area_id
    if area.startswith("SEA-") or is_combined(area) or not _told_as_more(r, part):
        return
    if area not in r.named and area != r.speaker_area:
        return
    after = [
        t
        for t in r.totals
        if t.priority == 0 and not t.foreign and not t.wide and t.start >= part.evidence[1]
    ]
    whole = min(after, key=lambda t: t.start, default=None)
    if whole is not None and part.count is not None and whole.value > part.count:
        k = r.claims.index(part)
        r.claims[k] = replace(
            part,
            count=whole.value,
            qualifier=whole.qualifier,
            evidence=(whole.start, whole.end),
            rule="region_whole_after_its_part",
        )


def _whole_told_last(r: ReportReading, part: Claim, whole: Claim) -> bool:
    """Drop ``part`` when ``whole``, the region's later figure, is told as the whole ("Итого за
    ночь над областью уничтожено семь": a total marked so at its figure) and is larger; say
    whether it did."""
    area = part.area_id
    if (
        area.startswith("SEA-")
        or is_combined(area)
        or (area not in r.named and area != r.speaker_area)
    ):
        return False
    marked = any(
        t.priority == 0
        and t.value == whole.count
        and whole.evidence[0] <= t.start < whole.evidence[1]
        for t in r.totals
    )
    if not marked or part.count is None or whole.count is None or part.count >= whole.count:
        return False
    r.claims.remove(part)
    return True


def rule_list_share_is_no_total(r: ReportReading) -> None:
    """ "Над Валуйским и Волоконовским округами сбиты 5 беспилотников, над Белгородским районом
    — 2": the figure a list of districts shares is that list's, the report's total only when
    the report gives no other figure (never the report's total beside a figure of its own)."""
    if not any(t.shared for t in r.totals):
        return
    if any(c.count is not None and c.rule != "districts_of_one_region" for c in r.claims):
        r.totals[:] = [t for t in r.totals if not t.shared]


def rule_sum_of_district_figures(r: ReportReading) -> None:
    """ "Сбиты 6 беспилотников: Брянский район — 2, Климовский — 1, Стародубский округ — 3": a
    total equal to the sum of the figures of two or more districts of one region, with no other
    place, is that region's figure (the whole, then its parts); never a guess at a region when
    the sum differs or other areas are named. A governor's "1 над морем" among the rows is
    his region's own waters (``bare_sea``): a part of the whole too."""
    areas = {c.area_id for c in r.claims}
    region = _region_level(r.claims)
    waters = [c for c in region if c.rule == "bare_sea" and c.count is not None]
    if len(areas) != 1 or len(waters) != len(region):
        return
    area = next(iter(areas))
    if area.startswith("SEA-") or is_combined(area):
        return
    # (where debris fell, "В Ельце повреждены окна", is no share of the drones)
    parts = [c for c in r.claims if c.district_id is not None and c.rule != "place_of_damage"]
    # (two districts, or a district and the waters: a whole of two parts or more)
    if len({c.district_id for c in parts}) + min(len(waters), 1) < 2 or any(
        c.count is None for c in parts
    ):
        return
    whole = sum(c.count or 0 for c in (*parts, *waters))
    totals = [
        t
        for t in r.totals
        if t.priority < 3 and not t.foreign and not t.wide and t.qualifier == "exact"
    ]
    best = min(totals, key=lambda t: (t.priority, t.start), default=None)
    if best is None or best.value != whole:
        return
    r.claims[:] = [c for c in r.claims if c.district_id is not None]
    ru, en = region_names(area)
    r.claims.append(
        Claim(
            area,
            en if r.english else ru,
            whole,
            "exact",
            (best.start, max(best.end, *(c.evidence[1] for c in (*parts, *waters)))),
            rule="sum_of_district_figures",
        )
    )


def _sum_qualifier(parts: list[Claim]) -> Qualifier:
    """The qualifier of a sum of the parts' figures (``model.sum_qualifier``)."""
    return sum_qualifier(c.qualifier for c in parts)


def _district_figure(r: ReportReading, told: list[Claim]) -> Claim | None:
    """The one figure a district's claims give: the figure told once (or told again alike), or
    a figure and the "ещё N" of it told after ("Над Сызранью сбиты два. Ещё один — над
    городом": three); None for a district without a figure or with two values."""
    first = min(told, key=lambda c: c.evidence[0])
    more = [c for c in told if c is not first and (_told_as_more(r, c) or _added(r, c.evidence[0]))]
    if more and first.count is not None and all(c.count is not None for c in more):
        rest = [c for c in told if c is not first and c not in more]
        if all((c.count, c.qualifier) == (first.count, first.qualifier) for c in rest):
            parts = [first, *more]
            return replace(
                first, count=sum(c.count or 0 for c in parts), qualifier=_sum_qualifier(parts)
            )
    values = {(c.count, c.qualifier) for c in told}
    if len(values) != 1 or first.count is None:
        return None
    return first


def rule_bound_then_figure(r: ReportReading) -> None:
    """ "Более 20 дронов сбиты на подлете к Москве" in a headline, then "сбит 21 беспилотник": a
    bound ("более N", "about N") followed later by a figure at least as large for the same area,
    or for the report's total, is a first telling of that figure, not one more."""
    region = _region_level(r.claims)
    for c in region:
        if c.qualifier == "exact":
            continue
        if any(
            o is not c
            and o.area_id == c.area_id
            and o.evidence[0] >= c.evidence[1]
            and _within(c.qualifier, c.count or 0, o.count or 0)
            for o in region
        ):
            r.claims.remove(c)
    # (an attack's size the rows add up to is the total told exactly: "more than 100" in a
    # headline, then "attacked with at least 109 drones" and rows of 68, 35, 4 and 2)
    rows = sum(c.count or 0 for c in region)
    for t in list(r.totals):
        if t.qualifier != "exact" and any(
            o is not t
            and o.start >= t.end
            and (o.priority <= t.priority or (o.priority == 3 and o.value == rows))
            and _within(t.qualifier, t.value, o.value)
            for o in r.totals
        ):
            r.totals.remove(t)
    _bound_then_whole(r)


def _within(qualifier: str, bound: int, figure: int) -> bool:
    """Whether ``figure`` told after a bound (or an "about") of ``bound`` may be its figure told
    exactly: no larger than an upper bound ("до 20", then "сбиты 17"), else at least as large."""
    return figure <= bound if qualifier == "at_most" else figure >= bound


def _bound_then_whole(r: ReportReading) -> None:
    """Give a report's one region the exact whole told after its bound.

    "Над Волгоградской областью сбили более десяти дронов" (a headline), then "Губернатор
    уточнил, что уничтожены 12 беспилотников" with no place: the 12 is the region's figure told
    exactly, the bound its first telling. Never the ministry's (its whole is over all of
    Russia), never with two regions.
    """
    region = _region_level(r.claims)
    if r.reporter == "mod" or len(region) != 1:
        return
    c = region[0]
    if c.qualifier == "exact" or c.count is None:
        return
    later = [
        t
        for t in r.totals
        if t.start >= c.evidence[1]
        and t.qualifier == "exact"
        and _within(c.qualifier, c.count, t.value)
        and not (t.foreign or t.wide or t.shared)
    ]
    if not later:
        return
    t = min(later, key=lambda t: t.start)
    r.claims[r.claims.index(c)] = replace(
        c,
        count=t.value,
        qualifier="exact",
        evidence=(c.evidence[0], t.end),
        rule="bound_then_figure",
    )
    r.totals[:] = [o for o in r.totals if o.qualifier == "exact"]


def rule_region_of_districts(r: ReportReading) -> None:
    """ "Обломки найдены в Геленджике и Анапе": a report that names two or more towns or
    districts of a region names the region too (without a figure) when it has no row of its
    own; so does one town of the region its speaker speaks for or the text has named ("В
    Самарской области ... Над Сызранью отражена атака"; a town's or a district's head or
    administration speaks for the region his town lies in: "Администрация Энского района:
    обломки упали в Энске"), and one district named by its head
    noun ("в Курском районе"). One town alone, with no region named, may be a guess among
    places of that name."""
    regions = {c.area_id for c in r.claims if c.district_id is None}
    named: dict[str, set[str]] = {}
    for c in r.claims:
        if c.district_id is not None:
            named.setdefault(c.area_id, set()).add(c.district_id)
    for c in list(r.claims):
        if (
            c.district_id is None
            or c.area_id in regions
            or c.area_id.startswith("SEA-")
            or (
                len(named[c.area_id]) < 2
                and c.area_id not in r.in_context
                and c.area_id not in r.headed
                and c.area_id != r.speaker_area
                and (r.speaker_town is None or c.area_id != r.speaker_town.area_id)
            )
        ):
            continue
        regions.add(c.area_id)
        ru, en = region_names(c.area_id)
        r.claims.append(
            Claim(
                c.area_id,
                en if r.english else ru,
                None,
                "exact",
                c.evidence,
                rule="region_of_districts",
            )
        )


def rule_corrected_figures(r: ReportReading) -> None:
    """ "над Ростовской областью сбиты 12 БПЛА. UPD: по уточненным данным, над Ростовской
    областью уничтожены 15": a figure after a correction replaces the figure the report gave the
    same area (or district) before it, and a total after it the totals before it (15, not 27)."""
    if r.told_before:
        # "... 17 over the Rostov Region. The ministry had earlier reported 14 drones downed over
        # the Rostov Region": the figure told as said before is the one the correction replaced,
        # wherever the text tells it (docs/labels.md: the superseded one is no report)
        told_now = {
            (c.area_id, c.district_id)
            for c in r.claims
            if c.count is not None and c.evidence not in r.told_before
        }
        r.claims[:] = [
            c
            for c in r.claims
            if c.evidence not in r.told_before or (c.area_id, c.district_id) not in told_now
        ]
    start = r.corrected_from
    if start is None:
        return
    later = {
        (c.area_id, c.district_id)
        for c in r.claims
        if c.evidence[0] >= start and c.count is not None and not _added(r, c.evidence[0])
    }
    r.claims[:] = [
        c for c in r.claims if c.evidence[0] >= start or (c.area_id, c.district_id) not in later
    ]
    if any(t.start >= start and t.priority < 3 and not _added(r, t.start) for t in r.totals):
        before = [t for t in r.totals if t.start < start]
        r.totals[:] = [t for t in r.totals if t.start >= start]
        _region_follows_its_total(r, start, before)
    elif later and _whole_told_again(r, start, later):
        r.totals[:] = [t for t in r.totals if t.start >= start]
    _figure_set_aside(r, start, later)


def _figure_set_aside(r: ReportReading, start: int, later: set[tuple[str, str | None]]) -> None:
    """Give the figure a correction names as set aside the one it gives instead, where the
    report told it before the correction.

    "Ночью над Энской областью сбиты три беспилотника. По уточнённым данным, над Энским
    округом уничтожены не три, а пять": the three were the region's figure and the report's
    total, and the correction says which figure it replaces, though it names a district of the
    region: the region and the total are five. Only a figure of the areas the correction names,
    told once before it at the region's level (two figures of three before it: a person
    decides); a correction that names no place ("Уточнение: уничтожены не четыре, а шесть")
    sets right the one figure it names wherever it was told.
    """
    areas = {area for area, _ in later}
    for old, new, said_by in r.set_right:
        before = [
            c
            for c in r.claims
            if c.evidence[0] < start
            and c.count == old
            and c.qualifier == "exact"
            and c.district_id is None
            and (c.area_id in areas or not areas)
            and (c.area_id, None) not in later
        ]
        if len(before) != 1:
            continue
        c = before[0]
        # (its evidence reaches the correction's figure: the text states the five there, and
        # a correction of the correction, "не 6, а 5" after "не 4, а 6", is checked on it)
        end = max(
            (x.evidence[1] for x in r.claims if x.evidence[0] >= start and x.area_id == c.area_id),
            default=max(c.evidence[1], said_by),
        )
        r.claims[r.claims.index(c)] = replace(
            c, count=new, evidence=(c.evidence[0], end), rule="corrected_figures"
        )
        r.totals[:] = [
            replace(t, value=new) if t.start < start and t.value == old else t for t in r.totals
        ]


def _whole_told_again(r: ReportReading, start: int, later: set[tuple[str, str | None]]) -> bool:
    """Whether a correction's placed figure sets right a whole told before it with no place.

    "Ночью над городом сбиты шесть беспилотников. ... По уточнённым данным, над Таганрогом
    уничтожено 7 БПЛА"; "Утром глава региона говорил о семи сбитых БПЛА. «По уточненным данным,
    над областью уничтожены 11: пять — в X районе, ...»": nothing before the correction had a
    place of its own, so its unplaced figure was the whole the correction now gives one area of
    one region (the total follows it: 7, 11). Never when a figure before it had a place (the
    correction may set right one row of several), nor when the correction names two regions.
    """
    if any(c.evidence[0] < start and c.count is not None for c in r.claims):
        return False
    if len({area for area, _ in later}) != 1:
        return False
    return any(t.start < start and t.priority < 3 for t in r.totals)


def _region_follows_its_total(r: ReportReading, start: int, before: list[TotalCandidate]) -> None:
    """Give a report's one region the corrected total when its figure was the whole before.

    "Над Ростовской областью уничтожены 8 БПЛА. Позднее он уточнил, что всего было сбито 10":
    the 8 was the report's total and its one region's figure; the correction of the whole is
    the region's too. Never when the correction names an area of its own or the report gives
    two areas (the rest may lie elsewhere).
    """
    regions = [c for c in r.claims if c.district_id is None]
    if not regions and len(r.claims) == 1:
        regions = r.claims  # "Над Батайском сбиты два. По уточнённым данным — три": its town
    if len(regions) != 1:
        return
    c = regions[0]
    if c.evidence[0] >= start or c.count is None or c.qualifier != "exact":
        return
    if any(t.value != c.count and t.priority < 3 for t in before):
        return  # the region was not the report's whole
    exact = [t for t in r.totals if t.priority < 3 and t.qualifier == "exact" and not t.foreign]
    if not exact:
        return
    t = min(exact, key=lambda t: (t.priority, t.start))
    if t.value <= c.count:
        return  # a lower whole may leave drones the region's figure still holds: a person decides
    span = (min(c.evidence[0], t.start), max(c.evidence[1], t.end))
    r.claims[r.claims.index(c)] = replace(c, count=t.value, evidence=span, rule="corrected_figures")


def _added(r: ReportReading, at: int) -> bool:
    """Whether ``at`` lies in a sentence that tells drones beyond those told before it."""
    return any(a <= at < b for a, b in r.added)


def _exact_total(r: ReportReading) -> int | None:
    """The report's total when it is told exactly (no launch, no foreign place), else None."""
    told = _told_total(r)
    return told.value if told is not None and told.qualifier == "exact" else None


def _told_total(r: ReportReading) -> TotalCandidate | None:
    """The report's total as told (no launch, no foreign place): exactly, else as a lower bound
    ("more than 45"), else None."""
    totals = [
        t
        for t in r.totals
        if t.priority < 3 and not t.foreign and t.qualifier in ("exact", "at_least")
    ]
    exact = [t for t in totals if t.qualifier == "exact"]
    return min(exact or totals, key=lambda t: (t.priority, t.start)) if totals else None


def _remainder(r: ReportReading, rest: Claim) -> tuple[int, Qualifier] | None:
    """The report's total less its other figures, when the total is exact or a lower bound
    ("more than 45": the rest is more than its share too), every other area has an exact
    figure and something is left; else None (the rest cannot be worked out)."""
    told = _told_total(r)
    if told is None:
        return None
    others = [c for c in r.claims if c.district_id is None and c is not rest]
    others += _districts_alone(r, {c.area_id for c in others} | {rest.area_id})
    joint = _joint_figures(r, told, {c.area_id for c in others if c.count is None})
    if joint is None or any(c.count is not None and c.qualifier != "exact" for c in others):
        return None  # an area named without a figure holds part of the remainder
    left = told.value - sum(c.count or 0 for c in others) - joint
    return (left, told.qualifier) if left > 0 else None


def _joint_figures(r: ReportReading, told: TotalCandidate, unfigured: set[str]) -> int | None:
    """What the areas named without a figure of their own hold together ("50 над Брянской и
    Курской областями вместе, 22 над морем, остальные над Крымом": 50): the sum of the exact
    figures flat lists share, when those lists name exactly those areas, each once; 0 when
    there are none; None when an area holds a part no figure tells."""
    lists = [t for t in r.totals if t.over and t is not told and set(t.over) <= unfigured]
    covered = [a for t in lists for a in t.over]
    if sorted(covered) != sorted(unfigured):  # (each area once: ``unfigured`` is a set)
        return None
    if any(t.qualifier != "exact" for t in lists):
        return None
    return sum(t.value for t in lists)


def _districts_alone(r: ReportReading, regions: set[str]) -> list[Claim]:
    """The district figures of regions outside ``regions`` (no figure of their own yet: their
    region's comes from them later, ``rule_region_from_district``), each district once: "Над
    Погарским районом сбиты 6. Остальные — над Курской областью" leaves Kursk the total less 6."""
    first: dict[str, Claim] = {}
    for c in r.claims:
        if c.district_id is not None and c.area_id not in regions and c.count is not None:
            first.setdefault(c.district_id, c)
    return list(first.values())


def _rest_of_parts(r: ReportReading, rest: Claim) -> None:
    """ "Над областью сбиты шесть. Первый и второй — над X, остальные — над Y районом": the
    district's part is its region's figure less the other parts told (4), a part like them; in
    a report of that region alone with no figure of the region's, its total's ("Итого — шесть.
    Первый и второй — над X, ..."); with no one exact figure for the region, or nothing left,
    it keeps none and a person decides."""
    whole = [c for c in _region_level(r.claims) if c.area_id == rest.area_id]
    told = [c for c in r.claims if c.area_id == rest.area_id and c.rule == "part_of"]
    k = r.claims.index(rest)
    of = whole[0].count if len(whole) == 1 and whole[0].qualifier == "exact" else None
    if not whole and all(c.area_id == rest.area_id for c in r.claims):
        # "Итого за ночь — пять. Первый и второй — над X, остальные — над Y": the report's
        # total is its one region's figure (``rule_one_region_total`` names it later)
        of = _exact_total(r)
    if of is not None and told:
        left = of - sum(c.count or 0 for c in told)
        if left > 0 and all(c.qualifier == "exact" for c in told):
            r.claims[k] = replace(rest, count=left, rule="part_of")
            return
    r.claims[k] = replace(rest, doubt=f"{rest.district}: 'the rest' of a figure not told exactly")


def _rest_of_combined(r: ReportReading, rest: Claim) -> bool:
    """ "40 drones over the Krasnodar region and the Black Sea — 23 over the sea and the rest
    over the Krasnodar region": a figure over several areas together, told before a figure for
    each of them but one and "the rest" for that one, is their whole: the rest is the whole
    less the others (17), and the whole is the report's total. False when no such whole is told
    or nothing is left."""
    for whole in r.claims:
        if (
            whole.count is None
            or whole.district_id is not None
            or not is_combined(whole.area_id)
            or whole.area_id == MOSCOW_REGION
            or rest.area_id not in parts(whole.area_id)
            or whole.evidence[1] > rest.evidence[0]
        ):
            continue
        others = [
            c
            for c in _region_level(r.claims)
            if c.area_id in parts(whole.area_id) and c.evidence[0] >= whole.evidence[1]
        ]
        if {c.area_id for c in others} != set(parts(whole.area_id)) - {rest.area_id}:
            continue
        left = whole.count - sum(c.count or 0 for c in others)
        if left <= 0 or any(c.qualifier != "exact" for c in others) or whole.qualifier == "approx":
            continue  # (the rest of "more than 40" is more than its share: a lower bound too)
        r.claims[r.claims.index(rest)] = replace(rest, count=left, qualifier=whole.qualifier)
        r.claims.remove(whole)
        r.totals.append(
            TotalCandidate(whole.count, whole.qualifier, 3, whole.evidence[0], whole.evidence[1])
        )
        return True
    return False


def rule_rest_of_total(r: ReportReading) -> None:
    """ "уничтожены 45 БПЛА: над Крымом — 18, над морем — 14, остальные — над Краснодарским
    краем": the place of "the rest" takes the report's total less its other figures (13); the
    rest of a figure over several areas together is that figure less its other areas' figures
    (``_rest_of_combined``). The rest of a lower bound is a lower bound. With no total, an
    approximate one, or nothing left, it keeps no figure and a person decides."""
    rests = [c for c in r.claims if c.rule == "rest_of_count"]
    for c in rests:
        if c.district_id is not None:
            _rest_of_parts(r, c)
            continue
        if c.count is None and _rest_of_combined(r, c):
            continue
        left = _remainder(r, c) if len(rests) == 1 else None
        k = r.claims.index(c)
        if left is None:
            why = f"{c.area}: 'the rest' of a total the report does not give exactly"
            r.claims[k] = replace(c, doubt=why)
        else:
            r.claims[k] = replace(c, count=left[0], qualifier=left[1])


#: The endings of a district's adjective named after its seat ("Льговский", "Клинцовский").
_DISTRICT_ADJECTIVE = ("ский", "цкий", "ской")


def _seat_of(town: str, district: str) -> bool:
    """Whether ``town`` is the seat ``district`` is named after ("Льгов" and "Льговский район",
    "Джанкой" and "Джанкойский район", "Клинцы" and "Клинцовский район")."""
    t, d = town.lower().replace("ё", "е"), district.lower().replace("ё", "е").split()
    if " " in t or t.endswith(_DISTRICT_ADJECTIVE) or not d[0].endswith(_DISTRICT_ADJECTIVE):
        return False
    stem = t[:-1] if t[-1] in "аяыийоеь" else t
    return len(stem) >= 4 and d[0].startswith(stem)


def _capitals_district(area_id: str, district: str) -> bool:
    """Whether ``district`` is named like its region, after the region's capital ("Рязанский
    район" of "Рязанская область"): a city of its own beside that district, never its seat
    told again ("Обломки упали в Рязанском районе и в Рязани": two places)."""
    region = region_names(area_id)[0].lower().replace("ё", "е").split()[0]
    return region.endswith(("ая", "ий")) and district.lower().replace("ё", "е").startswith(
        region[:-2]
    )


def rule_damage_at_a_named_seat(r: ReportReading) -> None:
    """ "Сбиты над Льговским и Обоянским районами. В Льгове обломками повреждена крыша": a town
    named for its damage alone whose district is named after it (its seat) and is a place of
    the report is that place told again, no other place; so is a district named for its damage
    whose seat the report names ("в районе Джанкоя ... В Джанкойском районе горит трава"). When
    both are named for damage alone the district is the place ("Обломки упали в Курчатовском
    районе. В Курчатове повреждена ЛЭП")."""
    named = [c for c in r.claims if c.district is not None]
    drop: set[int] = set()
    for k, c in enumerate(r.claims):
        if c.rule != "place_of_damage" or c.district is None or c.count is not None:
            continue
        for o in named:
            if o is c or o.area_id != c.area_id or o.district_id == c.district_id:
                continue
            other = o.district or ""
            district = other if _seat_of(c.district, other) else c.district
            if _capitals_district(c.area_id, district):
                continue
            if _seat_of(c.district, other) or (
                o.rule != "place_of_damage" and _seat_of(other, c.district)
            ):
                drop.add(k)
                break
    if drop:
        r.claims[:] = [c for k, c in enumerate(r.claims) if k not in drop]


ReportRule = Callable[[ReportReading], None]

#: The report rules, in the order ``build.build`` runs them.
REPORT_RULES: tuple[ReportRule, ...] = (
    rule_damage_at_a_named_seat,
    rule_corrected_figures,
    rule_running_figure,
    rule_rest_of_total,
    rule_bound_then_figure,
    rule_line_of_a_told_whole,
    rule_recap_of_lines,
    rule_combined_retelling,
    rule_whole_told_before_its_rows,
    rule_target_told_by_its_places,
    rule_region_of_districts_count,
    rule_list_share_is_no_total,
    rule_region_total_over_districts,
    rule_region_whole_after_its_part,
    rule_region_from_district,
    rule_one_region_total,
    rule_sum_of_district_figures,
    rule_region_of_districts,
)
