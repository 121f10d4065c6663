"""A part of a town and the town after its kind (our own wording): "в промзоне г. Энска", "на
окраине города Энска" name the town as "в промзоне Энска" does."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

P = date(2025, 6, 3)


@pytest.mark.parametrize(
    "debris",
    [
        "Обломки упали в промзоне г. Обнинска.",
        "Обломки упали на окраине города Обнинска.",
        "Обломки упали на территории промзоны г. Обнинска, пострадавших нет.",
        "Обломками повреждён склад на окраине г. Обнинска.",
    ],
)
def test_a_part_of_a_town_after_its_kind_names_the_town(debris: str) -> None:
    text = f"Ночью над Калужской областью уничтожены 6 беспилотников. {debris}"
    (report,) = parse(text, P)
    assert ("RU-KLU", "RU-KLU:obninsk") in {(c.area_id, c.district_id) for c in report.claims}


@pytest.mark.parametrize(
    "downed",
    [
        "Над промзоной г. Сызрани сбиты два беспилотника.",
        "Два беспилотника сбиты на окраине города Сызрани.",
    ],
)
def test_a_figure_over_a_part_of_a_town_after_its_kind_is_the_towns(downed: str) -> None:
    (report,) = parse(f"Самарская область. {downed}", P)
    assert ("RU-SAM:syzran", 2) in {(c.district_id, c.count) for c in report.claims}
