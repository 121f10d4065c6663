"""Warm the caches at server start: what the first visit of the Map page would compute.

``serve.py`` runs :func:`warm_up` in a thread as soon as the server starts, so the
first visitor finds the modules imported, the store open (the samples loaded into a
fresh database), the boundary pack's names and display shapes read, the base map
rendered and the default view (the latest night, every region) ready. The loaders are
the pages' own (``loaders``): a visit that arrives while a value is still being
computed waits for it instead of computing it twice.
"""

from __future__ import annotations

import importlib
import time

from streamlit import config
from streamlit.logger import get_logger

from app_pages import loaders, map_component
from dashboard.filter_state import FilterState, to_store_filters
from dashboard.folium_map import asset_base

_LOG = get_logger(__name__)  # Streamlit's handlers and --logger.level


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
