"""Mayors' and city heads' posts and their retellings: structures discovery102 showed (stop 47).

Each test is a text written for it, in our own wording; none is a sentence of the working set
or of corpus-dev.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import lookup, parse

DAY = date(2025, 5, 4)


@pytest.fixture(autouse=True)
def real_gazetteer(fake_gazetteer: None) -> Iterator[None]:
    # the places as an import reads them: a city's own districts and a region's are both asked
    lookup.use_resolver(None)
    yield


def reports(text: str, source: str | None = None) -> list[tuple[str, int | None, list[tuple]]]:
    """Each report's reporter, total and claims as (area, district, count)."""
    return [
        (r.reporter, r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, DAY, source=source)
    ]


# --- an attack repelled on places, its army named between (places._PLACE_PREP) ----------------


def test_attack_of_the_army_repelled_on_districts_names_them() -> None:
    text = (
        "Над Россошью ночью сбиты два беспилотника, сообщил глава района.\n\n"
        "Губернатор Воронежской области сообщил, что также отражена атака ВСУ на Павловский и "
        "Подгоренский районы."
    )
    assert reports(text)[1] == (
        "governor",
        None,
        [
            ("RU-VOR", "RU-VOR:pavlovsky", None),
            ("RU-VOR", None, None),
            ("RU-VOR", "RU-VOR:podgorensky", None),
        ],
    )


def test_attack_of_the_enemy_repelled_on_a_district_after_a_figure() -> None:
    text = (
        "Ночью над Белгородом уничтожены три беспилотника.\n\n"
        "Кроме того, отражена воздушная атака противника на Шебекинский округ."
    )
    assert reports(text, "Губернатор Белгородской области") == [
        (
            "governor",
            3,
            [
                ("RU-BEL", "RU-BEL:belgorod", 3),
                ("RU-BEL", None, 3),
                ("RU-BEL", "RU-BEL:shebekino", None),
            ],
        )
    ]
