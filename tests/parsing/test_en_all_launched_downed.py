"""All of a launch downed (issue 10), written for this project in our own words: "Ukraine
launched 40 drones at Russian regions overnight, all of which were destroyed" counts the 40 as
downed, also when who said it stands between ("..., according to the ministry, which said all
of them had been shot down"); a launch with a smaller figure downed keeps that figure."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 10, 14)


def _reports(text: str) -> list[tuple[str, int | None, str | None, list[tuple[str, int | None]]]]:
    """(reporter, total, its qualifier, region-level rows) of each report from Russia's side."""
    return [
        (
            r.reporter,
            r.total,
            r.total_qualifier,
            [(c.area_id, c.count) for c in r.claims if c.district_id is None],
        )
        for r in parse(text, DAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukraine launched 40 drones at Russian regions overnight, all of which were "
            "destroyed, the ministry said.",
            [("mod", 40, "exact", [])],
        ),
        (
            "Kyiv launched at least 40 drones at Russian regions overnight, according to the "
            "Defence Ministry, which said all of them had been destroyed.",
            [("mod", 40, "at_least", [])],
        ),
        (
            "The ministry said Ukraine had attacked with 33 drones overnight and that all of them "
            "had been intercepted over the Kursk and Belgorod regions.",
            [("mod", 33, "exact", [("RU-KRS", None), ("RU-BEL", None)])],
        ),
    ],
)
def test_a_launch_all_downed_is_the_figure_downed(
    text: str, want: list[tuple[str, int | None, str | None, list[tuple[str, int | None]]]]
) -> None:
    assert _reports(text) == want


def test_a_launch_with_fewer_downed_keeps_the_figure_downed() -> None:
    text = (
        "Ukraine launched 40 drones at Russian regions overnight, and 35 of them were destroyed, "
        "the ministry said."
    )
    assert [total for _r, total, _q, _rows in _reports(text)] == [35]
