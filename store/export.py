"""Exports: the claims as CSV (the format ``ingest`` reads back) and the reconciled
figures as GeoJSON with geometry, both carrying the caveat, licence and attribution."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

import pandas as pd

from geo import area_ids
from geo.sources import OSM_ATTRIBUTION
from store import columns as C
from store.importers.claims_csv import FORMULA_PREFIX, FORMULA_STARTS

#: Said on every export: the Atlas records claims, it does not verify them.
CAVEAT = (
    "Every figure is a claim made by a party to the war (Russia's Ministry of Defence, "
    "regional officials, or media retelling them); the Atlas records who said what, "
    "it does not verify it."
)
#: The label every view and export carries (issue 6): figures are a party's claims.
PARTY_CLAIM_NOTE = (
    "Figures are claims by a party to the conflict (Russia's authorities or Ukraine's); "
    "the Atlas does not verify them."
)
DATA_LICENCE = "Drone Interception Atlas export; code MIT, claims extracted from public statements."
#: Who to credit for the rows: each one names its source (channel or publisher, url).
DATA_ATTRIBUTION = (
    "Attribution: Drone Interception Atlas; each row names the statement it comes from "
    "(reporter, channel or publisher, url)."
)
#: The ``#`` lines every CSV export starts with (the claims CSV import skips them).
CSV_HEADER_LINES = (CAVEAT, PARTY_CLAIM_NOTE, DATA_LICENCE, DATA_ATTRIBUTION)
GEOMETRY_ATTRIBUTION = f"Boundaries {OSM_ATTRIBUTION}; Natural Earth; DCW."
GEOMETRY_LICENCE = "Geometry derived from OpenStreetMap is available under the ODbL 1.0."

_SEP = ";"
#: Lines end with CRLF (RFC 4180): the csv module then quotes a cell holding a carriage
#: return, which a bare "\n" terminator would leave to split the row in a spreadsheet.
_EOL = "\r\n"


def _missing(value: Any) -> bool:
    return not isinstance(value, tuple | list) and bool(pd.isna(value))


def _cell(value: Any) -> Any:
    if _missing(value):
        return ""
    if isinstance(value, tuple | list):
        value = _SEP.join(map(str, value))
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        # a spreadsheet would run "=...", "+...", "-...", "@...": the import removes it
        return FORMULA_PREFIX + value
    return value


def claims_csv(frame: pd.DataFrame) -> bytes:
    """Return the claims of ``Store.claims`` as CSV (UTF-8, ``#`` header lines first).

    Cells a spreadsheet would execute are prefixed with ``'``; ``python -m store ingest``
    reads the file back into the same claims.
    """
    # the ledger's columns (store.ledger.claims) ride along when present: flags, precision
    columns = [c for c in (*C.CLAIM_COLUMNS, *C.CLAIM_EXTRA_COLUMNS) if c in frame.columns]
    return _csv(frame[columns])


def nightly_csv(frame: pd.DataFrame) -> bytes:
    """Return a nightly frame as CSV (reconciled figures, without geometry).

    Give it ``store.ledger.nightly(store, filters, gaps=True)`` for the honest export: a
    ``status`` per row (``reported``, ``named_without_count``, ``named_in_total``,
    ``no_report``) and the discrepancy ``flags``; tuples are joined with ``;``. Cells a
    spreadsheet would execute are prefixed with ``'``.
    """
    return _csv(frame)


def table_csv(frame: pd.DataFrame) -> bytes:
    """Return a table as a page shows it (its headers, its rows) as CSV, ``#`` lines first."""
    return _csv(frame)


def _csv(frame: pd.DataFrame) -> bytes:
    out = io.StringIO()
    for line in CSV_HEADER_LINES:
        out.write(f"# {line}{_EOL}")
    writer = csv.writer(out, lineterminator=_EOL)
    writer.writerow(list(frame.columns))
    for row in frame.itertuples(index=False, name=None):
        writer.writerow([_cell(value) for value in row])
    return out.getvalue().encode("utf-8")


def _json_value(value: Any) -> Any:
    if _missing(value):
        return None
    if isinstance(value, tuple | list):
        return [str(v) for v in value]
    if isinstance(value, datetime | date):  # pd.Timestamp included
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _geometry(area_id: str, geometries: dict[str, Any]) -> dict[str, Any] | None:
    import shapely

    found = [geometries[part] for part in area_ids.parts(area_id) if part in geometries]
    if not found:
        return None
    geometry = found[0] if len(found) == 1 else shapely.union_all(found)
    return shapely.geometry.mapping(geometry)


def _features(frame: pd.DataFrame, shapes: Any, key: str) -> list[dict[str, Any]]:
    """Return one GeoJSON feature per row, its geometry the shape of its ``key`` column."""
    geometries = dict(zip(shapes["id"].astype(str), shapes.geometry, strict=True))
    return [
        {
            "type": "Feature",
            "geometry": _geometry(str(record[key]), geometries),
            "properties": {name: _json_value(value) for name, value in record.items()},
        }
        for record in frame.to_dict("records")
    ]


def nightly_geojson(
    frame: pd.DataFrame,
    shapes: Any,
    *,
    attribution: str | None = None,
    districts: pd.DataFrame | None = None,
    district_shapes: Any = None,
) -> bytes:
    """Return the rows of ``Store.nightly`` or ``store.ledger.nightly`` as a GeoJSON
    FeatureCollection.

    With ``districts`` (rows of ``Store.district_nightly``, one region's on the map's view of
    its districts) and ``district_shapes`` (``id`` and geometry: that region's display
    districts), each district row is a feature too, after the areas', with its district's
    shape: a polygon, or the point of a town where the sources hold no district polygons.

    ``shapes`` is a frame of ``id`` and ``geometry`` in EPSG:4326: the map's own shapes,
    ``geo.area_shapes()``. Each feature is one night (or day) and area with its figure,
    rule and claims (and the ledger's ``flags`` and total over a list of areas when the
    frame has them); combined areas get the union of their parts; an id ``shapes`` lacks
    gets ``null`` geometry. The collection carries the caveat, licence and attribution
    (the pack's, ``geo.load_pack().attribution``).
    """
    features = _features(frame, shapes, C.AREA_ID)
    if districts is not None and district_shapes is not None:
        features += _features(districts, district_shapes, C.DISTRICT_ID)
    collection = {
        "type": "FeatureCollection",
        "caveat": CAVEAT,
        "note": PARTY_CLAIM_NOTE,
        "licence": f"{DATA_LICENCE} {GEOMETRY_LICENCE}",
        "attribution": attribution or GEOMETRY_ATTRIBUTION,
        "features": features,
    }
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")
