"""What another speaker adds to a report he did not make: a place named only for its damage,
or a region a headline names for his figures.

Two kinds of damage, told by a speaker who gives no figure after a report with figures:
- "The governor of the Tambov region said two drones struck a depot near Kotovsk": drones that
  hit a place were not downed there; his town is no place of an interception (the labels of
  real reports give it no row: corpus-dev b022), so his report keeps its damage and casualties
  and names no place.
- "The ministry said 24 drones were shot down over the Belgorod region. The governor said
  debris fell in Shebekino": the debris is what is left of a drone downed there; he tells
  where the ministry's interceptions fell, and his town keeps its row (corpus-dev 013, the
  headquarters' Tuapse after the ministry's figures).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from parsing.build import one_area_figure
from parsing.model import Report
from parsing.retellings import components
from parsing.vocab import DEBRIS_RE, DRONE_RE, INTERCEPT_RE

#: The claims a sentence told for its damage alone: the town hit and the region its towns
#: name (``place_rules._pair``, ``report_rules.rule_region_of_districts``).
_DAMAGE_RULES = frozenset({"place_of_damage", "region_of_districts"})


def drop_damage_places_of_others(reports: list[Report], low: str) -> list[Report]:
    """Take the places from a report that only names where drones struck, when another
    reporter's report with figures comes before it in the text (``low``: the lower-cased text
    the reports were read from)."""
    out = list(reports)
    at = next((k for k, r in enumerate(reports) if r.country == "RU" and _has_figure(r)), None)
    if at is None:
        return out
    first = reports[at]
    for k, r in enumerate(reports[at + 1 :], at + 1):
        if r.country != "RU" or r.reporter == first.reporter:
            continue
        if (
            r.claims
            and not _has_figure(r)
            and all(c.rule in _DAMAGE_RULES for c in r.claims)
            and not _tells_of_debris(r, low)
            and not _tells_of_downing(r, low)
        ):
            out[k] = replace(r, claims=())
    return out


def _has_figure(r: Report) -> bool:
    """Whether a report gives a figure: its total or a claim's count."""
    return r.total is not None or any(c.count is not None for c in r.claims)


def _tells_of_debris(r: Report, low: str) -> bool:
    """Whether the report's words up to the end of its last place's sentence speak of a downed
    drone's debris ("в Раменском и Домодедове обломками повреждены дома": after the places)."""
    start = r.evidence[0] if r.evidence else min(c.evidence[0] for c in r.claims)
    end = _SENTENCE_END.search(low, max(c.evidence[1] for c in r.claims))
    return DEBRIS_RE.search(low, start, end.start() if end else len(low)) is not None


def _tells_of_downing(r: Report, low: str) -> bool:
    """Whether the report's own words tell drones downed after its first place was named for
    its damage ("the attack had targeted Syzran. 'A few drones were destroyed on approach to the
    city,' he wrote": the town told again is where his drones were downed)."""
    if r.evidence is None:
        return False
    at, end = min(c.evidence[1] for c in r.claims), r.evidence[1]
    while at < end:
        stop = _SENTENCE_END.search(low, at, end)
        cut = stop.end() if stop else end
        # (the verb's object a drone: "пожар был ликвидирован" puts out a fire)
        if INTERCEPT_RE.search(low, at, cut) and DRONE_RE.search(low, at, cut):
            return True
        at = cut
    return False


#: Where a sentence ends: its full stop, mark or line break.
_SENTENCE_END = re.compile(r"[.!?\n]")


def drop_headline_places_of_others(reports: list[Report]) -> list[Report]:
    """Take from a report the regions it names without a figure before its own figures that
    other reports of the text give figures: "На Ставрополье и в Кабардино-Балкарии ночью
    отражены атаки БПЛА" over one governor's "два сбиты над Невинномысском" and the other's
    "над Прохладным уничтожен один" names each region for its own speaker's report (the
    headline had kept Kabardino-Balkaria in the first report, which then had no total), and
    its night is theirs when they tell none. A report left with no place and no total was the
    headline alone: dropped. Only a place named alone (``place_without_count``): a list
    sharing a figure ("над Брянской и Курской областями уничтожены 20") is the speaker's own,
    and so is a region whose districts the report names."""
    named = [
        k
        for k, r in enumerate(reports)
        if r.country == "RU"
        and any(c.rule == "place_without_count" and c.district_id is None for c in r.claims)
    ]
    if not named or len(reports) < 2:
        return reports
    figured = [
        {a for c in r.claims if c.count is not None for a in components(c.area_id)}
        if r.country == "RU"
        else set()
        for r in reports
    ]
    # how many reports give each area a figure (the others' are those less this one's)
    by_area = Counter(a for f in figured for a in f)
    out: list[Report | None] = list(reports)
    nights: dict[int, date] = {}
    for k in named:
        r = reports[k]
        others = {a for a, n in by_area.items() if n > (a in figured[k])}
        first = min((c.evidence[0] for c in r.claims if c.count is not None), default=None)
        if first is None and r.total is not None:
            # "Another 56 were destroyed over the Kursk, Bryansk and Oryol regions" after "nine
            # over the Bryansk region" in the window before: a whole with no breakdown names
            # where its own drones fell, whatever another window gave the same region
            continue
        # (a region whose districts the report names is its own: "debris fell in the X
        # district of the Krasnodar region" beside the ministry's figure for the region)
        own = {a for c in r.claims if c.district_id is not None for a in components(c.area_id)}
        told = [
            c
            for c in r.claims
            if c.count is None
            and c.district_id is None
            and c.rule == "place_without_count"
            and (first is None or c.evidence[0] < first)
            and components(c.area_id) <= others
            and not components(c.area_id) & (figured[k] | own)
        ]
        if not told:
            continue
        if r.night_of is not None:
            areas = {a for c in told for a in components(c.area_id)}
            for j, o in enumerate(reports):
                if j != k and o.night_of is None and o.window is None and figured[j] & areas:
                    nights.setdefault(j, r.night_of)
        claims = tuple(c for c in r.claims if c not in told)
        one = one_area_figure(claims) if r.total is None else None
        out[k] = (
            None
            if not claims and r.total is None
            else replace(r, claims=claims)
            if one is None
            else replace(r, claims=claims, total=one.count, total_qualifier=one.qualifier)
        )
    for j, night in nights.items():
        if (told_to := out[j]) is not None:
            out[j] = replace(told_to, night_of=night)
    return [kept for kept in out if kept is not None]
