"""``word_start`` rewrites a word-start pattern for speed: same matches, spans and groups."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import vocab
from parsing.time import NIGHT_RE
from parsing.word_start import (
    FromBlank,
    Leftmost,
    WithOpening,
    case_variants,
    fronted,
    word_start,
)

#: Every body the vocabulary compiles with ``vocab.alt``.
BODIES = [
    "|".join(p) if isinstance(p, list) else p
    for p in (
        vocab.DRONE, vocab.AIR_DEFENCE, vocab.INTERCEPT, *(p for _w, p in vocab.REPORTERS),
        "|".join(f"(?P<r{i}>{p})" for i, (_w, p) in enumerate(vocab.REPORTERS)),
        vocab.NOT_REPORTER, vocab.MISSILE, vocab.BOAT, vocab.AERIAL_TARGET, vocab.WARNING,
        vocab.AIRPORT, vocab.SVO_ZONE, vocab.FOOTER, vocab.ATTEMPT, vocab.DROPPED,
        vocab.TOTAL_MARK, vocab.ALL_DESTROYED, vocab.DAMAGE, vocab.HARM, vocab.NATIONAL,
        vocab.NO_CASUALTIES, vocab.UA_SIDE, vocab.NAVAL, vocab.NOT_DRONE_WEAPON,
        vocab.UA_SIDE_NEWS, vocab.RU_SIDE_NEWS, *vocab.GOVERNORS.values(),
        "|".join(vocab.GOVERNORS.values()), rf"(?:{vocab.ATTACK_BY})\s+(?:\w+\s+)?$",
    )
]  # fmt: skip

#: Written for this test: vocabulary at the start, inside and after words, hyphens, capitals.
TEXTS = [
    "над областью сбиты три беспилотника, ещё два БПЛА-камикадзе перехвачены",
    "недрон-беспилотник и морской дрон уничтожены; безэкипажный катер подавлен",
    "Губернатор сообщил: пострадавших нет. Минобороны: всего за время операции 40",
    "в зоне проведения СВО сбиты 12 бпла, предупреждение об угрозе атаки БПЛА",
    "Ukraine's air force said 30 drones were launched at Ukraine; Russia also said",
    "the governor said drone debris damaged a house; no one was hurt, fire broke out",
    "In recent weeks, four attacks were repelled by air defences over Russia",
    "глава региона Гладков и Вячеслав Гладков; андрей воробьев сообщил",
    "пре-уничтожены антидроны дроны-перехватчики сбитые обломки",
]


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None, dict]]:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize("body", BODIES)
def test_vocabulary_matches_as_the_plain_pattern(body: str) -> None:
    plain, fast = re.compile(rf"(?<![\w-])(?:{body})"), word_start(body)
    for text in TEXTS:
        for t in (text, text.lower()):
            assert _matches(fast, t) == _matches(plain, t)
            for pos in range(0, len(t), 7):  # a search from inside a word sees the word
                a, b = fast.search(t, pos), plain.search(t, pos)
                assert (a and a.span()) == (b and b.span())


def test_rewrite() -> None:
    """A leading group is spread over its alternatives (an optional one also left out), each
    alternative starting with its letter; a body with an alternative that cannot (an optional
    letter, "^", a named group) keeps the lookbehind in front of it all."""
    assert word_start(r"(?:ab|c)d|(?:x\s+)?ef").pattern == (
        r"(?:a(?<![\w-]a)bd|c(?<![\w-]c)d|x(?<![\w-]x)\s+ef|e(?<![\w-]e)f)"
    )
    # alternatives with one first letter are tried together, in their order
    assert word_start(r"ab|cd|a(?:e|f)g").pattern == (
        r"(?:a(?<![\w-]a)(?:b|(?:e|f)g)|c(?<![\w-]c)d)"
    )
    # a lookbehind before the first letter goes after it, with the letter
    assert word_start(r"(?<!x\s)(?:ab|c)d|e").pattern == (
        r"(?:a(?<![\w-]a)(?<!(?:x\s)a)bd|c(?<![\w-]c)(?<!(?:x\s)c)d|e(?<![\w-]e))"
    )
    for body in (r"ab|e?f", r"ab|^g", r"(?P<n>h|i)j"):
        assert word_start(body).pattern == rf"(?<![\w-])(?:{body})"


_BODIES = [
    r"(?:ab|c)d|(?:x|y-)?k[-l]+|mo|(?:n(?:o|p))?q|a|kl|ml",
    r"(?:ab|c)d|e?f|^g|(?P<n>h|i)j",
    r"(?<!x\s)(?<!y)(?:ab|c)d|(?<=q-)k[-l]+|(?<![\w-])mo|(?<!qx|y-)kl",
]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdefghijklmnopqxy -_1", max_size=30),
    st.integers(0, 30),
    st.sampled_from(_BODIES),
)
def test_same_matches_on_any_text(text: str, pos: int, body: str) -> None:
    plain, fast = re.compile(rf"(?<![\w-])(?:{body})"), word_start(body)
    assert _matches(fast, text) == _matches(plain, text)
    a, b = fast.search(text, pos), plain.search(text, pos)
    assert (a and a.span()) == (b and b.span())
    # with patterns the match must not follow ("debris from a drone" is no count)
    plain, fast = (
        re.compile(rf"(?<!x\s)(?<!y-)(?<![\w-])(?:{body})"),
        word_start(body, not_after=(r"x\s", "y-")),
    )
    assert _matches(fast, text) == _matches(plain, text)


#: Bodies compiled with ``ignorecase`` in the parser, and two that test the letter groups.
_CI_BODIES = [
    r"отражен\w*|отрази\w*|отбит\w*|repelled|repulsed",
    r"(?:did\s+not|didn't|has\s+not)\s+(?:\w+\s+)?(?:mention|say)\w*|не\s+(?:упомина|сообщ)\w*",
    r"(?:launch(?:ed|es)?|fired|запусти\w*)(?:\s+[^\d\s.,;:!?]+){0,4}\s+$",
    r"Ab|ac|Ad|(?:x\s+)?In|iS|ks|во|тот",
]
#: Written for this test: every case, and the characters IGNORECASE folds to a Latin or
#: Cyrillic letter (dotted and dotless i, long s, Kelvin sign, old Cyrillic forms).
_CI_ALPHABET = "abdiknsxвотОТВABDIKNSX \u0130\u0131\u017f\u212a\u1c80\u1c82\u1c84\u1c85-_1"


@pytest.mark.parametrize("body", _CI_BODIES)
def test_ignorecase_matches_as_the_plain_pattern(body: str) -> None:
    plain, fast = (
        re.compile(rf"(?<![\w-])(?:{body})", re.IGNORECASE),
        word_start(body, ignorecase=True),
    )
    assert fast.flags & re.IGNORECASE == 0  # the engine skips only to letters given as they are
    for text in [*TEXTS, "ОТРАЖЕНА атака; Ukraine DIDN'T mention it; \u1c82тбит; fıred 3 drones  "]:
        for t in (text, text.lower(), text.upper()):
            assert _matches(fast, t) == _matches(plain, t)
            for pos in range(0, len(t), 5):
                a, b = fast.search(t, pos), plain.search(t, pos)
                assert (a and a.span()) == (b and b.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CI_ALPHABET, max_size=30), st.sampled_from(_CI_BODIES[3:]))
def test_ignorecase_same_matches_on_any_text(text: str, body: str) -> None:
    plain = re.compile(rf"(?<![\w-])(?:{body})", re.IGNORECASE)
    assert _matches(word_start(body, ignorecase=True), text) == _matches(plain, text)


def test_case_variants_are_every_character_matched() -> None:
    """``case_variants`` gives every character of Unicode that IGNORECASE matches with each
    Latin and Cyrillic letter (checked here against them all)."""
    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя":
        for c in (letter, letter.upper()):
            assert case_variants(c) == tuple(sorted(set(re.findall(f"(?i){c}", every))))
    assert case_variants("1") is None
    assert case_variants("'") is None


@pytest.mark.parametrize("body", [vocab.SHOT_ONE_RU, *_BODIES, *_CI_BODIES[:3]])
def test_fronted_matches_as_written(body: str) -> None:
    """``fronted`` puts each alternative's first letter in front: same matches, same order."""
    plain, fast = re.compile(body), fronted(body)
    texts = [
        *TEXTS,
        "о сбитом бпла; также попавший под действие средств рэб; тоже попавшего под воздействие систем радиоэлектронной борьбы",
    ]
    for text in texts:
        for t in (text, text.lower()):
            assert _matches(fast, t) == _matches(plain, t)
            for pos in range(0, len(t), 5):
                a, b = fast.search(t, pos), plain.search(t, pos)
                assert (a and a.span()) == (b and b.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqxy -_1", max_size=30), st.sampled_from(_BODIES))
def test_fronted_same_matches_on_any_text(text: str, body: str) -> None:
    assert _matches(fronted(body), text) == _matches(re.compile(body), text)


def test_reporter_is_the_first_entry_at_the_earliest_match() -> None:
    """``sentence_reporter`` finds the earliest reporter with one pattern and names the entry
    listed first that matches there: what one pattern with a group per entry names."""
    grouped = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(f"(?P<r{i}>{p})" for i, (_w, p) in enumerate(vocab.REPORTERS))
        + ")"
    )
    texts = [
        *TEXTS,
        "глава мо сообщил; мо рф заявило, мэр москвы и губернатор",
        "the ministry said; the defence ministry reported; city hall warned",
        "дежурными средствами пво перехвачены, сообщили в минобороны россии",
    ]
    for text in texts:
        low = text.lower()
        for pos in range(0, len(low), 3):
            t = low[pos:]
            g = grouped.search(t)
            want = None if g is None else vocab.REPORTERS[int(g.lastgroup[1:])][0]  # type: ignore[index]
            m = vocab.REPORTER_RE.search(t)
            got = (
                None
                if m is None
                else next(w for w, rx in vocab.REPORTER_RES if rx.match(t, m.start()))
            )
            assert got == want
            assert (m and m.span()) == (g and g.span())


