"""A clock written with a dash ("с 20-00 до 23-00", "в 6-30") holds no count: a count is never
written with a leading zero, so the minutes "00" are no figure of 0 that hides the drones the
sentence counts (it had shown 0 and lost them). Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

DAY = date(2025, 9, 12)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Над Курской областью с 20-00 до 23-00 уничтожены 7 БПЛА.", [("RU-KRS", 7)]),
        ("С 21-00 до 02-00 над Брянской областью сбиты три беспилотника.", [("RU-BRY", 3)]),
        (
            "В период с 8-00 до 14-00 над Белгородской областью перехвачены 4 дрона.",
            [("RU-BEL", 4)],
        ),
        ("В 6-05 над Тульской областью сбиты два беспилотника.", [("RU-TUL", 2)]),
    ],
)
def test_a_clocks_minutes_are_no_count(text: str, rows: list[tuple[str, int]]) -> None:
    (summary,) = report_summaries(text, DAY)
    assert summary[3] == rows


def test_nought_alone_is_still_a_figure() -> None:
    assert report_summaries("Над Курской областью уничтожены 0 БПЛА.", DAY)[0][3] == [("RU-KRS", 0)]
