"""A figure "over each of" a list (issue 10), written for this project in our own words: "One
drone was shot down over each of the Tula, Kaluga and Bryansk regions" gives each region the
figure, as "one each over" does; the verb may stand between the figure and "each of"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Totals, report_totals

DAY = date(2025, 10, 14)


def _rows(text: str) -> list[Totals]:
    return report_totals(text, DAY)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "One drone was shot down over each of the Tula, Kaluga and Bryansk regions, the "
            "ministry said.",
            [(None, [("RU-TUL", 1), ("RU-KLU", 1), ("RU-BRY", 1)])],
        ),
        (
            "Two drones were destroyed over each of the Kursk and Belgorod regions, the ministry "
            "said.",
            [(None, [("RU-KRS", 2), ("RU-BEL", 2)])],
        ),
        (
            "Air defences brought down three drones in each of the Kursk and Bryansk regions.",
            [(None, [("RU-KRS", 3), ("RU-BRY", 3)])],
        ),
    ],
)
def test_a_figure_over_each_of_a_list_is_each_places(
    text: str, want: list[tuple[int | None, list[tuple[str, int | None]]]]
) -> None:
    assert _rows(text) == want
