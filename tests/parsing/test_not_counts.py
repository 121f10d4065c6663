"""Issue 14's left list, item 3: numbers in a report that are clearly no count.

A telephone number (a run of five numbers or more: "8 800 555-35-35", "+7 (4712) 20-30-40")
gives no figure, and in a sentence that downs drones it sends the text to review; "2-й за
сутки" is one drone, as "второй за сутки" is; "1´200" (an acute accent for an apostrophe) is
1,200. Texts are our own.
"""

from __future__ import annotations

import pytest

from parsing import parse
from parsing.diagnostics import DOUBTFUL_NUMBER, diagnose
from parsing.numbers import find_numbers
from tests.parsing.conftest import claim_rows


def _doubts(text: str) -> list[str]:
    return [p.detail for p in diagnose(text, parse(text)) if p.reason == DOUBTFUL_NUMBER]


@pytest.mark.parametrize(
    "phone",
    [
        "8 800 555-35-35",
        "8 (4712) 20-30-40",
        "+7 (4712) 20-30-40",
        "8-800-200-11-22",
        "+7 910 200 30 40",
    ],
)
def test_a_telephone_number_is_no_number(phone: str) -> None:
    assert find_numbers(f"звоните по номеру {phone} круглосуточно") == []


def test_a_telephone_number_in_a_sentence_that_downs_drones_goes_to_review() -> None:
    text = "Над Тульской областью сбиты беспилотники, справки по телефону 8 800 555-35-35."
    # (its last part was read as 35 drones over the region, and no one was asked)
    assert claim_rows(text) == [("RU-TUL", None, None)]
    assert _doubts(text) == ["a run of numbers, no count (a telephone number?): '8 800 555-35-35'"]


def test_a_run_before_a_drone_noun_is_one_doubt_and_no_figure() -> None:
    text = "Над Тульской областью сбиты 8 800 555 35 35 беспилотников."
    assert claim_rows(text) == [("RU-TUL", None, None)]  # (35 was read)
    assert _doubts(text) == ["a run of numbers, no count (a telephone number?): '8 800 555 35 35'"]


def test_a_hotline_in_a_sentence_of_its_own_leaves_the_figure_alone() -> None:
    text = "Над Тульской областью сбиты 4 беспилотника. Горячая линия: 8 (4872) 20-30-40."
    assert claim_rows(text) == [("RU-TUL", None, 4)]
    assert _doubts(text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("сбиты 5-6-7 дронов", [5, 6, 7]),  # three numbers: a run held as before, not a phone
        ("1 – над X, 2 – над Y, 3 – над Z, 4 – над W, 5 – над V", [1, 2, 3, 4, 5]),
        ("с 12 по 16 мая 2025 года сбиты 40", [12, 16, 2025, 40]),
    ],
)
def test_lists_and_dates_keep_their_numbers(text: str, numbers: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == numbers


@pytest.mark.parametrize(
    "text",
    [
        "Над Тульской областью уничтожен 2-й за сутки беспилотник.",
        "Над Тульской областью сбит 3-й за ночь БПЛА.",
    ],
)
def test_an_ordinal_in_digits_downs_one_drone(text: str) -> None:
    # (the area with no figure; "второй за сутки" was already 1)
    assert claim_rows(text) == [("RU-TUL", None, 1)]


@pytest.mark.parametrize("mark", ["\u00b4", "\u2019"])
def test_an_accent_or_a_quote_groups_thousands_as_an_apostrophe_does(mark: str) -> None:
    # (1´200 was read as 200)
    assert claim_rows(f"Над Тульской областью сбиты 1{mark}200 беспилотников.") == [
        ("RU-TUL", None, 1200)
    ]
