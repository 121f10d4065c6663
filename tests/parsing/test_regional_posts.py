"""Issue 10: regional officials' posts (governors, mayors, headquarters, district heads).

Rules about the language of such posts, each with reports written for these tests in our own
words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


def _rows(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims]


# ---------------------------------------------------------------- one drone, a plain verb


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Над Новороссийском ликвидирован беспилотник.", "RU-KDA:novorossiysk"),
        ("Над Обнинском беспилотник нейтрализован.", "RU-KLU:obninsk"),
        # who downed it, between the verb and the drone
        ("В Ступинском районе подавлен средствами РЭБ беспилотник.", "RU-MOS:stupinsky"),
        ("Над Подольском сбит силами ПВО БПЛА.", "RU-MOS:podolsk"),
        ("Над Погаром уничтожен мобильной огневой группой дрон.", "RU-BRY:pogarsky"),
        # which of the day's drones it was: this one
        ("Над Подольском уничтожен второй за сутки беспилотник.", "RU-MOS:podolsk"),
    ],
)
def test_a_singular_short_participle_and_its_drone_are_one(text: str, district: str) -> None:
    area = district.split(":")[0]
    assert _rows(text) == [(area, district, 1), (area, None, 1)]
