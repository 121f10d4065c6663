"""News texts whose place is a city the sentence does not spell as one (issue 10): a town hit
named like its region, the speaker's own city, the regional capital. Written for this project
in our own words, grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.test_news_targets import _claims as _claims_on

THURSDAY = date(2026, 5, 14)


def _claims(text: str) -> list:
    """(reporter, total, (area, district, count) of every claim) of each report from Russia's side."""
    return _claims_on(text, THURSDAY)


# --- a bare English name beside damage is the town there, not its region ----------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Air defences downed six drones over the Kursk region during the night, its "
            "governor said. In Kursk, windows were blown out in a block of flats.",
            [("governor", 6, [("RU-KRS", None, 6), ("RU-KRS", "RU-KRS:kursk", None)])],
        ),
        (
            "The Saratov region's governor said four drones were destroyed overnight. Falling "
            "wreckage damaged a garage in Saratov.",
            [("governor", 4, [("RU-SAR", None, 4), ("RU-SAR", "RU-SAR:saratov", None)])],
        ),
    ],
)
def test_a_bare_name_beside_damage_is_the_town(text: str, want: list) -> None:
    assert _claims(text) == want


def test_a_region_written_with_its_head_noun_beside_damage_stays_unclaimed() -> None:
    text = (
        "Six drones were shot down over the Kursk region overnight. Power lines were damaged "
        "in the Belgorod region."
    )
    assert _claims(text) == [("media", 6, [("RU-KRS", None, 6)])]


# --- "the city" in a city that is a region of its own is that region -------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sevastopol's governor said on Friday that five drones had been destroyed over the "
            "Black Sea and above the city.",
            [("governor", 5, [("SEA-BLACK+UA-40", None, 5)])],
        ),
        (
            "Губернатор Севастополя сообщил, что утром над городом уничтожены два беспилотника.",
            [("governor", 2, [("UA-40", None, 2)])],
        ),
    ],
)
def test_the_city_of_a_city_region_is_the_region(text: str, want: list) -> None:
    assert _claims(text) == want


# --- "the regional capital", "над областным центром": the capital of the region in context ----
@pytest.mark.parametrize(
    "text",
    [
        "Two drones were shot down over the regional capital overnight, the Kursk region's "
        "governor said.",
        "Губернатор Курской области сообщил, что ночью над областным центром сбиты два "
        "беспилотника.",
    ],
)
def test_the_regional_capital_is_the_town_the_region_is_named_after(text: str) -> None:
    assert _claims(text) == [("governor", 2, [("RU-KRS", "RU-KRS:kursk", 2), ("RU-KRS", None, 2)])]


def test_a_region_whose_capital_is_no_town_of_its_name_gives_no_town() -> None:
    text = "Губернатор Ленинградской области сообщил, что над областным центром сбит беспилотник."
    assert _claims(text) == [("governor", 1, [("RU-LEN", None, 1)])]


def test_the_capital_alone_is_still_moscow() -> None:
    text = "Над столицей ночью сбиты три беспилотника, сообщил Собянин."
    assert _claims(text) == [("mayor", 3, [("RU-MOW", None, 3)])]


# --- "the city's X district": a town's own district names the town ---------------------------
def test_the_citys_district_is_the_regional_capital_when_no_town_was_named() -> None:
    text = (
        "Two drones were shot down overnight, the Kursk region's governor said. A car was "
        "damaged in the city's Seymsky district."
    )
    assert _claims(text) == [
        ("governor", 2, [("RU-KRS", None, 2), ("RU-KRS", "RU-KRS:kursk", None)])
    ]


# --- a speaker's region of two words ---------------------------------------------------------
def test_a_governor_of_a_region_of_two_words_speaks_for_it() -> None:
    text = "Four drones were shot down overnight, Nizhny Novgorod governor Gleb Nikitin said."
    assert _claims(text) == [("governor", 4, [("RU-NIZ", None, 4)])]
