"""The parser's one door to the gazetteer (:func:`geo.resolve`): names in, areas out.

The gazetteer owns every name form and every boundary; this module only caches its answers,
turns them into :class:`Resolved` (an area and optionally a district inside it) and keeps
the one table of the ministry's own terms (:data:`MINISTRY_AREAS`). Tests swap the
gazetteer with :func:`use_resolver`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from geo import AmbiguousPlaceError, GeoError

#: The ministry's own area terms, not gazetteer names: "над Московским регионом" means the
#: city and the oblast together.
MINISTRY_AREAS = {
    "московский регион": ("RU-MOW+RU-MOS", "Московский регион", "Moscow Region"),
    "столичный регион": (
        "RU-MOW+RU-MOS",
        "Московский регион",
        "Moscow Region",
    ),  # "над столичным регионом"
}


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved place: an area and optionally a district inside it."""

    area_id: str
    area_ru: str
    area_en: str
    kind: str  # "region", "sea", "district", "combined"
    district_id: str | None = None
    district_ru: str | None = None
    district_en: str | None = None
    #: English "Moscow Region": the ministry's city-plus-oblast, or the oblast for others.
    moscow_region_en: bool = False
    #: how well the name matched (the gazetteer's score: 1.0 exact, 0.8 a town, less a guess)
    score: float = 1.0
    #: matched only as a guess (a corrected spelling, a town's prefix: ``geo.Place.guess``),
    #: which is never taken outside the region in context (:func:`find_any_place`)
    guess: bool = False


#: The gazetteer's score of a town named exactly, resolved to its district
#: (``geo.gazetteer.SCORE_TOWN``, not imported: that module is loaded only when a name is looked up).
TOWN_SCORE = 0.8

#: Names the gazetteer found in several places, with its message (filled by :func:`find_place`).
_AMBIGUOUS: dict[str, str] = {}


def ambiguity(names: list[str]) -> str | None:
    """The gazetteer's message when one of ``names`` matched several places, else None."""
    for n in names:
        if n in _AMBIGUOUS:
            return _AMBIGUOUS[n]
    return None


def _geo_resolve(name: str, region: str | None = None) -> Any:
    import geo

    return geo.resolve(name, region=region)


_resolver: Callable[..., Any] = _geo_resolve


def use_resolver(fn: Callable[..., Any] | None) -> None:
    """Swap the gazetteer function (tests and development); None restores ``geo.resolve``."""
    global _resolver
    _resolver = fn or _geo_resolve
    find_place.cache_clear()
    known_nowhere.cache_clear()
    region_names.cache_clear()
    _AMBIGUOUS.clear()


@lru_cache(maxsize=8192)
def find_place(name: str, region: str | None = None) -> Resolved | None:
    """Resolve one nominative name, None when the gazetteer does not know it (or cannot decide)."""
    key = name.lower().replace("ё", "е")
    if key in MINISTRY_AREAS:
        aid, ru, en = MINISTRY_AREAS[key]
        return Resolved(aid, ru, en, "combined")
    try:
        place = _resolver(name, region=region)
    except AmbiguousPlaceError as exc:
        _AMBIGUOUS[name] = str(exc)  # several places: never a guess, but worth a person's look
        return None
    except GeoError:
        # an unknown name, or no boundary pack: "no place here"
        return None
    kind = getattr(place, "kind", "region")
    pid = place.id
    region_id = getattr(place, "region_id", None)
    score = float(getattr(place, "score", 1.0))
    guess = bool(getattr(place, "guess", False))
    if kind in ("region", "sea") or not region_id or region_id == pid:
        kind = "sea" if pid.startswith("SEA-") else "region"
        return Resolved(pid, place.name_ru, place.name_en, kind, score=score, guess=guess)
    parent = region_names(region_id)
    return Resolved(
        region_id,
        parent[0],
        parent[1],
        "district",
        pid,
        place.name_ru,
        place.name_en,
        score=score,
        guess=guess,
    )


@lru_cache(maxsize=1024)
def known_nowhere(name: str) -> bool:
    """Whether the gazetteer knows no place of ``name`` at all: not one, not several, not a
    guess ("Сеймский округ", one of Kursk's own okrugs, which the pack lacks). Records no
    ambiguity: :func:`find_place` keeps the message of the look-up that read the name."""
    try:
        _resolver(name, region=None)
    except AmbiguousPlaceError:
        return False
    except GeoError:
        return True
    return False


@lru_cache(maxsize=512)
def region_names(region_id: str) -> tuple[str, str]:
    """Russian and English names of a region id (the gazetteer resolves an id to itself)."""
    try:
        p = _resolver(region_id)
    except GeoError:
        return region_id, region_id
    return (p.name_ru, p.name_en) if p.id == region_id else (region_id, region_id)


#: A district matched by its name's own forms (exact, romanised or the adjective of a
#: town-named okrug: the gazetteer's 0.9) matches as well as any other district by name.
NAME_SCORE = 0.9


def _as_well(inside: Resolved, free: Resolved) -> bool:
    """ "В Каширском городском округе" in a post of Moscow Oblast's governor: the oblast's
    Kashira okrug (by its adjective) over Voronezh Oblast's Каширский район (by its name):
    two districts both named so, the region in context decides; never a town or a guess."""
    return inside.kind == free.kind == "district" and inside.score >= NAME_SCORE


