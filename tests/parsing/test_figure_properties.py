"""No figure changed or lost without a word: properties of the rules that work figures out.

The rules that sum districts into their region, work out "the rest" of a total, replace a
figure on a correction, drop a sentence as a retelling of another and add "ещё N" each change
what the text wrote. For any report built from the pieces below (our own wording), every
figure is one the text writes or the sum or difference its rule names, and what cannot be
worked out goes to review (``parsing.diagnostics.diagnose``) rather than onto the map.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import lookup, parse
from parsing.diagnostics import (
    CONFLICTING_NUMBERS,
    DOUBTFUL_NUMBER,
    NO_CLAIM_READ,
    UNKNOWN_PLACE,
    diagnose,
)
from parsing.model import Report
from tests.parsing.conftest import FakePlace, fake_resolve

DAY = date(2026, 5, 12)
#: The regions of the stand-in gazetteer, in the genitive a list row writes them in.
_REGIONS = {
    "RU-BRY": "Брянской", "RU-KRS": "Курской", "RU-BEL": "Белгородской",
    "RU-KLU": "Калужской", "RU-ROS": "Ростовской", "RU-VOR": "Воронежской",
}  # fmt: skip
#: Two districts of one region each (the stand-in gazetteer's), in the instrumental.
_DISTRICTS = {
    "RU-KLU": {"RU-KLU:tarussky": "Тарусским районом", "RU-KLU:obninsk": "городом Обнинском"},
    "RU-BEL": {
        "RU-BEL:shebekinsky": "Шебекинским городским округом",
        "RU-BEL:belgorodsky": "Белгородским районом",
    },
}
_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
#: Sentences about nothing the Atlas counts (our own): inserting one changes no claim.
_UNRELATED = [
    "В областном центре открылась выставка детского рисунка.",
    "Синоптики обещают в выходные дождь и до 12 градусов тепла.",
    "На городском стадионе прошёл турнир по мини-футболу среди 8 команд.",
]
_counts = st.integers(min_value=1, max_value=60)


def _written(n: int, as_word: bool) -> str:
    return _WORDS[n] if as_word and n < len(_WORDS) else str(n)


def _figures(reports: list[Report]) -> Counter[tuple[str, str | None, int | None]]:
    return Counter((c.area_id, c.district_id, c.count) for r in reports for c in r.claims)


def _problems(text: str, reports: list[Report]) -> set[str]:
    return {p.reason for p in diagnose(text, reports)}


_rows = st.lists(
    st.tuples(st.sampled_from(sorted(_REGIONS)), _counts, st.booleans()),
    min_size=2,
    max_size=4,
    unique_by=lambda row: row[0],
)


def _row_text(rows: list[tuple[str, int, bool]]) -> str:
    return ", ".join(
        f"{_written(n, word)} – над территорией {_REGIONS[area]} области" for area, n, word in rows
    )


# --- "the rest": the total less the listed rows, never negative, never zero ----------------


@settings(max_examples=60, deadline=None)
@given(_rows, st.integers(min_value=-20, max_value=20), st.sampled_from(sorted(_REGIONS)))
def test_the_rest_is_the_total_less_the_rows_or_review(rows, more: int, rest: str) -> None:
    if rest in {area for area, _n, _w in rows}:
        rows = [r for r in rows if r[0] != rest]
    listed = sum(n for _a, n, _w in rows)
    total = max(1, listed + more)
    text = (
        f"За ночь уничтожены {total} беспилотников: {_row_text(rows)}, "
        f"остальные – над территорией {_REGIONS[rest]} области."
    )
    reports = parse(text, DAY)
    (report,) = reports
    figures = {c.area_id: c for c in report.claims}
    assert {a: figures[a].count for a, _n, _w in rows} == {a: n for a, n, _w in rows}
    if total > listed:
        assert figures[rest].count == total - listed
        assert figures[rest].doubt is None
    else:
        # nothing left, or rows that add up to more than the total: no figure, and a person looks
        assert figures[rest].count is None
        assert CONFLICTING_NUMBERS in _problems(text, reports)


# --- every figure is written in the text, or the sum its rule names ------------------------


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_DISTRICTS)), _counts, _counts, st.booleans(), st.integers(-3, 3))
def test_district_figures_stay_theirs_and_give_their_region_no_figure_it_was_not_told(
    region: str, a: int, b: int, word: bool, off: int
) -> None:
    (d1, n1), (d2, n2) = _DISTRICTS[region].items()
    text = (
        f"Над {n1} сбиты {_written(a, word)} беспилотника. "
        f"Ещё {_written(b, word)} уничтожены над {n2}."
    )
    if off:
        text += f" Всего за ночь сбиты {max(1, a + b + off)} беспилотников."
    reports = parse(text, DAY)
    figures = _figures(reports)
    assert figures[(region, d1, a)] == 1
    assert figures[(region, d2, b)] == 1
    region_figures = [c for r in reports for c in r.claims if c.district_id is None]
    if off:
        # a total that is not their sum says the districts are not all: no sum is made up
        assert all(c.count != a + b for c in region_figures)
    else:
        # the region is named through its districts, with no figure (the map adds them up)
        assert [(c.area_id, c.count, c.rule) for c in region_figures] == [
            (region, None, "region_of_districts")
        ]
    for c in region_figures:
        assert c.count is None or c.count in {a, b, a + b, max(1, a + b + off)}


@settings(max_examples=60, deadline=None)
@given(_rows, st.integers(min_value=-5, max_value=5))
def test_no_figure_is_larger_than_the_reports_total_unless_flagged(rows, off: int) -> None:
    total = max(1, sum(n for _a, n, _w in rows) + off)
    text = f"Уничтожены {total} беспилотников: {_row_text(rows)}."
    reports = parse(text, DAY)
    over = [c for r in reports for c in r.claims if (c.count or 0) > total]
    assert _figures(reports) == Counter((a, None, n) for a, n, _w in rows)
    if over:
        assert _problems(text, reports), over


# --- corrections replace only what they correct; "ещё" after one adds ----------------------


@settings(max_examples=60, deadline=None)
@given(_rows, _counts, st.booleans())
def test_a_correction_replaces_only_the_figure_it_corrects(rows, new: int, word: bool) -> None:
    (first, _old, _w), *others = rows
    text = (
        f"За ночь сбиты беспилотники: {_row_text(rows)}.\n"
        f"UPD: по уточненным данным, над {_REGIONS[first]} областью уничтожены "
        f"{_written(new, word)} БПЛА."
    )
    assert _figures(parse(text, DAY)) == Counter(
        [(first, None, new)] + [(a, None, n) for a, n, _w in others]
    )


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(_REGIONS)), _counts, _counts, st.booleans())
def test_drones_added_after_a_correction_add_to_the_figure(area, a: int, b: int, more) -> None:
    name = _REGIONS[area]
    added = f"сбиты ещё {b}" if more else f"дополнительно сбиты {b}"
    text = f"Над {name} областью сбиты {a} БПЛА. Уточнение: над {name} областью {added} БПЛА."
    # the two figures, as without the correction: neither replaces the other, nor retells it
    assert _figures(parse(text, DAY)) == Counter([(area, None, a), (area, None, b)])


# --- retellings and independent events --------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_REGIONS)), _counts, _counts)
def test_a_retelling_is_dropped_only_when_its_figure_is_the_same(area, a: int, b: int) -> None:
    name = _REGIONS[area]
    text = (
        f"Над {name} областью сбиты {a} беспилотников. Губернатор {name} области сообщил, "
        f"что над регионом уничтожены {b} беспилотников."
    )
    counts = [c.count for r in parse(text, DAY) for c in r.claims if c.area_id == area]
    assert b in counts
    assert a in counts or a == b


_events = st.lists(
    st.tuples(st.sampled_from(sorted(_REGIONS)), _counts),
    min_size=2,
    max_size=4,
    unique_by=lambda e: e[0],
)


def _event(area: str, n: int) -> str:
    return f"Губернатор {_REGIONS[area]} области сообщил, что над регионом сбиты {n} БПЛА."


@settings(max_examples=40, deadline=None)
@given(_events, st.randoms(use_true_random=False))
def test_independent_events_in_any_order_give_the_same_claims(events, rnd) -> None:
    text = " ".join(_event(a, n) for a, n in events)
    shuffled = list(events)
    rnd.shuffle(shuffled)
    again = " ".join(_event(a, n) for a, n in shuffled)
    assert _figures(parse(text, DAY)) == Counter((a, None, n) for a, n in events)
    assert _figures(parse(again, DAY)) == _figures(parse(text, DAY))


@settings(max_examples=60, deadline=None)
@given(_rows, st.sampled_from(_UNRELATED), st.integers(0, 2))
def test_an_unrelated_paragraph_changes_no_claim(rows, paragraph: str, where: int) -> None:
    total = sum(n for _a, n, _w in rows)
    parts = [
        f"За ночь над регионами уничтожены {total} беспилотников.",
        f"Из них {_row_text(rows)}.",
        "Пострадавших нет.",
    ]
    text = "\n\n".join(parts)
    parts.insert(where + 1, paragraph)
    assert _figures(parse("\n\n".join(parts), DAY)) == _figures(parse(text, DAY))


# --- a number, a drone and a place that give no claim go to review --------------------------

_UNREAD_VERBS = ["минус", "отминусовали", "приземлили", "ликвидировали"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_REGIONS)), _counts, st.sampled_from(_UNREAD_VERBS), st.booleans())
def test_a_number_a_drone_and_a_place_never_vanish(area, n: int, verb: str, colon) -> None:
    name = f"{_REGIONS[area][:-2]}ая область"
    text = f"{name}: {verb} {n} БПЛА." if colon else f"{name} — {verb} {n} беспилотников за ночь."
    reports = parse(text, DAY)
    if not any(c.count == n for r in reports for c in r.claims):
        assert _problems(text, reports), text


# --- examples of defects these properties found (each failed before its fix) --------------


def test_more_drones_after_a_correction_keep_the_figure_before_it() -> None:
    text = (
        "Над Брянской областью сбиты 9 БПЛА.\n"
        "Уточнение: ещё 2 беспилотника сбиты над Брянской областью."
    )
    (report,) = parse(text, DAY)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-BRY", 9), ("RU-BRY", 2)]
    assert report.total is None


def test_further_drones_named_by_a_correction_add_in_english_too() -> None:
    text = (
        "Air defences shot down 9 drones over the Bryansk Region. Updated data: in addition, "
        "3 drones were destroyed over the Bryansk Region."
    )
    assert sorted(c.count for r in parse(text, DAY) for c in r.claims) == [3, 9]


def test_a_split_figure_in_a_list_row_without_a_drone_noun_goes_to_review() -> None:
    text = "Уничтожены 14 БПЛА:\nБрянская область — 1\u200b2;\nКурская область — 2."
    reports = parse(text, DAY)
    problems = [(p.reason, p.detail) for p in diagnose(text, reports)]
    assert problems == [(DOUBTFUL_NUMBER, "digits split by an invisible character: '1\\u200b2'")]


def test_a_minus_sign_on_more_drones_over_a_place_goes_to_review() -> None:
    text = (
        "Над Белгородской областью сбиты 5 беспилотников. Ещё \u22123 сбиты над Курской областью."
    )
    reports = parse(text, DAY)
    assert [(p.reason, p.span) for p in diagnose(text, reports)] == [
        (DOUBTFUL_NUMBER, (text.index("\u2212"), text.index("\u2212") + 2))
    ]


def test_a_number_in_markup_in_a_verbless_row_goes_to_review() -> None:
    text = "Уничтожены 14 БПЛА:\nБрянская область — <b>12</b>;\nКурская область — 2."
    reports = parse(text, DAY)
    assert [p.detail for p in diagnose(text, reports)] == [
        "a number alone inside markup: '<b>12</b>'"
    ]


def test_rows_that_add_up_to_more_than_the_total_go_to_review() -> None:
    text = "Уничтожены 9 БПЛА: 6 – над территорией Брянской области, 7 – над территорией Курской."
    reports = parse(text, DAY)
    assert _figures(reports) == Counter([("RU-BRY", None, 6), ("RU-KRS", None, 7)])
    assert [(p.reason, p.detail) for p in diagnose(text, reports)] == [
        (CONFLICTING_NUMBERS, "the areas' figures add up to 13, more than the report's total 9")
    ]


def test_rows_within_the_total_stay_out_of_review() -> None:
    text = "Уничтожены 15 БПЛА: 6 – над территорией Брянской области, 7 – над территорией Курской."
    assert diagnose(text, parse(text, DAY)) == []


def test_districts_that_add_up_to_more_than_the_total_go_to_review() -> None:
    text = "Сбиты 5 беспилотников: Белгородский район — 3, Шебекинский округ — 4."
    reports = parse(text, DAY)
    assert _figures(reports)[("RU-BEL", None, 7)] == 0  # no sum is made up
    assert [(p.reason, p.detail) for p in diagnose(text, reports)] == [
        (
            CONFLICTING_NUMBERS,
            "RU-BEL: its districts' figures add up to 7, more than the report's total 5",
        )
    ]


# --- drones seen are not drones shot down ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Над Брянской областью замечены 3 беспилотника.",
        "Над Брянской областью летят 3 беспилотника.",
        "Над Брянской областью зафиксированы 3 беспилотника.",
        "Three drones were spotted over the Bryansk region.",
    ],
)
def test_drones_seen_are_no_figure(text: str) -> None:
    assert _figures(parse(text, DAY)) == Counter()


def test_drones_seen_with_a_place_go_to_review() -> None:
    # (the stand-in gazetteer knows the English name; the real one knows every case: tests/store)
    text = "Three drones were spotted over the Bryansk region."
    assert [p.reason for p in diagnose(text, parse(text, DAY))] == [NO_CLAIM_READ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Над Брянской областью замечены 3 беспилотника. Два из них сбиты.", [("RU-BRY", None, 2)]),
        (
            "Над Брянской областью замечены 3 беспилотника. Их уничтожили силы ПВО.",
            [("RU-BRY", None, 3)],
        ),
        (
            "Над Брянской областью замечены 3 беспилотника. Два из них сбиты над Погарским районом.",
            [("RU-BRY", "RU-BRY:pogarsky", 2), ("RU-BRY", None, 2)],
        ),
        ("Над Брянской областью обнаружены и уничтожены 3 беспилотника.", [("RU-BRY", None, 3)]),
    ],
)
def test_drones_seen_then_downed_count_those_downed(text: str, figures) -> None:
    assert _figures(parse(text, DAY)) == Counter(figures)


# --- a place that gets no claim beside a figure no claim took -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a district of another region than the one the sentence names (put down as a guess)
        "Уничтожены 20 БПЛА: над Погарским районом — 6, над Курской областью — 14.",
        "Над Курской областью сбиты 14 БПЛА, над Погарским районом Брянской области — 6.",
        # a name the gazetteer does not know
        "Уничтожены 20 БПЛА: над Загорским районом — 6, над Курской областью — 14.",
    ],
)
def test_a_figure_whose_place_got_no_claim_goes_to_review(text: str) -> None:
    reports = parse(text, DAY)
    assert _figures(reports) == Counter([("RU-KRS", None, 14)])
    name = text[text.index("над П" if "над П" in text else "над З") + 4 :].split(" —")[0]
    name = " ".join(name.split()[:2])
    assert [(p.reason, p.detail) for p in diagnose(text, reports)] == [
        (UNKNOWN_PLACE, f"{name!r} has no claim, and 6 is no figure read")
    ]


def test_a_regions_head_never_names_a_district_its_adjective_resembles() -> None:
    # the real gazetteer matches an unknown "Загорская" to another region's Nagorsky district
    nagorsky = FakePlace("district", "RU-KIR:nagorsky", "RU-KIR", "Нагорский район", "Nagorsky")

    def guessing(name: str, region: str | None = None) -> FakePlace:
        if name.lower().startswith("загорск") and not name.lower().endswith("область"):
            return nagorsky
        return fake_resolve(name, region)

    lookup.use_resolver(guessing)
    text = "Уничтожены 20 БПЛА: над Загорской областью — 6, над Курской областью — 14."
    reports = parse(text, DAY)
    assert _figures(reports) == Counter([("RU-KRS", None, 14)])
    assert [p.reason for p in diagnose(text, reports)] == [UNKNOWN_PLACE]


@pytest.mark.parametrize(
    "text",
    [
        "Уничтожены 20 БПЛА. Над Погарским районом сбиты 6. Остальные сбиты над Курской областью.",
        "Over the past night 20 drones were destroyed. Six were downed over the Pogarsky "
        "district. The rest were downed over the Kursk Region.",
    ],
)
def test_the_rest_leaves_out_a_district_of_another_region(text: str) -> None:
    reports = parse(text, DAY)
    assert _figures(reports) == Counter(
        [("RU-BRY", "RU-BRY:pogarsky", 6), ("RU-BRY", None, 6), ("RU-KRS", None, 14)]
    )
    assert diagnose(text, reports) == []


def test_the_rest_over_a_districts_own_region_is_the_whole_region() -> None:
    text = "Уничтожены 20 БПЛА: над Погарским районом — 6, остальные — над Брянской областью."
    assert _figures(parse(text, DAY)) == Counter(
        [("RU-BRY", "RU-BRY:pogarsky", 6), ("RU-BRY", None, 20)]
    )
