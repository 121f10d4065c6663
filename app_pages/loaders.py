"""The one module of cached loaders the pages share.

The boundary pack and the store are shared read-only resources (``st.cache_resource``);
query results are cached data keyed on hashable values: the filters, the store's data
version and the database URL (read from settings at call time, so each test's own
database gets its own cache entries). No GeoDataFrame is ever a cached function's
argument.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

import geo
import settings
import store
from store import columns as C
from store import coverage, ledger, review

if TYPE_CHECKING:  # imported when a map is drawn: the other pages need no geopandas or folium
    import geopandas as gpd

    from app_pages.map_component import RenderedMap
    from dashboard.map_layers import MapLayers


def database_url() -> str:
    """Return the database URL in force (settings are read at call time)."""
    return settings.get().database_url


@st.cache_resource(show_spinner=False)
def _store(url: str) -> store.Store:
    return store.open_store(url)


def open_store() -> store.Store:
    """Return the store for the database URL in force, opened once per process."""
    return _store(database_url())


def data_version() -> str:
    """Return the store's data version: part of every cached query's key."""
    return open_store().data_version()


@st.cache_resource(show_spinner=False, max_entries=8)
def _analysis(
    wide: store.Filters, version: str, url: str, hours: tuple[int, int]
) -> ledger.Reconciled:
    # Read-only: the ledger's frames are built from it, never written into it.
    return ledger.reconciled(_store(url), wide)


def _analysed(filters: store.Filters, version: str, url: str) -> ledger.Reconciled:
    """Return the analysis of ``filters``' period, shared by every frame of that period
    (it covers every region and reporter: those filters are applied to the frames)."""
    wide = replace(filters, regions=(), reporters=(), discrepancies_only=False)
    now = settings.get()
    return _analysis(wide, version, url, (now.night_start_hour, now.night_end_hour))


@st.cache_data(show_spinner=False, max_entries=64)
def _nightly(filters: store.Filters, version: str, url: str, gaps: bool = False) -> pd.DataFrame:
    # the stored figures (the same rows an analysis gives): no claim is read
    return ledger.nightly(_store(url), filters, gaps=gaps)


def nightly_frame(filters: store.Filters, version: str) -> pd.DataFrame:
    """Return the honest figures per night (or day) and area for ``filters``.

    ``store.ledger.nightly``: linked retellings listed but never counted, discrepancy
    ``flags``, areas named in a total over several areas marked ``named_in_total``.
    """
    return _nightly(filters, version, database_url())


def nightly_with_gaps(filters: store.Filters, version: str) -> pd.DataFrame:
    """Return :func:`nightly_frame` plus a ``no_report`` row for each night an area
    has no claim at all (a gap, never a zero): the nightly export."""
    return _nightly(filters, version, database_url(), gaps=True)


@st.cache_data(show_spinner=False, max_entries=64)
def _area_sums(filters: store.Filters, version: str, url: str) -> pd.DataFrame:
    return ledger.area_sums(_store(url), filters)


def area_sums(filters: store.Filters, version: str) -> pd.DataFrame:
    """Return the figures of :func:`nightly_frame` added up per date and area, rows with
    a figure only (``store.ledger.area_sums``): what the Timeline's charts draw, read
    without the rows' claim ids and flags."""
    return _area_sums(filters, version, database_url())


@st.cache_data(show_spinner=False, max_entries=64)
def _claims(filters: store.Filters, version: str, url: str) -> pd.DataFrame:
    return ledger.claims(_store(url), filters, analysis=_analysed(filters, version, url))


def claims_frame(filters: store.Filters, version: str) -> pd.DataFrame:
    """Return the claims matching ``filters`` with ``precision``, ``retells`` and ``flags``."""
    return _claims(filters, version, database_url())


@st.cache_data(show_spinner=False, max_entries=32)
def _claim_count(filters: store.Filters, version: str, url: str) -> int:
    return _store(url).claim_count(filters)


def claim_count(filters: store.Filters, version: str) -> int:
    """Return how many claims match ``filters`` over their whole period (``discrepancies_only``
    not looked at), counted in the database without reading the claims: the Claims page's
    total when it shows one page of nights."""
    return _claim_count(filters, version, database_url())


