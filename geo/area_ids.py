"""The grammar of area ids, in one place.

An area id is an ISO 3166-2 code (``RU-KLU``; the occupied Ukrainian regions keep their
Ukrainian codes, ``UA-43``), a sea (``SEA-AZOV``), or a *combined* area: the sorted ids of
several areas a source counted together, joined by ``+`` (``SEA-AZOV+SEA-BLACK``; the
ministry's "Moscow region" is :data:`MOSCOW_REGION`, the one id not in sorted order). A district id is its region's id, a
colon and a slug (``RU-KLU:kirovsky``).

>>> parts("RU-MOW+RU-MOS")
('RU-MOW', 'RU-MOS')
>>> is_combined("RU-MOW+RU-MOS"), is_sea("SEA-AZOV+SEA-BLACK"), is_sea("RU-KDA+SEA-BLACK")
(True, True, False)
>>> matches("RU-MOW+RU-MOS", ["RU-MOS"]), matches("RU-KLU", ["RU-MOS"]), matches("RU-KLU", [])
(True, False, True)
>>> region_of("RU-KLU:kirovsky"), region_of("RU-KLU")
('RU-KLU', 'RU-KLU')
"""

from __future__ import annotations

from collections.abc import Collection

#: Joins the parts of a combined area id.
SEP = "+"
#: Starts every sea id.
SEA_PREFIX = "SEA-"
#: The ministry's "Московский регион": Moscow and Moscow Oblast counted together.
MOSCOW_REGION = "RU-MOW+RU-MOS"
#: Separates a district's region id from its slug.
DISTRICT_SEP = ":"
#: The cities that are regions of their own: Moscow, Saint Petersburg and Sevastopol. Their
#: names also accept "город"/"city" and win the bare name over a region named after them
#: ("Moscow" is the city, "Moscow Oblast" the region around it); no urban okrug inside one
#: stands for the city's name.
FEDERAL_CITIES = frozenset({"RU-MOW", "RU-SPE", "UA-40"})


def parts(area_id: object) -> tuple[str, ...]:
    """Return the ids an area id stands for: itself, or the parts of a combined id."""
    return tuple(str(area_id).split(SEP))


def is_combined(area_id: object) -> bool:
    """Tell whether an id stands for several areas counted together."""
    return SEP in str(area_id)


def is_sea(area_id: object) -> bool:
    """Tell whether an id is a sea, or seas only counted together."""
    return all(part.startswith(SEA_PREFIX) for part in parts(area_id))


def matches(area_id: object, wanted: Collection[str]) -> bool:
    """Tell whether an id belongs to a region filter: one of its parts is ``wanted``.

    An empty filter keeps every area.
    """
    return not wanted or any(part in wanted for part in parts(area_id))


def region_of(area_id: str) -> str:
    """Return the region id of a district id (a region's id is its own)."""
    return area_id.split(DISTRICT_SEP, 1)[0]
