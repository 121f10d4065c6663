"""How a list of places shares a figure or a head noun (issue 10), written for this project in
our own words (the stand-in gazetteer of conftest.py). Grouped by the rule each one decides.

- ``each_after_list``: a figure said of each place ("one over each", "two apiece", "по два над
  каждой"), set off after the list it refers back to, is every listed place's figure.
- ``wider_area`` ends at a figure: "пять над Воронежской и три над Брянской областями" is a
  list whose plural head the two items share, each with its own figure, never a wider area.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse

_EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_RU_EACH = ["", "одному", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]


def _rows(text: str) -> tuple[list[tuple[str, int | None]], int | None]:
    (report,) = parse(text)
    return sorted((c.area_id, c.count) for c in report.claims), report.total


# --- each_after_list ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Six drones were destroyed over the Kaluga, Tula and Smolensk regions, two over each.",
        "Air defences shot down 6 UAVs over the Kaluga, Tula and Smolensk regions overnight, two "
        "in each of them, the ministry said.",
        "The ministry said six drones had been downed over the Kaluga, Tula and Smolensk regions "
        "- two apiece.",
        "Six Ukrainian drones were intercepted over the Kaluga, Tula and Smolensk regions (two "
        "each).",
        "Над Калужской, Тульской и Смоленской областями уничтожены шесть беспилотников — по два "
        "над каждой.",
        "Шесть БПЛА сбиты над Калужской, Тульской и Смоленской областями, по два в каждой из них.",
        "Дежурные средства ПВО перехватили 6 дронов над Калужской, Тульской и Смоленской "
        "областями - по 2 беспилотника над каждой.",
    ],
)
def test_a_figure_of_each_after_the_list_is_every_places(text: str) -> None:
    assert _rows(text) == ([("RU-KLU", 2), ("RU-SMO", 2), ("RU-TUL", 2)], 6)


def test_por_n_closing_the_sentence_after_the_list_is_each_places() -> None:
    text = "Над Калужской и Тульской областями ночью сбиты четыре беспилотника, по два."
    assert _rows(text) == ([("RU-KLU", 2), ("RU-TUL", 2)], 4)


def test_each_before_a_list_of_its_own_is_that_lists_figure() -> None:
    # "two each over the Kaluga and Tula regions" names its places after it: the list before
    # keeps its own figure
    text = (
        "Nine drones were destroyed: five over the Bryansk region, two each over the Kaluga and "
        "Tula regions."
    )
    assert _rows(text) == ([("RU-BRY", 5), ("RU-KLU", 2), ("RU-TUL", 2)], 9)


def test_a_bare_figure_closing_the_sentence_without_po_is_no_figure_of_each() -> None:
    rows, _total = _rows("Над Калужской и Тульской областями сбиты четыре беспилотника, ещё два.")
    assert ("RU-KLU", 2) not in rows
    assert ("RU-TUL", 2) not in rows


@settings(max_examples=40, deadline=None)
@given(
    each=st.integers(min_value=1, max_value=9),
    words=st.booleans(),
    russian=st.booleans(),
    order=st.permutations(["RU-KLU", "RU-TUL", "RU-BRY"]),
)
def test_each_after_the_list_is_the_same_in_words_digits_and_any_order(
    each: int, words: bool, russian: bool, order: list[str]
) -> None:
    ru = {"RU-KLU": "Калужской", "RU-TUL": "Тульской", "RU-BRY": "Брянской"}
    en = {"RU-KLU": "Kaluga", "RU-TUL": "Tula", "RU-BRY": "Bryansk"}
    total = 3 * each
    if russian:
        names = ru
        figure = _RU_EACH[each] if words else str(each)
        text = (
            f"Ночью над {names[order[0]]}, {names[order[1]]} и {names[order[2]]} областями "
            f"уничтожены {total} БПЛА — по {figure} над каждой."
        )
    else:
        names = en
        figure = _EN_WORDS[each] if words else str(each)
        text = (
            f"Overnight, {total} drones were destroyed over the {names[order[0]]}, "
            f"{names[order[1]]} and {names[order[2]]} regions, {figure} over each."
        )
    assert _rows(text) == (sorted((area, each) for area in order), total)


# --- wider_area ends at a figure ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ночью уничтожены восемь беспилотников: пять над Воронежской и три над Брянской областями.",
        "Восемь беспилотников — пять над Воронежской и три над Брянской областями — были "
        "уничтожены ночью.",
        "Восемь беспилотников (пять над Воронежской и три над Брянской областями) уничтожены "
        "ночью.",
        "Уничтожены 8 БПЛА: 5 над Воронежской и 3 над Брянской областями.",
        "Eight drones were destroyed overnight: five over the Voronezh and three over the "
        "Bryansk regions.",
    ],
)
def test_items_with_figures_of_their_own_share_the_lists_plural_head(text: str) -> None:
    assert _rows(text) == ([("RU-BRY", 3), ("RU-VOR", 5)], 8)


def test_three_items_share_the_plural_head_after_the_last() -> None:
    text = "Уничтожены 10 БПЛА: пять над Воронежской, три над Брянской и два над Курской областями."
    assert _rows(text) == ([("RU-BRY", 3), ("RU-KRS", 2), ("RU-VOR", 5)], 10)


def test_a_wider_area_after_the_places_still_takes_the_figure() -> None:
    # "и другими регионами" with no figure between: the figure is the whole list's
    rows, total = _rows("Над Брянской областью и другими регионами уничтожены 40 беспилотников.")
    assert rows == [("RU-BRY", None)]
    assert total == 40
