"""Issue 10: a line's figure and the running whole written before its noun, in a live blog.

"One more drone brought down, the mayor writes, bringing to six the number downed on the way
to the capital tonight" after his lines of two and three: the whole ("bringing to six the
number ...", English putting the long noun after the figure) sums the lines; one report of the
mayor, its rows the lines and its total the whole. Reports written for these tests in our own words (the stand-in
gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    "last",
    [
        "One more drone brought down, the mayor writes, bringing to six the number downed on "
        "the way to the capital tonight.",
        "One more was downed, the mayor said, bringing to six the total of drones flying toward "
        "Moscow destroyed overnight.",
        "The mayor reported one more drone destroyed, bringing to six the number downed on "
        "approach to Moscow.",
        "Air defences destroyed one more drone, bringing to six the tally of drones heading for "
        "the capital, the mayor said.",
        "Sobyanin said 1 more drone had been shot down, bringing to 6 the count of those "
        "downed on approach to Moscow.",
    ],
)
def test_the_running_whole_closes_the_mayors_lines(last: str) -> None:
    text = (
        "02.10\nSergei Sobyanin writes that air defences destroyed two drones headed for Moscow."
        "\n\n03.25\nThree more drones flying at the city have been shot down, the mayor "
        f"writes.\n\n04.40\n{last}"
    )
    (report,) = parse(text)
    assert report.reporter == "mayor"
    assert sum(c.count or 0 for c in report.claims if c.area_id == "RU-MOW") == 6
    assert report.total == 6


def test_a_larger_whole_than_the_lines_is_no_sum_of_them() -> None:
    text = (
        "02.10\nSergei Sobyanin writes that air defences destroyed two drones headed for Moscow."
        "\n\n04.40\nOne more drone brought down, the mayor writes, bringing to nine the number "
        "downed on the way to the capital tonight."
    )
    first, *rest = parse(text)
    assert [(c.area_id, c.count) for c in first.claims] == [("RU-MOW", 2)]
    assert rest and all(r.total != 3 for r in rest)
