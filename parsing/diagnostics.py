"""Why a text that looks like a report was not parsed completely.

:func:`diagnose` reads a text next to what :func:`parsing.parse` found in it and returns
the problems a person should look at before any of its claims are published (the store
sends such texts to its review queue):

- ``unknown_place``: a sentence shoots drones down "над"/"over"/"в ... области" a place
  the gazetteer does not know, and no claim came from that sentence.
- ``count_without_area``: a sentence shoots down a number of drones, but the text gave
  no counted claim at all, and no report total accounts for that number; or a governor's
  or mayor's report has a total and no claim, beside other counted claims or where nothing
  else was found ("над хутором Энском сбит беспилотник": no number to read) (his area unread;
  in a text that tells Ukraine's side too, whatever else it counts). A week's or a month's tally
  (``Report.period``: the country's), naval drones ("пять морских дронов"), the drones of the
  ministry's summary of the special operation (the front's, ``rules.svo_summary``), the
  ministry's total in a text that places other figures (the country's) and a part of a total
  told for where it flew ("в том числе 12 дронов, летевших на Москву") have no area to lose.
- ``no_claim_read``: a text that gave no claim at all names a number of drones and a place
  the gazetteer knows in one sentence (after "над"/"over", with its word for a region, or, if
  neither, by a capitalised name of its own where it is a place of Russia's claims: "Kursk: 6
  drones."), with or without a verb of shooting down: a claim
  was probably lost (the text read in the wrong language, a phrasing no rule knows). A
  length of time or a date before the drone noun ("два месяца беспилотники ...", "С 3 марта
  дроны ...") is no number of drones, nor is "ни один беспилотник". So is a list row with no
  drone noun over a known place ("6 – над территорией Курской области": a list's rest posted
  apart from its head), or a figure for each place after it ("по три над X и Y областями").
  In a text told as Ukraine's side that gave no report of Russia's, a sentence that quotes
  Russia's defence ministry with a number of drones over a place of Russia is one too; and so
  is a figure with no drone noun beside a place of Russia's claims (:mod:`parsing.bare_figures`:
  "Над Крымом сбиты 3 воздушные цели", "ПВО Курской области: минус 4.", "Курская область — 6.").
  In a text that gave claims, such a figure (its targets aside: beside drones counted by their
  noun they are something else) outside the claims' evidence, for an area none of the claims
  is for, is named as ``area_without_figure`` (:func:`_bare_beside_claims`: "... уничтожены 2
  БПЛА. ПВО Брянской области: минус 4."): the claims stay published, the figure asks a look.
- ``conflicting_numbers``: one report gives an area a figure and, for the same area,
  district figures that add up to more; or a claim the parser marked unsure (``Claim.doubt``).
- a place name the gazetteer finds in several regions, with no region in the text to decide
  (``Report.doubts``), is sent as ``unknown_place`` with the gazetteer's list of candidates.
- ``doubtful_number``: a sentence that shoots drones down holds a number the parser may
  read wrong (:func:`parsing.numbers.doubtful_numbers`: "-5", digits split by an
  invisible character, a number alone inside markup, "UPD (2)", "17/20 БПЛА", "2,5 БПЛА"),
  but a clock time of Moscow ("в 13.40 мск украинский БПЛА уничтожен").

Besides, :func:`parsing.misses.check` names where a text whose claims look complete says more
than they do (a figure no claim took, a total above its areas' figures, a region named with no
claim ...) or where its reports disagree with it (:mod:`parsing.misreads`: a night it opens on
that no report has, one figure read in two reports ...): those reasons
(``parsing.misses.REASONS``) ask a person to look and leave the text's figures published.

It is built from the parser's own pieces (sentences, vocabularies, numbers, gazetteer)
and is deliberately cautious: warnings, airport notices, attempt preambles, footers,
front-line shoot-downs and Ukraine's own reports are never problems.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence

from geo.area_ids import parts
from parsing import misses, sides, vocab
from parsing._review import (
    NOT_A_COUNT,
    PART_BEFORE,
    TIME_AFTER,
    WORD_RE,
    Problem,
    SpanIndex,
    drone_counts,
    no_count,
    sentence_at,
    tallies,
    time_before,
    uncovered,
)
from parsing.bare_figures import bare_figures, marks
from parsing.count_rules import BARE_ROW_RU, NAME_DASH_RU
from parsing.gate import Gate, compile_gate
from parsing.lookup import find_place
from parsing.misses import AREA_WITHOUT_FIGURE
from parsing.model import Claim, Report
from parsing.numbers import GLUED_RE, Doubt, Number, doubtful_numbers, find_numbers
from parsing.pipeline import PROGRESS_STEP, before_counting
from parsing.places import find_groups
from parsing.rules import front_day, front_tally, svo_summary
from parsing.speakers import sentence_reporter
from parsing.text import Sentence, prepare, release
from parsing.ukrainian import RUSSIAN_CLAIM_AREAS, russify

UNKNOWN_PLACE = "unknown_place"
COUNT_WITHOUT_AREA = "count_without_area"
CONFLICTING_NUMBERS = "conflicting_numbers"
DOUBTFUL_NUMBER = "doubtful_number"
NO_CLAIM_READ = "no_claim_read"
REASONS = (UNKNOWN_PLACE, COUNT_WITHOUT_AREA, CONFLICTING_NUMBERS, DOUBTFUL_NUMBER, NO_CLAIM_READ)


#: A place after a preposition: "над Загорской областью", "over the Zagorsk region",
#: "в Загорской области" (a capitalised word, optionally with its head noun).
_PLACE_AFTER = re.compile(
    r"(?:(?<![\w-])[Нн]ад\s+(?:территори\w+\s+)?|(?<![\w-])[Oo]ver\s+(?:the\s+)?)"
    r"(?P<name>[A-ZА-ЯЕ][\w-]+(?:\s+(?:област\w*|кра\w+|республик\w*|район\w*|округ\w*|"
    r"[Rr]egion|[Oo]blast|[Kk]rai|[Dd]istrict|[Rr]epublic))?)"
    r"|(?<![\w-])[Вв]\s+(?P<oblast>[А-ЯЕ][\w-]+\s+области)"
)
#: A region named anywhere, in any case ("Курская область: минус 4 БПЛА", "the Kursk
#: region's governor"): where a text that gave no claim names a place it knows.
_REGION_NAMED = re.compile(
    r"(?<![\w-])[А-ЯЕ][\w-]+\s+(?:област\w*|кра[йяею]\w*|республик\w*)"
    r"|(?<![\w-])[A-Z][\w-]+\s+(?:[Rr]egion|[Oo]blast|[Kk]rai)"
)
#: Names that are foreign for the Atlas (drones over Ukraine) or not places at all.
_NOT_A_PLACE = {
    "украиной",
    "украина",
    "ukraine",
    "kyiv",
    "kiev",
    "киевом",
    "киевской",
    "россией",
    "russia",
    "russian",
    "российской",
    "россии",
    "рф",
    "территорией",
    "акваторией",
    "the",
}


@functools.cache
def _drone_named() -> Gate:
    """What a sentence :func:`diagnose` reads holds: ``DRONE_RE``'s fragments, or the drone noun
    ``GLUED_RE`` looks ahead for (a scan of the text asked of each sentence,
    ``parsing.gate.TextGate``)."""
    return compile_gate([vocab.DRONE_RE, _GLUED_NOUN])


#: The noun after a figure glued to it (``GLUED_RE``'s lookahead, which a gate does not read).
_GLUED_NOUN = re.compile(r"бпла|беспилот|дрон", re.IGNORECASE)


def _unclaimed(chunk: str, start: int, spans: SpanIndex) -> list[tuple[str, int, int]]:
    """The places after "над"/"over" (or "в ... области") in a sentence at ``start`` that no
    claim or doubt of the parse holds: ``(name, start, end)`` in the text."""
    out = []
    for match in _PLACE_AFTER.finditer(chunk):
        key = "name" if match.group("name") else "oblast"
        a, b = start + match.start(key), start + match.end(key)
        if match.group(key).split()[0].lower() in _NOT_A_PLACE or spans.overlaps(a, b):
            continue
        out.append((match.group(key), a, b))
    return out


def _left_out(
    chunk: str, low: str, unclaimed: Sequence[tuple[str, int, int]], known: set[int]
) -> list[Problem]:
    """ "Уничтожены 20 БПЛА: над Погарским районом — 6, над Курской областью — 14" read as Kursk's
    14 alone: a place after "над"/"over" that no claim holds (``unclaimed``: :func:`_unclaimed`),
    in a sentence with a number that no claim or total took, is a figure lost (a district put
    down as a guess, a name the gazetteer lacks).

    The places no claim holds are found first: in a long text of lists every place is
    claimed, and the sentence's numbers are then never read (half the check of 10 MB of
    ministry statements was reading them again)."""
    if not unclaimed:
        return []
    lost = [
        n
        for n in find_numbers(chunk)
        if n.value not in known
        and not TIME_AFTER.match(low, n.end)
        and not time_before(low, 0, n.start)
    ]
    if not lost:
        return []
    return [
        Problem(
            UNKNOWN_PLACE, f"{name!r} has no claim, and {lost[0].value} is no figure read", (a, b)
        )
        for name, a, b in unclaimed
    ]


def _places(chunk: str, *, known: bool) -> list[tuple[str, int, int]]:
    """Return the places named after a preposition that the gazetteer knows (``known``)
    or does not know."""
    found = []
    for match in _PLACE_AFTER.finditer(chunk):
        name = match.group("name") or match.group("oblast")
        if name.split()[0].lower() in _NOT_A_PLACE:
            continue
        unknown = find_place(name) is None and find_place(name.split()[0]) is None
        if unknown != known:
            key = "name" if match.group("name") else "oblast"
            found.append((name, match.start(key), match.end(key)))
    return found


#: A capitalised word: a place named with no preposition and no word for a region ("Kursk: 6
#: drones.", "Орловская обл. 7 беспилотников": both stored with no claim and no word).
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][\w-]+")


def _named_alone(chunk: str) -> list[str]:
    """The places of Russia's claims a sentence names by a capitalised word of their own."""
    return [
        m.group()
        for m in _CAPITALISED.finditer(chunk)
        if m.group().lower() not in _NOT_A_PLACE
        and (place := find_place(m.group())) is not None
        and place.area_id.startswith(RUSSIAN_CLAIM_AREAS)
    ]


