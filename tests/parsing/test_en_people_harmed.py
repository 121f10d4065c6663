"""Issue 10: an English number whose noun is people harmed counts no drones.

"A man died and three others were injured in the X district": the figures are
casualties, never drones over the district; "two others were shot down" stays two drones.
Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "Ten drones were destroyed over the Belgorod region, the governor said. A man died and "
        "three others were injured in the Shebekino district.",
        "Ten drones were destroyed over the Belgorod region overnight. Three residents were "
        "wounded in the Shebekino district, the governor said.",
        "Air defences downed 10 drones over the Belgorod region, the governor wrote; 3 more "
        "people were hurt in the Shebekino district.",
        "The governor said ten drones were shot down over the Belgorod region. Three civilians "
        "had been hospitalised in the Shebekino district.",
        "Ten Ukrainian drones were brought down over the Belgorod region. Three workers were "
        "also injured in the Shebekino district, officials said.",
    ],
)
def test_people_harmed_in_a_district_give_it_no_figure(text: str) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims if c.count is not None] == [("RU-BEL", 10)]
    assert report.total == 10


def test_other_drones_downed_stay_drones() -> None:
    text = (
        "Five drones were downed over the Kursk region overnight, and two others were shot "
        "down over the Belgorod region, the ministry said."
    )
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 5), ("RU-BEL", 2)]


def test_a_person_killed_and_others_injured_are_two_figures() -> None:
    text = (
        "Debris of a downed drone fell on a house in the Belgorod region; one person was "
        "killed and two others were injured, the governor said."
    )
    (report,) = parse(text)
    assert (report.casualties.killed, report.casualties.injured) == (1, 2)
