"""Build the boundary pack (``data/boundaries/``) from its source files.

``python -m geo build`` runs :func:`build`. The steps, in order:

1. :func:`_read_districts` reads every OpenStreetMap district file, maps it to an ISO 3166-2
   code through the project's table ``geo/regions.csv``, repairs invalid polygons and names
   each unit.
2. :func:`_region_polygons` dissolves districts into regions; Krasnoyarsk Krai and Sakha come
   from DCW and the four occupied oblasts from Natural Earth, clipped by their OSM-derived
   neighbours and stretched over the slivers between them (:func:`_fit_to_neighbours`).
3. :func:`_read_seas` picks and names the seas from Natural Earth's marine polygons.
4. :func:`_write_display` writes simplified GeoJSON copies for the browser, once.
5. Everything goes to a temporary folder renamed into place at the end, with ``meta.json``
   recording the sources' checksums so ``--if-stale`` can skip an up-to-date pack.

The source folder is a mirror or one :mod:`geo.obtain` filled (see :func:`geo.sources.inputs`).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

import settings
from geo import area_ids, gazetteer, gazetteer_index, names, sources, vocab
from geo._errors import GeoError
from geo.display import DISPLAY_DECIMALS, polygonal
from geo.pack import COLUMNS, CRS, LAYERS

log = logging.getLogger(__name__)

#: Bump when the build's output changes, so ``--if-stale`` rebuilds packs made by older code.
BUILD_VERSION = 5


#: The layers' columns in the order written: the contract :mod:`geo.pack` checks on loading.
REGION_COLUMNS = list(COLUMNS["regions"])
DISTRICT_COLUMNS = list(COLUMNS["districts"])
SEA_COLUMNS = list(COLUMNS["seas"])

#: Regions whose polygon does not come from OSM districts, and where it comes from instead.
#: Processed in this order; each is clipped by the OSM regions and by those before it.
FALLBACK_REGIONS: dict[str, str] = {
    "RU-KYA": "dcw",
    "RU-SA": "dcw",
    "UA-14": "ne",
    "UA-09": "ne",
    "UA-23": "ne",
    "UA-65": "ne",
}
OCCUPIED = {"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"}

#: Files in ``osm-districts/Cities`` and the region each belongs to. Kazan's 7 city districts
#: overlap the single "городской округ Казань" of the Tatarstan file: we keep the latter.
CITY_FILES: dict[str, str | None] = {
    "Moscow": "RU-MOW",
    "Saint-Petersburg": "RU-SPE",
    "Sevastopol": "UA-40",
    "Kazan": None,
}

#: Seas: id -> (Natural Earth ``name_en`` values united, name_ru, name_en). Natural Earth's
#: "Baltic Sea" excludes the gulfs, while "над Балтийским морем" near Leningrad Oblast
#: usually means the Gulf of Finland, so the Baltic takes both gulfs.
SEAS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "SEA-BLACK": (("Black Sea",), "Черное море", "Black Sea"),
    "SEA-AZOV": (("Sea of Azov",), "Азовское море", "Sea of Azov"),
    "SEA-CASPIAN": (("Caspian Sea",), "Каспийское море", "Caspian Sea"),
    "SEA-BALTIC": (
        ("Baltic Sea", "Gulf of Finland", "Gulf of Riga"),
        "Балтийское море",
        "Baltic Sea",
    ),
    "SEA-OKHOTSK": (("Sea of Okhotsk",), "Охотское море", "Sea of Okhotsk"),
    "SEA-BARENTS": (("Barents Sea",), "Баренцево море", "Barents Sea"),
    "SEA-JAPAN": (("Sea of Japan",), "Японское море", "Sea of Japan"),
    "SEA-KARA": (("Kara Sea",), "Карское море", "Kara Sea"),
    "SEA-WHITE": (("White Sea",), "Белое море", "White Sea"),
    "SEA-BERING": (("Bering Sea",), "Берингово море", "Bering Sea"),
    "SEA-LAPTEV": (("Laptev Sea",), "Море Лаптевых", "Laptev Sea"),
    "SEA-EAST-SIBERIAN": (("East Siberian Sea",), "Восточно-Сибирское море", "East Siberian Sea"),
    "SEA-CHUKCHI": (("Chukchi Sea",), "Чукотское море", "Chukchi Sea"),
}

#: How far (degrees) a DCW or Natural Earth unit may stretch to close the sliver between its
#: border and an OSM neighbour's; the two datasets' borders differ by up to a few km.
SEAM_REACH_DEG = 0.15

#: Display simplification (coverage simplification keeps shared borders shared).
DISPLAY_REGION_TOLERANCE_DEG = 0.015
DISPLAY_DISTRICT_TOLERANCE_DEG = 0.004
DISPLAY_SEA_TOLERANCE_DEG = 0.05
#: Size goals of the display copies (bytes): all regions < 1.5 MB, one region's districts
#: < 300 KB. A layer over budget is simplified again with a coarser tolerance.
DISPLAY_REGIONS_BUDGET = 1_400_000
DISPLAY_DISTRICTS_BUDGET = 280_000

PACK_FILES = (*(f"{layer}.parquet" for layer in LAYERS), "meta.json")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What :func:`build` did."""

    pack_dir: Path
    built: bool
    seconds: float
    counts: dict[str, int]


