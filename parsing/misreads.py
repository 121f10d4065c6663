"""Signs that a parse put a figure in the wrong report, night or place.

:mod:`parsing.misses` reads a text for what its claims leave out. The checks here read the
parse's reports beside each other and beside the words that order them (a night named in the
heading, "ещё" after a total, a correction told twice), and name where the two disagree. Like
those of :mod:`parsing.misses` they leave the figures published and ask a person to look
(``store.rows.CHECK_REASONS``); :data:`parsing.misses.CHECKS` runs them after its own.

- ``night_not_read`` (:func:`nights_not_read`): the text opens on a night ("Ночь на 27
  сентября", "в ночь на пятницу", "on the night of September 1"), but no report of Russia's side
  was dated by a night or a window.
- ``added_after_total`` (:func:`additions_after_totals`): a place's figure told as "ещё",
  "more", "later" after its region's figure, while the region's places do not add up to it:
  whether the region's figure holds the later drones is the text's to say.
- ``told_twice`` (:func:`figures_told_twice`): two reports of the same speaker give the same
  place the same figure (a correction or a retelling read as a second report).
- ``figure_in_other_region`` (:func:`figures_in_other_regions`): a sentence's figure went to one
  region while the place it names is in another, which has no figure.
- ``figure_before_speaker`` (:func:`figures_before_speakers`): a governor's or a mayor's figure
  given to his area for want of a place, from a sentence told before he is named and after the
  ministry is: the ministry's words read as his.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.area_ids import parts
from parsing import vocab
from parsing._review import Problem, sentence_at
from parsing.model import Claim, Report
from parsing.speakers import sentence_reporter

if TYPE_CHECKING:
    from parsing.misses import Read

NIGHT_NOT_READ = "night_not_read"
ADDED_AFTER_TOTAL = "added_after_total"
TOLD_TWICE = "told_twice"
FIGURE_IN_OTHER_REGION = "figure_in_other_region"
FIGURE_BEFORE_SPEAKER = "figure_before_speaker"

#: A night named by its date or weekday: "ночь на 21 октября", "В ночь на пятницу", "the night
#: of September 1", "the night to Monday".
_NIGHT = re.compile(
    rf"(?<![\w-])ноч\w*\s+на\s+(?:\d{{1,2}}(?:-?(?:е|го))?\s+{vocab.RU_MONTHS_GEN_RE}"
    rf"|{vocab.RU_WEEKDAYS_ACC})(?![\w-])"
    rf"|(?<![\w-])night\s+(?:of|to|into)\s+(?:{vocab.EN_MONTHS_RE}\s+\d{{1,2}}|\d{{1,2}}\s+"
    rf"{vocab.EN_MONTHS_RE}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.I,
)


def nights_not_read(read: Read) -> list[Problem]:
    """The night a text opens on ("Волгоград, ночь на 21 октября:", "Ночь на 27 сентября в
    Краснодарском крае."), when no report of Russia's side has a night or a window though one
    gives a figure: the figures are placed by the day of publication, maybe the wrong night.
    Only the first sentence is read: a night named further on may be an earlier one's ("Напомним,
    в ночь на 13 ноября ...")."""
    if not read.sentences or not any(c.count is not None for c in read.claims):
        return []
    if any(r.night_of is not None or r.window is not None for r in read.reports):
        return []
    first = read.sentences[0]
    m = _NIGHT.search(read.norm, first.start, first.end)
    if m is None:
        return []
    detail = f"the text opens on {m.group()!r}, but no report was dated by a night"
    return [Problem(NIGHT_NOT_READ, detail, m.span())]


#: A figure told after others, as more: "ещё два", "one more drone", "позже — над X".
_LATER = re.compile(
    r"(?<![\w-])(?:ещ[её]|дополнительно|позже|позднее|another|more|later|further)(?![\w-])"
)


def additions_after_totals(read: Read) -> list[Problem]:
    """A place's figure told as more ("ещё двух ... над Азовским районом", "UPD: one more drone
    destroyed in the Tutaevsky district") after its region's figure from an earlier sentence,
    when the region's places add up to other than that figure: read beside "12 over the region,
    4 of them over Taganrog", the 2 may come on top of the 12 or be in it, and the map's figure
    differs by them. (When the places add up to the region's figure, the text has said so.)"""
    out = []
    starts = [s.start for s in read.sentences]
    for r in read.reports:
        # each area's first figure, the figures it is given, where the last was told and its
        # places' sum: read once a report (a long text's one report holds thousands of claims)
        first: dict[str, int] = {}
        given: dict[str, set[int]] = {}
        latest: dict[str, int] = {}
        places: dict[str, int] = {}
        for d in r.claims:
            if d.count is not None and d.district_id is None:
                first.setdefault(d.area_id, d.count)
                given.setdefault(d.area_id, set()).add(d.count)
                latest[d.area_id] = max(latest.get(d.area_id, -1), d.evidence[0])
            elif d.district_id is not None:
                places[d.area_id] = places.get(d.area_id, 0) + (d.count or 0)
        for c in r.claims:
            if c.district_id is None or c.count is None or c.area_id not in first:
                continue
            s = sentence_at(read.sentences, starts, c.evidence[0])
            if s is None or latest[c.area_id] >= s.start:
                continue  # a region's figure told with the place's (the sum rule's)
            if places[c.area_id] in given[c.area_id]:
                continue
            if not _LATER.search(read.low, s.start, c.evidence[1]):
                continue
            detail = (
                f"{c.count} more over {c.district or c.area} are told after {c.area}'s "
                f"{first[c.area_id]}, and its places add up to {places[c.area_id]}: are they in it?"
            )
            out.append(Problem(ADDED_AFTER_TOTAL, detail, c.evidence))
    return out


def _told(report: Report) -> dict[tuple[str, str | None, int], Claim]:
    """A report's figures as told by the text: a region's figure made from its place's, and a
    figure told as more, left out (they are not said twice by being read so)."""
    return {
        (c.area_id, c.district_id, c.count): c
        for c in report.claims
        if c.count is not None
        and c.rule != "region_from_district"
        and not c.rule.startswith("more_")
    }


def figures_told_twice(read: Read) -> list[Problem]:
    """Two reports of one speaker that give the same place the same figure: "Губернатор уточнил
    данные ... «По уточненным данным, над Смоленским муниципальным округом уничтожены три
    беспилотника»" under a headline of the same three, or "Ранее я сообщал о двух — уточняю, сбито
    три" after "уничтожено 3": the governor's one count read as two reports (the second often
    with no night). A correction that repeats its figure, or a retelling, counts once."""
    out = []
    seen: dict[tuple[str, str, str | None, int], int] = {}  # (speaker, figure): its first report
    for k, r in enumerate(read.reports):
        if r.reporter == "mod":
            continue
        flagged = False
        for (area, district, count), c in _told(r).items():
            key = (r.reporter, area, district, count)
            if seen.setdefault(key, k) != k and not flagged:
                place = c.area if c.district is None else f"{c.area} ({c.district})"
                detail = (
                    f"{place} {c.count} is read in two reports of the {r.reporter}: "
                    "one count told twice?"
                )
                out.append(Problem(TOLD_TWICE, detail, c.evidence))
                flagged = True
    return out


def figures_in_other_regions(read: Read) -> list[Problem]:
    """A figure read for one region from a sentence whose place, named without a figure, is in
    another region that has none: "сбили беспилотник на подлёте к Москве, в районе Домодедово"
    read as Moscow 1 and a district of the Moscow oblast with no figure. (A place named for the
    damage, "one person was injured in Ramenskoye", is no place of the figure.)"""
    out = []
    starts = [s.start for s in read.sentences]
    for r in read.reports:
        counted = {a for c in r.claims if c.count is not None for a in parts(c.area_id)}
        # the places named with no figure, by the sentence they are named in
        bare: dict[int, list[Claim]] = {}
        for d in r.claims:
            if d.district_id is None or d.count is not None or d.rule != "place_without_count":
                continue
            if set(parts(d.area_id)) & counted:
                continue
            s = sentence_at(read.sentences, starts, d.evidence[0])
            if s is not None:
                bare.setdefault(s.start, []).append(d)
        if not bare:
            continue
        for c in r.claims:
            if c.count is None or c.district_id is not None:
                continue
            s = sentence_at(read.sentences, starts, c.evidence[0])
            if s is None or s.start not in bare:
                continue
            d = bare[s.start][0]
            detail = (
                f"the sentence's {c.count} went to {c.area}, but the place it names, "
                f"{d.district} ({d.area}), is in another region, which has no figure"
            )
            out.append(Problem(FIGURE_IN_OTHER_REGION, detail, c.evidence))
    return out


def figures_before_speakers(read: Read) -> list[Problem]:
    """A governor's or a mayor's figure given to his area only because its sentence names no
    place (``one_region_total``), told before any sentence names him and after one names the
    ministry: "Дежурные средства ПВО ... сбили 28 ..., сообщает Минобороны. ... Всего за ночь,
    таким образом, ПВО перехватила 52 БПЛА." then "Мэр Москвы ... сообщал о сбитых ..." read as
    Moscow's 52 (the ministry's night, all of Russia, on the mayor's city)."""
    out = []
    named: dict[str, int] | None = None  # where the ministry, a governor, a mayor is first named
    for r in read.reports:
        if r.reporter not in ("governor", "mayor"):
            continue
        figures = [c for c in r.claims if c.count is not None]
        if not figures or any(c.rule != "one_region_total" for c in figures):
            continue
        if named is None:
            named = _first_named(read)
        last = max(c.evidence[0] for c in figures)
        if named.get("mod", last + 1) > last or named.get(r.reporter, -1) <= last:
            continue
        c = figures[0]
        detail = (
            f"{c.area}'s {c.count} is read as the {r.reporter}'s, but its sentence comes after the "
            f"ministry speaks and before the {r.reporter} is named: whose figure is it?"
        )
        out.append(Problem(FIGURE_BEFORE_SPEAKER, detail, c.evidence))
    return out


def _first_named(read: Read) -> dict[str, int]:
    """Where each reporter is first named (the start of its sentence), read once a text."""
    named: dict[str, int] = {}
    for s in read.sentences:
        who = sentence_reporter(read.low[s.start : s.end], ministry_named="mod" in named)
        if who is not None:
            named.setdefault(who, s.start)
        if "mod" in named and "governor" in named and "mayor" in named:
            break
    return named
