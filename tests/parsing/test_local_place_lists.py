"""Issue 10: a list of places each with its own preposition ("в X и под Y") shares the figure
said after it, as a list under one preposition does: the places are named, the figure is the
region's (or the report's), never the last place's alone.

Posts written for these tests in our own words; the places are conftest.py's stand-ins.
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import Row, report_rows

_SHEB = ("RU-BEL", "RU-BEL:shebekinsky", None)
_GRAY = ("RU-BEL", "RU-BEL:grayvoronsky", None)
_BELG = ("RU-BEL", "RU-BEL:belgorodsky", None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Предварительно, в Белгородском районе и под Шебекинским округом сбиты три "
            "беспилотника. Пострадавших нет.",
            [("RU-BEL", None, 3), _BELG, _SHEB],
        ),
        (
            "Над Шебекинским округом, в Белгородском районе и у Головчино ночью уничтожены "
            "четыре БПЛА.",
            [("RU-BEL", None, 4), _BELG, _GRAY, _SHEB],
        ),
    ],
)
def test_places_with_their_own_prepositions_share_the_figure_after_them(
    text: str, want: list[Row]
) -> None:
    assert report_rows(text) == want
    (report,) = parse(text)
    assert report.total == want[0][2]


def test_places_after_the_figure_with_their_own_prepositions_share_it() -> None:
    text = "Два беспилотника уничтожены в Белгородском районе и под Шебекинским округом."
    assert report_rows(text) == [("RU-BEL", None, 2), _BELG, _SHEB]


def test_a_region_in_such_a_list_keeps_the_figure() -> None:
    text = "Над Белгородской областью и под Шебекинским округом сбиты пять беспилотников."
    assert report_rows(text) == [("RU-BEL", None, 5), _SHEB]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # each place its own figure: no shared list
        (
            "Над Белгородским районом сбиты два беспилотника и над Шебекинским округом — один.",
            [
                ("RU-BEL", None, None),
                ("RU-BEL", "RU-BEL:belgorodsky", 2),
                ("RU-BEL", "RU-BEL:shebekinsky", 1),
            ],
        ),
    ],
)
def test_places_with_figures_of_their_own_are_no_shared_list(text: str, want: list[Row]) -> None:
    assert report_rows(text) == want
