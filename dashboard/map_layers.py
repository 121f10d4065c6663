"""Join reconciled figures onto display geometry: the map's layers, tooltips and table.

Every layer is a GeoDataFrame in EPSG:4326 with one row per drawn area and the columns
of :data:`LAYER_COLUMNS`. Text columns are HTML-escaped by :func:`map_properties`, the
one place that builds them, because folium inserts property text into tooltips as raw
HTML.

The layers are built on the pack's simplified display copies (:mod:`geo.display`), never
on the full-resolution polygons: the joins here are by id, so the accuracy of the
geometry does not change any figure.

Combined areas (``RU-MOW+RU-MOS``, ``SEA-AZOV+SEA-BLACK``: one count the source gave for
several areas together) are drawn as the union of their parts, labelled as combined,
after the single areas so they sit on top.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from geopandas.array import GeometryArray

from dashboard.labels import QUALIFIER_PREFIX, flag_text, in_total_text
from geo import area_ids
from geo.display import check_crs, check_layer
from store import columns as C

# Column names of a figures frame (see :func:`area_figures`); the store's frames are
# renamed onto these by the caller-facing helpers below.
FIGURE = "figure"
STATUS = "status"
QUALIFIER = "qualifier"
REPORTERS = "reporters"
NIGHTS = "nights"
#: Discrepancy codes over the nights (``store.columns.FLAG_*``), sorted.
FLAGS = "flags"
#: Reports giving one total over several areas that name this area without a figure of
#: its own: sorted ``(statement id, total, number of areas)`` tuples.
GROUPS = "groups"

#: Columns of every layer, in order. Text columns are escaped HTML.
LAYER_COLUMNS = (
    "area_id",
    "level",
    "name_ru",
    "name_en",
    "status",
    "figure",
    "figure_text",
    "reporters",
    "nights",
    "combined",
    "flags",
    "geometry",
)
TEXT_COLUMNS = ("area_id", "name_ru", "name_en", "figure_text", "reporters", "nights", "flags")


# --- figures ----------------------------------------------------------------------------


def area_figures(
    nightly: pd.DataFrame,
    *,
    area: str,
    night: str,
    figure: str,
    status: str,
    qualifier: str | None = None,
    reporters: str | None = None,
    flags: str | None = None,
    group: tuple[str, str, str] | None = None,
) -> pd.DataFrame:
    """Sum a nightly frame over its nights: one row per area id.

    Parameters name the input's columns. The result, indexed by area id, has
    ``figure`` (float; NaN when no night gave a count), ``status`` (``reported`` when
    some night gave a count, else ``named_in_total`` when some report named the area in
    a total over several areas, else ``named_without_count``; ``no_report`` rows of the
    input are dropped: a gap is not a zero), ``qualifier`` (``at_least`` when some
    night's figure is a lower bound or some night named the area without a count),
    ``reporters`` and ``nights`` (sorted tuples). With ``flags`` (the column of
    discrepancy codes) the result has ``flags`` too; with ``group`` (the columns of the
    statement, its total and its number of areas) it has ``groups``.
    """
    columns = [area, night, figure, status]
    wanted = [*columns, qualifier, reporters, flags, *(group or ())]
    missing = [c for c in wanted if c is not None and c not in nightly]
    if missing:
        msg = f"nightly frame lacks columns {missing!r}; it has {list(nightly.columns)!r}"
        raise ValueError(msg)
    rows = nightly[nightly[status] != C.STATUS_NO_REPORT]
    # Plain lists grouped in a dict: a view has a few dozen rows, and a pandas group
    # per area cost more than the sums (a filter change waits for this).
    counts = pd.to_numeric(rows[figure], errors="coerce").to_numpy(dtype=float)
    values = {c: rows[c].tolist() for c in wanted if c is not None}
    members: dict[object, list[int]] = {}
    for i, area_id in enumerate(values[area]):
        if not _missing(area_id):
            members.setdefault(area_id, []).append(i)
    out: dict[str, dict[str, object]] = {}
    for area_id in sorted(members):  # type: ignore[type-var]
        rows_of = members[area_id]
        counted = [i for i in rows_of if not np.isnan(counts[i])]
        qualifiers = (
            {values[qualifier][i] for i in rows_of if not _missing(values[qualifier][i])}
            if qualifier
            else set()
        )
        if len(counted) < len(rows_of):
            qualifiers.add("at_least")  # some night named the area with no number
        in_total = any(values[status][i] == C.STATUS_NAMED_IN_TOTAL for i in rows_of)
        out[str(area_id)] = {
            FIGURE: float(sum(counts[i] for i in counted)) if counted else np.nan,
            STATUS: C.STATUS_REPORTED
            if counted
            else (C.STATUS_NAMED_IN_TOTAL if in_total else C.STATUS_NAMED),
            QUALIFIER: _combine_qualifiers(qualifiers) if counted else None,
            REPORTERS: _unique_sorted([values[reporters][i] for i in rows_of]) if reporters else (),
            NIGHTS: tuple(sorted({_as_date(values[night][i]) for i in rows_of})),
        }
        if flags is not None:
            out[str(area_id)][FLAGS] = _unique_sorted([values[flags][i] for i in rows_of])
        if group is not None:
            statement, total, size = group
            out[str(area_id)][GROUPS] = _groups(
                [(values[statement][i], values[total][i], values[size][i]) for i in rows_of]
            )
    extra = [c for c, given in ((FLAGS, flags), (GROUPS, group)) if given is not None]
    frame = pd.DataFrame.from_dict(
        out, orient="index", columns=[FIGURE, STATUS, QUALIFIER, REPORTERS, NIGHTS, *extra]
    )
    frame.index.name = "area_id"
    frame[FIGURE] = frame[FIGURE].astype(float)
    return frame


# --- layers -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MapLayers:
    """What one map view draws: the areas, the seas, and ids the pack could not place."""

    areas: gpd.GeoDataFrame
    seas: gpd.GeoDataFrame | None
    unmatched: tuple[str, ...]


def nightly_layers(
    nightly: pd.DataFrame, regions: gpd.GeoDataFrame, seas: gpd.GeoDataFrame
) -> MapLayers:
    """Return the all-regions view of a ``Store.nightly`` frame summed over its nights."""
    figures = _store_figures(nightly, area=C.AREA_ID)
    areas = region_layer(regions, figures, seas=seas)
    named_seas = sea_layer(seas, figures)
    return MapLayers(areas, named_seas, tuple(unmatched(figures, areas, named_seas)))


def district_layers(
    district_nightly: pd.DataFrame, districts: gpd.GeoDataFrame, region_id: str
) -> MapLayers:
    """Return one region's districts from a ``Store.district_nightly`` frame.

    Districts named in reports get their figures (or "named without a count"); the
    others are drawn as "no report".
    """
    regions = district_nightly[C.DISTRICT_ID].astype(str).map(area_ids.region_of)
    rows = district_nightly[regions == region_id]
    figures = _store_figures(rows, area=C.DISTRICT_ID)
    areas = district_layer(districts, figures)
    return MapLayers(areas, None, tuple(unmatched(figures, areas)))


def _store_figures(frame: pd.DataFrame, *, area: str) -> pd.DataFrame:
    # the ledger's columns (store.ledger.nightly) ride along when the frame has them
    group = (C.GROUP_STATEMENT, C.GROUP_TOTAL, C.GROUP_SIZE)
    return area_figures(
        frame,
        area=area,
        night=C.DATE,
        figure=C.FIGURE,
        status=C.STATUS,
        qualifier=C.QUALIFIER,
        reporters=C.REPORTERS,
        flags=C.FLAGS if C.FLAGS in frame else None,
        group=group if all(c in frame for c in group) else None,
    )


def region_layer(
    regions: gpd.GeoDataFrame, figures: pd.DataFrame, *, seas: gpd.GeoDataFrame | None = None
) -> gpd.GeoDataFrame:
    """Return every region with its figure, then the combined areas that involve a region.

    A combined id whose parts are all seas is left to :func:`sea_layer`; one that mixes
    a region and a sea (a coast and its sea counted together) is drawn here and needs
    ``seas``.
    """
    check_layer(regions, "regions")
    parts = [regions]
    if seas is not None:
        check_layer(seas, "seas")
        check_crs(regions, seas)
        parts.append(seas)
    singles = _single_layer(regions, figures, level="region", keep_all=True)
    combined_ids = [i for i in figures.index if area_ids.is_combined(i) and not area_ids.is_sea(i)]
    combined = _combined_layer(parts, figures, combined_ids)
    return _finish([singles, combined], regions.crs)


def sea_layer(seas: gpd.GeoDataFrame, figures: pd.DataFrame) -> gpd.GeoDataFrame:
    """Return the seas named in ``figures`` (alone or combined with other seas)."""
    check_layer(seas, "seas")
    singles = _single_layer(seas, figures, level="sea", keep_all=False)
    combined_ids = [i for i in figures.index if area_ids.is_combined(i) and area_ids.is_sea(i)]
    combined = _combined_layer([seas], figures, combined_ids)
    return _finish([singles, combined], seas.crs)


def district_layer(districts: gpd.GeoDataFrame, figures: pd.DataFrame) -> gpd.GeoDataFrame:
    """Return every district of one region with its figures (see :func:`area_figures`)."""
    check_layer(districts, "districts")
    return _finish(
        [_single_layer(districts, figures, level="district", keep_all=True)], districts.crs
    )


def unmatched(figures: pd.DataFrame, *layers: gpd.GeoDataFrame) -> list[str]:
    """Return the ids in ``figures`` that none of ``layers`` draws (unknown to the pack)."""
    drawn: set[str] = set()
    for layer in layers:
        drawn.update(layer["area_id"].map(html.unescape))
    return sorted(str(i) for i in figures.index if str(i) not in drawn)


def figures_table(*drawn: gpd.GeoDataFrame | None, involving: str | None = None) -> pd.DataFrame:
    """Return the areas of some layers that reports name, as a plain table (text unescaped).

    For a table widget, which shows text as text: largest figure first, then the areas
    named without a count. With ``involving``, only that area and the combined areas it
    is part of are listed.
    """
    frames = [layer for layer in drawn if layer is not None]
    layer = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    named = layer[layer["status"] != C.STATUS_NO_REPORT]
    if involving is not None:
        named = named[
            np.array([area_ids.matches(i, (involving,)) for i in named["area_id"]], dtype=bool)
        ]
    order = named.assign(_f=named["figure"].astype(float)).sort_values(
        ["_f", "area_id"], ascending=[False, True], na_position="last", kind="stable"
    )
    table = pd.DataFrame(
        {
            "Area": order["name_en"],
            "Название": order["name_ru"],
            "Drones": order["figure_text"],
            "Reporters": order["reporters"],
            "Nights": order["nights"],
            "Discrepancy": order["flags"].str.removeprefix("⚠ "),
            "Id": order["area_id"],
        }
    ).map(html.unescape)
    return table.reset_index(drop=True)


def map_properties(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """Build the map properties of a joined frame, escaping every text property.

    ``frame`` has ``area_id``, ``level``, ``name_ru``, ``name_en``, ``combined``,
    ``geometry`` and the figures columns (``figure``, ``status``, ``qualifier``,
    ``reporters``, ``nights``, and optionally ``flags`` and ``groups``). This is the only
    function that turns report-derived text into map properties: whatever a report said
    reaches the browser as text.
    """
    columns = {str(name): frame[name].tolist() for name in frame.columns if name != "geometry"}
    columns["geometry"] = list(frame.geometry.values)
    return _properties(columns, frame.crs, index=frame.index)


# Plain lists, column by column: a layer has a hundred rows at most, and pandas' per
# column and per group machinery cost more than the work itself (a filter change waits
# for it). One GeoDataFrame is built at the end.
_Columns = dict[str, list[Any]]


def _properties(
    columns: _Columns, crs: object, *, index: pd.Index | None = None
) -> gpd.GeoDataFrame:
    n = len(columns["area_id"])
    nothing = [None] * n
    status = [C.STATUS_NO_REPORT if _missing(s) else str(s) for s in columns[STATUS]]
    figure = [np.nan if _missing(f) else float(f) for f in columns[FIGURE]]
    qualifier = columns.get(QUALIFIER, nothing)
    groups = columns.get(GROUPS, nothing)
    flags = columns.get(FLAGS, nothing)
    text = {
        "area_id": [str(v) for v in columns["area_id"]],
        "name_ru": ["" if _missing(v) else str(v) for v in columns["name_ru"]],
        "name_en": ["" if _missing(v) else str(v) for v in columns["name_en"]],
        "figure_text": [
            _figure_text(s, f, q, g)
            for s, f, q, g in zip(status, figure, qualifier, groups, strict=True)
        ],
        "reporters": [", ".join(map(str, r)) if _is_seq(r) else "" for r in columns[REPORTERS]],
        "nights": [_nights_text(v) if _is_seq(v) else "" for v in columns[NIGHTS]],
        "flags": [flag_text(f) if _is_seq(f) else "" for f in flags],
    }
    escaped = {
        column: [html.escape(value, quote=True) for value in values]
        for column, values in text.items()
    }
    index = index if index is not None else pd.RangeIndex(n)

    def words(values: list[str]) -> pd.api.extensions.ExtensionArray:
        return pd.array(values, dtype="str")

    # arrays, not Series: a frame of Series aligned them on the index, and a GeoDataFrame
    # made from that frame copied it, three times the work of the one frame made here
    data = {
        "area_id": words(escaped["area_id"]),
        "level": words([str(v) for v in columns["level"]]),
        "name_ru": words(escaped["name_ru"]),
        "name_en": words(escaped["name_en"]),
        "status": words(status),
        # object dtype with None (not NaN): NaN is not valid JSON in the browser
        "figure": np.array([None if np.isnan(f) else f for f in figure], dtype=object),
        "figure_text": words(escaped["figure_text"]),
        "reporters": words(escaped["reporters"]),
        "nights": words(escaped["nights"]),
        "combined": np.array(columns["combined"], dtype=bool),
        "flags": words(escaped["flags"]),
        "geometry": GeometryArray(np.array(columns["geometry"], dtype=object), crs=crs),
    }
    return gpd.GeoDataFrame(data, index=index, geometry="geometry", crs=crs)


# --- private steps ----------------------------------------------------------------------


def _single_layer(
    shapes: gpd.GeoDataFrame, figures: pd.DataFrame, *, level: str, keep_all: bool
) -> _Columns:
    """Return the shapes (all, or only those in ``figures``) sorted by id, with figures."""
    ids = [str(i) for i in shapes["id"]]
    order = sorted(range(len(ids)), key=ids.__getitem__)
    if not keep_all:
        known = set(figures.index)
        order = [i for i in order if ids[i] in known]
    names_ru, names_en = shapes["name_ru"].tolist(), shapes["name_en"].tolist()
    geoms = list(shapes.geometry.values)
    columns: _Columns = {
        "area_id": [ids[i] for i in order],
        "name_ru": [names_ru[i] for i in order],
        "name_en": [names_en[i] for i in order],
        "geometry": [geoms[i] for i in order],
    }
    return _with_figures(columns, figures, level=level, combined=False)


def _combined_layer(
    parts: Sequence[gpd.GeoDataFrame], figures: pd.DataFrame, combined_ids: Iterable[str]
) -> _Columns:
    by_id: dict[str, tuple[str, str, shapely.Geometry]] = {}
    for frame in parts:
        for area_id, name_ru, name_en, geom in zip(
            frame["id"], frame["name_ru"], frame["name_en"], frame.geometry.values, strict=True
        ):
            by_id.setdefault(str(area_id), (name_ru, name_en, geom))
    columns: _Columns = {"area_id": [], "name_ru": [], "name_en": [], "geometry": []}
    for combined_id in sorted(combined_ids):
        ids = area_ids.parts(combined_id)
        known = [by_id[i] for i in ids if i in by_id]
        if len(known) < len(ids):
            continue  # a part unknown to the pack: reported by `unmatched`
        columns["area_id"].append(combined_id)
        columns["name_ru"].append(" + ".join(str(k[0]) for k in known) + " (вместе)")
        columns["name_en"].append(" + ".join(str(k[1]) for k in known) + " (combined)")
        columns["geometry"].append(shapely.union_all([k[2] for k in known]))
    return _with_figures(columns, figures, level="combined", combined=True)


def _with_figures(
    columns: _Columns, figures: pd.DataFrame, *, level: str, combined: bool
) -> _Columns:
    """Add the figures' columns (None where an area has no figure), ``level`` and ``combined``."""
    records = figures.to_dict("index")
    for name in (FIGURE, STATUS, QUALIFIER, REPORTERS, NIGHTS, FLAGS, GROUPS):
        columns[name] = [records.get(i, {}).get(name) for i in columns["area_id"]]
    columns["level"] = [level] * len(columns["area_id"])
    columns["combined"] = [combined] * len(columns["area_id"])
    return columns


def _finish(parts: Sequence[_Columns], crs: object) -> gpd.GeoDataFrame:
    """Return the layer of ``parts`` (drawn in this order) with :data:`LAYER_COLUMNS`."""
    columns = {name: [v for part in parts for v in part[name]] for name in parts[0]}
    layer = _properties(columns, crs)
    # made in this order already: a selection would copy the frame
    return layer if tuple(layer.columns) == LAYER_COLUMNS else layer[list(LAYER_COLUMNS)]


def _missing(value: object) -> bool:
    """Return whether a cell holds no value (None, NaN, NA, NaT), as ``pd.isna`` says."""
    return not _is_seq(value) and bool(pd.isna(value))  # type: ignore[arg-type]


def _is_seq(value: object) -> bool:
    return isinstance(value, (tuple, list, np.ndarray))


def _unique_sorted(values: Iterable[object]) -> tuple[str, ...]:
    flat: set[str] = set()
    for value in values:
        if _is_seq(value):
            flat.update(str(v) for v in value)  # type: ignore[attr-defined]
        elif not _missing(value):
            flat.update(v.strip() for v in str(value).split(",") if v.strip())
    return tuple(sorted(flat))


def _as_date(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value)[:10]


def _combine_qualifiers(qualifiers: set[str]) -> str:
    if "at_least" in qualifiers:
        # (a lower bound and an upper one in one sum bound it neither way)
        return "approx" if "at_most" in qualifiers else "at_least"
    if "approx" in qualifiers:
        return "approx"
    return "at_most" if "at_most" in qualifiers else "exact"


def _groups(members: Iterable[tuple[object, object, object]]) -> tuple[tuple[str, int, int], ...]:
    found = {
        (str(sid), int(n), int(k))  # type: ignore[call-overload]
        for sid, n, k in members
        if not (_missing(sid) or _missing(n) or _missing(k))
    }
    return tuple(sorted(found))


def _figure_text(status: str, figure: float, qualifier: object, groups: object = None) -> str:
    if status == C.STATUS_NO_REPORT:
        return "no report"
    if status == C.STATUS_NAMED_IN_TOTAL:
        return in_total_text(groups if _is_seq(groups) else ())  # type: ignore[arg-type]
    if status == C.STATUS_NAMED or np.isnan(figure):
        return "named without a count"
    prefix = QUALIFIER_PREFIX.get(str(qualifier), "")
    return f"{prefix}{figure:.0f}"


def _nights_text(nights: Iterable[str]) -> str:
    nights = list(nights)
    if len(nights) <= 3:
        return ", ".join(nights)
    return f"{nights[0]} … {nights[-1]} ({len(nights)} nights)"
