"""Print where the first map's seconds go in the browser, step by step, after a bare page.

One run starts a bare Streamlit page (``st.title`` only) and then the Atlas (``serve.py``,
its caches warmed at server start), each on a fresh server, and prints the seconds from
server start at which each step was first seen in Debian's chromium: the server healthy,
the page's title drawn, the map's frame attached, Leaflet's map inside it, the first
polygon drawn and the first polygon coloured by the view; the map frame's own
timeline (created, its scripts loaded); and how long the server's warm-up took (its log
line). Each step waits for the one before, so a figure is when that step was seen,
polled on every animation frame.

    .venv/bin/python bench/first_map_steps.py [--db URL]   # default: a fresh database
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.app_bench import bare_page  # noqa: E402
from bench.cpu import _browser_cpu, cpu_seconds  # noqa: E402
from testkit.browser import MAP_IFRAME, MAP_PATHS, NO_REPORT_FILL, Server, launch  # noqa: E402

WAIT_MS = 180_000
#: JavaScript: whether the last map frame holds ``selector`` (optionally not of ``fill``).
_IN_MAP = """([frameSel, sel, notFill]) => {
    const f = [...document.querySelectorAll(frameSel)].pop();
    const doc = f && f.contentDocument;
    if (!doc) return false;
    return [...doc.querySelectorAll(sel)].some(
        e => !notFill || (e.getAttribute('fill') || '') !== notFill
    );
}"""


#: JavaScript: when the map frame was created and its scripts loaded (the page's clock).
_FRAME_TIMES = """([frameSel]) => {
    const f = [...document.querySelectorAll(frameSel)].pop();
    const w = f.contentWindow, shift = w.performance.timeOrigin - performance.timeOrigin;
    const out = [["frame created", shift]];
    for (const e of w.performance.getEntriesByType('resource')) {
        const name = e.name.split('?')[0].split('/').pop();
        if (name.endsWith('.js')) out.push([name + " loaded", shift + e.responseEnd]);
    }
    return out.map(([name, ms]) => [name, ms / 1000]);
}"""


def atlas(playwright, url: str, folder: Path) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    server = Server({"ATLAS_DATABASE_URL": url}, folder / "atlas.log")
    browser = launch(playwright)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    steps: list[tuple[str, float]] = []
    browser_before = _browser_cpu(0)
    server.start()
    assert server.process is not None
    pid = server.process.pid

    def seen(name: str) -> None:
        seconds = time.perf_counter() - server.started
        used = cpu_seconds(pid)
        cpu = f" [CPU so far: server {used[0]:.2f}, chromium {used[1] - browser_before:.2f} s]"
        steps.append((name + cpu, seconds))

    try:
        server.wait_healthy(timeout=180)
        seen("server healthy")
        page.goto(f"{server.url}/")
        seen("page loaded (goto returned)")
        page.get_by_role("heading", name="Map", exact=True).wait_for(timeout=WAIT_MS)
        seen("the Map page's title drawn")
        page.locator(MAP_IFRAME).last.wait_for(state="attached", timeout=WAIT_MS)
        seen("the map's frame attached")
        for name, selector, not_fill in (
            ("Leaflet map in the frame", ".leaflet-container", None),
            ("first polygon drawn", MAP_PATHS, None),
            ("first polygon coloured by the view", MAP_PATHS, NO_REPORT_FILL),
        ):
            page.wait_for_function(
                _IN_MAP, arg=[MAP_IFRAME, selector, not_fill], timeout=WAIT_MS, polling="raf"
            )
            seen(name)
        # the map frame's own timeline, from its requests (seconds after server start)
        frame = page.evaluate(_FRAME_TIMES, [MAP_IFRAME])
        offset = time.perf_counter() - server.started - page.evaluate("performance.now()") / 1000
        for name, seconds in frame:
            steps.append((f"  in the frame: {name}", seconds + offset))
        steps.sort(key=lambda step: step[1])
    finally:
        server.stop()
        browser.close()
    log = (folder / "atlas.log").read_text(errors="replace")
    match = re.search(r"warm-up done in ([\d.]+) s", log)
    if match:
        steps.append((f"(server log: warm-up done in {match.group(1)} s of its thread)", 0.0))
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store URL (default: a fresh SQLite database)")
    parser.add_argument("--keep", help="a folder to keep the server logs in")
    args = parser.parse_args()
    with sync_playwright() as playwright, tempfile.TemporaryDirectory(prefix="atlas-steps-") as tmp:
        folder = Path(tmp) if not args.keep else Path(args.keep)
        floor_cpu: list[tuple[float, float]] = []
        floor = bare_page(playwright, folder / "bare", floor_cpu)
        steps = atlas(playwright, args.db or f"sqlite:///{folder / 'atlas.sqlite'}", folder)
    print(
        f"bare Streamlit page drawn {floor:.2f} s after server start [CPU: server "
        f"{floor_cpu[0][0]:.2f}, chromium {floor_cpu[0][1]:.2f} s]"
    )
    print(f"the Atlas ({args.db or 'fresh database, samples'}), seconds after server start:")
    for name, seconds in steps:
        ratio = f"  ({seconds / floor:.2f}× the bare page)" if seconds else ""
        print(f"  {seconds:6.2f} s  {name}{ratio}" if seconds else f"          {name}")


if __name__ == "__main__":
    main()
