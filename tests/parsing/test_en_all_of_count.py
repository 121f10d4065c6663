"""All of a figure at one place (issue 10), written for this project in our own words: an
item that says all of the figure before it fell at one place ("..., both near the city of
Syzran", "all of them over the Shebekino district", "все — над Шебекинским округом") gives
that place the whole figure."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Claims, Row, russian_claims_by_report

DAY = date(2025, 11, 22)


def _rows(text: str) -> Claims:
    return russian_claims_by_report(text, DAY)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two drones were shot down over the Samara region on Saturday, both near the city of "
            "Syzran, the governor said.",
            [("RU-SAM", None, 2), ("RU-SAM", "RU-SAM:syzran", 2)],
        ),
        (
            "Three drones were destroyed over the Belgorod region overnight, all of them over "
            "the Shebekino district, the governor said.",
            [("RU-BEL", None, 3), ("RU-BEL", "RU-BEL:shebekinsky", 3)],
        ),
        (
            "The governor said four drones were downed over the Belgorod region, all four near "
            "the Shebekino district.",
            [("RU-BEL", None, 4), ("RU-BEL", "RU-BEL:shebekinsky", 4)],
        ),
        (
            "Над Белгородской областью уничтожены три БПЛА, все — над Шебекинским округом.",
            [("RU-BEL", None, 3), ("RU-BEL", "RU-BEL:shebekinsky", 3)],
        ),
    ],
)
def test_all_of_a_figure_at_one_place_gives_it_the_figure(text: str, want: list[Row]) -> None:
    assert _rows(text) == [want]


def test_both_without_a_place_names_none() -> None:
    text = "Two drones were shot down over the Belgorod region, both by electronic warfare."
    assert _rows(text) == [[("RU-BEL", None, 2)]]
