"""A district of a list that shares one figure, told after it with a figure of its own said
about or as a bound ("около восьми", "не менее восьми", "about eight"), is a part of the
list's figure as an exact one is (``report_rules._some_of_the_list_told``): the list's figure
stays the region's and the total, never their sum. Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 13)


def _region_rows(text: str) -> list[tuple[list[tuple[str, int | None]], int | None]]:
    return [
        ([(c.area_id, c.count) for c in r.claims if c.district_id is None], r.total)
        for r in parse(text, DAY)
    ]


@pytest.mark.parametrize(
    "part",
    [
        "Больше всего — около семи — над Кировским районом.",
        "Не менее семи из них сбиты над Кировским районом.",
        "Примерно семь из них — над Кировским районом.",
    ],
)
def test_a_listed_district_s_figure_said_about_is_part_of_the_list_s(part: str) -> None:
    text = f"Ночью над Кировским и Тарусским районами Калужской области уничтожены 11 БПЛА. {part}"
    assert _region_rows(text) == [([("RU-KLU", 11)], 11)]


def test_an_exact_part_is_still_a_part() -> None:
    text = (
        "Ночью над Кировским и Тарусским районами Калужской области уничтожены 11 БПЛА. "
        "Больше всего — семь — над Кировским районом."
    )
    assert _region_rows(text) == [([("RU-KLU", 11)], 11)]
