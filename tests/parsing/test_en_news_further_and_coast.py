"""More drones told with a time or a water of their own (issue 10), written for this project in
our own words: "..., and a further five over the Y region between 9 a.m. and noon" (", а ещё
пять над Y с 9:00 до 12:00") is the later window's report, not the first one's; "two more off
the coast", "destroyed off the shore" (no coast named) are the governor's region's waters, as
"over the sea" is (docs/labels.md: a governor's bare sea is his region)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 11, 22)

Rows = list[tuple[str, int | None]]


def _windows(text: str) -> list[tuple[int | None, tuple[int, int] | None, Rows]]:
    """(total, window's start and end hours, region-level rows) of each report of Russia's side."""
    return [
        (
            r.total,
            (r.window.start.hour, r.window.end.hour) if r.window else None,
            [(c.area_id, c.count) for c in r.claims if c.district_id is None],
        )
        for r in parse(text, DAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Between 7 a.m. and 9 a.m., air defences destroyed four drones over the Kursk "
            "region, and a further five over the Belgorod region between 9 a.m. and noon, the "
            "ministry said.",
            [(4, (7, 9), [("RU-KRS", 4)]), (5, (9, 12), [("RU-BEL", 5)])],
        ),
        (
            "From 8 p.m. to 10 p.m., air defences destroyed three drones over the Bryansk "
            "region, and another two over the Kursk region from 10 p.m. to 11 p.m., the "
            "ministry said.",
            [(3, (20, 22), [("RU-BRY", 3)]), (2, (22, 23), [("RU-KRS", 2)])],
        ),
        (
            "Between 1 p.m. and 3 p.m., air defences destroyed six drones over the Bryansk "
            "region and a further three over the Voronezh region between 3 p.m. and 5 p.m., the "
            "ministry said.",
            [(6, (13, 15), [("RU-BRY", 6)]), (3, (15, 17), [("RU-VOR", 3)])],
        ),
        (
            "С 7:00 до 9:00 мск над Курской областью уничтожены четыре БПЛА, а ещё пять над "
            "Белгородской областью с 9:00 до 12:00 мск, сообщили в Минобороны.",
            [(4, (7, 9), [("RU-KRS", 4)]), (5, (9, 12), [("RU-BEL", 5)])],
        ),
    ],
)
def test_more_drones_with_hours_of_their_own_are_that_windows_report(
    text: str, want: list[tuple[int | None, tuple[int, int] | None, Rows]]
) -> None:
    assert _windows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Krasnodar region governor said three drones were shot down off the coast.",
            [("RU-KDA", 3)],
        ),
        (
            "Air defences shot down six drones over the Krasnodar region overnight and two more "
            "off the coast, the governor said.",
            [("RU-KDA", 6), ("RU-KDA", 2)],
        ),
        (
            "Two drones were destroyed off the shore overnight, the Rostov region governor said.",
            [("RU-ROS", 2)],
        ),
    ],
)
def test_off_the_coast_is_the_governors_waters(text: str, want: Rows) -> None:
    rows = [row for _total, _w, rows in _windows(text) for row in rows]
    assert rows == want
    assert all(
        c.rule == "bare_sea" for r in parse(text, DAY) for c in r.claims if c.count in (2, 3)
    )
