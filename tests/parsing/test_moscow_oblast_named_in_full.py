"""Moscow's mayor tells drones downed over the oblast around his city as often as over it: a
district of Moscow Oblast named in his words by its own full name ("над Раменским городским
округом") is that district, no guess across regions (``places._guessed_elsewhere``), as "the
Ramenskoye district" is in English. docs/labels.md: the mayor's drone downed at a named place of
Moscow Oblast is that place's.

Texts written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 9, 14)


def _rows(text: str) -> list[tuple[str, str | None, int | None]]:
    return sorted(
        ((c.area_id, c.district_id, c.count) for r in parse(text, DAY) for c in r.claims),
        key=lambda row: (row[0], row[1] or ""),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Уничтожены два беспилотника, летевших на Москву, сообщил мэр Москвы. Один сбит в районе "
        "Подольска, второй — над Раменским городским округом.",
        "Мэр Москвы сообщил, что силами ПВО сбиты два беспилотника, летевших на столицу: один — "
        "в районе Подольска, второй — над Раменским городским округом.",
    ],
)
def test_the_second_drone_over_an_oblast_district_named_in_full(text: str) -> None:
    assert _rows(text) == [
        ("RU-MOS", None, 2),
        ("RU-MOS", "RU-MOS:podolsk", 1),
        ("RU-MOS", "RU-MOS:ramensky", 1),
    ]


def test_one_drone_over_an_oblast_district_named_in_full() -> None:
    text = "Мэр Москвы: над Ступинским городским округом сбит беспилотник, летевший на Москву."
    assert _rows(text) == [("RU-MOS", None, 1), ("RU-MOS", "RU-MOS:stupinsky", 1)]
