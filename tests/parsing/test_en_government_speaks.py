"""Who speaks for a region in English news (issue 10), written for this project in our own
words: a region's government speaks for it as its head does ("the regional government said",
"the Kursk regional administration", "regional authorities", "Tatarstan's government", the
English of "власти Курской области"), so the ministry's figures after it are a report of their
own; "over Russia's Kursk region" is over the region, never a national figure (the ministry's)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SATURDAY = date(2025, 11, 22)

Rows = list[tuple[str, int | None]]


def _reports(text: str) -> list[tuple[str, int | None, Rows]]:
    """(reporter, total, region-level rows) of each report from Russia's side."""
    return [
        (r.reporter, r.total, [(c.area_id, c.count) for c in r.claims if c.district_id is None])
        for r in parse(text, SATURDAY)
        if r.country == "RU"
    ]


MINISTRY = (
    " The Defence Ministry said 26 drones had been destroyed overnight, including five over "
    "the Kursk region."
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two drones were shot down over the Kursk region on Saturday, the regional "
            "government said.",
            [("governor", 2, [("RU-KRS", 2)])],
        ),
        (
            "The Kursk regional administration said three drones were destroyed over the region.",
            [("governor", 3, [("RU-KRS", 3)])],
        ),
        (
            "Regional authorities said four drones were brought down over the Kursk region.",
            [("governor", 4, [("RU-KRS", 4)])],
        ),
        (
            "The government of the Kursk region said two drones had been shot down.",
            [("governor", 2, [("RU-KRS", 2)])],
        ),
        (
            "The region's government said five drones were shot down over the Kursk region.",
            [("governor", 5, [("RU-KRS", 5)])],
        ),
    ],
)
def test_a_regions_government_speaks_for_it_apart_from_the_ministry(
    text: str, want: list[tuple[str, int | None, Rows]]
) -> None:
    assert _reports(text + MINISTRY) == [*want, ("mod", 26, [("RU-KRS", 5)])]


def test_a_republics_government_speaks_for_it() -> None:
    text = (
        "Tatarstan's government said two drones were downed over the republic. The Defence "
        "Ministry said 20 drones were destroyed overnight, including six over Tatarstan."
    )
    assert _reports(text) == [("governor", 2, [("RU-TA", 2)]), ("mod", 20, [("RU-TA", 6)])]


@pytest.mark.parametrize(
    "text",
    [
        "Three drones were shot down over Russia's Kursk region on Saturday.",
        "Air defences destroyed three drones over Russia’s Kursk region.",
    ],
)
def test_over_russias_region_is_no_national_figure(text: str) -> None:
    assert _reports(text) == [("media", 3, [("RU-KRS", 3)])]


# --- a head installed by Moscow, or the government of the part of a region Russia holds -----------
@pytest.mark.parametrize(
    "text",
    [
        "Crimea's Russian-installed head said 10 drones were destroyed over the peninsula "
        "overnight. Separately, the administration of the Russian-held part of Zaporizhzhia "
        "region said four drones were shot down over the region.",
        "The Crimea head said 10 drones were destroyed over the peninsula overnight. The "
        "Moscow-installed governor of the Zaporizhzhia region said four drones were shot down "
        "over the region.",
        "The Crimea head said 10 drones were destroyed over the peninsula overnight. "
        "Zaporizhzhia region's Russian-installed governor said four drones were downed over the "
        "region.",
        "Crimea's head said 10 drones were destroyed over the peninsula overnight. The "
        "government of the Russian-controlled part of the Zaporizhzhia region said four drones "
        "were shot down over the region.",
    ],
)
def test_the_head_of_an_occupied_region_speaks_for_it(text: str) -> None:
    assert _reports(text) == [
        ("governor", 10, [("UA-43", 10)]),
        ("governor", 4, [("UA-23", 4)]),
    ]
