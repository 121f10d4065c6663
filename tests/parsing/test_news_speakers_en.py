"""English news: whose words a figure is, and which place "the city" in them is (issue 10).
Written for this project in our own words; grouped by the rule about the language each one
decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import FakePlace, resolving, with_places

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


# --- a region's bare name beside a district of it is its capital ------------------------------
_TOWNS = {
    "belgorod city": [FakePlace("district", "RU-BEL:belgorod", "RU-BEL", "Белгород", "Belgorod")],
    "voronezh city": [FakePlace("district", "RU-VOR:voronezh", "RU-VOR", "Воронеж", "Voronezh")],
    "liskinsky district": [
        FakePlace("district", "RU-VOR:liskinsky", "RU-VOR", "Лискинский район", "Liskinsky")
    ],
}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The governor said a dozen drones had been brought down over Voronezh and the "
            "Liskinsky district.",
            [("RU-VOR", None, 12), ("RU-VOR", "RU-VOR:liskinsky", None),
             ("RU-VOR", "RU-VOR:voronezh", None)],
        ),
        (
            "Two drones were shot down over Belgorod and the Shebekino district.",
            [("RU-BEL", None, 2), ("RU-BEL", "RU-BEL:belgorod", None),
             ("RU-BEL", "RU-BEL:shebekinsky", None)],
        ),
        (
            "Drones were downed over the Belgorod district and Belgorod, the governor said.",
            [("RU-BEL", None, None), ("RU-BEL", "RU-BEL:belgorod", None),
             ("RU-BEL", "RU-BEL:belgorodsky", None)],
        ),
        # alone, the bare name stays the region
        ("Two drones were shot down over Voronezh overnight.", [("RU-VOR", None, 2)]),
        # and so does a name of a list of regions
        (
            "Six drones were downed over the Kursk and Belgorod regions and the Shebekino "
            "district.",
            [("RU-KRS", None, None), ("RU-BEL", None, None),
             ("RU-BEL", "RU-BEL:shebekinsky", None)],
        ),
    ],
)  # fmt: skip
def test_a_regions_bare_name_beside_its_district_is_its_capital(
    text: str, rows: list[tuple[str, str | None, int | None]]
) -> None:
    with resolving(with_places(_TOWNS)):
        (report,) = parse(text, SATURDAY)
    assert (
        sorted(
            ((c.area_id, c.district_id, c.count) for c in report.claims), key=lambda r: r[1] or ""
        )
        == rows
    )


# --- speakers joined by "and" as the subject of one verb of saying: the one of highest rank ----
@pytest.mark.parametrize(
    "text",
    [
        "Air defences downed two drones over the Kursk region and one over the Belgorod region "
        "overnight, regional authorities and the Defence Ministry said.",
        "Two drones were downed over the Kursk region and one over the Belgorod region, the "
        "Defence Ministry and the regional governor said.",
        "The governor and the Defence Ministry said two drones were downed over the Kursk region "
        "and one over the Belgorod region.",
        "Two drones were downed over the Kursk region and one over the Belgorod region, according "
        "to local officials and Russia's defence ministry.",
        "Над Курской областью сбиты два беспилотника, над Белгородской — один, сообщили "
        "губернатор и Минобороны России.",
    ],
)
def test_speakers_joined_by_and_are_the_ministry_when_it_is_one_of_them(text: str) -> None:
    (report,) = parse(text, SATURDAY)
    assert (report.reporter, [(c.area_id, c.count) for c in report.claims]) == (
        "mod",
        [("RU-KRS", 2), ("RU-BEL", 1)],
    )


def test_two_speakers_each_with_a_verb_of_their_own_are_two_reports() -> None:
    text = (
        "The governor said two drones were downed over the Kursk region. The Defence Ministry "
        "said five were destroyed over the Kursk region overnight."
    )
    assert [r.reporter for r in parse(text, SATURDAY)] == ["governor", "mod"]
