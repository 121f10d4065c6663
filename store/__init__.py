"""The Atlas's database of reports and claims: imports, reconciliation, exports.

Public interface (see ``docs/architecture.md``): :func:`open_store`, :class:`Store`,
:class:`Filters`, :class:`ImportResult`, :class:`ImportFailed`, :func:`preview_upload`;
column names in :mod:`store.columns`; exports in :mod:`store.export`.

The names are imported when first used (as in ``geo``): ``import store`` loads neither
SQLAlchemy nor pandas, so a module that only needs a light part (``store.samples_key``,
read before the first map by ``app_pages/first_view.py``) does not pay for them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from store._errors import ImportFailed, SchemaVersionError, StoreError

if TYPE_CHECKING:
    from store.importers import Item
    from store.ingest import ImportResult
    from store.store import (
        Filters,
        PreviewItem,
        ReparseResult,
        Store,
        open_store,
        preview_upload,
    )

_LAZY = {
    "Item": "store.importers",
    "ImportResult": "store.ingest",
    "Filters": "store.store",
    "PreviewItem": "store.store",
    "ReparseResult": "store.store",
    "Store": "store.store",
    "open_store": "store.store",
    "preview_upload": "store.store",
}

__all__ = [
    "Filters",
    "ImportFailed",
    "ImportResult",
    "Item",
    "PreviewItem",
    "ReparseResult",
    "SchemaVersionError",
    "Store",
    "StoreError",
    "open_store",
    "preview_upload",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    # a submodule not imported yet (``store.columns`` after ``import store``): the names
    # above imported most of them before
    try:
        return import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{name}":
            raise
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg) from None
