"""Print what each part of the Atlas's page shell costs chromium: a new visitor's page
with only a title, then with the navigation, the sidebar's filter widgets, the map slot's
layout CSS, and all of them, alternated on one server (medians of ``--rounds`` visits).

The shell is what every page of the Atlas draws around its own content (``app.py``): on
the Timeline over three years it cost chromium about a second of CPU more than a bare
page. Each variant is a plain Streamlit script drawing the same widgets (the same
options, labels and keys as ``app_pages/sidebar.py``) and the slot's CSS of
``app_pages/map_slot.py``; nothing of the store is read. Nothing here is a test: it
prints figures.

    .venv/bin/python bench/shell_variants.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.app_bench import IDLE, WAIT_MS, _browser_page  # noqa: E402
from bench.cpu import _browser_cpu, _cpu  # noqa: E402
from testkit.browser import Server  # noqa: E402

VARIANTS = (
    "title",
    "navigation",
    "slot css",
    "sidebar",
    "sidebar, no multiselect",
    "sidebar, no date",
    "sidebar, rare in expander",
    "all",
    "timeline",
    "timeline lean",
    "timeline, 0.1 s apart",
)

SCRIPT = """import sys
from datetime import date

import streamlit as st

sys.path.insert(0, {root!r})
from app_pages.map_slot import layout_css  # noqa: E402

variant = st.query_params.get("v", "title")
timeline = variant.startswith("timeline")
shell = variant == "all" or timeline
if not hasattr(st.delta_generator.DeltaGenerator, "_atlas_slow"):
    # "timeline, 0.1 s apart": the elements sent 0.1 s apart, as when the server works
    # between them (patched once in the server; the other variants' runs are untouched)
    import time

    from streamlit.delta_generator import DeltaGenerator

    _enqueue = DeltaGenerator._enqueue

    def _slowly(self, *args, **kwargs):
        if st.query_params.get("v") == "timeline, 0.1 s apart":
            time.sleep(0.1)
        return _enqueue(self, *args, **kwargs)

    DeltaGenerator._enqueue = _slowly
    DeltaGenerator._atlas_slow = True
st.set_page_config(page_title="Shell", layout="wide", initial_sidebar_state="expanded")


def _svg():
    # about the Timeline's totals image over three years: 39 paths, 29 KB
    paths = "".join(
        f'<path fill="#{{(i * 40503) % 0xFFFFFF:06x}}" d="M0 300'
        + "".join(f"h6v-{{(i * 7 + j * 13) % 40}}h-6z" for j in range(60)) + '"/>'
        for i in range(39)
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="320">{{paths}}</svg>'


def page():
    st.title("Shell")
    if not timeline:
        return
    st.caption("Figures shown per night, 2023-06-01 – 2026-11-30. Figures are claims.")
    if variant != "timeline lean":
        left, middle, right = st.columns(3)
        left.metric("Drones in the figures shown", "1,234,567")
        middle.metric("Nights with reports", 1279)
        right.metric("Areas with a figure", 31)
    else:
        st.markdown("**1,234,567** drones in the figures shown · **1,279** nights with "
                    "reports · **31** areas with a figure")
    st.caption("Latest report 2026-11-30 07:12 MSK. Nights run 20:00–08:00 Moscow time.",
               help="Figures are claims.")
    st.subheader("Totals")
    st.radio("Stack", ["By area", "By reporter"], key="tl_stack", horizontal=True,
             label_visibility="collapsed")
    st.toggle("Interactive chart", key="tl_interactive", help="Hover a bar.")
    st.image(_svg(), width="stretch")
    st.caption("Over 1,279 nights the charts show a bar per calendar month. " * 3)
    sections = ("Trends: top five areas", "The ministry against the governors",
                "Each reporter's totals, with the gaps", "Coverage per source and day")
    if variant != "timeline lean":
        for i, title in enumerate(sections):
            st.expander(title, key=f"tl_open_{{i}}", on_change="rerun")
    else:
        st.segmented_control("Sections", sections, key="tl_sections")


if shell or variant == "slot css":
    st.container(key="atlas_map_slot")
    st.html(layout_css(shown=False))
if shell or variant.startswith("sidebar"):
    bar = st.sidebar
    bar.header("Filters")
    regions = [f"Region {{i}} · Область {{i}}" for i in range(100)]
    if variant != "sidebar, no multiselect":
        bar.multiselect("Regions", regions, key="flt_regions",
                        placeholder="All regions (type to search, Russian or English)")
    bar.radio("Nights", ["One night", "Date range"], key="flt_mode", horizontal=True)
    if variant != "sidebar, no date":
        bar.date_input("From – to", value=(date(2023, 6, 1), date(2026, 11, 30)),
                       key="flt_range", format="YYYY-MM-DD")
    if variant != "sidebar, no multiselect":
        bar.multiselect("Reporters", ["Ministry of Defence", "Governors", "Mayors", "Media",
                        "Ukraine's air force"], key="flt_reporters", placeholder="All reporters")
    rare = bar.expander("More filters") if variant == "sidebar, rare in expander" else bar
    rare.toggle("Show Ukrainian claims", key="flt_ua", help="The other side's claims.")
    rare.radio("Count by", ["Nights (20:00–08:00 MSK)", "Calendar days"], key="flt_unit")
    rare.toggle("Only discrepancies", key="flt_disc", help="Where sources disagree.")
    bar.caption("Figures are each party's claims. Boundaries: geoBoundaries (CC BY 4.0).")
if shell or variant == "navigation":
    pages = [st.Page(page, title="Map", url_path="map", default=True)] + [
        st.Page(lambda: None, title=name, url_path=name.lower())
        for name in ("Timeline", "Claims", "Review", "Import", "Sources")
    ]
    st.navigation(pages).run()
else:
    page()
"""


def _visit(page, server: Server, variant: str) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Open the variant as a new visitor; return wall, server CPU and chromium CPU seconds."""
    assert server.process is not None
    pid = server.process.pid
    page.goto("about:blank")
    cpu, browser, started = _cpu(pid), _browser_cpu(pid), time.perf_counter()
    page.goto(f"{server.url}/?v={quote_plus(variant)}")
    page.get_by_role("heading", name="Shell").wait_for(timeout=WAIT_MS)
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    # two frames after the run: what the frontend draws for it is painted
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return time.perf_counter() - started, _cpu(pid) - cpu, _browser_cpu(pid) - browser


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="atlas-shell-") as tmp, sync_playwright() as pw:
        script = Path(tmp) / "shell.py"
        script.write_text(SCRIPT.format(root=str(ROOT)), encoding="utf-8")
        server = Server({}, Path(tmp) / "shell.log", script=script).start()
        try:
            server.wait_healthy(timeout=120)
            figures: dict[str, list[tuple[float, float, float]]] = {v: [] for v in VARIANTS}
            with _browser_page(pw) as page:
                for variant in VARIANTS:  # once each: the bundle's chunks in the cache
                    _visit(page, server, variant)
                for _ in range(args.rounds):
                    for variant in VARIANTS:
                        figures[variant].append(_visit(page, server, variant))
        finally:
            server.stop()
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.rounds} alternated visits")
    for variant, runs in figures.items():
        wall, server_cpu, chromium = (
            statistics.median(column) for column in zip(*runs, strict=True)
        )
        print(
            f"{variant:>26}: {wall:.2f} s wall, server {server_cpu:.2f} s, chromium "
            f"{chromium:.2f} s of CPU (each: {', '.join(f'{r[2]:.2f}' for r in runs)})"
        )


if __name__ == "__main__":
    main()
