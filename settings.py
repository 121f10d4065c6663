"""One place for the Atlas's settings, read at call time so tests can redirect them.

Every setting can be overridden with an environment variable (``ATLAS_DATA_DIR`` and so
on; each is named next to its field below). :func:`get` checks every value it reads and
raises :class:`SettingsError` once, naming each bad variable and what it should hold.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent
#: Where ``make setup`` installs Leaflet (Streamlit serves it at ``dashboard.assets.LEAFLET_PATH``).
LEAFLET_DIR = ROOT / "static" / "vendor" / "leaflet"

#: Moscow time: every window in reports is given in it unless stated otherwise.
TIMEZONE = "Europe/Moscow"
#: The Moscow time zone itself, the one every part uses (UTC+3 all year since 2014).
MSK = ZoneInfo(TIMEZONE)


class SettingsError(ValueError):
    """One or more ``ATLAS_*`` variables hold a value the Atlas cannot use."""


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings in force; see :func:`get`."""

    #: ``ATLAS_DATA_DIR``: the data folder (samples, the default SQLite database).
    data_dir: Path
    #: ``ATLAS_PACK_DIR``: the built boundary pack (``data/boundaries``).
    pack_dir: Path
    #: ``ATLAS_BOUNDARIES_SRC``: a mirror of the boundary sources the build reads.
    boundaries_src: Path
    #: ``ATLAS_DOWNLOADS_DIR``: where ``make setup`` keeps what it downloads.
    downloads_dir: Path
    #: ``ATLAS_OSM_DISTRICTS_BASE``: URL of the OpenStreetMap district files (pinned commit).
    osm_districts_base: str
    #: ``ATLAS_DATABASE_URL``: SQLAlchemy URL (``sqlite:///...`` or ``postgresql+psycopg://...``).
    database_url: str
    #: ``ATLAS_MAX_IMPORT_BYTES``: the largest file an import accepts (bytes, above 0).
    max_import_bytes: int
    #: ``ATLAS_NIGHT_START_HOUR``: the hour (0-23, Moscow time) a night starts.
    night_start_hour: int
    #: ``ATLAS_NIGHT_END_HOUR``: the hour (0-23, Moscow time) a night ends; not the start hour.
    night_end_hour: int
    #: ``ATLAS_DISPLAY_TOLERANCE_DEG``: simplification of display shapes (degrees, 0 or more).
    display_tolerance_deg: float
    #: ``ATLAS_TELEGRAM_BASE``: where public Telegram previews are read (``https://t.me``).
    telegram_base: str
    #: ``ATLAS_SYNC``: ``on`` or ``off`` (also 1/0, true/false, yes/no): sources are synced.
    sync: bool
    #: ``ATLAS_SYNC_DELAY``: seconds between two requests to one host (0 or more).
    sync_delay_s: float
    #: ``ATLAS_SYNC_TIMEOUT``: seconds a request may take (above 0).
    sync_timeout_s: float
    #: ``ATLAS_SYNC_RETRIES``: retries of a failed request (0 or more).
    sync_retries: int
    #: ``ATLAS_SYNC_MAX_PAGES``: pages read from one source in one pass (1 or more).
    sync_max_pages: int
    #: ``ATLAS_SYNC_MAX_PAGE_BYTES``: the largest page a sync reads (bytes, above 0).
    sync_max_page_bytes: int


def _default_boundaries_src() -> Path:
    shared = ROOT.parent / "shared" / "boundaries"
    return shared if shared.is_dir() else ROOT / "data" / "sources"


#: The OpenStreetMap district files' repository at the pinned commit (see ``geo/sources.py``).
OSM_DISTRICTS_BASE = (
    "https://raw.githubusercontent.com/timurkanaz/Russia_geojson_OSM/"
    "5af46d6dab9a502713611846892e4185f157dab7"
)

_ON = ("on", "1", "true", "yes")
_OFF = ("off", "0", "false", "no")

#: Settings already built, by the values of every ``ATLAS_*`` variable read.
_BUILT: dict[tuple[str | None, ...], Settings] = {}
#: Every environment variable :func:`get` reads.
VARIABLES = (
    "ATLAS_DATA_DIR", "ATLAS_PACK_DIR", "ATLAS_BOUNDARIES_SRC", "ATLAS_DOWNLOADS_DIR",
    "ATLAS_OSM_DISTRICTS_BASE", "ATLAS_DATABASE_URL", "ATLAS_MAX_IMPORT_BYTES",
    "ATLAS_NIGHT_START_HOUR", "ATLAS_NIGHT_END_HOUR", "ATLAS_DISPLAY_TOLERANCE_DEG",
    "ATLAS_TELEGRAM_BASE", "ATLAS_SYNC", "ATLAS_SYNC_DELAY", "ATLAS_SYNC_TIMEOUT",
    "ATLAS_SYNC_RETRIES", "ATLAS_SYNC_MAX_PAGES", "ATLAS_SYNC_MAX_PAGE_BYTES",
)  # fmt: skip


