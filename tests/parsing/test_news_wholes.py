"""English news that gives a place's part and the whole it is part of in one breath: "out of 25
in total" with no comma before it (issue 10). Written for this project in our own words;
grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Totals, report_totals

SUNDAY = date(2025, 9, 21)


def _rows(text: str) -> list[Totals]:
    """(total, region-level rows) of each report from Russia's side."""
    return report_totals(text, SUNDAY)


# --- "out of N in total" right after a place's figure: N is the whole --------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Air defences shot down 17 drones over the Kursk region out of 25 in total, the "
            "ministry said.",
            [(25, [("RU-KRS", 17)])],
        ),
        (
            "Nine of the drones were downed over the Bryansk region out of 30 drones altogether.",
            [(30, [("RU-BRY", 9)])],
        ),
        (
            "Air defences destroyed 12 drones over the Belgorod region out of a total of 20, "
            "the ministry said.",
            [(20, [("RU-BEL", 12)])],
        ),
        (
            # the region the subject of "accounted for", its part of the whole after it
            "The ministry said 25 drones were destroyed overnight. The Voronezh region accounted "
            "for nine out of 25 in total.",
            [(25, [("RU-VOR", 9)])],
        ),
        (
            "The Tula region accounted for six of a total of 18 drones downed, the ministry said.",
            [(18, [("RU-TUL", 6)])],
        ),
    ],
)
def test_a_whole_after_a_places_figure_without_a_comma_is_the_total(
    text: str, rows: list[Totals]
) -> None:
    assert _rows(text) == rows


def test_of_the_drones_before_the_place_is_no_whole() -> None:
    text = "Nine of the drones were downed over the Bryansk region, the ministry said."
    assert _rows(text) == [(9, [("RU-BRY", 9)])]
