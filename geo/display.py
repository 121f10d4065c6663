"""The pack's simplified display copies: where they are, how they are read, what they hold.

The build (:mod:`geo.build`) writes ``display/regions.geojson``, ``display/seas.geojson``
and ``display/districts/{region_id}.geojson``: coverage-simplified, coordinates rounded to
:data:`DISPLAY_DECIMALS`. :func:`read_display` reads one ready for a Web Mercator map
(EPSG:4326, Chukotka moved east of 180°, polygons only, or points: a region without district
polygons has its towns' points, written with the gazetteer's index,
``display/districts/{region_id}.geojson`` too). The map, the PNG snapshot and the
GeoJSON export all draw these shapes (:func:`area_shapes`), never the full-resolution
polygons the gazetteer joins on.

Nothing here knows figures, claims or labels: those are the dashboard's.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

import settings
from geo import area_ids
from geo._errors import GeoError, PackMissingError
from geo.pack import CRS

#: Longitudes west of this are moved by +360° so Chukotka is drawn next to the rest of
#: Russia instead of at the far left of a Web Mercator map.
ANTIMERIDIAN_SHIFT_BELOW = -100.0
#: Decimal places of display coordinates, written by the build and kept by the reader
#: (1e-3° is about 110 m, below the display simplification tolerance); fewer digits make
#: a smaller browser payload.
DISPLAY_DECIMALS = 3
#: Columns of every display layer.
DISPLAY_COLUMNS = ("id", "name_ru", "name_en", "geometry")
_BUILD_HINT = "run `python -m geo build` (or `make setup`)"
#: The one CRS object every display layer (and every layer made from one) carries.
#: pyproj builds a CRS's inner object again in each thread that compares it, and each
#: Streamlit run is a thread of its own: comparing this object with itself costs nothing
#: (:func:`same_crs`), comparing two equal CRS objects a few milliseconds a run each.
WGS84 = pyproj.CRS.from_user_input(CRS)


def display_path(
    layer: str, region_id: str | None = None, *, pack_dir: Path | str | None = None
) -> Path:
    """Return the path of a display GeoJSON.

    Parameters
    ----------
    layer
        ``"regions"``, ``"seas"`` or ``"districts"``.
    region_id
        Required for ``"districts"``: the region whose districts to show (``"RU-KLU"``).
    pack_dir
        The pack folder; ``settings.get().pack_dir`` by default.

    Raises
    ------
    ValueError
        For an unknown layer or a missing/extra ``region_id``.
    PackMissingError
        When the file does not exist (regions without district detail have none).
    """
    display = _display_dir(pack_dir)
    if layer in {"regions", "seas"}:
        if region_id is not None:
            msg = f"region_id is only for layer 'districts', got layer={layer!r}"
            raise ValueError(msg)
        path = display / f"{layer}.geojson"
    elif layer == "districts":
        if not region_id:
            msg = "layer 'districts' needs region_id (for example 'RU-KLU')"
            raise ValueError(msg)
        if "/" in region_id or "\\" in region_id or region_id.startswith("."):
            msg = f"invalid region_id {region_id!r}"
            raise ValueError(msg)
        path = display / "districts" / f"{region_id}.geojson"
    else:
        msg = f"unknown display layer {layer!r}; expected 'regions', 'seas' or 'districts'"
        raise ValueError(msg)
    if not path.is_file():
        msg = f"display file {str(path)!r} not found ({_BUILD_HINT}; regions without district detail have none)"
        raise PackMissingError(msg)
    return path


def drillable_regions(pack_dir: Path | str | None = None) -> list[str]:
    """Return the ids of the regions whose districts can be drawn (they have a display file)."""
    folder = _display_dir(pack_dir) / "districts"
    return sorted(p.stem for p in folder.glob("*.geojson"))


def write_points(pack_dir: Path, towns: gpd.GeoDataFrame) -> None:
    """Write each region's point towns (``id``, ``name_ru``, ``name_en``, a Point) as its
    ``display/districts/{region_id}.geojson``: the regions without district polygons are
    drawn as their towns (:func:`geo.gazetteer_index.point_towns`)."""
    folder = _display_dir(pack_dir) / "districts"
    folder.mkdir(parents=True, exist_ok=True)
    for region_id, group in towns.groupby("region_id", sort=True):
        features = [
            {
                "type": "Feature",
                "properties": {"id": row.id, "name_ru": row.name_ru, "name_en": row.name_en},
                "geometry": {
                    "type": "Point",
                    "coordinates": [
                        round(float(row.geometry.x), DISPLAY_DECIMALS),
                        round(float(row.geometry.y), DISPLAY_DECIMALS),
                    ],
                },
            }
            for row in group.itertuples()
        ]
        text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
        path = folder / f"{region_id}.geojson"
        partial = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)


def read_display(path: Path) -> gpd.GeoDataFrame:
    """Read a display GeoJSON ready for the map: EPSG:4326, rounded, antimeridian-shifted."""
    if not path.is_file():
        msg = f"display layer {str(path)!r} is missing: {_BUILD_HINT}"
        raise PackMissingError(msg)
    frame = gpd.read_file(path)
    if frame.crs is None:
        frame = frame.set_crs(WGS84)
    elif frame.crs != WGS84:
        frame = frame.to_crs(WGS84)
    return _shared_crs(prepare_display(frame))


def _shared_crs(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``frame`` (in EPSG:4326) carrying :data:`WGS84` itself as its CRS."""
    if frame.crs is not WGS84:
        if frame.crs != WGS84:
            msg = f"a display layer must be in {CRS}, got {frame.crs!r}"
            raise GeoError(msg)
        frame = frame.set_crs(WGS84, allow_override=True)
    return frame


