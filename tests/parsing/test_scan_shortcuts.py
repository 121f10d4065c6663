"""Shortcuts the parser takes for speed give exactly what the full scans give.

``numbers.find_numbers`` reads only the tokens at digits when a text holds no number word
(each alone: no run of words); ``places.find_groups`` tries its trigger only at the letters
a trigger can start with. Each is checked against the full scan on texts built from pieces
that sit at the edges of the token and trigger grammars (written for this test).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from parsing import numbers, parse, places, reading, trap_rules, vocab
from parsing import text as sentence_text

NUMBER_PIECES = [
    "1", "12", "200", "1 200", "1,200", "1.5", "2,5", "7.00", "20:00", "10-15", "-5", " ", "  ",
    "-", "–", ",", ".", ":", "'", "_", "x", "тыс", "тыс.", "тысяч", "thousand", "два", "Двадцать",
    "ТРИ", "one", "Twenty-two", "сто", "полторы", "слово", "БПЛА", "\u00a0", "\n", "5²", "K", "İ",
    "Ⅻ", "١٢", "ъ", "\t", "\u2009", "—", "(", "1_", "12345", "123456", "3.", ",5",
]  # fmt: skip

TRIGGER_PIECES = [
    "в ", "В ", "над ", "НАД ", "на территории ", "-в ", "x", "Курской ", "области", "у ", "по ",
    "Там", "там.", "тамбов", "\u1c80 ", "\u1c82коло ", "около ", "over ", "Over ", "in ", "In the ",
    "included ", "such as ", "Bryansk", "-in ", "_in ", "1в ", " ", ", ", "и ", "акваторией ",
    "территорией ", "на подлете к ", "Москве", "Ярославлю", "кроме ", "включая ",
    "во ", "ПОД ", "близ ", "вблизи ", "Возле ", "недалеко от ", "неподалеку от ", "рядом со ",
    "помимо ", "отражена атака на ", "Атака на ", "налет на ", " отражена", "в небе над ",
    "в районе ", "ОКОЛО ", "\u1c84ерриторией ", "\u1c85ам", "\u1c80 ", "\u1c80о ", "апрель",
    "Above ", "across ", "Outside ", "besides ", "Apart from ", "aside from ", "near ",
    "on the approach to ", "On the way to ", "over the skies of ", "including ", "Bo ", "ok",
]  # fmt: skip


def _numbers(found: list[numbers.Number]) -> list[tuple[int, int, int]]:
    return [(n.value, n.start, n.end) for n in found]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_PIECES), min_size=1, max_size=14).map("".join))
def test_digit_numbers_read_the_numbers_of_the_full_scan(text: str) -> None:
    """Without number words, the numbers read at the runs of digits are the full scan's."""
    assume(numbers._without_number_words(text))
    try:
        expected: object = _numbers(numbers._read(text, numbers._TOKEN.finditer(text)))
    except ValueError as exc:
        expected = str(exc)
    try:
        got: object = _numbers(numbers._digit_numbers(text))
    except ValueError as exc:
        got = str(exc)
    assert got == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_PIECES), min_size=1, max_size=14).map("".join))
def test_digit_tokens_read_the_numbers_of_the_full_scan(text: str) -> None:
    full = numbers._TOKEN.finditer(text)
    try:
        expected: object = _numbers(numbers._read(text, full))
    except ValueError as exc:  # "5²": the full scan fails, and so must the shortcut
        expected = str(exc)
    try:
        got: object = _numbers(numbers.find_numbers(text))
    except ValueError as exc:
        got = str(exc)
    assert got == expected


def test_digit_numbers_skip_words_and_keep_grouped_digits() -> None:
    text = "сбиты 1 200 беспилотников, ещё 15 тыс. и 7.00 мск, 10-15 дронов"
    full = _numbers(numbers._read(text, numbers._TOKEN.finditer(text)))
    assert _numbers(numbers._digit_numbers(text)) == full
    assert _numbers(numbers.find_numbers(text)) == [
        (1200, 6, 11),
        (15000, 31, 38),
        (10, 51, 53),
        (15, 54, 56),
    ]


