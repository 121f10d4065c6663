"""English news and translated ministry statements (issue 10), written for this project in our
own words, grouped by the structure each case reads: drones jammed that "crashed in" a place
(the place of their figure, as "подавлен средствами РЭБ и упал на территории X" is); a tally
since the year, the month or the week began (a recap, as "с начала года" is), a superlative
before "since" (a comparison, no tally) and a war's tally listed with other arms (no report); a
quoted window's undated hours the lede dated, a headline that adds up the body's windows, and a
place a drone struck (no place of an interception, as "атакой FPV-дрона повреждена ЛЭП" is not)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import (
    FakePlace,
    claims_by_report,
    fake_districts,
    resolving,
    with_places,
)

PUBLISHED = date(2023, 9, 20)

_MOSCOW_OBLAST = FakePlace("region", "RU-MOS", None, "Московская область", "Moscow Oblast")
_MORE = {
    # (TASS's "the Moscow Region" of an urban district is the oblast, as the real gazetteer reads)
    "moscow region": [_MOSCOW_OBLAST],
    **fake_districts("RU-MOS", "Naro-Fominsky", "Odintsovsky"),
    **fake_districts("RU-BRY", "Klintsovsky", "Starodubsky"),
    **fake_districts("RU-KLU", "Lyudinovsky"),
    "naro-fominsky urban district": fake_districts("RU-MOS", "Naro-Fominsky")["naro-fominsky"],
    "odintsovsky urban district": fake_districts("RU-MOS", "Odintsovsky")["odintsovsky"],
    "klintsovsky district": fake_districts("RU-BRY", "Klintsovsky")["klintsovsky"],
    "starodubsky district": fake_districts("RU-BRY", "Starodubsky")["starodubsky"],
    "lyudinovsky district": fake_districts("RU-KLU", "Lyudinovsky")["lyudinovsky"],
}


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    with resolving(with_places(_MORE)):
        yield


# ---------------------------------------------------------------- jammed, then came down in X


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Four drones were jammed by electronic warfare and crashed in the Odintsovsky urban"
            " district of the Moscow Region.",
            [("RU-MOS", "RU-MOS:odintsovsky", 4), ("RU-MOS", None, 4)],
        ),
        (
            "Two UAVs were suppressed by electronic warfare systems, lost control and crashed in"
            " the Naro-Fominsky urban district.",
            [("RU-MOS", "RU-MOS:naro-fominsky", 2), ("RU-MOS", None, 2)],
        ),
        (
            "One drone was neutralised by electronic warfare means and fell in the Starodubsky"
            " district.",
            [("RU-BRY", "RU-BRY:starodubsky", 1), ("RU-BRY", None, 1)],
        ),
        (
            "Six drones were suppressed by radio-electronic warfare and came down in the Kursk"
            " Region.",
            [("RU-KRS", None, 6)],
        ),
        (
            "Seven drones were jammed by electronic warfare and then crashed near the village of"
            " Tovarkovo in the Lyudinovsky district of the Kaluga Region.",
            [("RU-KLU", "RU-KLU:lyudinovsky", 7), ("RU-KLU", None, 7)],
        ),
    ],
)
def test_jammed_drones_crashed_in_a_place(
    text: str, want: list[tuple[str, str | None, int]]
) -> None:
    assert claims_by_report(text, PUBLISHED) == [want]


def test_more_jammed_after_a_region_are_their_own_place() -> None:
    text = (
        "Five UAVs were destroyed by on-duty air defence systems over the Kaluga Region. Three"
        " more were suppressed by electronic warfare means and crashed in the Naro-Fominsky urban"
        " district of the Moscow Region."
    )
    assert claims_by_report(text, PUBLISHED) == [
        [("RU-KLU", None, 5), ("RU-MOS", "RU-MOS:naro-fominsky", 3), ("RU-MOS", None, 3)]
    ]


def test_more_jammed_crashed_in_a_part_of_a_region() -> None:
    # a part of the region by a point of the compass is the region
    text = (
        "Five UAVs were destroyed by on-duty air defence systems over the Kaluga Region. Three"
        " more were suppressed by electronic warfare means and crashed in the southeastern part"
        " of the Kursk Region without reaching their targets."
    )
    assert claims_by_report(text, PUBLISHED) == [[("RU-KLU", None, 5), ("RU-KRS", None, 3)]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # debris is no drone: where it fell is damage, not the figure's place
        (
            "Three drones were shot down over the Bryansk Region and debris fell in the Klintsovsky"
            " district.",
            [("RU-BRY", None, 3), ("RU-BRY", "RU-BRY:klintsovsky", None)],
        ),
        # a place of their own downing comes first: the place they fell is that place's part
        (
            "Two drones were destroyed over the Lyudinovsky district and crashed in a field.",
            [("RU-KLU", "RU-KLU:lyudinovsky", 2), ("RU-KLU", None, 2)],
        ),
    ],
)
def test_came_down_never_moves_a_placed_figure(
    text: str, want: list[tuple[str, str | None, int | None]]
) -> None:
    assert claims_by_report(text, PUBLISHED) == [want]


# ---------------------------------------------------------------- "since the start of ..."

#: A report as these tests compare it: (total, night, period, region-level rows).
Summary = tuple[int | None, date | None, str | None, list[tuple[str, int | None]]]


def _summaries(text: str) -> list[Summary]:
    return [
        (r.total, r.night_of, r.period, [(c.area_id, c.count) for c in r.claims])
        for r in parse(text, PUBLISHED)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Since the start of the year, air defences have destroyed 1,200 drones over the"
            " Belgorod region, the governor said.",
            [(1200, None, "year", [("RU-BEL", 1200)])],
        ),
        (
            "The region's emergency headquarters said more than 300 drones had been shot down over"
            " the Krasnodar Region since the beginning of this year.",
            [(300, None, "year", [("RU-KDA", 300)])],
        ),
        (
            "Some 85 drones have been downed over the Kursk region since the start of the month,"
            " the acting governor wrote.",
            [(85, None, "month", [("RU-KRS", 85)])],
        ),
        (
            "Since the beginning of the week, air defences have downed 64 drones over the Bryansk region.",
            [(64, None, "week", [("RU-BRY", 64)])],
        ),
        (
            "Nine drones were shot down over the Voronezh region overnight, the governor said. He"
            " added that 410 had been destroyed over the region since the start of 2023.",
            [
                (9, date(2023, 9, 20), None, [("RU-VOR", 9)]),
                (410, None, "year", [("RU-VOR", 410)]),
            ],
        ),
    ],
)
def test_a_tally_since_the_year_or_month_began_is_a_recap(text: str, want: list[Summary]) -> None:
    assert _summaries(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Air defences downed 112 drones over the Bryansk region overnight in the largest"
            " attack since the start of the war, the ministry said.",
            [(112, date(2023, 9, 20), None, [("RU-BRY", 112)])],
        ),
        (
            "The ministry said 42 drones were destroyed over Crimea overnight in one of the"
            " biggest raids since the beginning of the year.",
            [(42, date(2023, 9, 20), None, [("UA-43", 42)])],
        ),
        (
            "In the heaviest attack on the region since the start of the conflict, 27 drones were"
            " shot down over the Kursk region overnight.",
            [(27, date(2023, 9, 20), None, [("RU-KRS", 27)])],
        ),
        (
            "Sixteen drones were shot down over the Belgorod region on Tuesday, the most in a"
            " single day since the start of the summer.",
            [(16, None, None, [("RU-BEL", 16)])],
        ),
    ],
)
def test_a_superlative_since_is_a_comparison_not_a_tally(text: str, want: list[Summary]) -> None:
    assert _summaries(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "In all, Russian forces have destroyed 655 aircraft, 283 helicopters, 41,208 unmanned"
        " aerial vehicles, 596 air defence systems and 22,437 tanks since the start of the"
        " special military operation, according to the ministry.",
        "In total, the army has destroyed 640 planes, 280 helicopters, 38,000 drones and 21,000"
        " armoured vehicles since the beginning of the operation.",
        "Overall, 600 aircraft, 270 helicopters, 30,115 UAVs and 19,800 tanks have been destroyed"
        " since the start of the war, the ministry said.",
    ],
)
def test_a_tally_of_the_war_listed_with_other_arms_is_no_report(text: str) -> None:
    assert _summaries(text) == []


# ---------------------------------------------------------------- windows a headline adds up

#: A report as these tests compare it: (total, window's start and end, region-level rows).
Windowed = tuple[int | None, tuple[str, str] | None, list[tuple[str, int | None]]]


def _windowed(text: str, published: date) -> list[Windowed]:
    return [
        (
            r.total,
            (f"{r.window.start:%d %H:%M}", f"{r.window.end:%d %H:%M}") if r.window else None,
            [(c.area_id, c.count) for c in r.claims if c.district_id is None],
        )
        for r in parse(text, published)
        if r.country == "RU"
    ]


_TWO_WAVES = (
    "MOSCOW, March 3. Russian air defence systems destroyed ten Ukrainian drones between 8:00 p.m."
    " and 11:00 p.m. Moscow time on March 2, and another 20 between 11:00 p.m. on March 2 and 7:00"
    ' a.m. on March 3, the Defence Ministry said.\n\n"Between 8:00 p.m. and 11:00 p.m. Moscow'
    " time, on-duty air defence systems destroyed ten Ukrainian drones: six over the Bryansk"
    ' Region and four over the Kursk Region," the ministry said.\n\n"Between 11:00 p.m. and 7:00'
    " a.m., 20 drones were intercepted: 15 over the Belgorod Region and five over the Voronezh"
    ' Region," the ministry added.'
)
_TWO_WAVES_READ = [
    (10, ("02 20:00", "02 23:00"), [("RU-BRY", 6), ("RU-KRS", 4)]),
    (20, ("02 23:00", "03 07:00"), [("RU-BEL", 15), ("RU-VOR", 5)]),
]


def test_a_quoted_window_the_lede_dated_is_that_window() -> None:
    # the quote's "Between 8:00 p.m. and 11:00 p.m." names no day: it is the lede's 2 March
    # evening, never the evening of the day the text was published
    assert _windowed(_TWO_WAVES, date(2026, 3, 3)) == _TWO_WAVES_READ


@pytest.mark.parametrize(
    "headline",
    [
        "Air defences destroy 30 drones in two waves over Russian regions",
        "Russia says 30 Ukrainian drones downed in evening and overnight attacks",
        "Thirty drones shot down over four Russian regions - MoD",
    ],
)
def test_a_headline_adding_the_windows_is_no_total_of_the_first(headline: str) -> None:
    assert _windowed(f"{headline}\n\n{_TWO_WAVES}", date(2026, 3, 3)) == _TWO_WAVES_READ


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Air defences down 17 drones over Russia in daytime\n\nMOSCOW, May 9. Russian air"
            " defences shot down 12 drones between 8:00 a.m. and 2:00 p.m. Moscow time on"
            ' Saturday, the Defence Ministry said. "On May 9, between 8:00 a.m. and 2:00 p.m.'
            " Moscow time, on-duty air defence systems destroyed 12 drones: seven over the"
            ' Bryansk Region and five over the Kursk Region," it said.\n\nLater, the ministry'
            " said another five drones had been destroyed between 2:00 p.m. and 8:00 p.m.: three"
            " over the Belgorod Region and two over the Voronezh Region.",
            [
                (12, ("09 08:00", "09 14:00"), [("RU-BRY", 7), ("RU-KRS", 5)]),
                (5, ("09 14:00", "09 20:00"), [("RU-BEL", 3), ("RU-VOR", 2)]),
            ],
        ),
        (
            # a headline figure that is not the sum stays the first report's total
            "Air defences down 20 drones over Russia in daytime\n\nMOSCOW, May 9. Between 8:00"
            " a.m. and 2:00 p.m. Moscow time on Saturday, air defence systems destroyed 20"
            " drones, including seven over the Bryansk Region and five over the Kursk Region,"
            " the Defence Ministry said.\n\nLater, the ministry said another five drones had"
            " been destroyed between 2:00 p.m. and 8:00 p.m.: three over the Belgorod Region and"
            " two over the Voronezh Region.",
            [
                (20, ("09 08:00", "09 14:00"), [("RU-BRY", 7), ("RU-KRS", 5)]),
                (5, ("09 14:00", "09 20:00"), [("RU-BEL", 3), ("RU-VOR", 2)]),
            ],
        ),
    ],
)
def test_a_day_headline_over_two_windows(text: str, want: list[Windowed]) -> None:
    assert _windowed(text, date(2026, 5, 9)) == want


# ---------------------------------------------------------------- a drone that struck a place


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian drone struck an oil depot in the Klintsovsky district overnight, setting a"
        " fuel tank on fire, the governor said.",
        "As a result of the drone hitting the site of a plant in the Starodubsky district, a"
        " fire broke out, the governor wrote.",
        "Drones slammed into a warehouse in the Klintsovsky district overnight, the governor said.",
        "Two people were hurt when a drone hit a car near the village of Lomakovka in the"
        " Klintsovsky district, the governor said.",
        "A drone had crashed into a garage in the Starodubsky district, the governor said.",
    ],
)
def test_a_place_a_drone_struck_is_no_place_of_an_interception(text: str) -> None:
    # (air defence at work over another region after it: no place of the drones downed either)
    later = " Earlier, air defences shot down drones over the neighbouring Kursk Region."
    rows = [row for rows in claims_by_report(text + later, PUBLISHED) for row in rows]
    assert rows == [("RU-KRS", None, None)]


def test_beside_drones_downed_a_place_one_struck_is_no_row() -> None:
    text = (
        "Six drones were shot down over the Bryansk Region during the day, the governor said."
        " Two people were hurt when a drone struck a car near the village of Lomakovka in the"
        " Klintsovsky district."
    )
    assert claims_by_report(text, PUBLISHED) == [[("RU-BRY", None, 6)]]


def test_debris_of_a_downed_drone_still_names_where_it_fell() -> None:
    text = (
        "Debris from a drone that was shot down hit a house in the Klintsovsky district, the"
        " governor said."
    )
    assert ("RU-BRY", "RU-BRY:klintsovsky", None) in claims_by_report(text, PUBLISHED)[0]
