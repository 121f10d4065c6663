"""Group a text's sentences into reports and build each Report.

A text can hold several reports: a governor's count, the ministry's national figures for
another night, an earlier incident, Ukraine's own claims. A sentence with figures starts a
new report when it names a different reporter or a different time than the current one;
sentences without figures (damage, "Об этом сообщили в Минобороны") join the report around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta

from geo.area_ids import MOSCOW_REGION, parts
from parsing import vocab
from parsing.model import Casualties, Claim, Qualifier, Report, Reporter
from parsing.numbers import find_numbers
from parsing.reading import SentenceFacts, TotalCandidate
from parsing.report_rules import REPORT_RULES, ReportReading
from parsing.speakers import governor_region
from parsing.text import Sentence, count_cyrillic
from parsing.time import TimeMark
from settings import MSK

_UA_LETTERS = re.compile(r"[іїєґІЇЄҐ]")


def sentence_reporter(low: str, *, ministry_named: bool = False) -> Reporter | None:
    """The reporter a sentence names, ignoring "силами ПВО Минобороны" (who shot, not who said);
    after the text has named the defence ministry (``ministry_named``), "министерство сообщило",
    "the ministry's statement" name it again."""
    cleaned = vocab.NOT_REPORTER_RE.sub(" ", low)
    m = vocab.REPORTER_RE.search(cleaned)
    if m is None or m.lastgroup is None:
        # a head of region named without a title ("Гладков сообщил") when no title is named
        if governor_region(cleaned) is not None:
            return "governor"
        return "mod" if ministry_named and vocab.MINISTRY_AGAIN_RE.search(cleaned) else None
    return vocab.REPORTERS[int(m.lastgroup[1:])][0]  # type: ignore[return-value]


def ukrainian_language(text: str) -> bool:
    """True for Ukrainian: three letters or more of the Ukrainian alphabet, and for a long
    text at least one in a hundred of its Cyrillic letters (a Russian text quoting a
    Ukrainian name is Russian)."""
    n = len(_UA_LETTERS.findall(text))
    return n >= 3 and n * 100 >= count_cyrillic(text)


def is_ukrainian_side(text: str, low: str) -> bool:
    """True for Ukraine's own claims (Ukrainian-language text or its air force retold)."""
    return (
        ukrainian_language(text)
        or bool(vocab.UA_SIDE_RE.search(low))
        or bool(vocab.UA_SIDE_NEWS_RE.search(low))
    )


#: Where one sentence passes from one side's words to the other's: ", while Russia said ...".
_SIDES_JOIN = re.compile(
    r",\s+(?:while|whereas)\s+|;\s+|,\s+(?:а|тогда\s+как|в\s+то\s+время\s+как)\s+"
)


def split_sides(sents: list[Sentence], text: str, low: str) -> list[Sentence]:
    """Cut a sentence that gives both sides' claims ("Ukraine's air force said it downed 50 of
    76 drones, while Russia's defence ministry said it destroyed 24 over several regions") into
    its two clauses, so each is read as its own side's."""
    out: list[Sentence] = []
    for s in sents:
        cut = None
        for m in _SIDES_JOIN.finditer(low, s.start, s.end):
            head, tail = low[s.start : m.start()], low[m.end() : s.end]
            if is_ukrainian_side(text[s.start : m.start()], head) and (
                is_russian_side(tail) or sentence_reporter(tail) in ("mod", "governor", "mayor")
            ):
                cut = m
                break
        if cut is None:
            out.append(Sentence(len(out), s.start, s.end))
            continue
        out.append(Sentence(len(out), s.start, cut.start()))
        out.append(Sentence(len(out), cut.end(), s.end))
    return out


def is_russian_side(low: str) -> bool:
    """True for a sentence that names Russia's side as its speaker ("Moscow also said ...")."""
    return bool(vocab.RU_SIDE_NEWS_RE.search(low))


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


def _last_day_and_long_window(a: TimeMark, b: TimeMark) -> bool:
    """ "за сутки" and a window of half a day or more ("с 10:00 3 марта до 08:00 4 марта"):
    the same report told twice; an evening's two hours, or a night, beside "the past 24 hours"
    are not."""
    day, other = (a, b) if a.key[0] == "last24h" else (b, a)
    if day.key[0] != "last24h" or other.kind != "window":
        return False
    return other.window is not None and other.window.end - other.window.start >= timedelta(hours=12)


