"""Warm the caches at server start: what the first visit of the Map page would compute.

``serve.py`` runs :func:`warm_up` in a thread as soon as the server starts, so the
first visitor finds the modules imported, the store open (the samples loaded into a
fresh database), the boundary pack's names and display shapes read, the base map
rendered and the default view (the latest night, every region) ready. The loaders are
the pages' own (``loaders``): a visit that arrives while a value is still being
computed waits for it instead of computing it twice.

Then :func:`warm_snapshot` draws the default view's PNG once, after the first Map page
has been shown (so it never slows it): matplotlib imported, its fonts loaded and the
shapes projected for the snapshot (``dashboard.snapshot``), so the first PNG a user asks
for takes what the next ones do.
"""

from __future__ import annotations

import importlib
import threading
import time
from datetime import date

from streamlit import config
from streamlit.logger import get_logger

from app_pages import loaders, map_component
from dashboard.filter_state import FilterState, to_store_filters
from dashboard.folium_map import asset_base

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
    """Draw the default view's PNG once and throw it away, after the first Map page was
    shown (or :data:`VISIT_WAIT_S` without a visitor); log a failure, never raise it."""
    MAP_SHOWN.wait(timeout=VISIT_WAIT_S)
    started = time.perf_counter()
    try:
        from dashboard import snapshot

        filters = to_store_filters(FilterState(night=loaders.latest_night()))
        view, _ = loaders.map_view(filters, loaders.data_version(), None)
        if len(view.areas):
            text = snapshot.SnapshotText("", export_date=date.today())
            snapshot.snapshot_png(view.areas, text, seas=view.seas)
    except Exception:  # the PNG button reports its own errors
        _LOG.warning("the snapshot's warm-up stopped", exc_info=True)
        return
    _LOG.info("snapshot warm-up done in %.1f s", time.perf_counter() - started)
