"""English news forms (issue 10), written for this project in our own words: a republic whose
capital has a name of its own is never its capital ("over Tatarstan's Nizhnekamsk district" is
the republic and its district, not Kazan); "single drones" and "a drone each" over several
places are one over each; a clause "when ..." hung on a past month or year ("since May 2024,
when ...", "с мая 2024 года, когда ...") tells an earlier event and gives no claim."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import (
    Claims,
    FakePlace,
    by_place,
    resolving,
    russian_claims_by_report,
    with_places,
)

DAY = date(2025, 11, 22)

TATARSTAN = {
    "kazan city": [FakePlace("district", "RU-TA:kazan", "RU-TA", "Казань", "Kazan")],
    "казань": [FakePlace("district", "RU-TA:kazan", "RU-TA", "Казань", "Kazan")],
    "nizhnekamsk district": [
        FakePlace("district", "RU-TA:nizhnekamsky", "RU-TA", "Нижнекамский район", "Nizhnekamsky")
    ],
    "almetyevsk district": [
        FakePlace("district", "RU-TA:almetyevsky", "RU-TA", "Альметьевский район", "Almetyevsky")
    ],
}


def _rows(text: str) -> Claims:
    return [by_place(rows) for rows in russian_claims_by_report(text, DAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A drone was downed over Tatarstan's Nizhnekamsk district overnight.",
            [("RU-TA", None, 1), ("RU-TA", "RU-TA:nizhnekamsky", 1)],
        ),
        (
            # (a headline's bare "Drone" is one: ``counts._HEADLINE_ONE_EN``)
            "Drone shot down over Tatarstan's Almetyevsk district",
            [("RU-TA", None, 1), ("RU-TA", "RU-TA:almetyevsky", 1)],
        ),
        (
            "Air defences destroyed two drones over Tatarstan and the Almetyevsk district, the "
            "republic's head said.",
            [("RU-TA", None, 2), ("RU-TA", "RU-TA:almetyevsky", None)],
        ),
    ],
)
def test_a_republic_named_beside_its_district_is_never_its_capital(
    text: str, want: list[tuple[str, str | None, int | None]]
) -> None:
    with resolving(with_places(TATARSTAN)):
        rows = _rows(text)
    assert rows == [by_place(want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Single drones were downed over the Kaluga and Tula regions overnight, the defence "
            "ministry said.",
            [("RU-KLU", None, 1), ("RU-TUL", None, 1)],
        ),
        (
            "A drone each was destroyed over the Kursk and Belgorod regions, the ministry said.",
            [("RU-BEL", None, 1), ("RU-KRS", None, 1)],
        ),
        (
            "The ministry said 12 drones were destroyed over the Bryansk region and single "
            "drones over the Kaluga, Tula and Voronezh regions.",
            [("RU-BRY", None, 12), ("RU-KLU", None, 1), ("RU-TUL", None, 1), ("RU-VOR", None, 1)],
        ),
        (
            "Air defences also shot down single Ukrainian drones over the Smolensk and Rostov "
            "regions.",
            [("RU-ROS", None, 1), ("RU-SMO", None, 1)],
        ),
        (
            "Over the Kursk and Voronezh regions, a drone each was intercepted.",
            [("RU-KRS", None, 1), ("RU-VOR", None, 1)],
        ),
    ],
)
def test_single_drones_over_several_places_are_one_over_each(
    text: str, want: list[tuple[str, str | None, int | None]]
) -> None:
    assert _rows(text) == [by_place(want)]


LEAD_EN = "Two drones were shot down over the Belgorod region overnight, the governor said. "
LEAD_RU = "Над Белгородской областью ночью сбиты два беспилотника, сообщил губернатор. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD_EN + "The region has been a target since May 2024, when five drones were downed "
        "over the Shebekino district.",
        LEAD_EN + "The district was last hit in March, when three drones were shot down over the "
        "Shebekino district.",
        LEAD_EN + "It was the largest attack since last year, when four drones fell in the "
        "Shebekino district.",
        LEAD_EN + "The first attack came two years ago, when a drone was destroyed over the "
        "Shebekino district.",
        LEAD_RU + "Область атакуют с мая 2024 года, когда над Шебекинским округом были сбиты "
        "пять беспилотников.",
        LEAD_RU + "Похожая атака была в прошлом году, когда над Шебекинским округом сбили три "
        "дрона.",
    ],
)
def test_a_clause_when_after_a_past_time_is_an_earlier_event(text: str) -> None:
    assert _rows(text) == [[("RU-BEL", None, 2)]]


def test_a_clause_when_after_this_nights_time_is_the_report() -> None:
    """ "overnight, when ..." (no month, no year) is the night the text tells."""
    text = (
        "The Belgorod region was attacked overnight, when five drones were downed over the "
        "Shebekino district, the governor said."
    )
    assert _rows(text) == [by_place([("RU-BEL", None, 5), ("RU-BEL", "RU-BEL:shebekinsky", 5)])]
