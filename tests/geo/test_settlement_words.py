"""Settlement words and unit words around a name: what each says the name is.

A name after a settlement's kind word ("хутор", "село", "посёлок", "станица", "деревня") is a
settlement's, never a region's adjective nor the region's capital by its stem; a settlement
noun after a name is a word of it ("Красное Село"); "район" decides between a raion and an
okrug of one name only inside one region. The example phrases are written for these tests.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geo
import settings as atlas_settings
from geo import AmbiguousPlaceError, UnknownPlaceError
from geo.morph import analyser
from tests.geo.test_gazetteer import real_index  # noqa: F401 (the real pack's index, loaded once)

#: Settlement kind words in the nominative and the gender of a name that agrees with them.
KINDS = {
    "хутор": "masc",
    "поселок": "masc",
    "пгт": "masc",
    "село": "neut",
    "станица": "femn",
    "деревня": "femn",
}
#: The cases a name takes after the kind word in reports ("в хуторе Энском", "у хутора
#: Энского", "над хутором Энским") and the nominative of an address ("хутор Энский").
CASES = ("nomn", "gent", "ablt", "loct")


def _inflect(adjective: str, gender: str, case: str) -> str:
    parse = next(p for p in analyser().parse(adjective) if "ADJF" in p.tag)
    form = parse.inflect({gender, case, "sing"})
    assert form is not None, (adjective, gender, case)
    return form.word.capitalize()


@cache
def _region_adjectives() -> list[tuple[str, str]]:
    """(adjective lemma, region id) of every oblast and krai named "<adjective> область/край"."""
    path = atlas_settings.get().pack_dir / "regions.parquet"
    regions = pd.read_parquet(path, columns=["id", "name_ru"])
    out = []
    for row in regions.itertuples():
        words = str(row.name_ru).split()
        if len(words) == 2 and words[1] in ("область", "край") and words[0].endswith("ская"):
            out.append((words[0][:-2].lower() + "ий", str(row.id)))
    return out


# --------------------------------------------------------------------------- settlement words


@pytest.mark.parametrize(
    "name",
    [
        "поселок Курский",
        "посёлок Курский",
        "село Брянское",
        "станица Воронежская",
        "хутор Белгородский",
        "деревня Тульская",
        "п. Курский",
        "х. Белгородский",
    ],
)
def test_a_region_adjective_after_a_settlement_word_is_no_region(name: str) -> None:
    for region in (None, "RU-KRS", "RU-BRY", "RU-VOR", "RU-BEL", "RU-TUL"):
        try:
            place = geo.resolve(name, region=region)
        except (UnknownPlaceError, AmbiguousPlaceError):
            continue
        # never the region, and never its capital by the adjective's stem ("Курский": Курск)
        assert place.kind == "district", (name, region, place)
        assert not place.guess, (name, region, place)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_no_settlement_named_by_a_region_adjective_resolves_to_a_region(
    data: st.DataObject,
) -> None:
    adjective, region = data.draw(st.sampled_from(_region_adjectives()))
    kind, gender = data.draw(st.sampled_from(sorted(KINDS.items())))
    case = data.draw(st.sampled_from(CASES))
    name = f"{kind} {_inflect(adjective, gender, case)}"
    for context in (None, region):
        try:
            place = geo.resolve(name, region=context)
        except (UnknownPlaceError, AmbiguousPlaceError):
            continue
        # a settlement of some district, never the region, nor its capital by a guess
        assert place.kind == "district" and not place.guess, (name, context, place)


def test_an_adjective_is_no_inflected_town_by_its_stem() -> None:
    # "в Погаре" is Pogar by its stem; "Курский" is no form of "Курск"
    with pytest.raises(UnknownPlaceError):
        geo.resolve("поселок Курский", region="RU-KRS")
    assert geo.resolve("в Погаре", region="RU-BRY").id == "RU-BRY:pogarsky"


def test_a_point_towns_adjective_name_keeps_its_gender() -> None:
    # the Donetsk Oblast village "Красное" is no hamlet "Красный" (lemmas drop gender)
    with pytest.raises(UnknownPlaceError):
        geo.resolve("хутор Красный")
    # an inflected form says no gender: the village is still found by it
    assert geo.resolve("в Красном", region="UA-14").region_id == "UA-14"


# --------------------------------------------------------------------------- names holding a word


@pytest.mark.parametrize(
    "name", ["Красное Село", "в Красном Селе", "над Красным Селом", "город Красное Село"]
)
def test_a_settlement_noun_after_a_name_is_a_word_of_it(name: str) -> None:
    assert geo.resolve(name, region="RU-SPE").id == "RU-SPE:krasnoselsky"


def test_a_settlement_noun_before_the_name_stays_its_kind_word() -> None:
    # "в селе Красном" names a village Красное, never Petersburg's town Красное Село
    for name in ("в селе Красном", "село Красное"):
        with pytest.raises((UnknownPlaceError, AmbiguousPlaceError)):
            geo.resolve(name, region="RU-SPE")


@cache
def _names_holding_a_settlement_noun() -> list[tuple[str, str]]:
    """(name, raion id) of every Petersburg and Sevastopol unit whose name holds a
    settlement noun after a word of it (the units are the pack's names that do)."""
    from geo import vocab

    nouns = ("село", "поселок", "город", "деревня", "станица", "хутор")
    path = atlas_settings.get().pack_dir / "districts.parquet"
    districts = pd.read_parquet(path, columns=["id", "region_id", "name_ru"])
    ids = {(r.region_id, r.name_ru): r.id for r in districts.itertuples()}
    out = []
    for region_id, raions in vocab.CITY_RAIONS.items():
        for raion, units in raions.items():
            for unit in units:
                words = unit.lower().replace("ё", "е").split()
                if any(w in nouns for w in words[1:]) and (region_id, raion) in ids:
                    out.append((unit, ids[(region_id, raion)]))
    return out


def test_every_unit_name_holding_a_settlement_noun_resolves_to_its_raion() -> None:
    names = _names_holding_a_settlement_noun()
    assert names  # "город Красное Село"
    for name, raion in names:
        assert geo.resolve(name, region=raion.split(":")[0]).id == raion, name


# --------------------------------------------------------------------------- "район" between regions


@cache
def _district_adjectives_of_several_regions() -> list[tuple[str, frozenset[str]]]:
    """(adjective, district ids) of every adjective that names districts of two regions or
    more (a raion, a town's okrug, a federal city's raion; Moscow's quarters and municipal
    okrugs give way to a raion by design)."""
    path = atlas_settings.get().pack_dir / "districts.parquet"
    districts = pd.read_parquet(path, columns=["id", "region_id", "name_ru_short", "kind"])
    by_name: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in districts.itertuples():
        name = str(row.name_ru_short)
        adjective = " " not in name and name.endswith(("ский", "цкий", "ный", "ной"))
        if adjective and row.region_id != "RU-MOW" and row.kind != "municipal_okrug":
            by_name[name].add((str(row.region_id), str(row.id)))
    return sorted(
        (name, frozenset(i for _, i in found))
        for name, found in by_name.items()
        if len({r for r, _ in found}) > 1
    )


@pytest.mark.parametrize(
    ("name", "region", "expected"),
    [
        ("Пушкинский район", "RU-SPE", "RU-SPE:pushkinsky"),
        ("в Пушкинском районе", "RU-MOS", "RU-MOS:pushkinsky"),
        ("Дмитровский район", "RU-MOS", "RU-MOS:dmitrovsky"),
        ("над Дмитровским районом", "RU-ORL", "RU-ORL:dmitrovsky"),
    ],
)
def test_a_raion_named_in_two_regions_is_the_reports_regions(
    name: str, region: str, expected: str
) -> None:
    assert geo.resolve(name, region=region).id == expected


def test_a_raion_named_in_two_regions_stays_ambiguous_without_one() -> None:
    # Saint Petersburg's Pushkinsky raion and Moscow Oblast's Pushkino okrug (a raion until 2019)
    with pytest.raises(AmbiguousPlaceError, match=r"RU-MOS:pushkinsky.*RU-SPE:pushkinsky"):
        geo.resolve("Пушкинский район")


def test_every_district_name_of_several_regions_is_ambiguous_with_rayon() -> None:
    shared = _district_adjectives_of_several_regions()
    assert len(shared) > 50
    for name, ids in shared:
        with pytest.raises(AmbiguousPlaceError) as caught:
            geo.resolve(f"{name} район")
        assert ids & set(str(caught.value).replace(",", " ").split()), name


def test_the_unit_word_of_an_okrug_still_decides_between_regions() -> None:
    # "городской округ" is no word reports use for a raion: the urban okrug alone
    assert geo.resolve("городской округ Жуковский").id == "RU-MOS:zhukovsky"
    assert geo.resolve("Пушкинский городской округ").id == "RU-MOS:pushkinsky"
