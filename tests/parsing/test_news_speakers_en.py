"""English news: whose words a figure is, and which place "the city" in them is (issue 10).
Written for this project in our own words; grouped by the rule about the language each one
decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SATURDAY = date(2025, 5, 31)


# --- "over the city" in the words of a town's mayor named by its possessive ------------------
@pytest.mark.parametrize(
    ("text", "region", "town"),
    [
        (
            "Kursk's mayor, Igor Kutsak, said more than ten drones had been shot down over the "
            "city.",
            "RU-KRS",
            "RU-KRS:kursk",
        ),
        (
            "Saratov's mayor said three drones were downed over the city overnight.",
            "RU-SAR",
            "RU-SAR:saratov",
        ),
        (
            "The ministry said 30 drones were destroyed overnight. Saratov's mayor wrote that "
            "two of them had been destroyed over the city.",
            "RU-SAR",
            "RU-SAR:saratov",
        ),
    ],
)
def test_the_city_of_a_mayor_named_by_its_possessive_is_his_town(
    text: str, region: str, town: str
) -> None:
    report = parse(text, SATURDAY)[-1]
    assert report.reporter == "mayor"
    assert {(c.area_id, c.district_id) for c in report.claims} == {(region, None), (region, town)}
    assert all(c.count == report.total for c in report.claims)
