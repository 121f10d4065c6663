"""Russian news: a headline with no time of its own that tells the figure of the statement
under it ("ПВО сбила беспилотник над Краснодарским краем" over "Днём 12 сентября над
Краснодарским краем ... был уничтожен украинский беспилотник") is that figure told first, never
a report of its own on the day of publication (issue 10); a sentence with no time in the body
is no headline. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

SATURDAY = date(2025, 9, 13)


@pytest.mark.parametrize(
    ("headline", "statement", "area", "count"),
    [
        (
            "ПВО сбила беспилотник над Краснодарским краем",
            "Днём 12 сентября над Краснодарским краем дежурными средствами ПВО был уничтожен "
            "украинский беспилотник, сообщили в Минобороны.",
            "RU-KDA",
            1,
        ),
        (
            "Над Брянской областью уничтожены три дрона",
            "Вечером 11 сентября над Брянской областью средства ПВО уничтожили три беспилотника, "
            "сообщили в Минобороны.",
            "RU-BRY",
            3,
        ),
    ],
)
def test_a_headline_that_tells_a_past_day_s_figure_is_told_once(
    headline: str, statement: str, area: str, count: int
) -> None:
    text = f"{headline}\n\n{statement}"
    assert [(s[0], s[2], s[3]) for s in report_summaries(text, SATURDAY)] == [
        ("mod", count, [(area, count)])
    ]


def test_a_figure_of_the_day_in_the_body_is_its_own_report() -> None:
    text = (
        "Утром над Курской областью сбиты два беспилотника. Накануне вечером над регионом "
        "также были уничтожены два дрона."
    )
    assert [s[2] for s in report_summaries(text, SATURDAY)] == [2, 2]
