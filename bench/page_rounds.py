"""Print the Timeline's and the Claims page's seconds over three years, browser cache on.

Each round starts a bare Streamlit page's server and the Atlas (``serve.py``) on a copy
of the three-year database of ``bench/generate_db.py``, and opens them in Debian's
chromium with its HTTP cache on (as a returning visitor's browser: Streamlit's hashed
files are ``immutable``), every request off this machine refused by a proxy that does
not exist (request routing would turn the cache off). Each page is opened once to fill
the cache and the Atlas's warm-ups are waited for; then, as new visitors (a new session
each): the bare page, the Timeline over the three years and the Claims page over the
three years, twice each; and in one session the page switches Map -> Claims ->
Timeline -> Claims -> Timeline -> Map, each page left as it is for ``--dwell`` seconds
(3) before the next switch, and each switch numbered (the first to a page in a tab loads
its elements' code).

For each step it prints the wall seconds until the page is drawn (title, its main
element, the sidebar's filters and the end of the run), the CPU seconds of the server
and of chromium, the websocket messages and bytes, and the page's own marks (the
milliseconds after the navigation or the click when the first websocket message came,
the title, the main element and the sidebar's filters were first seen, and the last
message came). ``--against DIR`` alternates each round with another checkout (its own
``.venv`` link, ``static/vendor`` and data cache). Nothing here is a test: it prints
figures; on this shared machine the wall seconds follow the load (printed).

    .venv/bin/python bench/page_rounds.py [--rounds 3] [--against DIR] [--no-cache]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.app_bench import BARE_PAGE, IDLE, THREE_YEARS, WAIT_MS, WARMED, _wait_map  # noqa: E402
from bench.claims_bench import _wait_quiet  # noqa: E402
from bench.cpu import _browser_cpu, _cpu  # noqa: E402
from dashboard.html_blocks import IMAGE_CLASS  # noqa: E402
from testkit.browser import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    FILTERS_BUTTON,
    OfflineGuard,
    Server,
)

#: Seconds a page is left as it is before the next switch (``--dwell``): a reader's glance.
DWELL = 3.0
#: The sidebar's filters drawn: the button of their popover (its widgets are drawn when it
#: is opened), or the date field of a checkout (``--against``) that draws them open.
FILTERS = f"{FILTERS_BUTTON}, .st-key-flt_night input, .st-key-flt_range input"
#: Each page's marks (CSS selectors), first seen on an animation frame: its title, its
#: main element and the sidebar's filters.
PAGES = {
    "Timeline": {
        "title": "h1#timeline",
        "main": f"img.{IMAGE_CLASS}, .vega-embed canvas, .vega-embed .role-mark",
        "filters": FILTERS,
    },
    "Claims": {
        "title": "h1#claims",
        "main": ".st-key-claims_table table tbody tr",
        "filters": FILTERS,
    },
    "Map": {"title": "h1#map", "filters": FILTERS},
    "Bare page": {"title": "h1#bare-page"},
}
#: JavaScript for each document, before its scripts: the websocket's messages and the
#: marks' first sightings, in ``performance.now()`` milliseconds.
_RECORD = """(() => {
    const marks = MARKS;
    window.__atlas = {messages: [], bytes: 0, seen: {}};
    const Socket = window.WebSocket;
    window.WebSocket = function (...args) {
        const socket = new Socket(...args);
        socket.addEventListener('message', event => {
            window.__atlas.messages.push(performance.now());
            window.__atlas.bytes += event.data.byteLength || event.data.length || 0;
        });
        return socket;
    };
    window.WebSocket.prototype = Socket.prototype;
    Object.assign(window.WebSocket, Socket);
    const look = () => {
        for (const [name, selector] of Object.entries(marks))
            if (!(name in window.__atlas.seen) && document.querySelector(selector))
                window.__atlas.seen[name] = performance.now();
        requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
})();""".replace(
    "MARKS",
    json.dumps(
        {f"{page}:{name}": css for page, marks in PAGES.items() for name, css in marks.items()}
    ),
)
_RESET = """() => { const a = window.__atlas;
    a.messages = []; a.bytes = 0; a.seen = {}; return performance.now(); }"""
_READ = """() => [window.__atlas.messages, window.__atlas.bytes, window.__atlas.seen]"""
_DRAWN = """names => names.every(name => name in window.__atlas.seen)"""


@dataclass(frozen=True)
class Step:
    """One step's figures."""

    wall: float
    server: float
    browser: float
    messages: int
    kilobytes: float
    #: milliseconds after the navigation or click: first message, title, main element,
    #: filters, last message
    first: float
    title: float
    main: float
    filters: float
    last: float
    load: float


def _launch(playwright, cached: bool):  # type: ignore[no-untyped-def]
    """Chromium with its cache on (a proxy that refuses everything but loopback), or off
    (the browser tests' request routing)."""
    # (a proxy that does not exist: only loopback, which bypasses it, is reached)
    proxy = {"server": "http://127.0.0.1:9", "bypass": "127.0.0.1,localhost"} if cached else None
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, proxy=proxy)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    if not cached:
        context.route("**/*", OfflineGuard())
    context.add_init_script(_RECORD)
    return browser, context