@pytest.mark.parametrize("body", [vocab.FOOTER, r"ab|c\s+d|^\W*(?:e|ab)|^x"])
def test_with_opening_searches_as_the_plain_pattern(body: str) -> None:
    """``WithOpening`` (alternatives that hold only at the start kept apart) finds what the
    whole pattern finds, from any position."""
    plain, fast = re.compile(rf"(?<![\w-])(?:{body})"), WithOpening(body)
    texts = [
        *TEXTS,
        "— in recent weeks, four attacks; since the start of the war 3,000",
        "За последние месяцы всего за время операции",
        "ab c d; e ab -x",
        "  e, then ab",
    ]
    for text in texts:
        for t in (text, text.lower()):
            for pos in range(0, len(t), 3):
                a, b = fast.search(t, pos), plain.search(t, pos)
                assert (a and a.span()) == (b and b.span())
            a, b = fast.search(t, 0, 9), plain.search(t, 0, 9)
            assert (a and a.span()) == (b and b.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdex -_1", max_size=20))
def test_with_opening_same_match_on_any_text(text: str) -> None:
    body = r"ab|c\s*d|^\W*(?:e|ab)|^x"
    a, b = WithOpening(body).search(text), re.compile(rf"(?<![\w-])(?:{body})").search(text)
    assert (a and a.span()) == (b and b.span())


def test_with_opening_needs_its_opening_alternatives_last() -> None:
    with pytest.raises(ValueError, match="last alternatives"):
        WithOpening(r"^a|b")


#: Written for this test: nights in every form ``time.NIGHT_RE`` reads, at the start, in the
#: middle and after another one, with dates, weekdays and clock hours.
NIGHTS = [
    "в ночь на 5 мая над областью сбиты три беспилотника; за ночь ещё два",
    "в ночь с субботы на воскресенье, с 3 на 4 июня, в течение ночи",
    "сегодня ночью, в 2:30 ночи, около 3 часов ночи; с вечера 2 июня до утра 3 июня",
    "Overnight into Monday, 12 drones; on the night of June 1 to 2 and friday night too",
    "the ministry said at 07:45 that 5 drones were shot down tonight, in a single night",
    "early hours of sunday; from the evening of May 4 to the morning of May 5; вночі",
    "no night at all here, 12:40 and 1.30 ночью? 14 на 15-е",
]


@pytest.mark.parametrize("body", [NIGHT_RE.pattern, r"(?P<a>ab|c)d|\d\d?:x|e(?P<f>f)?|ab"])
def test_leftmost_searches_as_the_whole_pattern(body: str) -> None:
    """``Leftmost`` finds the whole pattern's first match (span and every group) through
    patterns the engine skips through; each of them opens with a set of characters."""
    plain, fast = re.compile(body), Leftmost(body)
    for rx in fast.starts:
        parsed = re._parser.parse(rx.pattern)  # type: ignore[attr-defined]
        assert re._compiler._get_charset_prefix(parsed, 0) is not None  # type: ignore[attr-defined]
    for text in [*NIGHTS, *TEXTS, "ab cd 1:x 12:x ef e abd"]:
        for t in (text, text.lower()):
            for pos in range(0, len(t), 4):
                a, b = fast.search(t[pos:]), plain.search(t[pos:])
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
    if body == NIGHT_RE.pattern:
        found = [fast.search(t.lower()) for t in NIGHTS]
        assert all(found)
        assert [m.group() for m in found if m][-2:] == ["early hours of sunday", "ночью"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdef1:x -", max_size=25))
def test_leftmost_same_match_on_any_text(text: str) -> None:
    body = r"(?P<a>ab|c)d|\d\d?:x|e(?P<f>f)?|(?<![\w-])ab|(?:x\s+)?f"
    a, b = Leftmost(body).search(text), re.compile(body).search(text)
    assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_leftmost_refuses_what_it_cannot_keep() -> None:
    for body in (r"(?P<a>x)(?P=a)", r"(?i:a)b"):
        with pytest.raises(ValueError, match="no backreference"):
            Leftmost(body)


@pytest.mark.parametrize("body", BODIES)
def test_from_blank_searches_as_the_plain_pattern(body: str) -> None:
    """``FromBlank`` (the body tried after each blank or mark) finds what the word-start
    pattern finds, from any position and up to any end."""
    plain, fast = re.compile(rf"(?<![\w-])(?:{body})"), FromBlank(body)
    for text in TEXTS:
        for t in (text, text.lower()):
            for pos in range(0, len(t), 5):
                for end in (len(t), pos + 12):
                    a, b = fast.search(t, pos, end), plain.search(t, pos, end)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="abcdefghijklmnopqxy -_1.", max_size=30),
    st.integers(0, 30),
    st.integers(0, 32),
    st.sampled_from([*_BODIES[::2], r"ab|c(?<=^c)d|(?<!y\s)mo"]),
)
def test_from_blank_same_match_on_any_text(text: str, pos: int, end: int, body: str) -> None:
    plain, fast = re.compile(rf"(?<![\w-])(?:{body})"), FromBlank(body)
    a, b = fast.search(text, pos, end), plain.search(text, pos, end)
    assert (a and a.span()) == (b and b.span())
    a, b = fast.search(text, pos), plain.search(text, pos)
    assert (a and a.span()) == (b and b.span())


def test_reporter_pattern_from_blank_is_the_plain_one() -> None:
    """The reporters' pattern searched from the blank before a word: the same earliest match
    as the word-start pattern, in sentences written for this test."""
    assert isinstance(vocab.REPORTER_RE, FromBlank)
    rx = vocab.REPORTER_RE.rx
    for t in [
        *TEXTS,
        "по словам губернатора, над городом сбит беспилотник",
        "ministry said on telegram; the defence ministry reported",
        "(минобороны) сообщило: над регионом уничтожены дроны",
        "мэр-глава и врио губернатора сообщили",
    ]:
        for pos in range(0, len(t), 3):
            a, b = vocab.REPORTER_RE.search(t.lower(), pos), rx.search(t.lower(), pos)
            assert (a and a.span()) == (b and b.span())
