"""Cutting a sentence that tells two times into one clause per time.

"С 14:00 до 16:00 над X сбиты 6 БПЛА, а с 16:00 до 19:00 — еще 9 над Y", "в ночь на 4 декабря
... 12, а в ночь на 5 декабря — еще 8", "On the night of May 3-4 ... 22 ...; on the night of May
4-5 it reported 31 ...": each clause is its own time's report, read as if it were a sentence of
its own. The speaker the sentence names once ("..., сообщило Минобороны") speaks for both.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from datetime import date, timedelta

from parsing.text import Sentence
from parsing.time import (
    GAPPED_TIME,
    NAMED_DAY_RE,
    TimeMark,
    find_time,
    listed_points,
    on_day,
    period_of,
    span_of_two,
)
from parsing.vocab import ABOVE_HEADLINE_RE, NIGHT_EN, NIGHT_RU, OF_THEM

#: A time phrase that dates a report: a window's start ("с 16:00 до", "from 9 p.m.", "between
#: 2 a.m."), a night ("в ночь на 5 декабря", "on the night of May 4-5"), "в период с".
TIME_PHRASE = (
    # (its day and "мск" may stand between: "с 23:00 мск 4 декабря до")
    r"с\s+\d{1,2}(?:[:.-]\d\d)?\s+(?:[\w.]+\s+){0,4}?до\s|в\s+ночь\s+(?:на|с)\s|в\s+период\s+с\s"
    r"|from\s+\d|between\s+\d|(?:on|during)\s+the\s+night\s+of\s|overnight\s+(?:on|into)\s"
    # a part of the day against another: "В воскресенье днем ... три, а ночью — ещё восемь"
    r"|(?:ночью|днем|утром|вечером)(?![\w-])|(?:overnight|morning|afternoon|evening)(?![\w-])"
    # ... and the night told as a span: "За ночь ... шесть, а днём — ещё четыре"
    r"|за\s+(?:прошедшую\s+|минувшую\s+)?ночь(?![\w-])"
    # a day or a past period against the night: "Late on Saturday ... 12, and overnight into
    # Sunday another 30", "Last year ... 4,000, while overnight another 12 ..."
    r"|(?:late|early)\s+on\s|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w-])"
    r"|last\s+(?:year|month|week)(?![\w-])"
    # a day's recap before the night's part of it: "за сутки уничтожены 120, в том числе 83 —
    # ночью", "in the past 24 hours ..., including 83 overnight"
    r"|за\s+(?:прошедшие\s+|минувшие\s+|последние\s+)?сутки"
    r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:24\s+hours|day)"
)
#: "another N", "a further N", "ещё N", "N more": drones added to those told before ("four more
#: during the day": "more" after the figure says it as "another" before it).
_MORE = r"(?:(?:another|a\s+further|ещ[её])\s+[\w-]+|[\w-]+\s+more)"
#: A time of another part of the day, or hours of its own ("between 9 a.m. and noon"). The
#: morning is not another time: "seven overnight and another one in the morning" is the night's
#: eight.
_MORE_TIME = (
    r"(?:(?:during\s+the\s+day(?:time)?|(?:in\s+the\s+)?(?:afternoon|evening|daytime)|дн[её]м"
    r"|вечером|в\s+дневное\s+время|late\s+on"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\w-])"
    r"|(?:between|from)\s+\d|с\s+\d{1,2}[:.]\d\d\s+до\s)"
)
#: More drones, their time within five words after them: "another 20 during the day on
#: Saturday" (``_MORE_JOIN``).
_MORE_AHEAD = rf"(?={_MORE}\s+(?:[\w-]+\s+){{0,5}}?{_MORE_TIME})"
#: ... after a semicolon its time may stand anywhere in its clause: "; a further 12 were downed
#: over the Smolensk region during the day"
_MORE_CLAUSE_AHEAD = rf"(?={_MORE}\s[^;]*?(?<![\w-]){_MORE_TIME})"
#: The join of two clauses when the second opens on its own time (the first character is a
#: literal: the engine skips to each ";" or ",").
_TIME_JOIN = re.compile(
    rf"[;,](?:(?<=,)\s+(?:а|and|while|whereas)\s+(?={TIME_PHRASE})|(?<=;)\s+(?={TIME_PHRASE})"
    # "..., днем ещё один", "..., вечером — ещё два": a comma alone before a part of the day and
    # the drones more (the morning is the night's: "за ночь 18, утром ещё 4" is one night)
    r"|(?<=,)\s+(?=(?:днем|вечером)\s+(?:[–—-]\s+)?ещ[её](?![\w-]))"
    # "в ночь на вторник сбиты 10, в ночь на среду — ещё 12", "с 8:00 до 12:00 — 3, с 12:00 до
    # 16:00 — 5": a clause whose verb is elided, a dash standing for it after its own time (the
    # first clause's verb with another time: its own report)
    rf"|(?<=,)\s+(?={GAPPED_TIME}[–—-]\s)"
    # "...; another 23 were shot down in the daytime between 8 a.m. and 6 p.m.": a clause after
    # a semicolon that adds drones of a time of its own, told after its figure
    rf"|(?<=;)\s+{_MORE_CLAUSE_AHEAD}"
    # "за сутки ... 120, в том числе 83 — ночью", "из них 20 — в ночное время", "including 83
    # overnight": the night's part of a day's recap is the night's own report (the recap
    # never adds to it)
    r"|(?<=,)\s+(?:в\s+том\s+числе|из\s+них|including|of\s+which|of\s+them)\s+(?=[\w-]+\s+"
    rf"(?:[–—-]\s+)?(?:{NIGHT_RU}|{NIGHT_EN})(?![\w-])"
    # ... the night named first, its figure after a dash: "из них ночью — 15"
    rf"|(?:{NIGHT_RU})\s+[–—-]\s+[\w-]+\W*(?:[.;]|$))"
    # ... the figure first: "..., 31 of them overnight", "..., 20 из них — ночью"
    rf"|(?<=,)\s+(?=[\w-]+\s+(?:{OF_THEM})\s+(?:[–—-]\s+)?(?:{NIGHT_RU}|{NIGHT_EN})(?![\w-])))"
    # (every branch after the one "[;,]": the engine skips from one such mark to the next)
)
#: "днём 12, ночью — 18", "днём — 12, за ночь 18": the night's part of a recap cut by parts of
#: the day, its figure last (the clause before names its own part of the day). Its join is the
#: blank after the comma; a pattern of its own (searched in a text with "ноч") that opens on a
#: blank, so the engine skips to each blank (a lookbehind first had it try every character,
#: and as a branch of _TIME_JOIN it had cost that its skip to each mark).
_NIGHT_COMMA_AHEAD = rf"(?=(?:{NIGHT_RU})\s+(?:[–—-]\s+)?(?:ещ[её]\s+)?[\w-]+\W*(?:[.;]|$))"
_NIGHT_COMMA_JOIN = re.compile(rf"\s(?<=,\s)\s*{_NIGHT_COMMA_AHEAD}")
#: ... and "12 днём и 18 ночью", "12 during the day and 18 overnight": the night's figure
#: joined by "и"/"and" after a figure of another part of the day, last in its sentence.
_NIGHT_LAST_AHEAD = (
    rf"(?=[\w-]+\s+(?:[–—-]\s+)?(?:{NIGHT_RU}|{NIGHT_EN}|at\s+night)(?![\w-])\W*(?:[.;,]|$))"
)
_NIGHT_LAST_JOIN = re.compile(rf"\s(?<=\w\s)\s*(?:и|а|and)\s+{_NIGHT_LAST_AHEAD}")
_HEAD_TIME = re.compile(rf"(?<![\w-])(?:{TIME_PHRASE})")
#: The join of a clause that adds more drones of another day's time with "and": "destroyed 36
#: drones overnight and another 20 during the day on Saturday", "ночью сбиты 12 и ещё 5 днем"
#: (its time after the figure: the same cut as before a clause that opens on its own time;
#: after a semicolon, ``_TIME_JOIN``).
_MORE_JOIN = re.compile(rf"\s(?:and|и|а)\s+{_MORE_AHEAD}")

#: What the three joins above open on is a blank, so the engine tried each at every blank of a
#: text (a scan of a category, some 40 instructions a character: 5-10 ms a MB each). These
#: find the same places from a literal, which the engine skips to at a few instructions a
#: character: the comma before a night's join, or the conjunction of the other two ("и" after
#: a blank, with the join's own lookahead after it). ``_spans`` matches each join where its
#: finder points, so the joins are the patterns' own.
_COMMA_FINDS = (re.compile(rf",\s+{_NIGHT_COMMA_AHEAD}"),)
_NIGHT_LAST_FINDS = tuple(
    re.compile(rf"{c}(?<=\s{c})\s+{_NIGHT_LAST_AHEAD}") for c in ("и", "а", "and")
)
_MORE_FINDS = tuple(re.compile(rf"{c}(?<=\s{c})\s+{_MORE_AHEAD}") for c in ("и", "а", "and"))


def _after_comma(_low: str, found: int) -> int:
    return found + 1  # the blank after it


def _before_conjunction(_low: str, found: int) -> int:
    return found - 1  # the one blank before it


def _blanks_before(low: str, found: int) -> int:
    """Where the run of blanks before ``found`` starts (``\\s`` is ``str.isspace``)."""
    while found > 0 and low[found - 1].isspace():
        found -= 1
    return found


def _spans(
    rx: re.Pattern[str],
    finders: tuple[re.Pattern[str], ...],
    start: Callable[[str, int], int],
    low: str,
) -> list[tuple[int, int]]:
    """The spans of ``rx.finditer(low)``: ``rx`` matched where each finder's match says it must
    start (``start`` of the finder's match), if at all; the matches in order, each one that
    starts inside the one before left out, as ``finditer`` leaves it."""
    found = []
    for finder in finders:
        for f in finder.finditer(low):
            at = start(low, f.start())
            if (m := rx.match(low, at)) is not None:
                found.append(m.span())
    found.sort()
    out: list[tuple[int, int]] = []
    for a, b in found:
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def clause_time(
    clause: str, base: int, before: TimeMark | None, published: date | None
) -> TimeMark | None:
    """The time of a clause cut from a sentence that tells two times, after the clause
    ``before`` it: hours alone are of the day the window before them ended ("Вечером 4 декабря
    с 18:00 до 21:00 ... 5, а с 21:00 до 23:00 — ещё 3": 4 December, not the publication
    day); a clause that names its own day, or one after no dated window, is read as a sentence."""
    found = find_time(clause, base, published)
    if (
        found is None
        or found.kind != "window"
        or before is None
        or before.window is None
        or before.kind != "window"
        or NAMED_DAY_RE.search(clause) is not None
    ):
        return found
    return find_time(clause, base, before.window.end.date())


def _joins(low: str) -> list[tuple[int, int]]:
    """Where clauses of another time may start, in order (each join's span): after a comma or
    semicolon, or at an "and another N" (looked for only in a text that holds its word)."""
    joins = [m.span() for m in _TIME_JOIN.finditer(low)]
    if "another" in low or "further" in low or "ещ" in low or " more " in low:
        more = _spans(_MORE_JOIN, _MORE_FINDS, _before_conjunction, low)
        joins = sorted([*joins, *more], key=_start)
    if "ноч" in low:
        comma = _spans(_NIGHT_COMMA_JOIN, _COMMA_FINDS, _after_comma, low)
        joins = sorted([*joins, *comma], key=_start)
    if "ноч" in low or "night" in low:
        last = _spans(_NIGHT_LAST_JOIN, _NIGHT_LAST_FINDS, _blanks_before, low)
        joins = sorted([*joins, *last], key=_start)
    return joins


def _start(span: tuple[int, int]) -> int:
    return span[0]


def split_times(
    sents: list[Sentence], low: str
) -> tuple[list[Sentence], dict[int, tuple[int, int]]]:
    """The sentences with each one that tells two times cut at the join before the second
    (the first clause must tell a time too: "в ночь на 4 декабря ..., а в ночь на 5 декабря"),
    and, for each clause cut so, the span of its whole sentence (where its speaker is named).
    A text with no such sentence comes back as it is."""
    cuts: dict[int, tuple[int, int]] = {}
    starts = [s.start for s in sents]
    for m in _joins(low):  # one scan of the text; most texts have no match
        k = bisect.bisect_right(starts, m[0]) - 1
        if k < 0 or k in cuts or m[1] > sents[k].end:
            continue
        if _HEAD_TIME.search(low, sents[k].start, m[0]) is not None:
            cuts[k] = m
    if not cuts:
        return sents, {}
    out: list[Sentence] = []
    whole: dict[int, tuple[int, int]] = {}
    for k, s in enumerate(sents):
        cut = cuts.get(k)
        if cut is None:
            out.append(Sentence(len(out), s.start, s.end))
            continue
        for a, b in ((s.start, cut[0]), (cut[1], s.end)):
            whole[len(out)] = (s.start, s.end)
            out.append(Sentence(len(out), a, b))
    return out, whole


#: A sentence that says it tells of the same time as the one before it: "Moscow, meanwhile,
#: reported 12 drones destroyed", "Russia's ministry, for its part, said ...", "В Минобороны в
#: свою очередь заявили ...", "Тем временем над ...", "reported 11 shot down that night".
_SAME_TIME = re.compile(
    r"(?<![\w-])(?:meanwhile|for\s+its\s+part|for\s+their\s+part|in\s+turn|at\s+the\s+same\s+time"
    r"|в\s+свою\s+очередь|тем\s+временем|в\s+то\s+же\s+время"
    # "... 11 drones shot down that night", "the same night", "в ту же ночь": the night just told
    r"|that\s+(?:same\s+)?night|the\s+same\s+night|в\s+ту\s+же\s+ночь|той\s+же\s+ночью)(?![\w-])"
)
#: The join ``sides.split_sides`` cuts a sentence at (", while", "; ", ", а"): two clauses of
#: one sentence, each one side's words.
_CLAUSE_JOIN = re.compile(
    r"\s*(?:[,;]\s*(?:while|whereas|and|а|тогда\s+как|в\s+то\s+время\s+как)?)\s*"
)

#: A span of hours a clause tells its figures in: "shot down 18 drones in three hours", "over
#: a three-hour period", "within two hours", "за три часа", "в течение двух часов": the
#: clause's own time (where it lies is not said), never the night another side's clause names.
_HOURS_SPAN = re.compile(
    r"(?<![\w-])(?:(?:in|within|over|during)\s+(?:the\s+(?:space|course)\s+of\s+)?(?:a\s+|an\s+|the\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several"
    r"|a\s+couple\s+of)(?:\s+and\s+a\s+half)?[\s-]+hours?|half\s+an\s+hour|hour)(?![\w-])"
    r"(?:[\s-]+(?:period|window|span|spell|stretch))?"
    r"|(?:за|в\s+течение)\s+(?:\d+|дв[аеу]х?|три|тр[её]х|четыр[её]х|четыре|пят[иь]|шест[иь]"
    r"|нескольк(?:о|их)|полтора|полутора)?\s*(?:с\s+половиной\s+)?час(?:а|ов)?(?![\w-])"
    r"|за\s+полчаса|в\s+течение\s+получаса)"
)


def share_night(
    sents: list[Sentence], times: dict[int, TimeMark | None], ua: dict[int, bool], low: str
) -> None:
    """Give a sentence that names no time the night of the one it goes on from.

    "Ukraine's air force said it downed 72 of 91 drones overnight, while Russia's ministry said
    it destroyed 33": the two clauses of one sentence cut into sides (``ua`` tells them apart)
    tell of one night; so do two sentences when the second says so ("Kyiv said ... overnight.
    Moscow, meanwhile, reported 12"). A clause with a time of its own keeps it, and so does one
    that tells its span of hours ("18 in three hours, while Kyiv ... overnight": where the
    hours lie is the statement's to say, ``_HOURS_SPAN``).
    """
    for a, b in itertools.pairwise(sents):
        ta, tb = times.get(a.index), times.get(b.index)
        if (ta is None) == (tb is None) or a.index not in times or b.index not in times:
            continue
        joined = (
            ua.get(a.index) != ua.get(b.index)
            and _CLAUSE_JOIN.fullmatch(low, a.end, b.start) is not None
        )
        if not joined and (tb is not None or not _SAME_TIME.search(low, b.start, b.end)):
            continue
        known = ta if ta is not None else tb
        bare = a if ta is None else b
        if joined and _HOURS_SPAN.search(low, bare.start, bare.end) is not None:
            # "Russia said it shot down 18 drones in three hours, while Kyiv said it repelled
            # an overnight attack": the hours are Russia's clause's own time
            continue
        if known is not None and known.kind == "night":
            times[bare.index] = known


#: A sentence that tells one of the events a sentence before it listed, by its ordinal: "The
#: first drone was suppressed ...", "The second UAV was destroyed ...", "Первый беспилотник
#: ...", "Второй ...".
_ORDINAL_OPENING = re.compile(
    r"\W*(?:the\s+)?(?P<o>first|second|third|перв(?:ый|ая)|втор(?:ой|ая)|трет(?:ий|ья))(?![\w-])"
)
_ORDINAL_AT = {"fir": 0, "sec": 1, "thi": 2, "пер": 0, "вто": 1, "тре": 2}


def _ordinal_at(low: str, s: Sentence) -> int | None:
    """The place in a list of the event sentence ``s`` opens on by its ordinal (0 for "The
    first"), or None."""
    m = _ORDINAL_OPENING.match(low, s.start, s.end)
    return None if m is None else _ORDINAL_AT[m["o"][:3]]


def ordinal_times(
    sents: list[Sentence], times: dict[int, TimeMark | None], low: str, published: date | None
) -> dict[int, int]:
    """Give the sentences that tell a list's events by their ordinals the times it lists, and
    return the sentence that lists them for each (its speaker tells them).

    "At about 6:50 a.m. and 8:16 a.m. Moscow time Kiev made two attempts to attack with drones.
    The first drone was suppressed ... The second was destroyed ...": the first time is the
    first event's and the second the second's, one report each (docs/labels.md: a statement
    with two times tells two reports). Only when the ordinals run in order right after the
    list, one for each time, and a sentence that tells a time of its own keeps it. The list's
    own sentence keeps no time: its times are the events' (never that of a report of another
    speaker it follows)."""
    listed: dict[int, int] = {}
    for i, s in enumerate(sents[:-1]):
        if _ordinal_at(low, sents[i + 1]) != 0 or i not in times:
            continue
        points = listed_points(low[s.start : s.end], s.start, published)
        told = sents[i + 1 : i + 1 + len(points)]
        if not points or [_ordinal_at(low, t) for t in told] != list(range(len(points))):
            continue
        for t, tm in zip(told, points, strict=True):
            if times.get(t.index) is None:
                times[t.index] = tm
            listed[t.index] = s.index
    return listed


def _a_point(tm: TimeMark | None) -> bool:
    """Whether ``tm`` is no time, or a single clock time (a window that starts as it ends)."""
    return tm is None or (
        tm.kind == "window" and tm.window is not None and tm.window.start == tm.window.end
    )


def start_then_end(
    sents: list[Sentence], times: dict[int, TimeMark | None], low: str, published: date | None
) -> None:
    """Give a sentence of figures that opens on the clock they were downed by ("By 4 a.m., 17
    drones had been destroyed", "К 5 утра сбиты 17") the night from the start the sentence
    before it told ("The attack began at 11 p.m.", "Beginning at 9 p.m. on Saturday, air
    defences engaged ...": ``time.span_of_two``), and that sentence the same night when it has
    figures or a single time: one night told across two sentences (discovery53 e14)."""
    for a, b in itertools.pairwise(sents):
        if b.index not in times or not _a_point(times[b.index]):
            continue
        mark = span_of_two(low[a.start : a.end], low[b.start : b.end], b.start, published)
        if mark is None:
            continue
        times[b.index] = mark
        if a.index in times and _a_point(times[a.index]):
            times[a.index] = mark


#: A sentence that opens on the time of the one before it: "Тогда было уничтожено девять БПЛА"
#: after "Ранее атака ... была совершена 16 июля", "В тот раз ...", "В ту ночь ...".
THEN_RU = re.compile(
    r"\s*(?:тогда|в\s+тот\s+(?:раз|день|вечер)|в\s+ту\s+ночь|той\s+ночью)(?![\w-])"
)


def then_of_the_sentence_before(
    sents: list[Sentence], times: dict[int, TimeMark | None], low: str
) -> set[int]:
    """Give a sentence that opens on "Тогда" (``THEN_RU``) and names no time of its own the time
    of the sentence before it; the indices of those sentences (the earlier-ness of the sentence
    before is theirs too: "Ранее ... 16 июля. Тогда было уничтожено девять" is that day's
    report, never this night's)."""
    out = set()
    for a, b in itertools.pairwise(sents):
        if b.index not in times or times[b.index] is not None:
            continue
        if THEN_RU.match(low, b.start, b.end) is None:
            continue
        times[b.index] = times.get(a.index)
        out.add(b.index)
    return out


def _undated_after_lede(
    sents: list[Sentence], times: dict[int, TimeMark | None], night: TimeMark, low: str
) -> list[Sentence]:
    """The sentences an opening line's ``night`` dates: those after it that were timed and name
    no time of their own, up to the first that names another time (one that names the same
    night, Ukraine's "overnight" after a headline's, goes on with it: docs/labels.md, every
    report of a text has the night its top names unless it says another)."""
    undated = []
    for s in sents[1:]:
        if s.index not in times:
            continue
        told = times[s.index]
        if told is None or _told_that_morning(told, night, low):
            undated.append(s)
        elif told.kind != "night" or told.night_of != night.night_of:
            break
    return undated


#: A verb of saying right before a day: "the headquarters said on Thursday morning", "the
#: governor reported on Saturday", "сообщил в четверг утром".
_SAID_ON = re.compile(
    r"(?:said|says|reported|wrote|announced|added|stated|posted|сообщил[аио]?|заявил[аио]?"
    r"|написал[аио]?|уточнил[аио]?)\s+$"
)


def _told_that_morning(told: TimeMark, night: TimeMark, low: str) -> bool:
    """Whether ``told`` is only the day a sentence's figures were told on, the morning the
    lede's ``night`` ended ("More than 30 drones were destroyed ..., the headquarters said on
    Thursday morning" under "A fire broke out ... overnight"): the day of saying, after its
    verb, is no time of the figures', which are the night's (docs/labels.md: every report of
    a text has the night its top names unless it says another; "on Thursday morning" said of
    the figures themselves would be the day)."""
    return (
        told.kind == "day"
        and told.key == ("day", night.night_of)
        and _SAID_ON.search(low, max(0, told.start - 24), told.start) is not None
    )


def _headline(s: Sentence, low: str) -> bool:
    """Whether ``s`` is a headline: a line of its own that ends with no full stop."""
    end = s.end
    while end > s.start and low[end - 1] in " \t":
        end -= 1
    return (
        end > s.start
        and low[end - 1] not in ".!?…"
        and (end == len(low) or low[end] == "\n" or low.startswith("\n", s.end))
    )


#: How many lines may open a post before the first that gives figures, the one that names
#: its night among them: a greeting, a town's name, a headline ("Всем доброе утро. Ночь была
#: беспокойной. Над районом сбиты 3 БПЛА": the second line's night dates the third).
_HEAD_LINES = 3


def _head_night(
    sents: list[Sentence], low: str, published: date | None, figured: set[int]
) -> tuple[int, TimeMark] | None:
    """The opening line among the first ``_HEAD_LINES`` that names a night or a window before
    any figure, and its time: the first time the head names decides (a day named in a line
    with words of its own, "Вчера вечером было неспокойно", dates no night); None when a line
    with figures comes first. A dateline's date alone ("Москва. 23 июля. INTERFAX.RU - ...
    ночью ...") says when the text was written, no time of its own: the line after it decides.
    A line in Ukraine's words names the night too ("Ukraine's General Staff said its forces
    struck a depot in Russia's X region overnight" over the governor's drones downed: that
    night's)."""
    for k, s in enumerate(sents[:_HEAD_LINES]):
        if s.index in figured:
            return None
        mark = find_time(low[s.start : s.end], s.start, published)
        if mark is not None and not _date_alone(mark, s, low):
            return (k, mark) if mark.kind in ("night", "window") else None
    return None


def _below_page_lines(sents: list[Sentence], low: str) -> list[Sentence]:
    """The sentences after the lines a page or a channel puts above a text's headline ("October
    4, 2023 11:43", "Обновлено 08:17", tags, a call to subscribe: ``ABOVE_HEADLINE_RE``): when it
    was posted, no time of the report's and no opening line."""
    k = 0
    while k < len(sents) and _page_line(sents[k], low):
        k += 1
    return sents[k:] if k else sents


def _page_line(s: Sentence, low: str) -> bool:
    """Whether sentence ``s`` is a whole line that a page puts above a headline."""
    end = s.end
    while end > s.start and low[end - 1].isspace():
        end -= 1
    return (
        (end == len(low) or low[end] == "\n")
        and (s.start == 0 or low[s.start - 1] == "\n")
        and ABOVE_HEADLINE_RE.fullmatch(low, s.start, end) is not None
    )


def _date_alone(mark: TimeMark, s: Sentence, low: str) -> bool:
    """Whether ``s`` is a day's date and nothing else ("23 июля."), or a dateline's: the city
    before it and the agency after it ("ВОЛГОГРАД, 21 октября — РИА Новости.", "КУРСК, 4 мая.
    /ТАСС/.", "MOSCOW, May 4 (Reuters) -")."""
    return (
        mark.kind == "day"
        and (
            _WORD.search(low, s.start, mark.start) is None
            or _DATELINE_CITY.fullmatch(low, s.start, mark.start) is not None
        )
        and (
            _WORD.search(low, mark.end, s.end) is None
            or _DATELINE_AGENCY.fullmatch(low, mark.end, s.end) is not None
        )
    )


_WORD = re.compile(r"\w")
#: A dateline's city before its date: one to three words and a comma or a full stop
_DATELINE_CITY = re.compile(r"\W*[\w-]+(?:[ -][\w-]+){0,2}[.,]\s*")
#: A dateline's agency after its date ("— РИА Новости.", ". /ТАСС/.", "(Reuters) -")
_DATELINE_AGENCY = re.compile(
    r"\W*(?:тасс|риа\s+новости|интерфакс|interfax(?:\.ru)?|reuters|ap|afp|tass|ria\s+novosti)\W*"
)


def lede_night(
    sents: list[Sentence],
    times: dict[int, TimeMark | None],
    low: str,
    published: date | None,
    figured: set[int],
) -> None:
    """Give the night a post's opening lines name to the figures after them that name no time.

    "Ночь прошла неспокойно. Над Курчатовским районом сбиты 3 БПЛА": the first line, with no
    figure and no drone, says what the post is about; its night dates the sentences with
    figures that follow, up to the first one that names a time of its own. A greeting or a
    town's name may come before it ("Всем доброе утро. Ночь была беспокойной.", "Липецк, ночь на
    4 мая:"), and the line may be the night alone ("Ночь в Брянске: работала
    ПВО"). An opening line in Ukraine's words with no figure ("Ukraine's General Staff said
    its forces struck a depot in Russia's X region overnight", "Вночі в Росії знову було
    гучно") names the text's night as well (docs/labels.md: every report of a text has the
    night its top names unless it says another); one with figures dates itself. An
    opening line that names the hours the post tells of ("Обстановка в регионе с 09:00 12 мая
    до 07:00 13 мая.") dates them so too: its window. ``figured``: the sentences that gave
    figures (a headline that names drones and the night and gives no figure, "Drones over
    Russia and Ukraine overnight", is an opening line too: its night dates the Russian report
    after Ukraine's "overnight" sentence).
    """
    sents = _below_page_lines(sents, low)
    if len(sents) < 2:
        return
    if sents[0].index in figured:
        if times.get(sents[0].index) is not None or not _headline(sents[0], low):
            return  # (an opening line with figures dates itself)
        # a headline that tells the figures and no time ("Black Sea Fleet destroys four boats,
        # 17 drones shot down over Crimea" over "... destroyed four boats overnight. In addition,
        # ... 17 UAVs"): the lede under it names the statement's night
        sents = sents[1:]
    if not any(
        s.index in times and ((tm := times[s.index]) is None or tm.kind == "day") for s in sents[1:]
    ):
        # no sentence its night could date ("MOSCOW, May 2." over a lede that says "за ночь"):
        # the opening lines' time is not read (``find_time`` is pure: the same reports)
        return
    head = _head_night(sents, low, published, figured)
    if head is None:
        return
    k, mark = head
    for s in _undated_after_lede(sents[k:], times, mark, low):
        times[s.index] = mark


#: The words a line that names a night alone holds: the quick test before its time is read.
_NIGHT_WORD = re.compile(r"night|ноч")


def paragraph_night(
    sents: list[Sentence],
    times: dict[int, TimeMark | None],
    low: str,
    published: date | None,
) -> None:
    """Give the night a paragraph's opening sentence names, with no drone in it, to the
    sentences of that paragraph after it that name no date of their own.

    "Take the night to February 19. The governor wrote that seven drones had been shot down
    ...": an explainer or a digest names the night a paragraph tells of once, as its first
    sentence, and tells the figures of that night after it; so does a report's paragraph
    ("В ночь на 5 мая. Над районом сбиты ..."). The figures' sentences name no time (or hours
    with no date: "between 23:00 and 06:00" are that night's hours, never the publication
    day's), up to the first that names a time of its own or the paragraph's end. What
    ``lede_night`` does for a text's opening lines, for a paragraph further down: a later
    paragraph's night is its own (docs/labels.md: every report has the night the text names
    unless it says another).
    """
    for k, s in enumerate(sents[:-1]):
        if s.index in times or (s.start > 0 and low[s.start - 1] != "\n"):
            continue  # (a sentence with drones or figures dates itself)
        if _NIGHT_WORD.search(low, s.start, s.end) is None:
            continue
        mark = find_time(low[s.start : s.end], s.start, published)
        if mark is None or mark.kind != "night" or mark.night_of is None:
            continue
        for t in sents[k + 1 :]:
            if "\n" in low[s.end : t.start]:
                break  # the paragraph ended
            if t.index not in times:
                continue
            told = times[t.index]
            if told is None:
                times[t.index] = mark
            elif told.undated and told.window is not None:
                # hours with no date: the night's ("between 23:00 and 06:00")
                day = mark.night_of - timedelta(days=1) if told.night_of else mark.night_of
                times[t.index] = on_day(told, day)
            elif told.kind != "night" or told.night_of != mark.night_of:
                break


def heading_period(
    sents: list[Sentence],
    times: dict[int, TimeMark | None],
    low: str,
    published: date | None,
) -> None:
    """Give a recap told with no dates ("За неделю ... сбиты 312") the days an opening line
    names for the same span ("Итоги недели (с 3 по 9 марта).", "Week in review, March 3-9"):
    a post's heading dates its recap once, as a night's heading dates its figures
    (``lede_night``), and the recap's window is those days (docs/labels.md: a recap with dates).
    Only an opening line before any figure, whose days make the same span as the recap's words
    (a week of seven days for "за неделю")."""
    undated = [
        i
        for i, tm in times.items()
        if tm is not None and tm.kind == "period" and tm.window is None and period_of(tm)
    ]
    if not undated:
        return
    for s in _below_page_lines(sents, low)[:_HEAD_LINES]:
        if s.index in times:
            return  # (a line with drones or figures dates itself)
        mark = find_time(low[s.start : s.end], s.start, published)
        if mark is None:
            continue
        if mark.kind == "period" and mark.window is not None:
            for i in undated:
                told = times[i]
                if told is not None and i > s.index and period_of(told) == period_of(mark):
                    times[i] = mark
        return
