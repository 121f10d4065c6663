"""A headline (or a lede) and the body that tell one figure, then an update with the night's
whole: the figure told twice is the same drones, so the update's larger whole is the night's
count so far, a tally of its own (docs/labels.md), never the post's own figure. The two
tellings had been summed, so a whole smaller than twice the figure read as the post's.

Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import fake_districts, fake_towns, resolving, with_places

DAY = date(2026, 9, 12)

Row = tuple[str, str | None, int | None]


def _reports(text: str, area: str, district: str, town: str) -> list[tuple[int | None, list[Row]]]:
    places = fake_districts(area, district) | fake_towns(area, town)
    with resolving(with_places(places)):
        return [
            (r.total, sorted(((c.area_id, c.district_id, c.count) for c in r.claims), key=str))
            for r in parse(text, DAY)
        ]


@pytest.mark.parametrize(
    ("text", "area", "places", "figure", "whole"),
    [
        (
            "Гладков: над Белгородской областью сбиты шесть беспилотников\n\n"
            "Ночью шесть беспилотников уничтожены над Шебекинским округом и Грайвороном, "
            "сообщил губернатор Вячеслав Гладков.\n\n"
            "Обновлено 07:20. Всего за ночь над областью сбиты 11 беспилотников.",
            "RU-BEL",
            ("Шебекинский", "Грайворон"),
            6,
            11,
        ),
        (
            "В Воронежской области ночью сбиты 5 дронов\n\n"
            "Губернатор Александр Гусев сообщил, что ночью 5 дронов уничтожены над Лискинским районом и "
            "Россошью. Пострадавших нет.\n\n"
            "Обновлено в 06:40: всего за ночь над регионом уничтожены 9 беспилотников, "
            "сообщил Гусев.",
            "RU-VOR",
            ("Лискинский", "Россошь"),
            5,
            9,
        ),
        (
            "Над Курской областью ночью сбиты четыре БПЛА\n\n"
            "Четыре беспилотника перехвачены над Курчатовом и Льговским районом, сообщил "
            "губернатор Александр Хинштейн.\n\n"
            "UPD 08:05: по словам губернатора, всего за ночь над областью уничтожено семь "
            "беспилотников.",
            "RU-KRS",
            ("Льговский", "Курчатов"),
            4,
            7,
        ),
        (
            "Над Брянщиной уничтожены три дрона\n\n"
            "Три украинских беспилотника сбиты ночью над Клинцами и Стародубским округом, "
            "написал Александр Богомаз.\n\n"
            "Дополнено. Итого за ночь над Брянской областью уничтожено пять БПЛА.",
            "RU-BRY",
            ("Стародубский", "Клинцы"),
            3,
            5,
        ),
        (
            "Над Липецкой областью сбиты два беспилотника\n\n"
            "По словам главы региона Игоря Артамонова, два беспилотника уничтожены ночью над "
            "Ельцом и Задонским округом.\n\n"
            "Обновление (07:50): всего за ночь над областью сбиты три дрона.",
            "RU-LIP",
            ("Задонский", "Елец"),
            2,
            3,
        ),
    ],
)
def test_an_updates_whole_after_a_figure_told_twice_is_a_tally_of_its_own(
    text: str, area: str, places: tuple[str, str], figure: int, whole: int
) -> None:
    district, town = places
    assert _reports(text, area, district, town) == [
        (
            figure,
            sorted(
                [
                    (area, None, figure),
                    (area, f"{area}:{district.lower()}", None),
                    (area, f"{area}:{town.lower()}", None),
                ],
                key=str,
            ),
        ),
        (whole, [(area, None, whole)]),
    ]


def test_a_figure_told_again_as_more_still_counts_towards_the_whole() -> None:
    # "ещё два" is more drones, not the first two told again: 2 + 2 is four, so the update's
    # four is the post's own whole (the update goes on with the same night's figure)
    text = (
        "Над Липецкой областью ночью сбиты два беспилотника.\n\n"
        "UPD: над Липецкой областью уничтожены ещё два беспилотника.\n\n"
        "UPD: всего за ночь над областью сбиты четыре дрона."
    )
    wholes = [total for total, _rows in _reports(text, "RU-LIP", "Задонский", "Елец")]
    assert 4 in wholes
    assert wholes.count(4) == 1
