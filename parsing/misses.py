"""Signs that a parse missed or misread a figure: the text says more than its claims.

:func:`parsing.diagnostics.diagnose` finds what the parser could not place (an unknown place,
a count with no area) and holds such a text back. The checks here read a text whose claims
look complete beside what it says, and name where the two disagree, in words an analyst can
check against the text in a minute. The text's figures stay published; the item only asks a
person to look (``store.rows.CHECK_REASONS``). Each check is one small function; :data:`CHECKS`
lists them in the order :func:`check` runs them.

- ``figure_not_taken`` (:func:`figures_not_taken`): a sentence that shoots drones down gives a
  number of drones that no claim, no total and no sum of them holds ("the text names 14 drones
  shot down, but no figure or total of 14 was taken"); or a list's row right after rows that
  gave claims gave none ("▪️Ростовская область — ещё 3"), or an item's figure after a colon
  ("34 беспилотника: 20 — ночью, остальные — днём"), or a correction's ("уничтожено 8, по
  уточненным данным — 9").
- ``total_over_figures`` (:func:`totals_over_figures`): a governor's or a mayor's exact total is
  more than his areas' figures together (he speaks for his region or town only), or his places
  all have no figure; so is a post's total beside towns or districts that all have none.
- ``total_not_sum`` (:func:`totals_not_sums`): a report's areas add up to a number of drones
  the text names, but its total is another one (a title's "more than 100" kept over "105"); or
  one of its figures is what the others add up to, for an area among them (its whole, read as
  one more row).
- ``area_without_figure`` (:func:`areas_without_figure`): a region is named in a sentence that
  shoots drones down, or in the sentence after the rows of a report that fall short of its
  total, but no claim of the text is for it.
- ``one_without_downing`` (:func:`ones_without_downing`): a figure of one drone read from a
  sentence with no number and no verb of shooting down (a drone's hit, an attack).
- ``region_from_one_part`` (:func:`regions_from_one_part`): a region's figure is one of its
  places' figures while other places of the same report are named without one, or while the
  mayor whose report it is gives his own town as many.

:data:`CHECKS` runs :mod:`parsing.misreads`' checks after these (a night the text opens on that
no report has, more drones told after a region's figure, one figure read in two reports, a
figure given to another region than its place's, the ministry's figure read as a governor's).

What none of them reads: sentences of Ukraine's side, warnings, footers and running totals,
missiles, boats and aerial targets (``_review.no_count``), the reports of Ukraine (their totals
are figures the parse took), Shaheds and Gerans (Russia's drones), and a week's or a month's
tally with no area's figure (``_review.tallies``), nor a month's the text names ("В течение
декабря ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from geo.area_ids import parts
from parsing import misreads, vocab
from parsing._review import (
    PART_BEFORE,
    TIME_AFTER,
    WORD,
    Problem,
    SpanIndex,
    drone_counts,
    names_interception,
    no_count,
    sentence_at,
    tallies,
    time_before,
    uncovered,
)
from parsing.lookup import find_place
from parsing.model import Claim, Report
from parsing.numbers import Number, find_numbers
from parsing.places import find_groups
from parsing.rows import find_body
from parsing.text import Sentence

FIGURE_NOT_TAKEN = "figure_not_taken"
TOTAL_OVER_FIGURES = "total_over_figures"
TOTAL_NOT_SUM = "total_not_sum"
AREA_WITHOUT_FIGURE = "area_without_figure"
ONE_WITHOUT_DOWNING = "one_without_downing"
REGION_FROM_ONE_PART = "region_from_one_part"
#: The reasons of these checks and of :mod:`parsing.misreads`', in :data:`CHECKS` order: a text
#: with them is published and asks a look.
REASONS = (
    FIGURE_NOT_TAKEN,
    TOTAL_OVER_FIGURES,
    TOTAL_NOT_SUM,
    AREA_WITHOUT_FIGURE,
    ONE_WITHOUT_DOWNING,
    REGION_FROM_ONE_PART,
    misreads.NIGHT_NOT_READ,
    misreads.ADDED_AFTER_TOTAL,
    misreads.TOLD_TWICE,
    misreads.FIGURE_IN_OTHER_REGION,
    misreads.FIGURE_BEFORE_SPEAKER,
)


@dataclass(slots=True)
class Read:
    """A text as the checks read it: normalised, lower-cased, its sentences, the parse's
    reports of Russia's side, and which sentences shoot drones down."""

    norm: str
    low: str
    sentences: Sequence[Sentence]
    reports: Sequence[Report]
    #: the sentences with a drone noun and a verb of shooting down (a check asks
    #: :meth:`counts` of one before it names a problem in it)
    shooting: Sequence[Sentence]
    #: the claims' evidence: what the parse read
    evidence: SpanIndex
    #: whether a sentence of ``shooting`` counts nothing (``_review.no_count``), by its index
    nothing: dict[int, bool]
    #: the claims' evidence spans, sorted
    spans: list[tuple[int, int]]
    #: the indices of the sentences with a drone noun (``shooting`` is among them)
    drones: Sequence[int]
    #: ``find_numbers`` of a sentence, by its index (:meth:`numbers`)
    found: dict[int, list[Number]]

    #: the reports' regional figures by where their evidence starts (:meth:`regional_rows`)
    rows: list[tuple[int, int, frozenset[str], int]] | None = None
    #: the totals of the parse's reports of Ukraine ("It says 48 drones were shot down" under
    #: "Ukraine's air force says"): figures the parse took, though not Russia's
    ukraine: frozenset[int] = frozenset()

    def regional_rows(self) -> list[tuple[int, int, frozenset[str], int]]:
        """Each report's figures for whole areas (:func:`_regional`), as (evidence start,
        report's index, areas, count), sorted: computed once for the text."""
        if self.rows is None:
            self.rows = sorted(
                (c.evidence[0], i, frozenset(_areas(c.area_id)), c.count or 0)
                for i, r in enumerate(self.reports)
                for c in _regional(r)
            )
        return self.rows

    def numbers(self, s: Sentence) -> list[Number]:
        """The numbers of sentence ``s`` (read once, whichever check asks first)."""
        found = self.found.get(s.index)
        if found is None:
            found = self.found[s.index] = find_numbers(self.norm[s.start : s.end])
        return found

    @property
    def claims(self) -> list[Claim]:
        return [c for r in self.reports for c in r.claims]

    def gaps(self, s: Sentence) -> list[tuple[int, int]]:
        """The parts of sentence ``s`` that no claim's evidence covers."""
        return uncovered(self.spans, s.start, s.end)

    def counts(self, s: Sentence) -> bool:
        """Whether sentence ``s`` (of ``shooting``) counts drones shot down: no warning, footer,
        attempt, missiles, boats or Ukraine's side (asked once, only where a check needs it)."""
        nothing = self.nothing.get(s.index)
        if nothing is None:
            lchunk = self.low[s.start : s.end]
            nothing = self.nothing[s.index] = no_count(self.norm[s.start : s.end], lchunk)
        return not nothing