def _compatible(a: TimeMark | None, b: TimeMark | None) -> bool:
    if a is None or b is None:
        return True
    if a.key == b.key or _last_day_and_long_window(a, b):
        return True
    if a.key[0] == "clock" or b.key[0] == "clock":
        # hours with no date known ("с 23:00 до 07:00", no publication date) tell no time apart
        # (only the night's recap after them starts a report of its own: ``_night_recap``)
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


def _within_day(day: TimeMark, other: TimeMark) -> bool:
    """A headline's "on Tuesday evening" and the statement's 20:00-23:00 window of that day."""
    if day.kind != "day" or day.key[0] != "day" or day.key[1] is None:
        return False
    if other.kind == "window" and other.window is not None:
        start, end = other.window.start.date(), other.window.end.date()
        # a night's window ("с 23:00 2 октября до 7:00 3 октября") is the morning's report:
        # "накануне вечером" (the 2nd) is another one
        return day.key[1] == end if start != end else day.key[1] == start
    return other.kind == "night" and other.night_of == day.key[1]


def _sharper(have: TimeMark | None, new: TimeMark | None) -> TimeMark | None:
    """Keep the report's time, or take the sentence's when it says more: a time where there
    was none, or the clock window of the same night ("overnight" in the lede, "Between 11:00
    p.m. on December 24 and 7:00 a.m." in the quote)."""
    if new is not None and new.key[0] == "clock":
        return have  # hours with no date known say no more than the report's time
    if have is None:
        return new
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
        and not f.claims
    ):
        return False
    # the window's hours are among the statement's last sentences (a long text's one report
    # may hold thousands: scanning them all for every recap was quadratic)
    return (current.time is not None and current.time.kind == "window") or any(
        (w := times.get(j)) is not None and w.key[0] == "clock"
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
    k = len(window.sentences)
    while moved & set(window.sentences[k:]) != moved:
        k -= 1  # the ledes sit near the end: cut from there, not across the whole report
    window.sentences[k:] = [x for x in window.sentences[k:] if x not in moved]
    recap.facts[:0] = ledes
    recap.sentences[:0] = [j for j, _lf in ledes]


def _goes_on_for_ukraine(f: SentenceFacts | None, rep: Reporter | None, russian: bool) -> bool:
    """After Ukraine's side was named, a sentence is still Ukraine's unless it names a Russian
    speaker ("the governor said", "Moscow also said") or a figure over a Russian region."""
    if rep in ("mod", "governor", "mayor") or russian:
        return False
    return f is None or not any(c.area_id.startswith("RU-") for c in f.claims)


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
) -> list[Draft]:
    """Assign sentences to report drafts; ``russian`` marks sentences that name Russia's side
    as their speaker (they end a paragraph of Ukraine's claims).

    Only the sentences with facts or drones are dated and only those with facts marked
    ``earlier``: ``times`` and ``earlier`` need no entry for the others."""
    drafts: list[Draft] = []
    current: Draft | None = None
    pending_reporter: Reporter | None = None
    pending_time: TimeMark | None = None
    before_first: list[int] = []
    ua_side = False  # the last side named is Ukraine's: its paragraph goes on
    speaker: Reporter | None = None  # another reporter named in a sentence without figures
    for s in sents:
        i = s.index
        f = facts.get(i)
        rep = reporters.get(i)
        tm = times.get(i)
        country = "UA" if ua.get(i) else "RU"
        if ua_side and _goes_on_for_ukraine(f, rep, (russian or {}).get(i, False)):
            country = "UA"  # Ukraine's report goes on ("shot down ... in the Zaporizhzhia region")
        ua_side = country == "UA" or (
            ua_side and f is None and rep is None and not (russian or {}).get(i)
        )
        area = (areas or {}).get(i)
        # another head of region speaks ("Meanwhile the Kaluga governor said ..."): his own report
        switched = current is not None and area is not None and current.area not in (None, area)
        if current is not None and current.area is None and area is not None and not current.facts:
            current.area = area
        if f is None:
            if current is None:
                before_first.append(i)
                if country == "RU":  # Ukraine's governor or air force names no Russian reporter
                    pending_reporter = pending_reporter or rep
                pending_time = pending_time or (tm if drone.get(i) else None)
            else:
                if switched and current.facts:
                    current = Draft(country, rep, None, area=area)
                    drafts.append(current)
                current.sentences.append(i)
                if current.reporter is None and rep is not None and country == current.country:
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
                past_day = tm is not None and tm.kind == "day" and tm.window is not None
                if drone.get(i) and not (past_day and current.facts):
                    # a sentence without figures about a day gone by ("14 октября глава ...
                    # сообщил о повреждении ...") does not date the figures before it
                    current.time = _sharper(current.time, tm)
            continue
        if rep is None and speaker is not None and country == "RU":
            rep = speaker
        speaker = None
        others = led = recap = False
        new = current is None or current.country != country or (switched and bool(current.facts))
        if current is not None and not new:
            if rep is not None and current.reporter is not None and rep != current.reporter:
                new = led = True
            elif not _compatible(current.time, tm):
                new = True
            elif (
                current.time is None
                and tm is not None
                and (tm.kind == "period" or tm.kind == "day")
                and (tm.key[0] != "day" or tm.key[1] is None or tm.window is not None)
                and current.facts
            ):
                # "За вчерашний день ..." after today's figure; the publication day itself
                # ("the ministry said on Sunday" in the lede under a headline) is no other day
                new = True
            elif (earlier or {}).get(i) and current.facts:
                new = True  # "Ранее губернатор сообщал ...": an earlier statement, another report
            elif _night_recap(current, tm, f, times):
                new = recap = True  # "Всего в ночное время ... 55" after a window's figures
            elif rep is None and _others_list(current, f):
                new = others = led = True
            elif f.running and current.facts:
                new = True  # "Количество сбитых ... достигло 25": a running total, its own report
        if new:
            window_draft = current if recap else None
            match = None
            for d in drafts:
                if (
                    d.country == country
                    and (rep is None or d.reporter in (None, rep))
                    and tm is not None
                    and d.time is not None
                    and d.time.key == tm.key
                    and d is not window_draft  # the recap never goes back into the window's report
                ):
                    match = d
            if match is not None:
                current = match
            else:
                inherited = (
                    (current.reporter or current.inherited)
                    if current is not None and country == "RU" and not others
                    else None
                )
                lead = None
                if led and current is not None and len(current.facts) > 1:
                    j, last = current.facts[-1]
                    if (
                        not last.claims
                        and last.totals
                        and current.sentences[-1] == j
                        and reporters.get(j) is None
                    ):
                        # "... shot down 36 drones." before "Among them 15 over ..." or "По
                        # данным Минобороны, 12 ...": the lead of the list, not the report before
                        lead = current.facts.pop()
                        current.sentences.pop()
                        current.time = None  # its time goes with it
                        for k in current.sentences:
                            if drone.get(k) or any(k == x for x, _f in current.facts):
                                current.time = _sharper(current.time, times.get(k))
                current = Draft(
                    country,
                    rep or (pending_reporter if not drafts else None),
                    tm or (pending_time if not drafts else None),
                    inherited=inherited,
                    area=area,
                )
                if lead is not None:
                    current.sentences.append(lead[0])
                    current.facts.append(lead)
                    current.time = _sharper(current.time, times.get(lead[0]))
                if not drafts:
                    current.sentences.extend(before_first)
                drafts.append(current)
                pending_reporter = None
            if window_draft is not None and f is not None:
                _lede_to_recap(window_draft, current, f, times)
        assert current is not None
        current.time = _sharper(current.time, tm)
        if current.reporter is None and rep is not None:
            current.reporter = rep
        current.sentences.append(i)
        current.facts.append((i, f))
        if current.area is None:
            current.area = area
    for d in drafts:  # the first region a speaker of the report names (the lede's for the first)
        named = [a for i in d.sentences if (a := (areas or {}).get(i))]
        d.area = d.area or (named[0] if named else None)
    # in the order the text first speaks of them: a lede that went to the night's recap puts the
    # recap before the window it announced
    drafts.sort(key=lambda d: min((i for i, f in d.facts if f is not None), default=0))
    return drafts


