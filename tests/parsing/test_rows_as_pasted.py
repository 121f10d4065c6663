"""List rows and figures as they arrive from a paste, a table or a channel's emoji, each read as
a person reads it or sent to a person (``parsing.text``, ``parsing.count_rules``,
``parsing.numbers``, ``parsing.misses``); each had been lost, changed or queued without cause:

- rows one a line with the figure in parentheses ("Курская область (4)", "над Курской областью
  (4)") under a lede that downs drones with no figure: nothing read, no review;
- a table's row ("| Курская область | 4 |", a Markdown table's or an HTML table's as the feeds'
  reader writes it) and a tab between place and figure (a table copied from a browser or a
  spreadsheet): nothing read;
- "=", an arrow, dots leading to the figure, a pictograph for the dash, a pictograph after the
  figure ("Курская область — 4 🔥"), "шт" or "ед" without their point: nothing read;
- lines broken by a carriage return alone, the Unicode line or paragraph separator: the rows ran
  into one line, nothing read (said as a count with no area);
- "тысяча беспилотников": the area with no figure;
- a fraction written with the fraction slash ("1⁄2"): read as 2;
- a range written with words ("от 4 до 6", "4 или 5", "4 to 6", "between 4 and 6"): its upper
  bound queued as a figure left out.

Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.diagnostics import diagnose

DAY = date(2026, 9, 12)
LEDE = "Ночью сбиты беспилотники:\n"


def _rows(text: str) -> list[tuple[str, int | None, str]]:
    return sorted((c.area_id, c.count, c.qualifier) for r in parse(text, DAY) for c in r.claims)


def _reasons(text: str) -> list[str]:
    return [p.reason for p in diagnose(text, parse(text, DAY))]


SMOLENSK_4_TULA_2 = [("RU-SMO", 4, "exact"), ("RU-TUL", 2, "exact")]


@pytest.mark.parametrize(
    "rows",
    [
        # a figure in parentheses, one row a line
        "Смоленская область (4)\nТульская область (2)",
        "Смоленская обл. (4);\nТульская обл. (2).",
        "▪️ Смоленская область (4 ед.)\n▪️ Тульская область (2 ед.)",
        "над Смоленской областью (4)\nнад Тульской областью (2)",
        # a table's row, a tab
        "| Смоленская область | 4 |\n| Тульская область | 2 |",
        "Смоленская область\t4\nТульская область\t2",
        "Смоленская область\t\t4\r\nТульская область\t\t2\r\n",
        # other marks for the dash, a pictograph after the figure, a counter word without its point
        "Смоленская область = 4\nТульская область = 2",
        "Смоленская область → 4\nТульская область → 2",
        "Смоленская область -> 4\nТульская область -> 2",
        "Смоленская область.......4\nТульская область..........2",
        "Смоленская область 👉 4\nТульская область 👉 2",
        "Смоленская область — 4 🔥\nТульская область — 2 🔥",
        "Смоленская область: 4 шт\nТульская область: 2 шт",
        "Смоленская область — 4 ед\nТульская область — 2 ед",
    ],
)  # fmt: skip
def test_a_row_a_line_is_read(rows: str) -> None:
    text = LEDE + rows
    assert _rows(text) == SMOLENSK_4_TULA_2
    assert _reasons(text) == []


@pytest.mark.parametrize("brk", ["\r", "\u2028", "\u2029", "\x0c"])
def test_a_line_break_of_another_kind_breaks_the_rows(brk: str) -> None:
    text = f"Ночью сбиты 6 БПЛА:{brk}Смоленская область — 4{brk}Тульская область — 2"
    assert _rows(text) == SMOLENSK_4_TULA_2
    assert _reasons(text) == []


@pytest.mark.parametrize(
    "rows",
    [
        "| Smolensk Region | 4 |\n| Tula Region | 2 |",
        "Smolensk Region\t4\nTula Region\t2",
    ],
)
def test_an_english_table_row_is_read(rows: str) -> None:
    assert _rows("Drones shot down overnight:\n" + rows) == SMOLENSK_4_TULA_2


def test_a_tab_inside_a_sentence_is_a_space() -> None:
    # (only a tab before the figure that ends its line is a table's cell boundary)
    assert _rows("Над Смоленской областью\tуничтожены\t4 БПЛА.") == [("RU-SMO", 4, "exact")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Над Рязанской областью сбита тысяча беспилотников.", [("RU-RYA", 1000, "exact")]),
        ("Над Рязанской областью сбили тысячу дронов.", [("RU-RYA", 1000, "exact")]),
        # "thousands" and a headline's "more than a thousand" stay no figure
        ("Над Рязанской областью сбиты тысячи беспилотников.", [("RU-RYA", None, "exact")]),
        ("Над Рязанской областью сбито более тысячи дронов.", [("RU-RYA", None, "exact")]),
    ],
)  # fmt: skip
def test_one_thousand_in_the_singular_is_a_figure(
    text: str, rows: list[tuple[str, int | None, str]]
) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize("written", ["3\u20444", "3\u22154", "11\u204416"])
def test_a_fraction_with_a_fraction_slash_goes_to_a_person(written: str) -> None:
    text = f"Над Рязанской областью уничтожены {written} БПЛА."
    problems = diagnose(text, parse(text, DAY))
    assert [(p.reason, p.detail) for p in problems] == [
        ("doubtful_number", f"a figure no count is written as: {written!r}")
    ]  # (a reason that holds the text's claims back from every page until a person looks)


@pytest.mark.parametrize(
    "text",
    [
        "Над Рязанской областью уничтожены от 4 до 6 БПЛА.",
        "Над Рязанской областью уничтожены 4 или 5 БПЛА.",
        "Над Рязанской областью уничтожены четыре или пять беспилотников.",
        "Air defences destroyed 4 to 6 drones over the Ryazan Region.",
        "Air defences destroyed 4 or 5 drones over the Ryazan Region.",
        "Air defences destroyed between 4 and 6 drones over the Ryazan Region.",
    ],
)
def test_a_range_in_words_is_about_its_lower_bound_and_no_figure_left_out(text: str) -> None:
    assert _rows(text) == [("RU-RYA", 4, "approx")]
    assert _reasons(text) == []


def test_two_figures_joined_by_and_are_still_checked() -> None:
    # "and" without "between" adds: a figure of the sentence the parse did not take is a look
    text = "Над Рязанской областью уничтожены 4 БПЛА и ещё 9 БПЛА сбиты над другими регионами."
    assert "figure_not_taken" in _reasons(text)
