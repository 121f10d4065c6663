"""Print where a filter change's and a page switch's seconds go, on a warm server.

Each round starts the Atlas (``serve.py``) on a copy of the three-year database of
``bench/generate_db.py`` (or, with ``--samples``, on a fresh database with the sample
reports), opens it in Debian's chromium (offline, as ``app_bench`` does), waits until the
server's warm-ups are done, then does each step of the issue's Map figures: another night
(two, each a night never shown), a region picked and cleared, a reporter picked,
Map -> Claims -> Map twice and the PNG snapshot of the view twice. For each step it prints the wall
seconds until the map shows other colours (or the page is drawn, or the PNG is saved), the
CPU seconds of the server and of chromium, and the page's own marks, in milliseconds after
the click: the first websocket message of the server's run, the view's ``atlas.apply``
called in the map's frame, and the new colours seen (on an animation frame). The PNG here
is one asked for once the warm-ups after the first map are done (``app_bench`` asks for it
right after the first map and its filter changes, while they may still run).

``--against DIR`` alternates each round with another checkout (its own ``.venv`` link,
``static/vendor`` and data cache): a change against the code before it, in one run. On
this shared 2-core machine the wall seconds follow the other work's load (printed beside
each step); the CPU seconds and the marks' order are the steadier figures.

    .venv/bin/python bench/filter_steps.py [--rounds 3] [--samples] [--against DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from bench.app_bench import IDLE, WAIT_MS, WARMED, _browser_page, _fills, _wait_map  # noqa: E402
from bench.cpu import _browser_cpu, _cpu  # noqa: E402
from testkit.browser import (  # noqa: E402
    MAP_IFRAME,
    MAP_PATHS,
    Server,
    close_filters,
    commit_field,
    key_selector,
    open_filters,
)

#: JavaScript for the page, before its scripts: note when each websocket message came.
_RECORD = """(() => {
    window.__messages = [];
    const Socket = window.WebSocket;
    window.WebSocket = function (...args) {
        const socket = new Socket(...args);
        socket.addEventListener('message', () => window.__messages.push(performance.now()));
        return socket;
    };
    window.WebSocket.prototype = Socket.prototype;
    Object.assign(window.WebSocket, Socket);
})();"""
#: JavaScript: note when the map's frame is given a view (once per frame).
_NOTE_APPLY = """() => {
    const frame = [...document.querySelectorAll('iframe[title*="st_folium"]')].pop();
    const atlas = frame.contentWindow.atlas;
    if (!atlas.noted) {
        const apply = atlas.apply;
        atlas.apply = function () {
            window.__applied = performance.now();
            return apply.apply(this, arguments);
        };
        atlas.noted = true;
    }
}"""
#: JavaScript: whether the map's fills differ from ``before`` (noting when they first do).
_CHANGED = """([sel, paths, before]) => {
    const f = [...document.querySelectorAll(sel)].pop();
    const doc = f && f.contentDocument;
    if (!doc) return false;
    const fills = [...doc.querySelectorAll(paths)].map(e => e.getAttribute('fill')).join(',');
    if (fills === "" || fills === before) return false;
    window.__changed = performance.now();
    return true;
}"""
_RESET = "() => { window.__messages = []; window.__applied = null; window.__changed = null; }"
_MARKS = "() => [window.__messages[0] ?? null, window.__applied, window.__changed]"


@dataclass(frozen=True, slots=True)
class Step:
    """One step's figures: seconds, CPU seconds, the page's marks (ms after the click)."""

    wall: float
    server: float
    browser: float
    first_message: float
    applied: float
    coloured: float
    load: float


def _ms(mark: float | None, start: float) -> float:
    return float("nan") if mark is None else mark - start


class Session:
    """A page on a warm server; :meth:`step` times one change."""

    def __init__(self, page, pid: int) -> None:  # type: ignore[no-untyped-def]
        self.page, self.pid = page, pid
        self.steps: dict[str, list[Step]] = {}

    def step(self, name: str, act: Callable[[], None], heading: str | None = None) -> None:
        """Do ``act``; wait for other colours (or, with ``heading``, for that page drawn)."""
        page = self.page
        before = _fills(page)
        page.evaluate(_RESET)
        server, browser = _cpu(self.pid), _browser_cpu(self.pid)
        clicked = float(page.evaluate("() => performance.now()"))
        started = time.perf_counter()
        act()
        if heading is None:
            try:
                page.wait_for_function(
                    _CHANGED, arg=[MAP_IFRAME, MAP_PATHS, before], timeout=20_000, polling="raf"
                )
            except PlaywrightTimeout:  # the same colours: nothing to time
                page.locator(IDLE).wait_for(timeout=WAIT_MS)
                return
        else:
            page.get_by_role("heading", name=heading, exact=True).wait_for(timeout=WAIT_MS)
            page.locator(IDLE).wait_for(timeout=WAIT_MS)
            if heading == "Map":
                _wait_map(page)
            page.evaluate("() => { window.__changed = performance.now(); }")
        wall = time.perf_counter() - started
        page.locator(IDLE).wait_for(timeout=WAIT_MS)
        time.sleep(0.3)  # the step's last messages drawn, in its CPU seconds
        first, applied, coloured = page.evaluate(_MARKS)
        step = Step(
            wall,
            _cpu(self.pid) - server,
            _browser_cpu(self.pid) - browser,
            _ms(first, clicked),
            _ms(applied, clicked),
            _ms(coloured, clicked),
            os.getloadavg()[0],
        )
        self.steps.setdefault(name, []).append(step)

    def download(self, name: str, key: str) -> None:
        """Click the download button keyed ``key`` and time it until the file is saved
        (the server builds a download's data on the click)."""
        page = self.page
        button = page.locator(f"{key_selector(key)} button")
        button.scroll_into_view_if_needed()
        page.evaluate(_RESET)
        server, browser = _cpu(self.pid), _browser_cpu(self.pid)
        clicked = float(page.evaluate("() => performance.now()"))
        started = time.perf_counter()
        with page.expect_download(timeout=WAIT_MS) as download:
            button.click()
        download.value.path()
        wall = time.perf_counter() - started
        time.sleep(0.3)  # as in step: the same window for the CPU seconds
        first, _, _ = page.evaluate(_MARKS)
        step = Step(
            wall,
            _cpu(self.pid) - server,
            _browser_cpu(self.pid) - browser,
            _ms(first, clicked),
            float("nan"),
            float("nan"),
            os.getloadavg()[0],
        )
        self.steps.setdefault(name, []).append(step)


def _steps(session: Session) -> None:
    page = session.page
    open_filters(page, WAIT_MS)  # the filters' popover (its opening not timed)
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    day = page.locator(f"{key_selector('flt_night')} [data-type=day]")
    for _ in range(2):
        day.click()
        page.keyboard.press("ArrowDown")
        # the field commits when it loses focus: a click in the popover's margin
        session.step("another night", lambda: commit_field(page))
        time.sleep(0.5)
    regions = page.locator(f"{key_selector('flt_regions')} input")
    regions.click()
    regions.fill("Kaluga")
    option = page.get_by_role("option", name="Калужская область · Kaluga Oblast")
    option.wait_for(timeout=WAIT_MS)
    session.step("a region picked", option.click)
    page.keyboard.press("Escape")
    remove = page.locator(f"{key_selector('flt_regions')} button[aria-label^='Remove ']")
    session.step("the region cleared", remove.first.click)
    reporters = page.locator(f"{key_selector('flt_reporters')} input")
    reporters.click()
    option = page.get_by_role("option", name="Governors")
    option.wait_for(timeout=WAIT_MS)
    session.step("a reporter picked", option.click)
    page.keyboard.press("Escape")
    page.locator(f"{key_selector('flt_reporters')} button[aria-label^='Remove ']").first.click()
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    close_filters(page, WAIT_MS)
    time.sleep(0.5)
    for turn in (1, 2):
        link = page.get_by_role("link", name="Claims", exact=True)
        session.step(f"Map -> Claims ({turn})", link.click, heading="Claims")
        link = page.get_by_role("link", name="Map", exact=True)
        session.step(f"Claims -> Map ({turn})", link.click, heading="Map")
    for name in ("PNG snapshot, the view's first", "PNG snapshot, the same view again"):
        time.sleep(1)
        session.download(name, "map_dl_png")


def run(playwright, tree: Path, folder: Path, *, samples: bool) -> Session:  # type: ignore[no-untyped-def]
    """Start ``tree``'s Atlas in ``folder`` and time the steps on a warm page."""
    folder.mkdir(parents=True)
    database = folder / "atlas.sqlite"
    if not samples:
        from bench.generate_db import ensure_database

        shutil.copyfile(ensure_database(7).removeprefix("sqlite:///"), database)
    log = folder / "streamlit.log"
    env = {"ATLAS_DATABASE_URL": f"sqlite:///{database}"}
    server = Server(env, log, script=tree / "serve.py", cwd=tree)
    with _browser_page(playwright) as page:
        page.add_init_script(_RECORD)
        server.start()
        try:
            server.wait_healthy(timeout=180)
            assert server.process is not None
            page.goto(f"{server.url}/")
            _wait_map(page)
            page.locator(IDLE).wait_for(timeout=WAIT_MS)
            deadline = time.perf_counter() + 300
            while WARMED not in log.read_text() and time.perf_counter() < deadline:
                time.sleep(0.5)
            time.sleep(2)
            page.evaluate(_NOTE_APPLY)
            session = Session(page, server.process.pid)
            _steps(session)
            return session
        finally:
            server.stop()


def show(label: str, steps: dict[str, list[Step]]) -> None:
    """Print each step's medians (and every wall figure)."""
    print(f"\n{label}")
    for name, rows in steps.items():

        def median(field: str, rows: list[Step] = rows) -> float:
            return statistics.median(getattr(row, field) for row in rows)

        walls = ", ".join(f"{row.wall:.2f}" for row in rows)
        loads = [row.load for row in rows]
        print(
            f"  {name}: {median('wall'):.2f} s ({walls}); CPU server {median('server'):.2f} s, "
            f"chromium {median('browser'):.2f} s; first message {median('first_message'):.0f} "
            f"ms, view applied {median('applied'):.0f} ms, coloured {median('coloured'):.0f} "
            f"ms; load {min(loads):.1f}-{max(loads):.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds")
    parser.add_argument("--samples", action="store_true", help="the samples, not three years")
    parser.add_argument("--against", type=Path, help="also this checkout, alternated")
    args = parser.parse_args()
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    found: dict[Path, dict[str, list[Step]]] = {tree: {} for tree in trees}
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            for tree in trees if round_ % 2 == 0 else trees[::-1]:
                folder = Path(tmp) / f"{round_}-{len(found[tree])}-{tree.name}"
                session = run(playwright, tree, folder, samples=args.samples)
                for name, rows in session.steps.items():
                    found[tree].setdefault(name, []).extend(rows)
    for tree in trees:
        show(f"{'this checkout' if tree == ROOT else tree} ({args.rounds} rounds)", found[tree])


if __name__ == "__main__":
    main()
