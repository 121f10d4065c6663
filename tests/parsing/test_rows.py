"""The ministry's list rows read in one scan (``parsing.rows``) give what the full scans give.

``rows.find_body`` finds the rows after a colon; ``places.find_groups``, ``counts.find_counts``
and ``reading.split_items`` take the rows' triggers, figures and separators from it instead of
scanning those characters. Each is compared with its full scan (no body) on lists built from
the rows' edges: regions in every case, dashes and colons, figures in digits, thousands and
words, qualifiers, districts, seas, parentheses (the texts are written for this test).
"""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import counts, parse, places, reading, rows, rules
from parsing.text import lower

RU_LEDE = "В течение ночи средствами ПВО уничтожены 31 беспилотник самолетного типа: "
EN_LEDE = "Overnight, air defences destroyed 31 Ukrainian drones: "


def test_a_russian_body_holds_its_rows_and_separators() -> None:
    s = RU_LEDE + "5 БПЛА – над территорией Курской области, 26 – над территорией Тверской области."
    b = len(RU_LEDE)  # where the first figure starts
    assert rows.find_body(s, english=False) == rows.Body(
        start=b,
        end=b + 79,
        rows=((b, b + 1, b + 9, b + 40, "курской"), (b + 42, b + 44, b + 47, b + 79, "тверской")),
        cuts=((b + 40, b + 41, ","),),
    )


def test_an_english_body_with_and_before_its_last_row() -> None:
    s = EN_LEDE + "7 over the Kursk Region and 12 UAVs over the Tula region, the ministry said."
    b = len(EN_LEDE)
    body = rows.find_body(s, english=True)
    assert body is not None
    assert body.rows == (
        (b, b + 1, b + 2, b + 23, "kursk"),
        (b + 28, b + 30, b + 36, b + 56, "tula"),
    )
    assert body.cuts == ((b + 23, b + 28, "and"),)
    assert s[body.end :] == ", the ministry said."


@pytest.mark.parametrize(
    "tail",
    [
        "5 БПЛА – над территорией Курской области.",  # one row: a clause, no list
        "пять – над территорией Курской области, 3 – над территорией Орловской области.",
        "более 5 – над территорией Курской области, 3 – над территорией Орловской области.",
        "5 – над Курской областью, 3 – над Орловской областью.",
    ],
)
def test_no_body_where_the_first_row_is_of_another_form(tail: str) -> None:
    assert rows.find_body(RU_LEDE + tail, english=False) is None


def test_a_body_stops_at_the_first_row_of_another_form() -> None:
    s = RU_LEDE + (
        "5 – над территорией Курской области, 3 – над территорией Орловской области, "
        "по 2 – над Брянской и Липецкой областями."
    )
    body = rows.find_body(s, english=False)
    assert body is not None
    assert [s[r[0] : r[3]] for r in body.rows] == [
        "5 – над территорией Курской области",
        "3 – над территорией Орловской области",
    ]
    assert len(body.cuts) == 1


def test_an_english_name_that_is_a_separator_word_is_no_row() -> None:
    s = EN_LEDE + "7 over the Kursk Region, 2 over the Plus Region, 3 over the Tula Region."
    assert rows.find_body(s, english=True) is None  # (one row before it: no body)


# ---------------------------------------------------------------- fast against full

_RU_REGIONS = ["Курской", "Брянской", "Белгородской", "Орловской", "Краснодарского", "Ивановской"]
_RU_HEADS = {"Краснодарского": "края"}
_EN_REGIONS = ["Kursk", "Bryansk", "Tula", "Oryol", "In", "Plus", "Ivanovo", "Amur", "May"]
_FIGURES = ["1", "7", "12", "40", "999", "1 000", "2 100", "1900", "0", "05", "два", "seven"]
_RU_LEADS = ["", "более ", "по ", "еще ", "не ", "из них ", "около ", "в том числе "]
_EN_LEADS = ["", "more than ", "over ", "another ", "about ", "of which ", "at least "]
_RU_NOUNS = ["", " БПЛА", " беспилотников"]
_EN_NOUNS = ["", " UAVs", " drones", " aerial targets"]
_RU_DASHES = [" – ", " — ", " - ", " ", "–", ": "]
_RU_PLACES = [
    "над территорией {r} {h}",
    "над {r} областью",
    "над территорией {r} {h} (2 БПЛА)",
    "над территорией {r} района",
    "над акваторией Черного моря",
    "над территорией {r} {h} и {r} {h}",
]
_EN_PLACES = ["over the {r} Region", "over the {r} region", "over {r}", "in the {r} Region"]
_RU_JOINS = [", ", " и ", "; ", ", а также ", ", еще "]
_EN_JOINS = [", ", " and ", ", and ", "; "]
_RU_TAILS = [".", '", - говорится в сообщении.', ", сбиты в 05:20.", " и атаковали Курск."]
_EN_TAILS = [".", '," the ministry said.', " each.", " between 7 and 9 a.m."]
_RU_LEDES = [RU_LEDE, "Уничтожены БПЛА: ", "Из них: ", "Сбиты 5 дронов, над Курской областью: "]
_EN_LEDES = [EN_LEDE, "Drones were downed: ", "Between 1 and 3 a.m.: ", "Of them: "]


