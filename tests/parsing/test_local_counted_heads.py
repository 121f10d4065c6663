"""A plural head told with how many places it counts, then their names after a dash or a colon
(our own wording): "над Воронежем и тремя районами области – Лискинским, Россошанским и
Острогожским –", "в двух районах: X и Y". The names are districts under that head, as after "в
следующих районах:"; the figure after them is the list's (the region's), the districts named
without one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import fake_districts, fake_towns, resolving, with_places

P = date(2025, 6, 3)
SOURCE = "Губернатор Воронежской области"


@pytest.fixture(autouse=True)
def voronezh() -> Iterator[None]:
    more = {
        **fake_towns("RU-VOR", "Воронеж"),
        **fake_districts("RU-VOR", "Лискинский", "Россошанский", "Острогожский"),
    }
    with resolving(with_places(more)):
        yield


@pytest.mark.parametrize(
    ("text", "figure", "named"),
    [
        (
            "Ночью над Воронежем и тремя районами области – Лискинским, Россошанским и "
            "Острогожским – силами ПВО уничтожены 11 беспилотников.",
            11,
            {"RU-VOR:воронеж", "RU-VOR:лискинский", "RU-VOR:россошанский", "RU-VOR:острогожский"},
        ),
        (
            "Над двумя районами области — Лискинским и Россошанским — сбиты пять БПЛА.",
            5,
            {"RU-VOR:лискинский", "RU-VOR:россошанский"},
        ),
        (
            "Над тремя районами: Лискинским, Россошанским и Острогожским — сбиты 5 дронов.",
            5,
            {"RU-VOR:лискинский", "RU-VOR:россошанский", "RU-VOR:острогожский"},
        ),
        (
            "В трех районах области – Лискинском, Россошанском и Острогожском – уничтожены "
            "семь беспилотников.",
            7,
            {"RU-VOR:лискинский", "RU-VOR:россошанский", "RU-VOR:острогожский"},
        ),
        (
            "Над Воронежем и двумя районами — Лискинским и Острогожским — сбиты 6 беспилотных "
            "аппаратов.",
            6,
            {"RU-VOR:воронеж", "RU-VOR:лискинский", "RU-VOR:острогожский"},
        ),
    ],
)
def test_names_after_a_counted_head_are_its_districts(
    text: str, figure: int, named: set[str]
) -> None:
    (report,) = parse(text, P, source=SOURCE)
    assert report.total == figure
    assert [(c.area_id, c.count) for c in report.claims if c.district_id is None] == [
        ("RU-VOR", figure)
    ]
    assert {c.district_id for c in report.claims if c.district_id} == named
    assert all(c.count is None for c in report.claims if c.district_id)
