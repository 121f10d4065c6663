"""The parse of one text: ``parse`` and the source and language helpers it uses.

Imported when ``parsing.parse`` (or another of these names) is first asked for
(``parsing/__init__.py``): what only needs the package's value objects
(``parsing.model``) never loads the rules, vocabularies and gazetteer.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from geo.area_ids import is_combined, is_sea, parts
from parsing import build, letters, other_speakers, retellings, rules, segment, sides, speakers
from parsing.gate import Gates
from parsing.invariants import validate
from parsing.lookup import Resolved
from parsing.model import Claim, Report, Reporter
from parsing.reading import Context, SentenceFacts, WhenAsked, copy_context
from parsing.region_context import (
    HEADING_MAX,
    context_region,
    hashtag_region,
    hashtag_town,
    heading_region,
    heading_town,
    speaker_district,
    speaker_region,
    speaker_town,
)
from parsing.rules import keep_unread, read_sentence
from parsing.speakers import governor_region
from parsing.text import (
    LONG_TEXT,
    STRUCK,
    Moved,
    Sentence,
    has_latin,
    lower,
    normalise,
    prepare,
    to_original,
)
from parsing.time import DATE_RE, TimeMark, find_time, period_words
from parsing.time_clauses import (
    clause_time,
    heading_period,
    lede_night,
    ordinal_times,
    paragraph_night,
    share_night,
    split_times,
    start_then_end,
    then_of_the_sentence_before,
)
from parsing.ukrainian import RUSSIAN_CLAIM_AREAS, russify
from parsing.vocab import (
    ABOUT_THIS_RE,
    ADDED_LINE_RE,
    AERIAL_TARGET_RE,
    AIR_DEFENCE_RE,
    BOAT_RE,
    DRONE_RE,
    EARLIER_BUT_ASIDE_RE,
    EARLIER_RE,
    HIS_WORDS_RE,
    MISSILE_RE,
    NATIONAL_RE,
    NAVAL_RE,
    NIGHT_SUMMARY,
    PAST_PERIOD_RE,
    REGION_HEAD_RE,
    STAMP,
    UPDATE_ALONE_RE,
    UPDATE_RE,
)
from settings import MSK

_CYR = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_NIGHT_SUMMARY = re.compile(NIGHT_SUMMARY)
#: A speaker said to give his figures, with none in the sentence: "The Ministry of Defence
#: publishes its figures.", "Gladkov gave his own tally:", "Минобороны опубликовало свои данные."
#: (a live page's entry before the figures): the figures after it are his, as after a sentence
#: that names drones.
_GIVES_FIGURES = re.compile(
    r"(?<![\w-])(?:publish|releas|issu|give|gave|post)\w*\s+(?:its|his|her|their)\s+(?:own\s+)?"
    r"(?:figures?|numbers|tally|count|data)(?![\w-])"
    r"|(?<![\w-])(?:опубликова|обнародова|привел|привело|привели)\w*\s+(?:свои\s+|собственные\s+)?"
    r"(?:данные|цифры)(?![\w-])"
)
_STAMP = STAMP
_STAMP_LINE = re.compile(rf"(?:^|\n){_STAMP}\n\s*$")
_STAMP_LINES = re.compile(rf"(?m)^{_STAMP}$")  # every such line of a text
_STAMP_REACH = 40  # the longest such line, and the blank lines after it
#: A stamp that gives its year ("09.02.2026 08:31" under a news site's headline, "22 сентября
#: 2025, 8:30" under a channel's name) is a dateline: when the text was published, not one line
#: of a series told by its time ("28 окт, 00:31", "23:12"); the lede under it may retell the
#: headline above it ("Мэр: за ночь сбиты 12 беспилотников" / "... отразили атаку 12 ...").
#: Only the one such stamp of a text: a post whose every line is stamped with its year ("06.12.2026
#: 01:05" over one drone, "06.12.2026 01:40" over another) tells a series.
_DATED = re.compile(r"\d{4}|\d\.\d{2}\.\d{2}")


def _dated_stamps(norm: str) -> int:
    """How many stamps that give their year head lines of ``norm``."""
    return sum(1 for m in _STAMP_LINES.finditer(norm) if _DATED.search(m.group()))


#: A bare domain is tried only where a run of word characters, dots and hyphens starts (a
#: domain found inside the run is also one from its start): tried at every character, a run
#: of 20 KB such as "a.a.a.a..." took 9 s. Only a hashtag or a mention ends a match inside
#: such a run ("#news-site.ru"), so a domain right after one is part of its match.
_TLD = r"\.(?:me|ru|com|org|net|info|io|ua|su|tv)"
_DOMAIN = rf"[\w.-]+{_TLD}(?:/\S*)?(?![\w.-])"
_TAG = r"[A-Za-z][^<>\s]{0,30}(?:\s[^<>]{0,300})?\\?>"  # after "<" or "</"
#: What is not prose when a text's language is counted (after entities are unescaped):
#: markup ("<a href=...>", "&lt;b&gt;", "\\<b\\>"), links and bare domains ("https://t.me/...",
#: "t.me/kursk"), hashtags and mentions. A short Russian post wrapped in them has more Latin
#: letters than Cyrillic ones, and read as English it loses its claims.
_NOT_PROSE = re.compile(
    rf"\\?</?{_TAG}"
    r"|(?:https?://|www\.)\S+"
    rf"|(?<![\w.-]){_DOMAIN}"
    rf"|[#@]\w+(?:{_DOMAIN})?"
)
#: The same for a text with no top-level domain in it (no bare domain can match): each
#: branch behind the one character it opens with, so the engine skips to those characters
#: (the domain's opening lookbehind made it try every character: 0.35 s for 10 MB, now 0.03).
_NOT_PROSE_NO_DOMAIN = re.compile(
    rf"[\\<hw#@](?:(?<=\\)</?{_TAG}|(?<=<)/?{_TAG}|(?<=h)ttps?://\S+|(?<=w)ww\.\S+|(?<=[#@])\w+)"
)
_ANY_TLD = re.compile(_TLD)
#: The first letter of a word in each alphabet: a text's language is the alphabet more of
#: its words are written in (one long Latin word must not outweigh a Russian sentence).
_CYR_WORD = re.compile(rf"(?<!{letters.WORD_LETTER}){letters.CYRILLIC}")
_LAT_WORD = re.compile(
    rf"{letters.LATIN}(?<!{letters.WORD_LETTER}.)"
)  # (the letter first: skipped to)


def detect_language(text: str) -> str:
    """Return "ru" when at least as many words of ``text``'s prose are Cyrillic as Latin
    (markup, links, hashtags and mentions left out), else "en"."""
    # (ASCII alone holds no Cyrillic letter; the Latin ones are known in C: ``has_latin``)
    cyrillic = not text.isascii() and _CYR.search(text) is not None
    if not cyrillic or not has_latin(text):
        return "ru" if cyrillic else "en"  # one alphabet: no need to count
    text = html.unescape(text)
    prose = (_NOT_PROSE if _ANY_TLD.search(text) else _NOT_PROSE_NO_DOMAIN).sub(" ", text)
    if len(prose) >= LONG_TEXT:
        # one match a word: 0.7 s for 10 MB of one-letter words; counted in an array instead
        words, latin_words = letters.word_starts(prose)
    else:
        words, latin_words = len(_CYR_WORD.findall(prose)), len(_LAT_WORD.findall(prose))
    return "ru" if words and words >= latin_words else "en"


#: A source's name is read once per process: an import asks for the same few dozen channels'
#: reporter and region with each of its thousands of texts (four to six times a text), and
#: each answer normalises the name and reads it (about 60 µs a text before).
_SOURCES_KEPT = 256


@functools.lru_cache(maxsize=_SOURCES_KEPT)
def source_reporter(source: str | None) -> Reporter | None:
    """Return the reporter a source's name says it is ("Губернатор Брянской области" -> governor,
    "Мэр Москвы", "Глава Новороссийска", "Андрей Кравченко" -> mayor, "Минобороны России" ->
    mod), None for any other source."""
    if not source:
        return None
    who = speakers.sentence_reporter(lower(normalise(source)))
    # a channel a town's head speaks in by his title with the town ("Глава Новороссийска",
    # "городской голова Калуги", "Tula city head", "head of Bataysk")
    return who if who is not None or _source_town(source) is None else "mayor"


@functools.lru_cache(maxsize=_SOURCES_KEPT)
def source_region(source: str | None) -> str | None:
    """Return the region a source's name speaks for ("Губернатор Брянской области" -> RU-BRY,
    "Оперштаб Краснодарского края" -> RU-KDA), None for any other source."""
    if not source or source_reporter(source) not in ("governor", "mayor"):
        return None
    norm = normalise(source)
    english = detect_language(norm) == "en"
    if area := speaker_region(norm, english=english) or context_region(norm, english=english):
        return area
    # a channel titled by the head's name alone ("Telegram: Александр Богомаз") speaks for the
    # area he heads; a district head's ("Глава Рыльского района") for his district's region
    district = _source_district(source)
    return governor_region(lower(norm)) or (district.area_id if district else None)


@functools.lru_cache(maxsize=_SOURCES_KEPT)
def _source_district(source: str) -> Resolved | None:
    """Return the district a district head's or administration's channel speaks for ("Глава
    Рыльского района", "администрация Суземского района" -> its district)."""
    return speaker_district(normalise(source), None)


@functools.lru_cache(maxsize=_SOURCES_KEPT)
def _source_town(source: str) -> Resolved | None:
    """Return the town a mayor's channel speaks for ("Мэр Воронежа" -> Voronezh)."""
    norm = normalise(source)
    return speaker_town(norm, english=detect_language(norm) == "en")


def _to_word_end(claim: Claim, text: str) -> Claim:
    """A claim read in Russian forms of a Ukrainian text ("Брянской " for "Брянською"): its
    evidence runs to the end of the original word."""
    end = claim.evidence[1]
    while end < len(text) and text[end].isalpha():
        end += 1
    return claim if end == claim.evidence[1] else replace(claim, evidence=(claim.evidence[0], end))


def _dated(tm: TimeMark | None, low: str) -> bool:
    """Whether a sentence's time is a night, a window or a day it dates itself ("В прошлом
    месяце рекорд был установлен в ночь на 14 апреля": that night, not the past month's)."""
    return (
        tm is not None and tm.kind != "period" and DATE_RE.search(low, tm.start, tm.end) is not None
    )


def _drones_only(low: str) -> bool:
    """Whether a text names drones and no other weapon (no missile, boat or "aerial target")."""
    return bool(DRONE_RE.search(low)) and not any(
        rx.search(low) for rx in (MISSILE_RE, BOAT_RE, NAVAL_RE, AERIAL_TARGET_RE)
    )


#: What the loop of :func:`parse` searches every sentence for before its rules (the sides,
#: the drone and air-defence nouns, the reporter, a national figure) and what
#: ``rules.read_sentence`` does: a sentence none of whose fragments holds is skipped
#: (``parsing.gate``; the same reports).
GATES = Gates(
    always=(
        *sides.PATTERNS,
        DRONE_RE,
        AIR_DEFENCE_RE,
        AERIAL_TARGET_RE,
        *speakers.PATTERNS,
        NATIONAL_RE,
        *rules.PATTERNS_ALWAYS,
    ),
    after_drones=rules.PATTERNS_AFTER_DRONES,
    after_claims=rules.PATTERNS_AFTER_CLAIMS,
)
#: ``parse`` with the gate (tests compare it with the parse without).
gated = True


#: How many sentences ``parse`` reads between two calls of its ``progress``.
PROGRESS_STEP = 100


#: how many sentences after an undecided name its speaker may be named
_SPEAKER_REACH = 3


def _read_again(
    undecided: list[tuple[Sentence, Context]],
    at: int,
    area: str,
    norm: str,
    ukrainian: bool,
    english: bool,
    facts: dict[int, SentenceFacts],
) -> None:
    """ "Над регионом сбиты 14 БПЛА, из них 6 — над Каменским районом. Губернатор Ростовской
    области сообщил ...": a head of region named in the next few sentences is the speaker of
    the figures before him; their names of several places are read again inside his region."""
    for s, before in undecided:
        if at - s.index > _SPEAKER_REACH or s.index not in facts:
            continue
        chunk = norm[s.start : s.end]
        again = read_sentence(
            russify(chunk) if ukrainian else chunk,
            s.start,
            replace(before, region=area),
            english=english,
        )
        if again is not None and not again.doubts:
            facts[s.index] = again
    undecided.clear()


def _region_named_after(chunk: str, f: SentenceFacts | None, english: bool) -> str | None:
    """ "Отражена атака на Каменский район: сбиты два дрона. Ростовская область, пострадавших
    нет.": a region a sentence without figures of its own names with its head noun, a few
    sentences after a name of several places, says where that name is (as its head would)."""
    if english or (f is not None and (f.claims or f.target_claims)):
        return None
    return context_region(chunk, english=False)


def _said_of_the_sentence_before(
    sents: list[Sentence],
    facts: dict[int, SentenceFacts],
    reporters: dict[int, Reporter | None],
    areas: dict[int, str | None],
    ua: dict[int, bool],
    low: str,
) -> None:
    """ "Над Курской областью сбиты шесть беспилотников. Об этом сообщил губернатор ...": a
    sentence without figures that says who told "this" gives its speaker (and the region he
    speaks for) to the sentences with figures before it that name none; it names nobody for
    the sentences after it. A news site closes a retelling so after the lines that tell no
    figure ("Пострадавших нет. Об этом сообщил губернатор ..."), and after every report the
    post told ("... ещё один. Об этом сообщил мэр ..." after the post's first figure): "this" is
    all the text told since a speaker was last named, Ukraine's side apart."""
    for s in sents[1:]:
        i = s.index
        rep = reporters.get(i)
        if rep is None or i in facts or not ABOUT_THIS_RE.match(low, s.start, s.end):
            continue
        told = []
        for j in range(i - 1, -1, -1):
            if j in facts and reporters.get(j) is None and (j == i - 1 or not ua.get(j)):
                told.append(j)
            elif j in facts or reporters.get(j) is not None:
                break  # a speaker named before: what he told is his
        if not told:
            continue
        area = areas.pop(i, None)
        reporters[i] = None
        for j in told:
            reporters[j] = rep
            areas[j] = areas.get(j) or area
            if areas[j] is None and rep == "governor":
                areas[j] = _region_of_figures(facts[j])


def _said_by_the_one_named_before(
    sents: list[Sentence],
    facts: dict[int, SentenceFacts],
    reporters: dict[int, Reporter | None],
    areas: dict[int, str | None],
    ua: dict[int, bool],
    low: str,
) -> None:
    """ "Губернатор Белгородской области привел другие данные. По его словам, над регионом
    сбиты 11": a sentence with figures that names nobody and opens on "his words" ("по его
    словам", "по её данным", "как он уточнил") is told by the reporter the sentence right before
    it names without figures of its own (and for the region he speaks for), never by the report
    it follows (the ministry's 8 and the governor's 11 over one region had been summed). Ukraine's
    side goes on as it does ("Российские войска нанесли удар по Одессе, сообщил мэр. По его
    словам, ...")."""
    for s in sents[1:]:
        i, j = s.index, s.index - 1
        if (
            i not in facts
            or reporters.get(i) is not None
            or j in facts
            or (rep := reporters.get(j)) is None
            or ua.get(j)
            or not HIS_WORDS_RE.match(low, s.start, s.end)
        ):
            continue
        reporters[i] = rep
        areas[i] = areas.get(i) or areas.get(j)


def _region_of_figures(f: SentenceFacts | None) -> str | None:
    """The one region a sentence's figures lie in (districts and towns by their region; a sea
    or a figure over several areas is no region's; Crimea and Sevastopol have heads too),
    else None."""
    if f is None:
        return None
    regions = {
        c.area_id
        for c in f.claims
        if c.count is not None and not is_sea(c.area_id) and not is_combined(c.area_id)
    }
    return regions.pop() if len(regions) == 1 else None


def _region_of_districts(f: SentenceFacts | None) -> str | None:
    """ "в Вяземском районе сбиты пять, в Сафоновском — два": the one region of the districts and
    towns a sentence gives figures (it names no region by its own name), where a post's name
    of several places read before it lies (a post's places lie in its writer's one region)."""
    if f is None:
        return None
    regions = {c.area_id for c in f.claims if c.district_id is not None}
    return regions.pop() if len(regions) == 1 else None


def _read_heading(line: str, start: int, ctx: Context) -> None:
    """A short sentence that is a region's or a town's name alone heads the lines after it:
    "Татарстан.\nНад республикой сбиты три" (a governor's post names its region once, on top),
    "Новошахтинск.\nУничтожено четыре беспилотника" (a town head's, his town)."""
    if (region := heading_region(line)) is not None:
        ctx.region = ctx.titled = ctx.named = region
    elif (town := heading_town(line)) is not None:
        place, a, b = town
        ctx.heading = (place, start + a, start + b)
        ctx.region = place.area_id
        # (the town a dateline names is the one "над городом" means after it: "Псков. ... Над
        # городом и Псковским районом уничтожены ...")
        ctx.town = place


#: A region's name before a colon at the head of a sentence: "Адыгея: над ... районом сбиты".
_LEAD_NAME = re.compile(r"[#\W]*[А-ЯЕ][а-яе]+(?:\s+(?:область|край))?:")


def _read_lead_region(line: str, ctx: Context) -> None:
    """ "Адыгея: над Красногвардейским районом сбиты два дрона": a region named before a colon at
    the head of a sentence is the region its places lie in (a district several regions name is
    its own), as the same name on a line of its own heads the lines after it."""
    m = _LEAD_NAME.match(line)
    if m is not None and (region := heading_region(m.group())) is not None:
        ctx.region = ctx.titled = ctx.named = region


def before_counting(progress: Callable[[int, int], None]) -> Callable[[], None]:
    """``progress`` told that nothing is counted yet: a long text's passes before its
    sentences are known report (0, 0) after each one, so a cancel is heard between them."""
    return lambda: progress(0, 0)


#: The longest line an update's label stands alone on ("UPD 2, 10:15:", "ОБНОВЛЕНО 06:50").
_LABEL_LINE_MAX = 32


def _updated(low: str, start: int) -> tuple[int, bool] | None:
    """The update's label that opens the line of the sentence at ``start`` ("UPD:", "Upd. Над
    ...": the label may be a sentence of its own) or the sentence itself inside a line ("... 2
    UAVs were brought down over the city overnight. UPD: one more drone destroyed in X"), or
    stands alone on the line before it ("ОБНОВЛЕНО 06:50" over "Дополнительно над ..."): where
    the label is (each label one update) and whether its own word says the line's figures are
    more drones ("Дополнительно: ..."); None for a line no label opens."""
    line = low.rfind("\n", 0, start) + 1
    if UPDATE_RE.match(low, line) is not None:
        return line, False
    if UPDATE_RE.match(low, start) is not None:
        return start, False
    if ADDED_LINE_RE.match(low, line) is not None:
        return line, True
    if line < 2:
        return None
    above = low.rfind("\n", 0, line - 1) + 1
    if line - above <= _LABEL_LINE_MAX and UPDATE_ALONE_RE.match(low, above, line - 1):
        return above, False
    return None


def _opens_on_earlier(low: str, s: Sentence) -> bool:
    """Whether sentence ``s`` opens on an earlier statement (``EARLIER_RE``), its aside ("...,
    напомнил он") tried only in a sentence that holds its verb."""
    return EARLIER_BUT_ASIDE_RE.match(low, s.start, s.end) is not None or (
        low.find("напомнил", s.start, s.end) >= 0
        and EARLIER_RE.match(low, s.start, s.end) is not None
    )


def _drop_figures_told_abroad(facts: dict[int, SentenceFacts], abroad: set[int]) -> None:
    """ "Минобороны: ПВО за сутки сбила 184 беспилотника" over "в зоне проведения СВО ... сбили
    184 беспилотника": a sentence whose only figures are place-less totals the text tells
    elsewhere as drones over the front or a foreign place retells them; it is no report."""
    for i, f in list(facts.items()):
        if (
            f.totals
            and not (f.claims or f.target_claims or f.doubts)
            and all(t.value in abroad for t in f.totals)
        ):
            del facts[i]


def parse(
    text: str,
    published: date | None = None,
    *,
    source: str | None = None,
    reporter: Reporter | None = None,
    region: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Report]:
    """Return the reports in ``text``; ``published`` supplies missing years and relative days
    (a datetime is read as its day in Moscow time).

    ``source`` is who published the text (a Telegram channel's title, "Губернатор Брянской
    области"; a site): a report that names no reporter is the source's own when the source's
    name says who it is (a governor's channel posts the governor's figures), else ``media``.
    ``reporter`` and ``region`` (ISO 3166-2) are who the source is declared to be (a sources
    registry's entry): they override what its name says.

    ``progress(done, total)`` is called after every ``PROGRESS_STEP`` sentences read (of
    ``total``), once when all are read, and after every ``PROGRESS_STEP`` reports built
    (``done == total`` then); a text of ``parsing.text.LONG_TEXT`` characters or more also
    calls ``progress(0, 0)`` after each pass over the whole text that comes before its
    sentences are counted (normalising, lower-casing, the sentence split, the language
    count, the split of sentences that give both sides' words), and ``progress(total,
    total)`` once its sentences are grouped into reports, between the passes that build a
    report of ``PROGRESS_STEP`` sentences or more, and once the reports are built. An exception it raises ends the parse there and
    propagates: a long text is stopped within one step.
    """
    if not isinstance(text, str):
        msg = f"text must be a str, got {type(text).__name__!r}"
        raise TypeError(msg)
    if isinstance(published, datetime):
        # a moment (a caller's datetime): its day in Moscow time, which dates the reports
        published = (published.astimezone(MSK) if published.tzinfo else published).date()
    between = None if progress is None else before_counting(progress)
    prepared = prepare(text, between=between)
    norm, low = prepared.norm, prepared.low
    english = detect_language(norm) == "en"
    # a long text's passes over the whole text are heard too (see above)
    passes = progress if progress is not None and len(text) >= LONG_TEXT else None
    if passes is not None:
        passes(0, 0)
    both = sides.split_sides(
        prepared.sentences, norm, low, step=None if passes is None else (lambda: passes(0, 0))
    )
    sents, whole = split_times(both, low)
    ua_letters = sides.ukrainian_letters(norm)
    # a Ukrainian text, read in Russian forms
    ukrainian = sides.ukrainian_language(norm, letters=ua_letters)
    # (a text with too few Ukrainian letters has no sentence in Ukrainian: none is counted)
    some_ukrainian = sides.may_be_ukrainian(ua_letters)
    if passes is not None:
        passes(0, 0)
    ctx = Context(
        tally=WhenAsked(lambda: rules.tallies_rows(low)), svo_summary=rules.svo_summary(low)
    )
    weighed = False  # whether the text was weighed for ``_drones_only`` (once, when needed)
    dated_lines = -1  # how many stamps with their year head lines (-1: not counted yet)
    stamped_lines = -1  # how many stamps head lines (-1: not counted yet)
    # a governor's channel: its region decides between towns of several regions ("над
    # Кировским районом" in the Kaluga governor's post) and is "the region" of its posts
    own = reporter or source_reporter(source)
    own_is_local = own in ("governor", "mayor")
    own_area = (region or source_region(source)) if own_is_local else None
    # (Moscow's mayor tells drones downed over the oblast around his city as often as over it:
    # his city decides no name of several places, "над Богородским округом" is the oblast's)
    ctx.region = ctx.named = own_area if own_area != "RU-MOW" else None
    if source and own == "mayor":
        # "Мэр Воронежа": the town of a mayor's channel is what "над городом" means
        ctx.town = _source_town(source)
        ctx.region = ctx.region or (ctx.town.area_id if ctx.town else None)
        if ctx.town is None and (district := _source_district(source)) is not None:
            # "Глава Севского района": his district is what "над районом" means, as when the
            # post names him (``rules.read_sentence``), and its seat "над городом" (Севск)
            ctx.district = ctx.town = district
    #: the town or district the channel's mayor or district head speaks for
    own_town = ctx.town if source and own == "mayor" else None
    if ctx.town is None and not english and "#" in norm:
        # "... над городом сбиты 3 беспилотника ... #Новороссийск": the town the post's tag names
        ctx.town = hashtag_town(norm)
        # "Ночью над территорией области уничтожено 5 БПЛА. ... #Воронеж": the region of the
        # post's tags is "the region" when the text names none
        if ctx.region is None:
            ctx.region = hashtag_region(norm)
    facts: dict[int, SentenceFacts] = {}
    reporters: dict[int, Reporter | None] = {}
    times: dict[int, TimeMark | None] = {}
    ua = {}
    drone = {}
    areas: dict[int, str | None] = {}
    russian: dict[int, bool] = {}
    drone_seen = False
    ministry_named = False  # "министерство сообщило" is the defence ministry once it was named
    #: the last sentence whose speaker is an institution, and that speaker (English "it said")
    said_by: tuple[int, Reporter] | None = None
    #: sentences read with no region in context that left a name of several places undecided,
    #: with the context they were read in: a head of region named right after them decides
    undecided: list[tuple[Sentence, Context]] = []
    # (a Ukrainian text is read in Russian forms, which the gate's fragments are not)
    gates = GATES if gated and not ukrainian else None
    last_end = 0
    for s in sents:
        if progress is not None and s.index and s.index % PROGRESS_STEP == 0:
            progress(s.index, len(sents))
        if ctx.struck and norm.count("\n", last_end, s.start) >= 2:
            ctx.struck = False  # drones' strikes told in a paragraph before: this one is new
        last_end = s.end
        lchunk = low[s.start : s.end]
        if (
            not ctx.drone_seen
            and not weighed
            and ("отраж" in lchunk or "отрази" in lchunk or rules.total_first(lchunk))
        ):
            # an attack repelled before the drones are named, in a text whose only weapon is
            # drones ("Над Брянском отражена атака. Сбиты девять беспилотников"), is theirs; so
            # is a total told first ("Итого за ночь над областью — пять. Три сбиты над X ...")
            weighed = True
            ctx.drone_seen = _drones_only(low)
        # (a clause of a sentence that tells two times takes its speaker from the whole)
        held = lchunk if s.index not in whole else low[slice(*whole[s.index])]
        if s.end - s.start <= HEADING_MAX:
            _read_heading(norm[s.start : s.end], s.start, ctx)
            if rules.tally_heading(lchunk, low):
                ctx.had_claims = True  # its rows go on as a list's lines do
        elif ":" in norm[s.start : s.start + HEADING_MAX]:
            _read_lead_region(norm[s.start : s.start + HEADING_MAX], ctx)
        if gates is not None and gates.for_context(ctx).search(held) is None:
            # nothing any pass below could find: what each of them gives such a sentence
            ua[s.index] = russian[s.index] = drone[s.index] = False
            reporters[s.index] = None
            keep_unread(ctx, norm[s.start : s.end], s.start)  # as ``read_sentence`` would
            continue
        chunk = norm[s.start : s.end]
        # (every such line ends in a line break: a test in C spares the engine's scan, which
        # opens on "^" or "\n" and was tried at each of the 40 characters)
        stamp_from = max(0, s.start - _STAMP_REACH)
        stamp = (
            _STAMP_LINE.search(norm, stamp_from, s.start)
            if norm.find("\n", stamp_from, s.start) >= 0
            else None
        )
        # (a stamp that gives its year is when the text was published, no line of a series,
        # unless the text has more such stamps: counted once, at the first)
        dated = stamp is not None and _DATED.search(stamp.group()) is not None
        if dated and dated_lines < 0:
            dated_lines = _dated_stamps(norm)
        ctx.stamped = stamp is not None and (not dated or dated_lines > 1)
        if ctx.stamped and stamp is not None and not norm[: stamp.start()].strip():
            # (the clock that opens the text, over its headline or its first line, is when it
            # was posted, as a dated stamp is: a line of a series only beside other stamped
            # lines, "08:17" over "Над X сбиты 5" being no more than that post)
            if stamped_lines < 0:
                stamped_lines = sum(1 for _ in _STAMP_LINES.finditer(norm))
            ctx.stamped = stamped_lines > 1
        ua[s.index] = sides.is_ukrainian_side(chunk, lchunk, letters=some_ukrainian)
        russian[s.index] = not ua[s.index] and sides.is_russian_side(lchunk)
        ctx.ukraine_side = ua[s.index]
        # "воздушные цели" after drones were named are those drones: their time is the report's
        # ("Подводим итоги ночи." over the closing tally of a post's night: that night's)
        # (air defence downing only missiles, "two S-200 missiles were intercepted over the Sea
        # of Azov at about 9:00 a.m.", tells no drone: its time is none of the drones' report)
        drone[s.index] = bool(
            DRONE_RE.search(lchunk)
            or (AIR_DEFENCE_RE.search(lchunk) and not MISSILE_RE.search(lchunk))
            or (drone_seen and AERIAL_TARGET_RE.search(lchunk))
            or (drone_seen and "итог" in lchunk and _NIGHT_SUMMARY.search(lchunk))
            or (drone_seen and _GIVES_FIGURES.search(lchunk))
        )
        drone_seen = drone_seen or drone[s.index]
        reporters[s.index] = speakers.sentence_reporter(lchunk, ministry_named=ministry_named)
        if reporters[s.index] is None and s.index in whole:
            # one clause of a sentence that tells two times: the sentence's speaker is its own
            chunk_who, lchunk_who = norm[slice(*whole[s.index])], low[slice(*whole[s.index])]
            reporters[s.index] = speakers.sentence_reporter(
                lchunk_who, ministry_named=ministry_named
            )
        else:
            chunk_who, lchunk_who = chunk, lchunk
        if reporters[s.index] == "mod" and own_is_local and speakers.only_the_formula(lchunk_who):
            # "Дежурными средствами ПВО над областью уничтожены 5 БПЛА" in a governor's own
            # channel: his post, the ministry's words for who shot (``own`` reports it)
            reporters[s.index] = None
        elif (
            reporters[s.index] == "mod"
            and (quoted := speakers.quote_speaker(low, s.start, s.end)) in ("governor", "mayor")
            and speakers.only_the_formula(lchunk_who)
        ):
            # "«Дежурными средствами ПВО уничтожен БПЛА ...», — написал глава региона": his
            # words quoted, the formula says who shot (discovery80 ah02)
            reporters[s.index] = quoted
        if (
            reporters[s.index] is None
            and english
            and said_by is not None
            and s.index - said_by[0] <= _SPEAKER_REACH
            and speakers.it_says(lchunk)
        ):
            # "The Defense Ministry keeps a different ledger. On October 3, it said 71 drones
            # had been downed": "it" is the institution a sentence before named as its speaker
            reporters[s.index] = said_by[1]
        if (rep_now := reporters[s.index]) is not None:
            # (a person named, "Governor X said", is "he": no "it" stands for him)
            said_by = (s.index, rep_now) if speakers.names_an_institution(lchunk_who) else None
        ministry_named = ministry_named or reporters[s.index] == "mod"
        if reporters[s.index] is None and NATIONAL_RE.search(lchunk):
            reporters[s.index] = "mod"  # a national figure is the ministry's, never a governor's
        if reporters[s.index] is None and own_area is not None and speakers.author_speaks(lchunk):
            # "Уточню: в Грайворонском округе сбиты пять" in a governor's post after his
            # retelling of the ministry's figure: his own words, as "Губернатор уточнил" would be
            reporters[s.index] = own
        titled = False  # a head of region named by his title alone ("the regional governor")
        if reporters[s.index] in ("governor", "mayor"):  # "мэр Москвы" speaks for Moscow
            by_title = speaker_region(chunk_who, english=english)
            by_name = None if by_title else governor_region(lchunk_who)
            areas[s.index] = (
                by_title or by_name or (own_area if speakers.author_speaks(lchunk) else None)
            )
            titled = areas[s.index] is None and bool(REGION_HEAD_RE.search(lchunk_who))
            if by_name is not None:
                # "Tula's Dmitry Milyaev said two more were downed in the Yefremov district"
                # after Kaluga's governor: a head of region named by his name speaks of his
                # region, its places looked for there (as his title and region would say)
                ctx.region = by_name
        before = copy_context(ctx) if ctx.region is None else None
        named = ctx.named
        f = read_sentence(russify(chunk) if ukrainian else chunk, s.start, ctx, english=english)
        if titled:
            # "the regional governor said ...", "губернатор региона": the region in context once
            # the sentence was read ("In neighbouring Oryol, the regional governor said three
            # drones were shot down" after Tula's governor: Oryol's head, his own report)
            areas[s.index] = ctx.region
        if reporters[s.index] == "governor" and areas.get(s.index) is None:
            # "Над Тульской областью сбиты четыре дрона, сообщил губернатор." after another
            # region's governor: a head of region speaks for the one region his figures lie in
            areas[s.index] = _region_of_figures(f)
        if undecided and (area := areas.get(s.index) or _region_named_after(chunk, f, english)):
            _read_again(undecided, s.index, area, norm, ukrainian, english, facts)
        if f is not None and f.doubts and before is not None:
            undecided[:] = [u for u in undecided if s.index - u[0].index < _SPEAKER_REACH]
            undecided.append((s, before))
        if f is not None or drone[s.index]:
            # ``segment.group`` dates a report by its sentences with figures or drones only
            if s.index in whole and whole[s.index][0] < s.start:
                # the second clause of a sentence that tells two times: hours of the first's day
                times[s.index] = clause_time(lchunk, s.start, times.get(s.index - 1), published)
            else:
                times[s.index] = find_time(lchunk, s.start, published)
            if (
                f is not None
                and (past := PAST_PERIOD_RE.match(low, s.start, s.end))
                and not _dated(times.get(s.index), low)
            ):
                # "Last week, the ministry reported 120 drones downed in a single night": a past
                # period of its own (its night is none of this text's), another report
                times[s.index] = TimeMark(
                    "period",
                    ("past", s.start, period_words(past.group())),
                    None,
                    None,
                    past.start(),
                    past.end(),
                )
        if f is not None:
            facts[s.index] = f
            if ukrainian:
                f.claims = [_to_word_end(c, norm) for c in f.claims]
            if ukrainian and any(
                a.startswith(RUSSIAN_CLAIM_AREAS) for c in f.claims for a in parts(c.area_id)
            ):
                # a Ukrainian outlet retelling a Russian claim over a Russian region: Ukraine's
                # side reports drones over Ukraine, never over Russia
                ua[s.index] = False
        if undecided and ctx.named == named and (area := _region_of_districts(f)):
            _read_again(undecided, s.index, area, norm, ukrainian, english, facts)
    if progress is not None:
        progress(len(sents), len(sents))
    if ctx.abroad:
        _drop_figures_told_abroad(facts, ctx.abroad)
    _said_of_the_sentence_before(sents, facts, reporters, areas, ua, low)
    _said_by_the_one_named_before(sents, facts, reporters, areas, ua, low)
    share_night(sents, times, ua, low)
    for i, j in ordinal_times(sents, times, low, published).items():
        reporters[i] = reporters.get(i) or reporters.get(j)  # ("The first drone ...": its list's)
    figured = {i for i, f in facts.items() if f.claims or f.totals or f.target_claims}
    lede_night(sents, times, low, published, figured)
    paragraph_night(sents, times, low, published)
    heading_period(sents, times, low, published)
    start_then_end(sents, times, low, published)
    then = then_of_the_sentence_before(sents, times, low)
    for i in then:
        if i in facts and areas.get(i) is None and i > 0:
            # "Ранее атака была совершена по Ростовской области 16 июля. Тогда было уничтожено
            # девять БПЛА": the region the sentence before names is where "тогда" was
            areas[i] = context_region(norm[sents[i - 1].start : sents[i - 1].end], english=english)
    earlier = {
        i: bool(
            _opens_on_earlier(low, sents[i])
            or ((tm := times.get(i)) is not None and tm.key[0] == "past")
            # "Тогда было уничтожено девять" after a sentence that opens on "Ранее"
            or (i in then and i > 0 and _opens_on_earlier(low, sents[i - 1]))
        )
        for i in facts
    }
    # a long text is heard while its sentences are grouped (10 MB of short statements: 1 s)
    # and inside the build of a report of many sentences (one report of 10 MB of statements
    # with no date took 1.7 s to build)
    inside = None if passes is None else (lambda: passes(len(sents), len(sents)))
    drafts = segment.attacks_only(
        segment.damage_elsewhere(
            segment.group(
                sents,
                facts,
                reporters,
                times,
                ua,
                drone,
                areas,
                russian,
                earlier,
                step=inside,
                later={i: _updated(low, sents[i].start) for i in facts},
                own=own if own_is_local else None,
            ),
            earlier,
            sents,
            low,
        ),
        low,
    )
    if passes is not None:
        passes(len(sents), len(sents))
    reports = []
    for k, d in enumerate(drafts, 1):
        if progress is not None and k % PROGRESS_STEP == 0:
            progress(len(sents), len(sents))
        step = inside if len(d.sentences) >= PROGRESS_STEP else None
        r = build.build(
            d,
            sents,
            norm,
            english=english,
            own=own,
            own_area=own_area,
            own_town=own_town,
            step=step,
        )
        if r is not None:
            reports.append(r)
    if passes is not None:
        passes(len(sents), len(sents))
    reports = other_speakers.drop_damage_places_of_others(reports, low)
    reports = other_speakers.drop_headline_places_of_others(reports)
    reports = retellings.drop_retold_totals(
        retellings.drop_place_only_retellings(reports, low), norm
    )
    reports = retellings.drop_ukraines_figure_retold(reports)
    reports = retellings.recaps_after_their_parts(
        retellings.headline_wholes(retellings.headlines_of_the_body(reports, norm), norm), norm
    )
    reports = retellings.drop_superseded(reports, low)
    reports = retellings.headline_sums(reports, norm)
    reports = retellings.headline_rows_told_later(reports, norm, build.one_area_figure)
    reports = [_no_hours_told(r) for r in reports]
    if prepared.moved:
        reports = on_the_original(reports, prepared.moved)
    return validate(with_struck_parts(text, reports) if "~~" in text else reports, text)


def _no_hours_told(report: Report) -> Report:
    """``report`` with no window when its window is the day or the evening the text named
    without a clock ("Вечером 3 октября над X сбит беспилотник", "Вчера вечером ..."): no
    hours were told (docs/labels.md); ``day_span`` keeps the span for the store. The passes
    before compare reports by that span as by a window (a headline's "вечером 17 февраля"
    and the statement's 20:00-23:00 of that day)."""
    if report.day_span is None or report.window != report.day_span:
        return report
    return replace(report, window=None)


def on_the_original(reports: list[Report], moved: tuple[Moved, ...]) -> list[Report]:
    """``reports`` with every span (claims' and reports' evidence, doubts) mapped from the
    normalised text to the original through the tokens normalising wrote again
    (``parsing.text.Moved``): a span over "бес&shy;пилотников" ends where the word ends."""

    starts = [m.start for m in moved]

    def span(s: tuple[int, int]) -> tuple[int, int]:
        return to_original(s, moved, starts)

    return [
        replace(
            r,
            claims=tuple(replace(c, evidence=span(c.evidence)) for c in r.claims),
            evidence=None if r.evidence is None else span(r.evidence),
            doubts=tuple((why, span(s)) for why, s in r.doubts),
        )
        for r in reports
    ]


def with_struck_parts(text: str, reports: list[Report]) -> list[Report]:
    """Give each struck-out part of ``text`` (``text.STRUCK``: "~~5~~", never read) to the
    evidence of the claim nearest it, so that the claim shows what was skipped beside it ("сбиты
    ~~5~~ 7 БПЛА": the 7's evidence holds the 5 struck out; a struck row of a list goes to the
    row beside it). The store flags such a claim (``store.columns.FLAG_STRUCK_OUT``)."""
    spans = [(m.start(), m.end()) for m in STRUCK.finditer(text)]
    claims = [(k, j, c) for k, r in enumerate(reports) for j, c in enumerate(r.claims)]
    if not spans or not claims:
        return reports
    grown = {(k, j): c.evidence for k, j, c in claims}
    for a, b in spans:
        k, j, _c = min(claims, key=lambda x: max(x[2].evidence[0] - b, a - x[2].evidence[1], 0))
        start, end = grown[(k, j)]
        grown[(k, j)] = (min(start, a), max(end, b))
    return [
        replace(
            r,
            claims=tuple(replace(c, evidence=grown[(k, j)]) for j, c in enumerate(r.claims)),
        )
        for k, r in enumerate(reports)
    ]