# --------------------------------------------------------------------------- geometry helpers


def _polygonal_array(geoms: Any) -> np.ndarray:
    return np.array([polygonal(g) for g in geoms], dtype=object)


# --------------------------------------------------------------------------- reading sources


def _read_regions_table() -> pd.DataFrame:
    """Return the project's table of the 89 regions (``geo/regions.csv``)."""
    path = sources.REGIONS_TABLE
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"iso_3166_2", "name_ru", "name_en", "osm_file_en"} - set(frame.columns)
    if missing:
        msg = f"{path.name} lacks columns {sorted(missing)!r}"
        raise GeoError(msg)
    return frame


def _osm_file_region(path: Path, by_en: dict[str, str]) -> str | None:
    """Return the ISO code of an OSM district file from its name ("<Регион>_<Region>.geojson")."""
    english = path.stem.rsplit("_", 1)[-1]
    if path.parent.name == "Cities":
        if english not in CITY_FILES:
            msg = f"unknown city file {path.name!r}; add it to geo.build.CITY_FILES"
            raise GeoError(msg)
        return CITY_FILES[english]
    if english not in by_en:
        msg = f"OSM file {path.name!r} matches no row of {sources.REGIONS_TABLE.name}"
        raise GeoError(msg)
    return by_en[english]


def _read_districts(src: Path, regions_table: pd.DataFrame) -> gpd.GeoDataFrame:
    by_en = {
        row.osm_file_en: row.iso_3166_2
        for row in regions_table.itertuples()
        if row.osm_file_en and row.iso_3166_2 not in area_ids.FEDERAL_CITIES
    }
    frames = []
    files = sorted((src / sources.OSM_DIR).rglob("*.geojson"))
    if not files:
        msg = f"no OSM district files under {src / sources.OSM_DIR}"
        raise GeoError(msg)
    for path in files:
        region_id = _osm_file_region(path, by_en)
        if region_id is None:
            continue
        frame = pyogrio.read_dataframe(path, columns=["district"], use_arrow=True)
        frame = frame.set_crs(CRS, allow_override=True)
        frame["region_id"] = region_id
        frame["city_file"] = path.parent.name == "Cities"
        frames.append(frame)
    raw = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=CRS)
    raw["name_ru"] = raw["district"].astype(str).str.strip()
    raw["name_ru_short"] = raw["name_ru"].map(names.short_name_ru)
    raw["name_en"] = raw["name_ru"].map(names.name_en)
    raw["kind"] = [
        names.district_kind(n, city_file=c, region_id=r)
        for n, c, r in zip(raw["name_ru"], raw["city_file"], raw["region_id"], strict=True)
    ]
    town_okrug = _town_okrugs_beside_raions(raw)
    bare = town_okrug & (raw["name_ru"] == raw["name_ru_short"])
    raw.loc[bare, "name_ru"] = raw.loc[bare, "name_ru"] + " городской округ"
    raw["id"] = _district_ids(
        raw["region_id"].tolist(), raw["name_en"].tolist(), town_okrug.tolist()
    )
    raw["geometry"] = _polygonal_array(raw.geometry.array)
    raw = raw[~raw.geometry.is_empty]
    return _city_raions(gpd.GeoDataFrame(raw[DISTRICT_COLUMNS].reset_index(drop=True), crs=CRS))