def test_the_russian_trigger_starts_where_its_letters_match_caselessly() -> None:
    # every character the pattern's first letters match under IGNORECASE, in the plane of
    # the cased scripts (no character outside it folds to a Cyrillic letter), and before it
    # every character the letter that follows it matches so
    bmp = "".join(map(chr, range(0x10000)))
    expected = set(re.findall("[авбзкнопртуц]", bmp, re.IGNORECASE))
    assert set(places._RU_TRIGGER_SECOND) == set("авбзкнопртуц")
    starts = places._RU_TRIGGER_START
    for first, after in places._RU_TRIGGER_SECOND.items():
        follow = set(re.findall(f"[{after}]", bmp, re.IGNORECASE))
        for c in set(re.findall(first, bmp, re.IGNORECASE)):
            found = {x for x in follow | {"x", "ь", "1"} if starts.match(f"{c}{x}")}
            assert found == follow, (c, sorted(follow - found))
    assert {m.group() for m in starts.finditer(" ".join(f"{c}{c}а о" for c in bmp))} <= expected


def _first_chars(seq: list, flags: int) -> tuple[set[str], bool]:
    """The characters a match of a parsed pattern (``re._parser``) can start with, and whether
    it can be empty; an error for what this reading does not know (then the test is wrong)."""
    from re import _constants as c

    out: set[str] = set()
    for op, av in seq:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero width
        if op is c.LITERAL:
            chars, empty = {chr(av)}, False
        elif op is c.IN:
            chars, empty = set(), False
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    raise AssertionError(f"unread class item {o}")
        elif op is c.SUBPATTERN:
            chars, empty = _first_chars(list(av[3]), flags | av[1])
        elif op is c.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                x, e = _first_chars(list(branch), flags)
                chars |= x
                empty = empty or e
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            chars, empty = _first_chars(list(av[2]), flags)
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"unread element {op}")
        if flags & re.IGNORECASE:
            chars |= {x.swapcase() for x in chars}
        out |= chars
        if not empty:
            return out, False
    return out, True


def test_every_place_element_starts_with_a_letter() -> None:
    """``places._element_at`` tries no element where no letter is (after ", 36 БПЛА")."""
    for kind, rx in [*places._RU_ELEMENTS, *places._EN_ELEMENTS]:
        chars, empty = _first_chars(list(re._parser.parse(rx.pattern, rx.flags)), rx.flags)  # type: ignore[attr-defined]
        assert not empty, kind
        assert chars and all(x.isalpha() for x in chars), kind
    assert places._element_at("над 36 БПЛА", 4, places._RU_ELEMENTS) is None
    assert places._element_at(", 3 over the Kursk Region", 2, places._EN_ELEMENTS) is None
    hit = places._element_at("над Брянской областью", 4, places._RU_ELEMENTS)
    assert hit is not None and hit[0] == "list"


def _plain_runs(fragment: tuple[str, ...]) -> list[str]:
    """The runs of plain characters of a ``gate.needs`` fragment (a class or a repeat ends one)."""
    runs, run = [], ""
    for token in fragment:
        if len(token) == 1 or re.fullmatch(r"\\[^\w]", token):
            run += token[-1]
        else:
            runs.append(run)
            run = ""
    return [*runs, run]


def test_element_words_are_held_by_every_match() -> None:
    """An element of ``places.ELEMENT_WORDS`` is tried only in a sentence holding one of its
    words: every fragment one of which each match holds (``gate.needs``, from the parsed
    pattern) holds one of those words as written (the elements are case sensitive)."""
    from parsing import gate

    elements = {("ru", k): rx for k, rx in places._RU_ELEMENTS}
    elements |= {("en", k): rx for k, rx in places._EN_ELEMENTS}
    for key, words in places.ELEMENT_WORDS.items():
        rx = elements[key]
        assert not rx.flags & re.IGNORECASE, key
        for fragment in gate.needs(rx):
            assert any(w in r for w in words for r in _plain_runs(fragment)), (key, fragment)

    def kinds(text: str, *, english: bool) -> list[str]:
        return [k for k, _rx in places._elements_for(text, english=english)]

    russian = [k for k, _rx in places._RU_ELEMENTS]
    assert kinds("над Брянской областью", english=False) == [
        k
        for k in russian
        if k
        not in ("city_district", "town_district", "abbreviation", "capital_of", "settlement_list")
    ]
    assert kinds("в Ленинском районе Смоленска", english=False) == [
        k for k in russian if k not in ("abbreviation", "capital_of", "settlement_list")
    ]
    assert kinds("в Ленинском районе ДНР", english=False) == [
        k for k in russian if k not in ("capital_of", "settlement_list")
    ]
    assert kinds("над областным центром ДНР", english=False) == [
        k for k in russian if k not in ("city_district", "town_district", "settlement_list")
    ]
    assert kinds("over the Kursk and Bryansk regions", english=True) == [
        k
        for k, _rx in places._EN_ELEMENTS
        if k
        not in (
            "sea_of",
            "peoples_republic",
            "republic",
            "abbreviation",
            "capital_of",
            "city_district",
            "district_of_town",
            "towns_district",
        )
    ]


