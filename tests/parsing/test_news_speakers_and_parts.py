"""News that retells several speakers and parts of their figures (issue 10, kinds 4 and 6),
written for this project in our own words, grouped by rule:

- ``sides.split_sides``: two heads of region (or a head and the ministry) joined by ", and" /
  ", и" and a verb of telling each tell their own report ("..., and the Kursk governor said two
  were downed over ...").
- ``pipeline``'s speaker: a head of region named by his name alone ("Voronezh's Alexander
  Gusev said ...") speaks of his own region, whose places his figures fall in.
- ``counts``'s parts: "N of them were shot down over the X district" after a region's figure is
  a part of it, as "N из них сбиты над X районом" is; "the rest over the Y district" is then
  the region's figure less the parts told.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.parsing.conftest import (
    Claims,
    FakePlace,
    claims_by_report,
    resolving,
    with_places,
)

PUBLISHED = date(2025, 5, 12)


def _district(region: str, en: str, ru: str) -> dict[str, list[FakePlace]]:
    """A stand-in district found by its English and Russian adjectives, with its head noun."""
    place = FakePlace("district", f"{region}:{en.lower()}", region, f"{ru} район", en)
    names = (en, f"{en} district", ru, f"{ru} район")
    return {n.lower(): [place] for n in names}


_MORE = {
    **_district("RU-KRS", "Rylsky", "Рыльский"),
    **_district("RU-VOR", "Rossoshansky", "Россошанский"),
    **_district("RU-LIP", "Gryazinsky", "Грязинский"),
    **_district("RU-LIP", "Dankovsky", "Данковский"),
    **_district("RU-LIP", "Yeletsky", "Елецкий"),
}


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    with resolving(with_places(_MORE)):
        yield


def _claims(text: str) -> Claims:
    return claims_by_report(text, PUBLISHED)


_TULA_THREE = [("RU-TUL", None, 3)]
_KURSK_TWO = [("RU-KRS", "RU-KRS:rylsky", 2), ("RU-KRS", None, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Tula governor Dmitry Milyaev said three drones were destroyed over the Tula region, and "
        "the Kursk governor reported two downed over the Rylsky district.",
        "Three drones were shot down over the Tula region, governor Dmitry Milyaev said, and "
        "Kursk governor Alexander Khinshtein added that two were destroyed over the Rylsky "
        "district.",
        "Губернатор Тульской области Дмитрий Миляев сообщил о трёх беспилотниках, сбитых над "
        "регионом, и губернатор Курской области Александр Хинштейн написал о двух, уничтоженных "
        "над Рыльским районом.",
        "Над Тульской областью сбиты три беспилотника, сообщил губернатор Дмитрий Миляев, и глава "
        "Курской области Александр Хинштейн добавил, что два уничтожены над Рыльским районом.",
    ],
)
def test_two_heads_joined_by_and_tell_two_reports(text: str) -> None:
    assert _claims(text) == [_TULA_THREE, _KURSK_TWO]


def test_a_governor_and_the_ministry_joined_by_and_tell_two_reports() -> None:
    text = (
        "Air defences shot down four drones over the Bryansk region, the governor said, and the "
        "ministry said it had downed nine more over the Kursk region."
    )
    assert _claims(text) == [[("RU-BRY", None, 4)], [("RU-KRS", None, 9)]]


def test_and_without_a_second_speaker_joins_nothing() -> None:
    text = (
        "Tula governor Dmitry Milyaev said three drones were destroyed over the Tula region, and "
        "said that nobody was hurt."
    )
    assert _claims(text) == [_TULA_THREE]


@pytest.mark.parametrize(
    "second",
    [
        "Voronezh's Alexander Gusev said four more were shot down in the Rossoshansky district.",
        "Alexander Gusev said four more were shot down in the Rossoshansky district.",
        "Four more were shot down in the Rossoshansky district, Alexander Gusev said.",
    ],
)
def test_a_head_named_by_his_name_speaks_of_his_region(second: str) -> None:
    text = f"Tula governor Dmitry Milyaev reported three drones destroyed over the region. {second}"
    assert _claims(text) == [
        _TULA_THREE,
        [("RU-VOR", "RU-VOR:rossoshansky", 4), ("RU-VOR", None, 4)],
    ]


_LIPETSK_EIGHT = "Governor Igor Artamonov said eight drones were shot down over the Lipetsk region."


@pytest.mark.parametrize(
    ("parts", "rows"),
    [
        (
            "Three of them were downed over the Gryazinsky district, the rest over the Yeletsky "
            "district.",
            [("RU-LIP:gryazinsky", 3), ("RU-LIP:yeletsky", 5)],
        ),
        (
            "One of them was destroyed over the Gryazinsky district, and the rest over the "
            "Dankovsky district.",
            [("RU-LIP:gryazinsky", 1), ("RU-LIP:dankovsky", 7)],
        ),
        (
            "Two of them were intercepted in the Dankovsky district, while the remaining drones "
            "were downed over the Yeletsky district.",
            [("RU-LIP:dankovsky", 2), ("RU-LIP:yeletsky", 6)],
        ),
    ],
)
def test_of_them_over_a_district_is_a_part_and_the_rest_its_remainder(
    parts: str, rows: list[tuple[str, int]]
) -> None:
    want = [("RU-LIP", None, 8)] + [("RU-LIP", d, n) for d, n in rows]
    assert _claims(f"{_LIPETSK_EIGHT} {parts}") == [want]


def test_the_russian_partition_reads_alike() -> None:
    text = (
        "Губернатор Игорь Артамонов сообщил, что над Липецкой областью ночью уничтожены восемь "
        "беспилотников. Три из них сбиты над Грязинским районом, остальные — над Елецким районом."
    )
    assert _claims(text) == [
        [("RU-LIP", None, 8), ("RU-LIP", "RU-LIP:gryazinsky", 3), ("RU-LIP", "RU-LIP:yeletsky", 5)]
    ]


@pytest.mark.parametrize("tula_first", [True, False])
def test_the_order_of_two_heads_leaves_their_reports(tula_first: bool) -> None:
    tula = "Tula's governor Dmitry Milyaev said three drones were destroyed over the Tula region"
    kursk = (
        "Kursk's governor Alexander Khinshtein reported two drones downed over the Rylsky district"
    )
    first, second = (tula, kursk) if tula_first else (kursk, tula)
    assert sorted(_claims(f"{first}, and {second}.")) == sorted([_TULA_THREE, _KURSK_TWO])
