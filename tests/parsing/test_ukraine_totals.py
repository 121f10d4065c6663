"""Ukraine's side: its report's total is the number it says it shot down, never the number
Russia launched, and it never makes a Russian total or claim (our own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

P = date(2025, 6, 2)


def _reports(text: str) -> list[tuple[str, str, int | None, int]]:
    return [(r.reporter, r.country, r.total, len(r.claims)) for r in parse(text, P)]


def test_launched_then_of_which_shot_down() -> None:
    text = (
        "Ukraine's air force said Russia launched 80 drones overnight, 60 of which were shot down."
    )
    assert _reports(text) == [("other", "UA", 60, 0)]


def test_ukrainian_launched_then_part_shot_down() -> None:
    text = "Повітряні сили: у ніч на 2 червня ворог запустив 80 ударних БпЛА, 60 з них збито."
    assert _reports(text) == [("other", "UA", 60, 0)]


def test_russian_retelling_of_the_ukrainian_air_force() -> None:
    text = "Воздушные силы ВСУ заявили, что Россия запустила 80 дронов, 60 из них сбиты."
    assert _reports(text) == [("other", "UA", 60, 0)]


def test_launched_only_is_no_total() -> None:
    text = (
        "Russia's Defence Ministry said 20 drones were destroyed over the Bryansk region overnight. "
        "Ukraine's air force said Russia launched 80 drones at Ukraine overnight."
    )
    assert _reports(text) == [("mod", "RU", 20, 1)]


def test_beside_a_russian_report_the_russian_figures_stand() -> None:
    text = (
        "Russia's Defence Ministry said 20 drones were destroyed over the Bryansk region overnight. "
        "Ukraine's air force said Russia launched 80 drones, 60 of which were shot down."
    )
    assert _reports(text) == [("mod", "RU", 20, 1), ("other", "UA", 60, 0)]


def test_a_side_joined_by_as_or_but_is_its_own_clause() -> None:
    # ", as Kyiv said ...": the first clause stays Russia's, the second is Ukraine's
    for join in ("as", "but"):
        text = (
            "Moscow said its air defences destroyed 30 drones overnight, 12 of them over the "
            f"Kursk region, {join} Kyiv said it shot down 55 of 70 Russian drones."
        )
        assert sorted(_reports(text)) == [("mod", "RU", 30, 1), ("other", "UA", 55, 0)], join


@pytest.mark.parametrize(
    "headline",
    [
        "Russia launches 87 drones at Ukraine overnight, 64 downed, air force says",
        "Russia fires 50 drones at Ukraine, 41 shot down",
        "Russia sends 70 drones against Ukraine overnight; 55 downed",
    ],
)
def test_a_headline_in_the_present_tells_ukraines_side(headline: str) -> None:
    assert {r.country for r in parse(headline, date(2025, 9, 29))} == {"UA"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's air force said Russia sent 90 drones overnight from Millerovo in the Rostov "
        "region. Air defences downed 61 of them.",
        "Kyiv's air force said Russia launched 45 drones from Kursk Oblast and from Yeysk in "
        "Krasnodar Krai. Ukrainian air defences shot down 30 of them, it said.",
        "Повітряні сили: ворог запустив 70 дронів з Брянської області. Збито 52.",
        "Воздушные силы ВСУ заявили, что Россия запустила 70 дронов из района Миллерово Ростовской "
        "области. Сбиты 52 из них.",
    ],
)
def test_a_launch_site_named_before_is_no_place_of_downing(text: str) -> None:
    """The Russian region a launch came from, named a sentence before Ukraine's figure that names
    no place of its own, is where the drones flew from: the figure stays Ukraine's."""
    reports = parse(text, P)
    assert all(r.country == "UA" for r in reports if r.claims or r.total is not None), [
        (r.reporter, r.country, r.total, [(c.area_id, c.count) for c in r.claims]) for r in reports
    ]
    assert not any(c.area_id.startswith("RU-") for r in reports for c in r.claims)


def test_a_russian_region_the_figure_names_is_still_russia() -> None:
    """Ukraine's side goes on only while its sentences name no Russian region of their own."""
    text = (
        "Ukraine's air force said Russia launched 78 drones overnight. Russia's defence ministry "
        "said 20 drones were destroyed over the Bryansk region."
    )
    assert ("mod", "RU", 20, 1) in _reports(text)
