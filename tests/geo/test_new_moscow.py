""" "Новая Москва" (the Novomoskovsky and Troitsky okrugs the city took in 2012) is Moscow:
a figure over it is the city's, in every case the name takes."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Над Новой Москвой силами ПВО уничтожен беспилотник.", 1),
        ("Ночью ПВО сбили над Новой Москвой три дрона.", 3),
        ("Два БПЛА перехвачены на подлёте к Новой Москве.", 2),
    ],
)
def test_new_moscow_is_the_city(text: str, count: int) -> None:
    (report,) = parse(text, DAY, source="Сергей Собянин")
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [("RU-MOW", None, count)]
