"""Two statements about the language (issue 14, stop 45), in texts written for these tests.

- A number written as a year is (four digits from 1900 to 2100) ending a list row is a year as
  well as a row's figure: "Курская область — 2024." beside a report is a dateline's year, never
  2024 drones (``count_rules.year_for_figure``). The grammar cannot settle it, so no figure is
  read and the text goes to review (``numbers.doubtful_numbers``); a year the grammar marks
  ("2024 г.", "2024 год") or a count it marks ("2024 БПЛА") is settled.
- "Поправка:", "Исправление:" and English "Correction:" head what sets a figure told before
  right, as "Уточнение:" does (``vocab.CORRECTION``): the figure after them replaces the earlier
  one, never adds to it.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse, vocab
from parsing.diagnostics import diagnose
from parsing.numbers import is_year

DAY = date(2025, 9, 12)


#: the places as an import reads them (the stand-in knows nominatives only)
pytestmark = pytest.mark.usefixtures("real_gazetteer")


def _read(text: str) -> tuple[list[tuple[str, int | None]], list[tuple[str, str]]]:
    reports = parse(text, DAY)
    claims = [(c.area_id, c.count) for r in reports for c in r.claims]
    problems = [(p.reason, text[p.span[0] : p.span[1]]) for p in diagnose(text, reports)]
    return claims, problems


# --- a year ending a list row ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "year"),
    [("2024", True), ("1900", True), ("2100", True), ("1899", False), ("2101", False),
     ("2 024", False), ("202", False), ("20245", False)],
)  # fmt: skip
def test_a_year_is_four_digits_from_1900_to_2100(written: str, year: bool) -> None:
    assert is_year(written) is year


@pytest.mark.parametrize(
    "text",
    [
        "Ночью над Орловской областью уничтожены 3 беспилотника. Курская область — 2024.",
        "Ночью над Орловской областью уничтожены 3 беспилотника.\nКурская область: 2024.",
        "Overnight 3 drones were destroyed over the Oryol Region. Kursk Region – 2024.",
    ],
)
def test_a_row_ending_in_a_year_is_no_figure_and_goes_to_review(text: str) -> None:
    claims, problems = _read(text)
    assert claims == [("RU-ORL", 3)]  # never Kursk 2024
    assert problems == [("doubtful_number", "2024")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the year marked as one: no row, nothing to ask
        ("Брянская область — 2024 г. Над областью уничтожены 3 БПЛА.", [("RU-BRY", 3)]),
        ("Над Курской областью уничтожены 5 БПЛА. Курская область — 2024 год.", [("RU-KRS", 5)]),
        # a span of years is no row
        ("Над Курской областью уничтожены 5 БПЛА, как и в 2022-2024.", [("RU-KRS", 5)]),
        # the drones' noun marks the count
        (
            "Уничтожены 2031 БПЛА:\nКурская область — 2024 БПЛА;\nБрянская область — 7.",
            [("RU-KRS", 2024), ("RU-BRY", 7)],
        ),
        # a row's figure that cannot be a year is read as before
        (
            "Над Курской областью уничтожены 5 БПЛА. Белгородская область — 12.",
            [("RU-KRS", 5), ("RU-BEL", 12)],
        ),
    ],
)
def test_a_year_or_a_count_the_grammar_marks_is_settled(
    text: str, want: list[tuple[str, int]]
) -> None:
    claims, problems = _read(text)
    assert claims == want
    assert problems == []


# --- the heads of a correction ---------------------------------------------------------------

POST = "Ночью над Орловской областью уничтожены 5 беспилотников."


@pytest.mark.parametrize(
    "text",
    [
        f"{POST}\n\nПоправка: над Орловской областью уничтожены 7 беспилотников.",
        f"{POST}\n\nИсправление — над Орловской областью уничтожены 7 беспилотников.",
        f"{POST}\n\nУточнение: над Орловской областью уничтожены 7 беспилотников.",
        "Overnight 5 drones were destroyed over the Oryol region.\n\n"
        "Correction: 7 drones were destroyed over the Oryol region.",
    ],
)
def test_a_corrections_head_replaces_the_figure_told_before(text: str) -> None:
    claims, problems = _read(text)
    assert claims == [("RU-ORL", 7)]  # never 5 beside 7, never 12
    assert problems == []


@pytest.mark.parametrize(
    "sentence",
    [
        "в закон внесена поправка.",  # an amendment, a full stop after it
        "депутаты приняли поправки: штрафы выросли.",  # amendments
        "the paper ran a correction.",
        "исправления в расписании: автобусы ходят реже.",  # repairs, changes
    ],
)
def test_a_word_that_only_looks_like_a_corrections_head_is_none(sentence: str) -> None:
    assert vocab.CORRECTION_RE.search(sentence) is None
