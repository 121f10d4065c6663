"""One figure per night (or day) and area, the rule that chose it, and the claims behind it.

This module is the one place the figure is chosen. :func:`reconcile_claims` takes claims as
``Store.claims`` returns them and gives the rows every reader shows: the stored
``figures`` table is written from it at every write (``store.figures``), and
``Store.nightly``, ``store.ledger`` and the exports read those rows (every reporter's, or
one reporter's), or call it on the fly when a filter on several reporters changes which
claims compete. The rules are written for users
in ``docs/reconciliation.md``. In short:

1. Each claim belongs to one unit: the night it falls in (dated by its morning; the
   boundary is ``settings.night_start_hour``/``night_end_hour``), or else its calendar day.
   A window belongs to the unit its midpoint falls in.
2. One statement's figures for one area (or district) and time add up: a report gives a
   place a second figure only when it tells more drones ("ещё один", timed lines).
   Within one reporter, claims whose windows overlap are versions of one figure (a repeat,
   a retelling by the same kind of source, a total next to its parts): the larger stands.
   Windows that do not overlap add up. Exactly: the figure is the largest sum over claims
   with pairwise non-overlapping windows (weighted interval scheduling). A governor's or
   mayor's own channel's posts (not an outlet's retelling them) with no window and no
   night each tell drones of their own: one channel's posts in a unit make one figure
   first, in the order posted (they add up; a post telling the night replaces what came
   before it when larger), and it competes as one claim. Two statements of one post
   compete (a post's "достигло 8" after its 5, "ранее я сообщал о 9" after its 23), except
   an update the parser marks as telling more drones ("UPD: сбиты ещё два",
   ``adds_to_previous``): it adds to the post's figure, in the post's time.
3. Reporters are never added together. Among the primary sources (ministry, governor,
   mayor) the larger figure is shown; media and other retellings count only when no
   primary source gives a number.
4. A statement that gives district counts without a region figure counts as their sum
   for the region; places named without any number give a "named" row without a figure.
5. A media text linked to the statement it retells (``store.retellings``) is listed but
   enters reconciliation without its numbers; areas a statement names under a total over
   several areas are ``named_in_total`` with that total (never split). Discrepancy flags
   are computed with the rows and never change a figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pandas as pd

import settings
from parsing.model import REPORTERS, sum_qualifier
from store import columns as C
from store import retellings
from store._parse import CHANNEL_POST
from store._time import day_bounds, in_night, night_bounds, night_date

#: Display and tie-break order of reporters: primary sources first (the parser's order).
REPORTER_RANK: dict[str, int] = {code: rank for rank, code in enumerate(REPORTERS)}
_OWN_FIGURE_REPORTERS = ("governor", "mayor")
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
    #: the channel post this claim came from, when posts of its channel add up
    #: (:func:`_posts_of`); None: the claim's statement stands alone
    posts: Post | None = None
    #: its statement is an update telling more drones than its text's before it
    #: (:func:`_updates_added`)
    adds: bool = False


@dataclass(frozen=True, slots=True)
class Post:
    """A governor's or mayor's channel post without a window (:func:`_posts_added`)."""

    channel: str
    at: datetime  # when it was published
    whole: bool  # it tells the night ("за ночь", "этой ночью"), not only its own drones


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a claim's time puts it: the unit, its date and the interval used to tell
    overlaps (naive Moscow time)."""

    unit: str
    date: date
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class AssignedClaim:
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
    posts: Post | None = None
    #: the rule that made a channel's posts this one figure (:func:`_posts_added`), or a
    #: post's figure and its updates (:func:`_updates_added`)
    rule: str | None = None
    #: an update's more drones (:func:`_updates_added`)
    adds: bool = False


def assign_night(
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
    # (the least certain, and "about" for a lower bound added to an upper one)
    return sum_qualifier(qualifiers)


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
    if len(candidates) == 1:
        # one figure (most nights and areas): the rules below come to this
        (only,) = candidates
        rule = C.RULE_SINGLE if only.reporter in C.PRIMARY_REPORTERS else C.RULE_MEDIA_ONLY
        rule = only.rule or rule
        return only.count, _worst((only.qualifier,)), rule, only.claim_ids
    by_reporter: dict[str, list[_Candidate]] = {}
    for cand in candidates:
        by_reporter.setdefault(cand.reporter, []).append(cand)
    figures = []
    for reporter, own in by_reporter.items():
        chosen = _best_windows(own)
        if any(c.rule == C.RULE_POSTS for c in chosen):
            rule = C.RULE_POSTS
        elif any(c.rule == C.RULE_UPDATES for c in chosen):
            rule = C.RULE_UPDATES
        elif len(own) == 1:
            rule = own[0].rule or C.RULE_SINGLE
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
        pool, key=lambda f: (f[0], -REPORTER_RANK.get(f[1], 9))
    )
    if not primary:
        rule = C.RULE_MEDIA_ONLY
    elif len(primary) > 1:
        rule = C.RULE_AGREE if len({f[0] for f in primary}) == 1 else C.RULE_LARGER
    elif len(figures) > len(primary):
        rule = C.RULE_SOURCE_OVER_MEDIA
    return count, qualifier, rule, ids