def _components(area_id: str) -> set[str]:
    return set(parts(area_id)) if area_id != MOSCOW_REGION else {area_id}


#: Past this many (area, figure) pairs in one sentence, its candidates are all sentences
#: (the pairs of pairs below would outnumber them).
_MANY_FIGURES = 40


def _retelling_candidates(
    live: list[int],
    comps: list[set[str]],
    counts: list[dict[str, set[int | None]]],
    claim_comps: list[list[tuple[int | None, set[str]]]],
) -> Callable[[int], set[int] | list[int]]:
    """For each sentence ``a``, the sentences it may retell (a superset of those whose areas
    are all among ``a``'s and whose figures ``a`` gives too): found through an index, so a
    text of thousands of statements is not read in pairs.

    Each sentence ``b`` is filed under a key ``a`` must hold for ``b`` to be retold: two of its
    figures of one area each ((area, figure) pairs ``a`` also has), else one, else one of its
    areas."""
    index: dict[tuple[object, ...], list[int]] = {}
    for b in live:
        atoms = sorted(
            {(min(comp), n) for n, comp in claim_comps[b] if n is not None and len(comp) == 1}
        )
        if len(atoms) >= 2:
            key: tuple[object, ...] = ("pair", atoms[0], atoms[1])
        elif atoms:
            key = ("atom", atoms[0])
        else:
            key = ("area", min(comps[b]))
        index.setdefault(key, []).append(b)

    def candidates(a: int) -> set[int] | list[int]:
        atoms = sorted((x, n) for x, ns in counts[a].items() for n in ns if n is not None)
        if len(atoms) > _MANY_FIGURES:
            return live
        keys: list[tuple[object, ...]] = [("area", x) for x in comps[a]]
        keys += [("atom", p) for p in atoms]
        keys += [("pair", p, q) for i, p in enumerate(atoms) for q in atoms[i + 1 :]]
        return {b for k in keys for b in index.get(k, ())}

    return candidates


