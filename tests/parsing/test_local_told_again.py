"""Issue 10: a governor's post that tells a figure, then tells it again place by place ("Два —
над городом, четыре — над районом"): "над городом" before a comma or a stop is the town named
before, a district's adjective is no town, the places' figures that add up to the figure told
first are its parts, and "ещё N" over the same town adds to its figure.

Posts written for these tests in our own words; the places are conftest.py's stand-ins.
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import report_rows

_TOWN = ("RU-SAM", "RU-SAM:syzran")
_DISTRICT = ("RU-SAM", "RU-SAM:syzransky")


@pytest.mark.parametrize(
    "text",
    [
        # a list of the town and its district shares the figure, then tells it again
        "Ночью над Сызранью и Сызранским районом уничтожены шесть беспилотников. Два — над "
        "городом, четыре — над районом.",
        # the town alone has the figure, the district is named in its breakdown
        "Ночью над Сызранью уничтожены шесть беспилотников. Два — над городом, четыре — над "
        "Сызранским районом.",
    ],
)
def test_a_figure_told_again_place_by_place_is_not_added_to(text: str) -> None:
    (report,) = parse(text)
    assert report.total == 6
    assert report_rows(text) == [("RU-SAM", None, 6), (*_TOWN, 2), (*_DISTRICT, 4)]


def test_ordinal_parts_of_a_list_s_figure_leave_it_the_region_s() -> None:
    text = (
        "Ночью над Сызранью и Сызранским районом уничтожены шесть беспилотников. Первый и "
        "второй — над городом."
    )
    (report,) = parse(text)
    assert report.total == 6
    assert [c.count for c in report.claims if c.district_id is None] == [6]
    assert [(c.district_id, c.count) for c in report.claims if c.count and c.district_id] == [
        ("RU-SAM:syzran", 2)
    ]


def test_the_town_after_a_district_s_adjective_is_still_the_town() -> None:
    text = (
        "Над Сызранским районом и Сызранью сбиты три беспилотника. Ещё один — над городом, "
        "пострадавших нет."
    )
    assert (*_TOWN, 1) in report_rows(text)
    assert (*_DISTRICT, 1) not in report_rows(text)


def test_more_over_the_same_town_adds_to_its_figure() -> None:
    # the sum is the town's and the region's row, but no whole the post wrote: no total
    # (docs/labels.md, one speaker's figures over one area with no whole told)
    text = "Над Сызранью уничтожены два беспилотника. Ещё один — над городом."
    (report,) = parse(text)
    assert report.total is None
    assert report_rows(text) == [("RU-SAM", None, 3), (*_TOWN, 1), (*_TOWN, 2)]


def test_the_region_s_whole_told_last_is_its_figure() -> None:
    text = (
        "Ночью над Белгородской областью сбиты два беспилотника — над Шебекинским округом и "
        "Белгородским районом. Итого за ночь над областью уничтожено семь БПЛА."
    )
    (report,) = parse(text)
    assert report.total == 7
    assert [c.count for c in report.claims if c.district_id is None] == [7]
