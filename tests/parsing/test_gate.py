"""The sentence gate (``parsing.gate``): what it derives from a pattern is held by every match,
a parse with the gate is the parse without it, and its lists hold every pattern the passes it
skips search a sentence for. The texts are written here, in our own words.
"""

from __future__ import annotations

import itertools
import re
import sys
from _sre import unicode_iscased
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from types import FrameType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import (
    count_rules,
    gate,
    numbers,
    parse,
    pipeline,
    reading,
    region_context,
    rules,
    sides,
    speakers,
    vocab,
)
from parsing.text import lower
from parsing.word_start import FromBlank


@contextmanager
def _gated(on: bool) -> Iterator[None]:
    before = pipeline.gated
    pipeline.gated = on
    try:
        yield
    finally:
        pipeline.gated = before


def _both(text: str, published: date | None = None, source: str | None = None) -> tuple[str, str]:
    with _gated(True):
        on = repr(parse(text, published, source=source))
    with _gated(False):
        off = repr(parse(text, published, source=source))
    return on, off


# --- what a pattern needs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "fragments"),
    [
        (r"беспилотн\w*", [("б", "е", "с", "п", "и", "л", "о", "т", "н")]),
        (r"мо\s+рф", [("м", "о", r"[\s]", r"(?:[\s])*", "р", "ф")]),
        (r"x(?:a|bc)", [("x", "a"), ("x", "b", "c")]),  # the run before a branch, before each
        (r"\d{1,2}[:.]\d{2}", [(r"[\d]", r"(?:[\d]){0,1}", "[:.]", r"[\d]", r"(?:[\d]){1}")]),
        # the rarer part of a sequence: the class of marks, not the one letter
        (r"^\s*[\w]+\s*[–—-]\s*(?:над|в)\s", [("[–—\\-]",)]),
        # a class of marks and symbols, ranges and all, is rarer than the one letter after it
        (r"^\s*[•←-⇿*–-]+\s*(?:в|у)\s+[А-Я]", [("[•←-⇿*–\\-]", "(?:[•←-⇿*–\\-])*")]),
        # ... but not one that holds a digit or a letter
        (r"[•0-9]+\s*(?:в|у)\s", [("[ву]", r"[\s]")]),
        (
            r"(?<![\w-])(?:ещ[её]|another)\s",
            [("е", "щ", "[её]"), ("a", "n", "o", "t", "h", "e", "r")],
        ),
    ],
)
def test_what_a_pattern_needs(pattern: str, fragments: list[tuple[str, ...]]) -> None:
    assert gate.needs(re.compile(pattern)) == fragments


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:над)?\w", r"a|\d*", r"[^x]+"])
def test_a_pattern_that_needs_nothing_fixed_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="without any fixed text"):
        gate.needs(re.compile(pattern))


def _every_pattern() -> list[re.Pattern[str]]:
    return [
        *sides.PATTERNS,
        *speakers.PATTERNS,
        *rules.PATTERNS_ALWAYS,
        *rules.PATTERNS_AFTER_DRONES,
        *rules.PATTERNS_AFTER_CLAIMS,
        vocab.DRONE_RE,
        vocab.AIR_DEFENCE_RE,
        vocab.AERIAL_TARGET_RE,
        vocab.NATIONAL_RE,
    ]


#: Pieces of sentences that match the patterns in odd ways: letters in every case and the
#: characters IGNORECASE matches with them (dotless i, long s, the Kelvin sign, the old
#: Cyrillic forms), words glued to others, marks, digits.
MATCH_PIECES = [
    "БПЛА", "беспилотник", "ДРОНОВ", "drones", "UAV", "сбиты", "Уничтожены", "shot  down",
    "Губернатор", "Курской области", "Kursk Region", "governor", "мэр Курска", "Мэра",
    "Минобороны", "МО РФ", "ministry", "The Ministry's", "ракеты", "катер", "морские дроны",
    "Воздушные силы", "Russia said", "Russian forces", "повітряні сили", "іїєґ", "ЄІ",
    "обломки", "упали в", "fell in", "over", "над", "Ещё 5 — над", "из них летели", "а также",
    "Всего", "in total", "05:30.", "12.40", " ", "\n", "-", "—", ":", ",", ".", "x", "ж", "7",
    "\u0131", "\u0130", "\u017f", "\u212a", "\u1c80", "\u1c82", "жители района", "города",
    "put the figure at", "Гладков", "Shapsha", "на территории Брянщины", "атака", "ПВО",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(MATCH_PIECES), min_size=1, max_size=8).map("".join),
    st.sampled_from(range(len(_every_pattern()))),
)
def test_every_match_holds_a_fragment_of_its_pattern(text: str, which: int) -> None:
    pattern = _every_pattern()[which]
    one = gate.compile_gate([pattern])
    for s in (text, lower(text)):
        if pattern.search(s) is not None:
            assert one.search(lower(text)) is not None, (pattern.pattern[:60], text)