#: What :func:`_choose` gives a place: the figure, its qualifier, the rule, the chosen ids.
Choice = tuple[int, str, str, tuple[str, ...]]


def _row(
    key: tuple[date, str, str, str],
    placed: Sequence[AssignedClaim],
    choice: Choice | None,
) -> dict[str, Any]:
    day, unit, country, area_id = key
    claims = [p.claim for p in placed]
    if len(claims) == 1:
        # one claim (most rows): its reporter, its id
        reporters: tuple[str, ...] = (claims[0].reporter,)
        ids: tuple[str, ...] = (claims[0].id,)
    else:
        reporters = tuple(
            sorted({c.reporter for c in claims}, key=lambda r: REPORTER_RANK.get(r, 9))
        )
        ids = tuple(sorted(c.id for c in claims))
    if choice is not None:
        figure, qualifier, rule, chosen = choice
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
        C.REPORTERS: reporters,
        C.CLAIM_IDS: ids,
        C.CHOSEN_CLAIM_IDS: tuple(sorted(chosen)),
        C.N_CLAIMS: len(claims),
        C.IS_SAMPLE: all(c.is_sample for c in claims),
    }


def _candidate(p: AssignedClaim, count: int, qualifier: str, ids: tuple[str, ...]) -> _Candidate:
    return _Candidate(
        p.claim.reporter, p.start, p.end, count, qualifier, ids, p.claim.posts, adds=p.claim.adds
    )


AreaKey = tuple[date, str, str, str]
DistrictKey = tuple[date, str, str, str, str]


def _area_groups(placed: Iterable[AssignedClaim]) -> dict[AreaKey, list[AssignedClaim]]:
    groups: dict[AreaKey, list[AssignedClaim]] = {}
    for p in placed:
        groups.setdefault((p.date, p.unit, p.claim.country, p.claim.area_id), []).append(p)
    return groups


def _district_groups(placed: Iterable[AssignedClaim]) -> dict[DistrictKey, list[AssignedClaim]]:
    groups: dict[DistrictKey, list[AssignedClaim]] = {}
    for p in placed:
        if p.claim.district_id:
            key = (p.date, p.unit, p.claim.country, p.claim.area_id, p.claim.district_id)
            groups.setdefault(key, []).append(p)
    return groups


def _area_figures(placed: Sequence[AssignedClaim]) -> list[dict[str, Any]]:
    """Return one row per unit, date and area (``NIGHTLY_COLUMNS``), sorted."""
    groups = _area_groups(placed)
    return [_area_row(key, groups[key]) for key in sorted(groups)]


def _area_row(key: AreaKey, members: Sequence[AssignedClaim]) -> dict[str, Any]:
    return _area_row_of(key, members, _area_choice(members))


def _area_row_of(
    key: AreaKey, members: Sequence[AssignedClaim], choice: Choice | None
) -> dict[str, Any]:
    """Return the row of an area's ``members`` whose figure was chosen already
    (:func:`_area_choice`)."""
    row = _row(key, members, choice)
    row[C.AREA] = _area_name(members)
    row[C.DISTRICTS_NAMED] = tuple(
        sorted({p.claim.district_id for p in members if p.claim.district_id})
    )
    return row


def _area_choice(members: Sequence[AssignedClaim]) -> Choice | None:
    """Return the figure, qualifier, rule and chosen claims :func:`_area_row` gives
    ``members`` (None: no count)."""
    candidates = _area_candidates(members)
    return _choose(candidates) if candidates else None


def _area_candidates(members: Sequence[AssignedClaim]) -> list[_Candidate]:
    """Return the figures competing for an area: each statement's region-level counts, and
    the sum of a statement's district counts when it gives none for the region."""
    region_parts: dict[tuple[str, datetime, datetime], list[AssignedClaim]] = {}
    district_sums: dict[str, list[AssignedClaim]] = {}
    for p in members:
        claim = p.claim
        if claim.count is None:
            continue
        if claim.district_id is None:
            region_parts.setdefault((claim.statement_id, p.start, p.end), []).append(p)
        else:
            district_sums.setdefault(claim.statement_id, []).append(p)
    with_region_count = {statement_id for statement_id, _, _ in region_parts}
    candidates = [_summed(parts) for parts in region_parts.values()]
    candidates += [
        _summed(parts)
        for statement_id, parts in district_sums.items()
        if statement_id not in with_region_count
    ]
    return _competing(candidates)


def _competing(candidates: list[_Candidate]) -> list[_Candidate]:
    """Return a place's figures as they compete: each text's updates added to its post's
    figure (:func:`_updates_added`), then one channel's posts made one figure
    (:func:`_posts_added`)."""
    if len(candidates) == 1:
        # one figure (nearly every district, many areas): nothing to add it to
        (only,) = candidates
        return [replace(only, adds=False)] if only.adds else candidates
    return _posts_added(_updates_added(candidates))