def test_russian_only_patterns_skipped_in_ascii_start_with_cyrillic() -> None:
    """What an ASCII sentence is not searched for (``low.isascii()``, known without a scan)
    can only match starting at a Cyrillic letter (or, for ``harm._FOLDED`` and
    ``sides._UA_LETTERS``, a character beyond ASCII)."""
    from parsing import counts, harm, sides

    for rx in (
        counts._ONE_RU,
        counts._ONE_PARTICIPLE_RU,
        counts._ANOTHER_ONE_RU,
        harm._FOLDED,
        sides._UA_LETTERS,
    ):
        chars, empty = _first_chars(list(re._parser.parse(rx.pattern, rx.flags)), rx.flags)  # type: ignore[attr-defined]
        assert not empty and chars and not any(x.isascii() for x in chars), rx.pattern[:40]
    assert sides.ukrainian_language("Ukraine's air force said") is False
    low = "a drone was shot down; another drone was destroyed over the kursk region"
    assert [(c.value, c.implied) for c in counts.find_counts(low, low, 0)] == [(1, True)] * 2


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TRIGGER_PIECES), min_size=1, max_size=12).map("".join))
def test_triggers_are_found_where_the_full_search_finds_them(text: str) -> None:
    for trigger, starts in (
        (places._RU_TRIGGER, places._RU_TRIGGER_START),
        (places._EN_TRIGGER, places._EN_TRIGGER_START),
    ):
        for pos in range(len(text) + 1):
            a = trigger.search(text, pos)
            b = places._next_trigger(trigger, starts, text, pos)
            assert (a and a.span()) == (b and b.span())


#: ``reading._SEP`` as it was first written: a branch per separator.
_SEP_PLAIN = re.compile(
    r"[;\n▫▪•]|(?<!\d):|:(?!\d)|,(?!\d)|\s(?:и|а\s+также|and|as\s+well\s+as|in\s+addition\s+to"
    r"|plus|но|однако|but|while|whereas)\s",
    re.IGNORECASE,
)
SEP_PIECES = [
    ";", "\n", "▫", "▪", "•", ":", ",", " ", "\t", "\u00a0", "5", "12:30", "a:", ":b", "1,5", ", ",
    " и ", " И ", " а также ", " and ", " AND ", " as well as ", " plus ", " но ", " однако ",
    " but ", " while ", " whereas ", "и", "слово", "word",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SEP_PIECES), min_size=1, max_size=14).map("".join))
def test_list_separators_are_those_of_the_plain_pattern(text: str) -> None:
    from parsing import reading

    assert [m.span() for m in reading._SEP.finditer(text)] == [
        m.span() for m in _SEP_PLAIN.finditer(text)
    ]


#: Pieces at the edges of the sentence-boundary hint (written for this test).
BOUNDARY_PIECES = [
    ".", "!", "?", "…", "\n", "\n\n", " ", '"', "»", "”", "«", "Он", "он", "A", "a", "Б", "1.5",
    "т.е.", "x", "\t", "»\n",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BOUNDARY_PIECES), min_size=1, max_size=14).map("".join))
def test_the_boundary_hint_matches_as_its_branches_written_out(text: str) -> None:
    """``text._BOUNDARY_HINT`` puts its branches' first characters in front as one class; the
    pattern with the branches written out finds the same matches."""
    plain = re.compile(r"\n|[.!?…](?=[\"»”]?\s)|[.!?][\"”»](?=[A-ZА-Я])|[.!?](?=[А-ЯA-Z][а-яa-z])")
    spans = [m.span() for m in sentence_text._BOUNDARY_HINT.finditer(text)]
    assert spans == [m.span() for m in plain.finditer(text)]


