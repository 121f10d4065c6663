"""A launch's target in English news (issue 10), written for this project in our own words:
"Ukraine launched 40 drones at the Bryansk region, all of which were destroyed" downs them over
the region the launch was aimed at, as "attacked the Bryansk region with 40 drones" does (the
English of "запустили 40 беспилотников по Брянской области"); "all but three of which" leaves
three out; "sent N drones against X" is a launch; a launch with no drone downed is no figure."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Totals, report_totals

DAY = date(2025, 10, 14)


def _reports(text: str) -> list[Totals]:
    return report_totals(text, DAY)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukraine launched 40 drones at the Bryansk region overnight, all of which were "
            "destroyed, the governor said.",
            [(40, [("RU-BRY", 40)])],
        ),
        (
            "Ukraine launched 40 drones at the Bryansk region overnight, all but three of which "
            "were destroyed, the governor said.",
            [(37, [("RU-BRY", 37)])],
        ),
        (
            "Kyiv sent 25 drones against the Kursk region overnight, and 22 of them were shot "
            "down, the governor said.",
            [(22, [("RU-KRS", 22)])],
        ),
        (
            "Ukraine fired 12 drones at Russia's Belgorod region overnight and all were "
            "destroyed, the governor said.",
            [(12, [("RU-BEL", 12)])],
        ),
        (
            "The Ukrainian army launched nine long-range drones towards the Voronezh region; all "
            "of them were intercepted, the governor said.",
            [(9, [("RU-VOR", 9)])],
        ),
    ],
)
def test_a_launch_downed_is_downed_over_its_target(text: str, want: list[Totals]) -> None:
    assert _reports(text) == want


def test_a_launch_with_nothing_downed_gives_no_figure() -> None:
    text = "Ukraine launched 40 drones at the Bryansk region overnight, the governor said."
    reports = _reports(text)
    # (no report is right, no interception being told; a figure of 40 anywhere is wrong)
    assert all(total != 40 and all(n != 40 for _area, n in rows) for total, rows in reports)
    assert [total for total, _rows in reports] in ([], [None])