def _updates_added(candidates: list[_Candidate]) -> list[_Candidate]:
    """Add each update inside a text to its post's figure for the place.

    The statements of one text (a post) compete: a running total ("сбиты 5 ... количество
    достигло 8"), a figure recalled ("Напомню, ранее я сообщал о 9" under the night's 23) or
    another week's are versions of the post's figure or no drones of this night. An update
    the parser marks as telling more drones ("UPD: в X сбиты ещё два", "Update: two more were
    downed": ``adds_to_previous``) is drones beyond all of them: it adds to the largest of
    the text's other figures for the place, in the same time (it was given its post's:
    :func:`_update_times`); with none there (an update over a place the post did not give a
    figure), the first update is the place's figure and later ones add to it.
    """
    if not any(c.adds for c in candidates):
        return candidates
    out = [c for c in candidates if not c.adds]
    posts: dict[tuple[str, str, datetime, datetime], int] = {}
    for k, cand in enumerate(out):
        key = (_message(cand), cand.reporter, cand.start, cand.end)
        if key not in posts or cand.count > out[posts[key]].count:
            posts[key] = k
    for update in sorted((c for c in candidates if c.adds), key=_statement_order):
        key = (_message(update), update.reporter, update.start, update.end)
        if key not in posts:
            posts[key] = len(out)
            out.append(replace(update, adds=False))
            continue
        post = out[posts[key]]
        out[posts[key]] = replace(
            post,
            count=post.count + update.count,
            qualifier=_worst((post.qualifier, update.qualifier)),
            claim_ids=post.claim_ids + update.claim_ids,
            rule=C.RULE_UPDATES,
        )
    return out


def _message(cand: _Candidate) -> str:
    """The text (a report id) a candidate's claims come from (claim ids are the statement
    id, then the claim's number; a statement id the report id, then its number)."""
    return cand.claim_ids[0].rpartition(":")[0].rpartition(":")[0]


def _statement_order(cand: _Candidate) -> int:
    """A candidate's statement's place in its text."""
    seq = cand.claim_ids[0].rpartition(":")[0].rpartition(":")[2]
    return int(seq) if seq.isdigit() else 0


def _posts_added(candidates: list[_Candidate]) -> list[_Candidate]:
    """Make one figure of one channel's posts in one unit, in the order they were posted.

    A governor's or a mayor's channel post that states no window and no night tells the
    drones downed since its last post (the Moscow mayor posts each one): such posts add
    up. A post that tells the night ("за ночь — 7", "этой ночью сбиты 15") is the night's
    whole so far: it replaces the sum of the posts before it when it is larger (a summary
    of 2 + 1 is 7, never 10), and posts after it add to it ("Дополнительно ... сбиты ещё
    два" after the night's 15 is 17). The channel's figure competes as one night-long
    claim with the reporter's other channels (a governor's own channel and his operational
    headquarters tell the same drones: never added). Posts of a channel that all tell the
    night compete as before.

    Posts, not statements: the statements of one post compete first and the larger is the
    post's figure. A post goes on after its night's figure with a running total ("…
    количество сбитых достигло 8"), a figure recalled ("Напомню, ранее я сообщал о 9") or a
    past week: no new drones. (An update's "UPD: сбиты ещё два" in the same post is new
    drones, but nothing the store keeps tells it from those: docs/reconciliation.md 1c.)
    """
    if all(c.posts is None for c in candidates):
        return candidates
    out: list[_Candidate] = []
    channels: dict[tuple[str, datetime, datetime], list[_Candidate]] = {}
    for cand in candidates:
        if cand.posts is None:
            out.append(cand)
        else:
            channels.setdefault((cand.posts.channel, cand.start, cand.end), []).append(cand)
    for own in channels.values():
        posts: dict[str, _Candidate] = {}
        for cand in sorted(own, key=_posted):
            message = _message(cand)
            if message not in posts or cand.count > posts[message].count:
                posts[message] = cand
        if len(posts) == 1 or all(c.posts and c.posts.whole for c in own):
            out.extend(own)  # versions of one figure: the larger stands
            continue
        figure: list[_Candidate] = []
        for cand in sorted(posts.values(), key=_posted):
            if not (cand.posts and cand.posts.whole):
                figure.append(cand)
            elif cand.count >= sum(c.count for c in figure):
                figure = [cand]
        out.append(
            replace(
                figure[0],
                count=sum(c.count for c in figure),
                qualifier=_worst(c.qualifier for c in figure),
                claim_ids=tuple(i for c in figure for i in c.claim_ids),
                rule=C.RULE_POSTS if len(figure) > 1 else figure[0].rule or C.RULE_OVERLAP,
            )
        )
    return out


def _posted(cand: _Candidate) -> tuple[datetime, str]:
    """When a candidate's post was published (then its claims' order in the message)."""
    assert cand.posts is not None
    return cand.posts.at, cand.claim_ids[0]


