"""A town named alone on the first line of a post or a story (its dateline, "Энгельс.") heads the
lines after it: a figure with no place of its own is that town's, and "над городом" after it is
that town, also in a list ("над городом и Энским районом"). A town inside a district named
otherwise is known as well as a town that is a district of its own (the gazetteer's town score).

Posts written for these tests in our own words; the places are conftest.py's stand-ins.
"""

from __future__ import annotations

import pytest

from tests.parsing.conftest import report_rows


@pytest.mark.parametrize(
    ("text", "district", "region"),
    [
        ("Энгельс.\nНочью уничтожены три беспилотника.", "RU-SAR:engelssky", "RU-SAR"),
        (
            "Кириши. Над городом сбиты три беспилотника, пострадавших нет.",
            "RU-LEN:kirishsky",
            "RU-LEN",
        ),
        (
            "Балаково.\nСилами ПВО сбиты три дрона. Обломки упали на пустырь.",
            "RU-SAR:balakovsky",
            "RU-SAR",
        ),
    ],
)
def test_a_town_inside_a_district_heads_the_post_it_opens(
    text: str, district: str, region: str
) -> None:
    assert sorted(report_rows(text), key=str) == [(region, district, 3), (region, None, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Сызрань.\nНад городом и Сызранским районом сбиты четыре БПЛА.",
        "Сызрань. Ночью над городом и Сызранским районом силами ПВО уничтожены 4 беспилотника.",
    ],
)
def test_the_city_in_a_list_after_a_dateline_is_the_dateline_s_town(text: str) -> None:
    assert sorted(report_rows(text), key=str) == [
        ("RU-SAM", "RU-SAM:syzran", None),
        ("RU-SAM", "RU-SAM:syzransky", None),
        ("RU-SAM", None, 4),
    ]
