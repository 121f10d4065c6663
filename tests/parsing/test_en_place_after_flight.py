"""Issue 10: an English place phrase after the drones' flight toward Moscow is where they were
downed.

"One drone was destroyed on approach to Moscow, near Podolsk": the drone flew at the capital and
was downed at a town of Moscow Oblast; the map shows where it was downed (docs/labels.md: the
Moscow mayor's drone downed at a named place of the oblast is that place's), as the Russian
"..., летевший на Москву, в районе Домодедово" is read. "The city" after the mayor's lines on
Moscow is the flight's goal too. Reports written for these tests in our own words (the stand-in
gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "Sobyanin said one drone had been destroyed on approach to Moscow, near Podolsk.",
        "A drone flying toward the capital was shot down, in the area of Podolsk.",
        "Mayor Sobyanin wrote that one UAV heading for Moscow had been downed, over Podolsk.",
        "One drone flying at Moscow was intercepted, near Podolsk, the mayor said.",
        "One drone on its approach to the capital was destroyed overnight, near Podolsk.",
        "Sobyanin said two drones flying toward Moscow had been shot down. Later he said one "
        "more drone had been destroyed on approach to the city, in the area of Podolsk.",
    ],
)
def test_the_place_after_the_flight_is_where_it_was_downed(text: str) -> None:
    claims = [(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims]
    assert ("RU-MOS", "RU-MOS:podolsk", 1) in claims
    assert ("RU-MOW", None, 1) not in claims


def test_a_place_after_a_flight_with_no_comma_keeps_its_reading() -> None:
    text = "Sobyanin said two drones flying toward Moscow were shot down over Podolsk."
    claims = [(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims]
    assert ("RU-MOS", "RU-MOS:podolsk", 2) in claims
