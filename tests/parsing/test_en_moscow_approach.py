"""English news of the mayor's figures (issue 10): drones downed "on approach to Moscow", "on
their approach to the capital", "on the way to Moscow" are drones bound for the city, the
English of "на подлёте к Москве" (``vocab.TARGET_RE``): a headline that tells them so and a lede
that tells the same drones "flying toward the capital" are one figure, never two (the
headline's 18 had been a figure over Moscow beside the lede's 18 bound for it: 36). Written for
this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

WEDNESDAY = date(2025, 5, 7)


def _read(text: str) -> list[tuple[str, list[tuple[str, int | None]], int | None]]:
    return [
        (r.reporter, [(c.area_id, c.count) for c in r.claims], r.total)
        for r in parse(text, WEDNESDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        (
            "Sobyanin says 14 drones downed on approach to Moscow",
            "Moscow Mayor Sergei Sobyanin said air defences shot down 14 drones flying toward "
            "the Russian capital overnight.",
        ),
        (
            "Fourteen drones shot down on the approach to Moscow, mayor says",
            "Air defences destroyed 14 drones heading for Moscow overnight, Mayor Sergei "
            "Sobyanin said.",
        ),
        (
            "Moscow mayor: 14 drones destroyed on the way to Moscow",
            "Sergei Sobyanin said on Wednesday that 14 drones flying toward Moscow had been "
            "shot down overnight.",
        ),
        (
            "Sobyanin says 14 drones downed on approach to Moscow",
            "The mayor said air defence units had destroyed 14 drones that were heading for the "
            "capital.",
        ),
    ],
)
def test_the_headline_and_the_lede_tell_one_figure(headline: str, lede: str) -> None:
    assert _read(f"{headline}\n\n{lede}") == [("mayor", [("RU-MOW", 14)], 14)]


def test_another_city_approached_is_still_its_place() -> None:
    text = "Governor Alexander Gusev said three drones were downed on approach to Voronezh."
    assert [c.area_id for r in parse(text, WEDNESDAY) for c in r.claims] == ["RU-VOR"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said five drones were downed on approach to the Moscow region overnight.",
        "Five drones were shot down on the way to the Moscow region, the ministry said.",
    ],
)
def test_the_moscow_region_approached_is_its_place(text: str) -> None:
    # the region, never the city's target nor no place at all
    assert _read(text) == [("mod", [("RU-MOW+RU-MOS", 5)], 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Three drones were downed on approach to the capital of Chuvashia, its head said.",
        "Three drones heading for the capital of Tatarstan were shot down, its head said.",
    ],
)
def test_another_region_s_capital_is_no_target_of_moscow(text: str) -> None:
    assert [c.area_id for r in parse(text, WEDNESDAY) for c in r.claims] == []
