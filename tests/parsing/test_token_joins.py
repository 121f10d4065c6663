"""What a token of a text may hold that is no character of the text as it is read (an HTML
entity left in pasted or feed text, a soft hyphen or stress mark inside a word, Markdown's
asterisks inside a word or number, a word hyphenated at a line's end), dashes of other code
points, a range written with an ellipsis and a count cut by a line break: none may cost or
change a figure, and an evidence span ends where its word ends in the original text
(``parsing.text.normalise_moved``, ``to_original``). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsing import parse
from parsing.text import Moved, normalise, normalise_moved, to_original

DAY = date(2026, 9, 12)


def _rows(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.area_id, c.count, c.qualifier) for r in parse(text, DAY) for c in r.claims]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # HTML entities left in the text, once or twice escaped
        ("Ночью над Смоленской областью сбиты 1&nbsp;300 беспилотников.", [("RU-SMO", 1300, "exact")]),
        ("Ночью над Смоленской областью сбиты 1&amp;nbsp;300 беспилотников.", [("RU-SMO", 1300, "exact")]),
        ("Ночью над Смоленской областью сбиты 1&thinsp;300 дронов.", [("RU-SMO", 1300, "exact")]),
        ("Ночью над Смоленской областью сбиты 4 бес&shy;пилот&shy;ника.", [("RU-SMO", 4, "exact")]),
        ("Ночью над Смоленской областью сбиты 4&#173;БПЛА.", [("RU-SMO", 4, "exact")]),
        ("Сбиты 9 БПЛА: 4 &ndash; над Смоленской областью, 5 &mdash; над Тульской областью.",
         [("RU-SMO", 4, "exact"), ("RU-TUL", 5, "exact")]),
        ("Ночью над Смоленской областью сбиты &#51; беспилотника.", [("RU-SMO", 3, "exact")]),
        # Markdown's asterisks and a stress mark inside a word or a number
        ("Ночью над Смоленской областью сбиты 1**4** беспилотников.", [("RU-SMO", 14, "exact")]),
        ("Ночью над Смо**лен**ской областью сбиты 4 беспилотника.", [("RU-SMO", 4, "exact")]),
        ("Ночью над Смоле\u0301нской областью сбиты 4 беспилотника.", [("RU-SMO", 4, "exact")]),
        # a word hyphenated at a line's end
        ("Ночью над Смоленской областью сбиты 4 бес-\nпилотника.", [("RU-SMO", 4, "exact")]),
        ("Overnight, air defences downed 6 dro-\nnes over the Smolensk region.", [("RU-SMO", 6, "exact")]),
        # dashes of other code points
        ("Сбиты 9 БПЛА: 4 \u2011 над Смоленской областью, 5 \u2011 над Тульской областью.",
         [("RU-SMO", 4, "exact"), ("RU-TUL", 5, "exact")]),
        ("Сбиты 9 БПЛА: 4 \u2212 над Смоленской областью, 5 \u2212 над Тульской областью.",
         [("RU-SMO", 4, "exact"), ("RU-TUL", 5, "exact")]),
        ("Сбиты 9 БПЛА: 4 \u2015 над Смоленской областью, 5 \u2012 над Тульской областью.",
         [("RU-SMO", 4, "exact"), ("RU-TUL", 5, "exact")]),
        # a range with an ellipsis
        ("Ночью над Смоленской областью сбиты 3…4 беспилотника.", [("RU-SMO", 3, "approx")]),
        ("Ночью над Смоленской областью сбиты 3...4 беспилотника.", [("RU-SMO", 3, "approx")]),
        ("Ночью над Смоленской областью сбиты 3 … 4 беспилотника.", [("RU-SMO", 3, "approx")]),
        # a count cut by a line break, a line ending in a blank (Windows' "\r\n")
        ("Ночью над Смоленской областью сбиты\n4 беспилотника.", [("RU-SMO", 4, "exact")]),
        ("Ночью над Смоленской областью перехвачены 4\nБПЛА.", [("RU-SMO", 4, "exact")]),
        ("Ночью над Смоленской областью\r\nперехвачены 4 БПЛА.", [("RU-SMO", 4, "exact")]),
        ("Over the Smolensk Region, air defences destroyed\n6 drones overnight.", [("RU-SMO", 6, "exact")]),
        ("Over the Smolensk Region, air defences destroyed 6\nUAVs overnight.", [("RU-SMO", 6, "exact")]),
    ],
)  # fmt: skip
def test_no_figure_is_lost_to_how_a_token_is_written(
    text: str, rows: list[tuple[str, int, str]]
) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("4 бес\u00adпилотника сбиты над Смоленской об\u00adластью.", "об\u00adластью"),
        ("4 беспилотника сбиты над Смоленской об&shy;ластью.", "об&shy;ластью"),
        ("4 беспилотника сбиты над Смоленской обла**стью** ночью.", "обла**стью"),
        ("4 беспилотника сбиты над Смоленской облас-\nтью ночью.", "облас-\nтью"),
    ],
)
def test_the_evidence_ends_where_the_word_ends(text: str, word: str) -> None:
    (claim,) = [c for r in parse(text, DAY) for c in r.claims]
    assert text[: claim.evidence[1]].endswith(word)


def test_a_token_is_written_again_in_place_and_the_text_keeps_its_length() -> None:
    text = "сбиты 1&nbsp;200 бес&shy;пилотников"
    norm, moved = normalise_moved(text)
    assert norm == "сбиты 1 200      беспилотников     "
    assert normalise(text) == norm
    start = norm.index("беспилотников")
    assert to_original((start, start + len("беспилотников")), moved) == (17, 35)
    assert to_original((0, 5), moved) == (0, 5)  # outside the tokens: the same span


@pytest.mark.parametrize(
    "text",
    [
        "R&D and &foo; stay",  # no entity, an unknown one
        "**5** БПЛА",  # emphasis around a number, not inside it
        "северо-западный",  # a hyphen inside a line
        "Над X -\nсбиты",  # a dash at a line's end, no word broken
    ],
)
def test_what_is_no_joiner_stays(text: str) -> None:
    norm, moved = normalise_moved(text)
    assert moved == ()
    assert norm.replace(" ", "") == normalise(text).replace(" ", "")


def _every_token(span: tuple[int, int], moved: tuple[Moved, ...]) -> tuple[int, int]:
    """``to_original`` as a loop over every token written again (what bisection must equal)."""
    a, b = span
    for m in moved:
        if m.start <= a < m.end:
            k = a - m.start
            a = min(m.starts[k:]) if k < len(m.starts) else m.end
        if m.start < b <= m.end:
            k = min(b - m.start, len(m.ends))
            b = max(m.ends[:k]) if k else m.start
    return a, b


_PIECES = ["1&nbsp;200", "бес\u00adпилотников", "20+", "1**2**", "&amp;nbsp;", "бес-\nпилотников"]


@given(
    st.lists(st.sampled_from([*_PIECES, "над", "Тульской", "5", "\n", "20-odd"]), max_size=25),
    st.data(),
)
def test_a_span_maps_back_by_bisection_as_through_every_token(words: list[str], data) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    _norm, moved = normalise_moved(text)
    starts = [m.start for m in moved]
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert to_original((a, b), moved, starts) == _every_token((a, b), moved)
