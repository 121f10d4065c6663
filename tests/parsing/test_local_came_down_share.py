"""A bare figure with a verb of coming down and a place after it, "Три упали в X районе" (issue
10, discovery59 m17): after a figure of drones downed, it tells where that many of them came
down, the place's share of the figure, as English "Seven came down in the Voronezh region"
was read already. With no figure told before ("Дроны сбиты, один упал на территории") the
drones were never counted and the bare figure is none. Written for this project in our own
words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import Report, parse
from tests.parsing.conftest import fake_districts, fake_towns, resolving, with_places

P = date(2026, 2, 10)
_PLACES = with_places(
    fake_districts("RU-VOR", "Лискинский", "Россошанский") | fake_towns("RU-VOR", "Семилуки")
)


def _parse(text: str) -> list[Report]:
    with resolving(_PLACES):
        return parse(text, P)


def _rows(text: str) -> list[tuple[str | None, int | None]]:
    (report,) = _parse(text)
    return sorted(((c.district_id, c.count) for c in report.claims), key=str)


@pytest.mark.parametrize(
    ("text", "district", "count"),
    [
        (
            "Ночью над Воронежской областью сбиты шесть беспилотников. Четыре упали в "
            "Лискинском районе.",
            "RU-VOR:лискинский",
            4,
        ),
        (
            "Над Воронежской областью силами ПВО подавлены три БПЛА. Два рухнули в Лискинском "
            "районе, жертв нет.",
            "RU-VOR:лискинский",
            2,
        ),
        (
            "Над Воронежской областью уничтожены два дрона. Один упал под Семилуками.",
            "RU-VOR:семилуки",
            1,
        ),
        (
            "Над Воронежской областью ночью сбиты пять беспилотников, три упали близ "
            "Лискинского района.",
            "RU-VOR:лискинский",
            3,
        ),
    ],
)
def test_a_bare_figure_that_came_down_at_a_place_is_its_share(
    text: str, district: str, count: int
) -> None:
    rows = _rows(text)
    assert (district, count) in rows
    assert all(n is not None for _d, n in rows)


def test_the_shares_that_came_down_split_the_region_s_figure() -> None:
    text = (
        "Над Воронежской областью средствами РЭБ подавлены пять БПЛА. Три упали в Лискинском "
        "районе, два — в Россошанском."
    )
    assert _rows(text) == [
        ("RU-VOR:лискинский", 3),
        ("RU-VOR:россошанский", 2),
        (None, 5),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no figure before: a part of drones never counted
        "Утром завод в Лискинском районе атаковали БПЛА. Дроны сбиты, один упал на территории.",
        "Над Лискинским районом работала ПВО, беспилотники сбиты. Один упал в поле.",
    ],
)
def test_with_no_figure_before_a_bare_one_that_fell_is_no_figure(text: str) -> None:
    assert all(c.count is None for r in _parse(text) for c in r.claims)


def test_debris_that_fell_is_still_no_share() -> None:
    # the verb has a subject of its own: debris, never a figure of drones
    text = (
        "Над Воронежской областью сбиты три беспилотника. Обломки двух упали в Лискинском районе."
    )
    assert ("RU-VOR:лискинский", 2) not in _rows(text)