@st.cache_data(show_spinner=False, max_entries=32)
def _claims_view(
    filters: store.Filters, version: str, url: str
) -> tuple[pd.DataFrame, dict[str, str]]:
    from dashboard import evidence, tables

    # newest night first (a night's claims in the order they were stated)
    claims = _claims(filters, version, url).sort_values(C.DATE, ascending=False, kind="stable")
    table = evidence.claims_table(claims).join(tables.claims_columns(claims))
    # the claim ids stay on the server (the labels' keys): the browser never shows them
    return table.reset_index(drop=True), evidence.claim_labels(claims)


def claims_view(filters: store.Filters, version: str) -> tuple[pd.DataFrame, dict[str, str]]:
    """Return the Claims page's table of ``filters``' claims and the claim picker's label
    of each claim id, in the table's order (the table's row ``i`` is the ``i``-th id):
    built once per filters and data version, not per rerun."""
    return _claims_view(filters, version, database_url())


@st.cache_data(show_spinner=False, max_entries=8)
def _claim_reporters(filters: store.Filters, version: str, url: str) -> pd.DataFrame:
    return _store(url).claim_reporters(filters)


def claim_reporters(filters: store.Filters, version: str) -> pd.DataFrame:
    """Return who made each claim of ``filters``' period (``claim_id``, ``reporter``): what
    crediting a figure to its reporter needs, without the claims' analysis."""
    return _claim_reporters(filters, version, database_url())


@st.cache_data(show_spinner=False, max_entries=32)
def _ledger(filters: store.Filters, version: str, url: str) -> pd.DataFrame:
    return ledger.ledger(_store(url), filters, analysis=_analysed(filters, version, url))


@st.cache_data(show_spinner=False, max_entries=32)
def _ledger_choices(
    filters: store.Filters, version: str, url: str, pack_dir: str, build: int | None
) -> dict[str, str]:
    from dashboard import tables

    return tables.ledger_keys(_ledger(filters, version, url), _region_options(pack_dir, build))


def ledger_choices(filters: store.Filters, version: str) -> dict[str, str]:
    """Return the ledger picker's options (``dashboard.tables.ledger_keys``): each night
    and area of ``filters``' ledger, labelled with the region picker's names."""
    return _ledger_choices(filters, version, database_url(), *_pack_build())


@st.cache_data(show_spinner=False, max_entries=64)
def _ledger_detail(
    filters: store.Filters, version: str, url: str, key: str
) -> tuple[str, pd.DataFrame]:
    from dashboard import tables

    rows = tables.ledger_rows(_ledger(filters, version, url), key)
    return tables.ledger_summary(rows), tables.ledger_view(rows)


def ledger_detail(filters: store.Filters, version: str, key: str) -> tuple[str, pd.DataFrame]:
    """Return the ledger of one ``"date|area_id"`` key of :func:`ledger_choices`: the line
    saying which figure is shown and why, and its claims side by side."""
    return _ledger_detail(filters, version, database_url(), key)


@st.cache_data(show_spinner=False, max_entries=32)
def _series(filters: store.Filters, version: str, url: str) -> pd.DataFrame:
    return ledger.series(_store(url), filters)


def series_frame(filters: store.Filters, version: str) -> pd.DataFrame:
    """Return each reporter's total per date over the period, ``no_report`` gaps included."""
    return _series(filters, version, database_url())


@st.cache_data(show_spinner=False, max_entries=32)
def _national(filters: store.Filters, version: str, url: str) -> pd.DataFrame:
    return ledger.national(_store(url), filters, gaps=True)  # the stored totals


def national_frame(filters: store.Filters, version: str) -> pd.DataFrame:
    """Return the total per date (a total over a list of areas counted once), gaps included."""
    return _national(filters, version, database_url())


@st.cache_data(show_spinner=False, max_entries=32)
def _straddling(filters: store.Filters, version: str, url: str, start: int, end: int) -> int:
    return ledger.straddling(_store(url), filters)


def straddling_count(filters: store.Filters, version: str) -> int:
    """Return how many statements' windows cross the night (or day) boundary."""
    current = settings.get()
    return _straddling(
        filters, version, database_url(), current.night_start_hour, current.night_end_hour
    )


@st.cache_data(show_spinner=False, max_entries=32)
def _coverage(filters: store.Filters, version: str, url: str) -> pd.DataFrame:
    return coverage.coverage(_store(url), filters)