def test_a_copied_context_is_the_same_context_apart() -> None:
    ctx = reading.Context(region="RU-BRY", had_claims=True, sea="SEA-BLACK", moscow_lines=True)
    copied = reading.copy_context(ctx)
    assert copied == replace(ctx)
    assert copied is not ctx
    copied.region = "RU-KRS"
    assert ctx.region == "RU-BRY"


BOAT_PIECES = [
    "катер", "катера", "бэк", "бэкх", "морской ", "морских ", "безэкипажный ", "надводный ",
    "дрон", "беспилотный ", "аппарат", "судно", "sea ", "naval ", "drone", "drones", " boat",
    "unmanned ", "uncrewed ", "surface ", "vessel", "craft", "usv", "usvs", "x", "-", " ", ",",
    "1", "_",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(BOAT_PIECES), min_size=1, max_size=10).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_a_boat_in_an_item_is_a_boat_in_its_sentence(text: str, a: int, b: int) -> None:
    # rule_not_drones tests an item for boats only when its sentence holds one anywhere
    item = sentence_text.lower(text[a:b])
    if vocab.NAVAL_RE.search(item):
        assert trap_rules._BOAT_ANYWHERE.search(sentence_text.lower(text))


_RANGE_PIECES = ["july", "june ", "3", "4", "12", "-", "–", " - ", " ", "5.", ":", "on ", "x", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RANGE_PIECES), min_size=1, max_size=10).map("".join))
def test_a_day_range_holds_two_numbers_joined_by_a_dash(text: str) -> None:
    """``time._range_end`` looks for a range only where ``time._DASHED`` finds two numbers
    joined by a dash: every range holds them."""
    from parsing import time

    for m in time._DAY_RANGE.finditer(text):
        assert time._DASHED.search(m.group())


def test_a_night_written_as_two_days_still_ends_on_the_second() -> None:
    from datetime import date

    from parsing import time

    assert time._range_end("overnight on july 3-4", date(2025, 7, 5)) == date(2025, 7, 4)
    assert time._range_end("overnight on july 4", date(2025, 7, 5)) is None


#: ``region_context``'s Russian patterns as first written (the lookbehind first: tried at
#: every character).
_OF_REGION_PLAIN = re.compile(
    r"(?<![\w-])(?:район\w*|город\w*|территори\w*|населенн\w+\s+пункт\w*|округ\w*|жител\w*)\s+"
    r"(?P<name>[А-ЯЕ][а-яе]+(?:-[А-ЯЕ][а-яе]+)?)(?![\w-])"
)
_SPEAKER_PLAIN = re.compile(
    r"(?<![\w-])(?i:губернатор\w*|врио\s+губернатора|глав[аеуы]|мэр\w*|оперштаб\w*|оперативн\w+\s+штаб\w*)\s+"
    r"(?P<name>[Рр]еспублик\w*\s+[А-ЯЕ][а-яе]+|[А-ЯЕ][а-яе-]+(?:\s+(?:област\w*|кра[йяюе]\w*|республик\w*))?)"
)
SPEAKER_PIECES = [
    "губернатор ", "Губернатор ", "ГУБЕРНАТОРА ", "врио губернатора ", "глава ", "Главы ", "мэр ",
    "Мэра ", "оперштаб ", "оперативный штаб ", "районе ", "города ", "территории ", "округа ",
    "жители ", "населенного пункта ", "Курской ", "области ", "Республики ", "Крым", "Брянщины",
    "\u1c80рио губернатора ", "-глава ", "xглава ", " ", ", ", "Белгорода", "края ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPEAKER_PIECES), min_size=1, max_size=10).map("".join))
def test_region_context_patterns_match_as_written(text: str) -> None:
    """The speaker's title and the place noun before a region's name, written letter first
    (``word_start``), find what the patterns as first written find."""
    from parsing import region_context as rc

    for fast, plain in ((rc._SPEAKER_RU, _SPEAKER_PLAIN), (rc._OF_REGION_RU, _OF_REGION_PLAIN)):
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]


