"""Where drones downed with no place of their own were downed (issue 10): over the region the
text told was attacked, as the subject or the object of the attack ("Днём Брянская область
подверглась атаке беспилотников. Сбиты два": ``place_rules._region_attacked``), and, with no
figure, over the town a dateline names ("Обнинск.\\nНочью над промзоной сбиты беспилотники":
``count_rules.rule_heading_district``). A figure over Russia as a whole is never one region's.
Written for this project in our own words; grouped by the place the drones take."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

FRIDAY = date(2025, 9, 12)

Row = tuple[str, str | None, int | None]


def _reports(text: str) -> list[tuple[int | None, list[Row]]]:
    """(total, rows as (area, district, figure)) of each report from Russia's side."""
    return [
        (
            r.total,
            sorted(
                ((c.area_id, c.district_id, c.count) for c in r.claims),
                key=lambda t: (t[0], t[1] or ""),
            ),
        )
        for r in parse(text, FRIDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "area", "figure"),
    [
        ("Днём Брянская область подверглась атаке беспилотников. Сбиты два.", "RU-BRY", 2),
        ("Ночью Краснодарский край атаковали беспилотники. ПВО сбили два.", "RU-KDA", 2),
        ("Ночью беспилотники атаковали Курскую область. Сбиты три.", "RU-KRS", 3),
        (
            "Белгородская область вновь подверглась массированной атаке дронов. Уничтожены 5 БПЛА.",
            "RU-BEL",
            5,
        ),
        (
            "Этой ночью Воронежская область подверглась атаке БПЛА. Силами ПВО уничтожено четыре "
            "беспилотника.",
            "RU-VOR",
            4,
        ),
    ],
)
def test_a_figure_with_no_place_is_the_region_attacked(text: str, area: str, figure: int) -> None:
    assert _reports(text) == [(figure, [(area, None, figure)])]


def test_the_region_attacked_gives_way_to_a_place_the_figure_names() -> None:
    text = (
        "Ночью Брянская область подверглась атаке беспилотников. Два сбиты над Погарским районом."
    )
    assert _reports(text) == [(2, [("RU-BRY", None, 2), ("RU-BRY", "RU-BRY:pogarsky", 2)])]


def test_an_attack_told_with_nothing_downed_is_no_report() -> None:
    assert (
        _reports("Ночью Курская область подверглась атаке беспилотников. Пострадавших нет.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ночью Брянская область подверглась атаке беспилотников. По данным Минобороны, всего за "
        "ночь над Россией перехвачены 64 БПЛА.",
        "Ночью Брянская область подверглась атаке беспилотников. Над территорией России "
        "уничтожены 64 беспилотника.",
    ],
)
def test_a_figure_over_russia_is_never_the_region_attacked(text: str) -> None:
    assert _reports(text) == [(64, [])]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Обнинск.\nНочью над промзоной сбиты беспилотники. Пострадавших нет.", "RU-KLU:obninsk"),
        ("Сызрань.\nУтром над территорией НПЗ уничтожены беспилотники.", "RU-SAM:syzran"),
        ("Геленджик.\nПВО сбили беспилотники, обломки упали на пустыре.", "RU-KDA:gelendzhik"),
        ("Новороссийск.\nОколо 4 часов утра над портом подавлены дроны.", "RU-KDA:novorossiysk"),
        ("Чебоксары.\nНад промышленной зоной сбиты вражеские БПЛА.", "RU-CU:cheboksary"),
    ],
)
def test_drones_downed_with_no_figure_and_no_place_are_over_the_dateline_town(
    text: str, town: str
) -> None:
    area = town.split(":")[0]
    assert _reports(text) == [(None, [(area, None, None), (area, town, None)])]


@pytest.mark.parametrize(
    "text",
    ["Обнинск.\nВ городе прошёл субботник.", "Обнинск.\nНочью ПВО работала по беспилотникам."],
)
def test_a_dateline_over_no_drones_downed_is_no_report(text: str) -> None:
    assert _reports(text) == []


# --- a dateline frames no figure once a figure falls over a place of its own ----------------------
@pytest.mark.parametrize(
    "text",
    [
        # the quote after the lede tells its drone again in the ministry's words
        "Обнинск. 11 сентября. Над Тарусским районом ночью сбит беспилотник, сообщил губернатор."
        "\n\n«Дежурными средствами ПВО уничтожен БПЛА. Пострадавших нет», — написал глава региона.",
        # the town and the date on a line of their own, the figure written as a word
        "Обнинск, 11 сентября.\nОдин беспилотник сбит над Тарусским районом. Позже ПВО "
        "уничтожила БПЛА, обломки которого никому не повредили.",
        # the lede's place after its figure
        "Обнинск. 11 сентября. Украинский дрон уничтожен над Тарусским районом.\n"
        "Жителей просят не подходить к обломкам. Сбит беспилотник, сообщили в оперштабе.",
    ],
)
def test_a_dateline_frames_no_figure_after_one_over_a_place_of_its_own(text: str) -> None:
    for _total, rows in _reports(text):
        assert ("RU-KLU", "RU-KLU:obninsk", 1) not in rows
    assert ("RU-KLU", "RU-KLU:tarussky", 1) in _reports(text)[0][1]