def coverage_frame(filters: store.Filters, version: str) -> pd.DataFrame:
    """Return messages seen, reports found, parsed, in review and dismissed per source and day."""
    return _coverage(filters, version, database_url())


@st.cache_data(show_spinner=False)
def _freshness(version: str, url: str) -> object:
    return coverage.freshness(_store(url))


def freshness(version: str) -> object:
    """Return the publication time of the newest report with a published claim (or None)."""
    return _freshness(version, database_url())


def last_sync() -> object:
    """Return when a live source last synced (or None). Not cached: a pass that finds
    nothing new changes it without changing the data version."""
    from store import sync

    return sync.last_sync(open_store())


@st.cache_data(show_spinner=False, max_entries=16)
def _queue(version: str, url: str, status: str | None) -> pd.DataFrame:
    return review.queue(_store(url), status=status)


def review_queue(version: str, status: str | None = review.OPEN) -> pd.DataFrame:
    """Return the texts in review (``store.review.QUEUE_COLUMNS``), oldest first."""
    return _queue(version, database_url(), status)


@st.cache_data(show_spinner=False, max_entries=16)
def _corrections(version: str, url: str) -> pd.DataFrame:
    return review.corrections(_store(url))


def corrections_frame(version: str) -> pd.DataFrame:
    """Return who corrected what, and when (``store.review.CORRECTION_COLUMNS``)."""
    return _corrections(version, database_url())


@st.cache_resource(show_spinner=False, max_entries=16)
def _display(path: str, mtime_ns: int) -> gpd.GeoDataFrame:
    from geo.display import read_display_kept

    # read as GeoParquet from the second start on (the same frame, a third of the time)
    return read_display_kept(Path(path), settings.get().data_dir / "cache" / "display")


def display_layer(kind: str, region_id: str | None = None) -> gpd.GeoDataFrame:
    """Return one simplified display layer (``geo.display_path``), read once per process
    and file version. Read-only: never mutate it.

    Raises ``geo.PackMissingError`` when the file does not exist.
    """
    path = geo.display_path(kind, region_id)
    return _display(str(path), path.stat().st_mtime_ns)


@st.cache_resource(show_spinner=False, max_entries=2)
def _area_shapes(pack_dir: str, build: int | None) -> gpd.GeoDataFrame:
    return geo.area_shapes(pack_dir)


def area_shapes() -> gpd.GeoDataFrame:
    """Return the display shapes of every region and sea (``geo.area_shapes``), read once
    per build. Read-only: never mutate it."""
    return _area_shapes(*_pack_build())


@st.cache_data(show_spinner=False, max_entries=64)
def _district_nightly(filters: store.Filters, version: str, url: str) -> pd.DataFrame:
    return _store(url).district_nightly(filters)


@st.cache_data(show_spinner=False, max_entries=32)
def _map_view(
    filters: store.Filters, version: str, url: str, region_id: str | None, pack_dir: str
) -> tuple[MapLayers, str]:
    from dashboard import map_layers
    from dashboard.map_restyle import regions_view, restyle_script

    if region_id is None:
        # the stored figures: the map needs no claims (the same rows as with an analysis)
        nightly = ledger.nightly(_store(url), filters)
        regions, seas = display_layer("regions"), display_layer("seas")
        return regions_view(nightly, regions, seas, focus_ids=filters.regions)
    frame = _district_nightly(filters, version, url)
    view = map_layers.district_layers(frame, display_layer("districts", region_id), region_id)
    return view, restyle_script(view)


def district_frame(filters: store.Filters, version: str, region_id: str) -> pd.DataFrame:
    """Return the rows of ``Store.district_nightly`` of one region's districts."""
    from geo import area_ids

    frame = _district_nightly(filters, version, database_url())
    regions = frame[C.DISTRICT_ID].astype(str).map(area_ids.region_of)
    return frame[regions == region_id]


def map_view(filters: store.Filters, version: str, region_id: str | None) -> tuple[MapLayers, str]:
    """Return the map's layers and the script that shows them on :func:`base_map`: the
    regions, or the districts of ``region_id``.

    Raises ``geo.PackMissingError`` when the boundary pack has not been built.
    """
    return _map_view(filters, version, database_url(), region_id, str(settings.get().pack_dir))


