"""English news retellings (issue 10), written for this project in our own words, grouped by
the rule about the language each one decides: whose town "the mayor of X" speaks for, a
district named by its adjective's stem, a fronted place that is where a figure was told, an
interception denied, all of an attack's drones downed, a sea's adjective before a noun of land.
The Russian "о сбитом ... беспилотнике" (one drone named by a participle) is here too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import lookup, parse
from tests.parsing.conftest import Claims, FakePlace, fake_resolve

TUESDAY = date(2026, 10, 6)

#: Places the shared stand-in gazetteer lacks, answered as the real one answers them: the raion
#: by its full English adjective (in two regions here, as "Kamensky district" is in five), the
#: Baltic by its adjective alone.
_MORE = {
    "kamensky district": [
        FakePlace("district", f"{r}:kamensky", r, "Каменский район", "Kamensky")
        for r in ("RU-ROS", "RU-VOR")
    ],
    "kaliningrad region": [
        FakePlace("region", "RU-KGD", None, "Калининградская область", "Kaliningrad Oblast")
    ],
    "baltic": [FakePlace("sea", "SEA-BALTIC", None, "Балтийское море", "Baltic Sea")],
    "baltic sea": [FakePlace("sea", "SEA-BALTIC", None, "Балтийское море", "Baltic Sea")],
}


def _resolve(name: str, region: str | None = None) -> FakePlace:
    found = [
        p for p in _MORE.get(name.lower(), []) if region is None or p.region_id in (None, region)
    ]
    if len(found) > 1:
        raise lookup.AmbiguousPlaceError(name)
    return found[0] if found else fake_resolve(name, region)


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    lookup.use_resolver(_resolve)
    yield
    lookup.use_resolver(None)


def _claims(text: str) -> Claims:
    """(area, district, count) of each report's claims."""
    return [[(c.area_id, c.district_id, c.count) for c in r.claims] for r in parse(text, TUESDAY)]


# --- "the mayor of X": his town, as "X mayor" ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Kursk said two drones had been downed over the city overnight.",
        "Kursk mayor Igor Petrov said two drones had been downed over the city overnight.",
    ],
)
def test_the_mayor_of_a_town_speaks_for_that_town(text: str) -> None:
    (report,) = parse(text, TUESDAY)
    assert report.reporter == "mayor"
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-KRS", "RU-KRS:kursk", 2),
        ("RU-KRS", None, 2),
    ]


# --- "the Kamensk district": the adjective's stem names the raion ------------------------------
def test_a_district_by_its_stem_takes_the_region_in_context() -> None:
    text = (
        "Four drones were destroyed overnight in the Kamensk district, the Rostov region's "
        "governor said."
    )
    (report,) = parse(text, TUESDAY)
    assert {(c.area_id, c.district_id) for c in report.claims} == {
        ("RU-ROS", None),
        ("RU-ROS", "RU-ROS:kamensky"),
    }
    assert [c.count for c in report.claims if c.district_id is None] == [4]
    assert report.total == 4


def test_a_district_by_its_stem_with_no_region_is_left_to_a_person() -> None:
    (report,) = parse("Four drones were destroyed overnight in the Kamensk district.", TUESDAY)
    assert [c.count for c in report.claims] == []
    assert len(report.doubts) == 1


# --- a fronted place whose clause names its own regions ---------------------------------------
def test_a_fronted_town_is_no_place_of_a_figure_spread_over_regions() -> None:
    text = "In Kaluga, officials gave their own tally: eleven drones were destroyed over three regions."
    assert [(c.area_id, c.count) for r in parse(text, TUESDAY) for c in r.claims if c.count] == []


# --- an interception denied ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "denied",
    [
        "In neighbouring Belgorod, officials reported no interceptions.",
        "Belgorod officials had not reported any interceptions by noon.",
    ],
)
def test_a_region_with_interceptions_denied_is_not_named(denied: str) -> None:
    text = f"Nine drones were shot down over the Voronezh region overnight, the governor said. {denied}"
    (report,) = parse(text, TUESDAY)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [("RU-VOR", None, 9)]
    assert report.total == 9


# --- all of an attack's drones downed -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Forty drones targeted the Rostov region overnight and all were shot down.", "exact"),
        (
            "Forty drones targeted the Rostov region overnight and all of them were destroyed.",
            "exact",
        ),
        (
            "As many as 40 drones targeted the Rostov region overnight and all were shot down.",
            "approx",
        ),
    ],
)
def test_an_attack_all_downed_is_the_figure(text: str, qualifier: str) -> None:
    (report,) = parse(text, TUESDAY)
    assert [(c.area_id, c.count, c.qualifier) for c in report.claims] == [("RU-ROS", 40, qualifier)]


