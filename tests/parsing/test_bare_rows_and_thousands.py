"""Two figures that had been lost without a word (``parsing.count_rules``, ``parsing.numbers``;
issue 14 after stop 37):

- a list row with no mark between its place and its figure, one row a line ("Смоленская область
  6" under a lede that downs drones): nothing read; a date, a clock, a year or a distance after
  the place is still no row, and such a line under rows that gave claims goes to a person
  (``parsing.misses``);
- hundreds in digits after the thousands' word ("1 тыс. 300"): stored as the hundreds alone.

Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.diagnostics import diagnose

DAY = date(2026, 9, 12)
LEDE = "За ночь перехвачены беспилотники:\n"


def _rows(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.area_id, c.count) for r in parse(text, DAY) for c in r.claims)


@pytest.mark.parametrize(
    "rows",
    [
        "Смоленская область 6\nТульская область 1",
        "Смоленская обл. 6\nТульская обл. 1",
        "🔹 Смоленская область 6;\n🔹 Тульская область 1.",
        "Смоленская область 6 шт.\nТульская область 1 шт.",
        "Смоленская область 6 БПЛА\nТульская область 1 БПЛА",
        "над Смоленской областью 6\nнад Тульской областью 1",
    ],
)
def test_a_row_without_a_mark_is_its_place_figure(rows: str) -> None:
    assert _rows(LEDE + rows) == [("RU-SMO", 6), ("RU-TUL", 1)]


@pytest.mark.parametrize(
    "line",
    [
        "Смоленская область 6 мая",  # a date
        "Смоленская область 04:10",  # a clock
        "Смоленская область 2025",  # a year
        "Смоленская область 6 км",  # a figure of something else
    ],
)
def test_a_place_and_another_figure_is_no_row(line: str) -> None:
    assert ("RU-SMO", 6) not in _rows(LEDE + line)
    assert all(count is None for _, count in _rows(LEDE + line))


def test_a_place_and_a_figure_inside_a_line_is_no_row() -> None:
    text = "За ночь сбиты беспилотники над Курской областью, Смоленская область 6."
    assert ("RU-SMO", 6) not in _rows(text)


@pytest.mark.parametrize(
    ("written", "value"),
    [("1 тыс. 300", 1300), ("1 тыс 300", 1300), ("3 тыс. 40", 3040), ("2 тыс.", 2000)],
)
def test_hundreds_after_the_thousands_word_are_part_of_it(written: str, value: int) -> None:
    text = f"Над Смоленской областью за неделю уничтожено {written} беспилотников."
    assert _rows(text) == [("RU-SMO", value)]


def test_a_day_after_the_thousands_word_is_no_part_of_it() -> None:
    text = "С 2 тыс. 15 сентября над Смоленской областью уничтожено 7 беспилотников."
    assert ("RU-SMO", 2015) not in _rows(text)


def test_a_row_without_a_mark_whose_line_goes_on_is_sent_to_a_person() -> None:
    text = LEDE + "Смоленская область 6\nТульская область 1\nКурская область 3 под утро"
    reports = parse(text, DAY)
    assert ("RU-KRS", 3) not in _rows(text)
    # held for the 3 no claim took, and named once (no figure_not_taken beside it)
    assert [(p.reason, text[slice(*p.span)]) for p in diagnose(text, reports)] == [
        ("no_claim_read", "3")
    ]