def _summed(parts: Sequence[AssignedClaim]) -> _Candidate:
    """One statement's counts for one place and time as one figure: their sum.

    A statement that gives one area (or district) several figures for the same time tells
    more drones each time ("сбиты два ... ещё один", a mayor's timed lines, a list naming a
    region twice): they add up, as the parser reads them; the area is flagged when listed
    twice (``area_listed_twice``). Statements, even of one reporter, are never added here.
    """
    return _candidate(
        parts[0],
        sum(p.claim.count or 0 for p in parts),
        _worst(p.claim.qualifier for p in parts),
        tuple(p.claim.id for p in parts),
    )


def _district_figures(placed: Sequence[AssignedClaim]) -> list[dict[str, Any]]:
    """Return one row per unit, date and district (``DISTRICT_COLUMNS``), sorted."""
    groups = _district_groups(placed)
    return [_district_row(key, groups[key]) for key in sorted(groups)]


def _district_row(key: DistrictKey, members: Sequence[AssignedClaim]) -> dict[str, Any]:
    day, unit, country, area_id, district_id = key
    if len(members) == 1:
        # one claim (nearly every district row): its own figure, if it has one
        only = members[0].claim
        choice = None if only.count is None else _choose(_competing([_summed(members)]))
        row = _row((day, unit, country, area_id), members, choice)
        row[C.DISTRICT_ID] = district_id
        row[C.DISTRICT] = only.district or None
        return row
    parts: dict[tuple[str, datetime, datetime], list[AssignedClaim]] = {}
    for p in members:
        if p.claim.count is not None:
            parts.setdefault((p.claim.statement_id, p.start, p.end), []).append(p)
    candidates = _competing([_summed(own) for own in parts.values()])
    row = _row((day, unit, country, area_id), members, _choose(candidates) if candidates else None)
    row[C.DISTRICT_ID] = district_id
    row[C.DISTRICT] = next((p.claim.district for p in members if p.claim.district), None)
    return row


def _area_name(members: Sequence[AssignedClaim]) -> str:
    # the name as a primary source wrote it, else the first one seen
    return min(members, key=_rank_of_reporter).claim.area


def _rank_of_reporter(p: AssignedClaim) -> int:
    return REPORTER_RANK.get(p.claim.reporter, 9)


# --- the whole rule set: retellings, totals over lists, flags ------------------------------


@dataclass(slots=True)
class Reconciliation:
    """Everything reconciliation derives from a set of claims (every reporter and region)."""

    unit: str
    statements: dict[str, retellings.Statement]
    links: dict[str, str]  # retelling statement id -> the statement it retells
    flags: dict[str, set[str]]  # claim id -> flag codes
    groups: dict[str, tuple[int, int]]  # statement id -> (total, number of areas named)
    placed: dict[str, AssignedClaim]  # claim id -> the claim in its unit (drones with a time)
    rows: list[dict[str, Any]]  # one row per unit, date and area (every reporter)
    #: the claims that compete (retellings without their numbers) per unit, date, country
    #: and area, in the keys' order (the rows'), as :func:`reconcile_columns` grouped them
    areas: dict[AreaKey, list[AssignedClaim]] = field(default_factory=dict)
    #: a reporter's own figure for an area, where the flags compared it with the
    #: ministry's: what that reporter's own row shows (:func:`rows_by_reporter`)
    choices: dict[tuple[AreaKey, str], Choice | None] = field(default_factory=dict)


def naive(value: Any) -> datetime | None:
    """Return a frame's timestamp as a naive Moscow datetime (None when missing)."""
    if value is None:
        return None
    if type(value) is datetime and value.tzinfo is None:
        return value  # already plain (the rows a refresh reads): nothing to convert
    if pd.isna(value):
        return None
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_localize(None)
    return stamp.to_pydatetime()


def plain_rows(frame: pd.DataFrame, names: Sequence[str]) -> list[SimpleNamespace]:
    """Return the rows of ``frame`` as plain Python values (missing values as None).

    Iterating a frame of Arrow-backed strings row by row costs seconds a year; one
    ``tolist`` per column does not.
    """
    columns = []
    for name in names:
        values = frame[name].tolist()
        missing = frame[name].isna().tolist()
        if any(missing):
            values = [None if gone else v for v, gone in zip(values, missing, strict=True)]
        columns.append(values)
    return [
        SimpleNamespace(**dict(zip(names, values, strict=True)))
        for values in zip(*columns, strict=True)
    ]


def plain_columns(frame: pd.DataFrame, names: Sequence[str]) -> dict[str, list[Any]]:
    """Return columns of ``frame`` as lists of plain Python values: missing values as
    None, timestamps as naive Moscow datetimes (converted a column at a time)."""
    out: dict[str, list[Any]] = {}
    for name in names:
        series = frame[name]
        if isinstance(series.dtype, pd.DatetimeTZDtype):
            series = series.dt.tz_localize(None)
        if name in _TIMES and series.dtype.kind == "M":
            # microseconds (what the database holds) convert to datetime objects, NaT to None
            out[name] = series.to_numpy().astype("datetime64[us]").astype(object).tolist()
            continue
        values = series.tolist()
        missing = series.isna().tolist()
        if any(missing):
            values = [None if gone else v for v, gone in zip(values, missing, strict=True)]
        if name in _TIMES:
            values = [naive(v) for v in values]
        out[name] = values
    return out


