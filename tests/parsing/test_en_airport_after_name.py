"""Issue 10: a town named as an airport's, its noun after the name, is no place of downing.

"Pulkovo flights disrupted", "the Vnukovo and Domodedovo airports": English puts the airport's
noun, or its flights, after the name; those places are where flights stopped, as "airports in
X" says before the name. Reports written for these tests in our own words (the stand-in
gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "Two drones were destroyed near Tarusa, Obninsk flights disrupted",
        "Two drones were shot down over Tarusa and Obninsk airport closed for an hour.",
        "Two drones were shot down over the Kaluga region, the Obninsk airport closed.",
        "Two drones were downed over Tarusa, and Obninsk flights were suspended.",
        "Two drones were shot down over Tarusa overnight and Obninsk International Airport "
        "halted arrivals.",
    ],
)
def test_a_town_named_for_its_airport_gives_no_row(text: str) -> None:
    (report,) = parse(text)
    rows = {(c.area_id, c.district_id, c.count) for c in report.claims}
    assert ("RU-KLU", None, 2) in rows
    assert not any(d == "RU-KLU:obninsk" for _a, d, _n in rows)


def test_two_airports_under_one_plural_noun_give_no_rows() -> None:
    text = (
        "Air defences destroyed two drones over the Kaluga region, while the Obninsk and "
        "Tarusa airports restricted flights for three hours."
    )
    (report,) = parse(text)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [("RU-KLU", None, 2)]