def _areas(area_id: str) -> set[str]:
    """The areas of a claim's id ("RU-MOW+RU-MOS" is both)."""
    return set(parts(area_id))


def _regional(report: Report) -> list[Claim]:
    """A report's figures for whole areas (no district)."""
    return [
        c
        for c in report.claims
        if c.kind == "drone" and c.district_id is None and c.count is not None
    ]


# --- a number no claim took ----------------------------------------------------------------

#: How far before a drone noun its number is looked for: ``_review.drone_counts``' reach and a
#: number word's length ("двадцать пять").
_BEFORE_NOUN = 60
#: The whole a part is taken from ("8 беспилотников, 4 из которых сбиты", "10 drones, six of
#: them downed"): an attack's size, not a figure shot down.
_WHOLE_AFTER = re.compile(
    r"[^.;:]{0,40}?(?<![\w-])(?:из\s+(?:них|которых)|of\s+(?:them|which|these))(?![\w-])", re.I
)
#: People, not drones, between the number and the drone noun: "two injured when drone debris".
_PEOPLE_BETWEEN = re.compile(
    r"(?<![\w-])(?:injur\w*|kill\w*|wound\w*|hurt|people|person\w*|ранен\w*|погиб\w*|"
    r"пострадал\w*|человек\w*|жител\w*)",
    re.I,
)
#: A number of tens or hundreds ("трёх десятках БПЛА", "dozens of drones"): no count itself.
_TENS_AFTER = re.compile(r"\s+(?:десят\w*|сот\w*|dozens?|hundreds?)", re.I)
#: A bound before a title's number ("at least 30", "более двадцати"): the text's exact figure
#: below is the claim.
_BOUND_BEFORE = re.compile(
    r"(?:не\s+менее|более|свыше|около|порядка|почти|at\s+least|more\s+than|over|about|nearly|"
    r"almost)\s+$",
    re.I,
)
#: A month's tally, the month named: "В течение декабря средства ПВО уничтожили 6503", "за
#: март", "в мае", "in December", "throughout March" (a month's figure is the country's; a day
#: of the month, "в ночь на 5 декабря", "on December 5", is no month).
_NAMED_MONTH = re.compile(
    r"(?<![\w-])(?:(?:в\s+течение|за|в)\s+(?:(?:январ|феврал|март|апрел|июн|июл|август|"
    r"сентябр|октябр|ноябр|декабр)[а-я]*|ма[йяею])"
    rf"|(?:in|during|throughout)\s+{vocab.EN_MONTHS_RE})(?![\w-])(?!\s+\d)",
    re.I,
)
#: A figure added to one told before: "ещё два", "another nine", "three more".
_MORE_BEFORE = re.compile(r"(?:ещ[её]|дополнительно|another|more)\s+(?:\w+\s+)?$", re.I)
_MORE_AFTER = re.compile(r"\s+more(?![\w-])", re.I)


#: Digits just before a drone noun, or an adjective or two before it: "7 БПЛА – над X", a
#: list's row; "120 украинских беспилотников", "94 Ukrainian fixed-wing unmanned aerial vehicles"
#: (a hyphenated adjective is one: the wires' every statement has "fixed-wing").
_DIGITS_BEFORE = re.compile(r"(?<![\d.,])(\d+)(?:\s+[^\W\d]+(?:-[^\W\d]+)*){0,2}\s*$")


def _near_drones(chunk: str, low: str, known: set[int]) -> list[tuple[int, int, int]]:
    """:func:`_review.drone_counts` of a sentence, read only in the few words before each drone
    noun; a noun right after digits the parse holds (``known``: a list's "7 БПЛА – над X" rows)
    is not read again."""
    out: list[tuple[int, int, int]] = []
    for noun in vocab.DRONE_RE.finditer(low):
        digits = _DIGITS_BEFORE.search(low, max(0, noun.start() - 40), noun.start())
        if digits is not None and int(digits.group(1)) in known:
            continue
        start = low.rfind(" ", 0, max(0, noun.start() - _BEFORE_NOUN))
        start = max(start, 0)
        for value, a, b in drone_counts(chunk[start : noun.end()], low[start : noun.end()]):
            if (value, start + a, start + b) not in out:
                out.append((value, start + a, start + b))
    return out


def _title(norm: str, s: Sentence) -> bool:
    """Whether sentence ``s`` is a title: a line of its own with no stop at its end."""
    alone = s.start == 0 or norm[s.start - 1] == "\n"
    return alone and not norm[s.start : s.end].rstrip().endswith(
        (".", "!", "?", "»", '"', ":", ";")
    )


#: A line that opens with a clock time: one message of a chronology ("00:47 — сбит один БПЛА;").
_TIMED_LINE = re.compile(r"^[^\S\n]*(?:\d{1,2}[:.]\d{2})[^\S\n]*[—–-][^\n]*", re.M)
#: Drones over Ukraine after the number: "ВСУ — 64 дрона над Украиной", "57 drones at Ukraine".
_OVER_UKRAINE = re.compile(
    r"[^.;]{0,40}?(?:над\s+украиной|по\s+украине|(?:over|at|on|against)\s+ukraine(?![\w-]))", re.I
)

