"""An update added to a governor's post (our own wording): "UPD: ... ещё N" is a later report
of its own, never added to the post's figures; an update that sets a figure right stays."""

from __future__ import annotations

import pytest

from parsing import parse

from .conftest import by_place


def _reports(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, by_place((c.area_id, c.district_id, c.count) for c in r.claims))
        for r in parse(text)
    ]


@pytest.mark.parametrize(
    "update",
    [
        "UPD: над Обнинском силами ПВО сбит ещё один беспилотник.",
        "Upd. Над Обнинском сбит еще один БПЛА.",
        "Обновлено: ещё один беспилотник уничтожен над Обнинском.",
        "Дополнение: над Обнинском подавлен ещё 1 дрон.",
    ],
)
def test_more_drones_in_an_update_are_a_later_report(update: str) -> None:
    text = f"Над Калужской областью ночью уничтожено 5 беспилотников.\n\n{update}"
    assert _reports(text) == [
        (5, [("RU-KLU", None, 5)]),
        (1, [("RU-KLU", None, 1), ("RU-KLU", "RU-KLU:obninsk", 1)]),
    ]


def test_an_unplaced_figure_keeps_its_region_before_an_update() -> None:
    # the post's figure with no place is its region's, the update's district apart from it
    text = (
        "Ночью отражена атака БПЛА на Кировский и Тарусский районы.\nУничтожено 4 беспилотника."
        "\n\nUPD: над Обнинском сбит ещё один беспилотник."
    )
    (main, update) = _reports(text)
    assert main[0] == 4 and ("RU-KLU", None, 4) in main[1]
    assert update == (1, [("RU-KLU", None, 1), ("RU-KLU", "RU-KLU:obninsk", 1)])


def test_an_update_that_sets_a_figure_right_stays_in_the_report() -> None:
    text = (
        "Над Калужской областью сбиты 12 БПЛА. UPD: по уточненным данным, над Калужской "
        "областью уничтожены 15."
    )
    assert _reports(text) == [(15, [("RU-KLU", None, 15)])]