def _unread(
    norm: str, low: str, sents: Sequence[Sentence], tick: Callable[[int], None]
) -> list[Problem]:
    """Sentences of a text that gave no claim naming a number of drones and a known place;
    ``tick(k)`` is told the sentence it is at, before each."""
    problems = []
    for k, s in enumerate(sents):
        tick(k)
        chunk, lchunk = norm[s.start : s.end], low[s.start : s.end]
        if not vocab.DRONE_RE.search(lchunk):
            problems.extend(_rows_alone(chunk, s.start) or _bare(chunk, lchunk, s.start))
            continue
        if any(p.search(lchunk) for p in NOT_A_COUNT):
            continue
        if vocab.NATIONAL_RE.search(lchunk) or sides.is_ukrainian_side(chunk, lchunk):
            continue
        counts = drone_counts(chunk, lchunk)
        places = [name for name, _a, _b in _places(chunk, known=True)] if counts else []
        places += [m.group() for m in _REGION_NAMED.finditer(chunk) if find_place(m.group())]
        if counts and not places:
            places = _named_alone(chunk)
        if counts and places:
            value, start, end = counts[0]
            detail = f"{value} drones and {places[0]!r} are named, but no claim was read"
            problems.append(Problem(NO_CLAIM_READ, detail, (s.start + start, s.start + end)))
    return problems


