"""English news that tells where the debris of one of the drones counted fell (issue 10).
Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

MONDAY = date(2025, 6, 16)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Five drones were shot down over the Kaluga region, and debris from one of them "
            "damaged a power line near Obninsk, the governor said.",
            [("RU-KLU", 5)],
        ),
        (
            "Four drones were destroyed over the Kursk region; debris from two of them fell on "
            "a farm near Kursk city.",
            [("RU-KRS", 4)],
        ),
        (
            "Seven drones were shot down over the Samara region, and fragments of one of them "
            "damaged the roof of a school in Syzran.",
            [("RU-SAM", 7)],
        ),
        (
            "Three drones were downed over the Belgorod region. Wreckage of one of them damaged "
            "a garage in the Shebekino district.",
            [("RU-BEL", 3)],
        ),
    ],
)
def test_the_drone_whose_debris_fell_is_no_figure(
    text: str, rows: list[tuple[str, int | None]]
) -> None:
    (report,) = parse(text, MONDAY)
    assert [(c.area_id, c.count) for c in report.claims if c.district_id is None] == rows
    assert report.total == rows[0][1]
    assert all(c.count is None for c in report.claims if c.district_id is not None)


def test_the_drones_a_debris_part_was_of_are_no_figure_either() -> None:
    text = (
        "The ministry said three drones were shot down over the Kaluga region. The governor "
        "said debris from one of the three drones shot down over the region damaged a car."
    )
    rows = [
        [(c.area_id, c.count) for c in r.claims if c.district_id is None]
        for r in parse(text, MONDAY)
    ]
    assert [row for row in rows if any(n for _a, n in row)] == [[("RU-KLU", 3)]]