def _ru_row(draw: st.DrawFn) -> str:
    """One Russian row of any form (a figure first or a place first)."""
    r = draw(st.sampled_from(_RU_REGIONS))
    place = draw(st.sampled_from(_RU_PLACES)).format(r=r, h=_RU_HEADS.get(r, "области"))
    figure = draw(st.sampled_from(_RU_LEADS)) + draw(st.sampled_from(_FIGURES))
    figure += draw(st.sampled_from(_RU_NOUNS))
    dash = draw(st.sampled_from(_RU_DASHES))
    return f"{figure}{dash}{place}" if draw(st.booleans()) else f"{place}{dash}{figure}"


def _en_row(draw: st.DrawFn) -> str:
    """One English row."""
    r = draw(st.sampled_from(_EN_REGIONS))
    figure = draw(st.sampled_from(_EN_LEADS)) + draw(st.sampled_from(_FIGURES))
    figure += draw(st.sampled_from(_EN_NOUNS))
    return f"{figure} {draw(st.sampled_from(_EN_PLACES)).format(r=r)}"


@st.composite
def a_list(draw: st.DrawFn, english: bool) -> str:
    """A lede, one to five rows with their joins, and a tail."""
    row, joins, tails, ledes = (
        (_en_row, _EN_JOINS, _EN_TAILS, _EN_LEDES)
        if english
        else (_ru_row, _RU_JOINS, _RU_TAILS, _RU_LEDES)
    )
    out = []
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        out += [row(draw), draw(st.sampled_from(joins))]
    out[-1] = draw(st.sampled_from(tails))
    return draw(st.sampled_from(ledes)) + "".join(out)


def _both_ways(s: str, *, english: bool, region: str | None) -> None:
    """Assert that each reader gives the same with the sentence's body as without."""
    body = rows.find_body(s, english=english)
    low = lower(s)
    fast = places.find_groups(s, 40, region=region, english=english, body=body)
    full = places.find_groups(s, 40, region=region, english=english)
    assert fast == full
    fast_counts = counts.find_counts(s, low, 40, body=body)
    full_counts = counts.find_counts(s, low, 40)
    assert fast_counts == full_counts
    assert reading.split_items(s, 40, full, full_counts, body) == reading.split_items(
        s, 40, full, full_counts
    )


@settings(max_examples=400, deadline=None)
@given(a_list(english=False), st.sampled_from([None, "RU-KRS", "RU-MOS"]))
def test_russian_lists_read_the_same_with_their_body(s: str, region: str | None) -> None:
    _both_ways(s, english=False, region=region)


@settings(max_examples=400, deadline=None)
@given(a_list(english=True), st.sampled_from([None, "RU-KRS"]))
def test_english_lists_read_the_same_with_their_body(s: str, region: str | None) -> None:
    _both_ways(s, english=True, region=region)


@settings(max_examples=150, deadline=None)
@given(st.one_of(a_list(english=False), a_list(english=True)))
def test_a_parse_is_the_same_with_the_rows_read_in_full(s: str) -> None:
    fast = parse("МОСКВА, 3 мая. " + s)
    with mock.patch.object(rules, "find_body", return_value=None):
        full = parse("МОСКВА, 3 мая. " + s)
    assert fast == full


def test_the_bench_list_takes_the_body_and_claims_every_row() -> None:
    s = RU_LEDE + (
        "5 БПЛА – над территорией Курской области, 14 БПЛА – над территорией Брянской области "
        "и 12 БПЛА – над территорией Калужской области."
    )
    assert rows.find_body(s, english=False) is not None
    (report,) = parse(s)
    assert [(c.area_id, c.count) for c in report.claims] == [
        ("RU-KRS", 5),
        ("RU-BRY", 14),
        ("RU-KLU", 12),
    ]
    assert report.total == 31
