"""An attempt's drones, all of them downed over one place named after it, a later clock in
English, and an attack on a place repelled in the passive (issue 10). Written for this project in our own words; grouped by the rule about the
language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import Totals, report_totals

TUESDAY = date(2024, 8, 13)


def _rows(text: str) -> list[Totals]:
    """(total, region-level rows) of each report from Russia's side."""
    return report_totals(text, TUESDAY)


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
            "Overnight the military foiled an attempt to carry out a terrorist attack with seven "
            "UAVs on targets in Crimea. All the UAVs were destroyed over the Black Sea.",
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
    text: str, rows: list[Totals]
) -> None:
    assert _rows(text) == rows


def test_an_attack_with_drones_over_the_place_it_names_keeps_its_figure() -> None:
    # (a guard: the attempt's one place, all of its drones downed there)
    text = (
        "An attempt to carry out a terrorist attack with five drones on facilities in the Kursk "
        "region was thwarted. All the drones were destroyed over the Kursk region."
    )
    assert _rows(text) == [(5, [("RU-KRS", 5)])]


def test_a_place_of_another_clause_after_all_destroyed_has_no_figure_of_its_own() -> None:
    # where debris fell, or where no one was hurt, is no place the drones were downed over: the
    # attempt's figure stays its region's, the district named without one
    for clause in (
        "обломки упали на территории Шебекинского округа",
        "пострадавших в Шебекинском округе нет",
    ):
        text = (
            "Пресечена попытка атаки с применением трех БПЛА на объекты Белгородской области. "
            f"Все беспилотники уничтожены, {clause}."
        )
        (report,) = parse(text, TUESDAY)
        # (the district's id is the gazetteer's: whether it is named, and with what figure)
        rows = [(c.area_id, c.district_id is not None, c.count) for c in report.claims]
        assert (report.total, rows) == (3, [("RU-BEL", False, 3), ("RU-BEL", True, None)])


# --- an English clock with "a.m." or "p.m." is when the sentence's drones were downed ---------
def _windows(text: str) -> list[tuple[str, str] | None]:
    """Each Russian report's window as (start, end) clock times, or None."""
    return [
        (r.window.start.strftime("%H:%M"), r.window.end.strftime("%H:%M")) if r.window else None
        for r in parse(text, TUESDAY)
        if r.country == "RU"
    ]


def test_a_later_clock_without_moscow_time_is_a_report_of_its_own() -> None:
    text = (
        "At about 9:10 a.m. Moscow time, a drone was destroyed over the Kursk region, the "
        "ministry said. One more drone was brought down over the Belgorod region at 3:25 p.m., "
        "it said in a second statement."
    )
    assert _windows(text) == [("09:10", "09:10"), ("15:25", "15:25")]
    assert _rows(text) == [(1, [("RU-KRS", 1)]), (1, [("RU-BEL", 1)])]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("At 4:45 p.m. two drones were destroyed over the Bryansk region.", ("16:45", "16:45")),
        ("Two drones were shot down over the Tula region at about 11 a.m.", ("11:00", "11:00")),
        # the time the words were posted, and a time in another zone, are no window
        (
            "Three drones were downed over the Tula region, the governor posted on Telegram at "
            "2:40 a.m.",
            None,
        ),
        ("A drone was downed over the Kursk region at 4:30 a.m. local time.", None),
    ],
)
def test_an_english_clock_is_the_figures_time(text: str, window: tuple[str, str] | None) -> None:
    assert _windows(text) == [window]


# --- "an attack on X had been repelled": the place the attack was on, no figure ---------------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 30 drones were downed overnight. The governor of the Samara region "
        "said an attack on Syzran had been repelled but did not say how many drones were "
        "involved.",
        "The ministry said 30 drones were downed overnight. The Samara governor said attacks on "
        "Syzran were repelled.",
        "The ministry said 30 drones were downed overnight. The Samara governor said an attack "
        "on the city of Syzran was thwarted.",
    ],
)
def test_a_place_whose_attack_was_repelled_is_named(text: str) -> None:
    reports = parse(text, TUESDAY)
    assert [(c.area_id, c.district_id, c.count) for c in reports[-1].claims] == [
        ("RU-SAM", "RU-SAM:syzran", None),
        ("RU-SAM", None, None),
    ]


def test_attacks_repelled_with_no_place_name_none() -> None:
    text = "The ministry said 30 drones were downed overnight. Two drone attacks were repelled."
    assert [[c.area_id for c in r.claims] for r in parse(text, TUESDAY)] == [[]]