def read_display_kept(path: Path, folder: Path) -> gpd.GeoDataFrame:
    """Return :func:`read_display` of ``path``, kept under ``folder`` as GeoParquet.

    The same frame (columns, types, coordinates, CRS) about three times faster: parsing
    the GeoJSON, rounding and repairing its shapes is done once per version of the file
    and of this module. A kept copy is named by both; writing one removes the copies of
    the same file's other versions. A folder that cannot be written is skipped: the
    GeoJSON is then read each time.
    """
    if not path.is_file():
        return read_display(path)  # raises PackMissingError with the build hint
    source = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]
    stat = path.stat()
    version = hashlib.sha256(f"{stat.st_size}|{stat.st_mtime_ns}".encode())
    version.update(Path(__file__).read_bytes())
    kept = folder / f"{source}-{version.hexdigest()[:12]}.parquet"
    with contextlib.suppress(OSError, ValueError):  # missing or unreadable: read the GeoJSON
        return _read_kept(kept)
    frame = read_display(path)
    partial = kept.with_name(f"{kept.name}.{os.getpid()}.partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        frame.to_parquet(partial)
        os.replace(partial, kept)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        return frame
    for other in folder.glob(f"{source}-*.parquet"):
        if other != kept:
            other.unlink(missing_ok=True)
    return frame


#: The id of the CRS a kept copy's GeoParquet metadata holds when it is :data:`WGS84`.
_WGS84_ID = {"authority": "EPSG", "code": 4326}


def _read_kept(path: Path) -> gpd.GeoDataFrame:
    """Return a copy :func:`read_display_kept` wrote, with :data:`WGS84` itself as its CRS.

    ``gpd.read_parquet`` builds a pyproj CRS from the PROJJSON the file holds (about
    40 ms a layer, in the warm-up's path to the first map at server start) only for
    :func:`_shared_crs` to replace it: here the file's CRS is known by its id. The frame
    is the one ``gpd.read_parquet`` gives (its columns in their order, their types).
    """
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    meta = json.loads(table.schema.metadata[b"geo"])
    column = meta["primary_column"]
    described = meta["columns"][column]
    if described.get("encoding") != "WKB" or (described.get("crs") or {}).get("id") != _WGS84_ID:
        return _shared_crs(gpd.read_parquet(path))
    position = table.column_names.index(column)
    frame = table.drop([column]).to_pandas()
    frame.insert(position, column, gpd.array.from_wkb(np.array(table[column]), crs=WGS84))
    return gpd.GeoDataFrame(frame, geometry=column)


def area_shapes(pack_dir: Path | str | None = None) -> gpd.GeoDataFrame:
    """Return the display shapes of every region and sea (``DISPLAY_COLUMNS``): what the map draws."""
    frames = [read_display(display_path(layer, pack_dir=pack_dir)) for layer in ("regions", "seas")]
    columns = list(DISPLAY_COLUMNS)
    return gpd.GeoDataFrame(
        pd.concat([frame[columns] for frame in frames], ignore_index=True),
        geometry="geometry",
        crs=CRS,
    )


def prepare_display(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``frame`` with rounded coordinates, Chukotka moved east of 180° and every shape a
    (Multi)Polygon or a Point."""

    def _fix(coords: np.ndarray) -> np.ndarray:
        x = np.where(coords[:, 0] < ANTIMERIDIAN_SHIFT_BELOW, coords[:, 0] + 360.0, coords[:, 0])
        return np.round(np.column_stack([x, coords[:, 1]]), DISPLAY_DECIMALS)

    out = frame.copy()
    fixed = shapely.make_valid(shapely.transform(out.geometry.values, _fix))
    # a town of a region without district polygons is drawn as its point
    out["geometry"] = [geom if geom.geom_type == "Point" else polygonal(geom) for geom in fixed]
    return out


def polygonal(geom: shapely.Geometry | None) -> shapely.Geometry:
    """Return a valid (Multi)Polygon: repair with ``make_valid``, drop lines and points.

    Rounding and simplifying can leave slivers as lines in a collection; an area is drawn
    and joined as polygons only.
    """
    if geom is None or geom.is_empty:
        return shapely.MultiPolygon()
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type in {"Polygon", "MultiPolygon"}:
        return geom
    polygons = [
        polygon
        for part in shapely.get_parts(geom)
        if part.geom_type in {"Polygon", "MultiPolygon"}
        for polygon in shapely.get_parts(part)
    ]
    joined = shapely.MultiPolygon(polygons)
    # polygons of a collection may share an edge: a MultiPolygon of them is then invalid
    return joined if joined.is_valid else polygonal(shapely.union_all(polygons))


def check_layer(frame: gpd.GeoDataFrame, name: str) -> None:
    """Refuse a layer that is not in EPSG:4326 or lacks ``id``, ``name_ru`` or ``name_en``."""
    if frame.crs is None or not same_crs(frame.crs, WGS84):
        msg = f"{name} must be in {CRS}, got {frame.crs!r}"
        raise GeoError(msg)
    missing = [c for c in ("id", "name_ru", "name_en") if c not in frame]
    if missing:
        msg = f"{name} lacks columns {missing!r}"
        raise GeoError(msg)


def same_crs(left: object, right: object) -> bool:
    """Return whether two CRSs are equal; the same object without asking pyproj."""
    return left is right or bool(left == right)


def check_crs(left: gpd.GeoDataFrame, right: gpd.GeoDataFrame) -> None:
    """Refuse to join two frames in different CRSs."""
    if not same_crs(left.crs, right.crs):
        msg = f"CRS mismatch: {left.crs!r} != {right.crs!r}; reproject one side first"
        raise GeoError(msg)


def bounds_of(
    layer: gpd.GeoDataFrame, ids: Iterable[str], *, column: str = "area_id"
) -> tuple[float, ...] | None:
    """Return ``(west, south, east, north)`` of the areas ``ids`` in a layer, or None.

    Combined areas count when one of their parts is in ``ids``.
    """
    wanted = tuple(ids)
    if not wanted:
        return None
    rows = layer[np.array([area_ids.matches(i, wanted) for i in layer[column]], dtype=bool)]
    if rows.empty:
        return None
    return tuple(float(v) for v in rows.total_bounds)


def area_at(shapes: gpd.GeoDataFrame, point: tuple[float, float], ids: Iterable[str]) -> str | None:
    """Return which of the areas ``ids`` contains ``point`` (``(lat, lng)``), or None.

    ``shapes`` has ``id`` and display geometry in EPSG:4326; used to tell which part of
    a combined area a click landed on.
    """
    lat, lng = point
    candidates = shapes[shapes["id"].isin(list(ids))]
    hits = candidates[candidates.geometry.intersects(shapely.Point(lng, lat))]
    return str(hits["id"].iloc[0]) if len(hits) else None


def _display_dir(pack_dir: Path | str | None) -> Path:
    return (Path(pack_dir) if pack_dir is not None else settings.get().pack_dir) / "display"
