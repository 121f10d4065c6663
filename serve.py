"""Serve the Atlas with its caches warmed at server start: ``streamlit run serve.py``.

``st.App`` (Streamlit's ASGI app) runs ``app.py`` for every session, as ``streamlit run
app.py`` does; its lifespan starts :func:`app_pages.warm.warm_up` in a thread when the
server starts, so the boundary pack, the store and the first map are loaded before the
first visitor asks for them, and the server answers meanwhile. The same thread then
waits for the first map to be shown and prepares the PNG snapshot
(:func:`app_pages.warm.warm_snapshot`), then the Claims page's first views
(:func:`app_pages.warm.warm_claims`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import streamlit as st
from streamlit import delta_generator

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


def _warm_up() -> None:
    # Imported here, in the thread: the server answers while pandas, geopandas and the
    # store load. Without the cyclic garbage collector until the first map's values are
    # ready: its passes walked every object the imports made (two full collections, 0.27 s
    # of the imports' 1.5 s of CPU at a load of 8), all of which lives as long as the
    # server; warm_up freezes it and settle() collects the garbage once, after the first map.
    with _uncollected():
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


app = st.App("app.py", lifespan=_lifespan)
