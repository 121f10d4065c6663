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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from dashboard.labels import QUALIFIER_PREFIX, flag_text, in_total_text
from geo import area_ids
from geo.display import DISPLAY_COLUMNS, check_crs, check_layer
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
    out: dict[str, dict[str, object]] = {}
    for area_id, members in rows.groupby(area, sort=True):
        counts = pd.to_numeric(members[figure], errors="coerce")
        counted = members[counts.notna()]
        qualifiers = set(members[qualifier].dropna()) if qualifier else set()
        if len(counted) < len(members):
            qualifiers.add("at_least")  # some night named the area with no number
        in_total = (members[status] == C.STATUS_NAMED_IN_TOTAL).any()
        out[str(area_id)] = {
            FIGURE: float(counts.sum()) if len(counted) else np.nan,
            STATUS: C.STATUS_REPORTED
            if len(counted)
            else (C.STATUS_NAMED_IN_TOTAL if in_total else C.STATUS_NAMED),
            QUALIFIER: _combine_qualifiers(qualifiers) if len(counted) else None,
            REPORTERS: _unique_sorted(members[reporters]) if reporters else (),
            NIGHTS: tuple(sorted({_as_date(v) for v in members[night]})),
        }
        if flags is not None:
            out[str(area_id)][FLAGS] = _unique_sorted(members[flags])
        if group is not None:
            out[str(area_id)][GROUPS] = _groups(members, *group)
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
    parts = regions if seas is None else _concat_parts(regions, seas)
    singles = _single_layer(regions, figures, level="region", keep_all=True)
    combined_ids = [i for i in figures.index if area_ids.is_combined(i) and not area_ids.is_sea(i)]
    combined = _combined_layer(parts, figures, combined_ids)
    return _finish(pd.concat([singles, combined], ignore_index=True))


def sea_layer(seas: gpd.GeoDataFrame, figures: pd.DataFrame) -> gpd.GeoDataFrame:
    """Return the seas named in ``figures`` (alone or combined with other seas)."""
    check_layer(seas, "seas")
    singles = _single_layer(seas, figures, level="sea", keep_all=False)
    combined_ids = [i for i in figures.index if area_ids.is_combined(i) and area_ids.is_sea(i)]
    combined = _combined_layer(seas, figures, combined_ids)
    return _finish(pd.concat([singles, combined], ignore_index=True))


def district_layer(districts: gpd.GeoDataFrame, figures: pd.DataFrame) -> gpd.GeoDataFrame:
    """Return every district of one region with its figures (see :func:`area_figures`)."""
    check_layer(districts, "districts")
    return _finish(_single_layer(districts, figures, level="district", keep_all=True))


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
    status = frame[STATUS].fillna(C.STATUS_NO_REPORT)
    figure = frame[FIGURE].astype(float)
    none = pd.Series(None, index=frame.index, dtype=object)
    qualifier = frame.get(QUALIFIER, none)
    groups = frame.get(GROUPS, none)
    flags = frame.get(FLAGS, none)
    props = pd.DataFrame(
        {
            "area_id": frame["area_id"].astype(str),
            "level": frame["level"].astype(str),
            "name_ru": frame["name_ru"].fillna("").astype(str),
            "name_en": frame["name_en"].fillna("").astype(str),
            "status": status.astype(str),
            # object dtype with None (not NaN): NaN is not valid JSON in the browser
            "figure": pd.Series(
                [None if np.isnan(f) else f for f in figure], index=frame.index, dtype=object
            ),
            "figure_text": [
                _figure_text(s, f, q, g)
                for s, f, q, g in zip(status, figure, qualifier, groups, strict=True)
            ],
            "reporters": [", ".join(map(str, r)) if _is_seq(r) else "" for r in frame[REPORTERS]],
            "nights": [_nights_text(n) if _is_seq(n) else "" for n in frame[NIGHTS]],
            "combined": frame["combined"].astype(bool),
            "flags": [flag_text(f) if _is_seq(f) else "" for f in flags],
        },
        index=frame.index,
    )
    for column in TEXT_COLUMNS:
        props[column] = props[column].map(lambda text: html.escape(text, quote=True))
    return gpd.GeoDataFrame(props, geometry=frame.geometry.values, crs=frame.crs)


# --- private steps ----------------------------------------------------------------------


def _concat_parts(regions: gpd.GeoDataFrame, seas: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    check_layer(seas, "seas")
    check_crs(regions, seas)
    columns = list(DISPLAY_COLUMNS)
    return gpd.GeoDataFrame(
        pd.concat([regions[columns], seas[columns]], ignore_index=True),
        geometry="geometry",
        crs=regions.crs,
    )


def _single_layer(
    shapes: gpd.GeoDataFrame, figures: pd.DataFrame, *, level: str, keep_all: bool
) -> gpd.GeoDataFrame:
    base = shapes[["id", "name_ru", "name_en", "geometry"]].rename(columns={"id": "area_id"})
    joined = base.merge(
        figures, how="left" if keep_all else "inner", left_on="area_id", right_index=True
    )
    joined["level"] = level
    joined["combined"] = False
    return joined.sort_values("area_id", kind="stable")


def _combined_layer(
    parts: gpd.GeoDataFrame, figures: pd.DataFrame, combined_ids: Iterable[str]
) -> gpd.GeoDataFrame:
    by_id = parts.set_index("id")
    rows = []
    for combined_id in sorted(combined_ids):
        ids = area_ids.parts(combined_id)
        known = [i for i in ids if i in by_id.index]
        if len(known) < len(ids):
            continue  # a part unknown to the pack: reported by `unmatched`
        rows.append(
            {
                "area_id": combined_id,
                "name_ru": " + ".join(by_id.loc[known, "name_ru"]) + " (вместе)",
                "name_en": " + ".join(by_id.loc[known, "name_en"]) + " (combined)",
                "geometry": shapely.union_all(by_id.loc[known, "geometry"].values),
            }
        )
    frame = gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=["area_id", "name_ru", "name_en", "geometry"]),
        geometry="geometry",
        crs=parts.crs,
    )
    joined = frame.merge(figures, how="left", left_on="area_id", right_index=True)
    joined["level"] = "combined"
    joined["combined"] = True
    return joined


def _finish(joined: pd.DataFrame) -> gpd.GeoDataFrame:
    for column in (FIGURE, STATUS, QUALIFIER, REPORTERS, NIGHTS, FLAGS, GROUPS):
        if column not in joined:
            joined[column] = None
    props = map_properties(joined.reset_index(drop=True))
    return props[list(LAYER_COLUMNS)]


def _is_seq(value: object) -> bool:
    return isinstance(value, (tuple, list, np.ndarray))


def _unique_sorted(values: pd.Series) -> tuple[str, ...]:
    flat: set[str] = set()
    for value in values.dropna():
        if _is_seq(value):
            flat.update(str(v) for v in value)
        else:
            flat.update(v.strip() for v in str(value).split(",") if v.strip())
    return tuple(sorted(flat))


def _as_date(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value)[:10]


def _combine_qualifiers(qualifiers: set[str]) -> str:
    if "at_least" in qualifiers:
        return "at_least"
    if "approx" in qualifiers:
        return "approx"
    return "exact"


def _groups(
    members: pd.DataFrame, statement: str, total: str, size: str
) -> tuple[tuple[str, int, int], ...]:
    found = {
        (str(sid), int(n), int(k))
        for sid, n, k in zip(members[statement], members[total], members[size], strict=True)
        if not (pd.isna(sid) or pd.isna(n) or pd.isna(k))
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
