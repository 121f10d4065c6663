"""Issue 10: English debris "also found", "later found" in a place names where a drone fell.

The verb of being may take an adverb before "found" ("fragments were also found in the X
district", "wreckage was later found near Y"): the place is the report's, as "fragments were
found in X" is. Reports written for these tests in our own words (the stand-in gazetteer of
conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    "second",
    [
        "Drone fragments were also found in the Belgorod district.",
        "Wreckage was later found in the Belgorod district, officials said.",
        "Fragments of a drone have also been found in the Belgorod district.",
        "Shrapnel was subsequently found in the Belgorod district.",
        "Debris fell on a barn, and drone fragments were reportedly found in the Belgorod "
        "district.",
    ],
)
def test_fragments_found_with_an_adverb_name_the_district(second: str) -> None:
    text = (
        "Nine drones were destroyed over the Belgorod region overnight, the governor said, "
        f"adding that debris started a fire at a farm in the Shebekino district. {second}"
    )
    (report,) = parse(text)
    rows = {(c.area_id, c.district_id, c.count) for c in report.claims}
    assert ("RU-BEL", None, 9) in rows
    assert ("RU-BEL", "RU-BEL:belgorodsky", None) in rows
