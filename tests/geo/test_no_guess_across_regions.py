"""A name is never guessed into a region the report did not name (issue 10, kind 1).

Each path by which a weak match could land elsewhere has its rule and its cases here: a
spelling correction, a town shared by several regions, a seat preferred over a village, an
adjective read as a region. The examples are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geo
from geo import AmbiguousPlaceError, UnknownPlaceError
from tests.geo.test_gazetteer import real_index  # noqa: F401 (the real pack's index, loaded once)

# --------------------------------------------------------------------------- corrections


@pytest.mark.parametrize(
    "name",
    [
        "Балицкий",  # a surname, one letter from Sverdlovsk Oblast's Талицкий okrug
        "Тамбовцев",  # a surname, one edit from the city's okrug
    ],
)
def test_a_corrected_bare_word_needs_the_region(name: str) -> None:
    with pytest.raises(UnknownPlaceError, match="only a guess"):
        geo.resolve(name)


def test_a_corrected_region_with_its_unit_word_stands() -> None:
    # the unit word says a region is meant: the region itself, inside no other region
    place = geo.resolve("над Брянсой областью")
    assert (place.id, place.guess) == ("RU-BRY", True)


def test_a_corrected_district_needs_the_region_even_with_its_unit_word() -> None:
    # "район" says a district is meant, not which region's: a letter dropped from Bryansk
    # Oblast's Погарский район could as well be one from a raion elsewhere
    with pytest.raises(UnknownPlaceError, match="only a guess"):
        geo.resolve("в Погрском районе")
    place = geo.resolve("в Погрском районе", region="RU-BRY")
    assert (place.id, place.guess) == ("RU-BRY:pogarsky", True)
    with pytest.raises(UnknownPlaceError):
        geo.resolve("в Погрском районе", region="RU-KRS")


def test_a_town_found_by_its_prefix_needs_the_region() -> None:
    # "в Ивне": the seat of Belgorod Oblast's Ивнянский район, inflected past the index's forms
    with pytest.raises(UnknownPlaceError, match="only a guess"):
        geo.resolve("в Ивне")
    place = geo.resolve("в Ивне", region="RU-BEL")
    assert (place.id, place.guess) == ("RU-BEL:ivnyansky", True)


def test_a_corrected_word_stands_inside_the_region_given() -> None:
    place = geo.resolve("Тамбовцев", region="RU-TAM")
    assert (place.id, place.guess) == ("RU-TAM:tambov", True)
    with pytest.raises(UnknownPlaceError):
        geo.resolve("Тамбовцев", region="RU-LIP")


def test_an_exact_name_is_no_guess() -> None:
    assert not geo.resolve("Курчатов").guess
    assert not geo.resolve("в Курской области").guess


def test_a_town_named_for_its_district_is_found_through_its_published_name() -> None:
    # "Короча", a seat GeoNames lacks, names its "Корочанский район" ...
    assert geo.resolve("Короча").id == "RU-BEL:korochansky"
    # ... but a word whose adjective only the index derived (twice) names nothing
    with pytest.raises(UnknownPlaceError):
        geo.resolve("Сила")


# --------------------------------------------------------------------------- seats


def test_a_seat_decides_only_inside_one_region() -> None:
    # a seat in Saratov Oblast, a town of Moscow Oblast, an old name of a Donetsk town
    with pytest.raises(AmbiguousPlaceError) as caught:
        geo.resolve("Красноармейск")
    assert "RU-SAR" in str(caught.value) and "RU-MOS" in str(caught.value)
    assert geo.resolve("Красноармейск", region="RU-SAR").id == "RU-SAR:krasnoarmeysky"
    # inside one region the seat still wins over a village of the same name
    assert geo.resolve("Россошь").id == "RU-VOR:rossoshansky"


# --------------------------------------------------------------------------- gender


@pytest.mark.parametrize("name", ["Кировского", "на территории Кировского", "в Кировском"])
def test_a_masculine_adjective_names_no_oblast(name: str) -> None:
    # the district word was cut off: Кировский район of some region, never Kirov Oblast
    with pytest.raises(AmbiguousPlaceError) as caught:
        geo.resolve(name)
    assert "RU-KIR " not in str(caught.value)
    assert geo.resolve(name, region="UA-43").id == "UA-43:kirovsky"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Кировской", "RU-KIR"),  # the feminine agrees with "область"
        ("Пермского", "RU-PER"),  # the masculine agrees with "край"
        ("Ханты-Мансийского", "RU-KHM"),  # and with "автономный округ"
        ("Брянщины", "RU-BRY"),  # a noun has no gender to agree
    ],
)
def test_an_adjective_that_agrees_names_its_region(name: str, expected: str) -> None:
    assert geo.resolve(name).id == expected


# --------------------------------------------------------------------------- the property

#: Places of many regions as reports write them, some with a letter changed below.
_NAMES = [
    "Кировский район", "Кировского", "Красноармейск", "Россошь", "Балицкий", "Тамбовцев",
    "Курчатов", "в Курчатове", "Шебекино", "Погаре", "Короча", "Каменск", "Новопавловка",
    "Октябрьском районе", "Ленинский район", "Берёзовка", "Павловск", "Славянский район",
    "Pavlovsk district", "Kirovsky district", "Zhukovsky", "Брянской области", "над морем",
    "Первомайское", "Горловка", "Кача", "Балаклава", "Советский", "Троицк", "Красногорске",
]  # fmt: skip
_REGIONS = ["RU-BEL", "RU-KRS", "RU-BRY", "RU-VOR", "RU-ROS", "RU-MOS", "UA-43", "UA-40", "UA-14"]
_LETTERS = "абвгдеийклмнопрстуя"


@st.composite
def _names(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(_NAMES))
    if draw(st.booleans()):
        at = draw(st.integers(min_value=1, max_value=len(name) - 1))
        name = name[:at] + draw(st.sampled_from(_LETTERS)) + name[at + 1 :]
    return name


@settings(max_examples=300, deadline=None)
@given(name=_names(), region=st.sampled_from(_REGIONS))
def test_a_name_resolved_in_a_region_leaves_it_only_by_a_name(name: str, region: str) -> None:
    """With a region, a place outside it is only ever a region, sea or district named
    exactly (score 0.9 or more, no guess): never a town, a village or a corrected spelling."""
    try:
        place = geo.resolve(name, region=region)
    except (UnknownPlaceError, AmbiguousPlaceError):
        return
    if region not in (place.id, place.region_id):
        assert not place.guess, (name, region, place)
        assert place.score >= 0.9 or place.kind == "sea", (name, region, place)


@settings(max_examples=300, deadline=None)
@given(name=_names())
def test_without_a_region_a_guess_is_only_a_region_or_sea(name: str) -> None:
    """With no region, a corrected spelling or an inflected town's prefix never gives a
    district or town: only a region or sea written with its own unit word stands."""
    try:
        place = geo.resolve(name)
    except (UnknownPlaceError, AmbiguousPlaceError):
        return
    assert not place.guess or place.kind in ("region", "sea"), (name, place)


def test_a_name_published_exactly_so_decides_only_inside_one_region() -> None:
    # Sverdlovsk's okrug is published as the bare adjective, five raions as "Каменский район"
    with pytest.raises(AmbiguousPlaceError) as caught:
        geo.resolve("Каменский")
    assert "RU-SVE:kamensky" in str(caught.value) and "RU-ROS:kamensky" in str(caught.value)
    assert geo.resolve("Каменский", region="RU-SVE").id == "RU-SVE:kamensky"
    # inside one region the neuter village-like name still picks its own unit
    assert geo.resolve("Зиминское").id == "RU-IRK:ziminskoye"
