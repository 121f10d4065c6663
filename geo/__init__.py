"""Boundaries of Russia's regions and districts, the gazetteer, and map layers.

Public interface (see docs/architecture.md): ``load_pack``, ``resolve``, ``Place``, ``Pack``
and the errors. Submodules are imported lazily so ``python -m geo build`` does not need
a built pack.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from geo._errors import AmbiguousPlaceError, GeoError, PackMissingError, UnknownPlaceError

# Short aliases named in docs/architecture.md.
UnknownPlace = UnknownPlaceError
AmbiguousPlace = AmbiguousPlaceError

_LAZY = {
    "load_pack": "geo.pack",
    "Pack": "geo.pack",
    "display_geojson_path": "geo.pack",
    "resolve": "geo.gazetteer",
    "Place": "geo.gazetteer",
}

__all__ = [
    "AmbiguousPlace",
    "AmbiguousPlaceError",
    "GeoError",
    "Pack",
    "PackMissingError",
    "Place",
    "UnknownPlace",
    "UnknownPlaceError",
    "display_geojson_path",
    "load_pack",
    "resolve",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    msg = f"module 'geo' has no attribute {name!r}"
    raise AttributeError(msg)