def test_an_attack_without_its_drones_downed_is_no_figure() -> None:
    text = "Forty drones targeted the Rostov region overnight, the governor said."
    assert [c.count for r in parse(text, TUESDAY) for c in r.claims if c.count] == []


# --- a sea's adjective before a noun of land ---------------------------------------------------
def test_the_baltic_exclave_is_no_sea() -> None:
    text = (
        "Three drones were shot down over the Kaliningrad region, the governor said, the first "
        "attack on Russia's Baltic exclave in months."
    )
    assert _claims(text) == [[("RU-KGD", None, 3)]]


def test_the_baltic_alone_is_the_sea() -> None:
    assert _claims("Two drones were downed over the Baltic overnight, the ministry said.") == [
        [("SEA-BALTIC", None, 2)]
    ]


# --- Russian: one drone named by a participle, a time and a place between ----------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Губернатор Тульской области сообщил о сбитом ночью над регионом беспилотнике.",
            [[("RU-TUL", None, 1)]],
        ),
        (
            "Губернатор сообщил об уничтоженном над Курской областью беспилотнике.",
            [[("RU-KRS", None, 1)]],
        ),
        (
            "Губернатор сообщил о перехваченном в Курской области украинском дроне.",
            [[("RU-KRS", None, 1)]],
        ),
    ],
)
def test_a_participle_before_its_drone_counts_one(text: str, want: Claims) -> None:
    assert _claims(text) == want


def test_debris_of_a_downed_drone_is_no_count() -> None:
    text = "Обломки сбитого над Курской областью беспилотника повредили крышу дома."
    assert [c.count for r in parse(text, TUESDAY) for c in r.claims if c.count] == []


# --- the night in other words -------------------------------------------------------------------
@pytest.mark.parametrize(
    "when",
    ["in the night", "in the past night", "in the small hours of Tuesday", "in the wee hours"],
)
def test_the_night_in_other_words_is_the_night_that_ended_that_morning(when: str) -> None:
    (report,) = parse(f"Five drones were destroyed over the Kursk region {when}.", TUESDAY)
    assert (report.total, report.night_of) == (5, TUESDAY)


# --- drones named and downed in other words -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Crews knocked out 12 Ukrainian uncrewed aircraft above the Bryansk and Kursk regions.",
        "Twelve uncrewed aerial vehicles were destroyed above the Bryansk and Kursk regions.",
    ],
)
def test_uncrewed_aircraft_are_drones(text: str) -> None:
    (report,) = parse(text, TUESDAY)
    assert report.total == 12
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-BRY", None), ("RU-KRS", None)]


def test_knocked_out_power_is_no_interception() -> None:
    text = "Debris knocked out power to 300 homes in the Bryansk region, the governor said."
    assert [c.count for r in parse(text, TUESDAY) for c in r.claims if c.count] == []


def test_drones_repelled_name_the_places_of_the_figure_after() -> None:
    text = (
        "Drones were repelled overnight over the Shebekino and Belgorod districts of the "
        "Belgorod region, the governor said. Four were destroyed in total."
    )
    (report,) = parse(text, TUESDAY)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-BEL", "RU-BEL:shebekinsky", None),
        ("RU-BEL", "RU-BEL:belgorodsky", None),
        ("RU-BEL", None, 4),
    ]


# --- "apiece" is "each" -----------------------------------------------------------------------
def test_one_apiece_gives_each_place_one() -> None:
    text = (
        "Eight drones were shot down overnight: two each over the Tula and Ryazan regions, and one "
        "apiece over the Kaluga, Bryansk, Kursk and Smolensk regions."
    )
    assert _claims(text) == [
        [
            ("RU-TUL", None, 2),
            ("RU-RYA", None, 2),
            ("RU-KLU", None, 1),
            ("RU-BRY", None, 1),
            ("RU-KRS", None, 1),
            ("RU-SMO", None, 1),
        ]
    ]


# --- "on the outskirts of X": the town ------------------------------------------------------------
def test_on_the_outskirts_of_a_town_is_that_town() -> None:
    text = "Two drones were brought down on the outskirts of Obninsk overnight, the governor said."
    assert _claims(text) == [[("RU-KLU", "RU-KLU:obninsk", 2), ("RU-KLU", None, 2)]]


# --- a figure in quotation marks ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Air defences shot down "more than 20" drones over the Rostov region.', (20, "at_least")),
        ("Air defences shot down “25” drones over the Rostov region.", (25, "exact")),
    ],
)
def test_a_quoted_figure_before_its_drones_counts(text: str, want: tuple[int, str]) -> None:
    (report,) = parse(text, TUESDAY)
    assert [(c.area_id, c.count, c.qualifier) for c in report.claims] == [("RU-ROS", *want)]