def test_english_speaker_needs_a_title() -> None:
    """``speaker_region`` skips an English sentence holding none of "overnor", "ayor",
    "counterpart", "ead" and a government's nouns ("overnment", "dministration", "uthorities"):
    every match of ``_SPEAKER_EN`` holds one of them as written (from the parsed pattern)."""
    from parsing import gate, region_context

    words = ("overnor", "ayor", "counterpart", "ead", "overnment", "dministration", "uthorities")
    for fragment in gate.needs(region_context._SPEAKER_EN):
        assert any(w in r for w in words for r in _plain_runs(fragment)), fragment
    assert region_context.speaker_region("Over the Kursk Region, 5 drones", english=True) is None
    assert region_context.speaker_region("the Kursk Region governor said", english=True) == "RU-KRS"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0—–(-аб1", max_size=16))
def test_breakdown_dashes_are_those_of_the_plain_pattern(text: str) -> None:
    """``reading._DASH`` opens with a class the engine skips to: the matches of the pattern
    as first written (spaces, a dash or an opening parenthesis, spaces)."""
    from parsing import reading

    plain = re.compile(r"\s*[—–(-]\s*")
    assert [m.span() for m in reading._DASH.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


ROW_PIECES = [
    "Воронежская область", "Брянской области", "Республика Крым", "Подмосковье", " — ", " – ",
    "-", ": ", "4", "12", "три", " БПЛА", ", ", "; ", ".", "\n", " / ", " | ", "(", ")", "▪️ ",
    "🔹 ", " ", "уничтожены 6 БПЛА", "Кировский район", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ROW_PIECES), min_size=1, max_size=12).map("".join))
def test_name_dash_rows_are_the_patterns_matches(text: str) -> None:
    """``count_rules.name_dash_rows`` tries ``NAME_DASH_RU`` only where a row can start: the
    same matches as its ``finditer``."""
    from parsing import count_rules

    assert [(m.span(), m.groupdict()) for m in count_rules.name_dash_rows(text)] == [
        (m.span(), m.groupdict()) for m in count_rules.NAME_DASH_RU.finditer(text)
    ]


RUN_PIECES = [
    "слово", "БПЛА", "over", "İ", "ё", "12", "1,5", "٣", "5²", "Ⅻ", "½", "_", "a_b", "т.г.", "15-й",
    "«Орел»", "(12", "области,", "—", "-", "…", " ", "\u00a0", "\u2009", "\n", "\x1c", "\u0301",
    "ß", "ǅ", "ʼ", "'", "x", "٫",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(RUN_PIECES), min_size=1, max_size=12).map("".join),
        st.text(max_size=30),
    )
)
def test_letter_runs_are_the_patterns_runs(text: str) -> None:
    """Read word by word, the runs of letters are the pattern's, in order."""
    assert numbers.letter_runs(text) == numbers._LETTER_RUN.findall(text)


def test_letter_runs_split_words_at_digits_and_marks() -> None:
    # ("²" is no decimal digit: a word character the pattern reads as a letter)
    assert numbers.letter_runs("«Орел», 15-й т.г. 12бпла a_b 5² x") == [
        "Орел", "й", "т", "г", "бпла", "a", "b", "²", "x",
    ]  # fmt: skip


def test_elements_are_tried_only_where_their_words_are() -> None:
    """A sentence is tried with the elements whose words it holds, in the grammar's order."""

    def kinds(text: str, *, english: bool) -> list[str]:
        return [kind for kind, _rx in places._elements_for(text, english)]

    assert kinds("over the Kursk and Bryansk regions", english=True) == [
        "around", "anaphor", "common_noun", "list", "settlements", "settlement", "named",
    ]  # fmt: skip
    assert kinds("over the Sea of Azov", english=True) == [
        "around", "anaphor", "common_noun", "sea_of", "settlement", "named",
    ]  # fmt: skip
    assert "town_district" in kinds("в Курском районе", english=False)
    assert "town_district" not in kinds("над Курской областью", english=False)