def _bare(chunk: str, low: str, start: int) -> list[Problem]:
    """A figure with no drone noun beside a known place in a sentence at ``start``
    (:func:`parsing.bare_figures.bare_figures`: "Над Крымом сбиты 3 воздушные цели")."""
    found = bare_figures(chunk, low)
    if not found:
        return []
    a, b = found[0].span
    return [
        Problem(NO_CLAIM_READ, f"{found[0].named}, but no claim was read", (start + a, start + b))
    ]


def _bare_beside_claims(
    norm: str,
    low: str,
    sents: Sequence[Sentence],
    claims: Sequence[Claim],
    told: Sequence[Problem],
) -> list[Problem]:
    """A figure with no drone noun, outside the claims' evidence, for an area none of the
    text's claims is for (:func:`parsing.bare_figures.bare_figures`): "Над Курской областью
    уничтожены 2 БПЛА. ПВО Брянской области: минус 4." had published Kursk's 2 and lost
    Bryansk's 4 without a word (the check of :func:`_unread` reads only texts that gave no
    claim). The claims stay published; the figure asks a look (``area_without_figure``), once
    for each area. A sentence a problem ``told`` already names is left to it."""
    held = {area for c in claims for area in parts(c.area_id)}
    evidence = sorted(c.evidence for c in claims)
    said = SpanIndex([p.span for p in told])
    at = marks(low)
    out = []
    for s in sents:
        k = bisect_left(at, s.start)
        if k == len(at) or at[k] >= s.end or said.overlaps(s.start, s.end):
            continue
        free = [(a - s.start, b - s.start) for a, b in uncovered(evidence, s.start, s.end)]
        if not free:
            continue
        chunk, lchunk = norm[s.start : s.end], low[s.start : s.end]
        for f in bare_figures(chunk, lchunk, within=free):
            areas = parts(f.area_id)
            if f.targets or not held.isdisjoint(areas):
                continue  # (targets beside drones counted by their noun are something else)
            held.update(areas)
            detail = f"{f.named}, but no claim is for that area"
            out.append(
                Problem(AREA_WITHOUT_FIGURE, detail, (s.start + f.span[0], s.start + f.span[1]))
            )
    return out


def _ministry_unread(norm: str, low: str, sents: Sequence[Sentence]) -> list[Problem]:
    """A sentence of a text told as Ukraine's side, which gave no report of Russia's, that quotes
    Russia's defence ministry with a number of drones over a place where Russia reports them:
    "Водночас у Міноборони РФ заявили про 58 збитих за ніч дронів, зокрема 21 — над Курською
    областю" (a Ukrainian outlet's retelling read as Ukraine's report alone: Russia's figures
    lost without a word). The sentence is read in its Russian forms (``ukrainian.russify``)."""
    for s in sents:
        lchunk = low[s.start : s.end]
        if sentence_reporter(lchunk) != "mod" or any(p.search(lchunk) for p in NOT_A_COUNT):
            continue
        ru = russify(norm[s.start : s.end])
        counts = drone_counts(ru, ru.lower())
        if not counts:
            continue
        for match in _PLACE_AFTER.finditer(ru):
            name = match.group("name") or match.group("oblast")
            place = find_place(name) or find_place(name.split()[0])
            if place is not None and place.area_id.startswith(RUSSIAN_CLAIM_AREAS):
                value, a, b = counts[0]
                said = norm[s.start + match.start() : s.start + match.end()]
                detail = (
                    f"Russia's defence ministry is quoted with {value} drones and {said!r}, "
                    "but no report of Russia's side was read"
                )
                return [Problem(NO_CLAIM_READ, detail, (s.start + a, s.start + b))]
    return []


#: A list row with no drone noun: "6 – над территорией Курской области", "и 3 — над акваторией
#: Черного моря" (the rest of a ministry's list, posted as a message of its own when the first
#: message ran out of room).
_ROW_OVER = re.compile(
    r"(?<![\w.,:])(?P<n>\d{1,6})\s*[—–-]\s*(?:над|over)\s+(?:(?:территори|акватори)\w+\s+|the\s+)?"
    r"(?P<name>[А-ЯЕA-Z][\w-]+(?:\s+(?:област\w*|кра\w+|республик\w*|мор\w+|[Rr]egion|[Ss]ea))?)"
)