def _city_raions(districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Unite a federal city's municipal okrugs into its raions (:data:`geo.vocab.CITY_RAIONS`).

    Each raion takes the place of its first okrug in source order, with the raion's name and an
    id made from it ("UA-40:nakhimovsky"), still a ``city_district`` (a federal city's inner
    division, as Moscow's "район Отрадное"): reports name the raion, not the okrugs inside
    it, and a place inside any of them falls in the raion.
    """
    keep = np.ones(len(districts), dtype=bool)
    rows = districts.to_dict("records")
    for region_id, raions in vocab.CITY_RAIONS.items():
        raion_of = {unit: raion for raion, units in raions.items() for unit in units}
        members: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            if row["region_id"] == region_id and row["name_ru"] in raion_of:
                members.setdefault(raion_of[row["name_ru"]], []).append(i)
        for raion, at in members.items():
            first = rows[at[0]]
            first["name_ru"] = raion
            first["name_ru_short"] = names.short_name_ru(raion)
            first["name_en"] = names.name_en(raion)
            first["id"] = f"{region_id}:{names.slug(first['name_en'])}"
            first["geometry"] = polygonal(shapely.union_all([rows[i]["geometry"] for i in at]))
            keep[at[1:]] = False
    kept = [row for row, k in zip(rows, keep, strict=True) if k]
    return gpd.GeoDataFrame(pd.DataFrame(kept, columns=DISTRICT_COLUMNS), crs=CRS)


def _town_okrugs_beside_raions(districts: pd.DataFrame) -> pd.Series:
    """Mark the urban okrugs whose short name is also a raion's of their region.

    Such a pair is two real units, not one unit twice: the raion and the town it surrounds,
    whose urban okrug takes the raion's adjective ("Пермский район" and "Пермский городской
    округ", the city of Perm). The OSM files publish such an okrug by the bare adjective
    ("Пермский"): the build gives it back its unit word and an id of its own.
    """
    rural = districts["kind"].isin(["raion", "municipal_okrug"])
    raion_names = set(
        zip(districts.loc[rural, "region_id"], districts.loc[rural, "name_ru_short"], strict=True)
    )
    shared = [
        (region_id, short) in raion_names
        for region_id, short in zip(districts["region_id"], districts["name_ru_short"], strict=True)
    ]
    return (districts["kind"] == "urban_okrug") & pd.Series(shared, index=districts.index)


def _district_ids(region_ids: list[str], english: list[str], town_okrug: list[bool]) -> list[str]:
    """Return ``"{region_id}:{slug}"`` ids.

    A town's okrug named like the raion around it ends in "-urban" ("RU-PER:permsky-urban"
    beside "RU-PER:permsky"); any other repeat is numbered in source order ("-2", "-3").
    """
    seen: dict[str, int] = {}
    ids = []
    for region_id, name, urban in zip(region_ids, english, town_okrug, strict=True):
        base = f"{region_id}:{names.slug(name) or 'unit'}{'-urban' if urban else ''}"
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def _read_fallbacks(src: Path) -> dict[str, BaseGeometry]:
    dcw = pyogrio.read_dataframe(src / sources.DCW_FILE, use_arrow=True)
    ne = pyogrio.read_dataframe(src / sources.OCCUPIED_FILE, use_arrow=True)
    table = {"dcw": dcw, "ne": ne}
    out = {}
    for region_id, origin in FALLBACK_REGIONS.items():
        frame = table[origin]
        rows = frame[frame["iso_3166_2"] == region_id]
        if len(rows) != 1:
            msg = f"{region_id} appears {len(rows)} times in the {origin} source, expected once"
            raise GeoError(msg)
        out[region_id] = polygonal(rows.geometry.iloc[0])
    return out


# --------------------------------------------------------------------------- regions


def _remove_overlaps(districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Cut each overlap between two districts out of the later one (in source order).

    OSM files exported at different times disagree on a few borders: about 20 km² in all,
    the largest 10 km² where Buinsky (Tatarstan) meets Yalchiksky (Chuvashia).
    """
    geoms = districts.geometry.array
    left, right = shapely.STRtree(geoms).query(geoms, predicate="overlaps")
    keep = left < right
    losers: dict[int, list[BaseGeometry]] = {}
    for winner, loser in zip(left[keep], right[keep], strict=True):
        losers.setdefault(int(loser), []).append(geoms[winner])
    if not losers:
        return districts
    fixed = districts.copy()
    col = fixed.columns.get_loc("geometry")
    for loser, winners in losers.items():
        fixed.iat[loser, col] = polygonal(
            shapely.difference(geoms[loser], shapely.union_all(winners))
        )
    return fixed[~fixed.geometry.is_empty].reset_index(drop=True)


def _fit_to_neighbours(geom: BaseGeometry, neighbours: BaseGeometry) -> BaseGeometry:
    """Clip a coarse unit by its accurate neighbours and close the slivers between them.

    The slivers are what a morphological closing (grow by :data:`SEAM_REACH_DEG`, shrink
    back) of unit plus neighbours adds within reach of both: the unit takes them, minus the
    neighbours, so the seam follows the neighbours' (OSM) border exactly while the unit's
    outer border stays where it was.
    """
    if neighbours.is_empty:
        return geom
    reach = SEAM_REACH_DEG
    # buffering full-detail borders costs minutes; simplified ones (error << reach) suffice
    rough_geom = shapely.simplify(geom, reach / 10)
    rough_neighbours = shapely.simplify(neighbours, reach / 10)
    closed = shapely.buffer(
        shapely.buffer(shapely.union(rough_geom, rough_neighbours), reach, quad_segs=2),
        -reach,
        quad_segs=2,
    )
    near_both = shapely.intersection(
        shapely.buffer(rough_geom, reach, quad_segs=2),
        shapely.buffer(rough_neighbours, reach, quad_segs=2),
    )
    seam = shapely.intersection(closed, near_both)
    fitted = polygonal(shapely.difference(shapely.union(geom, seam), neighbours))
    # lakes and slivers left enclosed between the unit and its neighbours go to the unit
    holes = [
        shapely.Polygon(ring)
        for part in shapely.get_parts(shapely.union(fitted, neighbours))
        for ring in part.interiors
    ]
    if holes:
        touching = [h for h in holes if h.intersects(fitted)]
        if touching:
            fitted = polygonal(
                shapely.difference(shapely.union_all([fitted, *touching]), neighbours)
            )
    return fitted


def _region_polygons(
    districts: gpd.GeoDataFrame, fallbacks: dict[str, BaseGeometry]
) -> dict[str, BaseGeometry]:
    polygons: dict[str, BaseGeometry] = {}
    for region_id, group in districts.groupby("region_id", sort=True):
        polygons[str(region_id)] = polygonal(shapely.union_all(group.geometry.array))
    osm_ids = list(polygons)
    osm_geoms = np.array([polygons[i] for i in osm_ids], dtype=object)
    tree = shapely.STRtree(osm_geoms)
    done: list[BaseGeometry] = []
    pending = list(fallbacks)
    for region_id in FALLBACK_REGIONS:
        pending.remove(region_id)
        geom = fallbacks[region_id]
        window = shapely.buffer(shapely.envelope(geom), SEAM_REACH_DEG * 2)
        near = osm_geoms[tree.query(window, predicate="intersects")].tolist()
        # earlier fallbacks are already fitted; later ones keep their own border for now
        others = near + done + [fallbacks[p] for p in pending]
        neighbours = shapely.union_all(others) if others else shapely.MultiPolygon()
        fitted = _fit_to_neighbours(geom, neighbours)
        polygons[region_id] = fitted
        done.append(fitted)
    return polygons


def _regions_frame(
    polygons: dict[str, BaseGeometry], regions_table: pd.DataFrame, district_regions: set[str]
) -> gpd.GeoDataFrame:
    rows = []
    for row in regions_table.itertuples():
        region_id = row.iso_3166_2
        if region_id not in polygons:
            msg = f"no polygon for region {region_id!r} (no OSM districts and no fallback)"
            raise GeoError(msg)
        rows.append(
            {
                "id": region_id,
                "name_ru": row.name_ru,
                "name_en": row.name_en,
                "status": "occupied_ukraine" if region_id in OCCUPIED else "federal_subject",
                "has_districts": region_id in district_regions,
                "geometry": polygons[region_id],
            }
        )
    frame = gpd.GeoDataFrame(rows, columns=REGION_COLUMNS, crs=CRS)
    return frame.sort_values("id", ignore_index=True)


# --------------------------------------------------------------------------- seas


def _read_seas(src: Path) -> gpd.GeoDataFrame:
    if (src / sources.MARINE_ZIP).is_file():
        marine = pyogrio.read_dataframe(
            f"/vsizip/{src / sources.MARINE_ZIP}", columns=["name_en"], use_arrow=True
        )
    else:  # decoded by geo.derive: Natural Earth's ``name``, equal to name_en for every sea here
        marine = pyogrio.read_dataframe(src / sources.MARINE_FILE, columns=["name"], use_arrow=True)
        marine = marine.rename(columns={"name": "name_en"})
    rows = []
    for sea_id, (parts, name_ru, name_en) in SEAS.items():
        picked = marine[marine["name_en"].isin(parts)]
        found = set(picked["name_en"])
        if found != set(parts):
            msg = f"{sea_id}: Natural Earth lacks {sorted(set(parts) - found)!r}"
            raise GeoError(msg)
        geom = polygonal(shapely.union_all(_polygonal_array(picked.geometry.array)))
        rows.append({"id": sea_id, "name_ru": name_ru, "name_en": name_en, "geometry": geom})
    return gpd.GeoDataFrame(rows, columns=SEA_COLUMNS, crs=CRS)


# --------------------------------------------------------------------------- display copies


def _round_coords(obj: Any, decimals: int) -> Any:
    if isinstance(obj, float):
        return round(obj, decimals)
    if isinstance(obj, list | tuple):
        return [_round_coords(o, decimals) for o in obj]
    return obj


def _display_geometries(geoms: Any, tolerance: float, *, coverage: bool) -> np.ndarray:
    arr = np.asarray(geoms, dtype=object)
    if coverage:
        simple = shapely.coverage_simplify(arr, tolerance)
    else:
        simple = shapely.simplify(arr, tolerance, preserve_topology=True)
    # snap to the output grid once, topology-aware, so rounding cannot make a ring invalid
    grid = 10.0**-DISPLAY_DECIMALS
    return shapely.set_precision(simple, grid)


def _geojson_bytes(frame: gpd.GeoDataFrame, geoms: np.ndarray) -> bytes:
    features = []
    for row, geom in zip(frame.itertuples(), geoms, strict=True):
        if geom is None or geom.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"id": row.id, "name_ru": row.name_ru, "name_en": row.name_en},
                "geometry": _round_coords(mapping(geom), DISPLAY_DECIMALS),
            }
        )
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _write_layer(
    frame: gpd.GeoDataFrame, path: Path, tolerance: float, *, coverage: bool, budget: int
) -> None:
    """Write one display layer, coarsening the tolerance until it fits ``budget`` bytes."""
    for _ in range(6):
        data = _geojson_bytes(
            frame, _display_geometries(frame.geometry.array, tolerance, coverage=coverage)
        )
        if len(data) <= budget:
            break
        tolerance *= 1.5
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _write_display(
    out: Path,
    regions: gpd.GeoDataFrame,
    districts: gpd.GeoDataFrame,
    seas: gpd.GeoDataFrame,
) -> None:
    display = out / "display"
    _write_layer(
        regions,
        display / "regions.geojson",
        DISPLAY_REGION_TOLERANCE_DEG,
        coverage=True,
        budget=DISPLAY_REGIONS_BUDGET,
    )
    _write_layer(
        seas,
        display / "seas.geojson",
        DISPLAY_SEA_TOLERANCE_DEG,
        coverage=False,
        budget=DISPLAY_REGIONS_BUDGET,
    )
    for region_id, group in districts.groupby("region_id", sort=True):
        _write_layer(
            group,
            display / "districts" / f"{region_id}.geojson",
            DISPLAY_DISTRICT_TOLERANCE_DEG,
            coverage=True,
            budget=DISPLAY_DISTRICTS_BUDGET,
        )


