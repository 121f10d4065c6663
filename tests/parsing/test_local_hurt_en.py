"""Where people were hurt in a governor's English report (our own wording): "hurt" tells harm as
"injured" and "wounded" do, so the place it names is where the drones' debris fell."""

from __future__ import annotations

import pytest

from .conftest import report_rows

LEDE = "Six drones were shot down over the Belgorod region, the governor said. "


@pytest.mark.parametrize(
    "harm",
    [
        "A man was hurt in the Shebekino district.",
        "Two people were hurt in the village of Maslova Pristan in the Shebekino district.",
        "A woman, 70, was badly hurt in the Shebekino district and taken to hospital.",
    ],
)
def test_a_place_where_people_were_hurt_is_named(harm: str) -> None:
    assert report_rows(LEDE + harm) == [
        ("RU-BEL", None, 6),
        ("RU-BEL", "RU-BEL:shebekinsky", None),
    ]


@pytest.mark.parametrize(
    "harm",
    ["Nobody was hurt in the Shebekino district.", "No one was hurt in the Belgorod district."],
)
def test_a_place_where_nobody_was_hurt_is_no_place_of_the_report(harm: str) -> None:
    assert report_rows(LEDE + harm) == [("RU-BEL", None, 6)]
