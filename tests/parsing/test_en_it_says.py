"""English "it said" (issue 10), written for this project in our own words: the pronoun stands
for the institution a sentence before named as its speaker ("The Defence Ministry keeps its own
count. On Monday it said ..."), so its figures are that institution's report, not those of the
governor who spoke before it."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

WEDNESDAY = date(2025, 10, 8)

GOVERNOR = (
    "Governor Alexander Gusev said air defences destroyed six drones over the Voronezh region "
    "overnight. "
)


def _reports(text: str) -> list[tuple[str, int | None, list[tuple[str, int | None]]]]:
    """(reporter, total, region-level rows) of each report from Russia's side."""
    return [
        (r.reporter, r.total, [(c.area_id, c.count) for c in r.claims if c.district_id is None])
        for r in parse(text, WEDNESDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    "after",
    [
        "The Defence Ministry keeps a count of its own. On Monday it said 40 drones had been "
        "downed overnight, including 11 over the Moscow Region.",
        "The Defence Ministry gave a wider picture. It reported that 40 drones were destroyed "
        "on Monday night, including 11 over the Moscow Region.",
        "The Defence Ministry did not comment on the damage. On Monday, it also said that 40 "
        "drones had been shot down overnight, including 11 over the Moscow Region.",
    ],
)
def test_it_said_is_the_institution_named_before(after: str) -> None:
    assert _reports(GOVERNOR + after) == [
        ("governor", 6, [("RU-VOR", 6)]),
        ("mod", 40, [("RU-MOW+RU-MOS", 11)]),
    ]
