"""A place of a governor's post named by its part after "на" (our own wording): "на окраине
Обнинска" is Obninsk, as "в окрестностях Обнинска" is."""

from __future__ import annotations

import pytest

from .conftest import report_rows


@pytest.mark.parametrize(
    "part",
    ["на окраине Обнинска", "на окраинах Обнинска", "на заводе Обнинска", "на промзоне Обнинска"],
)
def test_a_town_named_by_its_part_after_na(part: str) -> None:
    text = f"Над Калужской областью сбиты два беспилотника. Обломки упали {part}."
    assert report_rows(text) == [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:obninsk", None)]


def test_a_figure_over_a_town_named_by_its_part() -> None:
    text = "Над Калужской областью сбиты два беспилотника, один из них — на окраине Обнинска."
    assert report_rows(text) == [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:obninsk", 1)]
