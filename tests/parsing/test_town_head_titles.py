"""A town's head named in the text by a title other than "мэр" or "mayor" (stop 46, our own
wording).

Kaluga and Kursk call their mayor "городской голова"; English retellings write "the city head",
"the head of the city". Named so in a sentence (not only in a channel's name), he is the mayor
(``vocab.REPORTERS``), his town the one a figure with no place of its own falls to, and the
town in context, which fences a city's own district from a district of that name in another
region ("над Московским округом" in Kaluga's words is no quarter of Saint Petersburg).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import by_place, fake_towns, resolving, with_places

DAY = date(2025, 9, 3)

KALUGA = fake_towns("RU-KLU", "Калуга")
KALUGA["kaluga city"] = KALUGA["калуга"]
# a quarter of Saint Petersburg by the name Soviet planning gave districts of many cities
ELSEWHERE = {
    "московский район": [
        *fake_towns("RU-SPE", "Московский район")["московский район"],
    ]
}


def _read(text: str) -> list[tuple[str, list[tuple[str, str | None, int | None]]]]:
    with resolving(with_places({**KALUGA, **ELSEWHERE})):
        return [
            (r.reporter, by_place((c.area_id, c.district_id, c.count) for c in r.claims))
            for r in parse(text, DAY)
        ]


CITY_TWO = [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:калуга", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Городской голова Калуги сообщил, что под утро над городом подавлены два беспилотника.",
        "Под утро подавлены два беспилотника, сообщил городской голова Калуги.",
        "Two drones were downed over the city before dawn, the Kaluga city head said.",
    ],
)
def test_a_city_head_by_his_title_is_the_mayor_of_his_town(text: str) -> None:
    assert _read(text) == [("mayor", CITY_TWO)]


def test_his_town_fences_a_city_district_named_like_one_elsewhere() -> None:
    text = "Городской голова Калуги: над Московским округом под утро подавлены два беспилотника."
    assert _read(text) == [("mayor", CITY_TWO)]