#: Russia's own drones after the number: "all 16 Shahed drones that Russia launched", "70
#: ударными БпЛА типа Shahed", "25 «Гераней»": Ukraine downs them, Russia does not.
_RUSSIAN_DRONES = re.compile(r"[^.;,]{0,30}?(?<![\w-])(?:shahed|шахед|geran|геран)", re.I)


def _figures_in(read: Read, a: int, b: int) -> int:
    """The numbers of ``read.norm[a:b]`` added up, clock times and dates left out."""
    total = 0
    for n in find_numbers(read.norm[a:b]):
        if not (TIME_AFTER.match(read.low, a + n.end) or time_before(read.low, a, a + n.start)):
            total += n.value
    return total


#: A clock time: "23:52", "01.14".
#: (Written from its first digit, the character before it asked after it: the same matches as
#: "(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d:])", whose lookbehind first had the engine try it at every
#: character of a paragraph.)
_CLOCK = re.compile(r"\d(?<![\d.:]\d)\d?[:.]\d{2}(?![\d:])")
#: The longest line read as a chronology of posts: a paragraph.
_CHRONOLOGY_CHARS = 2_000


def _chronology(read: Read, known: set[int]) -> list[tuple[int, int]]:
    """The spans of a chronology's lines whose figures add up to a figure the parse holds: "00:47
    — сбит один БПЛА; 01:35 — ещё двух; 02:58 — три; 04:10 — ещё два" under "восемь"."""
    lines = list(_TIMED_LINE.finditer(read.norm))
    if len(lines) >= 2 and sum(_figures_in(read, *m.span()) for m in lines) in known:
        return [m.span() for m in lines]
    return []


def _clock_line(read: Read, at: int, sums: set[int]) -> bool:
    """Whether the line holding position ``at`` tells a speaker's posts by their clock times and
    adds up to what a report's figures do (``sums``: "в 23:52 — о двух сбитых дронах. Затем в
    01:14 — ещё о трёх, в 02:40 — о четырёх" under "девять"; not when the report gives the 9
    twice, 18). Only the line of a figure about to be flagged is read, and only a paragraph's."""
    norm = read.norm
    a = norm.rfind("\n", max(0, at - _CHRONOLOGY_CHARS), at) + 1
    b = norm.find("\n", at, at + _CHRONOLOGY_CHARS + 1)
    if b < 0:
        b = len(norm) if len(norm) - at <= _CHRONOLOGY_CHARS else -1
    if b < 0 or (a == 0 and at > _CHRONOLOGY_CHARS) or b - a > _CHRONOLOGY_CHARS:
        return False
    return len(_CLOCK.findall(norm, a, b)) >= 2 and _figures_in(read, a, b) in sums


#: What a figure told before a correction follows (``vocab.TOLD_BEFORE``): "ведомство сообщало
#: о 23", "ранее сообщалось о семи", "had earlier reported 23", "initially said that 12".
_TOLD_BEFORE = re.compile(rf"(?<![\w-])(?:{vocab.TOLD_BEFORE})\s+(?:(?:об?|that)\s+)?", re.I)


#: A figure a correction takes back beside the one that replaces it: "не 5, а 7", "not 5 but 7"
#: (``instead`` after the figure), "7, а не 5", "7 drones, not 5" (``instead`` before "не").
_TAKEN_BACK = re.compile(r"(?<![\w-])(?P<instead>а\s+|,\s*)?(?:не|not)\s+")
_INSTEAD_AFTER = re.compile(r"\s*,?\s*(?:а|but)\s")


def _taken_back(read: Read) -> set[int]:
    """The figures a correction of the text takes back ("не 5, а 7": the 5), whether the parse
    or the store's reading of the correction (``store.spelt_corrections``) took the new one: a
    chain of them ("не 5, а 7", then "не 7, а 6") leaves the 5 and the 7 taken back."""
    out = set()
    for m in _TAKEN_BACK.finditer(read.low):
        after = find_numbers(read.norm[m.end() : m.end() + _BEFORE_NOUN])
        if not after or after[0].start != 0:
            continue
        if m.group("instead") or _INSTEAD_AFTER.match(read.low, m.end() + after[0].end):
            out.add(after[0].value)
    return out


def _superseded(read: Read) -> set[int]:
    """The figures a correction in the text replaced: in a text that corrects itself ("по
    уточнённым данным", "позднее уточнило", "revised"), the numbers told as said before ("ранее
    сообщалось о семи", "сообщало о 23 ..., однако позднее уточнило"), those it takes back
    (:func:`_taken_back`: "не 5, а 7"), and the figures of the
    sentences before its correction's words (and of its own sentence up to them) when a claim comes after them or the parse replaced
    a figure by the correction's: a post and the reply that corrects it, read as one text ("Над X
    сбиты 5 БПЛА.\n\nУточнение: над X сбиты 7", "Уточнение: сбиты не 5, а 7 беспилотников")."""
    if not vocab.CORRECTED_TEXT_RE.search(read.low):
        return set()
    out = _taken_back(read)
    for m in _TOLD_BEFORE.finditer(read.low):
        after = find_numbers(read.norm[m.end() : m.end() + _BEFORE_NOUN])
        if after and after[0].start == 0:
            out.add(after[0].value)
    first = vocab.CORRECTION_RE.search(read.low)
    if first is not None and (
        any(a >= first.start() for a, _b in read.spans)
        or any(c.rule == "corrected_figures" for c in read.claims)
    ):
        for s in read.shooting:
            if s.start >= first.start():
                break
            # the sentence the correction's words stand in counts up to them: "Уничтожено 8
            # БПЛА, по уточнённым данным — 9" replaces its 8
            cut = first.start() - s.start
            chunk, lchunk = read.norm[s.start : s.end], read.low[s.start : s.end]
            counts = drone_counts(chunk, lchunk, read.numbers(s))
            out |= {value for value, a, _b in counts if a < cut}
    return out


#: How far from a lead its rows are looked for (characters either side): a few lines. A
#: lead sums rows told beside it; bounding the look keeps the check linear in a long text.
_ROWS_REACH = 2_000