_STATEMENT_FIELDS = (
    C.STATEMENT_ID,
    C.REPORTER,
    C.COUNTRY,
    C.SOURCE_KIND,
    C.UNIT,
    C.DATE,
    C.PUBLISHED_AT,
    C.REPORT_TOTAL,
    C.KIND,
    C.COUNT,
    C.DISTRICT_ID,
    C.AREA_ID,
)
PLACED_FIELDS = (
    C.CLAIM_ID,
    C.STATEMENT_ID,
    C.REPORTER,
    C.COUNTRY,
    C.AREA_ID,
    C.AREA,
    C.DISTRICT_ID,
    C.DISTRICT,
    C.COUNT,
    C.QUALIFIER,
    C.IS_SAMPLE,
    C.KIND,
    C.WINDOW_START,
    C.WINDOW_END,
    C.NIGHT_OF,
    C.PUBLISHED_AT,
    C.SOURCE_KIND,
    C.CHANNEL,
    C.DECLARED_REPORTER,
    C.CHANNEL_REPORTER,
    C.ADDS_TO_PREVIOUS,
    C.PERIOD,
)


#: What :func:`reconcile_columns` reads of each claim (the statement id is derived).
CLAIM_FIELDS = tuple(
    dict.fromkeys(
        name for name in (*PLACED_FIELDS, *_STATEMENT_FIELDS, C.EVIDENCE) if name != C.STATEMENT_ID
    )
)
#: Plain columns: name -> one value per claim.
Columns = Mapping[str, Sequence[Any]]
_TIMES = (C.WINDOW_START, C.WINDOW_END, C.PUBLISHED_AT)


def _statements(columns: Columns) -> dict[str, retellings.Statement]:
    out: dict[str, retellings.Statement] = {}
    district_sums: dict[tuple[str, str], int] = {}
    for (
        sid,
        reporter,
        country,
        source_kind,
        unit,
        day,
        published_at,
        report_total,
        kind,
        count,
        district_id,
        area_id,
    ) in zip(*(columns[name] for name in _STATEMENT_FIELDS), strict=True):
        st = out.get(sid)
        if st is None:
            st = out[sid] = retellings.Statement(
                id=sid,
                reporter=reporter,
                country=country,
                source_kind=source_kind,
                unit=unit,
                date=day,
                published_at=published_at,
                total=None if report_total is None else int(report_total),
            )
        if kind != "drone":
            continue
        count = None if count is None else int(count)
        if district_id is None:
            st.areas[area_id] = count if st.areas.get(area_id) is None else st.areas[area_id]
        elif count is not None:
            district_sums[(sid, area_id)] = district_sums.get((sid, area_id), 0) + count
        else:
            st.areas.setdefault(area_id, None)
    for (sid, area_id), total in district_sums.items():
        if out[sid].areas.get(area_id) is None:
            out[sid].areas[area_id] = total
    return out


def _groups(statements: dict[str, retellings.Statement]) -> dict[str, tuple[int, int]]:
    """Statements giving a total over areas named without figures (never split)."""
    return {
        sid: (st.total, len(st.areas))
        for sid, st in statements.items()
        if st.total is not None and st.areas and all(v is None for v in st.areas.values())
    }


def _flag_statements(
    columns: Columns, statements: dict[str, retellings.Statement], flags: dict[str, set[str]]
) -> None:
    # plain tuples: one pass over the claims (pandas per statement costs seconds a year)
    members: dict[str, list[tuple[str, str, Any, int | None]]] = {}
    for cid, sid, kind, area_id, district_id, count in zip(
        columns[C.CLAIM_ID],
        columns[C.STATEMENT_ID],
        columns[C.KIND],
        columns[C.AREA_ID],
        columns[C.DISTRICT_ID],
        columns[C.COUNT],
        strict=True,
    ):
        if kind == "drone":
            members.setdefault(sid, []).append(
                (cid, area_id, district_id, None if count is None else int(count))
            )
    for sid, own in members.items():
        st = statements[sid]
        area_level = [m for m in own if m[2] is None]
        seen: dict[str, int] = {}
        for m in area_level:
            seen[m[1]] = seen.get(m[1], 0) + 1
        for cid, area_id, _, _ in area_level:
            if seen[area_id] > 1:
                flags[cid].add(C.FLAG_LISTED_TWICE)
        if st.total is None:
            continue
        # every row counts, an area listed twice included ("5 over X ... 4 over X" of 9);
        # district figures stand in for an area without a figure of its own
        rows = [m[3] for m in area_level]
        rows += [v for a, v in st.areas.items() if a not in seen]
        counted = [v for v in rows if v is not None]
        if not counted:
            continue
        total = sum(counted)
        complete = len(counted) == len(rows)
        if (complete and total != st.total) or total > st.total:
            for m in own:
                flags[m[0]].add(C.FLAG_TOTAL_MISMATCH)


