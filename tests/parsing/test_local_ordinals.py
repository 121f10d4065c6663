"""Issue 10: a governor's post that tells its drones one by one by their ordinals ("первый",
"второй и третий"): each ordinal is one drone, where it fell is its place, and the ordinals
after a figure tell where that figure's drones fell (parts of it, never more drones).

Posts written for these tests in our own words; the places are conftest.py's stand-ins.
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import Row, by_place, report_rows

_SHEB = ("RU-BEL", "RU-BEL:shebekinsky")
_GRAY = ("RU-BEL", "RU-BEL:grayvoronsky")
_BELG = ("RU-BEL", "RU-BEL:belgorodsky")


def _rows(*rows: tuple[tuple[str, str], int] | tuple[str, int | None]) -> list[Row]:
    return by_place(
        (*place, count) if isinstance(place, tuple) else (place, None, count)
        for place, count in rows
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no figure before the ordinals: each is a figure of its own, the region none (the text
        # states none; the map adds them up)
        (
            "Ночью над Белгородской областью работала ПВО. Первый беспилотник уничтожен над "
            "Шебекинским округом, второй и третий — над Грайворонским округом.",
            _rows((_SHEB, 1), (_GRAY, 2), ("RU-BEL", None)),
        ),
        (
            "Сбит первый БПЛА над Грайворонским округом. Второй и третий уничтожены над "
            "Белгородским районом.",
            _rows((_GRAY, 1), (_BELG, 2), ("RU-BEL", None)),
        ),
        # a figure of its own, then ordinals of more drones in its sentence
        (
            "Над Белгородским районом уничтожен беспилотник, второй, третий и четвёртый — над "
            "Шебекинским округом.",
            _rows((_BELG, 1), (_SHEB, 3), ("RU-BEL", None)),
        ),
    ],
)
def test_ordinals_of_no_figure_before_are_figures(text: str, want: list[Row]) -> None:
    assert report_rows(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the figure, then its drones told one by one in the next sentence
        "За ночь над Белгородской областью сбиты четыре беспилотника. Первый — над Грайворонским "
        "округом, второй и третий — над Шебекинским округом, четвёртый — над Белгородским "
        "районом.",
        # ... after its colon
        "Над Белгородской областью сбиты четыре беспилотника: первый и второй — над "
        "Шебекинским округом, третий — над Грайворонским округом, четвёртый — над Белгородским "
        "районом.",
        # ... on lines of their own
        "Над Белгородской областью сбиты четыре беспилотника.\nПервый уничтожен над Грайворонским "
        "округом.\nВторой и третий — над Шебекинским округом.\nЧетвёртый — над Белгородским "
        "районом.",
    ],
)
def test_ordinals_after_a_figure_are_its_parts(text: str) -> None:
    (report,) = parse(text)
    region = [c.count for c in report.claims if c.district_id is None]
    assert region == [4]
    assert report.total == 4
    counts = {c.district_id: c.count for c in report.claims if c.district_id}
    assert sum(counts.values()) == 4
    assert counts["RU-BEL:shebekinsky"] == 2


def test_more_after_the_ordinals_of_a_figure_goes_on_telling_it() -> None:
    text = (
        "Над Белгородской областью уничтожены шесть беспилотников: первый — над Грайворонским "
        "округом, второй — над Белгородским районом, ещё четыре — над Шебекинским округом."
    )
    (report,) = parse(text)
    assert report.total == 6
    assert report_rows(text) == _rows((_GRAY, 1), (_BELG, 1), (_SHEB, 4), ("RU-BEL", 6))


def test_updates_told_by_ordinals_and_their_total_are_not_added_twice() -> None:
    text = (
        "Сбит первый беспилотник над Шебекинским округом.\n"
        "Второй уничтожен над Грайворонским округом.\n"
        "Сбит третий — над Белгородским районом.\n"
        "Всего за вечер над Белгородской областью уничтожены три БПЛА."
    )
    (report,) = parse(text)
    assert report.total == 3
    assert report_rows(text) == _rows((_SHEB, 1), (_GRAY, 1), (_BELG, 1), ("RU-BEL", 3))


@pytest.mark.parametrize(
    "text",
    [
        "Второй день подряд над Белгородским районом работает ПВО: сбиты два беспилотника.",
        "В первый раз над Шебекинским округом сбиты два беспилотника.",
        "Над Белгородским районом сбиты два беспилотника. Первый заместитель губернатора "
        "осмотрел повреждения.",
    ],
)
def test_an_ordinal_of_no_drone_is_no_figure(text: str) -> None:
    assert report_rows(text) == _rows(
        (_BELG if "Белгородским" in text else _SHEB, 2), ("RU-BEL", 2)
    )


def test_an_ordinal_after_its_verb_is_one_drone_wherever_its_place_is() -> None:
    text = (
        "Вечером над Шебекинским округом сбит первый беспилотник, ночью — ещё два над "
        "Белгородским районом. Всего — три."
    )
    (report,) = parse(text)
    assert report.total == 3
    assert report_rows(text) == _rows((_SHEB, 1), (_BELG, 2), ("RU-BEL", 3))


def test_the_rest_after_ordinal_parts_is_the_district_s_remainder() -> None:
    text = (
        "Ночью над Белгородской областью уничтожены шесть беспилотников. Первый и второй — над "
        "Шебекинским округом, остальные — над Белгородским районом."
    )
    (report,) = parse(text)
    assert report.total == 6
    assert report_rows(text) == _rows((_SHEB, 2), (_BELG, 4), ("RU-BEL", 6))