def test_the_first_characters_are_every_case_the_engine_matches() -> None:
    # each gate opens every fragment with its characters as they are (the engine skips to
    # them): those must be every character the fragment's first letter matches in any case
    tokens = {
        gate._anchored(f)[0] for p in _every_pattern() for f in gate.needs(p)
    }  # fmt: skip
    everything = "".join(map(chr, range(0x110000)))
    for token in tokens:
        written = gate.first_characters(token)
        if written == token:
            continue  # written as "(?i:token)": the engine's own
        matched = "".join(re.findall(f"(?i:{token})", everything))
        assert set(matched) <= set(written), token


def test_a_token_written_for_lower_cased_text_matches_there_what_it_matches_in_any_case() -> None:
    # the gate is searched on text lower-cased by ``text.lower``: every character such text
    # can hold stays as it is when lower-cased again, and each token of a fragment, written
    # for it (``gate.lowered``: no capitals, compared as it is), matches exactly the
    # characters there that the token matches in any case (tried on every character that
    # has a case, and on every other below U+3000 and among the emoji: the patterns' marks)
    everything = "".join(map(chr, range(0x110000)))
    assert lower(lower(everything)) == lower(everything)
    alphabet = lower(
        "".join(
            c
            for c in everything
            if c < "\u3000" or "\U0001f000" <= c < "\U0001fb00" or unicode_iscased(ord(c))
        )
    )
    patterns = [*_every_pattern(), *rules.INTERCEPTION_PATTERNS]
    tokens = {token for p in patterns for fragment in gate.needs(p) for token in fragment}
    for token in tokens:
        written = set(re.findall(gate.lowered(token), alphabet))
        assert written == set(re.findall(f"(?i:{token})", alphabet)), token
    assert gate.lowered("в") == "[вᲀ]"
    assert gate.lowered(r"[\s]") == r"[\s]"


def test_a_fragment_is_looked_for_from_its_rarest_letter_a_class_as_its_commonest() -> None:
    # "[аеуы]" is as frequent as "е": "глав[аеуы]" is looked for from its "г", "лав[аеуы]" from
    # its "л", not at every vowel
    assert gate._anchored(("г", "л", "а", "в", "[аеуы]"))[0] == "г"
    assert gate._anchored(("л", "а", "в", "[аеуы]"))[0] == "л"
    # a class of marks stays as rare as a mark
    assert gate._anchored(("в", "[–—\\-]"))[0] == "[–—\\-]"


def test_a_fragment_keeps_what_follows_its_repeats() -> None:
    # "до\s+\d" ("с 5 до 7 —"): "до" is in most Russian sentences, a figure after it is not
    first, rest = gate._anchored(("д", "о", "[\\s]", "(?:[\\s])*", "[\\d]"))
    assert first == "д"
    assert rest[-2:] == ("(?:[\\s])*", "[\\d]")
    scan = gate.compile_gate([re.compile(r"до\s+\d")])
    assert scan.search("дожди до пяти градусов, до  обеда") is None
    assert scan.search("с 5 до  7 часов") is not None


def test_a_fragment_checks_what_came_before_its_rarest_letter_after_what_follows_it() -> None:
    # "власт": looked for from its "л", and "в" before it asked only once "аст" followed (a
    # lookbehind first was tried at every "л" of a sentence)
    first, rest = gate._anchored(("в", "л", "а", "с", "т"))
    assert first == "л"
    assert rest == ("а", "[сᲃ]", "[тᲄᲅ]", "(?<=[вᲀ](?s:.{4}))")
    scan = gate.compile_gate([re.compile("власт")])
    assert scan.search("власти города") is not None
    assert scan.search("сласти и ласты") is None