def _sum_of_named(read: Read, s: Sentence, value: int) -> bool:
    """Whether ``value`` is what one report's figures for the areas sentence ``s`` names add up
    to: a lead that sums the rows told below ("над Крымом и Чёрным морем сбиты 12", then 9 over
    the sea and 3 over Crimea). Only rows within :data:`_ROWS_REACH` of the lead count.

    The areas the sentence names are read (the place grammar, the dearest step of the check)
    only when some report has two rows or more within reach that add up to ``value`` or more:
    the named rows are a part of them."""
    rows = read.regional_rows()
    near = rows[
        bisect_left(rows, (s.start - _ROWS_REACH,)) : bisect_right(rows, (s.end + _ROWS_REACH,))
    ]
    reach: dict[int, list[int]] = {}
    for _at, report, _in, count in near:
        reach.setdefault(report, []).append(count)
    if not any(len(f) > 1 and sum(f) >= value for f in reach.values()):
        return False
    chunk, lchunk = read.norm[s.start : s.end], read.low[s.start : s.end]
    english = re.search("[а-яё]", lchunk) is None
    named = {
        area
        # (the sentence's list rows found by one scan, as the parse reads them: the same
        # groups, ``tests/parsing/test_rows.py``, without scanning the rows for triggers)
        for g in find_groups(
            chunk, s.start, english=english, body=find_body(chunk, english=english)
        )
        for m in g.mentions
        if m.place is not None
        for area in _areas(m.place.area_id)
    }
    if not named:
        return False
    figures: dict[int, list[int]] = {}
    for _at, report, areas, count in near:
        if areas <= named:
            figures.setdefault(report, []).append(count)
    return any(len(f) > 1 and sum(f) == value for f in figures.values())


#: Between a range's two bounds, a dash or a word ("5–7", "5 … 7", "пятнадцать-двадцать", "от 5
#: до 7", "5 или 6", "5 to 7", "5 or 6"): the parse reads the range as about its lower bound, so
#: the upper one is no figure left out (the words' ranges had been queued as one).
_RANGE_JOIN = re.compile(r"\s?(?:[-–—]|…|\.\.\.)\s?|\s(?:до|или|to|or)\s")
#: ... and "between 5 and 7" (an "and" elsewhere adds: "уничтожены пять и перехвачены три").
_BETWEEN = re.compile(r"(?:between|между)\s$")
_AND = re.compile(r"\s(?:and|и)\s")


def _upper_bound(low: str, lower: Number, upper: int) -> bool:
    """Whether the number at ``upper`` is the upper bound of a range that opens on ``lower``."""
    if _RANGE_JOIN.fullmatch(low, lower.end, upper):
        return True
    return bool(
        _AND.fullmatch(low, lower.end, upper)
        and _BETWEEN.search(low, max(0, lower.start - 10), lower.start)
    )


def figures_not_taken(read: Read) -> list[Problem]:
    """A number of drones in a sentence that shoots them down, which no claim, no total and no
    sum of them holds: "Ночью ... уничтожены 14 беспилотников" read as 17 with a later 3, a
    first post's "свыше 10" left out, a figure of an earlier night dropped.

    Not a figure of its own: an attack's size ("8 беспилотников, 4 из которых сбиты"), a part
    ("в том числе 12", "including seven"), people ("two injured when drone debris fell"), tens
    ("трёх десятках"), a title's bound ("at least 30") and a part of a figure the parse added up
    (with a number of the same sentence, "уничтожены пять и перехвачены три"; with any figure
    when it is "ещё два", "three more"; the rows of a lead that names their areas; with one total
    another: "28 earlier", then "46 since the morning" beside a window's 18), or a figure a
    correction replaced ("по уточнённым данным ... 9, ранее сообщалось о семи")."""
    claims = read.claims
    known = {c.count for c in claims if c.count is not None}
    totals = [r.total for r in read.reports if r.total is not None]
    known |= set(totals)
    known.add(sum(totals))
    sums = {sum(c.count or 0 for c in _regional(r)) for r in read.reports}
    known |= sums
    found: list[tuple[int, int, int, bool]] = []
    chronology: list[tuple[int, int]] | None = None
    superseded: set[int] | None = None
    for s in read.shooting:
        chunk, lchunk = read.norm[s.start : s.end], read.low[s.start : s.end]
        numbers = None
        for value, a, b in _near_drones(chunk, lchunk, known):
            if value in known or value in read.ukraine:
                continue
            if (
                not read.counts(s)
                or vocab.NATIONAL_RE.search(lchunk)
                or vocab.NAVAL_RE.search(lchunk)
                or _NAMED_MONTH.search(lchunk)
            ):
                break  # the country's figure has no area to miss; boats are no drones
            if (
                _WHOLE_AFTER.match(lchunk, b)
                or PART_BEFORE.search(lchunk, 0, a)
                or _TENS_AFTER.match(lchunk, b)
                or (_title(read.norm, s) and _BOUND_BEFORE.search(lchunk, 0, a))
            ):
                continue
            if _PEOPLE_BETWEEN.search(lchunk, b, b + 40) and not vocab.DRONE_RE.match(
                lchunk, b + 1
            ):
                continue
            noun = vocab.DRONE_RE.search(lchunk, b)
            if noun is not None and "," in lchunk[b : noun.start()]:
                continue  # "in 15 regions, while another governor said a drone ...": two clauses
            if _OVER_UKRAINE.match(lchunk, b) or _RUSSIAN_DRONES.match(lchunk, b):
                continue  # drones over Ukraine, or Russia's own
            if numbers is None:
                numbers = read.numbers(s)
            if any(value + n.value in known for n in numbers if n.start != a):
                continue  # "уничтожены пять и перехвачены три": the parse's 8
            if any(n.end <= a and _upper_bound(lchunk, n, a) for n in numbers):
                continue  # "5–7 БПЛА", "пятнадцать-двадцать": a range's upper bound
            if _sum_of_named(read, s, value):
                continue
            if any(value + t in totals for t in totals):
                continue  # "28 earlier", then "46 in all" beside the report's 18: its part
            if superseded is None:
                superseded = _superseded(read)
            if value in superseded:
                continue  # "ранее сообщалось о семи": the figure a correction replaced
            if chronology is None:
                chronology = _chronology(read, known)
            if any(x <= s.start + a < y for x, y in chronology) or _clock_line(
                read, s.start + a, sums
            ):
                continue
            more = bool(
                _MORE_BEFORE.search(lchunk, max(0, a - 20), a) or _MORE_AFTER.match(lchunk, b)
            )
            found.append((value, s.start + a, s.start + b, more))
    told = {value for value, _a, _b, _more in found}
    out = []
    for value, a, b, more in found:
        # "ещё два сбиты над X" after "над X сбиты 3": the parse's 5 holds it
        if more and any(value + n in known for n in known | told if n):
            continue
        detail = (
            f"the text names {value} drones shot down, but no figure or total of {value} was taken"
        )
        out.append(Problem(FIGURE_NOT_TAKEN, detail, (a, b)))
    rows = (
        _rows_not_taken(read)
        + _items_not_taken(read, known)
        + _corrected_figures_not_taken(read, known | told)
    )
    return out + [p for p in rows if p.span not in {q.span for q in out}]


