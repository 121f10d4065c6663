"""Issue 10: a heading "Атака БПЛА на X." names the town the post's figures are over.

A governor's post often opens on the attack and its target alone, then says "над городом"
(over the town) for the drones shot down. Reports written for these tests in our own words
(the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from parsing import parse


def _rows(text: str) -> list[tuple[str, str | None, int | None]]:
    (report,) = parse(text)
    return sorted(
        ((c.area_id, c.district_id, c.count) for c in report.claims),
        key=lambda r: (r[0], r[1] or "", r[2] or 0),
    )


def test_the_town_of_an_attack_heading_is_where_its_drones_were_downed() -> None:
    text = "Атака БПЛА на Обнинск. Средствами ПВО в небе над городом уничтожены три беспилотника."
    assert _rows(text) == [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:obninsk", 3)]


def test_an_attack_heading_with_more_after_it_is_not_a_place_alone() -> None:
    # the heading's sentence goes on: the older reading (an attack repelled) decides
    text = "Атака БПЛА на Обнинск отражена, сбиты два беспилотника."
    assert _rows(text) == [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:obninsk", 2)]