def get() -> Settings:
    """Return the settings, honouring ``ATLAS_*`` environment overrides.

    Raises
    ------
    SettingsError
        When any variable holds a value the Atlas cannot use; the message names every
        bad variable at once.
    """
    values = tuple(os.environ.get(name) for name in VARIABLES)
    found = _BUILT.get(values)
    if found is None:
        found = _build(dict(zip(VARIABLES, values, strict=True)))
        if len(_BUILT) > 64:
            _BUILT.clear()
        _BUILT[values] = found
    return found


def _build(env: dict[str, str | None]) -> Settings:
    problems: list[str] = []

    def read(name: str, default: object, convert: Callable[[str], object], need: str,
             ok: Callable[[object], bool] = lambda _: True) -> object:  # fmt: skip
        raw = env[name]
        if raw is None:
            return default
        try:
            value = convert(raw.strip())
        except ValueError:
            value = None
        if value is None or not ok(value):
            problems.append(f"{name} is {raw!r}: expected {need}")
            return default
        return value

    def path(name: str, default: Path) -> Path:
        return read(name, default, _path, "a folder path")  # type: ignore[return-value]

    def url(name: str, default: str) -> str:
        return read(name, default, _url, "a URL such as https://host/path")  # type: ignore[return-value]

    def number(name: str, default: float, need: str, ok: Callable[[float], bool]) -> float:
        return read(name, default, float, need, ok)  # type: ignore[arg-type,return-value]

    def whole(name: str, default: int, need: str, ok: Callable[[int], bool]) -> int:
        return read(name, default, int, need, ok)  # type: ignore[arg-type,return-value]

    def hour(name: str, default: int) -> int:
        return whole(name, default, "an hour from 0 to 23", lambda h: 0 <= h <= 23)

    data_dir = path("ATLAS_DATA_DIR", ROOT / "data")
    start, end = hour("ATLAS_NIGHT_START_HOUR", 20), hour("ATLAS_NIGHT_END_HOUR", 7)
    if start == end:
        problems.append(
            f"ATLAS_NIGHT_START_HOUR and ATLAS_NIGHT_END_HOUR are both {start}:"
            " a night needs two different hours"
        )
    database_url = read(
        "ATLAS_DATABASE_URL", f"sqlite:///{data_dir / 'atlas.sqlite'}", _url,
        "a database URL such as sqlite:///path or postgresql+psycopg://host/db",
    )  # fmt: skip
    found = Settings(
        data_dir=data_dir,
        pack_dir=path("ATLAS_PACK_DIR", ROOT / "data" / "boundaries"),
        boundaries_src=path("ATLAS_BOUNDARIES_SRC", _default_boundaries_src()),
        downloads_dir=path("ATLAS_DOWNLOADS_DIR", ROOT / "data" / "downloads"),
        osm_districts_base=url("ATLAS_OSM_DISTRICTS_BASE", OSM_DISTRICTS_BASE),
        database_url=str(database_url),
        max_import_bytes=whole(
            "ATLAS_MAX_IMPORT_BYTES", 200 * 1024 * 1024, "a number of bytes above 0", _positive
        ),
        night_start_hour=start,
        night_end_hour=end,
        display_tolerance_deg=number(
            "ATLAS_DISPLAY_TOLERANCE_DEG", 0.01, "a number of degrees, 0 or more", _not_negative
        ),
        telegram_base=url("ATLAS_TELEGRAM_BASE", "https://t.me").rstrip("/"),
        sync=bool(read("ATLAS_SYNC", True, _switch, "on or off")),
        sync_delay_s=number(
            "ATLAS_SYNC_DELAY", 2.0, "a number of seconds, 0 or more", _not_negative
        ),
        sync_timeout_s=number("ATLAS_SYNC_TIMEOUT", 20.0, "a number of seconds above 0", _positive),
        sync_retries=whole("ATLAS_SYNC_RETRIES", 3, "a whole number, 0 or more", _not_negative),
        sync_max_pages=whole("ATLAS_SYNC_MAX_PAGES", 40, "a whole number above 0", _positive),
        sync_max_page_bytes=whole(
            "ATLAS_SYNC_MAX_PAGE_BYTES", 5 * 1024 * 1024, "a number of bytes above 0", _positive
        ),
    )
    if problems:
        msg = "invalid settings: " + "; ".join(problems)
        raise SettingsError(msg)
    return found


def _path(raw: str) -> Path | None:
    return Path(raw) if raw else None


def _url(raw: str) -> str | None:
    return raw if "://" in raw[1:] else None


def _switch(raw: str) -> bool | None:
    word = raw.lower()
    return True if word in _ON else False if word in _OFF else None


def _positive(value: float) -> bool:
    return value > 0


def _not_negative(value: float) -> bool:
    return value >= 0