def _placed_of(columns: Columns, unit: str) -> dict[str, AssignedClaim]:
    """Return ``claim id -> AssignedClaim`` for the drone claims among ``columns``."""
    current = settings.get()
    out = {}
    spots: dict[tuple[Any, ...], Spot | None] = {}
    borrowed = _update_times(columns)
    # PLACED_FIELDS: the fields of a ClaimRow, the kind, the four times, what _posts_of
    # reads, whether it adds to its text's figure, its recap's period
    for values in zip(*(columns[name] for name in PLACED_FIELDS), strict=True):
        if values[11] != "drone" or values[21] is not None:
            continue  # another kind; a recap over a week or a month is no night's or day's
        times = borrowed.get(values[1], values[12:16]) if borrowed else values[12:16]
        if times in spots:
            spot = spots[times]
        else:
            # one placement per distinct time: a statement's time repeats on its claims
            spot = spots[times] = assign_night(
                *times,
                unit=unit,
                start_hour=current.night_start_hour,
                end_hour=current.night_end_hour,
            )
        if spot is None:
            continue
        cid, sid, reporter, country, area_id, area, district_id, district, count = values[:9]
        claim = ClaimRow(
            cid,
            sid,
            reporter,
            country,
            area_id,
            area,
            district_id,
            district,
            None if count is None else int(count),
            values[9],
            bool(values[10]),
            _posts_of(reporter, *times, *values[16:20]),
            bool(values[20]),
        )
        out[claim.id] = AssignedClaim(claim, spot.unit, spot.date, spot.start, spot.end)
    return out


def _update_times(columns: Columns) -> dict[str, tuple[Any, ...]]:
    """Return the times an update inside a text is placed by: statement id -> the four
    times (window start and end, night, publication) of its text's first statement of the
    same reporter and country.

    An update ("UPD: сбиты ещё два") states no window and no night of its own: its drones
    are more of its post's, in the post's time (posted after 07:00, it would otherwise land
    on that day's row). An update with a time of its own is placed by it.
    """
    if not any(columns[C.ADDS_TO_PREVIOUS]):
        return {}  # most claims: no update among them
    first: dict[tuple[str, str, str], tuple[int, tuple[Any, ...]]] = {}
    updates: list[tuple[str, tuple[str, str, str], int]] = []
    for sid, reporter, country, adds, *times in zip(
        columns[C.STATEMENT_ID],
        columns[C.REPORTER],
        columns[C.COUNTRY],
        columns[C.ADDS_TO_PREVIOUS],
        columns[C.WINDOW_START],
        columns[C.WINDOW_END],
        columns[C.NIGHT_OF],
        columns[C.PUBLISHED_AT],
        strict=True,
    ):
        message, _, number = sid.rpartition(":")
        seq = int(number) if number.isdigit() else 0
        own = (message, reporter, country)
        if adds:
            if times[0] is None and times[2] is None:
                updates.append((sid, own, seq))
        elif own not in first or seq < first[own][0]:
            first[own] = (seq, tuple(times))
    return {sid: first[own][1] for sid, own, seq in updates if own in first and first[own][0] < seq}


def _posts_of(
    reporter: str,
    window_start: datetime | None,
    window_end: datetime | None,
    night_of: date | None,
    published_at: datetime | None,
    source_kind: str | None,
    channel: str | None,
    declared: str | None,
    by_title: str | None,
) -> Post | None:
    """Return the channel post a claim came from when its channel's posts add up
    (:func:`_posts_added`): a post of a governor's or mayor's own channel (an export or a
    sync) with no window; anything else (the ministry's statements and their copies, news,
    an outlet's channel retelling the governor, a pasted text, a post with a window of its
    own) stands alone.

    Whose channel it is: the reporter the source is declared to be (``sources.toml``, kept
    with the report: ``declared``), else what its title says (``by_title``: the parser's
    reading kept with the report, :func:`store._parse.channel_reporter`). An outlet's
    channel tells one of the mayor's posts twice (a one-line flash, then the story:
    "Собянин: сбиты два БПЛА" and "ПВО сбили два беспилотника, летевших на Москву, сообщил
    Собянин"): its posts are versions of one figure, never drones of their own.
    A governor's channel under a title the parser does not read as his ("Регион 71 |
    безопасность") is his when the registry says so.
    """
    if (
        reporter in _OWN_FIGURE_REPORTERS
        and source_kind == CHANNEL_POST
        and channel
        and published_at is not None
        and window_start is None
        and window_end is None
        and (declared if declared else by_title) == reporter
    ):
        return Post(channel, published_at, whole=night_of is not None)
    return None


#: A claim's window, (start, end).
_Span = tuple[datetime, datetime]


def _two(into: set[str], more: Iterable[str]) -> None:
    """Add ``more`` to ``into`` until it holds two: whether a set holds two statements or
    one (and which) is all :func:`_flag_overlapping` asks of it."""
    for sid in more:
        if len(into) >= 2:
            return
        into.add(sid)


