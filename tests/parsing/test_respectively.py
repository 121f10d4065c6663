"""Issue 10: "(13 and 9 respectively)" after a list of places gives each place its figure.

The count before it (their sum, as a rule) stays the report's total. Reports written for these
tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed 22 drones over the Kursk and Belgorod regions (13 and 9 "
        "respectively), the ministry said.",
        "Над Курской и Белгородской областями уничтожены 22 беспилотника (13 и 9 соответственно).",
    ],
)
def test_figures_in_parentheses_go_to_the_places_in_order(text: str) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 13), ("RU-BEL", 9)]
    assert report.total == 22


def test_too_few_places_for_the_figures_gives_none_of_them() -> None:
    text = "Over the Kursk region 22 drones were destroyed (13, 5 and 4 respectively)."
    (report,) = parse(text)
    assert all(c.count in (None, 22) for c in report.claims)
