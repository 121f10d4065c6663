"""An attempt's drones, all of them downed over one place named after it, and a later clock in
English (issue 10). Written for this project in our own words; grouped by the rule about the
language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

TUESDAY = date(2024, 8, 13)


def _rows(text: str) -> list[tuple[int | None, list[tuple[str, int | None]]]]:
    """(total, region-level rows) of each report from Russia's side."""
    return [
        (r.total, [(c.area_id, c.count) for c in r.claims if c.district_id is None])
        for r in parse(text, TUESDAY)
        if r.country == "RU"
    ]


# --- all of an attempt's drones downed over a place named without a figure -------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Пресечена попытка атаки с применением семи беспилотников на объекты в Крыму. Все "
            "беспилотники уничтожены над акваторией Черного моря.",
            [(7, [("SEA-BLACK", 7)])],
        ),
        (
            "Пресечена попытка атаки с применением трех БПЛА на объекты Курской области. Все "
            "беспилотники уничтожены над Белгородской областью.",
            [(3, [("RU-BEL", 3)])],
        ),
        (
            # "an attack with N" names the drones an attempt was made with, as "using N" does
            "An attempt by the Kiev regime to carry out a terrorist attack with seven unmanned "
            "aerial vehicles against facilities in Crimea was thwarted. All the UAVs were "
            "destroyed over the Black Sea.",
            [(7, [("SEA-BLACK", 7)])],
        ),
        (
            "An attempt to carry out a terrorist attack with four drones on facilities in the "
            "Kursk region was foiled. All of them were shot down over the Bryansk region.",
            [(4, [("RU-BRY", 4)])],
        ),
    ],
)
def test_all_of_an_attempts_drones_downed_over_a_place_are_its_figure(
    text: str, rows: list[tuple[int | None, list[tuple[str, int | None]]]]
) -> None:
    assert _rows(text) == rows


def test_an_attack_with_drones_over_the_place_it_names_keeps_its_figure() -> None:
    # (a guard: the attempt's one place, all of its drones downed there)
    text = (
        "An attempt to carry out a terrorist attack with five drones on facilities in the Kursk "
        "region was thwarted. All the drones were destroyed over the Kursk region."
    )
    assert _rows(text) == [(5, [("RU-KRS", 5)])]
