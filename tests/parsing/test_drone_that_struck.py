"""A drone that is the subject of a Russian verb of a hit ("дрон ударил по опоре", "беспилотник
врезался в склад", "два дрона попали в цех") struck the place: it was not downed there, so its
number is the size of an attack, no figure of drones shot down (``counts._ATTACKED_AFTER``, as
"drones attacked" and English "a drone struck"). A text that tells only such hits is no report.

Texts written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Утром беспилотник атаковал автомобиль в Курске. Ещё один дрон ударил по опоре ЛЭП, "
        "без света остались несколько улиц.",
        "Два дрона попали в цех завода в Курске, пострадавших нет.",
        "Ещё один беспилотник врезался в склад на окраине Курска.",
    ],
)
def test_drones_that_struck_are_no_figure(text: str) -> None:
    assert [c.count for r in parse(text, DAY) for c in r.claims if c.count is not None] == []


def test_a_drone_downed_beside_one_that_struck_keeps_its_figure() -> None:
    text = "Один дрон ударил по складу в Курске, ещё два сбиты над городом."
    counts = [c.count for r in parse(text, DAY) for c in r.claims if c.district_id is not None]
    assert counts == [2]