def test_lookbehinds_of_one_place_and_width_are_asked_as_one() -> None:
    # "брянщина" and "тверщина" end alike and look four letters back: one lookbehind of both
    scan = gate.compile_gate([re.compile("брянщина|тверщина|курщина")])
    assert scan.scans[0].pattern.count("(?<=") == 2
    found = [t for t in ("брянщина", "тверщина", "курщина", "орелщина", "щина") if scan.search(t)]
    assert found == ["брянщина", "тверщина", "курщина"]


# --- a parse with the gate is the parse without it ------------------------------------------

#: Sentences and pieces of reports, lists, speakers, sides and news around them.
SENTENCE_PIECES = [
    "Над Курской областью сбиты 5 БПЛА",
    "За ночь уничтожены 12 беспилотников: 7 – над Брянской областью, 5 – над Орловской",
    "Ещё 3 — над Тульской областью",
    "Всего за сутки — девять",
    "▪️ Воронежская область — 4;",
    "Губернатор Белгородской области сообщил о падении обломков",
    "Обломки упали во дворе жилого дома",
    "Пострадавших нет",
    "Мэр Москвы: на подлёте к городу сбит беспилотник",
    "05:40. Сбит ещё один",
    "Средства ПВО отразили атаку",
    "В районе Суджи работает ПВО",
    "Сбиты две ракеты и четыре беспилотника",
    "Уничтожены три безэкипажных катера",
    "Воздушные силы ВСУ заявили, что сбили 40 дронов",
    "Повітряні сили: збито 30 із 45 шахедів",
    "Russia's defence ministry said 20 drones were downed over the Bryansk region",
    "Kyiv said it hit a refinery, while Russia said it destroyed 14 drones",
    "Another 6 were shot down over the Kursk region",
    "Kursk Governor Alexander Khinshtein said debris damaged a house",
    "Жители района пожаловались на шум",
    "Власти города обсудили ремонт дорог",
    "Синоптики обещают дожди до пяти дней",
    "The council met on Tuesday to discuss the budget",
    "Гладков сообщил о двух пострадавших",
    "Минобороны сообщило об уничтожении БПЛА над территорией России",
    "Министерство также сообщило о 8 дронах над Крымом",
    "Воздушные цели уничтожены над Смоленской областью",
    "He put the figure for his region at 14",
    "Из них летели на Москву три",
    "а также в Каменском районе",
    "over the Black Sea",
    "слово данные 1200 строка таблица Курск value",
    "a.ж.a.ж.a.ж.",
    # one thing each a pass reads, nothing else
    "БПЛА", "Замечен дрон", "Сбиты пять", "Упали обломки", "Ракета", "Катер", "Атака",
    "Гладков", "Минобороны", "Ещё два", "Всего 7", "Of them two were flying", "Drone",
    "05:31", "Жители Курска", "В районах Кубани", "Курская область — 3", "Над Россией",
    "Kyiv said", "Moscow said", "Воздушные цели", "Downed", "Damage", "Обломки",
    "Обломки упали в Курске", "Сбиты пять над Брянском", "Debris fell in Belgorod",
    # two times in one sentence: each clause read alone, its speaker from the whole
    "С 14:00 до 16:00 сбиты 6 БПЛА над Курской областью, а с 16:00 до 19:00 ещё 9, сообщило Минобороны",
    "В ночь на 4 декабря сбиты 12, а в ночь на 5 декабря 8, заявил губернатор Брянской области",
]  # fmt: skip
SEPARATORS = [". ", ".\n", "\n", "! ", " ", ": ", "; "]
SOURCES = [None, "Губернатор Курской области", "Мэр Москвы", "Минобороны России", "news"]


#: A text of those pieces, each with what ends it.
PIECES = st.lists(
    st.tuples(st.sampled_from(SENTENCE_PIECES), st.sampled_from(SEPARATORS)),
    min_size=1,
    max_size=12,
)


@settings(max_examples=250, deadline=None)
@given(
    PIECES,
    st.sampled_from(SOURCES),
    st.sampled_from([None, date(2025, 5, 6)]),
)
def test_a_gated_parse_is_the_parse_without_the_gate(
    pieces: list[tuple[str, str]], source: str | None, published: date | None
) -> None:
    text = "".join(p + sep for p, sep in pieces)
    on, off = _both(text, published, source)
    assert on == off