@contextmanager
def _serving(script: Path, cwd: Path, env: dict[str, str], log: Path) -> Iterator[Server]:
    server = Server(env, log, script=script, cwd=cwd).start()
    try:
        server.wait_healthy(timeout=180)
        yield server
    finally:
        server.stop()


def _measure(page, pid: int, act: Callable[[], None], target: str, *, navigate: bool) -> Step:  # type: ignore[no-untyped-def]
    """Do ``act`` and wait until page ``target``'s marks are seen and the run ended; return
    the figures."""
    names = [f"{target}:{name}" for name in PAGES[target]]
    if navigate:
        page.goto("about:blank")
        start = 0.0  # the new document's time origin is its navigation
    else:
        start = float(page.evaluate(_RESET))
    server, browser = _cpu(pid), _browser_cpu(pid)
    started = time.perf_counter()
    act()
    try:
        page.wait_for_function(_DRAWN, arg=names, timeout=60_000, polling="raf")
    except Exception:
        print(f"{target} not drawn: seen {page.evaluate(_READ)[2]}", file=sys.stderr)
        raise
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    wall = time.perf_counter() - started
    time.sleep(0.3)  # the step's last messages drawn, in its CPU seconds
    messages, size, seen = page.evaluate(_READ)

    def mark(name: str) -> float:
        key = f"{target}:{name}"
        return float(seen[key]) - start if key in seen else float("nan")

    return Step(
        wall,
        _cpu(pid) - server,
        _browser_cpu(pid) - browser,
        len(messages),
        size / 1e3,
        (messages[0] - start) if messages else float("nan"),
        mark("title"),
        mark("main"),
        mark("filters"),
        (messages[-1] - start) if messages else float("nan"),
        os.getloadavg()[0],
    )


def _bare(playwright, folder: Path, cached: bool, found: dict[str, list[Step]]) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True)
    script = folder / "bare.py"
    script.write_text(BARE_PAGE, encoding="utf-8")
    with _serving(script, ROOT, {}, folder / "bare.log") as server:
        assert server.process is not None
        browser, context = _launch(playwright, cached)
        try:
            page = context.new_page()
            page.goto(server.url)  # fills the cache
            page.get_by_role("heading", name="Bare page").wait_for(timeout=WAIT_MS)
            for _ in range(2):
                step = _measure(
                    page,
                    server.process.pid,
                    lambda: page.goto(server.url),
                    "Bare page",
                    navigate=True,
                )
                found.setdefault("bare page, a new visitor", []).append(step)
        finally:
            context.close()
            browser.close()


