"""A line ending on a figure and the next opening on three digits and a drone noun is read as
one number wrapped at its thousands space ("перехвачены 1\\n205 БПЛА" is 1,205), which a line
ending on its own figure is not ("над городом сбиты 3\\n240 БПЛА сбиты над другими областями"
would become 3,240). Either reading may be wrong, so the text goes to a person with its doubt
(issue 14: no figure changed without a word). Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.diagnostics import diagnose

DAY = date(2025, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Над Орловской областью сбиты 3\n240 БПЛА уничтожены над другими областями.",
        "За сутки дежурные средства ПВО перехватили 1\n205 беспилотников над регионами.",
        "Air defences destroyed 2 \n310 drones over several regions, the ministry said.",
    ],
)
def test_a_number_broken_over_two_lines_goes_to_a_person(text: str) -> None:
    problems = diagnose(text, parse(text, DAY))
    assert [p.reason for p in problems if "broken over two lines" in p.detail] == [
        "doubtful_number"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Над Орловской областью сбиты 3 БПЛА.\n240 человек эвакуированы.",
        "Над Орловской областью сбиты 3\n\n240 БПЛА уничтожены над другими областями.",
        "Над Орловской областью сбиты 3 БПЛА.",
    ],
)
def test_no_doubt_where_no_number_is_broken(text: str) -> None:
    problems = diagnose(text, parse(text, DAY))
    assert not [p for p in problems if "broken over two lines" in p.detail]