def _own_town(name: str, inside: Resolved, free: Resolved) -> bool:
    """Tell whether ``name`` is a town of the region in context as well as a city elsewhere.

    "Под Кировом" in a post of Kaluga Oblast's governor: the oblast's own town Kirov (the seat
    of its Кировский район, found by the town's exact name) over Kirov Oblast's capital, a
    city that is its own okrug and so matches by name better: a town the report's region has
    by that very name is the one its reports mean. Only a city written exactly so gives way:
    a name the gazetteer matched to something longer elsewhere ("Красное" to "Красное Село")
    was never that city, and a village of the region is no better reading of it.
    """
    return (
        inside.kind == free.kind == "district"
        and inside.score >= TOWN_SCORE
        and _UNIT_BEFORE.sub("", free.district_ru or "").replace("ё", "е")
        == _UNIT_BEFORE.sub("", name).replace("ё", "е")
    )


def _settlement_elsewhere(inside: Resolved, free: Resolved) -> bool:
    """Tell whether the place found elsewhere is only a settlement of that name (a town or
    village inside a district, not a unit named so), while the region in context has a
    place of the name too: "Каменск" in a Rostov post is Kamensk-Shakhtinsky's, not a town of
    Buryatia. A town name shared by several regions is the report's region's; a unit named
    so elsewhere ("в Красногорске", Moscow Oblast's okrug, after Bryansk) still stands."""
    return inside.kind == free.kind == "district" and free.score <= TOWN_SCORE


#: A unit word the pack writes before a town's own name: "ЗАТО Светлый" (a closed town),
#: "городской округ Казань" are the towns Светлый and Казань written so; and the kind noun
#: the parser puts before a settlement's name ("город Киров", "поселок Энский").
_UNIT_BEFORE = re.compile(
    r"^(?:ЗАТО|городской\s+округ|город|поселок|пгт|село|деревня|хутор|станица|поселение"
    r"|населенный\s+пункт)\s+",
    re.IGNORECASE,
)


#: Names Soviet planning gave the districts of many cities ("Приморский район" of Novorossiysk,
#: Vladivostok, Saint Petersburg ...): the pack holds one rural district of some of them, which
#: the name alone never decides (written as the adjective, lower case, "ё" as "е").
CITY_DISTRICT_NAMES = frozenset(
    {
        "центральный", "приморский", "заводской", "промышленный", "железнодорожный",
        "краснооктябрьский", "тракторозаводский", "дзержинский", "пролетарский", "свердловский",
        "правобережный", "левобережный", "орджоникидзевский", "фрунзенский", "ворошиловский",
        "индустриальный", "коминтерновский", "ленинский", "октябрьский", "советский",
        "кировский", "куйбышевский", "калининский", "красноармейский", "первомайский",
        "московский", "комсомольский",
    }
)  # fmt: skip


#: A region's head noun closing a name: "the Bryank region" says it names a region.
_REGION_HEAD = re.compile(r"\s(?:region|oblast|krai|область|край)$", re.IGNORECASE)


def _region_named(name: str, found: Resolved) -> bool:
    """Whether ``name`` is a region's misspelt name with its head noun ("Bryank region" as a
    list's row among other regions): the noun says it is a region, so the region the text is
    about does not fence the guess, as it fences a town's or a district's."""
    return found.kind == "region" and _REGION_HEAD.search(name) is not None


def _reused_by_cities(name: str) -> bool:
    """Whether ``name`` is "X район" with X one of :data:`CITY_DISTRICT_NAMES`."""
    words = name.lower().replace("ё", "е").split()
    return len(words) == 2 and words[1] == "район" and words[0] in CITY_DISTRICT_NAMES


def find_any_place(cands: list[str], region: str | None) -> Resolved | None:
    """The first candidate the gazetteer knows; ``region`` (the area in context) decides
    between places the name alone cannot tell apart, or when its match is as good.

    A name that matches one place better than anything inside the context keeps it: a bare
    region name is the region wherever the text has been ("над Крымом" after Krasnodar Krai
    is Crimea, not the krai's Krymsky district, a guess from the district's adjective), and
    "в Красногорске" is the Moscow-oblast town even after Bryansk was named. The context is
    also a hint, not a fence: "in Moscow" earlier in a story must not hide "in Ramenskoye"
    (Moscow Oblast) later; but it fences a guess (a corrected spelling: ``Resolved.guess``),
    which is taken only inside it. A name that matched several places is not decided by a shorter
    form of it: "Каменский район" (five regions) is never "Каменский" (one town's okrug).
    """
    ambiguous: list[str] = []
    for c in cands:
        if any(a.startswith(f"{c} ") for a in ambiguous):
            # "Каменский район" is in five regions: its bare adjective "Каменский" (one
            # town's okrug) is a shorter form of the same name, never the way to pick one
            continue
        free = find_place(c, None)
        if free is not None and free.kind == "district" and _reused_by_cities(c):
            # "над Приморским районом города": the pack's one district of that name is a guess
            # across regions, never a place; only the region in context decides
            _AMBIGUOUS[c] = f"{c!r} is also the name of city districts of many towns"
            free = None
            if region is None:
                return None
        if free is not None and region is None:
            return free
        inside = find_place(c, region) if region is not None else None
        if inside is not None and (
            free is None
            or inside.area_id == free.area_id
            or inside.score >= free.score
            or _as_well(inside, free)
            or _own_town(c, inside, free)
            or _settlement_elsewhere(inside, free)
        ):
            return inside
        if free is not None and not (
            free.guess
            and free.area_id not in (region or "").split("+")
            and not _region_named(c, free)
        ):
            # a guess outside the region in context is never taken: the region the report
            # is about decides a corrected spelling, a town named elsewhere does not
            return free
        if c in _AMBIGUOUS:
            ambiguous.append(c)
    return None