#: A figure for each of the places after it, with no drone noun: "по 3 — над Тамбовской и
#: Рязанской областями", "\"four each\" over the Tambov and Ryazan regions" (a brief's line).
_PLACES_AFTER = (
    r"\s+(?:(?:территори|акватори)\w+\s+|the\s+)?"
    r"(?P<name>[А-ЯЕA-Z][\w-]+(?:\s+(?:област\w*|кра\w+|республик\w*|мор\w+|[Rr]egions?|[Ss]eas?))?)"
)
_EACH_OVER_RU = re.compile(r"(?<![\w-])по\s+(?P<n>\d{1,6}|[а-я]+)\s*[—–-]?\s*над" + _PLACES_AFTER)
_EACH_OVER_EN = re.compile(
    r"(?<![\w-])(?P<n>\d{1,6}|[a-z]+)[\"»”']?\s+each[\"»”']?\s+over" + _PLACES_AFTER
)


def _rows_alone(chunk: str, start: int) -> list[Problem]:
    """The rows of a list ("6 – над территорией Курской области") in a sentence of a text that
    gave no claim: without the head that named the drones (a post split in two) no rule reads
    them, and the figures would be lost without a word. So is a figure for each of the places
    after it ("по 3 — над X и Y", "four each over X and Y")."""
    if "над" not in chunk and "over" not in chunk:
        return []
    rows = [
        (m, n)
        for rx in (_ROW_OVER, _EACH_OVER_RU, _EACH_OVER_EN)
        for m in rx.finditer(chunk)
        if (n := _row_figure(m)) is not None
    ]
    if not rows:
        return []
    # the place grammar reads the names in their case ("над территорией Курской области")
    known = [
        (g.start, g.end)
        for g in find_groups(chunk, 0, english="over" in chunk)
        if any(mention.place is not None and not mention.foreign for mention in g.mentions)
    ]
    for m, n in rows:
        if any(a < m.end("name") and m.start("name") < b for a, b in known):
            name = m.group("name")
            detail = f"a row of {n.value} over {name!r} is named, but no claim was read"
            return [Problem(NO_CLAIM_READ, detail, (start + m.start("n"), start + m.end("n")))]
    return []


def _row_figure(m: re.Match[str]) -> Number | None:
    """The figure of a row of :data:`_ROW_OVER`, :data:`_EACH_OVER_RU` or :data:`_EACH_OVER_EN`
    (None: a word that is no number)."""
    found = find_numbers(m.group("n"))
    return found[0] if len(found) == 1 and found[0].start == 0 else None


def _doubts_beside(
    doubts: Sequence[Doubt],
    problems: Sequence[Problem],
    norm: str,
    low: str,
    sents: Sequence[Sentence],
    spans: SpanIndex,
) -> list[Problem]:
    """The doubtful numbers of a text that shoots drones down found outside the sentences that
    name drones: "Ещё −3 сбиты над X" (a verb that downs), a sentence the parser took a claim
    from, or a list row "Брянская область — 1\u200b2" (the number after a dash or a colon)
    gives a figure, or loses one, as surely as a sentence with a drone noun; "Ночью было -5
    градусов" gives none. A warning, a footer or Ukraine's side is never a problem."""
    told = {p.span for p in problems if p.reason == DOUBTFUL_NUMBER}
    starts = [s.start for s in sents]
    verdicts: dict[int, tuple[bool, bool]] = {}  # a sentence's, read once for all its numbers
    out = []
    for d in doubts:
        s = sentence_at(sents, starts, d.start)
        if (d.start, d.end) in told or s is None:
            continue
        if s.start not in verdicts:
            chunk, lchunk = norm[s.start : s.end], low[s.start : s.end]
            excluded = any(p.search(lchunk) for p in NOT_A_COUNT) or sides.is_ukrainian_side(
                chunk, lchunk
            )
            gives = bool(vocab.INTERCEPT_RE.search(lchunk)) or spans.overlaps(s.start, s.end)
            verdicts[s.start] = (excluded, gives)
        excluded, gives = verdicts[s.start]
        if excluded or not (
            gives or (d.row and _ROW_FIGURE.search(norm, max(s.start, d.start - 12), d.start))
        ):
            continue
        out.append(Problem(DOUBTFUL_NUMBER, d.detail, (d.start, d.end)))
    return out


#: What stands before a list row's figure: a dash or a colon ("Брянская область — 12").
_ROW_FIGURE = re.compile(r"[—–:-]\s*[-−]?$")


def _district_figures(report: Report) -> dict[str, int]:
    """The figures of each area's districts in one report added up, each district once at its
    largest figure: a headline and the body under it ("Three drones downed over the Kirishi
    district" above a quote with "three UAVs in the Kirishi district") tell one district's
    figure twice, not six drones."""
    districts: dict[str, dict[str, int]] = {}
    for c in report.claims:
        if c.kind == "drone" and c.count is not None and c.district_id is not None:
            mine = districts.setdefault(c.area_id, {})
            mine[c.district_id] = max(mine.get(c.district_id, 0), c.count)
    return {area: sum(figures.values()) for area, figures in districts.items()}


def _conflicts(reports: Sequence[Report]) -> list[Problem]:
    problems = []
    for report in reports:
        region: dict[str, int] = {}
        for claim in report.claims:
            if claim.kind == "drone" and claim.count is not None and claim.district_id is None:
                region[claim.area_id] = max(region.get(claim.area_id, 0), claim.count)
        for area_id, total in sorted(_district_figures(report).items()):
            if area_id in region and total > region[area_id]:
                span = report.evidence or (0, 0)
                detail = f"{area_id}: {region[area_id]} for the area but {total} in its districts"
                problems.append(Problem(CONFLICTING_NUMBERS, detail, span))
        problems.extend(_rows_over_total(report))
    return problems


