"""Build the gazetteer's name index at pack build time (owned by the gazetteer work).

Placeholder until the gazetteer lands: ``python -m geo build`` calls ``build_index`` last.
"""

from __future__ import annotations

from pathlib import Path


def build_index(pack_dir: Path) -> None:
    """Write ``gazetteer.parquet`` into ``pack_dir`` from the pack's layers."""
    del pack_dir