#: How far after a correction's words its figure is looked for: "по уточненным данным — 9",
#: "по уточнённым данным, сбиты 9".
_CORRECTED_REACH = 40
#: A figure a correction sets aside: "не два, ... а три", "not two but three".
_NOT_BEFORE = re.compile(r"(?<![\w-])(?:не|not)\s+$")


def _corrected_figures_not_taken(read: Read, known: set[int]) -> list[Problem]:
    """The figure right after a correction's words that no claim or total took: "Уничтожено 8
    беспилотников, по уточненным данным 9" read as 8 (the correction's figure has no drone noun
    of its own; after a dash or a colon, "— 9", the parser reads it: ``counts``). Only the first
    number within reach is read, and never a clock time or a date ("по уточненным данным на
    7:00"). (``diagnostics._corrections_not_taken`` holds the text when a figure after
    "Уточнение:" is in no claim's span.)"""
    out = []
    for m in vocab.CORRECTION_RE.finditer(read.low):
        a = m.end()
        numbers = find_numbers(read.norm[a : a + _CORRECTED_REACH])
        if not numbers:
            continue
        n = numbers[0]
        if n.value in known or TIME_AFTER.match(read.low, a + n.end):
            continue
        if time_before(read.low, a, a + n.start) or _NOT_BEFORE.search(read.low, a, a + n.start):
            continue  # a date, or the figure set aside: "не два, как сообщалось ранее, а три"
        detail = (
            f"the text corrects its figure to {n.value}, but no figure or total of {n.value} "
            "was taken"
        )
        out.append(Problem(FIGURE_NOT_TAKEN, detail, (a + n.start, a + n.end)))
    return out


#: An item's figure inside a sentence: after a colon, a semicolon or a comma (not a clock's
#: "23:40"), before a dash: "сбиты 34 беспилотника: 20 — в период с 00.00 до 07.00, остальные —
#: днём".
_ITEM = re.compile(r"[:;,]\s*(?P<n>\d+)\s*[—–-]\s")
#: What stands before a separator that is no item's: a clock's hour ("23:40"), a decimal.
_CLOCK_DIGITS = frozenset("0123456789.")


def _items_not_taken(read: Read, known: set[int]) -> list[Problem]:
    """The items of a sentence that shoots drones down whose figure no claim took and that is no
    figure the parse holds: "34 беспилотника: 20 — с 00.00 до 07.00, остальные — днём" read as
    the day's 34 alone (the night's 20 stands after the drone noun, where
    :func:`figures_not_taken` does not look)."""
    out = []
    for s in read.shooting:
        for m in _ITEM.finditer(read.norm, s.start, s.end):
            if m.start() and read.norm[m.start() - 1] in _CLOCK_DIGITS:
                continue  # "23:40 —", "1.5, 3": a clock's minutes, a decimal
            n = int(m.group("n"))
            if not n or n in known or read.evidence.overlaps(*m.span("n")) or not read.counts(s):
                continue
            detail = f"the text names {n} drones in an item of its list, but no claim took it"
            out.append(Problem(FIGURE_NOT_TAKEN, detail, m.span("n")))
    return out


#: A row of a list on a line of its own: a place, a dash, a colon or a space alone, and its
#: figure ("▪️Ростовская область — ещё 3", "— Тверская, Ярославская — по 2", "Kursk: 7",
#: "Курская область 3 ночью": a row with no mark whose line goes on, which the parse does not
#: read as a row, is sent to a person rather than dropped).
_ROW_LINE = re.compile(
    r"[^\S\n]*(?:[^\w\s]+[^\S\n]*)?(?P<name>[A-ZА-ЯЁ][^\n—–:]*?)"
    r"(?:[^\S\n]*[—–:-][^\S\n]*|[^\S\n]+)"
    r"(?:(?:ещ[её]|по|another)[^\S\n]+)?(?P<n>\d+)(?![\d.,:])"
)
#: The first word of a row's place: "Тверская" of "Тверская, Ярославская".
_FIRST_WORD = re.compile(r"[\w-]+")


def _known_row_place(name: str) -> bool:
    """Whether a row's place is one the gazetteer knows: "Брянская область", "Тверская,
    Ярославская" (by its first word); "Пострадавших" is none."""
    first = _FIRST_WORD.match(name)
    return find_place(name) is not None or (
        first is not None and find_place(first.group()) is not None
    )


def _line_end(norm: str, at: int) -> int:
    end = norm.find("\n", at)
    return len(norm) if end < 0 else end


