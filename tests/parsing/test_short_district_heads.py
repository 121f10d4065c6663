"""A district's head noun written short, after the district's adjective (stop 46, our own
wording).

Officials write "городской округ" as "г.о." (or "г. о."), "муниципальный округ" as "м.о.",
"район" as "р-н" with its case ending ("р-не", "р-ном"). The abbreviation after an adjective
in an oblique case is still the district's head: "над Энским г.о." names the urban okrug, as
"над Энским городским округом" does. It had named no place, so the figure had none (the Moscow
mayor's "Ещё один — над X г.о.").
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import by_place, fake_districts, resolving, with_places

DAY = date(2025, 8, 20)
PLACES = fake_districts("RU-KLU", "Жуковский")


def rows(text: str) -> list[tuple[str, str | None, int | None]]:
    with resolving(with_places(PLACES)):
        return by_place(
            (c.area_id, c.district_id, c.count) for r in parse(text, DAY) for c in r.claims
        )


@pytest.mark.parametrize(
    "head",
    ["г.о.", "г. о.", "м.о.", "р-не", "районе"],
)
def test_a_short_head_after_the_districts_adjective_names_the_district(head: str) -> None:
    text = f"Под утро в Жуковском {head} Калужской области подавлены три беспилотника."
    assert rows(text) == [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:жуковский", 3)]


def test_the_instrumental_short_head() -> None:
    text = "Под утро над Жуковским р-ном Калужской области подавлены три беспилотника."
    assert rows(text) == [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:жуковский", 3)]
