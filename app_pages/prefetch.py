"""Load the charts' script in the browser while it is idle, before a page draws a chart.

Streamlit's frontend loads an element's code the first time the element arrives: the
first interactive chart of a browser tab (the Timeline over up to 92 nights, a section
opened, the "Interactive chart" switch) waited for Vega's chunks to be compiled and run,
about a second of chromium's CPU on top of the page's own (docs/performance.md, "The
Timeline's and the Claims page's browser time, ninth pass"). :func:`draw` sends, once a
run, a script that imports those chunks once the page has not changed for
:data:`QUIET_MS` (drawn, nobody acting on it) and the browser is idle: the same module
URLs the frontend imports, so it finds them loaded. Nothing is drawn.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import streamlit as st

#: The chunks of Streamlit's frontend an interactive chart needs (their names before the
#: build's hash): the element, Vega-Embed with Vega and Vega-Lite, Vega's expression
#: interpreter.
CHART_CHUNKS = ("ArrowVegaLiteChart", "embed", "vega-interpreter")
#: Milliseconds the page must go without a change of its document (nothing drawn)
#: before the browser is asked for an idle moment, and the longest it then waits for one.
QUIET_MS, IDLE_TIMEOUT_MS = 1500, 10000
#: The key of the element (the browser tests find it by it).
KEY = "atlas_prefetch"

_SCRIPT = """<script>
(() => {
  if (window.__atlasPrefetch) return;
  window.__atlasPrefetch = "waiting";
  const index = document.querySelector('script[type="module"][src*="/static/js/index."]');
  if (!index) return;
  const load = () => {
    window.__atlasPrefetch = "loading";
    Promise.all(CHUNKS.map(name => import(new URL(name, index.src).href)))
      .then(() => { window.__atlasPrefetch = "done"; },
            () => { window.__atlasPrefetch = "failed"; });
  };
  const idle = window.requestIdleCallback || (f => setTimeout(f, 0));
  // not while the page is being drawn: once nothing in it has changed for a while
  let timer = 0;
  const observer = new MutationObserver(() => wait());
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { observer.disconnect(); idle(load, {timeout: IDLE_TIMEOUT}); },
                       QUIET);
  };
  observer.observe(document.body,
                   {subtree: true, childList: true, attributes: true, characterData: true});
  wait();
})();
</script>"""


def chunk_files(folder: str | None = None) -> tuple[str, ...]:
    """Return the file names of :data:`CHART_CHUNKS` in Streamlit's frontend (in
    ``folder``, by default the installed Streamlit's, read once), or nothing when one of
    them is not found exactly once (another build: then nothing is loaded early)."""
    if folder is None:
        return _installed()
    found = []
    for name in CHART_CHUNKS:
        files = [p.name for p in Path(folder).glob(f"{name}.*.js") if p.name.count(".") == 2]
        if len(files) != 1:
            return ()
        found.append(files[0])
    return tuple(found)


@cache
def _installed() -> tuple[str, ...]:
    from streamlit import file_util

    return chunk_files(str(Path(file_util.get_static_dir()) / "static" / "js"))


def script(files: tuple[str, ...]) -> str:
    """Return the ``<script>`` that imports ``files`` (names in the folder of the
    frontend's own scripts) once per browser tab, when the page has been left as it is
    for :data:`QUIET_MS` and the browser is idle."""
    return (
        _SCRIPT.replace("CHUNKS", json.dumps(list(files)))
        .replace("IDLE_TIMEOUT", str(IDLE_TIMEOUT_MS))
        .replace("QUIET", str(QUIET_MS))
    )


def draw() -> None:
    """Send the script (in the sidebar, after everything else: it draws nothing)."""
    files = chunk_files()
    if files:
        with st.sidebar.container(key=KEY):
            st.html(script(files), unsafe_allow_javascript=True)