def _rows_not_taken(read: Read) -> list[Problem]:
    """The rows of a list that no claim took, right after rows that gave claims: "▪️Ростовская
    область — ещё 3" under "▪️Белгородская область — 8" (an area listed twice, its second row
    dropped), "— Московский регион — 18 (в т.ч. 15 ...)" and "— Тверская, Ярославская — по 2"
    in a ministry's list read without them. Only in a text where two rows or more gave claims
    (a list), and only a row whose place the gazetteer knows and whose figure is not nought."""
    norm = read.norm
    claimed: dict[int, int] = {}  # the rows that gave claims: line start -> line end
    for _a, b in read.spans:
        start = norm.rfind("\n", 0, b) + 1
        if start not in claimed:
            end = _line_end(norm, start)
            if _ROW_LINE.match(norm, start, end):
                claimed[start] = end
    if len(claimed) < 2:
        return []
    out = []
    for end in sorted(claimed.values()):
        at = end + 1
        while at < len(norm) and at not in claimed:
            stop = _line_end(norm, at)
            row = _ROW_LINE.match(norm, at, stop)
            if row is None:
                break
            n = int(row.group("n"))
            if (
                n
                and _known_row_place(row.group("name"))
                and not read.evidence.overlaps(*row.span("n"))
            ):
                text = norm[at:stop].strip()
                detail = f"the list's row {text!r} names {n} drones, but no claim took it"
                out.append(Problem(FIGURE_NOT_TAKEN, detail, row.span("n")))
            at = stop + 1
    return out


# --- totals ----------------------------------------------------------------------------------


def totals_over_figures(read: Read) -> list[Problem]:
    """A governor's or a mayor's exact total above his areas' figures together: "Всего за ночь
    сбито 10" after "сбиты ещё два, летевшие на Москву" read as Moscow 2, "UPD: всего сбито 9"
    after 5 over the sea. He speaks for his region or town only, so the rest has no place. So
    is a total beside places that all have no figure: "another governor said a drone was shot
    down over Lyudinovo, and two more in the Yefremov district" read as a total of 1 over two
    regions named bare; a mayor's 74 beside a district of the oblast named for its injured
    (his figure read with no place of his, the map shows it over places that are not his).

    (The ministry's and the media's totals are often the country's, of which a few regions
    are told: no sign of a miss. But a post's total beside towns or districts alone, none with a
    figure, is theirs: "Над Балаклавой и над морем ПВО уже сбили 4 беспилотника" read as a
    total of 4 and Balaklava with none.)"""
    out = []
    for r in read.reports:
        if r.total is None or r.total_qualifier != "exact":
            continue
        if r.reporter not in ("governor", "mayor"):
            if (
                r.reporter == "media"
                and r.claims
                and all(c.count is None and c.district_id is not None for c in r.claims)
            ):
                out.append(_total_beside_places(r))
            continue
        figures = _regional(r)
        told = sum(c.count or 0 for c in figures)
        if figures and told < r.total:
            areas = ", ".join(sorted({c.area for c in figures}))
            detail = (
                f"the {r.reporter}'s total is {r.total}, but his figures ({areas}) add up "
                f"to {told}: {r.total - told} drones have no place"
            )
            out.append(Problem(TOTAL_OVER_FIGURES, detail, r.evidence or (0, 0)))
        elif r.claims and all(c.count is None for c in r.claims):
            out.append(_total_beside_places(r))
    return out


def _total_beside_places(report: Report) -> Problem:
    """The problem of a total whose report's places all have no figure."""
    places = ", ".join(sorted({c.district or c.area for c in report.claims}))
    detail = (
        f"the {report.reporter}'s total is {report.total}, but none of the places ({places}) "
        "has a figure"
    )
    return Problem(TOTAL_OVER_FIGURES, detail, report.evidence or (0, 0))


def totals_not_sums(read: Read) -> list[Problem]:
    """A report whose areas add up to a number of drones the text names, while its total is
    another: "more than 100 drones" in a title kept as the total over the text's "105 drones"
    and rows of 105; "at least 109 drones" above rows of 109 kept as 100. So is a report whose
    whole was read as one more row (:func:`_wholes_as_rows`)."""
    wholes = _wholes_as_rows(read)
    sums: dict[int, Report] = {}
    for r in read.reports:
        figures = [c.count or 0 for c in _regional(r)]
        if r.total is not None and len(figures) > 1 and sum(figures) != r.total:
            sums.setdefault(sum(figures), r)
    if not sums:
        return wholes
    for k in read.drones:
        s = read.sentences[k]
        lchunk = read.low[s.start : s.end]
        for value, a, b in drone_counts(read.norm[s.start : s.end], lchunk, read.numbers(s)):
            summed = sums.get(value)
            if summed is not None:
                detail = (
                    f"the areas' figures add up to {value}, as the text says, but the "
                    f"report's total is {summed.total}"
                )
                return [*wholes, Problem(TOTAL_NOT_SUM, detail, (s.start + a, s.start + b))]
    return wholes


def _wholes_as_rows(read: Read) -> list[Problem]:
    """A report's figure that is what all its other figures add up to, for an area that has one
    of those figures too: "intercepted 10 drones over the Leningrad region" in a headline, then
    "10 drones, eight of them over the Leningrad region and two over the Pskov region" read as
    Leningrad 10 and 8, Pskov 2 (the whole told as one more row: 20 on the map)."""
    out = []
    for r in read.reports:
        figures = _regional(r)
        told = sum(c.count or 0 for c in figures)
        if len(figures) < 3 or told % 2 or max(c.count or 0 for c in figures) != told // 2:
            continue  # (the whole is half of all the figures: the largest of them)
        areas = Counter(c.area_id for c in figures)
        if len(areas) < 2:
            continue  # (one area's lines and their recap are the recap rule's)
        for c in figures:
            if c.count and 2 * c.count == told and areas[c.area_id] > 1:
                rest = [d.count or 0 for d in figures if d is not c]
                detail = (
                    f"{c.area}'s {c.count} is what the report's other figures add up to "
                    f"({' + '.join(map(str, rest))}): its whole, read as one more row"
                )
                out.append(Problem(TOTAL_NOT_SUM, detail, c.evidence))
                break
    return out


# --- places ----------------------------------------------------------------------------------

