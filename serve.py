"""Serve the Atlas with its caches warmed at server start: ``streamlit run serve.py``.

``st.App`` (Streamlit's ASGI app) runs ``app.py`` for every session, as ``streamlit run
app.py`` does; its lifespan starts :func:`app_pages.warm.warm_up` in a thread when the
server starts, so the boundary pack, the store and the first map are loaded before the
first visitor asks for them, and the server answers meanwhile. The same thread then
waits for the first map to be shown and prepares the PNG snapshot
(:func:`app_pages.warm.warm_snapshot`), then the Claims page's first views
(:func:`app_pages.warm.warm_claims`). The warm-up's modules are imported first, in a
thread of lower CPU priority when the first map is kept on disk (:func:`_import_behind`),
so a first visitor arriving as the server starts gets the CPU for the page and its map.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import streamlit as st
from starlette.middleware import Middleware
from streamlit import delta_generator

import settings
from app_pages import page_base, served_files, visits

# Streamlit asks, with the first element a process draws, whether it runs in a REPL
# (to print a warning): ``inspect.stack()`` reads every frame's source, and its module
# lookup takes the real path of every module loaded (about 1,300 once the warm-up has
# imported pandas and the store): 0.1-0.3 s of CPU in the first visitor's run, before the
# map's slot is sent. This app always runs under ``streamlit run``: nothing to warn of.
delta_generator._use_warning_has_been_displayed = True


@contextmanager
def _uncollected() -> Iterator[None]:
    """Run the block without the cyclic garbage collector, enabled again after it."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


#: How much higher the nice value of the thread importing the warm-up's modules is than
#: the server's (Linux gives each thread its own): :func:`_import_behind`.
IMPORTS_NICER = 10
#: The modules that thread imports, in turn: the warm-up's (the last), and before it the
#: largest of those it imports, so that a visitor's run that needs them
#: (``map_slot.MODULES_WANTED``) waits for one at most at that priority.
IMPORTED_BEHIND = (
    "numpy",
    "pyarrow",
    "pandas",
    "sqlalchemy",
    "app_pages.loaders",
    "app_pages.warm",
)


def _import_behind() -> None:
    """Import :data:`IMPORTED_BEHIND` at a lower CPU priority than the server's other
    threads (and than chromium on the same machine): :func:`_warm_up` calls it when the
    first map needs none of them (:func:`_first_map_kept`).

    A first visitor arriving as the server starts loads Streamlit's frontend, then the
    map's frame, Leaflet and its shapes, while these imports run (about a second of CPU).
    On a loaded 2-core machine they took the CPU and the interpreter those needed: the
    Atlas's frontend loaded 0.2-0.6 s slower than a bare page's. A kept first map is
    drawn from what the map's slot and the kept first view read, which need none of
    these modules (``app_pages/map_slot.py``); the rest of the page waits for them as
    before. When the first map is not kept, or once a visitor's run needs them (a
    shared link's first visit: ``map_slot.MODULES_WANTED``), :func:`_warm_up` and that
    run import them (the rest of them) at the server's priority, as before.

    Only the imports: a thread starts with its creator's nice value, and the threads the
    warm-up's later work starts (pyarrow's pools) serve visitors too. A nice value is
    only ever raised (an unprivileged process cannot lower it again), never set.
    """
    if sys.platform == "linux":  # elsewhere a thread's id is not a process id to renice
        me = threading.get_native_id()
        with contextlib.suppress(OSError):
            nice = os.getpriority(os.PRIO_PROCESS, me)
            os.setpriority(os.PRIO_PROCESS, me, min(19, nice + IMPORTS_NICER))
    from app_pages.map_slot import MODULES_WANTED

    try:
        for name in IMPORTED_BEHIND:
            if MODULES_WANTED.is_set():  # a visitor's run waits: the rest at its priority
                return
            importlib.import_module(name)
    except Exception:  # noqa: S110 (imported again by _warm_up, where it raises as before)
        pass


def _first_map_kept() -> bool:
    """Return whether a new session's first map can be drawn from what is kept on disk
    (the base map and the first view: ``app_pages/map_slot.py``), without the warm-up's
    modules. The base map's file is not read (the visitor's run reads it); the view's
    is, a few KB, as it may be one a new day moved (``first_view.kept``).

    Otherwise (the first start after a pack build or a code change, a database written
    since its first view was kept, a view of the night of the day before) the first map
    waits for the imports: they run at the server's priority.
    """
    try:
        from app_pages import first_view, map_component
        from dashboard.assets import asset_base

        base = map_component.kept_file(
            None,
            leaflet_base=asset_base(st.get_option("server.baseUrlPath") or ""),
            height=map_component.MAP_HEIGHT,
        )
        view = first_view.kept(settings.get().database_url)
    except Exception:  # the warm-up and the page report what cannot be read
        return False
    return base is not None and base.exists() and view is not None


def _warm_up() -> None:
    # Imported here, in the thread: the server answers while pandas, geopandas and the
    # store load, and, when the first map needs none of them, in a thread of lower
    # priority (_import_behind). Without the cyclic garbage collector until the first
    # map's values are ready: its passes walked every object the imports made (two full
    # collections, 0.27 s of the imports' 1.5 s of CPU at a load of 8), all of which
    # lives as long as the server; warm_up freezes it and settle() collects the garbage
    # once, after the first map.
    with _uncollected():
        # what the map's slot imports (light): at the server's priority, as the visitor's
        # run would wait for a module the thread below is importing
        importlib.import_module("app_pages.map_slot")
        if _first_map_kept():  # a few milliseconds: at the server's priority
            importer = threading.Thread(target=_import_behind, name="atlas-imports", daemon=True)
            importer.start()
            importer.join()
        for name in IMPORTED_BEHIND:  # here when they were not imported behind
            importlib.import_module(name)
        from app_pages.warm import warm_up

        warm_up()
    from app_pages.warm import settle, warm_claims, warm_snapshot, warm_timeline

    warm_snapshot()
    warm_claims()
    warm_timeline()
    settle()


@asynccontextmanager
async def _lifespan(_app: st.App) -> AsyncIterator[None]:
    threading.Thread(target=_warm_up, name="atlas-warm-up", daemon=True).start()
    yield


def _base_url_path() -> str:
    return str(st.get_option("server.baseUrlPath") or "")


def _served() -> dict[str, served_files.File]:
    return served_files.table(_base_url_path())


# the map frame's page and Leaflet answered from memory (app_pages/served_files.py)
app = st.App(
    "app.py",
    lifespan=_lifespan,
    middleware=[
        # every request a browser makes holds the warm-ups after the first map back
        # (app_pages/visits.py): a new visitor's page loads before its first run
        Middleware(visits.Arrivals),
        Middleware(served_files.ServedFiles, table=_served),
        # a page's link asks the server once where it is (app_pages/page_base.py)
        Middleware(page_base.PageBase, base_url_path=_base_url_path),
    ],
)
