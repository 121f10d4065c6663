"""Issue 10: the drones launched at a place are the attack's, not the ones shot down.

"Launched/fired N drones", "attacked X with N drones", "запустили/выпустили N беспилотников"
count the attack; the figure is the part said to be down ("M of them were destroyed", "M из
них сбиты") or all of them ("все уничтожены"). Reports written for these tests in our own
words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 27)


def _figures(text: str) -> tuple[list[tuple[str, int | None]], int | None]:
    (report,) = parse(text, DAY)
    return [(c.area_id, c.count) for c in report.claims], report.total


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukraine launched at least 30 drones at the Belgorod region overnight, the governor "
            "said, adding that air defence units over the Belgorod region had destroyed 22 of them.",
            ([("RU-BEL", 22)], 22),
        ),
        (
            "Ukraine attacked the Kursk region with 30 drones overnight; air defences shot down "
            "22 of them.",
            ([("RU-KRS", 22)], 22),
        ),
        (
            "The Kursk governor said Ukraine had fired 15 drones at the region overnight and that "
            "11 of them were shot down over the Kursk region.",
            ([("RU-KRS", 11)], 11),
        ),
        (
            "Ночью ВСУ запустили 12 дронов по Курской области, девять из них сбиты над Курской "
            "областью.",
            ([("RU-KRS", 9)], 9),
        ),
    ],
)
def test_the_part_shot_down_is_the_figure(
    text: str, want: tuple[list[tuple[str, int]], int]
) -> None:
    assert _figures(text) == want


def test_all_of_the_launched_drones_down_is_the_launched_figure() -> None:
    text = "Ночью ВСУ выпустили 12 беспилотников по Курской области, все они уничтожены."
    assert _figures(text) == ([("RU-KRS", 12)], 12)
