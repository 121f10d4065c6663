"""Which reports tell drones beyond the ones before them (``Report.adds_to_previous``), in our
own wording: an update's label opening on more drones ("UPD: ... ещё два", "Update: two more")
marks its report; a running total, a figure recalled, a correction or an update that goes on
with the night's whole never do (the store adds the first kind to the post, 1c)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

_DAY = date(2025, 3, 14)


def _marks(text: str, source: str | None = None) -> list[tuple[int | None, bool]]:
    return [(r.total, r.adds_to_previous) for r in parse(text, _DAY, source=source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Этой ночью над Калужской областью уничтожены 6 беспилотников.\n"
            "UPD: над Кировским районом сбиты ещё два БПЛА.",
            [(6, False), (2, True)],
        ),
        (
            "Над Калужской областью ночью уничтожены 6 беспилотников.\nUPD: сбиты ещё два.",
            [(6, False), (2, True)],
        ),
        (
            "Ночью над Белгородской областью подавлены 3 беспилотника.\n\n"
            "Обновлено: ещё один дрон уничтожен над Шебекинским округом. Пострадавших нет.",
            [(3, False), (1, True)],
        ),
        (
            "Over the Belgorod region, five drones were destroyed overnight.\n"
            "Update: two more were downed over the Belgorod district.",
            [(5, False), (2, True)],
        ),
    ],
)
def test_an_update_telling_more_drones_adds(text: str, expected: list[tuple[int, bool]]) -> None:
    assert _marks(text, "Губернатор Калужской области") == expected


def test_an_update_for_another_region_adds_there() -> None:
    text = (
        "Этой ночью над Калужской областью уничтожены 6 беспилотников.\n"
        "UPD: над Курской областью сбит ещё один БПЛА."
    )
    reports = parse(text, _DAY)
    assert [(r.adds_to_previous, [(c.area_id, c.count) for c in r.claims]) for r in reports] == [
        (False, [("RU-KLU", 6)]),
        (True, [("RU-KRS", 1)]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a running total: the drones of the first figure and more, counted again
        "Над Калужской областью сбиты 5 беспилотников. Количество сбитых над регионом достигло 8.",
        # a figure the speaker recalls, under the night's
        "Этой ночью над Калужской областью уничтожены 23 беспилотника. Напомню, ранее я сообщал "
        "о 9 сбитых БПЛА.",
        # another week's figure
        "Этой ночью над Калужской областью уничтожены 3 беспилотника. На прошлой неделе над "
        "регионом сбиты 40 БПЛА.",
        # an update that goes on with the night's whole is a version of the figure
        "Ночью над Калужской областью сбиты два беспилотника.\n"
        "UPD: ещё один БПЛА уничтожен над Кировским районом. Всего за ночь — три.",
        # an update setting the figure right
        "Над Калужской областью сбиты 12 БПЛА.\nUPD: по уточненным данным, над Калужской "
        "областью уничтожены 15.",
    ],
)
def test_no_other_later_report_adds(text: str) -> None:
    assert not any(r.adds_to_previous for r in parse(text, _DAY))


def test_two_updates_both_add() -> None:
    text = (
        "Этой ночью над Калужской областью уничтожены 6 беспилотников.\n"
        "UPD: ещё два БПЛА сбиты над Кировским районом.\n"
        "UPD 2: ещё один беспилотник уничтожен над Обнинском."
    )
    assert _marks(text) == [(6, False), (2, True), (1, True)]
