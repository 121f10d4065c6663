"""Warm the caches at server start: what the first visit of the Map page would compute.

``serve.py`` runs :func:`warm_up` in a thread as soon as the server starts, so the
first visitor finds the modules imported, the store open (the samples loaded into a
fresh database), the boundary pack's names and display shapes read, the base map
rendered and the default view (the latest night, every region) ready. The loaders are
the pages' own (``loaders``): a visit that arrives while a value is still being
computed waits for it instead of computing it twice.

Then :func:`warm_snapshot` draws the default view's PNG (``loaders.map_snapshot``, kept),
after the first Map page has been shown (so it never slows it): matplotlib imported, its
fonts loaded and the shapes projected for the snapshot (``dashboard.snapshot``), so the
default view's PNG a user asks for is that drawing and any other takes what the next
ones do. And :func:`warm_claims` computes the Claims page's first
views: the latest night (a page switch from the Map) and the newest week, the page a
longer period up to the latest night opens on. :func:`warm_timeline` computes the
Timeline's first view (the weeks up to the latest night) and imports altair. Last,
:func:`settle` collects their garbage once and freezes what lives on, so the garbage
collector's walks during a filter change skip it. Each of these steps after the first map
starts only once no visitor has used the server for a second (``visits.give_way``: no
script run going, no request from a browser): they hold the interpreter for seconds, and
a filter change made meanwhile waited for them.
"""

from __future__ import annotations

import gc
import importlib
import threading
import time
from datetime import date, timedelta

from streamlit import config
from streamlit.logger import get_logger

import store
from app_pages import loaders, map_component
from app_pages.visits import give_way
from dashboard.assets import asset_base
from dashboard.claim_pages import first_page
from dashboard.filter_state import (
    DEFAULT_RANGE_DAYS,
    FilterState,
    to_store_filters,
    widen_to_range,
)
from store import columns as C

_LOG = get_logger(__name__)  # Streamlit's handlers and --logger.level
#: Set by the Map page when it has been drawn (``app_pages/map.py``).
MAP_SHOWN = threading.Event()
#: How long :func:`warm_snapshot` waits for a first visitor before drawing anyway.
VISIT_WAIT_S = 120.0


def warm_up() -> None:
    """Compute the first Map page's cached values; log a failure, never raise it.

    A failure (no boundary pack, a database that cannot be opened) is shown to the
    first visitor by the page itself, as without a warm-up.
    """
    started = time.perf_counter()
    try:
        _warm()
    except Exception:  # the page reports the same error to the visitor
        _LOG.warning("warm-up stopped; the first visit computes the rest", exc_info=True)
        return
    finally:
        # What the warm-up made lives as long as the server: the garbage collector no
        # longer walks it (each full collection walked every module, frame and cached
        # value again, about 0.2 s of each filter change on a loaded machine).
        gc.freeze()
    _LOG.info("warm-up done in %.1f s", time.perf_counter() - started)


def _warm() -> None:
    # the modules the Map page imports besides those the loaders below do
    for name in ("dashboard.drill", "dashboard.evidence", "dashboard.snapshot", "store.export"):
        importlib.import_module(name)

    loaders.ensure_samples()
    loaders.region_options()
    loaders.drillable_regions()
    loaders.has_only_samples()
    # a new session's filters: the latest night, nothing else picked (sidebar.py)
    filters = to_store_filters(FilterState(night=loaders.latest_night()))
    loaders.base_map(
        None,
        leaflet_base=asset_base(config.get_option("server.baseUrlPath") or ""),
        height=map_component.MAP_HEIGHT,
    )
    loaders.map_view(filters, loaders.data_version(), None)


def warm_snapshot() -> None:
    """Draw the default view's PNG, as the Map page's button gives it, after the first Map
    page was shown (or :data:`VISIT_WAIT_S` without a visitor); log a failure, never raise
    it."""
    MAP_SHOWN.wait(timeout=VISIT_WAIT_S)
    give_way()
    started = time.perf_counter()
    try:
        filters = to_store_filters(FilterState(night=loaders.latest_night()))
        version = loaders.data_version()
        view, _ = loaders.map_view(filters, version, None)
        if len(view.areas):
            loaders.map_snapshot(filters, version, None)
    except Exception:  # the PNG button reports its own errors
        _LOG.warning("the snapshot's warm-up stopped", exc_info=True)
        return
    _LOG.info("snapshot warm-up done in %.1f s", time.perf_counter() - started)


