"""English news retellings (issue 10): seas a list names without naming them ("over Crimea and
seas", "over the Krasnodar region and two seas") are a wider area, as "other regions" is: the
figure is the whole list's, no one place's, and never its one region's by default; seas a
combined figure names ("over the Black and Azov seas") stay that figure's. Written for this
project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2025, 6, 15)

Rows = list[tuple[str, str | None, int | None]]


def _read(text: str) -> list[tuple[Rows, int | None]]:
    return [
        ([(c.area_id, c.district_id, c.count) for c in r.claims], r.total)
        for r in parse(text, SUNDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "rows", "total"),
    [
        # a headline: one region and the seas
        ("Russia says it downs 57 drones over Crimea and seas", [("UA-43", None, None)], 57),
        # with an article, a night
        (
            "Russia said it had destroyed 23 drones over Crimea and the seas overnight.",
            [("UA-43", None, None)],
            23,
        ),
        # a count of seas, another region
        (
            "The ministry said 41 drones were shot down over the Krasnodar region and two seas.",
            [("RU-KDA", None, None)],
            41,
        ),
        # a list of regions before them, the verb first
        (
            "Air defences intercepted 36 drones over the Rostov region, Crimea and two seas, the "
            "ministry said.",
            [("RU-ROS", None, None), ("UA-43", None, None)],
            36,
        ),
        # the figure in words, a headline's bare names
        (
            "Russia downs twenty-nine drones over Bryansk, Kursk and seas",
            [("RU-BRY", None, None), ("RU-KRS", None, None)],
            29,
        ),
    ],
)
def test_seas_not_named_make_the_figure_the_whole_lists(text: str, rows: Rows, total: int) -> None:
    assert _read(text) == [(rows, total)]


def test_the_headline_s_figure_is_the_statement_s_total_below_it() -> None:
    text = (
        "Russia says it downs 57 drones over Crimea and seas\n\n"
        "Russia's defence ministry said on Sunday its air defences had destroyed 57 drones "
        "overnight, 31 of them over Crimea and 26 over the Black and Azov seas."
    )
    assert _read(text) == [([("UA-43", None, 31), ("SEA-AZOV+SEA-BLACK", None, 26)], 57)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 17 drones were destroyed over the waters of the Black and Azov seas.",
        "The ministry said 17 drones were destroyed over the Azov and Black seas.",
    ],
)
def test_named_seas_keep_their_combined_figure(text: str) -> None:
    assert _read(text) == [([("SEA-AZOV+SEA-BLACK", None, 17)], 17)]
