"""Group a text's sentences into drafts of reports (``parsing.build`` turns each into a Report).

A text can hold several reports: a governor's count, the ministry's national figures for
another night, an earlier incident, Ukraine's own claims. A sentence with figures starts a
new report when it names a different reporter or a different time than the current one;
sentences without figures (damage, "Об этом сообщили в Минобороны") join the report around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from geo.area_ids import is_combined, is_sea
from parsing.model import Reporter, Window
from parsing.reading import SentenceFacts, TotalCandidate, blank
from parsing.text import Sentence
from parsing.time import TimeMark, on_day
from parsing.vocab import (
    AT_WORK_RE,
    ATTACK_REPELLED_RE,
    DEBRIS_RE,
    EXERCISE_SENTENCE_RE,
    EXERCISE_STEMS,
    INTERCEPT_RE,
    NOT_DOWNED_RE,
    UNSAID_RE,
)
from settings import MSK

T = TypeVar("T")


@dataclass(slots=True)
class Draft:
    """A report being assembled."""

    country: str
    reporter: Reporter | None
    time: TimeMark | None
    sentences: list[int] = field(default_factory=list)
    facts: list[tuple[int, SentenceFacts]] = field(default_factory=list)
    inherited: Reporter | None = None
    area: str | None = None  # the region its speaker names ("губернатор Тульской области")
    #: the areas it took from the windows its night holds (``_window_areas_to_recap``)
    window_areas: set[str] = field(default_factory=set)
    #: an update's label opened it on more drones ("UPD: сбиты ещё два") and every figure of it
    #: is more of them (``Report.adds_to_previous``)
    adds: bool = False
    #: where the update's label that opened it stands ("UPD 08:40:"): a sentence another label
    #: opens is another update (``group``)
    label: int | None = None
    #: a whole told after the report it follows, the night's count so far
    #: (``_whole_beyond_its_figures``): a place its words do not give is none of its own
    tally: bool = False
    #: what was read of its facts for a question asked at each sentence (``_unread``): for each
    #: question, how many facts were read, the last of them and the first, and the answer so far
    read: dict[str, tuple[int, object, object, Any]] = field(
        default_factory=dict, compare=False, repr=False
    )


def _head_area(d: Draft) -> str | None:
    """The region a draft's head of region speaks for: the one his title names, else, for a
    governor or a mayor whose title names none ("the governor said five drones were
    destroyed" after "In the Tula region"), the one region his figures are over."""
    if d.area is not None or d.reporter not in ("governor", "mayor"):
        return d.area
    regions = {
        c.area_id
        for _i, f in d.facts
        for c in f.claims
        if c.count is not None and not c.area_id.startswith("SEA-") and "+" not in c.area_id
    }
    return regions.pop() if len(regions) == 1 else None


def _over_several_regions(d: Draft) -> bool:
    """Whether a draft with figures is no one head's: its speaker, a governor or nobody, names
    no region and its places are two or more regions ("губернаторы сообщили о 15 сбитых над
    Брянской и Курской областями" heading the paragraph of each governor; "над Ленинградской
    областью уничтожены 5, над Псковской — 3" before "Губернатор Ленинградской области ...")."""
    if d.area is not None or d.reporter not in (None, "governor") or not d.facts:
        return False
    regions = {
        c.area_id
        for _i, f in d.facts
        for c in f.claims
        if c.district_id is None and not is_sea(c.area_id) and not is_combined(c.area_id)
    }
    return len(regions) >= 2


def _unread(d: Draft, question: str, nothing: T) -> tuple[int, T]:
    """Where the facts of ``d`` not yet read for ``question`` begin, and its answer from the
    facts before them; 0 and ``nothing`` when ``facts`` was changed otherwise than by adding to
    its end since (a lede moved to a recap, a list's lead taken off, the windows' areas put
    first). A question asked of the draft being filled at each sentence, read again from its
    first fact each time, was quadratic in a report of thousands of figures (200,000 characters
    of a governor's lines took 17 s)."""
    n, last, first, answer = d.read.get(question, (0, None, None, nothing))
    facts = d.facts
    if n and not (n <= len(facts) and facts[n - 1] is last and facts[0] is first):
        return 0, nothing
    return n, answer


def _keep(d: Draft, question: str, answer: object) -> None:
    """Keep the answer to ``question`` from every fact of ``d`` (``_unread``)."""
    if d.facts:
        d.read[question] = (len(d.facts), d.facts[-1], d.facts[0], answer)


def _one_area_of_figures(d: Draft) -> str | None:
    """The one region (or city that is one) a draft's figures are over, its Moscow targets
    among them; None for none or several (read on from the facts added since: ``_unread``)."""
    n, areas = _unread(d, "areas", frozenset[str]())
    if len(areas) < 2 and n < len(d.facts):
        found = set(areas)
        for _i, f in d.facts[n:]:
            found.update(
                c.area_id
                for c in (*f.claims, *f.target_claims)
                if c.count is not None and not is_sea(c.area_id) and not is_combined(c.area_id)
            )
            if len(found) >= 2:
                break  # two are several, whatever follows
        areas = frozenset(found)
    _keep(d, "areas", areas)
    return next(iter(areas)) if len(areas) == 1 else None


def _sums_what_it_follows(d: Draft, f: SentenceFacts) -> bool:
    """ "Итого с начала ночи уничтожены 8" under a mayor's timed lines of 2, 1, 3 and 2: a
    running total equal to the sum of the figures the report told before it sums them up (the
    report's own total); a larger one counts drones told elsewhere, in a report of its own. So
    does a line's own figure and the running whole after it ("One more drone brought down,
    bringing to six the number downed on the way to the capital" after lines of 2 and 3), and
    a line's figure with the whole as its total ("Sobyanin now says a further three drones were
    shot down, bringing the total to five" after a line of two)."""
    own = [c.count for c in (*f.claims, *f.target_claims) if c.district_id is None]
    if own:
        if None in own:
            return False
        if len(own) == 2 and not f.totals:
            whole = max(c or 0 for c in own)
            line = sum(c or 0 for c in own) - whole  # the line's own figure
        elif len(own) == 1 and len({t.value for t in f.totals}) == 1:
            whole, line = f.totals[0].value, own[0] or 0
        else:
            return False
    elif len({t.value for t in f.totals}) != 1:
        return False
    else:
        whole, line = f.totals[0].value, 0
    told = _told(d)
    return told.areas_told and not told.area_unsized and told.areas_sum + line == whole


def _whole_beyond_its_figures(d: Draft, f: SentenceFacts, label: int | None) -> bool:
    """ "Сбиты ещё два БПЛА, летевшие на Москву. Всего за ночь уничтожено 10", "UPD: Атака
    отражена. Всего сбито 9" under "над морем сбиты 5": a whole told with its mark ("всего",
    "итого") after more drones (every figure of the report "ещё", or an update's) or by an
    update's label of its own, in a
    sentence of its own with no place of its own, and larger than the figures of the one area
    the report gave before it (no district's figure among them, but an update's, or any under a
    whole an update's label opens), counts drones
    told elsewhere: the night's count so far, a report of its own. Never the ministry's (its
    whole is over regions it may leave unnamed), nor a whole equal to what it follows
    (``_sums_what_it_follows``), nor one the update's own line goes on to ("UPD: ещё один над X.
    Всего за ночь — три": a version of the post's figure, docs/reconciliation.md 1c). ``label``
    is where the update's label of the sentence stands, if one opens its line. The whole may
    name the one region the figures before it are over ("Всего за ночь над Брянщиной — 7",
    "Обновлено 06:55: всего за ночь над областью уничтожено 9, в том числе над X округом"):
    its place is that region told again, with districts named without figures
    (``_names_only_the_whole``)."""
    if d.reporter == "mod" or f.doubts:
        return False
    if (f.claims or f.target_claims) and not _names_only_the_whole(d, f):
        return False
    if f.correction:
        # "Дополнено: по уточнённым данным, всего за ночь уничтожено 36" under "более 30": the
        # post's figure set right, never the night's count so far (``rule_corrected_figures``)
        return False
    if label is not None and label == d.label:
        return False
    told = _told(d)
    if label is None and d.label is None and not told.all_more:
        return False  # "Над X сбиты три. Всего за ночь — восемь": the report's own total
    values = {t.value for t in f.totals}
    if len(values) != 1 or not all(
        _marked_whole(t) and not (t.foreign or t.wide) for t in f.totals
    ):
        return False
    if not told.once and label is not None:
        # "Уничтожено 8 БПЛА. ... Обновлено 05:40: всего за ночь сбиты 14": the post's figure
        # named no place of its own, its report's total alone; an update's whole beyond it is
        # the night's count so far all the same
        before = told.wholes
        return len(before) == 1 and min(before) < values.pop() and len(told.areas) <= 1
    return (
        told.once > 0
        # (an update's figures may be its districts': "UPD: ещё один над X, два над Y. Итого за
        # ночь — 9" is the post's whole, not the update's; and the post's may be when the whole
        # has a label of its own: "Над Энском уничтожено 5. Обновлено 06:10: всего за ночь над
        # регионом сбито 8" is the night's count so far)
        and (d.label is not None or label is not None or told.once_areas_only)
        and len(told.areas) == 1
        and told.once_sum < values.pop()
    )


@dataclass(slots=True)
class _Told:
    """What a draft's facts tell of its drones, read on as facts are added (``_told``)."""

    #: every fact with a place says "more" ("ещё")
    all_more: bool = True
    #: the areas of its drones (two at most: two are several)
    areas: set[str] = field(default_factory=set)
    #: an area's figure of drones (no district's) told, one told with no number, their sum
    areas_told: bool = False
    area_unsized: bool = False
    areas_sum: int = 0
    #: its figures of drones each told once (``_told_once``): how many, their sum, whether all
    #: are areas' (no district's), and the keys seen
    once: int = 0
    once_sum: int = 0
    once_areas_only: bool = True
    seen: set[tuple[str, str | None, int]] = field(default_factory=set)
    #: the values of its wholes (none of another side's or a wider one's; two at most)
    wholes: set[int] = field(default_factory=set)

    def add(self, g: SentenceFacts) -> None:
        """Read one more fact."""
        places = (*g.claims, *g.target_claims)
        if places and not g.more:
            self.all_more = False
        for c in places:
            if c.kind != "drone":
                continue
            if len(self.areas) < 2:
                self.areas.add(c.area_id)
            if c.district_id is None:
                self.areas_told = True
                self.area_unsized = self.area_unsized or c.count is None
                self.areas_sum += c.count or 0
            if c.count is None:
                continue
            # a figure of drones, each told once: a figure an area had before, told again by a
            # sentence that does not say it is more ("Слюсарь: в Ростовской области уничтожены
            # девять беспилотников" over the lede's "девять ... над X районом и Y"), is the same
            # drones (a headline and its lede), never as many again
            key = (c.area_id, c.district_id, c.count)
            if key in self.seen and not g.more:
                continue
            self.seen.add(key)
            self.once += 1
            self.once_sum += c.count
            self.once_areas_only = self.once_areas_only and c.district_id is None
        for t in g.totals:
            if not (t.foreign or t.wide) and len(self.wholes) < 2:
                self.wholes.add(t.value)


def _told(d: Draft) -> _Told:
    """What ``d``'s facts tell of its drones (asked at each sentence with a whole: read on
    from the facts added since, ``_unread``)."""
    n, told = _unread(d, "told", None)
    if told is None:
        n, told = 0, _Told()
    for _i, g in d.facts[n:]:
        told.add(g)
    _keep(d, "told", told)
    return told


def _unplaced_whole(f: SentenceFacts) -> bool:
    """Whether a sentence tells a marked whole ("Итого за ночь и утро — 8") and no place."""
    return (
        not f.claims
        and not f.target_claims
        and bool(f.totals)
        and all(t.priority == 0 and not (t.foreign or t.wide) for t in f.totals)
    )


def _figure_of(d: Draft) -> int | None:
    """The drones a draft's figures tell: its areas' (no district's) figures told once, or its
    districts' when it gives no area a figure; None when a place of it has a figure no number
    gives ("несколько")."""
    told = _told(d)
    if told.area_unsized or not told.once:
        return None
    return told.areas_sum if told.areas_told else told.once_sum


def _tallies_the_reports(
    drafts: list[Draft], f: SentenceFacts, country: str, rep: Reporter | None
) -> bool:
    """ "За ночь сбиты шесть. Утром — ещё три. Итого за ночь и утро — 9": a marked whole
    ("всего", "итого") with no place, told after two or more reports of one speaker and equal
    to the sum of their figures, is their tally: a report of its own (docs/labels.md: a tally
    of the text's own reports), never the total of the one whose time its words share ("за
    ночь" is the night's, but its 9 holds the morning's three). Only the reports of its own
    side and speaker, each with figures a number gives."""
    if not _unplaced_whole(f) or len({t.value for t in f.totals}) != 1:
        return False
    mine = [
        d
        for d in drafts
        if d.country == country and d.facts and (rep is None or d.reporter in (None, rep))
    ]
    if len(mine) < 2:
        return False
    figures = [_figure_of(d) for d in mine]
    if None in figures:
        return False
    return sum(x or 0 for x in figures) == f.totals[0].value


def _marked_whole(t: TotalCandidate) -> bool:
    """Whether ``t`` is a whole its sentence marks ("всего", "итого"): told with no place, or
    shared by a list of districts of one region under the mark ("Обновлено 05:40: всего за ночь
    над Энском и Энским районом уничтожено 14": the region's whole, its places named with no
    figure each; ``place_rules`` gives that figure priority 1 only under the mark)."""
    return (t.priority == 0 and not t.shared) or (t.priority == 1 and t.shared)


def _names_only_the_whole(d: Draft, f: SentenceFacts) -> bool:
    """Whether a sentence's places are only those of a whole of the one region ``d`` tells.

    "Всего за ночь над Брянщиной — 7" after "над X и Y районами уничтожены ещё 2": its one
    figure is the region's, equal to its marked whole, and any district it names has no figure
    ("в том числе над Лебедянским округом"); the region is the one the draft's figures are over.
    The whole of the drones bound for Moscow ("Всего за ночь на подлёте к столице — 10") is
    told over the city the same way.
    """
    area = _one_area_of_figures(d)
    places = (*f.claims, *f.target_claims)
    if area is None or {c.area_id for c in places} != {area}:
        return False
    wholes = {t.value for t in f.totals if _marked_whole(t)}
    figures = [c for c in places if c.count is not None]
    return (
        len(figures) == 1
        and figures[0].district_id is None
        and figures[0].count in wholes
        and all(c.district_id is not None for c in places if c.count is None)
    )


def _last_day_and_long_window(a: TimeMark, b: TimeMark) -> bool:
    """ "за сутки" and a window of half a day or more ("с 10:00 3 марта до 08:00 4 марта"):
    the same report told twice; an evening's two hours, or a night, beside "the past 24 hours"
    are not."""
    day, other = (a, b) if a.key[0] == "last24h" else (b, a)
    if day.key[0] != "last24h" or other.kind != "window":
        return False
    return other.window is not None and other.window.end - other.window.start >= timedelta(hours=12)


def _dated_by(have: TimeMark | None, new: TimeMark | None) -> TimeMark | None:
    """``new`` as the report whose time is ``have`` reads it: a window's hours with no date of
    their own (dated from the publication) on the day the report named ("Вечером 3 мая ...
    Это произошло в период с 19:30 до 22:10 мск": 3 May's evening, not the publication's)."""
    if (
        have is None
        or new is None
        or not new.undated
        or new.window is None
        or have.kind != "day"
        or have.key[0] not in ("day", "evening", "daytime")
        or not isinstance(have.key[1], date)
    ):
        return new
    return on_day(new, have.key[1])


def _compatible(a: TimeMark | None, b: TimeMark | None) -> bool:
    b = _dated_by(a, b)
    if a is None or b is None:
        return True
    if a.key == b.key or _last_day_and_long_window(a, b):
        return True
    if _clock_windows(a, b):
        # two windows' hours with no date known ("с 20.00 до 23.00 ... Кроме того, с 23.00 до
        # 7.00 ..."): two statements, though neither has a calendar day
        return False
    if a.key[0] == "clock" or b.key[0] == "clock":
        # hours with no date known ("с 23:00 до 07:00", no publication date) tell no other
        # time apart (the night's recap after them starts a report of its own: ``_night_recap``)
        return True
    nights = {a.night_of, b.night_of} - {None}
    # a window that crosses midnight and "за ночь" of the same morning are one night
    if (
        (a.kind == "night" or b.kind == "night")
        and len(nights) == 1
        and (a.night_of is not None and b.night_of is not None)
    ):
        return True
    return _within_day(a, b) or _within_day(b, a)


_WEEK = ("period", "week")


def _week_told_by_its_days(current: Draft, tm: TimeMark | None) -> bool:
    """Whether ``tm``'s days are the week ``current`` was told by, whose figures are only
    bounds: a headline's "over 1,000 drones downed in a week" over the ministry's "1,081 ...
    from 1 to 7 March" is one recap (``report_rules`` ``bound_then_figure`` takes the figure). A
    week told with an exact figure is another week than dated days after it (corpus-dev a017:
    "за неделю ... 1193", then "С 29 декабря по 4 января ... 1548", the week before)."""
    if current.time is None or tm is None or not _week_and_its_days(current.time, tm):
        return False
    told = [t.qualifier for _i, f in current.facts for t in f.totals]
    told += [c.qualifier for _i, f in current.facts for c in f.claims if c.count is not None]
    return bool(told) and all(q in ("at_least", "approx") for q in told)


def _week_and_its_days(a: TimeMark, b: TimeMark) -> bool:
    """Whether one of ``a`` and ``b`` is a week with no dates ("in a week", "за неделю") and the
    other a run of seven days ("from 1 to 7 March", "с 1 по 7 марта"): one recap, told first
    by its length (a headline's "over 1,000 drones downed in a week") and then by its days."""
    for week, days in ((a, b), (b, a)):
        if (
            week.key == _WEEK
            and week.window is None
            and days.kind == "period"
            and days.window is not None
            and days.window.end - days.window.start == timedelta(days=7)
        ):
            return True
    return False


#: The hours a night's single times lie in: from the evening before to the morning's noon.
_NIGHT_FROM, _NIGHT_TO = time(18), time(12)


def _night_of_point(tm: TimeMark) -> date | None:
    """The night a single time lies in ("около 02:10" of 21 December: the night of the 21st;
    23:40 of the 20th: the same), None for a window or a time of the day."""
    w = tm.window
    if tm.kind != "window" or w is None or w.start != w.end:
        return None
    at = w.start.astimezone(MSK)
    if at.time() >= _NIGHT_FROM:
        return at.date() + timedelta(days=1)
    return at.date() if at.time() < _NIGHT_TO else None


def _night_of_points(a: TimeMark, b: TimeMark) -> date | None:
    """The night two single times lie in, ``a`` told first, or a single time and the night
    named ("за ночь" over a line "около 02:10"); None when they lie in none, or in two.

    A clock time with no date of its own is dated from the publication: an evening line before
    a morning line of the same date ("около 23:50 ..., около 01:30 ...") was the eve of that
    night, as a post of the morning tells it."""
    if a.kind == b.kind == "night":
        return None  # (two nights' keys are compared by ``_compatible``)
    first = _night_of_point(a) or (a.night_of if a.kind == "night" else None)
    then = _night_of_point(b) or (b.night_of if b.kind == "night" else None)
    if first is None or then is None:
        return None
    if first == then + timedelta(days=1) and a.window is not None and b.window is not None:
        return then if a.window.start.date() == b.window.start.date() else None
    return first if first == then else None


def _lines_of_a_night(current: Draft, tm: TimeMark | None) -> bool:
    """Whether ``tm``, a single time or a night, and the report's time are the times of one
    head's or town's lines of a night ("в 23:40 над X уничтожен 1 БПЛА; около 02:10 над Y — ещё
    2"): one report, a report of its own only with an update's mark (docs/labels.md; discovery80
    ah30). Never the ministry's: its attempts at two times are two statements (corpus-dev b031).
    """
    return (
        current.reporter != "mod"
        and current.time is not None
        and tm is not None
        and _night_of_points(current.time, tm) is not None
    )


def _clock_windows(a: TimeMark, b: TimeMark) -> bool:
    """Whether ``a`` and ``b`` are the hours of two different windows with no date known
    (a single time, "около 4 часов утра", is no window: it tells nothing apart)."""
    return (
        a.key[0] == b.key[0] == "clock"
        and a.key != b.key
        and a.key[1] != a.key[2]
        and b.key[1] != b.key[2]
    )


def _within_day(day: TimeMark, other: TimeMark) -> bool:
    """A headline's "on Tuesday evening" and the statement's 20:00-23:00 window of that day;
    a headline's "днём" and the statement's "с 9.00 до 13.00" of the publication day."""
    if day.kind != "day" or day.key[1] is None:
        return False
    if day.key[0] == "daytime":
        w, on = other.window, day.key[1]
        return other.kind == "window" and w is not None and isinstance(on, date) and _daytime(w, on)
    if day.key[0] not in ("day", "evening"):
        return False
    if other.kind == "window" and other.window is not None:
        # (a window that ends at midnight, "с 16.00 до 24.00 мск 4 февраля", is that day's:
        # its end is the next day's 00:00)
        start, end = other.window.start.date(), _last_day(other.window.end)
        # a night's window ("с 23:00 2 октября до 7:00 3 октября") is the morning's report:
        # "накануне вечером" (the 2nd) is another one
        return day.key[1] == end if start != end else day.key[1] == start
    return other.kind == "night" and other.night_of == day.key[1]


def _last_day(end: datetime) -> date:
    """The day a window's end belongs to: midnight ends the day before."""
    return (end - timedelta(minutes=1)).date() if end.time() == time(0) else end.date()


#: The hours "днём" spans: a window inside them on one day is that daytime told exactly.
_DAYTIME_HOURS = (time(6), time(20))


def _daytime(window: Window, day: date) -> bool:
    """Whether ``window`` lies within ``day``'s daytime hours (``_DAYTIME_HOURS``)."""
    start, end = window.start, window.end
    return (
        start.date() == end.date() == day
        and _DAYTIME_HOURS[0] <= start.time()
        and end.time() <= _DAYTIME_HOURS[1]
    )


def _sharper(have: TimeMark | None, new: TimeMark | None) -> TimeMark | None:
    """Keep the report's time, or take the sentence's when it says more: a time where there
    was none, or the clock window of the same night ("overnight" in the lede, "Between 11:00
    p.m. on December 24 and 7:00 a.m." in the quote)."""
    if have is None:
        return new
    new = _dated_by(have, new)
    if new is not None and have.key != new.key and have.kind == "window":
        night = _night_of_points(have, new)
        if night is not None:
            # two single times of one night's lines, or one and the night's whole after it
            # ("Всего за ночь — 4"): the report is that night's, no window
            return TimeMark("night", ("night", night), None, night, have.start, have.end)
    if new is not None and have.kind == new.kind == "period" and have.key == new.key:
        # a headline's "за неделю" and the statement's "с 13 по 19 декабря": the days say more
        return new if have.window is None else have
    if new is not None and _week_and_its_days(have, new):
        # "in a week" in a headline, "from 1 to 7 March" in the text: the days say more
        return new if have.window is None else have
    if new is not None and new.key[0] == "clock":
        # hours with no date known say no more than the report's calendar time, but more
        # than a lede's "overnight" or "on Monday" with no date known either, and a window's
        # hours more than a single time's
        return new if _no_calendar(have) or _clock_point_then_window(have, new) else have
    if new is not None and have.key[0] == "clock":
        return have if _no_calendar(new) else new  # a calendar time says more than hours
    if new is not None and _last_day_and_long_window(have, new) and have.key[0] == "last24h":
        return new  # the window says more than "за сутки"
    if (
        new is not None
        and have.kind == "night"
        and new.kind == "window"
        and new.night_of == have.night_of
    ):
        return new
    if new is not None and new.kind != "day" and _within_day(have, new):
        return new  # the day of a headline, the window or night of the statement
    if new is not None and _window_of_the_night(have, new):
        return new  # a lede's "overnight", the statement's "between 9 p.m. and 11:45 p.m."
    return have


def _clock_point_then_window(have: TimeMark, new: TimeMark) -> bool:
    """Whether ``have`` is a single time with no day known and ``new`` a window's hours."""
    return have.key[0] == "clock" and have.key[1] == have.key[2] and new.key[1] != new.key[2]


def _no_calendar(tm: TimeMark) -> bool:
    """Whether ``tm`` is a night or a day no calendar date is known for ("overnight", "в
    понедельник" in a text with no publication date)."""
    return tm.kind in ("night", "day") and tm.window is None and tm.night_of is None


def _window_of_the_night(night: TimeMark, other: TimeMark) -> bool:
    """A window inside the night a loose "overnight" names (from noon before to noon of its
    morning): the statement's hours say more than the lede's word, even when they end before
    midnight (then the report is that evening's, not a night's)."""
    if night.kind != "night" or night.night_of is None or other.kind != "window":
        return False
    if other.window is None:
        return False
    noon = datetime.combine(night.night_of, time(12), tzinfo=MSK)
    return noon - timedelta(days=1) <= other.window.start <= other.window.end <= noon


#: how far back from a night's recap its statement's window and lede may sit (sentences with
#: facts)
_LEDE_REACH = 8


def _night_recap(
    current: Draft, tm: TimeMark | None, f: SentenceFacts, times: dict[int, TimeMark | None]
) -> bool:
    """ "Всего за ночь ...", "Всего в ночное время ... 55" after a window's figures: the whole
    night's total is a report of its own; it neither adds to the window's figures nor replaces
    their total. The window may be hours alone with no date known ("С 23:00 до 07:00")."""
    if not (
        tm is not None
        and tm.kind == "night"
        and current.facts
        and any(t.priority == 0 for t in f.totals)
    ):
        return False
    if (
        current.time is not None
        and current.time.kind == "window"
        and not _lines_of_a_night(current, tm)
        # (a single time with no day known, "В 01:40 над X сбиты два", is a line's too)
        and not (current.time.key[0] == "clock" and current.time.key[1] == current.time.key[2])
    ):
        # "Всего за ночь, с 20.00, уничтожено 58, в том числе 13 над Московским регионом" after
        # a 23:00-07:00 list: the recap's own parts are the recap's, never the window's rows
        # (a single time of that night is a line's, "около 02:10 ... — ещё 2", no window the
        # night's whole recaps: it closes the lines)
        return True
    # the window's hours are among the statement's last sentences (a long text's one report
    # may hold thousands: scanning them all for every recap was quadratic); a recap that names
    # places after timed lines ("Всего за ночь над областью сбито 5") sums up those lines, as
    # it does single times with no day known ("В 01:40 над X сбиты два": a line's)
    return not f.claims and any(
        (w := times.get(j)) is not None and w.key[0] == "clock" and w.key[1] != w.key[2]
        for j, _f in current.facts[-_LEDE_REACH:]
    )


def _lede_to_recap(
    window: Draft, recap: Draft, said: SentenceFacts, times: dict[int, TimeMark | None]
) -> None:
    """ "За ночь сбили 55" in a lede, the statement's "С 23:00 до 07:00 ... 45" and then its
    "Всего в ночное время ... 55": the lede retells the whole night's recap, so its figure (and
    the places it names) go with the recap, never becoming the window's total. Only a lede
    whose figure the recap repeats and the window's own sentences do not, among the last few
    sentences before the recap (a long text's one report may hold thousands)."""
    recap_values = {t.value for t in said.totals if t.priority == 0}
    tail = window.facts[-_LEDE_REACH:]
    ledes = [
        (j, lf)
        for j, lf in tail
        if (tm := times.get(j)) is not None
        and tm.kind == "night"
        and lf.totals
        and all(t.value in recap_values for t in lf.totals)
        and all(c.count is None for c in lf.claims)
    ]
    moved = {j for j, _lf in ledes}
    rest = {t.value for j, lf in tail if j not in moved for t in lf.totals}
    if not ledes or not rest or recap_values & rest:
        return
    window.facts[-len(tail) :] = [(j, lf) for j, lf in tail if j not in moved]
    # the ledes sit near the end: cut from the last sentence back to the first that holds
    # none of them left, not across the whole report
    k, left = len(window.sentences), set(moved)
    while left and k > 0:
        k -= 1
        left.discard(window.sentences[k])
    window.sentences[k:] = [x for x in window.sentences[k:] if x not in moved]
    recap.facts[:0] = ledes
    recap.sentences[:0] = [j for j, _lf in ledes]


#: how many windows told one after another a night's recap may hold (20:00-23:00, 23:00-07:00)
_WINDOWS_A_NIGHT = 4


def _windows_of_night(window: Draft, drafts: list[Draft], at: dict[int, int]) -> list[Draft]:
    """The window a night's recap follows and the windows told right before it, each ending
    where the next begins ("С 20.00 до 23.00 ... С 23.00 до 7.00 ... Всего за ночь"): the
    recap's night holds them all, oldest first."""
    run = [window]
    k = at[id(window)]
    while k > 0 and len(run) < _WINDOWS_A_NIGHT:
        before, after = drafts[k - 1].time, run[0].time
        if (
            drafts[k - 1].country != window.country
            or before is None
            or after is None
            or before.kind != "window"
            or after.kind != "window"
            or before.key[0] != after.key[0]
            or before.key[2] != after.key[1]
        ):
            break
        k -= 1
        run.insert(0, drafts[k])
    return run


def _figure(window: Draft) -> int | None:
    """A window's figure as its statement gives it: its total, else its rows' sum (the last
    few sentences only: a long text's one report may hold thousands)."""
    facts = [f for _j, f in window.facts[-_LEDE_REACH:]]
    totals = [t for f in facts for t in f.totals if not t.foreign]
    if totals:
        return min(totals, key=lambda t: (t.priority, t.start)).value
    counts = [c.count for f in facts for c in f.claims if c.district_id is None]
    return sum(c for c in counts if c is not None) if counts and None not in counts else None


def _window_areas_to_recap(windows: list[Draft], recap: Draft, said: SentenceFacts) -> None:
    """ "С 23:00 до 07:00 ... 45 БПЛА над территориями X, Y и Z. Всего в ночное время ... 55": the
    whole night holds the window, so the night's report names the window's areas too (without
    a figure: the window's figures are the window's); after two windows ("С 20.00 до 23.00 ...
    над X. С 23.00 до 7.00 ... над Y. Всего за ночь ..."), the areas of both. When the windows'
    figures add up to the recap's ("... 14 ... 38. Всего за ночь 52"), the recap is their sum
    and names nothing of its own: each area is on the map with its window's figure. Only the
    statement's last few sentences (a long text's one report may hold thousands)."""
    recap_values = {t.value for t in said.totals if t.priority == 0}
    figures = [_figure(w) for w in windows]
    if recap_values and None not in figures and sum(f or 0 for f in figures) in recap_values:
        return
    have = recap.window_areas
    have.update(
        c.area_id for _j, f in recap.facts[-_LEDE_REACH:] for c in f.claims if c.district_id is None
    )
    for window in windows:
        for j, f in window.facts[-_LEDE_REACH:]:
            areas = [
                replace(c, count=None, qualifier="exact", rule="window_of_recap", doubt=None)
                for c in f.claims
                if c.district_id is None and c.area_id not in have
            ]
            if areas:
                have.update(c.area_id for c in areas)
                recap.facts.append((j, SentenceFacts(claims=areas, region=f.region)))


def _of_windows(f: SentenceFacts) -> bool:
    """Whether a recap's facts are the areas it took from its windows (``_window_areas_to_recap``)."""
    return bool(f.claims) and f.claims[0].rule == "window_of_recap"


def _speaker(d: Draft) -> Reporter | None:
    """Who speaks for a draft: the speaker it names, else the one its figures carry from the
    report before it ("Всего за ночь ПВО перехватила 52" after the ministry's windows is the
    ministry's; the mayor named after it with no figure of his own, "Мэр Москвы сообщал о
    сбитых на подлёте к столице беспилотниках в течение всей ночи", does not take it)."""
    return d.reporter or (d.inherited if _has_figures(d) else None)


def _goes_on_for_ukraine(
    f: SentenceFacts | None, rep: Reporter | None, russian: bool, start: int
) -> bool:
    """After Ukraine's side was named, a sentence is still Ukraine's unless it names a Russian
    speaker ("the governor said", "Moscow also said") or a figure over a Russian region it names
    itself: a region only the sentence before named ("Russia launched 78 drones from a town in
    Krasnodar Krai. Air defences shot down 54 of them") is where they flew from, not where
    Ukraine's side downed them (its ``start``: where the sentence begins)."""
    if rep in ("mod", "governor", "mayor") or russian:
        return False
    return f is None or not any(
        c.area_id.startswith("RU-") and c.evidence[0] >= start for c in f.claims
    )


def _others_list(current: Draft, f: SentenceFacts) -> bool:
    """A governor's report and a sentence with figures over two or more regions, not his own:
    a national list quoted after his words ("Overnight ... 36 drones. Among them 15 over ...")."""
    if current.reporter != "governor" or current.area is None or not current.facts:
        return False
    areas = {
        c.area_id
        for c in f.claims
        if c.count is not None and c.area_id.startswith("RU-") and c.district_id is None
    }
    return len(areas - {current.area}) >= 2


#: How many sentences :func:`group` assigns between two calls of its ``step``.
STEP_SENTENCES = 1000


def _file(draft: Draft, at: dict[int, int], filed: dict[tuple[object, ...], list[int]]) -> None:
    """File ``draft`` under its time's key as it stops being the draft being filled: only that
    one's time changes, so every other draft of a time is found under its key."""
    if draft.time is not None:
        filed.setdefault(draft.time.key, []).append(at[id(draft)])


#: how many drafts back a window's hours with no date of their own look for the same hours dated
_TOLD_REACH = 4


def _dated_like_told(tm: TimeMark | None, drafts: list[Draft]) -> TimeMark | None:
    """A window's hours with no date of their own (dated from the publication) told again after
    a draft dated them: "Russian air defenses destroyed eight drones between 8:00 p.m. and 11:00
    p.m. on November 2, and another 27 between 11:00 p.m. and 7:00 a.m. ..." in the lede, then
    the quote's "Between 8:00 p.m. and 11:00 p.m. Moscow time, ... eight ...": the quote is the
    window the lede dated (published on 3 November, it had become 3 November's evening, a
    report of its own). Only the same hours, among the last few drafts."""
    if tm is None or not tm.undated or tm.window is None:
        return tm
    start, end = tm.window.start.time(), tm.window.end.time()
    for d in reversed(drafts[-_TOLD_REACH:]):
        w = d.time.window if d.time is not None and not d.time.undated else None
        if (
            w is not None
            and d.time is not None
            and d.time.kind == "window"
            and w.start.time() == start
            and w.end.time() == end
            and w.end - w.start == tm.window.end - tm.window.start
        ):
            return on_day(tm, w.start.date())
    return _dated_after_told(tm, drafts)


#: how long after a dated window ended the next window told with no date may start on its day
_NEXT_WINDOW_REACH = timedelta(hours=12)


def _dated_after_told(tm: TimeMark, drafts: list[Draft]) -> TimeMark:
    """A window's hours with no date of their own told after a draft's dated window, starting
    where it ended or later that day: "В воскресенье, 12 октября, с 14.00 до 19.30 мск ...
    сбиты шесть", then "Позже ... в период с 20.00 до 24.00 мск ... ещё три" is the evening of
    the 12th, the ministry's windows told in their order (dated from the publication, a window
    to midnight had become the evening before it). Only the last dated window among the last
    few drafts, and a start no more than ``_NEXT_WINDOW_REACH`` after its end."""
    assert tm.window is not None
    for d in reversed(drafts[-_TOLD_REACH:]):
        told = d.time
        if told is None or told.undated or told.kind != "window" or told.window is None:
            continue
        end = told.window.end
        moved = on_day(tm, end.date())
        if moved.window is not None and end <= moved.window.start <= end + _NEXT_WINDOW_REACH:
            return moved
        return tm
    return tm


def _of_time(
    tm: TimeMark | None,
    current: Draft | None,
    drafts: list[Draft],
    at: dict[int, int],
    filed: dict[tuple[object, ...], list[int]],
) -> list[Draft]:
    """The drafts that may be of the time ``tm`` names, in ``drafts``' order: those filed under
    its key and the draft being filled (a superset: the caller tests each as before). A text
    of thousands of statements whose hours name no day makes thousands of drafts: looking
    through all of them for each new one was quadratic (2 MB took 14 s, 10 MB did not finish)."""
    if tm is None:
        return []
    found = set(filed.get(tm.key, ()))
    if current is not None:
        found.add(at[id(current)])
    return [drafts[k] for k in sorted(found)]


@dataclass(slots=True)
class _Opening:
    """Whether a sentence with figures opens a report of its own (``_opening``), and why: each
    reason but ``new`` also says which report of its time it may not go back into
    (``_report_of_its_time``)."""

    new: bool = False
    #: another speaker's figures, or a list of others, after a report's lede
    led: bool = False
    #: another list than the report's (``_others_list``)
    others: bool = False
    #: the night's recap after a window's figures (``_night_recap``)
    recap: bool = False
    #: an earlier statement ("Ранее губернатор сообщал ...")
    prior: bool = False
    #: more drones an update's label tells
    update: bool = False
    #: another update of the post
    another: bool = False
    #: the night's count so far after the figures it goes beyond
    whole: bool = False
    #: a running total ("достигло 25")
    so_far: bool = False
    #: another speaker after the channel's own figures
    not_own: bool = False
    #: the tally of the text's reports before it
    tallied: bool = False


def _opening(
    current: Draft | None,
    f: SentenceFacts,
    rep: Reporter | None,
    tm: TimeMark | None,
    label: tuple[int, bool] | None,
    switched: bool,
    own: Reporter | None,
    country: str,
    drafts: list[Draft],
    times: dict[int, TimeMark | None],
    earlier: bool | None,
) -> _Opening:
    """Whether the sentence of facts ``f`` opens a report of its own after ``current``, and why
    (``group``: ``label`` is the update's label that opens it, ``switched`` whether another
    head of region speaks, ``earlier`` whether it tells an earlier statement)."""
    o = _Opening(
        new=current is None or current.country != country or (switched and bool(current.facts))
    )
    if current is not None and not o.new:
        # (another speaker than the one its figures carry starts his own report)
        speaks = _speaker(current)
        if rep is not None and speaks is not None and rep != speaks:
            o.new = o.led = True
        elif (
            rep is not None
            and speaks is None
            and own is not None
            and rep != own
            and country == "RU"
            and _has_figures(current)
        ):
            # the channel's own figures, then another speaker's: "Над Бежицким районом сбит
            # БПЛА" in a city administration's post, then "UPD: по данным губернатора, всего
            # за ночь над областью уничтожено шесть" (stop 46, discovery102 bd05: the
            # governor's report had taken the post's own figure and dropped it)
            o.new = o.not_own = True
        elif (
            not _compatible(current.time, tm)
            and not _lines_of_a_night(current, tm)
            and not _week_told_by_its_days(current, tm)
        ):
            o.new = True
        elif (
            current.time is None
            and tm is not None
            and (tm.kind == "period" or tm.kind == "day")
            and (tm.key[0] != "day" or tm.key[1] is None or tm.window is not None)
            and current.facts
        ):
            # "За вчерашний день ..." after today's figure; the publication day itself
            # ("the ministry said on Sunday" in the lede under a headline) is no other day
            o.new = True
        elif earlier and current.facts:
            # "Ранее губернатор сообщал ...": an earlier statement, another report (also of
            # the same night: "Напомню, ранее ночью я сообщал о 9" under the night's 23)
            o.new = o.prior = True
        elif label is not None and current.facts and (f.more or label[1]):
            # "UPD: в Новошахтинске сбит ещё один беспилотник" under the post's figures:
            # more drones an update tells are a later report of their own, never added to
            # the post's (a correction, "UPD: по уточненным данным ... 15", sets them right);
            # so are those of a line "Дополнительно" opens ("Дополнительно: над X сбит один")
            o.new = o.update = True
        elif label is not None and current.label not in (None, label[0]) and current.facts:
            # "UPD 2, 10:15: над X сбит 1 дрон" after "UPD 08:40: ... ещё 2": each update of a
            # post is a report of its own, also one that tells the night's whole ("UPD
            # 06:10. Всего за ночь ... 14"), which is then no more drones
            o.new = o.another = True
        elif _night_recap(current, tm, f, times):
            o.new = o.recap = True  # "Всего в ночное время ... 55" after a window's figures
        elif rep is None and _others_list(current, f):
            o.new = o.others = o.led = True
        elif f.running and current.facts and not _sums_what_it_follows(current, f):
            # "Количество сбитых ... достигло 25": a running total, its own report
            o.new = o.so_far = True
        elif rep in (None, current.reporter) and _whole_beyond_its_figures(
            current, f, label[0] if label is not None else None
        ):
            o.new = o.whole = True  # "Всего за ночь уничтожено 10" after "сбиты ещё два"
    # "Итого за ночь и утро — 9" after the night's 6 and the morning's 3: their tally, a
    # report of its own with no place its words do not give
    # (also with no time of its own: "Всего — 7" after them; never the whole an update's own
    # line goes on to, "UPD: ещё два сбиты. Всего за ночь — 7", a version of the post's
    # figure, docs/reconciliation.md 1c)
    o.tallied = (
        not o.whole
        and not (label is not None and current is not None and current.label == label[0])
        and _tallies_the_reports(drafts, f, country, rep)
    )
    o.new = o.new or o.tallied
    return o


def _report_of_its_time(
    o: _Opening,
    tm: TimeMark | None,
    rep: Reporter | None,
    country: str,
    area: str | None,
    switched: bool,
    current: Draft | None,
    drafts: list[Draft],
    at: dict[int, int],
    filed: dict[tuple[object, ...], list[int]],
) -> Draft | None:
    """The last report of the time ``tm`` names that a sentence opening a report (``o``) goes
    back into: same side and speaker, the same time's key."""
    if (
        tm is None
        or o.prior  # an earlier statement is a report of its own
        or o.another  # so is another update of the post
        # and more drones an update tells, though the night is the post's ("Ночью сбиты 9 ...
        # Дополнено: над X уничтожены ещё два")
        or o.update
        or o.whole  # and the night's count so far
        or o.tallied  # and the tally of the text's reports
        # a running total never goes back into a report of its night ("Ночью сбиты три. UPD: ещё
        # два. Всего с начала ночи — 6": the first report's total stays its own three)
        or o.so_far
    ):
        return None
    window_draft = current if o.recap else None
    match = None
    for d in _of_time(tm, current, drafts, at, filed):
        if (
            d.country == country
            and (rep is None or d.reporter in (None, rep))
            # (never back into the channel's own words of that time)
            and not (o.not_own and d.reporter is None)
            and d.time is not None
            and d.time.key == tm.key
            and d is not window_draft  # the recap never goes back into the window's report
            # another head of region's figures never go into the report of one who spoke for
            # another region at the same time (two governors' paragraphs)
            and not (switched and _head_area(d) not in (None, area))
        ):
            match = d
    return match


def _lead_of_list(
    current: Draft | None,
    reporters: dict[int, Reporter | None],
    drone: dict[int, bool],
    times: dict[int, TimeMark | None],
) -> tuple[int, SentenceFacts] | None:
    """The lead of a list another speaker's figures open, taken from the report before it:
    "... shot down 36 drones." before "Among them 15 over ..." or "По данным Минобороны, 12
    ...": a whole with no place, the last sentence of ``current`` (which gives it up, and its
    time with it)."""
    if current is None or len(current.facts) < 2:
        return None
    j, last = current.facts[-1]
    if (
        last.claims
        or not last.totals
        or current.sentences[-1] != j
        or reporters.get(j) is not None
        # "Всего было уничтожено 8" sums up the speaker before it: no lead
        or any(t.priority == 0 for t in last.totals)
    ):
        return None
    lead = current.facts.pop()
    current.sentences.pop()
    current.time = None
    for k in current.sentences:
        if drone.get(k) or any(k == x for x, _f in current.facts):
            current.time = _sharper(current.time, times.get(k))
    return lead


def _area_of_report(
    area: str | None,
    told_by: tuple[Reporter, str] | None,
    rep: Reporter | None,
    inherited: Reporter | None,
    current: Draft | None,
    o: _Opening,
    f: SentenceFacts,
) -> str | None:
    """The region a report a sentence opens speaks for (``area``: the one the sentence names)."""
    if area is None and told_by is not None and rep in (None, told_by[0]):
        return told_by[1]  # the speaker the sentence before named, and his region
    if area is None and rep is None and current is not None and inherited:
        # "In a later post, he said 11 drones had been destroyed": the speaker the report goes
        # on from, and the region (or city) he speaks for
        area = current.area if inherited == current.reporter else None
    if (
        area is None
        and current is not None
        and (rep is None or (o.whole and rep == current.reporter))
        and (f.running or o.whole or (o.another and _unplaced_whole(f)))
    ):
        # "Всего с начала ночи — 9" under a mayor's line on drones bound for Moscow: the count
        # so far of the one place the lines before it tell; so is a later update's closing
        # tally ("Upd. 09:05 Итого за ночь и утро — 8" after "Upd. 07:20 Ещё два сбиты над
        # Калугой")
        return _one_area_of_figures(current)
    return area


def group(
    sents: list[Sentence],
    facts: dict[int, SentenceFacts],
    reporters: dict[int, Reporter | None],
    times: dict[int, TimeMark | None],
    ua: dict[int, bool],
    drone: dict[int, bool],
    areas: dict[int, str | None] | None = None,
    russian: dict[int, bool] | None = None,
    earlier: dict[int, bool] | None = None,
    *,
    step: Callable[[], None] | None = None,
    later: dict[int, tuple[int, bool] | None] | None = None,
    own: Reporter | None = None,
) -> list[Draft]:
    """Assign sentences to report drafts; ``russian`` marks sentences that name Russia's side
    as their speaker (they end a paragraph of Ukraine's claims); ``later`` those an update's
    label opens ("UPD: ...": added to the post after its figures); ``own`` is who the channel
    is (a governor's, a mayor's), whose words a sentence naming no speaker are.

    Only the sentences with facts or drones are dated and only those with facts marked
    ``earlier``: ``times`` and ``earlier`` need no entry for the others. ``step()`` is called
    every ``STEP_SENTENCES`` sentences (a cancel raised from it is heard in a long text: 10 MB
    of short statements took 1 s to group)."""
    drafts: list[Draft] = []
    #: where each draft stands in ``drafts``, and the drafts filed by their time's key (below)
    at: dict[int, int] = {}
    filed: dict[tuple[object, ...], list[int]] = {}
    current: Draft | None = None
    pending_reporter: Reporter | None = None
    pending_time: TimeMark | None = None
    before_first: list[int] = []
    ua_side = False  # the last side named is Ukraine's: its paragraph goes on
    speaker: Reporter | None = None  # another reporter named in a sentence without figures
    # the region that sentence's reporter speaks for ("Ранее мэр Москвы сообщил об атаке на
    # столицу. По его словам, беспилотник ... уничтожен": the mayor's figure is Moscow's)
    speaker_area: tuple[Reporter, str] | None = None
    for s in sents:
        i = s.index
        if step is not None and i and i % STEP_SENTENCES == 0:
            step()
        f = facts.get(i)
        rep = reporters.get(i)
        tm = _dated_like_told(times.get(i), drafts)
        country = "UA" if ua.get(i) else "RU"
        if ua_side and _goes_on_for_ukraine(f, rep, (russian or {}).get(i, False), s.start):
            country = "UA"  # Ukraine's report goes on ("shot down ... in the Zaporizhzhia region")
        ua_side = country == "UA" or (
            ua_side and f is None and rep is None and not (russian or {}).get(i)
        )
        area = (areas or {}).get(i)
        # another head of region speaks ("Meanwhile the Kaluga governor said ..."): his own report
        switched = (
            current is not None
            and area is not None
            and (_head_area(current) not in (None, area) or _over_several_regions(current))
        )
        if current is not None and current.area is None and area is not None and not current.facts:
            current.area = area
        if f is None:
            if current is None:
                before_first.append(i)
                if country == "RU":  # Ukraine's governor or air force names no Russian reporter
                    pending_reporter = pending_reporter or rep
                if drone.get(i):
                    # a headline's "вечером 17 февраля" and the quote's "с 20.00 до 23.00" before
                    # the figures: the window says more
                    pending_time = _sharper(pending_time, tm)
            else:
                if switched and current.facts:
                    _file(current, at, filed)
                    current = Draft(country, rep, None, area=area)
                    at[id(current)] = len(drafts)
                    drafts.append(current)
                current.sentences.append(i)
                if rep is not None and area is not None and rep != current.reporter:
                    speaker_area = (rep, area)
                if (
                    current.reporter is None
                    and rep is not None
                    and country == current.country
                    and _speaker(current) in (None, rep)
                ):
                    current.reporter = rep
                elif (
                    rep is not None
                    and rep != current.reporter
                    and country == current.country
                    and drone.get(i)
                ):
                    # "The ministry earlier reported a drone attack ..." before its figures: they
                    # are its own
                    speaker = rep
                # (nor does today's daytime: "В районах X днём объявляли угрозу атаки" between a
                # figure and the window "с 12:00 до 15:00" of the same report)
                past_day = (
                    tm is not None
                    and tm.kind == "day"
                    and (tm.window is not None or tm.key[0] in ("daytime", "morning"))
                )
                if drone.get(i) and not (past_day and current.facts) and country == current.country:
                    # a sentence without figures about a day gone by ("14 октября глава ...
                    # сообщил о повреждении ...") does not date the figures before it; nor
                    # does the other side's ("..., while Kyiv said it repelled an overnight
                    # attack": Kyiv's night is not Russia's figure's time)
                    current.time = _sharper(current.time, tm)
            continue
        if rep is None and speaker is not None and country == "RU":
            rep = speaker
        speaker = None
        told_by, speaker_area = speaker_area, None
        label = (later or {}).get(i)
        o = _opening(
            current,
            f,
            rep,
            tm,
            label,
            switched,
            own,
            country,
            drafts,
            times,
            (earlier or {}).get(i),
        )
        if o.new:
            window_draft = current if o.recap else None
            match = _report_of_its_time(
                o, tm, rep, country, area, switched, current, drafts, at, filed
            )
            if match is not None:
                if current is not None:
                    _file(current, at, filed)
                current = match
            else:
                inherited = (
                    (current.reporter or current.inherited)
                    if current is not None and country == "RU" and not o.others
                    else None
                )
                lead = _lead_of_list(current, reporters, drone, times) if o.led else None
                if (
                    current is not None
                    and f.running
                    and current.time is None
                    and tm is not None
                    and tm.night_of is not None
                    and rep in (None, current.reporter)
                ):
                    # "03:58 Отражена атака ещё двух ... Всего с начала ночи — 9": the line the
                    # night's count so far holds is of that night
                    current.time = tm
                if current is not None:
                    _file(current, at, filed)
                area = _area_of_report(area, told_by, rep, inherited, current, o, f)
                current = Draft(
                    country,
                    rep or (pending_reporter if not drafts else None),
                    tm or (pending_time if not drafts else None),
                    inherited=inherited,
                    area=area,
                    adds=o.update,
                    label=label[0] if label is not None and current is not None else None,
                    tally=o.whole or o.tallied,
                )
                if lead is not None:
                    current.sentences.append(lead[0])
                    current.facts.append(lead)
                    current.time = _sharper(current.time, times.get(lead[0]))
                if not drafts:
                    current.sentences.extend(before_first)
                at[id(current)] = len(drafts)
                drafts.append(current)
                pending_reporter = None
            if window_draft is not None and f is not None:
                _lede_to_recap(window_draft, current, f, times)
                _window_areas_to_recap(_windows_of_night(window_draft, drafts, at), current, f)
        assert current is not None
        current.time = _sharper(current.time, tm)
        if current.reporter is None and rep is not None:
            current.reporter = rep
        current.sentences.append(i)
        current.facts.append((i, f))
        # an update that goes on with the night's whole ("UPD: ещё один ... Всего за ночь —
        # три") is a version of the post's figure, no longer more drones only
        # ("Дополнительно: над X сбиты два" tells more drones by its label, never its whole)
        current.adds = current.adds and (
            f.more or (label is not None and label[1] and bool(f.claims))
        )
        if current.area is None:
            current.area = area
    for d in drafts:  # the first region a speaker of the report names (the lede's for the first)
        # a governor quoted inside the ministry's report (his damage, no figures) does not
        # speak for it: "... 18 drones, the ministry said. Gladkov said two were hurt in ..."
        named = [
            a
            for i in d.sentences
            if (a := (areas or {}).get(i)) and reporters.get(i) in (None, d.reporter)
        ]
        d.area = d.area or (named[0] if named else None)
    # in the order the text first speaks of them: a lede that went to the night's recap puts the
    # recap before the window it announced (the windows' areas it names are not its words)
    drafts.sort(
        key=lambda d: min(
            (i for i, f in d.facts if f is not None and not _of_windows(f)),
            default=0,
        )
    )
    return drafts


def damage_elsewhere(
    drafts: list[Draft], earlier: dict[int, bool], sents: list[Sentence], low: str
) -> list[Draft]:
    """Drop the drafts that tell only where drones did damage (no figure, no drone shot down),
    beside a report with figures: after the first draft, those that tell it at another time
    ("Накануне на нефтебазе в X районе произошел пожар из-за падения обломков", "Background: a
    drone attack caused a fire in Y" after the ministry's statement; ``earlier`` marks the
    sentences that open on an earlier time, "Ранее", "Earlier"), and before the first report
    with figures, those that tell no drone downed at all (a headline's and lede's "a drone
    attack set fire to a depot in X, the governor said, without saying whether any drones were
    shot down" over the ministry's figures: no verb that downs, no debris, no air defence at
    work in its sentences). Neither is an interception (docs/labels.md: "no report when it tells
    only a hit"), and the first report the text tells is the main one. A governor's debris of
    the same night stays his report, and so does his strike told after the figures (its damage
    kept, claims none: ``other_speakers.drop_damage_places_of_others``)."""
    first = next((k for k, d in enumerate(drafts) if _has_figures(d)), None)
    if first is None:
        return drafts
    return [
        d
        for k, d in enumerate(drafts)
        if not _damage_only(d)
        or not (
            (k and _another_time(d, earlier))
            or (k < first and _tells_nothing_downed(d, sents, low))
        )
    ]


def _tells_nothing_downed(d: Draft, sents: list[Sentence], low: str) -> bool:
    """Whether no sentence of a draft tells a drone downed in any words: an interception verb
    (not denied, not left open), air defence at work, debris."""
    for i in d.sentences:
        said = NOT_DOWNED_RE.sub(blank, UNSAID_RE.sub(blank, low[sents[i].start : sents[i].end]))
        if any(rx.search(said) for rx in (INTERCEPT_RE, AT_WORK_RE, DEBRIS_RE)):
            return False
    return True


def attacks_only(drafts: list[Draft], low: str) -> list[Draft]:
    """Drop Russia's drafts when none of them tells a drone downed: "Беспилотник атаковал
    предприятие в Коврове, пострадал один человек" names where drones hit and no interception
    (no figure, no verb that downs anywhere in the text, no air defence at work, no debris,
    which is what is left of a drone shot down). A verb denied or left open downs nothing:
    "Информация о сбитых не поступала", "without saying whether any were shot down". Nor does an
    attack told as repelled with no figure ("отражена атака беспилотников на предприятие в X":
    X is its target, no place of interception; docs/labels.md, corpus-dev c020), nor an
    exercise's scenario ("провели учения: отработали действия на случай падения обломков":
    ``EXERCISE_SENTENCE_RE``)."""
    russian = [d for d in drafts if d.country == "RU"]
    if not russian or not all(_figureless(d) for d in russian):
        return drafts
    said = NOT_DOWNED_RE.sub(blank, UNSAID_RE.sub(blank, low))
    if any(stem in said for stem in EXERCISE_STEMS):
        said = EXERCISE_SENTENCE_RE.sub(blank, said)
    if not all(_damage_only(d) for d in russian) and not _OVER.search(said):
        # (no place it was repelled over: "Над Сызранью отражена атака" names where)
        said = ATTACK_REPELLED_RE.sub(blank, said)
    if any(rx.search(said) for rx in (INTERCEPT_RE, AT_WORK_RE, DEBRIS_RE)):
        return drafts
    return [d for d in drafts if d.country != "RU"]


#: A place drones were met over: "над", "over" (never "overnight").
_OVER = re.compile(r"(?<![\w-])(?:над|over)(?![\w-])")


def _another_time(d: Draft, earlier: dict[int, bool]) -> bool:
    """Whether a draft opens on an earlier time or is dated to a past day ("Накануне ...")."""
    first = min(d.sentences) if d.sentences else None
    return (first is not None and earlier.get(first, False)) or (
        d.time is not None and d.time.kind in ("day", "period")
    )


def _has_figures(d: Draft) -> bool:
    """Whether a draft tells a total or an area's figure (read on from the facts added since:
    asked at each sentence, ``_unread``)."""
    n, told = _unread(d, "figures", False)
    if not told and n < len(d.facts):
        told = any(f.totals or any(c.count is not None for c in f.claims) for _i, f in d.facts[n:])
    _keep(d, "figures", told)
    return told


def _damage_only(d: Draft) -> bool:
    return _figureless(d) and not any(f.downs for _i, f in d.facts)


def _figureless(d: Draft) -> bool:
    """Whether a draft has sentences and no figure, total or doubt in any of them."""
    return bool(d.facts) and not any(
        f.totals or f.target_claims or f.doubts or any(c.count is not None for c in f.claims)
        for _i, f in d.facts
    )