@st.cache_data(show_spinner=False, max_entries=4)
def _map_snapshot(
    filters: store.Filters,
    version: str,
    url: str,
    region_id: str | None,
    pack_dir: str,
    today: date,
) -> bytes:
    from dashboard import snapshot

    view, _ = _map_view(filters, version, url, region_id, pack_dir)
    names = region_options()
    title = snapshot.view_title(
        filters.date_from,
        filters.date_to,
        unit=filters.unit,
        region=names.get(region_id, region_id) if region_id else None,
    )
    # the samples' line of the figures drawn (this version's), never of the data now: a
    # button clicked after an import draws the page's figures
    samples = _only_samples(version, url)
    words = snapshot.SnapshotText(title, filters=_filters_line(filters, samples), export_date=today)
    return snapshot.snapshot_png(view.areas, words, seas=view.seas)


def map_snapshot(filters: store.Filters, version: str, region_id: str | None) -> bytes:
    """Return the Map page's PNG snapshot of its view (the regions, or the districts of
    ``region_id``), with the view's title, its filters and today's date under it.

    Drawn once per view and day and kept (the last few): the server's warm-up draws the
    default view's after the first map (``warm.warm_snapshot``), so a visitor's PNG of it
    is that drawing, and one asked for while the warm-up draws it waits for it.
    """
    return _map_snapshot(
        filters, version, database_url(), region_id, str(settings.get().pack_dir), date.today()
    )


def _filters_line(filters: store.Filters, samples: bool) -> str:
    """Return the snapshot's line of the filters in force (``snapshot.describe_filters``)."""
    from dashboard import snapshot
    from dashboard.labels import REPORTER_LABELS

    names = region_options()
    regions = ", ".join(names.get(r, r).split(" · ")[-1] for r in filters.regions)
    reporters = ", ".join(REPORTER_LABELS.get(r, r) for r in filters.reporters)
    parts = [
        ("Areas", regions or "all"),
        ("Reporters", reporters or "all"),
        ("Ukrainian claims", "included" if filters.include_ua else ""),
        ("Only", "discrepancies" if filters.discrepancies_only else ""),
        ("Data", "SAMPLE DATA (invented reports)" if samples else ""),
    ]
    return snapshot.describe_filters(parts)


@st.cache_resource(show_spinner=False, max_entries=8)
def _base_map(
    region_id: str | None, pack_dir: str, build: int | None, leaflet_base: str, height: int
) -> RenderedMap:
    from app_pages import map_component

    saved = map_component.rendered_file(
        settings.get().data_dir / "cache", (pack_dir, build), region_id, leaflet_base, height
    )
    # none kept (base_map read map_component.kept first): rendered with folium (a second
    # to import) only here, once per pack build, code and packages
    from dashboard.map_restyle import base_map, packed_shapes

    if region_id is None:
        areas = packed_shapes(display_layer("regions"), "region")
        seas: str | None = packed_shapes(display_layer("seas"), "sea")
    else:
        areas, seas = packed_shapes(display_layer("districts", region_id), "district"), None
    fmap = base_map(areas, seas=seas, leaflet_base=leaflet_base, height=height)
    rendered = map_component.render(fmap)
    if build is not None:
        map_component.save_rendered(saved, rendered)
    return rendered


def base_map(region_id: str | None, *, leaflet_base: str, height: int) -> RenderedMap:
    """Return the map of every region and sea (or of one region's districts) without
    figures: :func:`map_view` colours it. Rendered once per pack build (and code) and
    kept under the data folder's ``cache/`` (``map_component.kept``), read once per process."""
    from app_pages import map_component

    rendered = map_component.kept(region_id, leaflet_base=leaflet_base, height=height)
    if rendered is not None:
        return rendered
    return _base_map(region_id, *_pack_build(), leaflet_base, height)


def _pack_build() -> tuple[str, int | None]:
    """Return the pack folder and its build (``geo.stamp.build_stamp``): a cache key."""
    from geo.stamp import build_stamp

    pack_dir = settings.get().pack_dir
    return str(pack_dir), build_stamp(pack_dir)


@st.cache_data(show_spinner=False)
def _region_options(pack_dir: str, build: int | None) -> dict[str, str]:
    return {area_id: _label(*names) for area_id, names in geo.area_names(pack_dir).items()}