def _drop_retellings(facts: list[tuple[int, SentenceFacts]]) -> list[Claim]:
    """Keep one copy when a lede retells the quoted statement (same areas, same or no counts)."""
    per = [(i, f, [c for c in f.claims if c.district_id is None]) for i, f in facts]
    # each sentence's areas and figures, worked out once (the pairs below are n squared)
    comps: list[set[str]] = []
    counts: list[dict[str, set[int | None]]] = []
    claim_comps: list[list[tuple[int | None, set[str]]]] = []
    for _i, _f, cs in per:
        mine = [(c.count, _components(c.area_id)) for c in cs]
        claim_comps.append(mine)
        comps.append(set().union(*(comp for _n, comp in mine)))
        by_comp: dict[str, set[int | None]] = {}
        for n, comp in mine:
            for x in comp:
                by_comp.setdefault(x, set()).add(n)
        counts.append(by_comp)
    live = [k for k, (_i, f, cs) in enumerate(per) if cs and not f.timestamped]
    candidates = _retelling_candidates(live, comps, counts, claim_comps)
    dropped: set[int] = set()
    for a in live:
        if a in dropped:
            continue
        # which b a drops does not depend on the order b are tried in (only on a and b)
        for b in candidates(a):
            if a == b or b in dropped:
                continue
            ca, cb = per[a][2], per[b][2]
            comp_a, comp_b = comps[a], comps[b]
            if not comp_b <= comp_a:
                continue
            counts_a = counts[a]
            agree = all(
                n is None or any(n in counts_a.get(x, set()) for x in comp)
                for n, comp in claim_comps[b]
            )
            if not agree:
                continue
            if (
                comp_a == comp_b
                and len(ca) == len(cb)
                and sum(c.count is None for c in ca) <= sum(c.count is None for c in cb)
                and a > b
            ):
                continue  # equal: keep the later, fuller one (drop b only when it is not later)
            dropped.add(b)
    out: list[Claim] = []
    for k, (_i, f, _c) in enumerate(per):
        if k in dropped:
            out.extend(c for c in f.claims if c.district_id is not None)
        else:
            out.extend(f.claims)
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Drop placeholders (no count) for areas that have a figure, and repeated placeholders."""
    counted: set[str] = set()
    for c in claims:
        if c.count is not None and c.district_id is None:
            counted |= _components(c.area_id)
            if c.area_id == MOSCOW_REGION:
                counted |= set(parts(c.area_id))  # the ministry's figure covers city and oblast
    out: list[Claim] = []
    seen: set[tuple[str, str | None]] = set()
    for c in claims:
        if c.count is None:
            if c.district_id is None and _components(c.area_id) <= counted:
                continue
            key = (c.area_id, c.district_id)
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


_KILLED_WORDS = r"погиб\w*|убит\w*|killed|died|dead"
_INJURED_WORDS = r"ранен\w*|пострадал\w*|травм\w*|injur\w*|wounded|hurt"
_KILLED = re.compile(rf"(?:{_KILLED_WORDS})", re.IGNORECASE)
_INJURED = re.compile(rf"(?:{_INJURED_WORDS})", re.IGNORECASE)
#: The same words without IGNORECASE, a quick scan: in lower-cased text every match of the two
#: patterns above is one of these, unless it holds a letter IGNORECASE also takes for one of
#: its letters (dotless i, long s, old Cyrillic forms: ``_FOLDED``).
_HARM_WORD = re.compile(f"{_KILLED_WORDS}|{_INJURED_WORDS}")
_FOLDED = re.compile("[\u0131\u017f\u1c80-\u1c88]")


def _casualties(texts: list[str]) -> Casualties:
    killed: int | None = None
    injured: int | None = None
    zero = False
    for t in texts:
        low = t.lower()
        if vocab.NO_CASUALTIES_RE.search(low):
            zero = True
            continue
        if _HARM_WORD.search(low) is None and _FOLDED.search(low) is None:
            continue
        for rx, which in ((_KILLED, "k"), (_INJURED, "i")):
            for m in rx.finditer(low):
                if re.search(r"(?:\bне|\bno|никто)\s+$", low[max(0, m.start() - 8) : m.start()]):
                    continue
                # the number nearest the word, within its clause
                lo = max(0, m.start() - 25)
                left = re.split(r"[,;.]", low[lo : m.start()])[-1]
                right = re.split(r"[,;.]", low[m.end() : m.end() + 25])[0]
                after = find_numbers(right)
                before = find_numbers(left)
                clause = left + low[m.start() : m.end()] + right
                n = (
                    after[0].value
                    if after
                    else before[-1].value
                    if before
                    else (
                        1
                        if re.search(
                            r"(?:человек|person|one|мужчина|женщина|житель|resident)", clause
                        )
                        else None
                    )
                )
                if n is None:
                    continue
                if which == "k" and killed is None:
                    killed = n
                elif which == "i" and injured is None:
                    injured = n
    if zero:
        return Casualties(
            killed if killed is not None else 0, injured if injured is not None else 0
        )
    return Casualties(killed, injured)


#: Words that only say where debris fell: damage text only when nothing was damaged.
_DEBRIS_ONLY = re.compile(r"(?<![\w-])(?:обломк\w*|debris)", re.IGNORECASE)


def _damage(texts: list[str]) -> str | None:
    """The first clause that says what was damaged ("повреждены три автомобиля"), else the
    first that says where debris fell (a headline's "debris falls across ..." comes second)."""
    fallback = None
    for t in texts:
        m = vocab.DAMAGE_RE.search(t.lower())
        if m and not vocab.NO_CASUALTIES_RE.fullmatch(t.strip().lower()):
            clause = re.split(r"(?<=[.;])\s", t)
            for c in clause:
                if vocab.DAMAGE_RE.search(c.lower()):
                    c = c.strip(' "«»')
                    c = c if len(c) <= 160 else c[:157].rstrip() + "..."
                    if vocab.DAMAGE_RE.search(_DEBRIS_ONLY.sub(" ", c).lower()):
                        return c
                    fallback = fallback or c
    return fallback


#: A launch verb and at most four words (no number, no stop) right before a count.
_LAUNCHED_BEFORE = re.compile(
    rf"(?<![\w-])(?:{vocab.LAUNCHED})(?:\s+[^\d\s.,;:!?]+){{0,4}}\s+$", re.IGNORECASE
)


def _best(totals: list[TotalCandidate]) -> TotalCandidate | None:
    return min(totals, key=lambda t: (t.priority, t.start)) if totals else None


def _pick_total(
    claims: list[Claim], totals: list[TotalCandidate]
) -> tuple[int | None, Qualifier | None, bool]:
    """(total, qualifier, foreign) for a report; see docs/parser.md for the order of preference."""
    counted = [c for c in claims if c.count is not None and c.district_id is None]
    if counted:
        # a total is stated before the rows; a bare count after them is another figure
        first = min(c.evidence[0] for c in counted)
        totals = [t for t in totals if t.priority < 2 or t.start < first]
        # the drones an attempt was made with are the total only when the rows add up to them
        rows = sum(c.count or 0 for c in counted)
        totals = [t for t in totals if t.priority != 3 or t.value == rows]
    # a figure only places outside Russia carry ("struck Ukraine's Poltava region while ... four
    # shot down") gives way to any other candidate
    best = _best([t for t in totals if not t.foreign]) or _best(totals)
    if best is not None:
        return best.value, best.qualifier, best.foreign
    # one figure is the total only when it is the report's one area: beside areas named
    # without a figure ("several over Bryansk and Belgorod ... six over Bryansk") it is a row
    named = {c.area_id for c in claims if c.count is None and c.district_id is None}
    if len(counted) == 1 and not named - {counted[0].area_id}:
        return counted[0].count, counted[0].qualifier, False
    return None, None, False


def _moscow_region_for(claims: list[Claim], reporter: Reporter, *, english: bool) -> list[Claim]:
    """English "Moscow Region" is the ministry's city-plus-oblast only when the ministry says it."""
    if reporter == "mod" or not english:
        return claims
    name = "Moscow Oblast"
    return [
        replace(c, area_id="RU-MOS", area=name) if c.area_id == "RU-MOW+RU-MOS" else c
        for c in claims
    ]


def build(
    draft: Draft,
    sents: list[Sentence],
    text: str,
    *,
    english: bool,
    own: Reporter | None = None,
    own_area: str | None = None,
) -> Report | None:
    """Turn a draft into a Report (None when it holds nothing); ``own`` is the reporter of
    the text's source, for a report that names none, and ``own_area`` the region it speaks for."""
    span = (
        min(sents[i].start for i in draft.sentences),
        max(sents[i].end for i in draft.sentences),
    )
    totals = [t for _i, f in draft.facts for t in f.totals]
    tm = draft.time
    night = tm.night_of if tm else None
    if draft.country == "UA":
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
    reporter: Reporter = draft.reporter or draft.inherited or own or "media"
    claims = _drop_retellings(draft.facts)
    if reporter in ("mayor", "media") or not claims:
        # "летевших на Москву": the mayor's own count; for the ministry a subset of a row
        claims.extend(c for _i, f in draft.facts for c in f.target_claims)
    claims = _dedupe(claims)
    claims = _moscow_region_for(claims, reporter, english=english)
    in_context = {f.region for _i, f in draft.facts if f.region is not None}
    area = draft.area
    if area is None and not (draft.reporter or draft.inherited) and own is not None:
        area = own_area  # the source's own post: its region is the speaker's
    reading = ReportReading(claims, totals, reporter, english, area, in_context)
    for rule in REPORT_RULES:
        rule(reading)
    claims.sort(key=lambda c: c.evidence[0])
    total, qualifier, foreign = _pick_total(claims, totals)
    doubts = [d for _i, f in draft.facts for d in f.doubts]
    if not claims and (total is None or foreign) and not doubts:
        return None  # nothing placed over Russia ("Over Kyiv, 10 drones were shot down")
    texts = [text[sents[i].start : sents[i].end] for i in sorted(draft.sentences)]
    return Report(
        reporter=reporter,
        country="RU",
        window=tm.window if tm and tm.kind in ("window", "day") else None,
        night_of=night,
        total=total,
        total_qualifier=qualifier,
        claims=tuple(claims),
        damage=_damage(texts),
        casualties=_casualties(texts),
        evidence=span,
        doubts=tuple(doubts),
    )


def drop_place_only_retellings(reports: list[Report]) -> list[Report]:
    """Drop a report that only names places ("drones downed above several regions, among them
    Moscow and Tula" in a headline) when another report of the text names them all: the
    headline retells the article, it is not a report of its own."""
    out = []
    for r in reports:
        places = {(c.area_id, c.district_id) for c in r.claims}
        if (
            r.country == "RU"
            and r.total is None
            and places
            and all(c.count is None for c in r.claims)
        ):
            others = [o for o in reports if o is not r and o.country == "RU"]
            if any(places <= {(c.area_id, c.district_id) for c in o.claims} for o in others):
                continue
        out.append(r)
    return out
