"""One place for the Atlas's settings, read at call time so tests can redirect them.

Every setting can be overridden with an environment variable of the same name in
upper case prefixed with ``ATLAS_`` (for example ``ATLAS_DATA_DIR``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent

#: Moscow time: every window in reports is given in it unless stated otherwise.
TIMEZONE = "Europe/Moscow"
#: The Moscow time zone itself, the one every part uses (UTC+3 all year since 2014).
MSK = ZoneInfo(TIMEZONE)


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings in force; see :func:`get`."""

    data_dir: Path
    pack_dir: Path
    boundaries_src: Path
    downloads_dir: Path
    osm_districts_base: str
    database_url: str
    max_import_bytes: int
    night_start_hour: int
    night_end_hour: int
    display_tolerance_deg: float
    telegram_base: str
    sync: bool
    sync_delay_s: float
    sync_timeout_s: float
    sync_retries: int
    sync_max_pages: int
    sync_max_page_bytes: int


def _default_boundaries_src() -> Path:
    shared = ROOT.parent / "shared" / "boundaries"
    return shared if shared.is_dir() else ROOT / "data" / "sources"


#: The OpenStreetMap district files' repository at the pinned commit (see ``geo/sources.py``).
OSM_DISTRICTS_BASE = (
    "https://raw.githubusercontent.com/timurkanaz/Russia_geojson_OSM/"
    "5af46d6dab9a502713611846892e4185f157dab7"
)


def get() -> Settings:
    """Return the settings, honouring ``ATLAS_*`` environment overrides."""
    env = os.environ
    data_dir = Path(env.get("ATLAS_DATA_DIR", ROOT / "data"))
    return Settings(
        data_dir=data_dir,
        pack_dir=Path(env.get("ATLAS_PACK_DIR", ROOT / "data" / "boundaries")),
        boundaries_src=Path(env.get("ATLAS_BOUNDARIES_SRC", _default_boundaries_src())),
        downloads_dir=Path(env.get("ATLAS_DOWNLOADS_DIR", ROOT / "data" / "downloads")),
        osm_districts_base=env.get("ATLAS_OSM_DISTRICTS_BASE", OSM_DISTRICTS_BASE),
        database_url=env.get("ATLAS_DATABASE_URL", f"sqlite:///{data_dir / 'atlas.sqlite'}"),
        max_import_bytes=int(env.get("ATLAS_MAX_IMPORT_BYTES", 200 * 1024 * 1024)),
        night_start_hour=int(env.get("ATLAS_NIGHT_START_HOUR", 20)),
        night_end_hour=int(env.get("ATLAS_NIGHT_END_HOUR", 7)),
        display_tolerance_deg=float(env.get("ATLAS_DISPLAY_TOLERANCE_DEG", 0.01)),
        telegram_base=env.get("ATLAS_TELEGRAM_BASE", "https://t.me").rstrip("/"),
        sync=env.get("ATLAS_SYNC", "on").strip().lower() not in ("off", "0", "false", "no"),
        sync_delay_s=float(env.get("ATLAS_SYNC_DELAY", 2.0)),
        sync_timeout_s=float(env.get("ATLAS_SYNC_TIMEOUT", 20.0)),
        sync_retries=int(env.get("ATLAS_SYNC_RETRIES", 3)),
        sync_max_pages=int(env.get("ATLAS_SYNC_MAX_PAGES", 40)),
        sync_max_page_bytes=int(env.get("ATLAS_SYNC_MAX_PAGE_BYTES", 5 * 1024 * 1024)),
    )
