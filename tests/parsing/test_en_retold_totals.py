"""A headline or lede that only retells the statement's total (issue 10), written for this
project in our own words: "Russia says 20 drones destroyed" over the ministry's window and its
rows is one report, the statement's, with its window; never a report of its own with no time
(which had stood first and hidden the window)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

WEDNESDAY = date(2025, 9, 3)


def _ru(text: str) -> list[tuple[int | None, tuple[str, str] | None, list[tuple[str, int | None]]]]:
    """(total, window's hours, region-level rows) of each report from Russia's side."""
    return [
        (
            r.total,
            (r.window.start.strftime("%d %H:%M"), r.window.end.strftime("%d %H:%M"))
            if r.window
            else None,
            [(c.area_id, c.count) for c in r.claims if c.district_id is None],
        )
        for r in parse(text, WEDNESDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia says 20 drones destroyed over Kursk and Bryansk\n\n"
            "Russia's Defence Ministry said late on Tuesday that air defences had destroyed 20 "
            "Ukrainian drones.\n\n"
            '"From 6 p.m. to 10 p.m. Moscow time on September 2, air defence systems destroyed '
            '20 Ukrainian drones: 12 over the Kursk region and eight over the Bryansk region," '
            "the ministry said.",
            [(20, ("02 18:00", "02 22:00"), [("RU-KRS", 12), ("RU-BRY", 8)])],
        ),
        (
            "Russia says 11 Ukrainian drones downed in evening raid\n\n"
            "The Russian Defence Ministry on Tuesday reported shooting down eleven drones "
            "between 7pm and 9pm Moscow time, seven of them over the Smolensk region and four over "
            "the Tula region.",
            [(11, ("02 19:00", "02 21:00"), [("RU-SMO", 7), ("RU-TUL", 4)])],
        ),
        (
            "Минобороны: над двумя регионами сбиты 15 беспилотников\n\n"
            "В Минобороны 2 сентября сообщили, что вечером над регионами сбиты 15 "
            "беспилотников.\n\n"
            "С 19:00 до 22:00 мск 2 сентября дежурными средствами ПВО уничтожены 15 БПЛА: 10 — "
            "над Курской областью, 5 — над Белгородской областью.",
            [(15, ("02 19:00", "02 22:00"), [("RU-KRS", 10), ("RU-BEL", 5)])],
        ),
    ],
)
def test_a_retold_total_with_no_time_is_the_statements(
    text: str, want: list[tuple[int | None, tuple[str, str] | None, list[tuple[str, int | None]]]]
) -> None:
    assert _ru(text) == want


def test_a_total_of_another_night_stays_a_report_of_its_own() -> None:
    text = (
        "On Monday the ministry said 20 drones had been destroyed overnight. From 6 p.m. to 10 "
        "p.m. Moscow time on September 2, air defences destroyed 20 drones: 12 over the Kursk "
        "region and eight over the Bryansk region, the ministry said."
    )
    assert _ru(text) == [
        (20, None, []),
        (20, ("02 18:00", "02 22:00"), [("RU-KRS", 12), ("RU-BRY", 8)]),
    ]
