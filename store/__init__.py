"""The Atlas's database of reports and claims: imports, reconciliation, exports.

Public interface (see ``docs/architecture.md``): :func:`open_store`, :class:`Store`,
:class:`Filters`, :class:`ImportResult`, :class:`ImportFailed`, :func:`preview_upload`;
column names in :mod:`store.columns`; exports in :mod:`store.export`.
"""

from __future__ import annotations

from store._errors import ImportFailed, SchemaVersionError, StoreError
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
