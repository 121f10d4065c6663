"""The whole of one area's drones.

A whole marked as such ("всего", "in total") over the drones bound for Moscow is Moscow's
figure as well as the report's total: "Всего за ночь на подлёте к Москве сбиты 11" had given
the total and no row, so the map showed no figure for the city. After the mayor's own lines the
whole is their recap (``recap_of_lines``), never one more row; a figure in a sentence whose
whole is another ("ещё 3 ..., bringing the night's total to 14") stays no row of its own there.

One statement's figures over one area add up on the map (docs/reconciliation.md, 1), but a
report's total is the total as written (corpus-dev's README, docs/labels.md): the mayor's lines
"сбит один ... ещё два ... ещё один", or a region's figure and its "ещё N", keep every figure as
a row and give no total. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

_DAY = date(2025, 6, 2)


def _read(text: str) -> list[tuple[list[tuple[str, int | None]], int | None]]:
    return [
        ([(c.area_id, c.count) for c in r.claims], r.total)
        for r in parse(text, _DAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Всего за ночь на подлёте к Москве силами ПВО уничтожено 11 беспилотников.",
        "Всего этой ночью на подлете к столице сбиты 11 БПЛА. На местах падения обломков "
        "работают специалисты.",
        "Итого за ночь ПВО уничтожила 11 беспилотников, летевших на Москву.",
        "In total, 11 drones flying toward Moscow were destroyed overnight, Sobyanin said.",
    ],
)
def test_a_marked_whole_bound_for_moscow_is_the_citys_figure(text: str) -> None:
    assert _read(text) == [([("RU-MOW", 11)], 11)]


def test_the_whole_after_the_mayors_lines_is_their_recap() -> None:
    text = (
        "01:10 Отражена атака двух БПЛА, летевших на Москву.\n"
        "02:40 Сбит ещё один беспилотник, летевший на Москву.\n"
        "05:00 Всего за ночь на подлёте к Москве уничтожены 3 беспилотника."
    )
    [(rows, total)] = _read(text)
    assert sum(n or 0 for _a, n in rows) == 3
    assert total == 3


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "00:20 Уничтожен беспилотник, летевший на Москву.\n"
            "01:45 Сбиты ещё два БПЛА, летевшие к столице.\n"
            "03:05 Ещё один беспилотник уничтожен на подлёте к Москве.",
            4,
        ),
        (
            "Мэр сообщил об одном сбитом дроне, летевшем на Москву, позднее ещё о трёх, "
            "летевших на столицу.",
            4,
        ),
        (
            "Над Тульской областью сбиты шесть беспилотников. Позднее ещё два подавлены "
            "средствами РЭБ.",
            8,
        ),
        (
            # (never "later in the morning": the morning after the night is a report of its own)
            "Seven drones were shot down over the Kursk region. Another three were jammed later.",
            10,
        ),
    ],
)
def test_one_areas_figures_with_no_whole_told_keep_their_rows_and_no_total(
    text: str, whole: int
) -> None:
    [(rows, total)] = _read(text)
    assert len({a for a, _n in rows}) == 1 and len(rows) >= 2
    assert sum(n or 0 for _a, n in rows) == whole
    assert total is None


@pytest.mark.parametrize(
    "text",
    [
        # two areas: no one area's figure
        "Над Курской областью сбиты шесть беспилотников, над Брянской — два.",
        # districts' figures alone: the region states none
        "Над Тарусским районом сбиты три беспилотника, ещё два — над Кировским районом.",
    ],
)
def test_figures_of_several_places_make_no_total(text: str) -> None:
    [(_rows, total)] = _read(text)
    assert total is None