@st.cache_data(show_spinner=False)
def _district_options(pack_dir: str, build: int | None) -> dict[str, dict[str, str]]:
    return {
        region_id: {district_id: _label(*names) for district_id, names in districts.items()}
        for region_id, districts in geo.district_names(pack_dir).items()
    }


@st.cache_data(show_spinner=False)
def _drillable(pack_dir: str, build: int | None) -> list[str]:
    return geo.drillable_regions(pack_dir)


def _label(name_ru: str, name_en: str) -> str:
    return f"{name_ru} · {name_en}"


def district_options(region_id: str) -> dict[str, str]:
    """Return district id -> "Russian name · English name" of one region (the pack's
    names, which the gazetteer resolves to): the review page's district picker."""
    pack_dir, build = _pack_build()
    if build is None:
        return {}
    return _district_options(pack_dir, build).get(region_id, {})


def drillable_regions() -> list[str]:
    """Return the region ids whose districts the map can draw."""
    return _drillable(*_pack_build())


@st.cache_data(show_spinner=False)
def _point_regions(pack_dir: str, build: int | None) -> list[str]:
    return geo.point_regions(pack_dir) if build is not None else []


def point_regions() -> list[str]:
    """Return the region ids without district polygons: the map draws their towns as points."""
    return _point_regions(*_pack_build())


@st.cache_data(show_spinner=False, max_entries=256)
def _resolve(name: str, pack_dir: str) -> tuple[str, str | None, str] | str:
    try:
        place = geo.resolve(name)
    except (geo.UnknownPlace, geo.AmbiguousPlace) as exc:
        return str(exc).splitlines()[0]
    label = f"{place.name_ru} · {place.name_en}"
    if place.kind == "district" and place.region_id:
        return place.region_id, place.id, label
    return place.id, None, label


def resolve_place(name: str) -> tuple[str, str | None, str] | str:
    """Resolve a place as a report writes it with the gazetteer: ``(area id, district id
    or None, label)``, or the reason it cannot be resolved (unknown or ambiguous)."""
    return _resolve(name.strip(), str(settings.get().pack_dir))


def region_options() -> dict[str, str]:
    """Return area id -> "Russian name · English name" for the region picker.

    Raises ``geo.PackMissingError`` when the boundary pack has not been built.
    """
    return _region_options(*_pack_build())


@st.cache_data(show_spinner=False)
def _latest_night(version: str, url: str) -> date | None:
    return _store(url).latest_date()


def latest_night() -> date | None:
    """Return the latest night with data (None for an empty store)."""
    return _latest_night(data_version(), database_url())


@st.cache_data(show_spinner=False)
def _first_night(version: str, url: str) -> date | None:
    return _store(url).earliest_date()


def first_night() -> date | None:
    """Return the earliest night with data (None for an empty store)."""
    return _first_night(data_version(), database_url())


@st.cache_data(show_spinner=False)
def _only_samples(version: str, url: str) -> bool:
    return _store(url).has_only_samples()


def has_only_samples() -> bool:
    """Return whether the store holds reports and all of them are the bundled samples."""
    return _only_samples(data_version(), database_url())


def _is_fresh(db: store.Store) -> bool:
    """Return whether nothing was ever imported into ``db`` (nor cleared from it).

    A database whose samples were cleared has a data version above zero and is left
    empty, as the user asked.
    """
    return db.imports().empty and db.data_version().endswith("#0")


@st.cache_resource(show_spinner="Loading the sample reports…")
def _samples_checked(url: str) -> str | None:
    """Load the sample reports into a fresh database, once per process and database."""
    db = _store(url)
    if _is_fresh(db):
        try:
            db.load_samples()
        except store.ImportFailed as exc:
            return str(exc)
    return None


def ensure_samples() -> str | None:
    """Import the bundled sample reports into a fresh database; return an error, if any."""
    return _samples_checked(database_url())


@st.cache_data(show_spinner=False, max_entries=256)
def _report(report_id: str, version: str, url: str) -> dict | None:
    return _store(url).report(report_id)


def report_record(report_id: str, version: str) -> dict | None:
    """Return one stored report (text, url, source, published_at ...) or None."""
    return _report(report_id, version, database_url())
