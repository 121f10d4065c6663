"""Boundaries of Russia's regions and districts, the gazetteer, and their display copies.

Public interface (see docs/architecture.md): ``load_pack``, ``resolve``, ``Place``, ``Pack``
and the errors. Submodules are imported lazily so ``python -m geo build`` does not need
a built pack.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from geo._errors import (
    AmbiguousPlaceError,
    GeoError,
    PackInvalidError,
    PackMissingError,
    SourceChecksumError,
    SourceFetchError,
    UnknownPlaceError,
)

# Short aliases named in docs/architecture.md.
UnknownPlace = UnknownPlaceError
AmbiguousPlace = AmbiguousPlaceError

_LAZY = {
    "load_pack": "geo.pack",
    "Pack": "geo.pack",
    "area_names": "geo.pack",
    "district_names": "geo.pack",
    "point_regions": "geo.pack",
    "pack_attribution": "geo.pack",
    "display_path": "geo.display",
    "drillable_regions": "geo.display",
    "area_shapes": "geo.display",
    "resolve": "geo.gazetteer",
    "Place": "geo.gazetteer",
}

__all__ = [
    "AmbiguousPlace",
    "AmbiguousPlaceError",
    "GeoError",
    "Pack",
    "PackInvalidError",
    "PackMissingError",
    "Place",
    "SourceChecksumError",
    "SourceFetchError",
    "UnknownPlace",
    "UnknownPlaceError",
    "area_names",
    "area_shapes",
    "display_path",
    "district_names",
    "drillable_regions",
    "load_pack",
    "pack_attribution",
    "point_regions",
    "resolve",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    msg = f"module 'geo' has no attribute {name!r}"
    raise AttributeError(msg)
