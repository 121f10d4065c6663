"""Issue 10: the places "under attack" after the verb are named as the attacked places are,
whatever the aspect and the number of the noun: "Атакам подвергались Рыльский и Льговский
районы" as "Атаке подверглись ..." (the places where drones hit or fell, no figure each).

Posts written for these tests in our own words; the places are stand-ins of this file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.parsing.conftest import fake_districts, report_rows, resolving, with_places


@pytest.fixture(autouse=True)
def _places() -> Iterator[None]:
    more = {
        **fake_districts("RU-KRS", "Рыльский", "Глушковский", "Льговский", "Курчатовский"),
        **fake_districts("RU-BEL", "Валуйский", "Белгородский"),
    }
    with resolving(with_places(more)):
        yield


def _named(region: str, *adjs: str) -> list[tuple]:
    return sorted((region, f"{region}:{a.lower()}", None) for a in adjs)


@pytest.mark.parametrize(
    ("text", "region", "figure", "adjs"),
    [
        (
            "За сутки над Курской областью сбиты 27 беспилотников. Атакам подвергались "
            "Рыльский, Глушковский и Льговский районы.",
            "RU-KRS",
            27,
            ("Рыльский", "Глушковский", "Льговский"),
        ),
        (
            "Над Курской областью ночью уничтожены 12 БПЛА. Атакам беспилотников подвергались "
            "Курчатовский и Рыльский районы.",
            "RU-KRS",
            12,
            ("Курчатовский", "Рыльский"),
        ),
        (
            "Над Белгородской областью сбиты 9 дронов. Атакам украинских дронов подверглись "
            "Валуйский и Белгородский округа.",
            "RU-BEL",
            9,
            ("Валуйский", "Белгородский"),
        ),
        (
            "За ночь над Курской областью сбиты 5 беспилотников. Атаке подвергались Льговский "
            "и Глушковский районы.",
            "RU-KRS",
            5,
            ("Льговский", "Глушковский"),
        ),
    ],
)
def test_places_under_attacks_are_named(
    text: str, region: str, figure: int, adjs: tuple[str, ...]
) -> None:
    assert report_rows(text) == [(region, None, figure), *_named(region, *adjs)]
