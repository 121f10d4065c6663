"""The boundary pack's build stamp, read without loading the pack (nor geopandas).

The map's slot (``app_pages/map_slot.py``) finds the base map kept for the pack's build
before the server has imported pandas and geopandas: this module needs only the settings.
"""

from __future__ import annotations

from pathlib import Path

import settings


def build_stamp(pack_dir: Path | str | None = None) -> int | None:
    """Return a value that changes with each build of the pack (None before the first).

    The build replaces the folder and writes ``meta.json`` last: its mtime names the build.
    """
    folder = Path(pack_dir) if pack_dir is not None else settings.get().pack_dir
    meta = folder / "meta.json"
    return meta.stat().st_mtime_ns if meta.is_file() else None
