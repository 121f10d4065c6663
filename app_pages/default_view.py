"""A new session's first view computed and kept as a write's last step, outside Streamlit.

The Map page keeps the default view (the latest night, every region) each time it
computes it (``app_pages/first_view.py``), so a server restarted on the same data draws
it before pandas, SQLAlchemy and geopandas are imported. A write names other data: the
first start after an import on the command line (``python -m store ingest``), a sync
pass or a re-parse had no view kept, and its first visitor waited for those imports and
the view's computation (on three years about 1.5 times a bare Streamlit page, against
1.37 times with a view kept). :func:`keep_default` computes the view the page would (the
same steps as ``loaders.map_view`` and ``map._keep_first_view``, without Streamlit's
caches) and keeps it, so that start is a kept view's too.
"""

from __future__ import annotations

import logging

import settings
import store
from app_pages import first_view
from app_pages.visits import give_way

_LOG = logging.getLogger(__name__)


def keep_default(url: str) -> bool:
    """Compute the default view of ``url``'s data and keep it for the next server start;
    return whether it is kept.

    Nothing is computed for a database whose data cannot be named (nothing written yet, a
    server that does not answer: ``first_view.store_key``); a write made meanwhile keeps nothing
    (``first_view.keep``). Raises ``geo.PackMissingError`` without a boundary pack.
    """
    key = first_view.store_key(url)
    if key is None:
        return False
    if first_view.kept(url) is not None:
        return True  # nothing written since it was kept
    db = store.open_store(url)
    try:
        view = default_view(db)
    finally:
        db.close()
    first_view.keep(key, view, url=url)
    return first_view.kept(url) == view


def keep_when_quiet(url: str) -> None:
    """Keep the default view of ``url``'s data after a write made in the server (an
    import, a sync pass), once no visitor has used it for a second (``visits.give_way``:
    the view holds the interpreter for a few tenths of a second); log a failure, never
    raise it (the Map page computes the view, as before)."""
    give_way()
    try:
        keep_default(url)
    except Exception:
        _LOG.warning("the map's first view was not kept", exc_info=True)


def default_view(db: store.Store) -> first_view.FirstView:
    """Return the view a new session's Map page opens on for ``db``'s data: its caption,
    the restyle script of the latest night over every region and whether ``db`` holds
    only the samples."""
    # the map's modules (geopandas with them): only when a view is computed
    import geo
    from dashboard import labels, snapshot
    from dashboard.filter_state import FilterState, to_store_filters
    from dashboard.map_restyle import regions_view
    from geo.display import read_display_kept
    from store import ledger

    filters = to_store_filters(FilterState(night=db.latest_date()))
    kept = settings.get().data_dir / "cache" / "display"  # as loaders.display_layer reads
    regions, seas = (
        read_display_kept(geo.display_path(kind), kept) for kind in ("regions", "seas")
    )
    _, restyle = regions_view(ledger.nightly(db, filters), regions, seas, focus_ids=filters.regions)
    title = snapshot.view_title(filters.date_from, filters.date_to, unit=filters.unit)
    return first_view.FirstView(
        labels.map_caption(title), restyle, db.has_only_samples(), filters.date_to
    )
