"""Load the boundary pack built by ``python -m geo build``.

>>> pack = load_pack()  # doctest: +SKIP
>>> pack.regions.set_index("id").loc["RU-KLU", "name_en"]  # doctest: +SKIP
'Kaluga Oblast'
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

import settings
from geo._errors import PackInvalidError, PackMissingError
from geo.sources import OSM_ATTRIBUTION

CRS = "EPSG:4326"
LAYERS = ("regions", "districts", "seas")
#: Columns every layer must have (the contract in docs/architecture.md).
COLUMNS: dict[str, tuple[str, ...]] = {
    "regions": ("id", "name_ru", "name_en", "status", "has_districts", "geometry"),
    "districts": ("id", "region_id", "name_ru", "name_ru_short", "name_en", "kind", "geometry"),
    "seas": ("id", "name_ru", "name_en", "geometry"),
}
_BUILD_HINT = "run `python -m geo build` (or `make setup`)"


@dataclass(frozen=True, slots=True)
class Pack:
    """The boundary pack: three layers in EPSG:4326 and the build's ``meta.json``.

    Shared by every caller (cached): treat the frames as read-only, ``.copy()`` to modify.
    """

    regions: gpd.GeoDataFrame
    districts: gpd.GeoDataFrame
    seas: gpd.GeoDataFrame
    meta: dict[str, Any]
    path: Path

    @property
    def attribution(self) -> str:
        """The attribution to show wherever the map is shown or exported."""
        return str(self.meta.get("attribution", OSM_ATTRIBUTION))


_cache: dict[tuple[str, int], Pack] = {}
_lock = threading.Lock()


def _pack_dir(pack_dir: Path | str | None) -> Path:
    return Path(pack_dir) if pack_dir is not None else settings.get().pack_dir


def _validate(layers: dict[str, gpd.GeoDataFrame], meta: Any, path: Path) -> None:
    """Check the whole pack and raise one error listing every problem."""
    problems: list[str] = []
    for name, frame in layers.items():
        missing = [c for c in COLUMNS[name] if c not in frame.columns]
        if missing:
            problems.append(f"{name}: missing columns {missing!r}")
        if frame.crs is None or frame.crs != CRS:
            problems.append(f"{name}: CRS is {frame.crs!r}, expected {CRS}")
        if len(frame) == 0:
            problems.append(f"{name}: no rows")
        elif "id" in frame.columns and frame["id"].duplicated().any():
            dupes = sorted(frame.loc[frame["id"].duplicated(), "id"].astype(str))[:5]
            problems.append(f"{name}: duplicate ids {dupes!r}")
    districts, regions = layers["districts"], layers["regions"]
    if {"region_id"} <= set(districts.columns) and "id" in regions.columns:
        unknown = sorted(set(districts["region_id"]) - set(regions["id"]))
        if unknown:
            problems.append(f"districts: region_id not in regions {unknown[:5]!r}")
    if not isinstance(meta, dict):
        problems.append("meta.json: not a JSON object")
    if problems:
        msg = f"boundary pack in {str(path)!r} is invalid ({_BUILD_HINT}): " + "; ".join(problems)
        raise PackInvalidError(msg)


def _read(path: Path) -> Pack:
    layers = {name: gpd.read_parquet(path / f"{name}.parquet") for name in LAYERS}
    try:
        meta = json.loads((path / "meta.json").read_text("utf-8"))
    except ValueError as exc:
        msg = f"boundary pack in {str(path)!r} has an unreadable meta.json ({_BUILD_HINT}): {exc}"
        raise PackInvalidError(msg) from exc
    _validate(layers, meta, path)
    return Pack(layers["regions"], layers["districts"], layers["seas"], meta, path)


def load_pack(pack_dir: Path | str | None = None) -> Pack:
    """Return the boundary pack, read once per folder and build.

    Parameters
    ----------
    pack_dir
        The pack folder; ``settings.get().pack_dir`` by default.

    Raises
    ------
    PackMissingError
        When the pack has not been built.
    PackInvalidError
        When a layer lacks columns, has another CRS or duplicate ids (all problems at once).
    """
    path = _pack_dir(pack_dir)
    meta_path = path / "meta.json"
    missing = [f"{n}.parquet" for n in LAYERS if not (path / f"{n}.parquet").is_file()]
    if not meta_path.is_file():
        missing.append("meta.json")
    if missing:
        msg = f"boundary pack not found in {str(path)!r} (missing {', '.join(missing)}): {_BUILD_HINT}"
        raise PackMissingError(msg)
    # the build replaces the folder and writes meta.json last: its mtime names the build
    key = (str(path.resolve()), meta_path.stat().st_mtime_ns)
    with _lock:
        pack = _cache.get(key)
        if pack is None:
            pack = _read(path)
            _cache.clear()
            _cache[key] = pack
    return pack


def pack_attribution(pack_dir: Path | str | None = None) -> str | None:
    """Return the attribution the pack's build recorded (``meta.json``), without loading layers."""
    meta_path = _pack_dir(pack_dir) / "meta.json"
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    value = meta.get("attribution") if isinstance(meta, dict) else None
    return str(value) if value else None


def area_names(pack_dir: Path | str | None = None) -> dict[str, tuple[str, str]]:
    """Return area id -> ``(name_ru, name_en)`` of every region, then every sea, by Russian name.

    Reads only the name columns: no geometry is loaded (the whole pack takes a second).
    """
    path = _require(pack_dir)
    names: dict[str, tuple[str, str]] = {}
    for layer in ("regions", "seas"):
        rows = pd.read_parquet(path / f"{layer}.parquet", columns=["id", "name_ru", "name_en"])
        for area_id, name_ru, name_en in rows.sort_values("name_ru").itertuples(index=False):
            names[str(area_id)] = (str(name_ru), str(name_en))
    return names


def district_names(pack_dir: Path | str | None = None) -> dict[str, dict[str, tuple[str, str]]]:
    """Return region id -> district id -> ``(name_ru, name_en)``, by Russian name (no geometry).

    The point towns of the regions without district polygons (``towns.parquet``, written with
    the gazetteer's index) are listed as their districts.
    """
    path = _require(pack_dir)
    columns = ["id", "region_id", "name_ru", "name_en"]
    files = [path / "districts.parquet", path / "towns.parquet"]
    rows = pd.concat(
        [pd.read_parquet(file, columns=columns) for file in files if file.is_file()],
        ignore_index=True,
    )
    names: dict[str, dict[str, tuple[str, str]]] = {}
    for district_id, region_id, name_ru, name_en in rows.sort_values("name_ru").itertuples(
        index=False
    ):
        names.setdefault(str(region_id), {})[str(district_id)] = (str(name_ru), str(name_en))
    return names


def point_regions(pack_dir: Path | str | None = None) -> list[str]:
    """Return the ids of the regions without district polygons, whose towns are points."""
    path = _require(pack_dir)
    rows = pd.read_parquet(path / "regions.parquet", columns=["id", "has_districts"])
    return sorted(str(i) for i in rows.loc[~rows["has_districts"].astype(bool), "id"])


def _require(pack_dir: Path | str | None) -> Path:
    path = _pack_dir(pack_dir)
    missing = [f"{n}.parquet" for n in LAYERS if not (path / f"{n}.parquet").is_file()]
    if missing:
        msg = f"boundary pack not found in {str(path)!r} (missing {', '.join(missing)}): {_BUILD_HINT}"
        raise PackMissingError(msg)
    return path
