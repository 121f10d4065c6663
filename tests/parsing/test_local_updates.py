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


@pytest.mark.parametrize(
    ("post", "update"),
    [
        # the post names its night in a sentence of its own: the update's more drones stay a
        # report of their own, though the night is shared with them
        (
            "Ночью Калужская область подверглась атаке. Над регионом уничтожено 5 БПЛА.",
            "\n\nДополнено: над Обнинском уничтожены ещё два БПЛА.",
        ),
        (
            "В ночь на вторник отражена атака на Калужскую область. Сбиты пять дронов.",
            "\nUPD: утром над Обнинском подавлены еще 2 беспилотника.",
        ),
        # the label opens a sentence inside the post's line
        (
            "Ночью над регионом сбиты 5 БПЛА, сообщил губернатор Калужской области.",
            " UPD: ещё два сбиты над Обнинском.",
        ),
        (
            "Kaluga governor: five drones were shot down over the region overnight.",
            " UPD: two more drones destroyed over Obninsk.",
        ),
        (
            "Drones attacked the Kaluga region overnight. Five were downed over the region.",
            "\nUpdate: another two were destroyed over Obninsk.",
        ),
    ],
)
def test_an_update_under_a_post_of_a_named_night_is_a_later_report(post: str, update: str) -> None:
    assert _reports(post + update) == [
        (5, [("RU-KLU", None, 5)]),
        (2, [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:obninsk", 2)]),
    ]


@pytest.mark.parametrize("separator", [" ", "\n", "\n\n"])
def test_the_nights_whole_under_an_update_label_is_a_report_of_its_own(separator: str) -> None:
    # a tally of the night, never the post's total: the map shows 10, not 14
    text = (
        "Губернатор: над Белгородской областью ночью сбиты 4 беспилотника."
        f"{separator}UPD: атака отражена, всего за ночь уничтожено 10 БПЛА."
    )
    assert _reports(text) == [(4, [("RU-BEL", None, 4)]), (10, [("RU-BEL", None, 10)])]


@pytest.mark.parametrize(
    ("text", "post", "whole"),
    [
        (
            "Самарская область. Ночью над Сызранью уничтожено 5 БПЛА.\n"
            "Обновлено 06:10: всего за ночь над регионом сбито 8 беспилотников.",
            (5, [("RU-SAM", None, 5), ("RU-SAM", "RU-SAM:syzran", 5)]),
            (8, [("RU-SAM", None, 8)]),
        ),
        (
            "Над Шебекинским округом ночью сбиты три беспилотника.\n"
            "UPD 07:15: итого за ночь над Белгородской областью уничтожено семь БПЛА.",
            (3, [("RU-BEL", None, 3), ("RU-BEL", "RU-BEL:shebekinsky", 3)]),
            (7, [("RU-BEL", None, 7)]),
        ),
        (
            "Ночью над Сызранью уничтожено 5 БПЛА. Обновлено: всего за ночь над областью сбито "
            "8 беспилотников.",
            (5, [("RU-SAM", None, 5), ("RU-SAM", "RU-SAM:syzran", 5)]),
            (8, [("RU-SAM", None, 8)]),
        ),
        (
            "Над Обнинском сбиты 2 дрона и над Тарусским районом ещё 1.\n\n"
            "Дополнено: всего за ночь над Калужской областью сбиты 6 БПЛА.",
            (
                None,
                [
                    ("RU-KLU", None, None),
                    ("RU-KLU", "RU-KLU:obninsk", 2),
                    ("RU-KLU", "RU-KLU:tarussky", 1),
                ],
            ),
            (6, [("RU-KLU", None, 6)]),
        ),
        (
            "Два беспилотника уничтожены над Саратовом.\nUPD: итого за ночь — 5.",
            (2, [("RU-SAR", None, 2), ("RU-SAR", "RU-SAR:saratov", 2)]),
            (5, [("RU-SAR", None, 5)]),
        ),
    ],
)
def test_an_updates_whole_above_a_towns_figures_is_the_nights_tally(
    text: str,
    post: tuple[int | None, list[tuple[str, str | None, int | None]]],
    whole: tuple[int | None, list[tuple[str, str | None, int | None]]],
) -> None:
    # the post's figures over towns or districts are a part of the whole its update tells: the
    # whole is the night's count so far, a report of its own, never the post's total
    assert _reports(text) == [post, whole]
