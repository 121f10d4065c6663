"""Russian ministry statements and news: a drone suppressed or downed "и упал на территории X"
(issue 10). A verb of coming down with no subject of its own after "и" (or a pronoun for the
drone after a comma) goes on with the drones the clause before counted: where they came down is
their place, as "Ещё один БПЛА подавлен средствами РЭБ и, потеряв управление, потерпел крушение
на территории X" was read already. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

FRIDAY = date(2023, 8, 4)


@pytest.mark.parametrize(
    ("sentence", "area", "count"),
    [
        ("Ещё один украинский БПЛА подавлен средствами РЭБ и упал на территории Брянской области.", "RU-BRY", 1),
        ("Еще один беспилотник подавлен и потерпел крушение на территории Курской области.", "RU-KRS", 1),
        ("Два беспилотника подавлены средствами РЭБ и рухнули на территории Калужской области.", "RU-KLU", 2),
        ("Ещё один дрон был подавлен РЭБ, он упал на территории Калужской области.", "RU-KLU", 1),
        ("Три БПЛА подавлены радиоэлектронной борьбой и затем упали на территории Брянской области.", "RU-BRY", 3),
    ],
)  # fmt: skip
def test_where_a_suppressed_drone_came_down_is_its_place(
    sentence: str, area: str, count: int
) -> None:
    assert report_summaries(sentence, FRIDAY) == [("media", "RU", count, [(area, count)], None)]


def test_after_the_ministry_s_own_figure_the_fall_is_a_row_of_its_own() -> None:
    text = (
        "«Средствами ПВО два беспилотника уничтожены над территорией Курской области. Ещё один "
        "украинский БПЛА подавлен средствами РЭБ и упал на территории Брянской области», — "
        "сообщили в Минобороны."
    )
    assert report_summaries(text, FRIDAY) == [
        ("mod", "RU", None, [("RU-KRS", 2), ("RU-BRY", 1)], None)
    ]


def test_debris_that_fell_is_still_no_place_of_the_figure() -> None:
    # the verb has a subject of its own: what fell is the debris, not the counted drones
    text = "Ещё один беспилотник подавлен средствами РЭБ, и обломки упали на территории Брянской области."
    assert [r[3] for r in report_summaries(text, FRIDAY)] != [[("RU-BRY", 1)]]