BOAT_PIECES = [
    "беспилотные ", "беспилотных ", "катера", "катер ", "морской ", "надводные ", "дроны", "бэк",
    "летательные ", "аппараты", "sea ", "drones", "drone ", "boats", "unmanned ", "surface ",
    "vessels", "craft", "crewless ", "usv", " ", "  ", "-", ", ", "x", "5 ", "uncrewed ", "boat ",
    "vessel ", "aerial ", "vehicles",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(BOAT_PIECES), min_size=1, max_size=8).map("".join))
def test_boat_names_are_those_of_the_pattern_as_written(text: str) -> None:
    """The boats' pattern, its optional word written as two branches and keyed by hand, finds
    what the pattern as first written finds (the keys answer only where it finds nothing); so
    does its English uncrewed boat, its optional word and its two nouns written as four branches."""
    split = r"беспилотн\w+\s+\w+\s+катер\w*|беспилотн\w+\s+катер\w*"
    assert split in vocab.NAVAL
    written = vocab.NAVAL.replace(split, r"беспилотн\w+\s+(?:\w+\s+)?катер\w*")
    uncrewed = r"(?:unmanned|uncrewed|crewless)\s+"
    split_en = "|".join(uncrewed + w + n for w in (r"\w+\s+", "") for n in ("boats?", "vessels?"))
    assert split_en in written
    written = written.replace(split_en, uncrewed + r"(?:\w+\s+)?(?:boats?|vessels?)")
    as_written = re.compile(rf"(?<![\w-])(?:{written})")
    expected = [m.span() for m in as_written.finditer(text)]
    assert [m.span() for m in vocab.NAVAL_RE.finditer(text)] == expected
    assert vocab.NAVAL_RE.sub("#", text) == as_written.sub("#", text)
    anywhere = re.compile(written.replace(r"\b", ""))
    found = trap_rules._BOAT_ANYWHERE.search(text)
    assert (found and found.span()) == ((m := anywhere.search(text)) and m.span())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0—–(-аб1", max_size=16))
def test_a_gap_without_a_dash_has_no_dash_match(text: str) -> None:
    """``reading._has_dash`` is False only where ``_DASH`` finds nothing (the breakdown's test)."""
    if not reading._has_dash(text):
        assert reading._DASH.search(text) is None
    else:
        assert reading._DASH.search(text) is not None


NOT_SAID_PIECES = [
    "did ", "didn't ", "does not ", "has ", "hasn't ", "not ", "n't ", "NOT ", "mention", "say",
    "report", "specify ", "the ", "не ", "НЕ ", "Не", "упоминал", "назвал ", "уточнил", "x",
    " ", "  ", "\n", "сообщ", "коммент", "не-", "'", "’t ", "won ", "\u0130", "nо ",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NOT_SAID_PIECES), min_size=1, max_size=8).map("".join))
def test_a_sentence_without_not_says_nothing_was_not_said(text: str) -> None:
    """``trap_rules._may_say_not`` is False only for a lower-cased sentence in which
    ``_NOT_SAID`` finds nothing, whatever part of it is searched."""
    low = sentence_text.lower(text)
    if not trap_rules._may_say_not(low):
        assert trap_rules._NOT_SAID.search(low) is None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *NOT_SAID_PIECES,
                "w\u0131thout saying",
                "no\tinformation about drones",
                "над Воронежской",
            ]
        ),
        min_size=1,
        max_size=8,
    ).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_an_item_without_not_says_nothing_was_not_said(text: str, a: int, b: int) -> None:
    """``trap_rules._item_may_say_not`` is False only for a part of a lower-cased sentence in
    which ``_NOT_SAID`` finds nothing (dotless i in "without", a tab after "no" too)."""
    low = sentence_text.lower(text)
    a, b = min(a, b, len(low)), min(max(a, b), len(low))
    if not trap_rules._item_may_say_not(low[a:b]):
        assert trap_rules._NOT_SAID.search(low, a, b) is None


@pytest.mark.parametrize(
    "text",
    [
        "w\u0131thout saying how many",  # (IGNORECASE folds the dotless i onto "i")
        "no\tinformation about drones",
        "did not mention",
        "hasn't confirmed",
        "не уточнили",
        "нет данных о сбитых",
    ],
)
def test_an_item_that_says_not_is_searched(text: str) -> None:
    """Each way ``_NOT_SAID`` matches keeps its item searched (``_item_may_say_not``)."""
    low = sentence_text.lower(text)
    assert trap_rules._NOT_SAID.search(low) is not None
    assert trap_rules._item_may_say_not(low)