def test_a_long_line_and_news_give_the_same_reports_with_the_gate() -> None:
    line = " ".join(["таблица", "1200", "Курск", "value", "слово"] * 1500)
    news = " ".join(
        ["Власти обсудили ремонт дорог.", "Синоптики обещают дожди."] * 200
        + ["Над Курской областью сбиты 5 БПЛА.", "Ещё 2 — над Брянской областью."]
        + ["Жители района пожаловались на шум."] * 100
    )
    for text in (line, news, line + "\n" + news):
        on, off = _both(text)
        assert on == off
    assert "RU-BRY" in _both(news)[0]


def test_a_sentence_with_nothing_to_read_is_skipped_and_one_with_a_drone_is_not() -> None:
    gates = pipeline.GATES
    quiet = reading.Context()
    assert gates.for_context(quiet).search(lower("Синоптики обещают дожди.")) is None
    assert gates.for_context(quiet).search(lower("a.ж." * 750)) is None
    assert gates.for_context(quiet).search(lower("Сбит БПЛА.")) is not None
    # a verb alone reads nothing before drones were named, and counts once they were
    assert gates.for_context(quiet).search(lower("Сбиты пять.")) is None
    seen = reading.Context(drone_seen=True)
    assert gates.for_context(seen).search(lower("Сбиты пять.")) is not None
    claimed = reading.Context(drone_seen=True, had_claims=True)
    assert gates.for_context(seen).search(lower("Ещё 5 — над Курской.")) is not None
    assert gates.for_context(claimed).search(lower("05:30. Ещё один.")) is not None
    # a list line's "• в Курской ..." (a bullet first) does not let every sentence with "в" in
    assert gates.for_context(claimed).search(lower("В субботу в парке был праздник.")) is None


# --- the lists hold every pattern the skipped passes search ---------------------------------

#: The functions the gate skips, all run on a sentence before it is known to carry anything.
_SKIPPED = {
    f.__code__
    for f in (
        pipeline.parse,
        sides.is_ukrainian_side,
        sides.ukrainian_language,
        sides.is_russian_side,
        speakers.sentence_reporter,
        speakers.governor_region,
        rules.read_sentence,
        rules._interception,
        rules._list_goes_on,
        rules._count_over,
        rules._other_named_last,
        region_context.context_region,
        region_context.speaker_region,
        region_context.speaker_town,
        reading.names_drone.__wrapped__,
        reading.without_boats.__wrapped__,
    )
}
#: Patterns those functions search that the gate need not know, and why: each can only make a
#: sentence carry less, or runs only once a pattern of the gate matched.
_NOT_NEEDED = {
    # parse: only for a sentence that gave facts or a governor
    pipeline.PAST_PERIOD_RE, pipeline.EARLIER_RE, pipeline.REGION_HEAD_RE,
    # parse: a clock on the line before marks a line as timed; a sentence with no figure has
    # nothing the mark could change
    pipeline._STAMP_LINE,
    # parse: a speaker said to give his figures, searched only once a sentence named drones
    # (``vocab.DRONE_RE``, listed)
    pipeline._GIVES_FIGURES,
    # parse and the language: the whole text, not a sentence
    pipeline._ANY_TLD, pipeline._NOT_PROSE, pipeline._NOT_PROSE_NO_DOMAIN, pipeline._CYR,
    pipeline._CYR_WORD, pipeline._LAT_WORD, sides._SIDES_JOIN,
    # read_sentence: a cumulative footer only cuts or voids the sentence; the rest runs
    # once the sentence shoots drones down (after the gate's patterns)
    vocab.HARM_RE, vocab.TOTAL_MARK_RE, vocab.RUNNING_SINCE_RE, vocab.SEVERAL_REGIONS_RE,
    # _interception: each of these only returns "nothing" or takes the verb away
    vocab.CHROME_RE, vocab.UNSAID_RE, vocab.NOT_DOWNED_RE, vocab.WARNING_RE,
    vocab.SVO_ZONE_RE, vocab.DROPPED_RE, vocab.THIRD_COUNTRY_MILITARY_RE, vocab.THIRD_COUNTRY_NAME_RE,
    # _other_named_last: only once a drone noun was found
    vocab.NOT_DRONE_WEAPON_RE,
    # _interception: a row's mark, only once another weapon (in the gate) was found
    rules._ROW,
    # governor_region: which head of region, once one of them (speakers._ANY) was named
    *(rx for _area, rx in speakers._BY_AREA),
    # _count_over reads the numbers once "over"/"над" was found, count_dash_name_at the
    # figure once a row's dash and place were
    *(v for v in vars(numbers).values() if isinstance(v, re.Pattern)),
    rules._OVER_AFTER, count_rules._FIGURE_BEFORE,
    # _interception: a list row of several places holds the dash, the need of NAME_DASH_RU
    # that lets such a line through
    count_rules.LIST_DASH_RU, count_rules.PAIR_DASH_RU,
    # read_sentence: a quote mark before a figure already found only decides which copy of a
    # figure told twice stays
    rules._QUOTE_OPENS,
    # _interception: the scans of the gate before a list's next line, derived from listed
    # patterns (``rules.LIST_LINE_PATTERNS``, ``tests/parsing/test_list_line_gate.py``)
    *rules.list_line_gate().scans,
    # _interception: whether the text tallies rows (``Context.tally``) is asked of the whole
    # text once, when a row first asks: the same for every sentence, skipped or not
    rules._NOT_A_TALLY,
}  # fmt: skip


