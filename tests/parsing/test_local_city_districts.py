"""A town's own district named with the town's noun (our own wording): "в Октябрьском районе
города Рязани", "в Советском районе г. Брянска" name the town, as "в Ленинском районе Смоленска"
does; "в Левобережном районе города", with no name after it, is the town named before (else
the region's capital). The gazetteer holds no town's districts: such a district is never a
district of the region that shares its adjective."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import fake_districts, fake_towns, resolving, with_places

P = date(2025, 6, 3)


@pytest.fixture(autouse=True)
def towns_and_districts() -> Iterator[None]:
    """Regional capitals and, in each region, a district named like a town's district."""
    more = {
        **fake_towns("RU-RYA", "Рязань"),
        **fake_towns("RU-BRY", "Брянск"),
        **fake_towns("RU-VOR", "Воронеж"),
        **fake_towns("RU-KRS", "Курск"),
        **fake_districts("RU-RYA", "Октябрьский"),
        **fake_districts("RU-BRY", "Советский"),
        **fake_districts("RU-VOR", "Левобережный"),
        **fake_districts("RU-KRS", "Железнодорожный"),
    }
    with resolving(with_places(more)):
        yield


def _districts(text: str) -> set[str]:
    (report,) = parse(text, P)
    return {c.district_id for c in report.claims if c.district_id}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Губернатор Рязанской области: ночью сбиты три беспилотника. Обломки упали в "
            "Октябрьском районе города Рязани.",
            "RU-RYA:рязань",
        ),
        (
            "Над Брянской областью уничтожены два БПЛА. В Советском районе г. Брянска обломками "
            "повреждена крыша гаража.",
            "RU-BRY:брянск",
        ),
        (
            "Над Рязанской областью сбито 7 БПЛА. Обломки упали на территории Рязани, в "
            "Октябрьском районе города повреждены окна жилого дома.",
            "RU-RYA:рязань",
        ),
        (
            "Над Воронежской областью сбиты 2 беспилотника. В Левобережном районе города "
            "Воронежа обломками повреждено остекление.",
            "RU-VOR:воронеж",
        ),
        (
            "Курская область. Ночью сбиты 3 БПЛА, над Курском ещё один. В Железнодорожном "
            "округе города обломками повреждена крыша.",
            "RU-KRS:курск",
        ),
    ],
)
def test_a_district_of_a_town_names_the_town(text: str, town: str) -> None:
    assert _districts(text) == {town}


def test_a_district_of_the_region_stays_the_district() -> None:
    text = "Над Рязанской областью сбиты 3 БПЛА. Обломки упали в Октябрьском районе."
    assert _districts(text) == {"RU-RYA:октябрьский"}


# --- a district set off by a comma right after its town ("в Брянске, в Советском районе, ...")
def test_a_district_apposed_to_a_town_is_the_towns_own() -> None:
    text = (
        "Над Брянской областью уничтожены два БПЛА. В Брянске, в Советском районе, обломками "
        "посечены фасады двух домов."
    )
    assert _districts(text) == {"RU-BRY:брянск"}


def test_a_district_in_a_clause_of_its_own_after_the_town_stays_the_regions() -> None:
    text = "В Брянске сбиты два беспилотника, в Советском районе обломки повредили сарай."
    assert _districts(text) == {"RU-BRY:брянск", "RU-BRY:советский"}
