"""Issue 14's left list: a clock written with a hyphen ("20-00", "23-30") in a window.

Russian posts often join a clock's hours and minutes by a hyphen. In a window ("с 20-00 до
23-00", "с 20.00 до 23-30 мск") it is a time, read like "20.00"; its digits are never a count
(the end "до 23-30" was read as an upper bound or a range from 23). Texts are our own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from parsing.numbers import find_numbers
from settings import MSK

PUBLISHED = date(2026, 3, 15)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=MSK)


def _read(text: str) -> list[tuple[object, list[tuple[str, int | None, str]]]]:
    return [
        (
            r.window and (r.window.start, r.window.end),
            [(c.area_id, c.count, c.qualifier) for c in r.claims],
        )
        for r in parse(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "window", "claims"),
    [
        (
            "14 марта с 20-00 до 23-00 мск силами ПВО уничтожены 6 беспилотников над территорией "
            "Воронежской области.",
            (_at(14, 20), _at(14, 23)),
            [("RU-VOR", 6, "exact")],
        ),
        (
            "14 марта в период с 20.00 до 23-30 мск над Тульской областью сбиты три БПЛА.",
            (_at(14, 20), _at(14, 23, 30)),
            [("RU-TUL", 3, "exact")],
        ),
        (
            "С 20:00 14 марта до 06-45 15 марта над Курской областью перехвачено 11 дронов.",
            (_at(14, 20), _at(15, 6, 45)),
            [("RU-KRS", 11, "exact")],
        ),
    ],
)
def test_a_hyphen_clock_in_a_window_is_a_time(
    text: str, window: tuple[datetime, datetime], claims: list[tuple[str, int, str]]
) -> None:
    # (on the old code the first gave the whole of 14 March, the others a window that
    # ended where it started, or none)
    assert _read(text) == [(window, claims)]


def test_the_end_of_such_a_window_is_never_a_count() -> None:
    # "до 23-30" was read as an upper bound of 23 drones (or a range 23-30) over the region
    text = "С 21:00 до 23-30 над Брянской областью сбиты четыре беспилотника."
    assert _read(text) == [((_at(15, 21), _at(15, 23, 30)), [("RU-BRY", 4, "exact")])]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("с 20-00 до 23-30 сбиты 4", [4]),
        ("с 20.00 до 23-30 мск сбиты 4", [4]),
        ("в период с 22-15 мск сбиты 4", [4]),
        # no window: a range of counts and a range of days keep their numbers
        ("сбиты от 10-15 беспилотников", [10, 15]),
        ("с 10-15 мая по 20 мая", [10, 15, 20]),
        ("до 20-30 беспилотников", [20, 30]),
    ],
)
def test_find_numbers_leaves_a_windows_hyphen_clocks_out(text: str, numbers: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == numbers


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("14 марта по состоянию на 07-00 мск над Курской областью сбиты 5 БПЛА.", _at(14, 7)),
        ("До 23-30 мск 14 марта над Курской областью сбиты 5 БПЛА.", _at(14, 23, 30)),
    ],
)
def test_a_hyphen_clock_before_msk_is_a_single_time(text: str, at: datetime) -> None:
    # (a window's end alone, "До 7.00 мск", is a time as "по состоянию на" is; the hyphen's
    # gave no time at all)
    assert _read(text) == [((at, at), [("RU-KRS", 5, "exact")])]
