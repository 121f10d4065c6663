"""Russian news: a headline that retells one row of the statement under it ("Над Воронежской
областью ночью сбиты 15 беспилотников" over "... уничтожены 42, в том числе 15 — над Воронежской
областью") is that row told first (issue 10): the row is the statement's, whose total is its own
figure for the whole country, never the headline's 15. Of a figure told twice the later, fuller
copy is kept. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

SATURDAY = date(2025, 9, 13)


@pytest.mark.parametrize(
    ("headline", "statement", "total", "rows"),
    [
        (
            "Над Воронежской областью ночью сбиты 15 беспилотников",
            "По данным Минобороны, за ночь над регионами России уничтожены 42 беспилотника, в том "
            "числе 15 — над Воронежской областью.",
            42,
            [("RU-VOR", 15)],
        ),
        (
            "Над Курской областью ночью сбиты 20 дронов",
            "Минобороны сообщило, что за ночь уничтожены 48 беспилотников: 20 — над Курской "
            "областью, 28 — над Брянской.",
            48,
            [("RU-KRS", 20), ("RU-BRY", 28)],
        ),
        (
            "За ночь над Брянской областью уничтожены 9 БПЛА",
            "Всего за ночь средства ПВО уничтожили 30 беспилотников, из них девять — над Брянской "
            "областью, сообщили в Минобороны.",
            30,
            [("RU-BRY", 9)],
        ),
    ],
)
def test_a_headline_that_retells_a_row_leaves_the_statement_its_total(
    headline: str, statement: str, total: int, rows: list[tuple[str, int]]
) -> None:
    text = f"{headline}\n\n{statement}"
    assert report_summaries(text, SATURDAY) == [("mod", "RU", total, rows, SATURDAY)]