def warm_claims() -> None:
    """Compute the Claims page's first views (the latest night, then the newest week of a
    longer period up to it); log a failure, never raise it.

    ``serve.py`` runs it after :func:`warm_snapshot`, so after the first Map page.
    """
    started = time.perf_counter()
    try:
        latest = loaders.latest_night()
        if latest is None:
            return  # nothing stored: nothing to show
        night = to_store_filters(FilterState(night=latest))
        longer = FilterState(
            mode="range", date_from=latest - timedelta(days=DEFAULT_RANGE_DAYS - 1), date_to=latest
        )
        for shown in (night, first_page(to_store_filters(longer))):
            give_way()
            _claims_page(shown, loaders.data_version())
        # the longer period's total, which its page of nights says beside its own rows
        loaders.claim_count(to_store_filters(longer), loaders.data_version())
    except Exception:  # the page reports the same error to the visitor
        _LOG.warning("the Claims page's warm-up stopped", exc_info=True)
        return
    _LOG.info("Claims page warm-up done in %.1f s", time.perf_counter() - started)


def _claims_page(filters: store.Filters, version: str) -> None:
    """Compute what the Claims page reads for ``filters``: its table and picker, the
    first claim's report and the ledger of its first night and area."""
    table, _labels = loaders.claims_view(filters, version)
    if not table.empty:
        first = loaders.claims_frame(filters, version)[C.REPORT_ID].iloc[0]
        loaders.report_record(str(first), version)
    keys = loaders.ledger_choices(filters, version)
    if keys:
        loaders.ledger_detail(filters, version, next(iter(keys)))


def warm_timeline() -> None:
    """Compute the Timeline's first view (the weeks up to the latest night, every region
    and reporter), import altair, then compute the Timeline over every stored night
    (:func:`_warm_whole_period`); log a failure, never raise it.

    ``serve.py`` runs it after :func:`warm_claims`.
    """
    give_way()
    started = time.perf_counter()
    try:
        from app_pages import timeline_frames

        latest = loaders.latest_night()
        if latest is None:
            return  # nothing stored: nothing to show
        state = FilterState(night=latest)
        filters, version = widen_to_range(state, to_store_filters(state)), loaders.data_version()
        loaders.area_sums(filters, version)
        loaders.national_frame(filters, version)
        loaders.straddling_count(filters, version)
        loaders.freshness(version)
        give_way()
        timeline_frames.totals(filters, version, "area", drawn=filters.unit)
        timeline_frames.trend(filters, version, drawn=filters.unit)
        timeline_frames.mod_vs_governors(filters, version, drawn=filters.unit)
        timeline_frames.gaps(filters, version, long_period=False)
        timeline_frames.coverage(filters, version, long_period=False)
        # its charts are Vega-Lite's: dashboard.charts imports altair only to build one
        importlib.import_module("altair")
        # its data status reads the last sync (loaders.last_sync, not cached): the first
        # Timeline of a server imported the sync package in its visitor's run (0.04 s)
        importlib.import_module("store.sync")
        give_way()
        _warm_whole_period(version, latest)
    except Exception:  # the page reports the same error to the visitor
        _LOG.warning("the Timeline's warm-up stopped", exc_info=True)
        return
    _LOG.info("Timeline warm-up done in %.1f s", time.perf_counter() - started)


def _warm_whole_period(version: str, latest: date) -> None:
    """Compute the first screen of the Timeline over every stored night (a link to the
    whole archive: its headline figures, data status and totals) and the Claims page's
    count over it.

    Over three years a new visitor's cold run spent 0.2-0.3 s of CPU more than a warm one
    (the sums read, the status, the image drawn): seconds of wall on a loaded machine.
    """
    from app_pages import timeline_frames
    from dashboard import charts

    first = loaders.first_night()
    if first is None:
        return
    filters = to_store_filters(FilterState(mode="range", date_from=first, date_to=latest))
    loaders.area_sums(filters, version)
    loaders.national_frame(filters, version)
    loaders.straddling_count(filters, version)
    drawn = charts.chart_unit(filters.unit, len(charts.period_dates(first, latest)))
    if charts.is_summed(drawn):
        timeline_frames.totals_image(filters, version, "area", drawn=drawn)
    else:
        timeline_frames.totals(filters, version, "area", drawn=drawn)
    loaders.claim_count(filters, version)


def settle() -> None:
    """Collect the warm-ups' garbage once and freeze what lives on (as :func:`warm_up`
    does): ``serve.py`` calls it after the last warm-up, after the first Map page."""
    give_way()
    gc.unfreeze()
    gc.collect()
    gc.freeze()
