"""Print where the first map's seconds go in the browser, step by step, after a bare page.

One run starts a bare Streamlit page (``st.title`` only) and then the Atlas (``serve.py``,
its caches warmed at server start), each on a fresh server and in the same offline
browser (``app_bench``'s: the Atlas was opened without its request routing, which the
bare page pays for), and prints the seconds from server start at which each step was
first seen in Debian's chromium: the server healthy, the page's title drawn, the map's
frame attached, Leaflet's map inside it, the view posted by the restyle frame, the first
polygon drawn and the first polygon coloured by the view; the map frame's own timeline
(created, its scripts loaded); and how long the server's warm-up took (its log line).
The page notes each step itself on every animation frame, in whatever order they come.

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

from bench.app_bench import _browser_page, bare_page  # noqa: E402
from bench.cpu import _browser_cpu, cpu_seconds  # noqa: E402
from testkit.browser import MAP_IFRAME, MAP_PATHS, NO_REPORT_FILL, Server  # noqa: E402

WAIT_MS = 180_000
#: JavaScript for the page (not its frames): note, on every animation frame, when each
#: step was first seen (``performance.now()``), whatever the order they come in (the
#: map's frame is created before the page's title).
_RECORD = """(() => { if (window !== window.top) return;
    const seen = window.__steps = {};
    const note = (name, yes) => { if (yes && !(name in seen)) seen[name] = performance.now(); };
    const tick = () => {
        note("the Map page's title drawn",
             [...document.querySelectorAll('h1')].some(h => h.textContent.trim() === 'Map'));
        const f = [...document.querySelectorAll('IFRAME')].pop();
        note("the map's frame attached", !!f);
        const doc = f && f.contentDocument;
        const paths = doc ? [...doc.querySelectorAll('PATHS')] : [];
        note("Leaflet map in the frame", !!(doc && doc.querySelector('.leaflet-container')));
        note("first polygon drawn", paths.length > 0);
        note("first polygon coloured by the view",
             paths.some(e => (e.getAttribute('fill') || '') !== 'BLANK'));
        note("a view posted by the restyle frame", !!window.atlasView);
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
})();"""
#: Every step the map needs before it counts as shown.
_COLOURED = "() => window.__steps && 'first polygon coloured by the view' in window.__steps"


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
    """Start the Atlas on ``url`` and open it in the bare page's browser (the same
    offline routing); return each step with the seconds after server start it was seen."""
    server = Server({"ATLAS_DATABASE_URL": url}, folder / "atlas.log")
    steps: list[tuple[str, float]] = []
    with _browser_page(playwright) as page:
        page.add_init_script(
            _RECORD.replace("IFRAME", MAP_IFRAME.replace("'", "\\'"))
            .replace("PATHS", MAP_PATHS)
            .replace("BLANK", NO_REPORT_FILL)
        )
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
            page.wait_for_function(_COLOURED, timeout=WAIT_MS, polling="raf")
            seen("the title and the coloured map both seen")
            # the page's own record of each step, and the map frame's own timeline
            offset = (
                time.perf_counter() - server.started - page.evaluate("performance.now()") / 1000
            )
            for name, ms in page.evaluate("window.__steps").items():
                steps.append((name, ms / 1000 + offset))
            for name, seconds in page.evaluate(_FRAME_TIMES, [MAP_IFRAME]):
                steps.append((f"  in the frame: {name}", seconds + offset))
            steps.sort(key=lambda step: step[1])
        finally:
            server.stop()
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
