"""English news forms (issue 10), written for this project in our own words: a governor named
"of Russia's Belgorod region" or "of Russia's southern Rostov region" speaks for that region;
"the republic's head" is a governor; a partial quote that closes on a figure ('shot down "more
than a dozen" Ukrainian drones') leaves the figure its drone noun; a lede that retells the
statement's total with a vaguer time holding the statement's window ("on Saturday evening"
over "between 8 p.m. and midnight") is no report of its own."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SATURDAY = date(2025, 11, 22)

Rows = list[tuple[str, int | None, str]]


def _reports(text: str) -> list[tuple[str, int | None, Rows]]:
    """(reporter, total, region-level rows with qualifiers) of each report from Russia's side."""
    return [
        (
            r.reporter,
            r.total,
            [(c.area_id, c.count, c.qualifier) for c in r.claims if c.district_id is None],
        )
        for r in parse(text, SATURDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "area", "n"),
    [
        (
            "The governor of Russia's Belgorod region said air defences had destroyed nine "
            "drones overnight.",
            "RU-BEL",
            9,
        ),
        (
            "The governor of Russia's southwestern Kursk region told reporters that 14 drones "
            "had been destroyed overnight.",
            "RU-KRS",
            14,
        ),
        (
            "The head of Russia's Mordovia republic said two drones were downed overnight.",
            "RU-MO",
            2,
        ),
        (
            "The governor of Russia’s western Bryansk region wrote on Telegram that 31 drones "
            "were brought down.",
            "RU-BRY",
            31,
        ),
        (
            "The governor of Russia's southern Rostov region said five drones were shot down "
            "overnight.",
            "RU-ROS",
            5,
        ),
    ],
)
def test_a_governor_of_a_region_after_its_country_speaks_for_it(
    text: str, area: str, n: int
) -> None:
    assert _reports(text) == [("governor", n, [(area, n, "exact")])]


@pytest.mark.parametrize(
    "text",
    [
        "A drone was destroyed over the Almetyevsk district on Wednesday morning, the press "
        "service of the republic's head said.",
        "One drone was shot down over the Almetyevsk district, the republic’s head wrote.",
    ],
)
def test_the_republics_head_is_its_governor(text: str) -> None:
    reports = [r for r in parse(text, SATURDAY) if r.country == "RU"]
    assert [(r.reporter, r.total) for r in reports] == [("governor", 1)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Air defences had shot down "more than a dozen" Ukrainian drones over the Smolensk '
            "region, the governor said.",
            ("RU-SMO", 12, "at_least"),
        ),
        (
            'Air defences destroyed "at least seven" enemy drones over the Bryansk region, the '
            "governor said.",
            ("RU-BRY", 7, "at_least"),
        ),
        (
            "The mayor said “three” attack drones had been shot down over the Kursk region.",
            ("RU-KRS", 3, "exact"),
        ),
        (
            'The governor said "about 20" long-range drones were downed over the Voronezh region.',
            ("RU-VOR", 20, "approx"),
        ),
        (
            "Губернатор сообщил, что над Курской областью сбиты «более десяти» украинских "
            "беспилотников.",
            ("RU-KRS", 10, "at_least"),
        ),
    ],
)
def test_a_partial_quote_closing_on_a_figure_keeps_its_drone_noun(
    text: str, want: tuple[str, int, str]
) -> None:
    [(_who, total, rows)] = _reports(text)
    assert (total, rows) == (want[1], [want])


STATEMENT = (
    "\n\nBetween {start} and midnight Moscow time on Friday, air defence systems destroyed 12 "
    "Ukrainian drones: seven over the Kursk region and five over the Tula region, the ministry "
    "said on Telegram."
)


@pytest.mark.parametrize(
    ("lede", "start"),
    [
        (
            "Russia's defence ministry says it shot down 12 Ukrainian drones over two regions on "
            "Friday evening.",
            "8pm",
        ),
        ("Russia says 12 drones were destroyed on Friday evening.", "9 p.m."),
        (
            "The defence ministry said air defences downed 12 drones over the Kursk and Tula "
            "regions on Friday evening.",
            "7:30 p.m.",
        ),
    ],
)
def test_a_lede_with_a_vaguer_time_retells_the_statement(lede: str, start: str) -> None:
    text = lede + STATEMENT.format(start=start)
    reports = [r for r in parse(text, SATURDAY) if r.country == "RU"]
    assert [(r.reporter, r.total, r.window is not None) for r in reports] == [("mod", 12, True)]
    [r] = reports
    assert r.window is not None
    assert (r.window.start.hour, r.window.end.hour, r.window.end.day) == (
        int(start.split(":")[0].rstrip("apm. ")) + 12,
        0,
        22,
    )


def test_a_lede_of_another_time_is_its_own_report() -> None:
    """A lede whose time does not hold the statement's ("on Friday evening" before the night's
    window) stays a report of its own."""
    text = (
        "The ministry said it destroyed 12 drones on Friday evening.\n\nBetween 11 p.m. on "
        "Friday and 7 a.m. on Saturday, air defences destroyed 12 drones: eight over the "
        "Bryansk region and four over the Tula region, the ministry said."
    )
    assert [r.total for r in parse(text, SATURDAY) if r.country == "RU"] == [12, 12]
