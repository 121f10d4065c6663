"""Issue 10: English news that tells the ministry's whole by a number of regions left unnamed
(stop 46). Reports written for these tests in our own words (the stand-in gazetteer of
conftest.py).

- ``places._EN_TRIGGER`` ("over 12 Russian regions, the Sea of Azov and the Black Sea"): the
  places told beside a number of regions are a list of their own after it, each named without a
  figure (the seas had been lost: a number is no place, and "over" read none).
- ``reading._WHOLE_OF``, ``counts._OF_BEFORE`` and ``count_rules._WHOLE_OPENS``: "16 over Rostov
  as part of 49 destroyed across ..." tells the whole the row before it belongs to: an item of
  its own, a figure (never a part "of" a whole), the report's total though told after the row.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

Row = tuple[str, int | None]


def _reports(text: str) -> list[tuple[int | None, set[Row]]]:
    return [
        (r.total, {(c.area_id, c.count) for c in r.claims}) for r in parse(text, date(2025, 9, 2))
    ]


# --- places beside a number of regions ------------------------------------------------------
@pytest.mark.parametrize(
    ("where", "want"),
    [
        ("over 11 Russian regions, the Black Sea and the Sea of Azov", {"SEA-BLACK", "SEA-AZOV"}),
        ("across nine regions and the Black Sea", {"SEA-BLACK"}),
        ("over twelve regions of Russia as well as the Sea of Azov", {"SEA-AZOV"}),
        ("over 11 other regions and the Republic of Crimea", {"UA-43"}),
    ],
)
def test_places_told_beside_a_number_of_regions_are_named(where: str, want: set[str]) -> None:
    text = f"The ministry said 73 drones were intercepted overnight {where}."
    assert _reports(text) == [(73, {(a, None) for a in want})]


def test_a_number_of_regions_alone_names_nothing() -> None:
    text = "The ministry said 73 drones were intercepted overnight over 11 regions."
    assert _reports(text) == [(73, set())]


# --- "as part of" the whole ---------------------------------------------------------------
@pytest.mark.parametrize(
    "whole",
    [
        "as part of 52 destroyed overnight",
        "as part of 52 drones downed overnight",
        "part of the 52 shot down overnight",
        "as part of a total of 52 drones downed overnight",
    ],
)
def test_the_whole_a_row_is_part_of_is_the_total(whole: str) -> None:
    text = f"The defence ministry said 14 drones were destroyed over the Bryansk region, {whole}."
    assert _reports(text) == [(52, {("RU-BRY", 14)})]


def test_the_whole_and_the_places_beside_its_regions() -> None:
    text = (
        "The defence ministry said nine drones were destroyed over the Kursk region as part of "
        "52 destroyed across eight Russian regions and the Black Sea overnight."
    )
    assert _reports(text) == [(52, {("RU-KRS", 9), ("SEA-BLACK", None)})]


def test_part_of_a_place_is_no_whole() -> None:
    text = "Five drones were downed over the Bryansk region, part of the Russian border area."
    assert _reports(text) == [(5, {("RU-BRY", 5)})]
