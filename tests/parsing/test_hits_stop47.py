"""Hits and more after a figureless downing: two labelling decisions of stop 47 read as language.

Each test is a text written for it, in our own wording; none is a sentence of a working set or
of corpus-dev.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import lookup, parse

DAY = date(2025, 9, 14)


@pytest.fixture(autouse=True)
def real_gazetteer(fake_gazetteer: None) -> Iterator[None]:
    # the places as an import reads them
    lookup.use_resolver(None)
    yield


def reports(text: str) -> list[tuple[int | None, list[tuple]]]:
    """Each report's total and claims as (area, district, count)."""
    return [
        (r.total, sorted(((c.area_id, c.district_id or "", c.count) for c in r.claims), key=str))
        for r in parse(text, DAY)
    ]


# --- "ещё N" over a district after drones downed with no figure (report_rules._more_than_untold)


@pytest.mark.parametrize(
    "untold",
    [
        "Этой ночью над Липецком работали средства ПВО, атака беспилотников отражена.",
        "Вечером силами ПВО отражена атака беспилотников на Липецк.",
        "Вечером над Липецком сбиты беспилотники.",
    ],
)
def test_more_over_a_district_after_an_untold_number_leaves_the_region_without_one(
    untold: str,
) -> None:
    text = f"{untold} Ещё три дрона уничтожены над Грязинским районом."
    [(total, claims)] = reports(text)
    assert total is None
    assert ("RU-LIP", "RU-LIP:gryazinsky", 3) in claims
    assert ("RU-LIP", "", None) in claims
    assert ("RU-LIP", "", 3) not in claims


def test_more_in_english_after_an_untold_number_leaves_the_region_without_one() -> None:
    text = (
        "The drone attack on Lipetsk was repelled overnight, the governor said. "
        "Three more drones were destroyed over the Gryazinsky district."
    )
    [(total, claims)] = reports(text)
    assert total is None
    assert ("RU-LIP", "RU-LIP:gryazinsky", 3) in claims
    assert ("RU-LIP", "", 3) not in claims


@pytest.mark.parametrize(
    "text",
    [
        # no drones downed before it: the one district's figure is its region's
        "Ещё три дрона уничтожены над Грязинским районом.",
        # downed with no figure, then a figure not told as more
        "Вечером над Липецком сбиты беспилотники. Три дрона уничтожены над Грязинским районом.",
    ],
)
def test_a_district_figure_not_told_as_more_after_an_untold_number_stays_the_regions(
    text: str,
) -> None:
    [(total, claims)] = reports(text)
    assert ("RU-LIP", "", 3) in claims
    assert total == 3
