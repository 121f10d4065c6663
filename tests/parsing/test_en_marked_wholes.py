"""A region's whole marked as the total before its districts' breakdown (issue 10), written for
this project in our own words: "In total, eight over the region: five over the X district and
three over the Y district" is the report's total, as "Итого над областью семь" alone is; a
headline's figure with no place ("governor says five downed") gives way to it."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 9, 3)


def _totals(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    """(total, rows) of each report from Russia's side."""
    return [
        (r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, DAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Belgorod governor says five drones downed\n\n"
        "Five drones were shot down over the Shebekino district, the governor said. In total, "
        "air defences destroyed eight drones over the region overnight: five over the Shebekino "
        "district and three over the Belgorod district.",
        "Belgorod governor says five drones downed\n\n"
        "Five drones were shot down over the Shebekino district, the governor said. Altogether "
        "eight drones were brought down over the Belgorod region, five over the Shebekino "
        "district and three over the Belgorod district.",
        "Губернатор: сбиты пять беспилотников\n\n"
        "Над Шебекинским округом сбиты пять беспилотников, сообщил губернатор. Всего за ночь "
        "над Белгородской областью уничтожены восемь БПЛА: пять — над Шебекинским округом, "
        "три — над Белгородским районом.",
    ],
)
def test_the_regions_marked_whole_before_its_districts_is_the_total(text: str) -> None:
    [(total, rows)] = _totals(text)
    assert total == 8
    assert ("RU-BEL", None, 8) in rows


def test_a_list_of_regions_the_mark_heads_gives_no_one_regions_total() -> None:
    text = (
        "In total, 12 drones were destroyed over the Kursk region and three over the Bryansk "
        "region, the ministry said."
    )
    assert _totals(text) == [(None, [("RU-KRS", None, 12), ("RU-BRY", None, 3)])]