def _rows_over_total(report: Report) -> list[Problem]:
    """ "Уничтожены 5 БПЛА: 4 – над X, 3 – над Y": a figure larger than the report's exact
    total, or areas told once each whose figures add up to more than it; one of the figures,
    or the total, is read wrong. (Areas told several times, posts pasted one after another, are
    no breakdown of one total.)"""
    if report.total is None or report.total_qualifier != "exact":
        return []
    figures = [
        c.count
        for c in report.claims
        if c.kind == "drone" and c.count is not None and c.district_id is None
    ]
    areas = Counter(c.area_id for c in report.claims if c.count is not None and not c.district_id)
    once = all(n == 1 for n in areas.values())
    listed = sum(figures) if once else max(figures, default=0)
    if listed > report.total:
        what = (
            "the areas' figures add up to" if once and len(figures) > 1 else "an area's figure is"
        )
        detail = f"{what} {listed}, more than the report's total {report.total}"
        return [Problem(CONFLICTING_NUMBERS, detail, report.evidence or (0, 0))]
    # "Сбиты 5: Белгородский район — 3, Шебекинский округ — 4": a region's parts are no more
    # than the whole report's drones
    over = _district_figures(report)
    return [
        Problem(
            CONFLICTING_NUMBERS,
            f"{area}: its districts' figures add up to {n}, more than the report's total "
            f"{report.total}",
            report.evidence or (0, 0),
        )
        for area, n in sorted(over.items())
        if n > report.total
    ]


