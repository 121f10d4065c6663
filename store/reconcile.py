"""One figure per night (or day) and area, the rule that chose it, and the claims behind it.

The rules are written for users in ``docs/reconciliation.md``. In short:

1. Each claim belongs to one unit: the night it falls in (dated by its morning; the
   boundary is ``settings.night_start_hour``/``night_end_hour``), or else its calendar day.
   A window belongs to the unit its midpoint falls in.
2. Within one reporter, claims whose windows overlap are versions of one figure (a repeat,
   a retelling by the same kind of source, a total next to its parts): the larger stands.
   Windows that do not overlap add up. Exactly: the figure is the largest sum over claims
   with pairwise non-overlapping windows (weighted interval scheduling).
3. Reporters are never added together. Among the primary sources (ministry, governor,
   mayor) the larger figure is shown; media and other retellings count only when no
   primary source gives a number.
4. A statement that gives district counts without a region figure counts as their sum
   for the region; places named without any number give a "named" row without a figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from store import columns as C
from store._time import day_bounds, in_night, night_bounds, night_date

_QUALIFIER_RANK = {"exact": 0, "at_least": 1, "approx": 2}
_REPORTER_RANK = {"mod": 0, "governor": 1, "mayor": 2, "media": 3, "other": 4}
_POINT = timedelta(microseconds=1)
#: Windows longer than this (weekly summaries, "since the start of the month") are kept as
#: claims but placed in no night or day: their count cannot be given to one of them.
LONGEST_WINDOW = timedelta(hours=26)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """The fields of a stored claim reconciliation needs, once it is placed in a unit."""

    id: str
    statement_id: str
    reporter: str
    country: str
    area_id: str
    area: str
    district_id: str | None
    district: str | None
    count: int | None
    qualifier: str
    is_sample: bool


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a claim's time puts it: the unit, its date and the interval used to tell
    overlaps (naive Moscow time)."""

    unit: str
    date: date
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Placed:
    """A claim with its spot."""

    claim: ClaimRow
    unit: str
    date: date
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class _Candidate:
    reporter: str
    start: datetime
    end: datetime
    count: int
    qualifier: str
    claim_ids: tuple[str, ...]


def place(
    window_start: datetime | None,
    window_end: datetime | None,
    night_of: date | None,
    published_at: datetime | None,
    *,
    unit: str,
    start_hour: int,
    end_hour: int,
) -> Spot | None:
    """Return the unit (night or day) and date a claim's time belongs to (None: no time).

    A window belongs to the unit its midpoint falls in (none when it is longer than
    :data:`LONGEST_WINDOW`); a claim with only the night it names spans that night; a claim
    with neither is placed by its publication time.
    """
    if window_start is not None:
        start = window_start
        end = window_end if window_end and window_end > start else start + _POINT
        if end - start > LONGEST_WINDOW:
            return None  # a summary over several days belongs to no single night or day
        middle = start + (end - start) / 2
        if unit == C.UNIT_NIGHT and in_night(middle.hour, start_hour, end_hour):
            return Spot(C.UNIT_NIGHT, night_date(middle, start_hour, end_hour), start, end)
        return Spot(C.UNIT_DAY, middle.date(), start, end)
    if night_of is not None:
        start, end = night_bounds(night_of, start_hour, end_hour)
        return Spot(C.UNIT_NIGHT if unit == C.UNIT_NIGHT else C.UNIT_DAY, night_of, start, end)
    if published_at is not None:
        moment = published_at
        if unit == C.UNIT_NIGHT and in_night(moment.hour, start_hour, end_hour):
            night = night_date(moment, start_hour, end_hour)
            start, end = night_bounds(night, start_hour, end_hour)
            return Spot(C.UNIT_NIGHT, night, start, end)
        start, end = day_bounds(moment.date())
        return Spot(C.UNIT_DAY, moment.date(), start, end)
    return None


def _worst(qualifiers: Iterable[str]) -> str:
    return max(qualifiers, key=_QUALIFIER_RANK.__getitem__, default="exact")


def _best_windows(candidates: list[_Candidate]) -> list[_Candidate]:
    """Return the non-overlapping candidates with the largest sum (fewest on a tie)."""
    if len(candidates) == 1:
        return candidates
    ordered = sorted(candidates, key=lambda c: (c.end, c.start))
    ends = [c.end for c in ordered]
    # best[j] = (sum, -claims, chosen) over the first j candidates
    best: list[tuple[int, int, tuple[int, ...]]] = [(0, 0, ())]
    for j, cand in enumerate(ordered):
        # the last candidate ending no later than this one starts
        low, high = 0, j
        while low < high:
            mid = (low + high) // 2
            if ends[mid] <= cand.start:
                low = mid + 1
            else:
                high = mid
        base = best[low]
        take = (base[0] + cand.count, base[1] - 1, (*base[2], j))
        skip = best[j]
        best.append(take if (take[0], take[1]) > (skip[0], skip[1]) else skip)
    return [ordered[i] for i in best[-1][2]]