def _atlas(
    playwright, tree: Path, folder: Path, cached: bool, found: dict[str, list[Step]]
) -> None:  # type: ignore[no-untyped-def]
    from bench.generate_db import ensure_database

    database = folder / "atlas.sqlite"
    shutil.copyfile(ensure_database(7).removeprefix("sqlite:///"), database)
    env = {"ATLAS_DATABASE_URL": f"sqlite:///{database}"}
    log = folder / "streamlit.log"
    first, last = THREE_YEARS
    with _serving(tree / "serve.py", tree, env, log) as server:
        assert server.process is not None
        pid = server.process.pid
        browser, context = _launch(playwright, cached)
        try:
            page = context.new_page()
            page.goto(f"{server.url}/")
            _wait_map(page)
            page.locator(IDLE).wait_for(timeout=WAIT_MS)
            deadline = time.perf_counter() + 600
            while WARMED not in log.read_text() and time.perf_counter() < deadline:
                time.sleep(0.5)
            # each page once, so its chunks are in the cache
            for path, query in (
                ("timeline", f"?from={first}&to={last}"),
                ("claims", f"?from={first}&to={last}"),
                ("timeline", ""),  # its interactive charts
            ):
                page.goto(f"{server.url}/{path}{query}")
                names = [f"{path.title()}:{name}" for name in PAGES[path.title()]]
                page.wait_for_function(_DRAWN, arg=names, timeout=WAIT_MS, polling="raf")
                page.locator(IDLE).wait_for(timeout=WAIT_MS)
            _wait_quiet(pid)
            for _ in range(2):
                for target in ("Timeline", "Claims"):
                    url = f"{server.url}/{target.lower()}?from={first}&to={last}"
                    step = _measure(
                        page, pid, lambda url=url: page.goto(url), target, navigate=True
                    )
                    found.setdefault(f"{target} over three years, a new visitor", []).append(step)
            page.goto(f"{server.url}/")
            _wait_map(page)
            page.locator(IDLE).wait_for(timeout=WAIT_MS)
            time.sleep(DWELL)
            before = "Map"
            seen: dict[str, int] = {}  # each switch numbered: the first loads the page's chunks
            for target in ("Claims", "Timeline", "Claims", "Timeline", "Map"):
                link = page.get_by_role("link", name=target, exact=True)
                step = _measure(page, pid, link.click, target, navigate=False)
                if target == "Map":
                    _wait_map(page)
                name = f"page switch {before} -> {target}"
                seen[name] = seen.get(name, 0) + 1
                found.setdefault(f"{name} ({seen[name]})", []).append(step)
                before = target
                time.sleep(DWELL)
        finally:
            context.close()
            browser.close()


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
            f"chromium {median('browser'):.2f} s; {median('messages'):.0f} messages, "
            f"{median('kilobytes'):.1f} KB; ms: first message {median('first'):.0f}, title "
            f"{median('title'):.0f}, main {median('main'):.0f}, filters {median('filters'):.0f}, "
            f"last message {median('last'):.0f}; load {min(loads):.1f}-{max(loads):.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds")
    parser.add_argument("--against", type=Path, help="also this checkout, alternated")
    parser.add_argument(
        "--no-cache", action="store_true", help="the browser's cache off (request routing)"
    )
    parser.add_argument(
        "--dwell", type=float, default=3.0, help="seconds on a page before the next switch"
    )
    args = parser.parse_args()
    global DWELL
    DWELL = args.dwell
    cached = not args.no_cache
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    found: dict[Path, dict[str, list[Step]]] = {tree: {} for tree in trees}
    bare: dict[str, list[Step]] = {}
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            _bare(playwright, Path(tmp) / f"bare-{round_}", cached, bare)
            for tree in trees if round_ % 2 == 0 else trees[::-1]:
                folder = Path(tmp) / f"{round_}-{tree.name}"
                folder.mkdir(parents=True)
                _atlas(playwright, tree, folder, cached, found[tree])
    print(f"browser cache {'on' if cached else 'off'}")
    show(f"bare Streamlit page ({args.rounds} rounds)", bare)
    for tree in trees:
        show(f"{'this checkout' if tree == ROOT else tree} ({args.rounds} rounds)", found[tree])


if __name__ == "__main__":
    main()
