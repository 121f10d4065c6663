"""The parser tests' stand-in gazetteer (``tests/parsing/conftest.py``) answers as the real one.

A parser test passes on the places the stand-in gives; were one of them a place the built pack
does not give for that name (a name the Atlas finds ambiguous, a district it does not hold),
the test would pass on a reading the Atlas never makes. Every name the stand-in knows is asked
of the real gazetteer with no region and with each region the stand-in places it in.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import geo
import settings
from geo import gazetteer
from tests.parsing import conftest

#: The stand-in's ids that are shorter than the pack's for the same place.
PACK_IDS = {
    "RU-BEL:shebekinsky": "RU-BEL:shebekino",
    "RU-MOS:stupinsky": "RU-MOS:stupino",
    "RU-NIZ:nizhny-novgorod": "RU-NIZ:novgorod",
}


def _answer(resolve: Callable[..., object], name: str, region: str | None) -> str:
    """The place id a resolver gives (as the pack names it), with "guess" or "town" after a
    guess or a town's score; or "ambiguous", "unknown"."""
    try:
        place = resolve(name, region=region)
    except geo.AmbiguousPlaceError:
        return "ambiguous"
    except geo.UnknownPlaceError:
        return "unknown"
    place_id = str(getattr(place, "id", ""))
    score = float(getattr(place, "score", 1.0))
    how = "guess" if getattr(place, "guess", False) else "town" if score <= 0.8 else ""
    return f"{PACK_IDS.get(place_id, place_id)} {how}".strip()


def _questions() -> list[tuple[str, str | None]]:
    regions: dict[str, set[str]] = {}
    for name, places in conftest._IDX.items():
        regions.setdefault(name, set()).update(p.region_id for p in places if p.region_id)
    for town, (region, *_rest) in conftest._TOWNS.items():
        regions.setdefault(town.lower(), set()).add(region)
    for name, region in conftest._ANSWERS:
        regions.setdefault(name, set()).update({region} if region else set())
    return [
        (name, region)
        for name, known in sorted(regions.items())
        for region in [None, *sorted(known)]
    ]


@pytest.fixture(scope="module")
def real_pack() -> None:
    if not gazetteer.is_current(settings.get().pack_dir):
        pytest.skip("no built boundary pack: `make setup` builds it")


@pytest.mark.usefixtures("real_pack")
def test_the_stand_in_answers_every_name_as_the_real_gazetteer() -> None:
    wrong = [
        (name, region, stand_in, real)
        for name, region in _questions()
        if (stand_in := _answer(conftest.fake_resolve, name, region))
        != (real := _answer(geo.resolve, name, region))
    ]
    assert wrong == []