#: Capitalised words in a row: a place name the gazetteer may know ("Tatarstan", "Мордовии",
#: "Nizhny Novgorod").
_NAME = rf"{WORD}(?:\s+[A-ZА-ЯЁ][a-zа-яё]+)*"
_ONE_NAME = re.compile(_NAME)
#: The fewest characters a name of :data:`_NAME` has.
_NAME_CHARS = 4
#: Where a region's name stands: after "over", "над", "republic(s) of", "республик(и)", or
#: before "region(s)", "oblast", "krai", "области", "края"; so do the names listed with it ("the
#: republics of Tatarstan and Mordovia", "the Tver, Pskov and Smolensk regions"). A person's or
#: a town's name elsewhere costs no look-up.
_SLOT_BEFORE = re.compile(
    r"(?<![\w-])(?:over|republics?\s+of|над|республик\w*)\s+(?:the\s+)?(?:территори\w+\s+)?"
    r"(?:[A-ZА-ЯЁ][\w-]*(?:\s*,\s*|\s+(?:and|и)\s+(?:the\s+)?))*$",
    re.I,
)
_SLOT_AFTER = re.compile(
    r"(?:\s*,\s*[A-ZА-ЯЁ][\w-]*|\s+(?:and|и)\s+(?:the\s+)?[A-ZА-ЯЁ][\w-]*)*"
    r"\s+(?:regions?|oblasts?|krais?|republics?|област\w*|кра[йяею]\w*|республик\w*)(?![\w-])"
)
#: How far before a name :data:`_SLOT_BEFORE` looks (a list of a few names).
_SLOT_REACH = 80


#: A district's or a town's adjective, not a region: "над Кировским районом", "Kirovsky district".
_DISTRICT_AFTER = re.compile(r"\s+(?:район\w*|округ\w*|district|городск\w+)", re.I)
#: Capitalised words that name no area of the map.
_NOT_A_PLACE = {"russia", "russian", "ukraine", "россия", "россии", "украина", "украины"}


#: Where a match of :data:`_SLOT_BEFORE` can start (in the lower-cased text; a superset: any
#: occurrence, inside a word too).
_SLOT_OPENER = re.compile(r"over|republic|над|республик")


def _region_names(read: Read, s: Sentence) -> list[re.Match[str]]:
    """The names of sentence ``s`` outside the claims' evidence that stand where a region's
    does (:data:`_SLOT_BEFORE`, :data:`_SLOT_AFTER`).

    :data:`_SLOT_BEFORE` is searched from the first of its openers within reach of a name, and
    not at all when there is none (it was tried at each of the 80 characters before every
    capitalised word of the sentence: "Russian", "Ukrainian", "MOSCOW" in every statement)."""
    out = []
    openers: list[int] | None = None
    for a, b in read.gaps(s):
        if b - a < _NAME_CHARS:
            continue  # ", ", " and " between a list's rows: no name fits
        for m in _ONE_NAME.finditer(read.norm, a, b):
            if _SLOT_AFTER.match(read.norm, m.end(), s.end):
                out.append(m)
                continue
            if openers is None:
                openers = [o.start() for o in _SLOT_OPENER.finditer(read.low, s.start, s.end)]
            k = bisect_left(openers, max(s.start, m.start() - _SLOT_REACH))
            if (
                k < len(openers)
                and openers[k] < m.start()
                and _SLOT_BEFORE.search(read.norm, openers[k], m.start())
            ):
                out.append(m)
    return out


def areas_without_figure(read: Read) -> list[Problem]:
    """A region named in a sentence that shoots drones down that no claim of the text is for:
    "over the territories of the Samara, Saratov ... regions and the republics of Tatarstan and
    Mordovia" read without the republics. Only a name where a region's stands is looked up
    (after "over", "над", "the republics of", before "regions", "области": a person's or a
    town's name elsewhere costs no look-up). Moscow is left out (a mayor's "heading for Moscow"),
    so are a district's adjective ("Кировским районом") and a name inside a claim's evidence.
    The sentence after a report's rows that fall short of its total is read too
    (:func:`_after_short_rows`)."""
    held = {area for c in read.claims for area in _areas(c.area_id)}
    out = []
    for s in [*read.shooting, *_after_short_rows(read)]:
        for m in _region_names(read, s):
            word = m.group()
            if word.lower() in _NOT_A_PLACE or _DISTRICT_AFTER.match(read.norm, m.end()):
                continue
            if not read.counts(s):
                break
            place = find_place(word)
            if place is None or place.kind != "region" or place.score < 1.0:
                continue
            area = place.area_id
            if area in held or not area.startswith("RU-") or area == "RU-MOW":
                continue
            held.add(area)  # once a text
            detail = (
                f"{word!r} is named in a sentence about drones shot down, but no claim is for it"
            )
            out.append(Problem(AREA_WITHOUT_FIGURE, detail, m.span()))
    return out


def _after_short_rows(read: Read) -> list[Sentence]:
    """The sentence right after a report's last row when its rows add up to less than its exact
    total and it holds a number no claim took: "18 drones ..., including seven over X and five
    over Y. The remaining six were split evenly between the Z and W regions" (no drone noun,
    no verb of shooting down: the six and their regions are the rest of the 18)."""
    short = [
        figures
        for r in read.reports
        if r.total is not None
        and r.total_qualifier == "exact"
        and (figures := _regional(r))
        and sum(c.count or 0 for c in figures) < r.total
    ]
    if not short:
        return []
    starts = [s.start for s in read.sentences]
    shooting = {s.index for s in read.shooting}
    out: list[Sentence] = []
    for figures in short:
        last = sentence_at(read.sentences, starts, max(c.evidence[0] for c in figures))
        if last is None or last.index + 1 >= len(read.sentences):
            continue
        s = read.sentences[last.index + 1]
        if s.index in shooting or s in out:
            continue
        if any(
            not read.evidence.overlaps(s.start + n.start, s.start + n.end) for n in read.numbers(s)
        ):
            out.append(s)
    return out


#: A downing told by its noun: "reported the elimination of a Ukrainian drone over X",
#: "сообщили об уничтожении беспилотника над X" (no verb of shooting down, a drone downed all
#: the same).
_DOWNING_NOUN = re.compile(
    r"(?<![\w-])(?:(?:elimination|destruction|downing|interception)\s+of"
    r"|уничтожени[еяию]|ликвидаци[яиюей]|перехват[аеу]?)(?![\w-])"
)


