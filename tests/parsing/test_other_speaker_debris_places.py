"""Another speaker's debris after a report with figures (issue 10, docs/labels.md): his towns
and districts are rows with no figure, and his report has no row of their region, whose
figure the first speaker gave. Example texts written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

D = date(2025, 6, 5)


@pytest.mark.parametrize(
    ("text", "region", "districts"),
    [
        (
            "Минобороны сообщило, что ночью над Белгородской областью уничтожены 14 "
            "беспилотников. Губернатор Вячеслав Гладков уточнил, что обломки сбитых дронов "
            "упали в Шебекинском и Грайворонском округах.",
            "RU-BEL",
            {"RU-BEL:shebekinsky", "RU-BEL:grayvoronsky"},
        ),
        (
            "Над Брянской областью за ночь сбиты девять БПЛА, сообщили в Минобороны. По словам "
            "губернатора, обломки сбитого беспилотника упали на окраине Погара и в Погарском "
            "районе.",
            "RU-BRY",
            {"RU-BRY:pogarsky"},
        ),
        (
            "The Defence Ministry said 11 drones were destroyed over the Belgorod region. The "
            "governor said debris of downed drones fell in the Belgorodsky and Shebekinsky "
            "districts.",
            "RU-BEL",
            {"RU-BEL:belgorodsky", "RU-BEL:shebekinsky"},
        ),
    ],
)
def test_the_second_speakers_debris_names_his_places_without_their_region(
    text: str, region: str, districts: set[str]
) -> None:
    first, second = parse(text, D)
    assert [(c.area_id, c.count) for c in first.claims] == [(region, first.total)]
    assert {c.district_id for c in second.claims} == districts
    assert all(c.count is None and c.area_id == region for c in second.claims)