def test_not_said_and_airport_rules_keep_their_cases() -> None:
    """The two rules' sentence tests leave their cases read as before: the place in a clause of
    what was not said, and an airport's town, give no claim; the place of the figure does."""
    (said,) = parse(
        "The ministry did not mention the attack on Oryol, but said five drones were downed over"
        " the Kursk region."
    )
    assert [(c.area_id, c.count) for c in said.claims] == [("RU-KRS", 5)]
    (airport,) = parse(
        "Three drones were downed over Tatarstan; flights were halted at the airport in Kazan."
    )
    assert [(c.area_id, c.count) for c in airport.claims] == [("RU-TA", 3)]


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Дежурными средствами ПВО уничтожены два БПЛА, сообщила администрация Миасса.", "mayor"),
        (
            "Дежурными средствами ПВО уничтожены два БПЛА, сообщили власти Курской области.",
            "governor",
        ),
        (
            "Дежурными средствами ПВО сбиты три беспилотника, сообщило правительство "
            "Белгородской области.",
            "governor",
        ),
    ],
)
def test_a_speaker_after_the_duty_formula_is_found_by_the_head_words(
    text: str, reporter: str
) -> None:
    # the formula's sentence is searched for a speaker only when it holds a head word
    # (speakers._HEAD_WORDS): every governor's and mayor's entry must hold one
    assert [r.reporter for r in parse(text)] == [reporter]


def test_the_opening_line_is_read_for_a_night_only_when_a_sentence_takes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from parsing import time_clauses

    text = "Ночь прошла тревожно. Над районом сбиты 3 БПЛА. За ночь сбиты ещё 2 БПЛА."
    sents = sentence_text.prepare(text).sentences
    low = sentence_text.lower(text)
    read: list[str] = []
    find_time = time_clauses.find_time

    def counted(chunk: str, base: int, published: object) -> object:
        read.append(chunk)
        return find_time(chunk, base, published)  # type: ignore[arg-type]

    monkeypatch.setattr(time_clauses, "find_time", counted)
    night = find_time(low[sents[2].start : sents[2].end], sents[2].start, None)
    # the second sentence names no time: the opening line's night dates it (and stops at the third)
    times = {1: None, 2: night}
    time_clauses.lede_night(list(sents), times, low, None, {1, 2})  # type: ignore[arg-type]
    assert read == ["ночь прошла тревожно."]
    assert times[1] is not None and times[1].kind == "night" and times[1].start == 0
    assert times[2] is night
    # every sentence after it names its own time: the opening line is not read at all
    read.clear()
    times = {1: night, 2: night}
    time_clauses.lede_night(list(sents), times, low, None, {1, 2})  # type: ignore[arg-type]
    assert read == []
    assert times == {1: night, 2: night}


ONE_EN_PIECES = [
    "a ", "an ", "one more ", "another ", "the first ", "the last ", "drone", "drones", "uav",
    "uavs", "unmanned aerial vehicle", "unmanned aerial vehicles", "vehicle", "-", "_", "1", "é",
    "ж", " ", ".", ",", "\n", "x", "attack", " was shot down", "kamikaze ", "\u0131", "\u0130",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(ONE_EN_PIECES), min_size=1, max_size=10).map("".join))
def test_a_sentence_without_a_singular_noun_holds_no_one_en(text: str) -> None:
    from parsing import counts

    low = sentence_text.lower(text)
    if not counts._may_name_one_en(low):
        assert counts._ONE_EN.search(low) is None, low


def test_one_en_is_tried_only_with_a_singular_noun() -> None:
    from parsing import counts

    assert not counts._may_name_one_en("destroyed 74 drones: 6 over the x region, uavs-")
    assert not counts._may_name_one_en("unmanned aerial vehicles: drone_x, drone1")
    assert counts._may_name_one_en("one drone.")
    assert counts._may_name_one_en("an unmanned aerial vehicle")
    assert counts._may_name_one_en("a uav")
    low = "a drone was shot down over the kursk region"
    assert [(c.value, c.start, c.end) for c in counts.find_counts(low, low, 0)] == [(1, 0, 7)]
