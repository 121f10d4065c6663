"""A city's own districts in English: its okrugs, and several named at once (stop 46, our own
wording).

Kursk and Kaluga call their city districts okrugs, and English retellings keep the word
("Kaluga's Moskovsky okrug", "the city's Seymsky okrug"); a retelling may name two of one city
under one plural head ("the Zarechensky and Proletarsky districts of Tula", "Voronezh's
Levoberezhny and Sovetsky districts"). Each is the city's own district, which the pack lacks: the
city's row, as "the Sovetsky district of Tula" gives it. The okrug had named no place, and a
list's last name had been read alone as a district of that name in another region.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.parsing.conftest import (
    FakePlace,
    Row,
    claim_rows,
    fake_towns,
    resolving,
    with_places,
)

_PLACES = {
    **fake_towns("RU-TUL", "Tula city"),
    **fake_towns("RU-KLU", "Kaluga city"),
    **fake_towns("RU-VOR", "Voronezh city"),
    # a district of a name Soviet planning gave many cities' districts, in another region
    "sovetsky district": [
        FakePlace("district", "RU-KRS:sovetsky", "RU-KRS", "Советский район", "Sovetsky")
    ],
}


@pytest.fixture(autouse=True)
def _places() -> Iterator[None]:
    with resolving(with_places(_PLACES)):
        yield


def _rows(text: str) -> set[Row]:
    return set(claim_rows(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Three drones were downed over Kaluga's Moskovsky okrug before dawn.",
            {("RU-KLU", "RU-KLU:kaluga city", 3), ("RU-KLU", None, 3)},
        ),
        (
            "Three drones were downed over the Moskovsky okrug of Kaluga before dawn.",
            {("RU-KLU", "RU-KLU:kaluga city", 3), ("RU-KLU", None, 3)},
        ),
        (
            "Three drones were downed over the Zarechensky and Sovetsky districts of Tula.",
            {("RU-TUL", "RU-TUL:tula city", 3), ("RU-TUL", None, 3)},
        ),
        (
            "Three drones were downed over Voronezh's Levoberezhny and Sovetsky districts.",
            {("RU-VOR", "RU-VOR:voronezh city", 3), ("RU-VOR", None, 3)},
        ),
    ],
)
def test_a_citys_okrug_or_its_districts_listed_are_the_city(text: str, want: set[Row]) -> None:
    assert _rows(text) == want
