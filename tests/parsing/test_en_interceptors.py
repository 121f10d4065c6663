"""Interceptors are missiles, no interception (issue 10), written for this project in our own
words: "Every interceptor fired over Bryansk is one that isn't protecting a refinery" names no
place drones were downed over; "intercepted", "interception" still down drones."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Totals, report_totals

DAY = date(2026, 3, 17)


def _rows(text: str) -> list[Totals]:
    return report_totals(text, DAY)


LEDE = "The ministry said 30 drones were destroyed overnight, 12 of them over the Kursk region. "


@pytest.mark.parametrize(
    "text",
    [
        '"Every interceptor fired over Bryansk is one that is not protecting a refinery," an '
        "analyst said.",
        "Analysts say interceptors used over the Belgorod region cost far more than the drones.",
        "The interceptors stationed in the Bryansk region are in short supply, officials admit.",
    ],
)
def test_interceptors_name_no_place_of_downed_drones(text: str) -> None:
    assert _rows(LEDE + text) == [(30, [("RU-KRS", 12)])]


def test_intercepted_still_downs_drones() -> None:
    # (no "later in the morning": the morning after the night is a report of its own)
    text = LEDE + "Five more were intercepted over the Bryansk region."
    assert _rows(text)[0][1][-1] == ("RU-BRY", 5)