def test_the_gate_lists_hold_every_pattern_the_skipped_passes_search() -> None:
    listed = set(_every_pattern()) | {rules._LIST_GOES_ON}
    seen: set[re.Pattern[str]] = set()

    inside = [0]  # how deep in a call of ``_interception`` (every function it calls too)

    def trace(frame: FrameType, event: str, arg: object) -> None:
        if frame.f_code is rules._interception.__code__ and event in ("call", "return"):
            inside[0] += 1 if event == "call" else -1
        if event == "call" and frame.f_code is FromBlank.search.__code__:
            # a pattern searched from the blank before a word (its search is Python's)
            if inside[0] or (frame.f_back is not None and frame.f_back.f_code in _SKIPPED):
                seen.add(frame.f_locals["self"])
            return
        if event == "c_call" and (inside[0] or frame.f_code in _SKIPPED):
            owner = getattr(arg, "__self__", None)
            if isinstance(owner, re.Pattern):
                seen.add(owner)

    texts = [p + "." for p in SENTENCE_PIECES] + [
        ". ".join(SENTENCE_PIECES),
        "Над регионом сбиты 4 БПЛА. Губернатор Ростовской области сообщил об этом.",
        "Сбиты 5 беспилотников, сообщили в Минобороны, которые с начала войны сбивают всё.",
    ]
    with _gated(False):
        sys.setprofile(trace)
        try:
            for t in texts:
                parse(t, source="Мэр Москвы")
                parse(t)
        finally:
            sys.setprofile(None)
    footer = {vocab.FOOTER_RE._others, vocab.FOOTER_RE._opening}  # cuts only
    footer.add(vocab.REPORTER_RE._blank)  # type: ignore[attr-defined]  # REPORTER_RE's finder
    unlisted = {p.pattern[:70] for p in seen - listed - _NOT_NEEDED - footer}
    assert unlisted == set()
    # and the trace saw the passes at work (it would see nothing if the names moved)
    assert {vocab.DRONE_RE, vocab.REPORTER_RE, region_context.PATTERNS[0]} <= seen


# --- a gate asked of the spans of one text -----------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(PIECES, st.lists(st.integers(min_value=0, max_value=400), min_size=2, max_size=12))
def test_a_span_the_text_gate_rules_out_holds_nothing_the_gate_finds(
    pieces: list[tuple[str, str]], cuts: list[int]
) -> None:
    low = lower("".join(p + sep for p, sep in pieces))
    bounds = sorted({min(c, len(low)) for c in cuts})
    scan = pipeline.GATES.after_claims.over(low)
    for a, b in itertools.pairwise(bounds):
        if not scan.may_hold(a, b):
            assert pipeline.GATES.after_claims.search(low[a:b]) is None, low[a:b]


def test_the_text_gate_finds_the_span_with_a_drone_among_news() -> None:
    news = "Синоптики обещают дожди. " * 30
    low = lower(news + "Над Курской областью сбит БПЛА. " + news)
    scan = pipeline.GATES.always.over(low)
    at = low.index("над курской")
    spans = [(k, k + 25) for k in range(0, len(news), 25)]
    assert not any(scan.may_hold(a, b) for a, b in spans)
    assert scan.may_hold(at, at + 31)
    assert not scan.may_hold(at + 32, len(low))
