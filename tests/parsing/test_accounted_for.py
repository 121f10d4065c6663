"""Issue 10: a share of people hurt is no drones, though a region "accounted for" it.

"The X region accounted for N of them" gives the region its share of the drones (golden case
``en-region-accounted-for``). Reports written for these tests in our own words (the stand-in
gazetteer of conftest.py).
"""

from __future__ import annotations

from parsing import parse


def test_a_share_of_people_is_no_drones() -> None:
    text = "Drones injured 20 people overnight. The Kursk region accounted for 12 of the injured."
    assert all(c.count is None for r in parse(text) for c in r.claims)
