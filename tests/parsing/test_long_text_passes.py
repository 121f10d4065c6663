"""The passes over a whole text (issue 14: a 10 MB report): what they skip for speed gives
exactly what the full scans give, a text is prepared once for ``parse`` and ``diagnose``,
and a long text's passes report ``(0, 0)`` to ``progress`` so a cancel is heard between
them. The texts are written here, in our own words.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import build, letters, numbers, parse, pipeline, report_rules, rules, segment
from parsing import text as text_module
from parsing.diagnostics import diagnose

# --- the same matches as the patterns they replace ------------------------------------------

#: The patterns as they were, each tried at every character of the text.
_NEGATIVE_BEFORE = re.compile(r"(?<![\w.,:)\]\-−])[-−]\d+")
_LAT_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[A-Za-z]")
_LIST_GOES_ON_AS_WRITTEN = re.compile(
    r"(?<![\w-])(?:another|ещ[её])\s+\w+\s+(?:(?:were|was|were\s+\w+|[–—-])\s+)?(?:over|in|над|в)\s"
    r"|(?<![\w-])regions?\s+(?:\w+\s+){0,2}?(?:included|including|such\s+as)\s"
    r"|^\s*(?:these|they|those)\s+(?:areas\s+|regions\s+)?(?:included|include)\s"
    r"|^\s*(?:а\s+также|а\s+ещ[её]|также|and\s+also)\s"
    r"|(?:of\s+them|из\s+них)\s+(?:(?:were|had\s+been)\s+)?(?:flying|heading|летел|летели|направлял)",
    re.IGNORECASE,
)

SIGN_PIECES = [
    "-", "−", "5", "12", " ", "\n", "a", "ж", ".", ",", ":", ")", "]", "(", "_", "-5", "10-15",
    "²", "\u200b",
]  # fmt: skip
PROSE_PIECES = [
    "<b>", "</b>", "<a href=x>", "\\<i\\>", "<3", "< 5", "<", ">", "\\", "http://x", "https://",
    "www.", "www", "ww.", "h", "ttp", "w", "#тег", "#", "@канал", "@", "_", "1", " ", "\n", "-",
    ".", "слово", "word", "Ж", "ab", "&lt;b&gt;", "&amp;", ":", "/",
]  # fmt: skip
LIST_PIECES = [
    "another 5 over ", "Another two were downed in ", "ЕЩЕ 3 — над ", "ещё пять в ",
    "regions such as ", "Region listed included ", "these included ", "They areas include ",
    "а также ", "А ЕЩЁ ", "and also ", "of them were flying", "Of Them heading",
    "из них летели", "ИЗ НИХ направлял", "had been ", "another", "region", "included", "also",
    "of them", "из них", "over", "над", "in", "в", " ", "\n", "-", "5", "x", "ж", "_", "ſ",
    "ı", "İ",
]  # fmt: skip
DIGIT_PIECES = [
    "1", "23", "(", ")", "[", "]", "2)", "(3", " ", "\t", "\n", "UPD ", "upd.", "Обновлено: ",
    "edit", "²", "⑤", "³4", "\u200b", "\u00ad", "-", "<b>", "</b>", "x", "5",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SIGN_PIECES), max_size=14).map("".join))
def test_the_minus_sign_scan_matches_as_its_lookbehind_first_form(text: str) -> None:
    spans = [m.span() for m in numbers._NEGATIVE.finditer(text)]
    assert spans == [m.span() for m in _NEGATIVE_BEFORE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PROSE_PIECES), max_size=14).map("".join))
def test_prose_without_a_domain_is_cut_as_the_full_pattern_cuts_it(text: str) -> None:
    assert pipeline._LAT_WORD.findall(text) == _LAT_WORD_BEFORE.findall(text)
    if pipeline._ANY_TLD.search(text) is None:
        short = pipeline._NOT_PROSE_NO_DOMAIN.sub(" ", text)
        assert short == pipeline._NOT_PROSE.sub(" ", text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(LIST_PIECES), max_size=12).map("".join))
def test_a_list_going_on_is_found_as_the_pattern_as_written_finds_it(text: str) -> None:
    assert rules._list_goes_on(text) == bool(_LIST_GOES_ON_AS_WRITTEN.search(text))


#: Letters of every kind beside the two alphabets: accented, Ukrainian, Greek, Chinese, a
#: combining accent, a lone surrogate, digits of other scripts, a superscript digit, "_".
LETTER_PIECES = [
    "a", "Z", "ж", "Ё", "ё", "і", "Ґ", "é", "σ", "Σ", "中", "\u0301", "\ud800", "\U0001d400",
    "٥", "²", "5", "_", " ", ".", "-", "\n", "aж", "жa", "Aбв", "xyz", "слово",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LETTER_PIECES), max_size=16).map("".join))
def test_the_letters_counted_in_an_array_are_the_patterns_matches(text: str) -> None:
    # (a long text's language count and its seams between alphabets: parsing.letters)
    assert letters.word_starts(text) == (
        len(pipeline._CYR_WORD.findall(text)),
        len(pipeline._LAT_WORD.findall(text)),
    )
    assert letters.seams(text).tolist() == [m.start() for m in text_module._SEAM.finditer(text)]


def test_a_long_text_is_unmixed_and_counted_as_a_short_one() -> None:
    unit = "Над oбластью сбиты 5 БПЛА. The drones. a.ж.ab.Жx "
    long = unit * (text_module.LONG_TEXT // len(unit) + 1)
    assert len(long) >= text_module.LONG_TEXT
    assert text_module.normalise(long) == "".join(
        text_module.normalise(unit) for _ in range(len(long) // len(unit))
    )
    assert pipeline.detect_language(long) == pipeline.detect_language(unit) == "ru"


#: Stops, quotes, spaces and letters around them, where sentences end or do not.
STOP_PIECES = [
    ".", "!", "?", "…", '"', "»", "”", " ", "\n", "  ", "A", "Ж", "a", "ж", "Жа", "Ab", "ab",
    "т.е.", "1.5", "г.", "x", "—",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(STOP_PIECES), max_size=16).map("".join))
def test_sentence_ends_found_after_the_stop_are_those_found_from_it(text: str) -> None:
    from_stop = [m.span() for m in text_module._boundaries(text, after=False)]
    assert [m.span() for m in text_module._boundaries(text, after=True)] == from_stop
    assert from_stop == [m.span() for m in text_module._BOUNDARY.finditer(text)]


@pytest.mark.parametrize(
    ("text", "goes_on"),
    [
        ("Another 12 were downed over the Oryol region.", True),
        ("Ещё пять — над соседним районом.", True),
        ("Other regions named included two in the south.", True),
        ("These included the Tula region.", True),
        ("А также в Пристенском районе.", True),
        ("Two of them were heading for the capital.", True),
        ("Два из них летели к городу.", True),
        ("Said these included nothing.", False),
        ("Жители района пожаловались на перебои с горячей водой.", False),
    ],
)
def test_a_list_going_on_in_our_own_sentences(text: str, goes_on: bool) -> None:
    assert rules._list_goes_on(text) is goes_on
    assert bool(_LIST_GOES_ON_AS_WRITTEN.search(text)) is goes_on


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(DIGIT_PIECES), max_size=14).map("".join))
def test_a_skipped_scan_is_one_that_finds_nothing(text: str) -> None:
    for pattern, needs in [
        (numbers._SPLIT_DIGITS, numbers._ANY_INVISIBLE),
        (numbers._ODD_DIGITS, numbers._ANY_ODD),
        (numbers._LABEL, numbers._ANY_LABEL),
    ]:
        spans = [m.span() for m in numbers._scan(pattern, needs, text)]
        assert spans == [m.span() for m in pattern.finditer(text)]


def test_the_skipped_scans_still_find_their_numbers() -> None:
    text = "UPD (2) Над областью уничтожено -5 БПЛА, 1\u200b5 и 7² дронов."
    found = [(d.detail, d.start, d.end) for d in numbers.doubtful_numbers(text)]
    assert found == [
        ("a numbered label, not a count: 'UPD (2)'", 5, 6),
        ("a number with a minus sign: '-5'", 32, 34),
        ("digits split by an invisible character: '1\\u200b5'", 41, 44),
        ("digits no figure is written with: '7²'", 47, 49),
    ]


# --- one preparation for the parse and the check --------------------------------------------

REPORT = (
    "Губернатор сообщил: ночью над Курской областью дежурные силы ПВО сбили 7 БПЛА. "
    "Пострадавших нет.\nПозже над Брянской областью уничтожено ещё 2 беспилотника."
)


def test_the_check_reads_the_preparation_of_the_parse_and_lets_it_go() -> None:
    text = REPORT + " "  # a new object, prepared by nothing before this test
    reports = parse(text)
    kept = text_module._last
    assert kept is not None and kept.text is text
    assert text_module.prepare(text) is kept  # not prepared again
    assert diagnose(text, reports) == []
    assert text_module._last is None  # let go once checked
    fresh = text_module.prepare(text)
    assert fresh is not kept and fresh == kept  # prepared again, the same
    text_module.release(text)


def test_an_equal_text_that_is_another_object_is_prepared_again() -> None:
    first, second = REPORT + "!", "".join([REPORT, "!"])
    assert first == second and first is not second
    assert text_module.prepare(second) is not text_module.prepare(first)
    text_module.release(first)
    text_module.release(second)


# --- a long text's passes are heard by a cancel ---------------------------------------------


def long_line() -> str:
    """A line of words without a sentence end, ``LONG_TEXT`` characters long (a pasted table)."""
    words = "строка таблицы номер 12 значение 40 "
    reps = text_module.LONG_TEXT // len(words) + 1
    return (words * reps)[: text_module.LONG_TEXT]


class Stop(Exception):
    pass


def test_a_long_text_reports_its_passes_before_its_sentences() -> None:
    text = long_line()
    calls: list[tuple[int, int]] = []
    reports = parse(text, progress=lambda done, total: calls.append((done, total)))
    assert reports == []
    # normalising, lower-casing, the sentence split, the language count, the sides' split;
    # then the sentences (pieces of at most MAX_SENTENCE_CHARS) every hundred, then all of
    # them; grouped into reports, the reports built
    count = len(text_module.prepare(text).sentences)
    assert count == 350
    read = [(100, count), (200, count), (300, count), (count, count)]
    assert calls == [(0, 0)] * 5 + read + [(count, count)] * 2
    text_module.release(text)


@pytest.mark.parametrize("stop_after", [1, 2, 3, 4])
def test_a_long_text_is_stopped_between_its_passes(stop_after: int) -> None:
    text = long_line()
    calls: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == stop_after:
            raise Stop

    with pytest.raises(Stop):
        parse(text, progress=stop)
    assert calls == [(0, 0)] * stop_after  # no sentence was read
    # stopped while preparing (before the sentence split): nothing is kept for the check
    kept = text_module._last
    assert (kept is not None and kept.text is text) == (stop_after >= 3)
    text_module.release(text)


def _statements(n: int) -> str:
    """``n`` short statements of our own with no date: the parse makes them one report."""
    regions = ["Курской", "Брянской", "Белгородской", "Орловской"]
    return "\n\n".join(
        f"Дежурные средства ПВО перехватили {k % 9 + 2} БПЛА над {regions[k % 4]} областью."
        for k in range(n)
    )


def _in_build() -> bool:
    """Whether the caller was called from inside ``build.build``."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code is build.build.__code__:
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def test_a_long_report_is_heard_while_it_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a text of LONG_TEXT characters and more: 10 MB of statements with no date are one
    # report, whose build took 1.7 s; here the bound is lowered so a short text is one)
    monkeypatch.setattr(pipeline, "LONG_TEXT", 1000)
    text = _statements(300)
    calls: list[bool] = []
    whole = parse(text, progress=lambda _done, _total: calls.append(_in_build()))
    assert len(whole) == 1  # one report (no date), with its rows
    assert {"RU-KRS", "RU-BRY", "RU-BEL"} <= {c.area_id for c in whole[0].claims}
    heard = calls.count(True)
    assert heard >= len(build_module_passes()) + 2  # each pass of the build, and retellings

    def cancel(_done: int, _total: int) -> None:
        if _in_build():
            raise Stop

    with pytest.raises(Stop) as stopped:
        parse(text, progress=cancel)
    # stopped from inside the build of the one report, at its first call there
    assert any(t.tb_frame.f_code is build.build.__code__ for t in _frames(stopped.tb))
    # a short text, or a short report, is built without a call (nothing to wait for)
    monkeypatch.setattr(pipeline, "LONG_TEXT", text_module.LONG_TEXT)
    calls.clear()
    assert parse(text, progress=lambda _done, _total: calls.append(_in_build())) == whole
    assert True not in calls