# --------------------------------------------------------------------------- meta and staleness


def _source_records(src: Path) -> list[dict[str, Any]]:
    records = []
    for source in sources.inputs(src):
        path = src / source.path
        stat = path.stat()
        records.append(
            {
                "file": source.path,
                "sha256": sources.sha256_file(path),
                "size": stat.st_size,
                "mtime_ns": stat.st_mtime_ns,
                "licence": source.licence,
                "attribution": source.attribution,
                "upstream": source.upstream,
                "url": source.url,
            }
        )
    return records


def read_meta(pack_dir: Path) -> dict[str, Any] | None:
    """Return the pack's ``meta.json`` or ``None`` when it is missing or unreadable."""
    try:
        meta = json.loads((pack_dir / "meta.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def is_fresh(source_dir: Path, pack_dir: Path) -> bool:
    """Tell whether the pack in ``pack_dir`` was built by this code from these sources.

    Sizes and modification times are compared first; a file whose time changed is hashed,
    so touching a source does not force a rebuild but editing it does. Without a source
    folder an existing pack counts as fresh (a user may keep only the built pack).
    """
    meta = read_meta(pack_dir)
    if meta is None or meta.get("build_version") != BUILD_VERSION:
        return False
    if not all((pack_dir / name).is_file() for name in PACK_FILES):
        return False
    if not gazetteer.is_current(pack_dir):
        return False
    if not source_dir.is_dir():
        return True
    if meta.get("regions_table_sha256") != sources.sha256_file(sources.REGIONS_TABLE):
        return False
    recorded = {rec.get("file"): rec for rec in meta.get("sources", [])}
    for source in sources.inputs(source_dir):
        rec = recorded.get(source.path)
        path = source_dir / source.path
        if rec is None or not path.is_file():
            return False
        stat = path.stat()
        if stat.st_size != rec.get("size"):
            return False
        if stat.st_mtime_ns != rec.get("mtime_ns") and sources.sha256_file(path) != rec.get(
            "sha256"
        ):
            return False
    return True


def _counts(
    regions: gpd.GeoDataFrame, districts: gpd.GeoDataFrame, seas: gpd.GeoDataFrame
) -> dict[str, int]:
    return {"regions": len(regions), "districts": len(districts), "seas": len(seas)}


# --------------------------------------------------------------------------- the build


def _replace_dir(tmp: Path, target: Path) -> None:
    """Swap ``tmp`` in as ``target``; readers see the old pack or the new one, never half."""
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    try:
        tmp.rename(target)
    except OSError:
        # another build (a parallel test session) put its pack in place first: keep that one
        if not (target / "meta.json").is_file():
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    if old.is_symlink():
        old.unlink()  # the pack was a link to a shared copy: drop the link, never what it points to
    else:
        shutil.rmtree(old, ignore_errors=True)


def build(
    *,
    source_dir: Path | None = None,
    pack_dir: Path | None = None,
    if_stale: bool = False,
) -> BuildResult:
    """Build the boundary pack from the source files.

    Parameters
    ----------
    source_dir
        Folder holding the files of :data:`geo.sources.SOURCES`; ``settings.get().boundaries_src``
        by default.
    pack_dir
        Where the pack goes; ``settings.get().pack_dir`` by default. Replaced atomically.
    if_stale
        Do nothing when the pack exists and was built from the same sources by this code.
    """
    cfg = settings.get()
    src = Path(source_dir) if source_dir is not None else cfg.boundaries_src
    out = Path(pack_dir) if pack_dir is not None else cfg.pack_dir
    started = time.perf_counter()
    if if_stale and is_fresh(src, out):
        meta = read_meta(out) or {}
        return BuildResult(out, False, time.perf_counter() - started, meta.get("counts", {}))
    missing = [s.path for s in sources.inputs(src) if not (src / s.path).is_file()]
    if missing:
        msg = (
            f"boundary sources missing in {str(src)!r}: {', '.join(missing[:5])}"
            f"{' ...' if len(missing) > 5 else ''}; set ATLAS_BOUNDARIES_SRC to a mirror, or "
            "run `python -m geo build --fetch` (as `make setup` does) to download them"
        )
        raise GeoError(msg)

    regions_table = _read_regions_table()
    districts = _remove_overlaps(_read_districts(src, regions_table))
    log.info("read %d districts in %.1f s", len(districts), time.perf_counter() - started)
    polygons = _region_polygons(districts, _read_fallbacks(src))
    regions = _regions_frame(polygons, regions_table, set(districts["region_id"]))
    seas = _read_seas(src)
    log.info("regions and seas done at %.1f s", time.perf_counter() - started)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        regions.to_parquet(tmp / "regions.parquet", index=False)
        districts.to_parquet(tmp / "districts.parquet", index=False)
        seas.to_parquet(tmp / "seas.parquet", index=False)
        _write_display(tmp, regions, districts, seas)
        log.info("display copies done at %.1f s", time.perf_counter() - started)
        gazetteer_index.build_index(tmp)
        counts = _counts(regions, districts, seas)
        meta = {
            "build_version": BUILD_VERSION,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "build_seconds": round(time.perf_counter() - started, 1),
            "counts": counts,
            "attribution": sources.OSM_ATTRIBUTION,
            "crs": CRS,
            "regions_without_districts": sorted(
                regions.loc[~regions["has_districts"], "id"].tolist()
            ),
            "sources": _source_records(src),
            "regions_table_sha256": sources.sha256_file(sources.REGIONS_TABLE),
        }
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
        _replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return BuildResult(out, True, time.perf_counter() - started, counts)
