"""Issue 10: the rows of a ministry's list, read by the grammar of a list rather than row by row.

- A row of several names shares the list's head: written once in the plural ("Тульская и
  Орловская области — по 3") or left out as the rows above leave it out ("— Курская — 7" under
  "— Брянская область — 12", then "— Тульская, Орловская — по 3"). With "по" each has the
  figure; without it the names share it (each named, no figure of its own).
- "в т.ч." is "в том числе" written short: the part of a row in parentheses after it
  ("Московский регион — 20 (в т.ч. 9 летевших на Москву)") leaves the row its figure, and the
  short form ends no sentence.
- "— ещё N" in a row of a region a row above named is more drones over it: the rows add up.
- A row written figure first may keep the genitive of the row before it and leave out its "над
  территорией" ("четыре — над территорией Курской, два — Брянской области"); the last row may
  follow "и" ("пять над территорией Курской области и три — Брянской"), and a row may end on
  "и" and the next row ("два — Брянской области и два — Воронежской").

Statements written for these tests in our own words.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.parsing.conftest import FakePlace, by_place, claim_rows, resolving, with_places


def _region(area: str, ru: str, en: str) -> list[FakePlace]:
    return [FakePlace("region", area, None, ru, en)]


@pytest.fixture(autouse=True)
def _places() -> Iterator[None]:
    # the real gazetteer knows a region by its bare adjective, as a list row leaves it
    more = {
        "курская": _region("RU-KRS", "Курская область", "Kursk Oblast"),
        "тульская": _region("RU-TUL", "Тульская область", "Tula Oblast"),
        "орловская": _region("RU-ORL", "Орловская область", "Oryol Oblast"),
        "орловская область": _region("RU-ORL", "Орловская область", "Oryol Oblast"),
        "калужская": _region("RU-KLU", "Калужская область", "Kaluga Oblast"),
        "курской": _region("RU-KRS", "Курская область", "Kursk Oblast"),
        "брянской": _region("RU-BRY", "Брянская область", "Bryansk Oblast"),
        "воронежской": _region("RU-VOR", "Воронежская область", "Voronezh Oblast"),
    }
    with resolving(with_places(more)):
        yield


# --- a row of several names under the list's one head ------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the head left out, as in the rows above it
        (
            "Минобороны: за ночь уничтожены 25 беспилотников:\n"
            "— Брянская область — 12\n— Курская — 7\n— Тульская, Орловская — по 3",
            [("RU-BRY", None, 12), ("RU-KRS", None, 7), ("RU-ORL", None, 3), ("RU-TUL", None, 3)],
        ),
        # joined by "и", bulleted
        (
            "Дежурными средствами ПВО сбиты 14 БПЛА:\n"
            "▪️ Курская область — 8\n▪️ Тульская и Калужская — по три",
            [("RU-KLU", None, 3), ("RU-KRS", None, 8), ("RU-TUL", None, 3)],
        ),
        # the head written once, in the plural
        (
            "За ночь перехвачены 16 беспилотников:\n"
            "— Брянская область — 10\n— Тульская и Орловская области — по 3",
            [("RU-BRY", None, 10), ("RU-ORL", None, 3), ("RU-TUL", None, 3)],
        ),
    ],
)
def test_each_name_of_a_row_under_po_has_the_figure(text: str, want: list[tuple]) -> None:
    assert by_place(claim_rows(text)) == want


def test_names_of_a_row_without_po_share_the_figure() -> None:
    text = (
        "Минобороны: за ночь уничтожены 20 беспилотников:\n"
        "— Брянская область — 14\n— Тульская, Орловская — 6"
    )
    assert by_place(claim_rows(text)) == [
        ("RU-BRY", None, 14),
        ("RU-ORL", None, None),
        ("RU-TUL", None, None),
    ]


def test_a_row_of_words_that_are_no_places_is_no_row() -> None:
    text = "Минобороны: за ночь уничтожены 20 беспилотников:\n— Брянская область — 14\n— Ночная, дневная — по 3"
    assert claim_rows(text) == [("RU-BRY", None, 14)]


# --- "в т.ч.": a part of the row, written short -------------------------------------------------
@pytest.mark.parametrize(
    "part",
    [
        "(в т.ч. 9 летевших на Москву)",
        "(в т. ч. 9 летевших на Москву)",
        "(в том числе 9 летевших на Москву)",
    ],
)
def test_a_part_after_a_row_leaves_the_row_its_figure(part: str) -> None:
    text = f"Минобороны: за ночь сбиты 32 БПЛА:\n— Брянская область — 12\n— Московский регион — 20 {part}"
    assert by_place(claim_rows(text)) == [("RU-BRY", None, 12), ("RU-MOW+RU-MOS", None, 20)]


def test_the_short_form_ends_no_sentence() -> None:
    text = "Минобороны: уничтожены 15 беспилотников, в т.ч. 6 над Брянской областью."
    assert claim_rows(text) == [("RU-BRY", None, 6)]


# --- "— ещё N": a region's second row adds ------------------------------------------------------
@pytest.mark.parametrize("more", ["ещё 4", "еще 4", "ещё четыре"])
def test_a_second_row_of_more_adds_to_the_region(more: str) -> None:
    text = (
        "Минобороны: в течение ночи уничтожены 21 БПЛА\n\n"
        f"▪️ Ростовская область — 10\n▪️ Курская область — 7\n▪️ Ростовская область — {more}"
    )
    rows = claim_rows(text)
    assert sum(c or 0 for a, _, c in rows if a == "RU-ROS") == 14
    assert by_place(rows) == [("RU-KRS", None, 7), ("RU-ROS", None, 4), ("RU-ROS", None, 10)]


# --- a row figure first that keeps the genitive of the row before it --------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the head noun at the end, on the last row only
        (
            "Ночью дежурными средствами ПВО перехвачены и уничтожены шесть украинских БПЛА: "
            "четыре — над территорией Курской, два — Брянской области.",
            [("RU-BRY", None, 2), ("RU-KRS", None, 4)],
        ),
        # digits, the head on every row
        (
            "За ночь сбиты 9 беспилотников: 5 — над территорией Курской области, "
            "4 — Брянской области.",
            [("RU-BRY", None, 4), ("RU-KRS", None, 5)],
        ),
        # a krai's head, three rows, the last after "и"
        (
            "Минобороны: уничтожены семь беспилотников: три — над территорией Краснодарского "
            "края, два — Брянской области и два — Воронежской.",
            [("RU-BRY", None, 2), ("RU-KDA", None, 3), ("RU-VOR", None, 2)],
        ),
        # the first row without its dash, the last row after "и"
        (
            "Ночью уничтожены восемь БПЛА: пять над территорией Курской области и три — Брянской.",
            [("RU-BRY", None, 3), ("RU-KRS", None, 5)],
        ),
        # another verb and noun, a wider area before the rows
        (
            "Средствами ПВО над регионами России сбиты 11 дронов: семь — над территорией "
            "Брянской, четыре — Курской области.",
            [("RU-BRY", None, 7), ("RU-KRS", None, 4)],
        ),
    ],
)
def test_a_row_keeps_the_genitive_of_the_row_before_it(text: str, want: list[tuple]) -> None:
    assert by_place(claim_rows(text)) == want


def test_a_genitive_after_a_dash_with_no_figure_is_no_row() -> None:
    # a date and a genitive: no figure heads the row
    text = "Беспилотник сбит над Курской областью — Брянской области ущерба нет."
    assert claim_rows(text) == [("RU-KRS", None, 1)]
