"""The name of the samples' kept import (``store.kept_samples``), known without the store.

Light on purpose (the standard library and ``settings``): ``app_pages/first_view.py``
reads it before the first map, while SQLAlchemy and pandas still load, to tell which
samples a fresh database will get.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

import settings

#: The packages whose code shapes the stored rows of an import (besides Python's).
READ_WITH = ("feedparser", "lxml", "trafilatura", "sqlalchemy")
#: The packages of this repository whose code shapes them.
_CODE = ("parsing", "store", "geo")
_ROOT = Path(__file__).resolve().parents[1]
#: The ``meta`` key naming the kept import a database's samples came from (or were kept
#: as): set when a fresh database loads them, copied by a restore, so two databases
#: holding it with the same data version hold the same rows.
META_KEY = "samples_copy"


def kept_samples_file(samples: Path) -> Path:
    """Return the file a copy of ``samples``' import into a fresh SQLite database is
    kept in (under the data folder's ``cache/samples/``), named by everything the
    import's rows depend on: the sample files, the code of ``parsing``, ``store`` and
    ``geo``, the settings, the boundary pack's build, the night boundary, the reading
    packages' versions, Python's and SQLite's."""
    made_by = hashlib.sha256()
    for file in sorted(p for p in samples.rglob("*") if p.is_file()):
        made_by.update(f"{file.relative_to(samples)}\0".encode())
        made_by.update(file.read_bytes())
    for package in _CODE:
        for file in sorted((_ROOT / package).rglob("*.py")):
            made_by.update(f"{file.relative_to(_ROOT)}\0".encode())
            made_by.update(file.read_bytes())
    made_by.update((_ROOT / "settings.py").read_bytes())
    from geo.stamp import build_stamp

    now = settings.get()
    made_by.update(repr((str(now.pack_dir), build_stamp(now.pack_dir))).encode())
    made_by.update(repr((now.night_start_hour, now.night_end_hour, now.max_import_bytes)).encode())
    for package in READ_WITH:
        made_by.update(f"{package}=={metadata.version(package)}".encode())
    made_by.update(f"{sys.version}|{sqlite3.sqlite_version}".encode())
    return kept_copy(made_by.hexdigest()[:20])


def kept_copy(name: str) -> Path:
    """Return the file of the samples' kept copy named ``name`` (the stem of
    :func:`kept_samples_file`, as a database's ``meta`` table holds it)."""
    return settings.get().data_dir / "cache" / "samples" / f"{name}.sqlite"