def _flag_overlapping(own: Sequence[AssignedClaim], flags: dict[str, set[str]]) -> None:
    """Flag the claims of one reporter, unit and area whose window overlaps a different
    window of another statement.

    Distinct windows are compared, not pairs of claims: a 10 MB text of statements with one
    window each gave 6,000 claims an area and night, and their pairs took 40 s of a 4 MB
    import. A claim is flagged when the windows overlapping its own hold a statement other
    than its own (two statements there: any claim; one: a claim of another statement).
    """
    windows: dict[_Span, list[AssignedClaim]] = {}
    for p in own:
        windows.setdefault((p.start, p.end), []).append(p)
    if len(windows) == 1:
        return  # one window (most places): none other to overlap it
    spans = sorted(windows)
    statements: dict[_Span, set[str]] = {}
    for span in spans:
        _two(statements.setdefault(span, set()), (p.claim.statement_id for p in windows[span]))
    around: dict[_Span, set[str]] = {span: set() for span in spans}
    for i, u in enumerate(spans):
        for v in spans[i + 1 :]:
            if v[0] >= u[1]:
                break  # sorted by start: no later window starts before this one ends
            if u[0] < v[1]:
                _two(around[u], statements[v])
                _two(around[v], statements[u])
    for span, near in around.items():
        for p in windows[span]:
            if len(near) >= 2 or (near and p.claim.statement_id not in near):
                flags[p.claim.id].add(C.FLAG_OVERLAPPING_WINDOWS)


def _flag_groups(
    areas: Mapping[AreaKey, Sequence[AssignedClaim]],
    retold: set[str],
    flags: dict[str, set[str]],
    choices: dict[tuple[AreaKey, str], Choice | None],
) -> None:
    """Flags that compare claims of one night and area (``areas``: the claims that
    compete, grouped): reporters and windows. Each reporter's figure worked out to compare
    it with the ministry's goes into ``choices``."""
    for key, members in areas.items():
        by_reporter: dict[str, list[AssignedClaim]] = {}
        for p in members:
            if p.claim.statement_id not in retold:
                by_reporter.setdefault(p.claim.reporter, []).append(p)
        for own in by_reporter.values():
            _flag_overlapping(own, flags)
        # each reporter's own figure for this night and area, where the ministry has one
        # and a governor or a mayor too (a linked retelling has no number: left out)
        if "mod" not in by_reporter or not any(r in by_reporter for r in _OWN_FIGURE_REPORTERS):
            continue
        mod = choices[(key, "mod")] = _area_choice(by_reporter["mod"])
        if mod is None:
            continue
        for reporter in _OWN_FIGURE_REPORTERS:
            if reporter not in by_reporter:
                continue
            figure = choices[(key, reporter)] = _area_choice(by_reporter[reporter])
            if figure is not None and figure[0] > mod[0]:
                for p in members:
                    if p.claim.reporter in (reporter, "mod") and p.claim.statement_id not in retold:
                        flags[p.claim.id].add(C.FLAG_GOVERNOR_ABOVE_MOD)


def _silenced(analysis: Reconciliation, reporters: Sequence[str]) -> list[AssignedClaim]:
    """The claims that compete: linked retellings keep their place but lose their number."""
    return _silenced_claims(analysis.placed.values(), analysis.links, reporters)


def _silenced_claims(
    placed: Iterable[AssignedClaim], retold: Mapping[str, str], reporters: Sequence[str] = ()
) -> list[AssignedClaim]:
    return [
        replace(p, claim=replace(p.claim, count=None)) if p.claim.statement_id in retold else p
        for p in placed
        if not reporters or p.claim.reporter in reporters
    ]


