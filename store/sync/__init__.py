"""Live sources: ``python -m store sync`` reads public Telegram channel previews, feeds and
news list pages listed in ``sources.toml`` and imports their new and edited posts (see
``docs/sync.md``).

Modules: :mod:`~store.sync.registry` (the sources file), :mod:`~store.sync.http` (the polite
client), :mod:`~store.sync.telegram` (the preview pages), :mod:`~store.sync.feeds`,
:mod:`~store.sync.pages` (news lists and their articles),
:mod:`~store.sync.state` (each source's row in the database), :mod:`~store.sync.run` (a pass).
"""

from __future__ import annotations

from store.sync.http import Client, FetchError
from store.sync.registry import RegistryError, Source
from store.sync.run import SourceResult, run_pass, sync_source
from store.sync.state import STATUS_COLUMNS, last_sync, status

__all__ = [
    "STATUS_COLUMNS",
    "Client",
    "FetchError",
    "RegistryError",
    "Source",
    "SourceResult",
    "last_sync",
    "run_pass",
    "status",
    "sync_source",
]
