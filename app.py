"""Drone Interception Atlas: the Streamlit entry point (``streamlit run app.py``).

This file only sets the page up, loads the sample reports into a fresh database, draws
the map's slot (``app_pages/map_slot.py``: shown on the Map page, kept loaded elsewhere)
and the shared sidebar and routes to the pages under ``app_pages/`` (one file per page).
"""

from __future__ import annotations

import streamlit as st

# only what draws the map's slot: the rest is imported once the slot is drawn (below)
from app_pages import map_slot

#: Shown on every page while the store holds nothing but the bundled samples.
SAMPLE_BANNER = (
    "Sample data — invented reports for demonstration. Import your own reports on the "
    "Import page, or clear the samples there."
)

st.set_page_config(
    page_title="Drone Interception Atlas",
    # No page_icon: a Material icon as favicon is fetched from fonts.gstatic.com, and
    # nothing may leave the machine (Streamlit's own favicon is served locally).
    layout="wide",
    initial_sidebar_state="expanded",
)

MAP_PAGE = st.Page("app_pages/map.py", title="Map", default=True)
# Each page's URL is its file name (/timeline, /claims ...), so a shared link names it.
page = st.navigation(
    [
        MAP_PAGE,
        st.Page("app_pages/timeline.py", title="Timeline"),
        st.Page("app_pages/claims.py", title="Claims"),
        st.Page("app_pages/review.py", title="Review"),
        st.Page("app_pages/import_page.py", title="Import"),
        st.Page("app_pages/sources.py", title="Sources"),
    ]
)

# first: drawn by this script, the map's place never moves and the browser keeps the map
# loaded across page switches; and drawn before pandas, geopandas and the store are
# imported (a first visit after a server start waits for them): the browser builds the
# map's frame meanwhile (app_pages/map_slot.py)
map_slot.draw(on_map=page.url_path == MAP_PAGE.url_path)
# a new session's first view, kept from the last time it was computed: the map coloured
# and titled before the rest is imported (app_pages/first_view.py). The run ends there:
# the rest of the page waits for the map, whose report that it is drawn runs the whole
# app again (app_pages/map_slot.py)
first = map_slot.first_view_now()
if first is not None:
    if first.only_samples:
        st.info(SAMPLE_BANNER, icon="")
    map_slot.draw_first_header(first)
    st.stop()

from app_pages import loaders, prefetch, sidebar, visits  # noqa: E402 (after the map's slot, above)
from dashboard import labels  # noqa: E402

# the warm-ups after the first map wait while a visitor's run goes on (app_pages/visits.py)
with visits.visiting():
    samples_error = loaders.ensure_samples()
    if samples_error:
        st.error(f"The sample reports could not be loaded: {samples_error}")
    if first is None and loaders.has_only_samples():
        # icon="" (no icon, as the text opens with none): an alert without one reads its
        # text for a leading emoji, and a text not all ASCII (its dash) loaded Streamlit's
        # emoji catalog and compiled its pattern in a first visit's run (0.03-0.1 s of CPU)
        st.info(SAMPLE_BANNER, icon="")

    filters_after = sidebar.draw()
    st.sidebar.caption(
        f"{labels.PARTY_CLAIM_NOTE} Each is traced to the sentence that states it. "
        f"{labels.BOUNDARIES_ATTRIBUTION}."
    )

    try:
        page.run()
    finally:  # a page that stops or fails still gets its filters
        sidebar.draw_after(filters_after)
    # the charts' script loaded while the browser is idle, for the first chart a tab draws
    prefetch.draw()
    map_slot.done()
