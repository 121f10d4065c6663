"""The passes over a whole text (issue 14: a 10 MB report): what they skip for speed gives
exactly what the full scans give, a text is prepared once for ``parse`` and ``diagnose``,
and a long text's passes report ``(0, 0)`` to ``progress`` so a cancel is heard between
them. The texts are written here, in our own words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import numbers, parse, pipeline, rules
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
    # normalising, lower-casing, the sentence split, the language count; then the sentences
    # (pieces of at most MAX_SENTENCE_CHARS) every hundred, then all of them; grouped into
    # reports, the reports built
    count = len(text_module.prepare(text).sentences)
    assert count == 350
    read = [(100, count), (200, count), (300, count), (count, count)]
    assert calls == [(0, 0)] * 4 + read + [(count, count)] * 2
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


def test_a_long_text_the_parse_did_not_prepare_is_checked_with_its_passes_reported() -> None:
    text = long_line()
    calls: list[tuple[int, int]] = []
    assert diagnose(text, [], progress=lambda done, total: calls.append((done, total))) == []
    count = 350 * 2  # no claim: read again for lost claims
    assert calls[:3] == [(0, 0)] * 3  # normalising, lower-casing, the sentence split
    assert calls[3:] == [(k, count) for k in range(100, count, 100)] + [(count, count)]
    assert text_module._last is None