def area_rows(analysis: Reconciliation, reporters: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Return one row per unit, date and area (``NIGHTLY_COLUMNS`` + ``flags``,
    ``group_total``, ``group_size``, ``group_statement``), sorted.

    ``reporters`` (default: all) limits which claims compete for the figure; retellings,
    flags and totals over lists stay those found among every reporter's claims.
    """
    if not reporters and analysis.rows:
        return analysis.rows
    rows = _area_figures(_silenced(analysis, reporters))
    for row in rows:
        _add_honest_columns(analysis, row)
    return rows


def _add_honest_columns(analysis: Reconciliation, row: dict[str, Any]) -> None:
    """Give an area row its flags and the total over a list of areas naming it."""
    groups, statements, flags, retold = (
        analysis.groups,
        analysis.statements,
        analysis.flags,
        analysis.links,
    )
    ids = row[C.CLAIM_IDS]
    row[C.FLAGS] = tuple(sorted({code for cid in ids for code in flags.get(cid, ())}))
    # (the statements of the row's claims that name it in a total over a list: looked up
    # in ``groups``, never a set made of all of them for each row)
    placed = analysis.placed
    named_by = sorted(
        {sid for cid in ids if (sid := placed[cid].claim.statement_id) in groups},
        key=lambda sid: (
            sid in retold,
            REPORTER_RANK.get(statements[sid].reporter, 9),
            -groups[sid][0],
            sid,
        ),
    )
    if named_by:
        sid = named_by[0]
        row[C.GROUP_TOTAL], row[C.GROUP_SIZE], row[C.GROUP_STATEMENT] = (*groups[sid], sid)
        if row[C.STATUS] == C.STATUS_NAMED:
            row[C.STATUS] = C.STATUS_NAMED_IN_TOTAL
    else:
        row[C.GROUP_TOTAL] = row[C.GROUP_SIZE] = row[C.GROUP_STATEMENT] = None


def district_rows(analysis: Reconciliation, reporters: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Return one row per unit, date and district (``DISTRICT_COLUMNS``), retellings
    listed but not counted as in :func:`area_rows`."""
    return _district_figures(_silenced(analysis, reporters))


def rows_by_reporter(
    analysis: Reconciliation,
) -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """Return the area and district rows of every reporter together (key "") and of each
    reporter with a placed claim alone: what ``area_rows(analysis, reporters)`` and
    ``district_rows(analysis, reporters)`` return for ``()`` and for ``(reporter,)``.

    Where the claims of a night and area (or district) are all one reporter's, that
    reporter's own row is the every-reporter row, and the same dict is reused (read the
    rows, never change them); only the places where reporters compete are reconciled again,
    each reporter's figure taken from the flags' comparison where it made one (the flags
    leave a linked retelling out, which competes without its number: the same figure).
    """
    areas = analysis.areas or _area_groups(_silenced(analysis, ()))
    reporters = sorted({p.claim.reporter for members in areas.values() for p in members})
    out: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {
        reporter: ([], []) for reporter in ("", *reporters)
    }
    every = area_rows(analysis)
    out[""][0].extend(every)
    choices = analysis.choices
    for shared, key in zip(every, sorted(areas), strict=True):
        for reporter, own in _split_by_reporter(areas[key]):
            row = shared
            if own is not None:
                chosen = (key, reporter)
                row = (
                    _area_row_of(key, own, choices[chosen])
                    if chosen in choices
                    else _area_row(key, own)
                )
                _add_honest_columns(analysis, row)
            out[reporter][0].append(row)
    # (an area's claims in their order: so are each district's, which lie in one area)
    districts = _district_groups(p for members in areas.values() for p in members)
    for place in sorted(districts):
        members = districts[place]
        row = _district_row(place, members)
        out[""][1].append(row)
        for reporter, own in _split_by_reporter(members):
            out[reporter][1].append(row if own is None else _district_row(place, own))
    return out


def _split_by_reporter(
    members: Sequence[AssignedClaim],
) -> list[tuple[str, list[AssignedClaim] | None]]:
    """Return each reporter among ``members`` with their own claims, in order (None:
    all of ``members`` are that reporter's)."""
    first = members[0].claim.reporter
    if all(p.claim.reporter == first for p in members):
        return [(first, None)]
    own: dict[str, list[AssignedClaim]] = {}
    for p in members:
        own.setdefault(p.claim.reporter, []).append(p)
    return list(own.items())


def reconcile_claims(frame: pd.DataFrame, unit: str) -> Reconciliation:
    """Apply the whole rule set to claims as ``Store.claims`` returns them.

    ``frame`` holds every reporter and region of the units wanted (whole units: the
    claims of a unit date are all there or none); ``unit`` is the one it was read with.
    """
    return reconcile_columns(plain_columns(frame, CLAIM_FIELDS), unit)


def reconcile_columns(columns: Columns, unit: str) -> Reconciliation:
    """Apply the whole rule set to claims given as plain columns (:data:`CLAIM_FIELDS`:
    lists of Python values, missing values None, times naive Moscow datetimes), as
    :func:`reconcile_claims` does to a frame (the stored figures' rebuild reads them so)."""
    ids = columns[C.CLAIM_ID]
    sids = [cid.rpartition(":")[0] for cid in ids]
    columns = {**columns, C.STATEMENT_ID: sids}
    statements = _statements(columns)
    links = retellings.link(statements.values())
    flags: dict[str, set[str]] = {cid: set() for cid in ids}
    differing = retellings.differing(statements, links)
    for cid, sid in zip(ids, sids, strict=True):
        if sid in differing:
            flags[cid].add(C.FLAG_RETELLING_DIFFERS)
    for cid, evidence in zip(ids, columns[C.EVIDENCE], strict=True):
        if evidence and "~~" in evidence:
            # the parser gives a struck-out part ("~~5~~", skipped) to the claim beside it
            flags[cid].add(C.FLAG_STRUCK_OUT)
    _flag_statements(columns, statements, flags)
    placed = _placed_of(columns, unit)
    groups = _area_groups(_silenced_claims(placed.values(), links))
    areas = {key: groups[key] for key in sorted(groups)}
    choices: dict[tuple[AreaKey, str], Choice | None] = {}
    _flag_groups(areas, set(links), flags, choices)
    analysis = Reconciliation(
        unit, statements, links, flags, _groups(statements), placed, [], areas, choices
    )
    analysis.rows = [_area_row(key, members) for key, members in areas.items()]
    for row in analysis.rows:
        _add_honest_columns(analysis, row)
    return analysis