def diagnose(
    text: str,
    reports: Sequence[Report],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> list[Problem]:
    """Return why ``text`` cannot be published as parsed (empty: nothing to review).

    ``reports`` is what ``parsing.parse(text)`` returned for it. ``progress(done, total)``
    is called as for ``parsing.parse``: after every ``PROGRESS_STEP`` sentences checked (of
    ``total``: the sentences, twice for a text that gave no claim, which is read again for
    lost claims), between the scans for doubtful numbers, and once when all are checked;
    a long text that ``parse`` did not prepare just before (``parsing.text.prepare``) also
    calls ``progress(0, 0)`` after each pass that prepares it. An exception it raises ends
    the diagnosis there and propagates.
    """
    prepared = prepare(text, between=None if progress is None else before_counting(progress))
    release(text)  # (parse prepared it just before: no one reads it a third time)
    norm, low, sents = prepared.norm, prepared.low, prepared.sentences
    claims = [c for r in reports for c in r.claims]
    spans = SpanIndex(
        [c.evidence for c in claims] + [span for r in reports for _why, span in r.doubts]
    )
    known = {c.count for c in claims if c.count is not None}
    # a total is accounted for only by a report that also names where (a total alone
    # has nowhere to go on the map)
    known |= {r.total for r in reports if r.total is not None and r.claims}
    counted = any(c.kind == "drone" and c.count is not None for c in claims)
    if any(r.country == "UA" for r in reports) or sides.is_ukrainian_side(norm, low):
        # Ukraine's own reports: drones over Ukraine; a news text that also retells Ukraine's
        # side still holds Russia's figures, read for what they may have missed
        # (a governor's or a mayor's figure with no area is Russia's whoever else speaks)
        told = _conflicts(reports) + _local_figures_without_area(reports)
        if not any(r.country == "RU" and (r.claims or r.total is not None) for r in reports):
            told += _ministry_unread(norm, low, sents)
        return told + misses.check(norm, low, sents, reports, told)
    problems: list[Problem] = []
    doubts: list[Doubt] | None = None  # read when the first sentence needs them
    starts: list[int] = []
    total = len(sents) * (1 if claims else 2)
    at = [0]  # the sentence being checked, counted over both passes

    def tick(k: int) -> None:
        at[0] = k
        if progress is not None and k and k % PROGRESS_STEP == 0:
            progress(k, total)

    def between_scans() -> None:
        if progress is not None:
            progress(at[0], total)

    # the sentences with a drone noun, and those of them that name an interception
    # (``_review.names_interception``, its two searches apart): ``misses.check`` reads both
    drones: list[int] = []
    hits: list[int] = []
    excluded: dict[int, bool] = {}  # ... and which count nothing, where it was asked
    recaps: SpanIndex | None = None  # the recaps' evidence (``Report.period``), when needed
    front = False  # whether the text is the ministry's summary of the special operation
    whole = 0  # the largest of the reports' totals, and the ministry's (the country's) ...
    national: set[int] = set()  # ... read with ``recaps``
    named = _drone_named().over(low)
    for k, s in enumerate(sents):
        tick(k)
        if not named.may_hold(s.start, s.end):
            continue  # (no drone noun: the two searches below would find nothing)
        chunk, lchunk = norm[s.start : s.end], low[s.start : s.end]
        # (a figure glued to its noun, "сбиты 5БПЛА", names no drone for DRONE_RE; its doubt
        # must still be read)
        if not vocab.DRONE_RE.search(lchunk) and not GLUED_RE.search(lchunk):
            continue
        drones.append(k)
        if not vocab.INTERCEPT_RE.search(lchunk):
            continue
        hits.append(k)
        # (the same problems, found sooner: a long text of statements is nearly all count
        # sentences that the parse read whole) once the doubtful numbers are known, a sentence
        # with none of them that the parse took claims from and that names no place they do
        # not hold, or that it took nothing from and that names no place at all once the
        # text's figures were found, adds no problem whatever the rest of the tests say
        unclaimed = None
        if doubts is not None and bisect_left(starts, s.start) == bisect_left(starts, s.end):
            if spans.overlaps(s.start, s.end):
                unclaimed = _unclaimed(chunk, s.start, spans)
                if not unclaimed:
                    continue
            elif counted and _PLACE_AFTER.search(chunk) is None:
                continue
        excluded[k] = no_count(chunk, lchunk)
        if excluded[k]:
            continue
        if doubts is None:
            doubts = [  # sorted by start
                d for d in doubtful_numbers(text, between=between_scans) if not _clock(low, d)
            ]
            starts = [d.start for d in doubts]
        for d in doubts[bisect_left(starts, s.start) : bisect_left(starts, s.end)]:
            problems.append(Problem(DOUBTFUL_NUMBER, d.detail, (d.start, d.end)))
        if vocab.NATIONAL_RE.search(lchunk):
            continue  # a national total: nothing to place on the map, nothing missing
        if spans.overlaps(s.start, s.end):
            # the parser took claims from this sentence, or left a doubt about it; a place after
            # "над"/"over" that none of them holds, beside a figure none of them took, is where
            # that figure went
            if unclaimed is None:
                unclaimed = _unclaimed(chunk, s.start, spans)
            problems.extend(_left_out(chunk, lchunk, unclaimed, known))
            continue
        if counted and _PLACE_AFTER.search(chunk) is None:
            # the text's figures were found and no place is named that could be unknown:
            # nothing below can be added (the counts are read only when it can)
            continue
        counts = [c for c in drone_counts(chunk, lchunk) if c[0] not in known]
        if not counts:
            continue
        places = _places(chunk, known=False)
        if places:
            for name, start, end in places:
                detail = f"{name!r} is not a place the gazetteer knows"
                problems.append(Problem(UNKNOWN_PLACE, detail, (s.start + start, s.start + end)))
            continue
        if counted:
            continue  # the text's figures were found; a stray number is not a lost claim
        if not claims and _places(chunk, known=True):
            continue  # the place is known: a lost claim (``_unread``), not a missing area
        if recaps is None:
            recaps = SpanIndex(tallies(reports))
            # (or its day told by the front's own words: "Over the past 24 hours, Battlegroup
            # South units ..." before the air defence line, ``rules.front_day``)
            front = svo_summary(low) or front_day(low)
            whole = max((r.total for r in reports if r.total is not None), default=0)
            # (in a text that places nothing at all, the ministry's figure is still asked about)
            national = {
                r.total for r in reports if claims and r.reporter == "mod" and r.total is not None
            }
        if front or recaps.overlaps(s.start, s.end) or front_tally(lchunk):
            # a week's or a month's tally: the country's, with no area to give; the ministry's
            # summary of the special operation, or its day's line: the front's
            continue
        for value, start, end in counts:
            if _naval(lchunk, end):
                continue  # "шесть морских дронов": boats, not drones of the air
            if value in national or (value < whole and PART_BEFORE.search(lchunk, 0, start)):
                # the ministry's figure beside places is the country's ("за сутки уничтожили
                # 130" after a recap of regions); "в том числе 12, летевших на Москву" is a part
                # of a report's total, told for a place
                continue
            detail = f"{value} drones with no area that can be resolved"
            problems.append(Problem(COUNT_WITHOUT_AREA, detail, (s.start + start, s.start + end)))
    if doubts:
        problems.extend(_doubts_beside(doubts, problems, norm, low, sents, spans))
    if not claims:
        problems.extend(_unread(norm, low, sents, lambda k: tick(len(sents) + k)))
    if progress is not None:
        progress(total, total)
    problems.extend(_conflicts(reports))
    problems.extend(_doubts(reports))
    if counted or not problems:
        # (a text without counted claims had its figures checked sentence by sentence above,
        # but a drone told with no number, "над хутором Энском сбит беспилотник", has none)
        problems.extend(_local_figures_without_area(reports))
    problems.extend(_totals_named_without_area(norm, reports))
    problems.extend(_figures_before_quotes(norm, low, sents, spans))
    problems.extend(_corrections_not_taken(norm, low, sents, spans))
    problems.extend(_rows_going_on(norm, spans))
    # what the parse may have missed beside claims that look complete (published all the same)
    problems += misses.check(norm, low, sents, reports, problems, hits, excluded, drones)
    if claims:
        problems.extend(_bare_beside_claims(norm, low, sents, claims, problems))
    return problems


#: Hours and minutes: "13.40", "9:05".
_HOUR_MINUTES = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
#: Moscow time written after a clock time: "мск", "(мск)", "по московскому времени", "MSK".
_MOSCOW_ZONE = re.compile(r"\s*\(?(?:мск|msk|по\s+московскому|moscow\s+time)(?![\w-])")


def _clock(low: str, doubt: Doubt) -> bool:
    """Whether a doubtful number is a clock time of Moscow ("в 13.40 мск украинский БПЛА
    уничтожен", "с 09.20 до 10.05 мск": no count of 13.40 drones)."""
    return bool(
        _HOUR_MINUTES.fullmatch(low, doubt.start, doubt.end) and _MOSCOW_ZONE.match(low, doubt.end)
    )


#: How far after a number its noun is looked for by :func:`_naval`: an adjective or two.
_NAVAL_REACH = 40


def _naval(low: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts naval drones: "шесть морских дронов", "four
    sea drones", "два безэкипажных катера" (``vocab.NAVAL_RE`` right after it)."""
    m = vocab.NAVAL_RE.search(low, end, end + _NAVAL_REACH)
    return m is not None and not low[end : m.start()].strip()


def _local_figures_without_area(reports: Sequence[Report]) -> list[Problem]:
    """A governor's or a mayor's figure that reached no area ("По его словам, беспилотник,
    летевший в сторону города, уничтожен" after the ministry's rows, his town not read): his
    figures are always over his region or town, so a total without a claim is a figure the map
    would lose. (The ministry's or the media's total alone is a national figure.)"""
    return [
        Problem(COUNT_WITHOUT_AREA, f"{r.total} drones with no area that can be resolved", span)
        for r in reports
        if r.country == "RU"
        and r.reporter in ("governor", "mayor")
        and r.total is not None
        and not r.claims
        and (span := r.evidence) is not None
    ]


#: How long a report's text may be for :func:`_totals_named_without_area` to read its names:
#: a post or a short piece (a long one's total with no claim is a national figure).
_POST_CHARS = 2_000
#: Names that are no area of the map: the country, Ukraine, and Moscow (a mayor's "heading for
#: Moscow", a ministry "in Moscow").
_NO_AREA = {
    "russia", "russian", "ukraine", "россия", "россии", "украина", "украины",
    "moscow", "москва", "москве", "москвы", "москву",
}  # fmt: skip
#: A region named by its head noun alone, the speaker's own: "над территорией области", "в
#: регионе", "over the region".
_BARE_REGION = re.compile(
    r"(?<![\w-])(?:(?:над|в|на|по)\s+(?:территори\w+\s+)?(?:област|регион|кра[еяю]|республик)\w*"
    r"|(?:over|in|across)\s+the\s+(?:region|oblast|republic))(?![\w-])",
    re.I,
)
#: An adjective before a district's noun: "в Приморском районе" is no region.
_BEFORE_DISTRICT = re.compile(r"\s+(?:[\w-]+\s+)?(?:район|округ|district)", re.I)


def _totals_named_without_area(norm: str, reports: Sequence[Report]) -> list[Problem]:
    """A post's total with no claim that names a place of Russia: "Ночью Новороссийск атаковали
    с моря и воздуха. ... уничтожены три беспилотника" read as a total of 3 with no area. The
    media's and a town's channel's figure is where it names (a governor's or a mayor's is
    :func:`_local_figures_without_area`'s; the ministry's is the country's), so the map would
    lose it. A total over "the region" with no name ("Ночью над территорией области уничтожено 5
    БПЛА") is over the post's own region, which it names anywhere (the channel's "#Воронеж"
    under it): such a post, no longer than :data:`_POST_CHARS`, is read whole."""
    out = []
    for r in reports:
        if r.country != "RU" or r.reporter not in ("media", "other") or r.total is None:
            continue
        if r.claims or r.period or r.evidence is None:
            continue
        a, b = r.evidence
        if b - a > _POST_CHARS or vocab.NATIONAL_RE.search(norm[a:b].lower()):
            continue
        if len(norm) <= _POST_CHARS and _BARE_REGION.search(norm, a, b):
            a, b = 0, len(norm)
        for m in WORD_RE.finditer(norm, a, b):
            if m.group().lower() in _NO_AREA:
                continue
            place = find_place(m.group())
            if place is None or place.score < 1.0 or not place.area_id.startswith("RU-"):
                continue
            if place.kind == "region" and _BEFORE_DISTRICT.match(norm, m.end()):
                continue
            detail = (
                f"{r.total} drones with no area that can be resolved, though {m.group()!r} is named"
            )
            out.append(Problem(COUNT_WITHOUT_AREA, detail, r.evidence))
            break
    return out


#: A figure before a capitalised name in quotes: "уничтожены 5 «Лютых»", "destroyed 3 "Liutyi""
#: (a drone's model for its noun: no drone noun, so no figure of drones read, and none held).
#: (Its figure written "\d\d{0,3}", the same digits: a repeat first had the engine try the
#: pattern at every character of a text, a digit first lets it skip to the digits.)
_FIGURE_BEFORE_QUOTE = re.compile(
    r"(?P<n>\d\d{0,3})[^\S\n]{0,2}[«\"„“][^\S\n]?[A-ZА-ЯЕ][\w-]{0,30}[»\"”]?"
)
_QUOTES = ("«", '"', "„", "“")


def _figures_before_quotes(
    norm: str, low: str, sents: Sequence[Sentence], spans: SpanIndex
) -> list[Problem]:
    """A figure before a name in quotes, in a sentence that shoots something down, that no
    claim took: "Над Брянской областью уничтожены 5 «Лютых»" (the drones named by their model
    had been lost without a word; whether the name is a drone's is a person's to say)."""
    if not any(q in norm for q in _QUOTES):
        return []
    out = []
    starts = [s.start for s in sents]
    for m in _FIGURE_BEFORE_QUOTE.finditer(norm):
        a, b = m.span("n")
        if spans.overlaps(a, b):
            continue
        s = sentence_at(sents, starts, a)
        if s is None or vocab.INTERCEPT_RE.search(low[s.start : s.end]) is None:
            continue
        detail = f"a figure before a name in quotes (a drone's model?): {m.group().strip()!r}"
        out.append(Problem(DOUBTFUL_NUMBER, detail, (a, b)))
    return out


#: A correction that gives its figure with no place: "Уточнение: не 5, а 7 БПЛА" (often a reply
#: to the post it corrects), "Correction: 7, not 5", "Поправка: сбиты 7".
_CORRECTION_HEAD = re.compile(
    r"(?<![\w-])(?:уточнение|поправка|исправление|correction|corrected)\s*[:.(–—-]", re.IGNORECASE
)
#: A story's earlier version ("Correction: an earlier version of this story said 14"): what it
#: said is the figure replaced (``trap_rules.rule_earlier_version``), none to take.
_EARLIER_VERSION = re.compile(r"(?:earlier|previous|original)\s+version|версии", re.IGNORECASE)
#: A figure the correction takes back ("не 5", "not 5"): no figure to take.
_TAKEN_BACK = re.compile(r"(?:не|not)\s+$", re.IGNORECASE)
#: The words of ``_CORRECTION_HEAD`` in lower case ("correct" for both English ones), and the
#: characters other than a letter's two cases that its IGNORECASE matches with one of their
#: letters (dotted and dotless i, the old forms of в, о, с, т: ``word_start._FOLDS``): a
#: lower-cased text that holds none of them holds no match, known by tests in C (the pattern
#: opens on a lookbehind, and the engine tried it at every character of the text).
_CORRECTION_WORDS = ("уточнение", "поправка", "исправление", "correct")
_CORRECTION_FOLDS = "\u0130\u0131\u1c80\u1c82\u1c83\u1c84\u1c85"


def _no_correction_head(low: str) -> bool:
    """Whether the lower-cased ``low`` holds no match of ``_CORRECTION_HEAD`` (tests in C; a
    text that holds one of its words or folds is searched)."""
    held = any(w in low for w in _CORRECTION_WORDS) or any(c in low for c in _CORRECTION_FOLDS)
    return not held or _CORRECTION_HEAD.search(low) is None


def _corrections_not_taken(
    norm: str, low: str, sents: Sequence[Sentence], spans: SpanIndex
) -> list[Problem]:
    """The figure of a correction that no claim took: "Уточнение: не 5, а 7 БПЛА." under a post
    of 5 (or as a reply to it) had left the 5 on the map and the 7 lost without a word."""
    if _no_correction_head(low):
        return []
    out = []
    for s in sents:
        head = _CORRECTION_HEAD.search(low, s.start, s.end)
        if head is None or _EARLIER_VERSION.search(low, head.end(), s.end) is not None:
            continue  # (a story's earlier version: what it said is no figure to take)
        for n in find_numbers(norm[head.end() : s.end]):
            a, b = head.end() + n.start, head.end() + n.end
            if n.value and not spans.overlaps(a, b) and not _TAKEN_BACK.search(low, s.start, a):
                detail = f"a correction gives {n.value}, but no claim took it: {norm[s.start : s.end].strip()!r}"
                out.append(Problem(CONFLICTING_NUMBERS, detail, (a, b)))
                break
    return out


#: A row of a list with no mark before its figure whose line goes on after it: "Брянская
#: область 5 ночью" ("Брянская область 5" alone is a row: ``count_rules.BARE_ROW_RU``). A date
#: ("5 мая"), a length, a time or a share after the figure is no row's.
_ROW_GOING_ON = re.compile(
    r"[^\S\n]*[^\w\s]*[^\S\n]*(?P<name>[А-ЯЕ][а-яе-]+(?:ий|ый|ой|ая|ое)[^\S\n]+"
    r"(?:область|обл\.?|край|район|р-н|округ|море))[^\S\n]+(?P<n>\d{1,3})(?![\d.,:])[^\S\n]+"
    rf"(?!(?:{vocab.RU_MONTHS_GEN_RE}|км|м|метр\w*|час\w*|мин\w*|лет|год\w*|тыс\w*)(?![а-яе]))"
    r"(?![%\d])[^\W\d_(]"
)


def _rows_going_on(norm: str, spans: SpanIndex) -> list[Problem]:
    """The rows of a list under its head ("Уничтожены беспилотники:") whose line goes on after
    the figure, which no claim took: "Брянская область 5 ночью" had been lost without a word."""
    out = []
    at = norm.find(":\n")
    while at >= 0:
        head = norm[norm.rfind("\n", 0, at) + 1 : at]
        line = at + 2
        at = norm.find(":\n", line)
        if vocab.DRONE_RE.search(head.lower()) is None:
            continue
        while line < len(norm):
            m = _ROW_GOING_ON.match(norm, line)
            if m is None and not (BARE_ROW_RU.match(norm, line) or NAME_DASH_RU.match(norm, line)):
                break  # the list ended
            end = norm.find("\n", line)
            if m is not None and not spans.overlaps(*m.span("n")):
                text = norm[line : len(norm) if end < 0 else end].strip()
                detail = f"the list's row {text!r} names {m['n']} drones, but no claim took it"
                out.append(Problem(NO_CLAIM_READ, detail, m.span("n")))
            line = len(norm) if end < 0 else end + 1
    return out


def _doubts(reports: Sequence[Report]) -> list[Problem]:
    """What the parser read but could not decide: a place name of several regions (sent as
    ``unknown_place``: no area can be given without a person), a claim it marked unsure."""
    out = [Problem(UNKNOWN_PLACE, why, span) for r in reports for why, span in r.doubts]
    out += [
        Problem(CONFLICTING_NUMBERS, c.doubt, c.evidence)
        for r in reports
        for c in r.claims
        if c.doubt
    ]
    return out