def _choose(candidates: list[_Candidate]) -> tuple[int, str, str, tuple[str, ...]]:
    """Return the figure, its qualifier, the rule and the chosen claim ids."""
    by_reporter: dict[str, list[_Candidate]] = {}
    for cand in candidates:
        by_reporter.setdefault(cand.reporter, []).append(cand)
    figures = []
    for reporter, own in by_reporter.items():
        chosen = _best_windows(own)
        if len(own) == 1:
            rule = C.RULE_SINGLE
        elif len(chosen) > 1:
            rule = C.RULE_WINDOWS
        else:
            rule = C.RULE_OVERLAP
        figures.append(
            (
                sum(c.count for c in chosen),
                reporter,
                _worst(c.qualifier for c in chosen),
                rule,
                tuple(i for c in chosen for i in c.claim_ids),
            )
        )
    primary = [f for f in figures if f[1] in C.PRIMARY_REPORTERS]
    pool = primary or figures
    count, reporter, qualifier, rule, ids = max(
        pool, key=lambda f: (f[0], -_REPORTER_RANK.get(f[1], 9))
    )
    if not primary:
        rule = C.RULE_MEDIA_ONLY
    elif len(primary) > 1:
        rule = C.RULE_AGREE if len({f[0] for f in primary}) == 1 else C.RULE_LARGER
    elif len(figures) > len(primary):
        rule = C.RULE_SOURCE_OVER_MEDIA
    return count, qualifier, rule, ids


def _row(
    key: tuple[date, str, str, str], placed: list[Placed], candidates: list[_Candidate]
) -> dict[str, Any]:
    day, unit, country, area_id = key
    claims = [p.claim for p in placed]
    if candidates:
        figure, qualifier, rule, chosen = _choose(candidates)
        status = C.STATUS_REPORTED
    else:
        figure, qualifier, rule, chosen = None, None, C.RULE_NAMED, ()
        status = C.STATUS_NAMED
    return {
        C.DATE: day,
        C.UNIT: unit,
        C.COUNTRY: country,
        C.AREA_ID: area_id,
        C.FIGURE: figure,
        C.QUALIFIER: qualifier,
        C.STATUS: status,
        C.CHOSEN_BY: rule,
        C.REPORTERS: tuple(sorted({c.reporter for c in claims}, key=lambda r: _REPORTER_RANK.get(r, 9))),
        C.CLAIM_IDS: tuple(sorted(c.id for c in claims)),
        C.CHOSEN_CLAIM_IDS: tuple(sorted(chosen)),
        C.N_CLAIMS: len(claims),
        C.IS_SAMPLE: all(c.is_sample for c in claims),
    }


def _candidate(p: Placed, count: int, qualifier: str, ids: tuple[str, ...]) -> _Candidate:
    return _Candidate(p.claim.reporter, p.start, p.end, count, qualifier, ids)


def nightly(placed: Sequence[Placed]) -> list[dict[str, Any]]:
    """Return one row per unit, date and area (``NIGHTLY_COLUMNS``), sorted."""
    groups: dict[tuple[date, str, str, str], list[Placed]] = {}
    for p in placed:
        groups.setdefault((p.date, p.unit, p.claim.country, p.claim.area_id), []).append(p)
    rows = []
    for key in sorted(groups):
        members = groups[key]
        candidates = []
        district_sums: dict[str, list[Placed]] = {}
        with_region_count = set()
        for p in members:
            claim = p.claim
            if claim.count is None:
                continue
            if claim.district_id is None:
                with_region_count.add(claim.statement_id)
                candidates.append(_candidate(p, claim.count, claim.qualifier, (claim.id,)))
            else:
                district_sums.setdefault(claim.statement_id, []).append(p)
        for statement_id, parts in district_sums.items():
            if statement_id in with_region_count:
                continue
            candidates.append(
                _candidate(
                    parts[0],
                    sum(p.claim.count or 0 for p in parts),
                    _worst(p.claim.qualifier for p in parts),
                    tuple(p.claim.id for p in parts),
                )
            )
        row = _row(key, members, candidates)
        row[C.AREA] = _area_name(members)
        row[C.DISTRICTS_NAMED] = tuple(
            sorted({p.claim.district_id for p in members if p.claim.district_id})
        )
        rows.append(row)
    return rows


def districts(placed: Sequence[Placed]) -> list[dict[str, Any]]:
    """Return one row per unit, date and district (``DISTRICT_COLUMNS``), sorted."""
    groups: dict[tuple[date, str, str, str, str], list[Placed]] = {}
    for p in placed:
        if p.claim.district_id:
            key = (p.date, p.unit, p.claim.country, p.claim.area_id, p.claim.district_id)
            groups.setdefault(key, []).append(p)
    rows = []
    for key in sorted(groups):
        day, unit, country, area_id, district_id = key
        members = groups[key]
        candidates = [
            _candidate(p, p.claim.count, p.claim.qualifier, (p.claim.id,))
            for p in members
            if p.claim.count is not None
        ]
        row = _row((day, unit, country, area_id), members, candidates)
        row[C.DISTRICT_ID] = district_id
        row[C.DISTRICT] = next((p.claim.district for p in members if p.claim.district), None)
        rows.append(row)
    return rows


def _area_name(members: Sequence[Placed]) -> str:
    # the name as a primary source wrote it, else the first one seen
    ranked = sorted(members, key=lambda p: _REPORTER_RANK.get(p.claim.reporter, 9))
    return ranked[0].claim.area
