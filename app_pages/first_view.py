"""A new session's first map view kept on disk, shown before pandas and the store load.

A first visit after a server start waits for the warm-up's imports (pandas with pyarrow,
SQLAlchemy, geopandas: about a second of CPU on a loaded 2-core machine) before the Map
page can compute its view and draw its title. Yet a new session opens on one view, the
default one (the latest night, every region), which depends only on the stored data and
the code: the slow path computes it anyway (the warm-up, the page). So each time it is
computed it is kept under the data folder's ``cache/first-view/`` (:func:`keep`), named
by what it depends on (:func:`view_file`): the database's data (the data version and
figures state in its ``meta`` table, read with the standard library's ``sqlite3``), the
boundary pack's build, the night boundary and the code that builds a view; the file
holds the night it shows and the day it was computed on, and is drawn on a later day
only when that night was before that day.
The next server start draws it at once (:func:`kept`): the Map page's title and caption
and the restyle script that colours the map, while the rest loads; the page then draws
itself as before and shows the same view again (its script restyles nothing when the
view is the same, and corrects the map if it is not).

A PostgreSQL database's ``meta`` table is read the same way with psycopg alone (the
store's driver: about 0.04 s of CPU to import in a server, against SQLAlchemy's and
pandas' second), so a shared database opens on its kept view too. A fresh database (no
file yet, or nothing written) that the warm-up fills with the samples' kept copy gets
the view kept for that copy (SQLite; a fresh PostgreSQL database's is computed). Imports
only the standard library, ``settings`` and ``store.samples_key`` (``import store``
loads neither SQLAlchemy nor pandas), and psycopg for a PostgreSQL URL.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import settings
from store.samples_key import META_KEY, kept_copy, kept_samples_file

#: The code a first view is built by (besides the data): a change to any of these files
#: names another kept file. Paths from the repository's root.
BUILT_BY = (
    "app_pages/default_view.py",
    "app_pages/first_view.py",
    "app_pages/loaders.py",
    "dashboard/colors.py",
    "dashboard/filter_state.py",
    "dashboard/folium_map.py",
    "dashboard/labels.py",
    "dashboard/map_layers.py",
    "dashboard/map_restyle.py",
    "dashboard/snapshot.py",
    "geo/display.py",
    "store/figures.py",
    "store/ledger.py",
    "store/store.py",
)
_ROOT = Path(__file__).resolve().parents[1]
#: How many first views are kept (the newest): each write names a file, and one server
#: may see several databases in turn (a fresh one with the samples, then the user's).
KEPT_FILES = 8
_SQLITE = "sqlite:///"
#: A PostgreSQL URL as SQLAlchemy reads it (``postgresql+psycopg://...``): the scheme
#: and driver; the rest is libpq's own URI (user, host, database, ``?host=`` a socket).
_POSTGRESQL = re.compile(r"^postgres(?:ql)?(?:\+\w+)?://")
#: The ``meta`` rows that name a database's data.
_META_KEYS = ("data_version", "figures_state", META_KEY)
#: Seconds a PostgreSQL server may take to answer before the view is computed instead.
_CONNECT_TIMEOUT_S = 2
#: The files this process kept (:func:`keep`), with the day each was written on: the
#: default view is shown again on every filter change back to it, and the same file
#: need not be written twice in a day.
_WRITTEN: dict[Path, date] = {}


@dataclass(frozen=True, slots=True)
class FirstView:
    """What a new session's Map page shows first: its caption, the view's restyle script
    (``map_restyle.restyle_script``), whether the store holds only the samples, and the
    night it shows (None: the store holds no night)."""

    caption: str
    restyle: str
    only_samples: bool
    night: date | None


def _today() -> date:
    """Return today's date (the server's clock; a test moves it)."""
    return date.today()


def store_key(url: str) -> str | None:
    """Return what names ``url``'s data, read from its ``meta`` table; None for a database
    other than an SQLite file or a PostgreSQL server's, or one whose data cannot be named
    (before they are written, or a server that does not answer).

    A database is named by its data version and figures state, not by its file: every
    write stores a new random data version (``store.rows.bump_data_version``), so two
    files with the same version hold the same rows (a copy of the file, a backup put
    back, the file moved), and a copy opens on the view kept for its original. A fresh
    one the warm-up will fill with a kept copy of the samples is named by that copy.
    """
    if _POSTGRESQL.match(url):
        return _postgresql_key(url)
    if not url.startswith(_SQLITE) or url == _SQLITE or ":memory:" in url:
        return None
    path = Path(url.removeprefix(_SQLITE).split("?", 1)[0])
    try:
        if not path.exists():
            return _fresh_key()  # the store creates it: the warm-up loads the samples
        meta = _meta(path)
    except (OSError, sqlite3.Error):
        return None
    if not meta.get("data_version"):
        return _fresh_key()  # nothing written yet: the warm-up loads the samples
    return _named(meta)


def _postgresql_key(url: str) -> str | None:
    """Return what names the data of the PostgreSQL database at ``url`` (as
    :func:`store_key`), or None when it cannot be read or holds nothing written yet."""
    try:
        import psycopg  # the store's driver (requirements.txt), without SQLAlchemy
    except ImportError:
        return None
    try:
        with psycopg.connect(
            _POSTGRESQL.sub("postgresql://", url),
            autocommit=True,
            connect_timeout=_CONNECT_TIMEOUT_S,
        ) as conn:
            rows = conn.execute(
                "SELECT key, value FROM meta WHERE key = ANY(%s)", [list(_META_KEYS)]
            ).fetchall()
    except psycopg.Error:  # no server, no such database, no meta table yet
        return None
    meta = {str(key): str(value) for key, value in rows}
    return _named(meta) if meta.get("data_version") else None


def _named(meta: dict[str, str]) -> str:
    return f"{meta.get(META_KEY, '')}|{meta['data_version']}|{meta.get('figures_state', '')}"


def _fresh_key() -> str | None:
    """Return the name of the data a fresh database gets from the samples' kept copy
    (``store.kept_samples``), or None when there is none to restore (the samples are
    then parsed: their copy is kept for the next fresh database)."""
    kept = _kept_samples(settings.get().data_dir / "samples")
    if kept is None or not kept.with_suffix(".json").is_file():
        return None  # none, or not a whole copy: the samples are imported
    return _samples_key(kept.stem)


def _samples_key(name: str) -> str | None:
    """Return the name of the data in the samples' kept copy ``name`` (its data version
    and figures state), or None when there is no such copy."""
    kept = kept_copy(name)
    try:
        meta = _meta(kept) if kept.is_file() else {}
    except (OSError, sqlite3.Error):
        return None
    if meta.get(META_KEY) != name or not meta.get("data_version"):
        return None
    return _named(meta)


@functools.cache
def _kept_samples(samples: Path) -> Path | None:
    # hashes the samples and the code of parsing, store and geo (about 40 ms at a load
    # of 8): once per process, as the code and samples a server runs do not change
    if not samples.is_dir() or not any(samples.iterdir()):
        return None
    return kept_samples_file(samples)


def _meta(path: Path) -> dict[str, str]:
    # read-only, never creating the file; a short timeout: a writer holds it for seconds
    with contextlib.closing(
        sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    ) as conn:
        try:
            rows = conn.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?, ?)", _META_KEYS
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return {}  # created, no table yet: fresh
            raise
    return {str(key): str(value) for key, value in rows}


def view_file(key: str) -> Path:
    """Return the file the first view of the data named ``key`` (:func:`store_key`) is
    kept in: under the data folder's ``cache/first-view/``, named by the data, the pack's
    build, the night boundary and the code that builds a view.

    Not by the day: the default night is the latest one up to today (issue 14), which a
    new day moves only when the data hold a night from that day on; :func:`kept` reads
    the file on a later day only when its night was before the day it was computed on.
    Named by the day (until stop 43), the first start of every day computed it again."""
    from geo.stamp import build_stamp  # settings only, like this module

    now = settings.get()
    made_by = hashlib.sha256(key.encode())
    made_by.update(repr((str(now.pack_dir), build_stamp(now.pack_dir))).encode())
    made_by.update(repr((now.night_start_hour, now.night_end_hour)).encode())
    for name in BUILT_BY:
        made_by.update(f"{name}\0".encode())
        made_by.update((_ROOT / name).read_bytes())
    return now.data_dir / "cache" / "first-view" / f"{made_by.hexdigest()[:20]}.json"


def kept_file(url: str) -> Path | None:
    """Return the file the first view of ``url``'s data as it is now is kept in (which
    may not exist), without reading it; None when its data cannot be named
    (:func:`store_key`)."""
    key = store_key(url)
    return None if key is None else view_file(key)


def kept(url: str) -> FirstView | None:
    """Return the first view kept for ``url``'s data as it is now, or None (none kept,
    not an SQLite file, a file that is not a whole one or not of this shape: a caption
    and a script that are texts, a flag that is true or false, a night and a day; or a
    view a new day may move).

    A view computed on a day after the night it shows is the default view of the same
    data on any later day; one whose night is that day (or later, or none) is drawn only
    on that day: the next day's latest night up to today may be another.
    """
    path = kept_file(url)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        night = _date_or_none(data["night"])
        view = FirstView(data["caption"], data["restyle"], data["only_samples"], night)
        computed = date.fromisoformat(data["day"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    # (read as they came, a list became its text for a caption, and "false" a true flag:
    # a samples banner over the user's data)
    shaped = isinstance(view.caption, str) and isinstance(view.restyle, str)
    if not (shaped and isinstance(view.only_samples, bool)):
        return None
    today = _today()
    if computed == today or (night is not None and night < computed <= today):
        return view
    return None


def _date_or_none(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _prune(folder: Path) -> None:
    """Remove all but the :data:`KEPT_FILES` newest first views in ``folder``."""
    files = sorted(folder.glob("*.json"), key=lambda f: f.stat().st_mtime_ns, reverse=True)
    for old in files[KEPT_FILES:]:
        old.unlink(missing_ok=True)


def keep(key: str | None, view: FirstView, *, url: str) -> None:
    """Keep ``view``, computed from ``url``'s data named ``key`` (:func:`store_key`, read
    before it was computed), for the next server start.

    Kept only when the data are still those (a write meanwhile would name the older view
    by the newer data), whole (a reader never sees half a file); only the newest
    :data:`KEPT_FILES` files stay. A folder that cannot be written is let be: the view
    is computed.
    """
    if key is None or store_key(url) != key:
        return
    path = view_file(key)
    today = _today()
    if _WRITTEN.get(path) == today and path.is_file():
        return
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    data = {**asdict(view), "day": today.isoformat()}
    data["night"] = None if view.night is None else view.night.isoformat()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
        _WRITTEN[path] = today
        _prune(path.parent)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
