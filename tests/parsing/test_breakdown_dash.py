"""A dash after a figure and its drone noun opens that figure's breakdown, as a colon does.

"уничтожены 15 БПЛА — 5 над Курской, 10 над Брянской" gave Kursk 15 (the total read as the
first row's figure) and "12 беспилотников — по три над ..." gave the regions no figure at all.
A dash before a place ("27 БПЛА – над территорией ...", the ministry's row) stays inside its row.
The reports are written for these tests in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 6, 3)


def rows(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(c.area_id, c.district_id, c.count) for r in parse(text, DAY) for c in r.claims]


def totals(text: str) -> list[int | None]:
    return [r.total for r in parse(text, DAY)]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_dash_after_the_total_opens_its_rows(dash: str) -> None:
    text = f"За ночь сбиты 15 БПЛА {dash} 5 над Курской областью, 10 над Брянской."
    assert rows(text) == [("RU-KRS", None, 5), ("RU-BRY", None, 10)]
    assert totals(text) == [15]


def test_each_after_a_dash_gives_every_region_its_figure() -> None:
    text = (
        "Ночью уничтожены 14 украинских беспилотников – по четыре над Калужской и Тульской "
        "областями, шесть над Смоленской."
    )
    assert rows(text) == [("RU-KLU", None, 4), ("RU-TUL", None, 4), ("RU-SMO", None, 6)]
    assert totals(text) == [14]


def test_english_each_after_a_dash() -> None:
    text = (
        "Air defences destroyed 8 drones overnight — four each over the Kursk and Voronezh regions."
    )
    assert rows(text) == [("RU-KRS", None, 4), ("RU-VOR", None, 4)]
    assert totals(text) == [8]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry's rows: the dash stands between the figure and its place
        (
            "Уничтожены 9 БПЛА – над территорией Брянской области и 2 БПЛА – над Курской.",
            [("RU-BRY", None, 9), ("RU-KRS", None, 2)],
        ),
        # a place between the figure and the dash: the dash leads to the region's districts
        (
            "Над Брянской областью сбиты 6 БПЛА – 4 над Погарским районом.",
            [("RU-BRY", None, 6), ("RU-BRY", "RU-BRY:pogarsky", 4)],
        ),
    ],
)
def test_a_dash_that_is_no_breakdown_stays_inside_its_row(
    text: str, expected: list[tuple[str, str | None, int | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "За ночь сбиты 15 БПЛА (5 – над Курской областью, 10 – над Брянской).",
        "За ночь сбиты 15 БПЛА (5 над Курской областью и 10 над Брянской).",
        "Overnight 15 drones (five over the Kursk region and ten over the Bryansk region) were destroyed.",
    ],
)
def test_a_parenthesis_after_the_total_opens_its_rows(text: str) -> None:
    assert rows(text) == [("RU-KRS", None, 5), ("RU-BRY", None, 10)]
    assert totals(text) == [15]


def test_a_parenthesis_after_a_row_s_figure_keeps_it() -> None:
    # "(5 БПЛА)" after a place is that place's figure (paren_count), not a breakdown
    text = "Над Курской областью (5 БПЛА) и Брянской областью (10 БПЛА) сбиты беспилотники."
    assert rows(text) == [("RU-KRS", None, 5), ("RU-BRY", None, 10)]
