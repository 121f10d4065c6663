"""A place the gazetteer only guessed (``geo.Place.guess``) is never taken outside the region
in context: the door to the gazetteer (``parsing.lookup.find_any_place``) fences it, while a
place matched by its name is still taken wherever it lies (issue 10, kind 1)."""

from __future__ import annotations

import geo
from parsing import lookup, parse
from tests.parsing.conftest import FakePlace, fake_resolve, resolving

#: "Березняки" read by a corrected spelling as a district of Bryansk Oblast, and "Дятьково"
#: (a town) found by its name there.
_BRYANSK_GUESS = FakePlace(
    "district", "RU-BRY:bereznyaki", "RU-BRY", "Березняки", "Bereznyaki", 0.86, guess=True
)
_DYATKOVO = FakePlace("district", "RU-BRY:dyatkovsky", "RU-BRY", "Дятьковский", "Dyat", 0.8)


def _resolve(name: str, region: str | None = None) -> object:
    if name.startswith("Березняк"):
        if region not in (None, "RU-BRY"):
            raise geo.UnknownPlaceError(name)
        return _BRYANSK_GUESS
    if name == "Дятьково":
        if region not in (None, "RU-BRY"):
            raise geo.UnknownPlaceError(name)
        return _DYATKOVO
    return fake_resolve(name, region)


def test_a_guess_outside_the_region_in_context_is_not_taken() -> None:
    with resolving(_resolve):
        assert lookup.find_any_place(["Березняков"], "RU-KRS") is None


def test_a_guess_inside_the_region_in_context_is_taken() -> None:
    with resolving(_resolve):
        place = lookup.find_any_place(["Березняков"], "RU-BRY")
    assert place is not None
    assert (place.district_id, place.guess) == ("RU-BRY:bereznyaki", True)


def test_a_guess_with_no_region_in_context_is_the_gazetteers_to_refuse() -> None:
    # with no region the gazetteer alone decides whether a guess stands (a unit word)
    with resolving(_resolve):
        place = lookup.find_any_place(["Березняков"], None)
    assert place is not None and place.guess


def test_a_town_named_elsewhere_is_still_taken() -> None:
    # a name, not a guess: the context is a hint for it, not a fence
    with resolving(_resolve):
        place = lookup.find_any_place(["Дятьково"], "RU-KRS")
    assert place is not None
    assert (place.area_id, place.guess) == ("RU-BRY", False)


def test_a_guess_in_a_governors_post_stays_out_of_another_region() -> None:
    text = "Губернатор Курской области: у Березняков сбит один беспилотник."
    with resolving(_resolve):
        areas = {c.area_id for r in parse(text) for c in r.claims}
    assert areas == {"RU-KRS"}


#: "Каменск": a town of Buryatia by its own name, and in Rostov Oblast the district of
#: Kamensk-Shakhtinsky found through the town's adjective; "Красногорск": Moscow Oblast's
#: okrug named so, and a Bryansk raion found the same way.
_SHARED = {
    ("Каменск", None): FakePlace(
        "district", "RU-BU:kabansky", "RU-BU", "Кабанский район", "K", 0.8
    ),
    ("Каменск", "RU-ROS"): FakePlace(
        "district", "RU-ROS:kamensky", "RU-ROS", "Каменский район", "K", 0.72, guess=True
    ),
    ("Красногорск", None): FakePlace(
        "district", "RU-MOS:krasnogorsk", "RU-MOS", "Красногорск", "Krasnogorsk", 1.0
    ),
    ("Красногорск", "RU-BRY"): FakePlace(
        "district", "RU-BRY:krasnogorsky", "RU-BRY", "Красногорский район", "K", 0.72, guess=True
    ),
}


def _shared(name: str, region: str | None = None) -> object:
    place = _SHARED.get((name, region))
    if place is None:
        raise geo.UnknownPlaceError(name)
    return place


def test_a_settlement_named_elsewhere_gives_way_to_the_regions_own_place() -> None:
    with resolving(_shared):
        place = lookup.find_any_place(["Каменск"], "RU-ROS")
    assert place is not None and place.district_id == "RU-ROS:kamensky"


def test_a_unit_named_so_elsewhere_still_stands() -> None:
    with resolving(_shared):
        place = lookup.find_any_place(["Красногорск"], "RU-BRY")
    assert place is not None and place.district_id == "RU-MOS:krasnogorsk"


#: "Bryank region": a region's name one letter short, the gazetteer's guess of Bryansk Oblast.
_REGION_GUESS = FakePlace(
    "region", "RU-BRY", "RU-BRY", "Брянская область", "Bryansk Oblast", 0.91, guess=True
)


def _resolve_misspelt(name: str, region: str | None = None) -> object:
    if name.lower().startswith("bryank"):
        # (as the gazetteer answers: a guess with no region asked, or inside its own region)
        if region not in (None, "RU-BRY") or not name.lower().endswith(("region", "oblast")):
            raise geo.UnknownPlaceError(name)
        return _REGION_GUESS
    return fake_resolve(name, region)


def test_a_misspelt_region_with_its_head_noun_is_taken_in_another_regions_context() -> None:
    # the noun says it is a region: the region the text is about fences towns, not regions
    with resolving(_resolve_misspelt):
        place = lookup.find_any_place(["Bryank region"], "RU-KRS")
        assert lookup.find_any_place(["Bryank"], "RU-KRS") is None
    assert place is not None
    assert (place.area_id, place.kind, place.guess) == ("RU-BRY", "region", True)


def test_a_misspelt_region_is_read_in_a_list_of_regions() -> None:
    text = (
        "The ministry said 14 drones were downed over the Kursk region, 12 over the Bryank "
        "region and nine over the Belgorod region."
    )
    with resolving(_resolve_misspelt):
        claims = [(c.area_id, c.count) for r in parse(text) for c in r.claims]
    assert claims == [("RU-KRS", 14), ("RU-BRY", 12), ("RU-BEL", 9)]