def ones_without_downing(read: Read) -> list[Problem]:
    """One drone read from a singular in a sentence with no verb of shooting down: "As a result
    of the drone hitting the site ..." is a hit, no drone downed. A claim of a region made from
    its district's is the district's (told once); a downing told by its noun ("the elimination
    of a drone") is one."""
    out = []
    starts: list[int] | None = None
    for c in read.claims:
        if c.kind != "drone" or c.count != 1 or c.rule.startswith("region_"):
            continue
        if any(n.value == 1 for n in find_numbers(read.norm[c.evidence[0] : c.evidence[1]])):
            continue  # "один", "one": a figure the text gives
        if starts is None:
            starts = [s.start for s in read.sentences]
        s = sentence_at(read.sentences, starts, c.evidence[0])
        if s is None:
            continue
        lchunk = read.low[s.start : s.end]
        if (
            not vocab.DRONE_RE.search(lchunk)
            or vocab.INTERCEPT_RE.search(lchunk)
            or _DOWNING_NOUN.search(lchunk)
        ):
            continue  # a drone shot down, or no drone named at all
        detail = (
            f"1 drone over {c.district or c.area} was read from a sentence that names no downing"
        )
        out.append(Problem(ONE_WITHOUT_DOWNING, detail, c.evidence))
    return out


def regions_from_one_part(read: Read) -> list[Problem]:
    """A region's figure that is one place's figure while other places of the same report are
    named with none: "над Людиновским и Кировским районами, а также над Калугой ... уничтожено
    по одному" read as the region's 1; "Two drones ... crashed in the Krasnogorsk urban district.
    The third UAV was destroyed over the Istra urban district" read as the region's 1. So is a
    region given a place's figure in a mayor's report that gives his own town as many or more:
    "destroyed a drone flying towards Moscow" over "air defences in the Lyubertsy district"
    read as Moscow 1 and the oblast 1 (his drones, told as his town's and where they fell)."""
    out = []
    for r in read.reports:
        for c in r.claims:
            if c.district_id is not None or c.rule != "region_from_district" or c.count is None:
                continue
            if r.reporter == "mayor":
                town = _mayors_own(r, c)
                if town is not None:
                    detail = (
                        f"{c.area}'s {c.count} is one place's figure in the mayor's report, "
                        f"which gives {town.area} {town.count} too: his drones told twice?"
                    )
                    out.append(Problem(REGION_FROM_ONE_PART, detail, c.evidence))
                    continue
            others = [
                d.district or d.area
                for d in r.claims
                if d.area_id == c.area_id
                and d.district_id is not None
                and d.count is None
                and d.rule == "place_without_count"
            ]
            if others:
                detail = (
                    f"{c.area}'s {c.count} is one place's figure; "
                    f"{', '.join(others)} named with no figure"
                )
                out.append(Problem(REGION_FROM_ONE_PART, detail, c.evidence))
    return out


def _mayors_own(report: Report, part: Claim) -> Claim | None:
    """The figure of another area in a mayor's ``report`` as large as ``part``'s, a region's
    figure made from one of its places' (his town's, told beside the place they fell in)."""
    for d in report.claims:
        if (
            d.area_id != part.area_id
            and d.district_id is None
            and (d.count or 0) >= (part.count or 0)
        ):
            return d
    return None


#: The checks :func:`check` runs, in order.
CHECKS: tuple[Callable[[Read], list[Problem]], ...] = (
    figures_not_taken,
    totals_over_figures,
    totals_not_sums,
    areas_without_figure,
    ones_without_downing,
    regions_from_one_part,
    misreads.nights_not_read,
    misreads.additions_after_totals,
    misreads.figures_told_twice,
    misreads.figures_in_other_regions,
    misreads.figures_before_speakers,
)


def check(
    norm: str,
    low: str,
    sentences: Sequence[Sentence],
    reports: Sequence[Report],
    told: Sequence[Problem] = (),
    hits: Sequence[int] | None = None,
    excluded: Mapping[int, bool] | None = None,
    drones: Sequence[int] | None = None,
) -> list[Problem]:
    """Return the signs of a missed or misread figure in a text (``norm`` and ``low``:
    ``parsing.text.prepare``'s) beside ``reports`` (``parsing.parse``'s for it). A text with no
    report of Russia's side that gives a figure is not read; nor is a sentence a problem
    ``told`` already names (an unknown place, a doubtful number: the lost figure is said).
    ``hits``: the indices of the sentences that name an interception
    (``_review.names_interception``), ``excluded``: which of them count nothing
    (``_review.no_count``), ``drones``: the indices of the sentences with a drone noun (``hits``
    among them), when the caller knows them already (both or neither)."""
    ours = [r for r in reports if r.country == "RU"]
    if not any(r.claims or r.total is not None for r in ours):
        return []
    said = SpanIndex([p.span for p in told])
    if hits is None or drones is None:
        drones = [k for k, s in enumerate(sentences) if vocab.DRONE_RE.search(low[s.start : s.end])]
        hits = [k for k in drones if names_interception(low[sentences[k].start : sentences[k].end])]
    # a week's or a month's tally is read by no check (its figures are the country's: no area
    # to miss)
    aside = tallies(reports)
    if aside:
        apart = SpanIndex(aside)
        drones = [k for k in drones if not apart.overlaps(sentences[k].start, sentences[k].end)]
        hits = [k for k in hits if not apart.overlaps(sentences[k].start, sentences[k].end)]
    shooting = [
        sentences[k] for k in hits if not said.overlaps(sentences[k].start, sentences[k].end)
    ]
    spans = sorted(c.evidence for r in ours for c in r.claims)
    read = Read(
        norm,
        low,
        sentences,
        ours,
        shooting,
        SpanIndex(spans),
        dict(excluded or {}),
        spans,
        drones,
        {},
        ukraine=frozenset(r.total for r in reports if r.country == "UA" and r.total is not None),
    )
    # (a figure a problem already told names is not named twice: "Correction: 6, not 4." is
    # held as conflicting_numbers, its 6 no figure_not_taken beside it)
    named = {p.span for p in told}
    return [p for run in CHECKS for p in run(read) if p.span not in named]
