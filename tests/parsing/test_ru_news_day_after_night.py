"""The day's figures after the night's in one Russian news sentence (issue 10), written for this
project in our own words: "ещё N" with its speaker after it, "днём" with the publication day's
date, "за ночь" heading the night's clause."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

D = date(2025, 8, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Ночью над Белгородской областью сбиты 6 беспилотников, а днём — ещё 4, сообщили в "
        "Минобороны.",
        "Ночью над Белгородской областью сбиты 6 беспилотников, а днём ещё 4, сообщило "
        "Минобороны России.",
        "В ночь на 14 августа над Белгородской областью сбиты 6 беспилотников, а днём 14 "
        "августа — ещё 4, сообщили в Минобороны.",
        "За ночь над Белгородской областью перехвачены 6 дронов, а днём — ещё четыре "
        "беспилотника, сообщили в Минобороны.",
        "За минувшую ночь над Белгородской областью уничтожены 6 БПЛА, а днём над регионом "
        "сбиты ещё 4, сообщили в Минобороны.",
    ],
)
def test_more_in_the_day_after_the_night_is_its_own_report(text: str) -> None:
    assert report_summaries(text, D) == [
        ("mod", "RU", 6, [("RU-BEL", 6)], D),
        ("mod", "RU", 4, [("RU-BEL", 4)], None),
    ]
