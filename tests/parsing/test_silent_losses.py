"""Issue 14: figures written in ways that were read wrong or lost without a word.

Each text is our own wording. A figure the parser can read is read whole; one it cannot
(a decimal, a fraction, a Roman numeral, digits spaced apart that are no thousands) sends the
text to review instead of becoming another number or an area with no figure.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse
from parsing.diagnostics import DOUBTFUL_NUMBER, NO_CLAIM_READ, diagnose
from parsing.model import sum_qualifier
from parsing.numbers import Number, find_numbers
from parsing.text import normalise


def _claims(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.area_id, c.count, c.qualifier) for r in parse(text) for c in r.claims]


def _doubts(text: str) -> list[str]:
    return [p.detail for p in diagnose(text, parse(text)) if p.reason == DOUBTFUL_NUMBER]


# --------------------------------------------------------------- digits with a case ending


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Губернатор: над Брянской областью сбито более 10-ти беспилотников.", [("RU-BRY", 10, "at_least")]),
        ("Ночью над Курской областью перехвачены 2-х БПЛА, пострадавших нет.", [("RU-KRS", 2, "exact")]),
        ("Над Тульской областью уничтожено не менее 3-ёх дронов.", [("RU-TUL", 3, "at_least")]),
        ("Над Калужской областью сбиты свыше 7-ми беспилотников.", [("RU-KLU", 7, "at_least")]),
        ("Над Воронежской областью уничтожено более 5-и БПЛА.", [("RU-VOR", 5, "at_least")]),
    ],
)  # fmt: skip
def test_digits_with_a_cardinal_case_ending_are_the_figure(
    text: str, claims: list[tuple[str, int, str]]
) -> None:
    # (each gave the area with no figure at all)
    assert _claims(text) == claims
    assert _doubts(text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("не менее 20-ти", [(20, 9, 14)]),
        ("атаковали 3-мя дронами", [(3, 10, 14)]),
        ("в ночь на 12-е", []),  # an ordinal: a date, no count
        ("с 1-го по 3-й", []),
        ("5-ю колонну", []),  # "-ю" is an ordinal's too
    ],
)
def test_find_numbers_reads_cardinal_endings_only(
    text: str, numbers: list[tuple[int, int, int]]
) -> None:
    assert find_numbers(text) == [Number(*n) for n in numbers]


# --------------------------------------------------------------- a tilde is "about"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Над Брянской областью за ночь уничтожены ~20 БПЛА.", [("RU-BRY", 20, "approx")]),
        ("Над Брянской областью за ночь уничтожены ~ 20 БПЛА.", [("RU-BRY", 20, "approx")]),
        ("Over the Kursk Region, ~12 drones were downed overnight.", [("RU-KRS", 12, "approx")]),
    ],
)  # fmt: skip
def test_a_tilde_before_a_figure_makes_it_approximate(
    text: str, claims: list[tuple[str, int, str]]
) -> None:
    # (the tilde was blanked as Markdown and the figure stored as exact)
    assert _claims(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Над Белгородской областью ночью сбиты ≥7 беспилотников.", [("RU-BEL", 7, "at_least")]),
        ("Над Белгородской областью ночью сбиты ≥ 7 беспилотников.", [("RU-BEL", 7, "at_least")]),
        ("Над Курской областью перехвачено >15 БПЛА.", [("RU-KRS", 15, "at_least")]),
        ("Over the Kursk Region, >15 drones were destroyed overnight.", [("RU-KRS", 15, "at_least")]),
        # a quoted line's mark is Markdown's, not "more than"
        ("> 6 беспилотников уничтожены над Брянской областью ночью.", [("RU-BRY", 6, "exact")]),
    ],
)  # fmt: skip
def test_a_sign_of_more_before_a_figure_makes_it_at_least(
    text: str, claims: list[tuple[str, int, str]]
) -> None:
    # ("≥7" and ">15" were stored as exact figures)
    assert _claims(text) == claims


def test_markdown_strikethrough_is_blanked_with_what_it_strikes() -> None:
    # (the struck figure was kept: "~~12~~ 14" read as "12 14"); a lone tilde is still "about"
    assert normalise("~~12~~ 14 и ~5") == "       14 и ≈5"


# --------------------------------------------------------------- thousands in other scripts


@pytest.mark.parametrize(
    "figure",
    [
        "1\u066c200",
        "\u0661\u066c\u0662\u0660\u0660",
        "\uff11\uff0c\uff12\uff10\uff10",
        "1\uff0e200",
    ],
)
def test_thousands_grouped_in_arabic_or_full_width_forms_are_one_number(figure: str) -> None:
    # (each gave 200: the separator was not one)
    text = f"Над Брянской областью за ночь уничтожены {figure} БПЛА."
    assert _claims(text) == [("RU-BRY", 1200, "exact")]


# --------------------------------------------------------------- figures no count is written as


@pytest.mark.parametrize(
    "figure",
    [
        "17/20",  # "17 of 20": stored as 20
        "1/2",  # stored as 2
        "10 00",  # a typo: stored as nought
        "1 03",  # stored as 3
        "2,5",  # the area stored with no figure, and no word
        "½",
        "XII",
        "\u216b",  # the Roman twelve as one character
        "1 000 000",
        "1.2K",
        "5\u0336",  # struck through
        "5ти",
    ],
)
def test_a_figure_no_count_is_written_as_goes_to_review(figure: str) -> None:
    text = f"Над Брянской областью за ночь уничтожены {figure} БПЛА."
    assert _doubts(text) == [f"a figure no count is written as: {figure!r}"]


@pytest.mark.parametrize(
    "text",
    [
        "В ночь на 11/12 сентября над Брянской областью уничтожены 5 БПЛА.",  # a night, no figure
        "Над Брянской областью уничтожены 1,5 тысячи БПЛА.",  # 1,500
        "Над Брянской областью уничтожены 1,200 БПЛА.",
        "C БПЛА работают расчёты ПВО, над Брянской областью сбиты 3 БПЛА.",  # a Latin "C"
        "Над Брянской областью уничтожены 12 БПЛА, обломки упали в 2,5 км от села.",
    ],
)
def test_figures_read_right_stay_out_of_review(text: str) -> None:
    assert _doubts(text) == []


# --------------------------------------------------------------- a list without its head

_ROW_REGIONS = ["Брянской", "Курской", "Белгородской", "Калужской", "Тульской", "Воронежской"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_ROW_REGIONS), st.integers(1, 60)),
        min_size=1,
        max_size=4,
        unique_by=lambda row: row[0],
    )
)
def test_the_rows_of_a_list_are_read_with_its_head_or_held_without_it(
    rows: list[tuple[str, int]],
) -> None:
    # a ministry's list cut in two posts: the second holds rows with no drone noun
    body = ", ".join(f"{n} – над территорией {region} области" for region, n in rows) + "."
    head = f"За ночь дежурными средствами ПВО уничтожены {sum(n for _r, n in rows)} БПЛА: "
    read = sorted((c.area_id, c.count) for r in parse(head + body) for c in r.claims)
    assert len(read) == len(rows)
    assert sorted(n for _a, n in read) == sorted(n for _r, n in rows)
    # alone: no claim, and the text waits for a person (it was dropped without a word)
    assert parse(body) == []
    assert [p.reason for p in diagnose(body, [])] == [NO_CLAIM_READ]


def test_a_row_of_something_else_over_a_region_is_no_lost_list() -> None:
    text = "Температура воздуха 6 – 8 градусов над территорией Курской области."
    assert diagnose(text, parse(text)) == []


# =============================================================== the lead's decisions, 2026-12-06
# --------------------------------------------------------------- an upper bound is at_most


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Губернатор: ночью над Тульской областью сбиты до 6 беспилотников.", [("RU-TUL", 6, "at_most")]),
        ("Над Тульской областью ночью сбиты <6 беспилотников.", [("RU-TUL", 6, "at_most")]),
        ("Над Тульской областью ночью сбиты ≤ 6 беспилотников.", [("RU-TUL", 6, "at_most")]),
        ("Над Тульской областью ночью сбито не более шести беспилотников.", [("RU-TUL", 6, "at_most")]),
        ("Над Тульской областью ночью сбито не больше 6 дронов.", [("RU-TUL", 6, "at_most")]),
        ("Над Тульской областью ночью сбито менее 6 дронов.", [("RU-TUL", 6, "at_most")]),
        ("Up to six drones were downed over the Tula Region overnight.", [("RU-TUL", 6, "at_most")]),
        ("Over the Tula Region, no more than 6 drones were downed overnight.", [("RU-TUL", 6, "at_most")]),
    ],
)  # fmt: skip
def test_an_upper_bound_is_at_most(text: str, claims: list[tuple[str, int, str]]) -> None:
    # (each was exact, "up to" approx, and "не более" at_least: a bound the wrong way)
    assert _claims(text) == claims
    assert _doubts(text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # "не менее" holds "менее" and stays a lower bound
        ("Над Тульской областью ночью сбито не менее 6 беспилотников.", [("RU-TUL", 6, "at_least")]),
        # "до" after a verb of growth is a running total's, no bound
        ("Число сбитых над Тульской областью беспилотников выросло до 26.", [("RU-TUL", 26, "exact")]),
        # a time "до 23:00" and a range "от 4 до 6" are none either
        ("Над Тульской областью с 21:00 до 23:00 сбиты 4 беспилотника.", [("RU-TUL", 4, "exact")]),
        ("Над Тульской областью сбиты от 4 до 6 беспилотников.", [("RU-TUL", 4, "approx")]),
    ],
)  # fmt: skip
def test_words_like_an_upper_bound_that_are_none(
    text: str, claims: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == claims


def test_a_figure_told_after_its_upper_bound_is_that_bound_told_exactly() -> None:
    text = (
        "Над Тульской областью сбиты до 20 беспилотников, сообщил губернатор. "
        "Позже он уточнил: сбиты 17 беспилотников."
    )
    # (an upper bound is told exactly by a figure no larger than it: 17 after "до 20")
    assert _claims(text) == [("RU-TUL", 17, "exact")]


@pytest.mark.parametrize(
    ("qualifiers", "summed"),
    [
        ((), "exact"),
        (("exact", "at_most"), "at_most"),
        (("at_most", "at_most"), "at_most"),
        (("at_least", "exact"), "at_least"),
        (("at_least", "at_most"), "approx"),  # bounded neither way
        (("approx", "at_most"), "approx"),
    ],
)
def test_the_qualifier_of_a_sum(qualifiers: tuple[str, ...], summed: str) -> None:
    assert sum_qualifier(qualifiers) == summed


# --------------------------------------------------------------- digits and words that disagree


@pytest.mark.parametrize(
    ("figure", "shown"),
    [
        ("9 (шесть)", "9 (шесть)"),
        ("шесть (9)", "шесть (9)"),
        ("21 (двадцать два)", "21 (двадцать два)"),
    ],
)
def test_digits_and_words_that_disagree_go_to_review(figure: str, shown: str) -> None:
    # ("9 (шесть)" was stored as 6, the words read over the digits)
    text = f"Ночью над Калужской областью уничтожены {figure} БПЛА."
    assert _doubts(text) == [f"digits and words disagree: {shown!r}"]


@pytest.mark.parametrize("figure", ["9 (девять)", "девять (9)", "21 (двадцать один)"])
def test_digits_and_words_that_agree_are_the_figure(figure: str) -> None:
    text = f"Ночью над Калужской областью уничтожены {figure} БПЛА."
    assert _doubts(text) == []
    assert [c[1] for c in _claims(text)] == [9 if "9" in figure else 21]


# --------------------------------------------------------------- runs, ranges and hundreds


@pytest.mark.parametrize("figure", ["4-5-6", "4–5–6", "четыре-пять-шесть", "1-2-3-4"])
def test_more_than_two_numbers_in_a_run_go_to_review(figure: str) -> None:
    # ("4-5-6 БПЛА" was stored as 6)
    text = f"Над Калужской областью за ночь сбиты {figure} БПЛА."
    assert _doubts(text) == [f"more than two numbers in one run: {figure!r}"]


def test_a_date_with_dashes_is_no_run() -> None:
    text = "Сводка на 2025-09-12: над Калужской областью за ночь сбиты 4 БПЛА."
    assert _doubts(text) == []


@pytest.mark.parametrize(
    ("figure", "claim"),
    [
        ("восемь-десять", (8, "approx")),  # as "8-10" is: the lower bound, about
        ("8-10", (8, "approx")),
        ("одиннадцать сотен", (1100, "exact")),
        ("пятнадцать сотен", (1500, "exact")),
        ("4 (из 7)", (4, "exact")),
        ("4 (из семи)", (4, "exact")),
    ],
)
def test_ranges_hundreds_and_a_whole_in_brackets(figure: str, claim: tuple[int, str]) -> None:
    # (each gave the area with no figure, and no word)
    text = f"Над Калужской областью за ночь сбиты {figure} БПЛА."
    assert _claims(text) == [("RU-KLU", *claim)]
    assert _doubts(text) == []


# --------------------------------------------------------------- nought in words


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Сегодня ночью над Смоленской областью не было сбито ни одного беспилотника.", "RU-SMO"),
        ("Ни один вражеский дрон не был уничтожен над Смоленской областью.", "RU-SMO"),
        ("Ни один БПЛА не перехвачен над Смоленской областью, сообщил губернатор.", "RU-SMO"),
        ("No drones were intercepted over the Smolensk Region overnight.", "RU-SMO"),
    ],
)
def test_nought_in_words_is_zero_for_its_place(text: str, area: str) -> None:
    # (the area stored with no figure, or nothing at all: "0 – над X" gave 0)
    assert _claims(text) == [(area, 0, "exact")]


def test_nought_in_a_list_beside_figures() -> None:
    text = (
        "Над Брянской областью уничтожены 4 БПЛА, "
        "над Смоленской областью не было сбито ни одного беспилотника."
    )
    assert _claims(text) == [("RU-BRY", 4, "exact"), ("RU-SMO", 0, "exact")]


def test_no_drone_reaching_its_target_is_no_nought() -> None:
    # all were downed: the figure, if any, is told elsewhere; never 0
    text = "Над Смоленской областью ни один беспилотник не достиг цели, все сбиты."
    assert all(count != 0 for _a, count, _q in _claims(text))


# --------------------------------------------------------------- struck-out text


def test_a_struck_out_figure_is_not_read_and_stays_in_the_claims_evidence() -> None:
    # (the struck figure was read: 4, and the 6 lost)
    text = "Ночью над Рязанской областью сбиты ~~4 беспилотника~~ 6 беспилотников."
    (report,) = parse(text)
    (claim,) = report.claims
    assert (claim.area_id, claim.count) == ("RU-RYA", 6)
    assert "~~4 беспилотника~~" in text[slice(*claim.evidence)]
    assert _doubts(text) == []


def test_a_struck_out_row_is_not_counted_and_goes_to_the_row_beside_it() -> None:
    text = (
        "Сбиты 8 беспилотников: 5 – над Рязанской областью, "
        "~~2 – над Саратовской областью,~~ 3 – над Воронежской областью."
    )
    reports = parse(text)
    assert sorted((c.area_id, c.count) for r in reports for c in r.claims) == [
        ("RU-RYA", 5),
        ("RU-VOR", 3),
    ]
    (voronezh,) = [c for r in reports for c in r.claims if c.area_id == "RU-VOR"]
    assert text[slice(*voronezh.evidence)].startswith("~~2 – над Саратовской")
