"""Issue 10: an ordinal past "another" is one more drone: "Two drones were downed over X and a
third over Y" is three, as "another" would be. Reports written for these tests in our own
words (the stand-in gazetteer of conftest.py)."""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two drones were shot down over the Kursk region and a third over the Belgorod "
            "region, the ministry said.",
            [("RU-KRS", 2), ("RU-BEL", 1)],
        ),
        (
            "Two drones were shot down over the Kursk region and a third was destroyed over the "
            "Belgorod region.",
            [("RU-KRS", 2), ("RU-BEL", 1)],
        ),
        (
            "One drone was downed over the Tula region, another over the Kaluga region and a "
            "third over the Smolensk region.",
            [("RU-TUL", 1), ("RU-KLU", 1), ("RU-SMO", 1)],
        ),
    ],
)
def test_a_third_with_its_own_place_is_that_place_s_one(text: str, want: list) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == want


def test_a_third_without_a_place_adds_to_the_figure_before() -> None:
    text = (
        "Two drones were shot down over the Voronezh region and a third close to a farm, the "
        "governor said."
    )
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-VOR", 3)]
    assert report.total == 3


def test_a_third_attack_is_no_drone() -> None:
    text = "The third drone attack this week was repelled over the Kursk region, the governor said."
    assert [c.count for r in parse(text) for c in r.claims if c.count is not None] == []