def build_module_passes() -> tuple[object, ...]:
    """The report rules: the build calls its ``step`` after each."""
    return report_rules.REPORT_RULES


def _frames(tb: TracebackType | None) -> Iterator[TracebackType]:
    while tb is not None:
        yield tb
        tb = tb.tb_next


def test_a_long_text_the_parse_did_not_prepare_is_checked_with_its_passes_reported() -> None:
    text = long_line()
    calls: list[tuple[int, int]] = []
    assert diagnose(text, [], progress=lambda done, total: calls.append((done, total))) == []
    count = 350 * 2  # no claim: read again for lost claims
    assert calls[:3] == [(0, 0)] * 3  # normalising, lower-casing, the sentence split
    assert calls[3:] == [(k, count) for k in range(100, count, 100)] + [(count, count)]
    assert text_module._last is None


def test_a_new_report_looks_only_at_the_drafts_of_its_own_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Statements whose hours name no day make a report each; a new one is matched against
    the drafts of its time's key and the draft being filled, not against every draft made so
    far (that was quadratic: 10 MB of such statements did not finish)."""
    looked: list[int] = []
    of_time = segment._of_time

    def spy(*args: Any) -> list[segment.Draft]:
        found = of_time(*args)
        looked.append(len(found))
        return found

    monkeypatch.setattr(segment, "_of_time", spy)
    text = "\n\n".join(
        f"С 21:00 до 06:00 мск над Брянской областью перехвачены {5 + k % 7} беспилотников. "
        f"Всего за ночь сбито {15 + k % 7} БПЛА."
        for k in range(40)
    )
    reports = parse(text)
    assert len(looked) == len(reports) > 40
    assert max(looked) == 1  # the draft being filled only
