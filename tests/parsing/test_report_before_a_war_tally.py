"""An English report followed in its own sentence by a tally since the war began keeps its
figures: the tally's clause is cut off (``rules.read_sentence``), and only a list of arms
("655 aircraft, 283 helicopters, 41,208 drones and ...") moves the cut back over its commas.
A tally after a comma that opens on its figure ("..., and 41,000 since the start of the war")
had been taken for such a list and the night's figures were dropped without a word.

Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 12)


def _rows(text: str) -> list[tuple[int | None, date | None, list[tuple[str, int | None]]]]:
    return [
        (r.total, r.night_of, [(c.area_id, c.count) for c in r.claims])
        for r in parse(text, DAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Air defences destroyed 25 drones over the Belgorod Region overnight, and 41,000"
            " since the start of the special military operation.",
            [(25, DAY, [("RU-BEL", 25)])],
        ),
        (
            "Air defences destroyed 25 drones over the Belgorod Region overnight, 41,000 drones"
            " since the start of the special military operation.",
            [(25, DAY, [("RU-BEL", 25)])],
        ),
        (
            "Air defences destroyed 25 drones over the Belgorod Region overnight; 41,000 drones"
            " have been downed since the start of the special military operation.",
            [(25, DAY, [("RU-BEL", 25)])],
        ),
        (
            "Air defences destroyed 25 drones over the Belgorod Region overnight, 12 over the"
            " Kursk Region, and 41,000 since the start of the special military operation.",
            [(None, DAY, [("RU-BEL", 25), ("RU-KRS", 12)])],
        ),
        (
            "Twenty drones were downed over the Kursk Region overnight; in all, 655 aircraft,"
            " 283 helicopters and 41,208 drones have been destroyed since the start of the"
            " special military operation.",
            [(20, DAY, [("RU-KRS", 20)])],
        ),
    ],
)
def test_a_report_before_a_war_tally_keeps_its_figures(
    text: str, want: list[tuple[int | None, date | None, list[tuple[str, int | None]]]]
) -> None:
    assert _rows(text) == want


def test_a_war_tally_listed_with_other_arms_is_still_no_report() -> None:
    text = (
        "Overall, the army has destroyed 610 aircraft, 275 helicopters, 39,000 drones and 20,500"
        " tanks since the start of the war."
    )
    assert _rows(text) == []
