"""Print how fast the dashboard is in a real browser, as ratios to Streamlit's own floor.

One run measures, each against its target (issue 12):

- a bare Streamlit page (``st.title`` only, the same server options, the same chromium):
  seconds from server start until its title is drawn: the floor;
- on the sample reports (a fresh database: the first start imports them) and on the
  three-year database of ``bench/generate_db.py`` (its default view: the latest night):
  the first map after server start (target: at most 1.5 times the bare page), a filter
  change redrawing the map (another night, a region picked and cleared, a reporter;
  target 0.5 s), switching pages (1 s), the Timeline over all three years (1.5 s), the
  Claims page over all three years (1 s), the PNG snapshot (2 s), what the map sends to
  the browser (1 MB) and the server's memory with one user (600 MB);
- the Timeline and the Claims page over all three years twice each: opened by a new
  visitor (a new session: the browser loads Streamlit's frontend again, so the floor is
  the bare page opened by a new visitor on its running server, printed beside them and
  as a multiple of it) and reached by a page switch in the session that shows them (the
  three years kept in the session's filters: what the page itself costs);
- the store's nightly query over the three years (200 ms) and an import of 20,000
  Telegram messages (20 s).

The bare page and the first map are timed to the animation frame that first shows them
(the bare page's title; a polygon of the map, its frame as tall as the map), which the
page notes itself: Playwright's wait for a polygon in the map's frame returned 0.2-0.9 s
later, where its wait for the bare page's title returned within a frame or two
(docs/performance.md, stop 43). The browser runs offline (only 127.0.0.1 is reachable). ``--postgresql`` runs the
three-year part on a throwaway PostgreSQL cluster too (``tests/store/pg.py``), its
figures beside SQLite's. Nothing here is a test: it prints figures.

    .venv/bin/python bench/app_bench.py [--runs 1] [--postgresql] [--skip-samples]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from app_pages import first_view  # noqa: E402
from bench.cpu import _browser_cpu, cpu_seconds  # noqa: E402
from testkit.browser import (  # noqa: E402
    MAP_IFRAME,
    MAP_PATHS,
    OfflineGuard,
    Server,
    close_filters,
    commit_field,
    key_selector,
    launch,
    open_filters,
)

WAIT_MS = 180_000
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
#: The server's log line once its last warm-up after the first map is done
#: (``app_pages/warm.py``).
WARMED = "Timeline warm-up done"
BARE_TITLE = "Bare page"
BARE_PAGE = f'import streamlit as st\n\nst.title("{BARE_TITLE}")\n'
THREE_YEARS = ("2023-06-01", "2026-11-30")
#: JavaScript: the fills of the last map's polygons, joined (changes when colours do).
_FILLS = """([sel, paths]) => {
    const f = [...document.querySelectorAll(sel)].pop();
    const doc = f && f.contentDocument;
    if (!doc) return "";
    return [...doc.querySelectorAll(paths)].map(e => e.getAttribute('fill')).join(',');
}"""
#: The Claims page's table: light HTML in a div of class ``app_pages.claims.TABLE_CLASS``
#: (no data grid since c57cfa8: waiting for one timed every three-year Claims page out).
_TABLE = ".atlas-claims table"
#: Charts drawn by vega-embed (the Timeline's altair charts).
_CHARTS = """() => [...document.querySelectorAll('.vega-embed')].filter(
    e => e.querySelector('canvas, svg')).length"""
#: The page's images: ``st.image``'s (either test id) and the ``<img>`` of an ``st.html``
#: (the Timeline's totals, ``dashboard/html_blocks.py``).
IMAGES = (
    '[data-testid="stImage"] img, [data-testid="stImageContainer"] img, [data-testid="stHtml"] img'
)
#: The Timeline's totals drawn: its image (over a long period) or its chart.
TOTALS_DRAWN = f"""() => [...document.querySelectorAll(
    '{IMAGES}')].some(
    i => i.complete && i.naturalWidth > 0) || ({_CHARTS})() >= 1"""

#: figure name -> (label, target, unit); ratio targets are marked with unit "×".
TARGETS: dict[str, tuple[str, float, str]] = {
    "bare": ("bare Streamlit page drawn after server start", float("nan"), "s"),
    "first_map": ("first map after server start, as a multiple of the bare page", 1.5, "×"),
    "first_map_s": ("first map after server start", float("nan"), "s"),
    "filter_night": ("map redrawn after another night is picked", 0.5, "s"),
    "filter_region": ("map redrawn after a region is picked or cleared", 0.5, "s"),
    "filter_reporter": ("map redrawn after a reporter is picked", 0.5, "s"),
    "page_switch_Claims": ("page switch Map -> Claims", 1.0, "s"),
    "page_switch_Map": ("page switch Claims -> Map", 1.0, "s"),
    "bare_visit": ("bare Streamlit page, a new visitor on its running server", float("nan"), "s"),
    "timeline": ("Timeline over all three years, a new visitor", 1.5, "s"),
    "timeline_x": ("the same, as a multiple of the bare page's new visitor", float("nan"), "×"),
    "claims": ("Claims page over all three years, a new visitor", 1.0, "s"),
    "claims_x": ("the same, as a multiple of the bare page's new visitor", float("nan"), "×"),
    "timeline_switch": ("Timeline over all three years, page switch from Claims", 1.5, "s"),
    "claims_switch": ("Claims page over all three years, page switch from Timeline", 1.0, "s"),
    "png": ("PNG snapshot downloaded after the click", 2.0, "s"),
    "png_warm": ("PNG of the default view once the server's warm-ups are done", 2.0, "s"),
    "payload_first": ("bytes sent to the browser for the first map page", 1e6, "B"),
    "payload_filter": ("bytes sent to the browser for a filter change", 1e6, "B"),
    "rss": ("server memory (RSS) with one user", 600e6, "B"),
    "nightly": ("store nightly query over three years (no cache)", 0.2, "s"),
    "import_20k": ("import of 20,000 Telegram messages", 20.0, "s"),
}


@dataclass
class Figures:
    values: dict[str, list[float]] = field(default_factory=dict)
    #: name -> the CPU seconds (server, chromium) each value's step cost
    cpu: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    #: whether each first map had its first view kept on disk when its server started
    #: (``app_pages/first_view.py``: drawn before the rest loads), in the order measured
    kept: list[bool] = field(default_factory=list)

    def add(self, name: str, value: float, cpu: tuple[float, float] | None = None) -> None:
        self.values.setdefault(name, []).append(value)
        if cpu is not None:
            self.cpu.setdefault(name, []).append(cpu)


class Cpu:
    """The CPU seconds the server and chromium spent since the last :meth:`step`."""

    def __init__(self, server: int) -> None:
        self.server = server
        self.last = cpu_seconds(server)

    def step(self) -> tuple[float, float]:
        now = cpu_seconds(self.server)
        used = (now[0] - self.last[0], now[1] - self.last[1])
        self.last = now
        return used


#: JavaScript for the page (not its frames): count the bytes of every websocket message
#: the page receives (Streamlit's deltas) in ``window.__atlasBytes``.
_COUNT_BYTES = """(() => { if (window !== window.top) return;
    window.__atlasBytes = 0;
    window.WebSocket = class extends window.WebSocket {
        constructor(...args) {
            super(...args);
            this.addEventListener('message', (event) => {
                const data = event.data;
                window.__atlasBytes += typeof data === 'string' ? data.length : data.byteLength;
            });
        }
    };
})();"""


#: JavaScript for the page (not its frames): note, on the first animation frame that
#: shows it, when the page was first drawn: the bare page's title, or a polygon of the
#: map in its frame (``performance.now()``, ms after the navigation) in
#: ``window.__atlasDrawn``. Once in a tab (its ``sessionStorage``): the pages a session
#: opens later (a new visitor's Timeline, Claims page) run no loop.
_MARK_DRAWN = """(() => { if (window !== window.top || sessionStorage.getItem('atlasDrawn')) return;
    const tick = () => {
        const frame = [...document.querySelectorAll('IFRAME')].pop();
        const doc = frame && frame.contentDocument;
        const map = doc && doc.querySelector('PATHS') && doc.querySelector('.leaflet-container');
        // the map as tall in the page as in its frame: Streamlit's frontend shows the frame
        // at 0 px until the frame tells it its height
        if ((map && frame.getBoundingClientRect().height >= map.offsetHeight) ||
                [...document.querySelectorAll('h1')].some(h => h.textContent.trim() === 'TITLE')) {
            window.__atlasDrawn = performance.now();
            sessionStorage.setItem('atlasDrawn', '1');
            return;
        }
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
})();"""


def _mark_drawn(page) -> None:  # type: ignore[no-untyped-def]
    """Have ``page`` note when it is first drawn (:func:`_drawn_at` reads it)."""
    page.add_init_script(
        _MARK_DRAWN.replace("IFRAME", MAP_IFRAME.replace("'", "\\'"))
        .replace("PATHS", MAP_PATHS)
        .replace("TITLE", BARE_TITLE)
    )


def _drawn_at(page, started: float) -> float:  # type: ignore[no-untyped-def]
    """Wait until ``page`` (:func:`_mark_drawn`) is drawn; return the seconds from
    ``started`` (``time.perf_counter``) to the animation frame that first showed it.

    The page's own note, not the moment Playwright's wait returns: a wait for a polygon
    in the map's frame injects Playwright's script into that frame and polls it while
    the frame draws, and returned 0.2-0.9 s after the map was shown.
    """
    page.wait_for_function(
        "() => window.__atlasDrawn !== undefined", timeout=WAIT_MS, polling="raf"
    )
    before = time.perf_counter()
    ago = page.evaluate("performance.now() - window.__atlasDrawn") / 1000
    return (before + time.perf_counter()) / 2 - ago - started


class Bytes:
    """Count the websocket bytes the page receives (Streamlit's deltas), in the page.

    Counted by the page itself, not by Playwright's ``framereceived`` events: those ship
    every frame (the base map's 0.45 MB among them) to this process while the first map
    is timed, which the bare page's few bytes never cost: 0.10-0.55 s more for the first
    map in each of 6 rounds at a load of 8-9 (docs/performance.md, stop 42).
    """

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        self.page = page
        self.since = 0
        page.add_init_script(_COUNT_BYTES)

    def _count(self) -> int:
        return int(self.page.evaluate("window.__atlasBytes || 0"))

    def total(self) -> int:
        """Return the bytes received since the page loaded or :meth:`restart`."""
        return self._count() - self.since

    def restart(self) -> None:
        """Count from now."""
        self.since = self._count()


def _fills(page) -> str:  # type: ignore[no-untyped-def]
    return str(page.evaluate(_FILLS, [MAP_IFRAME, MAP_PATHS]))


def _wait_changed(page, before: str, timeout: float = WAIT_MS) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function(
        f"""([args, before]) => {{ const s = ({_FILLS})(args); return s !== "" && s !== before; }}""",
        arg=[[MAP_IFRAME, MAP_PATHS], before],
        timeout=timeout,
        polling="raf",
    )


def _timed_change(page, change: Callable[[], None]) -> float:  # type: ignore[no-untyped-def]
    """Return seconds from ``change()`` (a filter changed in the sidebar, which the URL
    follows) until the map shows other colours; until the app is idle again when the
    new view happens to have the same colours."""
    before, url = _fills(page), page.url
    started = time.perf_counter()
    change()
    page.wait_for_function("url => location.href !== url", arg=url, timeout=WAIT_MS)
    try:
        _wait_changed(page, before, timeout=20_000)
    except PlaywrightTimeout:
        _wait_idle(page)
    return time.perf_counter() - started


def _wait_map(page) -> None:  # type: ignore[no-untyped-def]
    """Wait for the map's frame shown with its polygons drawn (a polygon out of the view
    Leaflet draws empty, so none is waited for as visible: the map kept across pages has
    been fitted to the view's areas)."""
    page.locator(MAP_IFRAME).last.wait_for(state="visible", timeout=WAIT_MS)
    page.frame_locator(MAP_IFRAME).last.locator(MAP_PATHS).first.wait_for(
        state="attached", timeout=WAIT_MS
    )


def _wait_warmed(log: Path, timeout: float = 600) -> None:
    """Wait until the server's log says its warm-ups are done (:data:`WARMED`)."""
    deadline = time.perf_counter() + timeout
    while WARMED not in log.read_text(errors="replace"):
        if time.perf_counter() > deadline:
            msg = f"{WARMED!r} not in {log} after {timeout} s"
            raise TimeoutError(msg)
        time.sleep(0.5)  # polling a log file the server writes


def _png_download(page, cpu: Cpu) -> tuple[float, tuple[float, float]]:  # type: ignore[no-untyped-def]
    """Click the Map's PNG button; return the seconds until the file is saved and the CPU
    seconds of the step (the server draws the PNG on the click)."""
    button = page.locator(f"{key_selector('map_dl_png')} button")
    button.scroll_into_view_if_needed()
    started, _ = time.perf_counter(), cpu.step()
    with page.expect_download(timeout=WAIT_MS) as download:
        button.click()
    download.value.path()
    return time.perf_counter() - started, cpu.step()


def _wait_idle(page) -> None:  # type: ignore[no-untyped-def]
    page.locator(IDLE).wait_for(timeout=WAIT_MS)


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


@contextmanager
def _browser_page(playwright) -> Iterator:  # type: ignore[no-untyped-def]
    browser = launch(playwright)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    context.route("**/*", OfflineGuard())
    try:
        yield context.new_page()
    finally:
        context.close()
        browser.close()


def bare_page(
    playwright,  # type: ignore[no-untyped-def]
    folder: Path,
    cpu: list[tuple[float, float]] | None = None,
    visits: Figures | None = None,
    loaded: list[float] | None = None,
    healthy: list[float] | None = None,
) -> float:
    """Return seconds from server start until the bare page's title is drawn; ``cpu``
    gets the CPU seconds the server and chromium spent from server start until then,
    ``visits`` (``bare_visit``) the seconds a new visitor then takes to see the title on
    the running server: the floor of a page opened by a new visitor, ``loaded`` the
    seconds from server start until the page had loaded (``goto`` returned) and
    ``healthy`` until the server answered its health check."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "bare.py"
    script.write_text(BARE_PAGE, encoding="utf-8")
    server = Server({}, folder / "bare.log", script=script)
    with _browser_page(playwright) as page:
        _mark_drawn(page)
        browser = _browser_cpu(0)  # the browser started: what it costs from here
        server.start()
        try:
            answered = server.wait_healthy(timeout=120)
            if healthy is not None:
                healthy.append(answered)
            page.goto(f"{server.url}/")
            if loaded is not None:
                loaded.append(time.perf_counter() - server.started)
            seconds = _drawn_at(page, server.started)
            assert server.process is not None
            if cpu is not None:
                used = cpu_seconds(server.process.pid)
                cpu.append((used[0], used[1] - browser))
            if visits is not None:
                _wait_idle(page)
                page.goto("about:blank")
                steps = Cpu(server.process.pid)
                started = time.perf_counter()
                page.goto(f"{server.url}/")
                page.get_by_role("heading", name=BARE_TITLE).wait_for(timeout=WAIT_MS)
                _wait_idle(page)
                visits.add("bare_visit", time.perf_counter() - started, steps.step())
            return seconds
        finally:
            server.stop()


def map_session(playwright, url: str, folder: Path, figures: Figures, **options: bool) -> None:  # type: ignore[no-untyped-def]
    """Run :func:`_map_session`; a step that fails is printed and the figures so far kept."""
    try:
        _map_session(playwright, url, folder, figures, **options)
    except Exception as exc:  # a bench prints what it could not measure, and goes on
        print(f"  session on {url.split('?')[0]} stopped: {str(exc).splitlines()[0]}")


def _map_session(  # type: ignore[no-untyped-def]
    playwright,
    url: str,
    folder: Path,
    figures: Figures,
    *,
    three_years: bool,
    night: str | None = None,
) -> None:
    """Start the app on ``url``; time the first map, filter changes, pages and the PNG."""
    server = Server({"ATLAS_DATABASE_URL": url}, folder / "streamlit.log")
    kept = first_view.kept_file(url)
    with _browser_page(playwright) as page:
        received = Bytes(page)
        _mark_drawn(page)
        browser = _browser_cpu(0)  # the browser started: what it costs from here
        server.start()
        try:
            assert server.process is not None
            cpu = Cpu(server.process.pid)
            cpu.last = (0.0, browser)
            server.wait_healthy(timeout=180)
            page.goto(f"{server.url}/")
            figures.add("first_map_s", _drawn_at(page, server.started), cpu.step())
            _wait_map(page)
            figures.kept.append(kept is not None and kept.exists())
            _wait_idle(page)
            figures.add("payload_first", received.total())

            # another night: the day before the one shown (the date field's day, one down),
            # in the filters' popover (its opening not timed)
            open_filters(page, WAIT_MS)
            _wait_idle(page)
            day = page.locator(f"{key_selector('flt_night')} [data-type=day]")
            for _ in range(2):
                day.click()
                page.keyboard.press("ArrowDown")
                received.restart()
                # the field commits when it loses focus: a click in the popover's margin
                cpu.step()
                figures.add(
                    "filter_night", _timed_change(page, lambda: commit_field(page)), cpu.step()
                )
                _wait_idle(page)
                figures.add("payload_filter", received.total())

            # a region picked, then cleared
            regions = page.locator(f"{key_selector('flt_regions')} input")
            regions.click()
            regions.fill("Kaluga")
            option = page.get_by_role("option", name="Калужская область · Kaluga Oblast")
            option.wait_for(timeout=WAIT_MS)
            cpu.step()
            figures.add("filter_region", _timed_change(page, option.click), cpu.step())
            _wait_idle(page)
            page.keyboard.press("Escape")
            remove = page.locator(f"{key_selector('flt_regions')} button[aria-label^='Remove ']")
            cpu.step()
            figures.add("filter_region", _timed_change(page, remove.first.click), cpu.step())
            _wait_idle(page)

            # a reporter: the governors only
            reporters = page.locator(f"{key_selector('flt_reporters')} input")
            reporters.click()
            option = page.get_by_role("option", name="Governors")
            option.wait_for(timeout=WAIT_MS)
            cpu.step()
            figures.add("filter_reporter", _timed_change(page, option.click), cpu.step())
            _wait_idle(page)
            page.keyboard.press("Escape")
            page.locator(
                f"{key_selector('flt_reporters')} button[aria-label^='Remove ']"
            ).first.click()
            _wait_idle(page)
            close_filters(page, WAIT_MS)

            # PNG snapshot
            figures.add("png", *_png_download(page, cpu))

            # page switches: Map -> Claims -> Map (the same night)
            for name, done in (("Claims", "Claims"), ("Map", "Map")):
                started, _ = time.perf_counter(), cpu.step()
                page.get_by_role("link", name=name, exact=True).click()
                page.get_by_role("heading", name=done, exact=True).wait_for(timeout=WAIT_MS)
                _wait_idle(page)
                if name == "Map":
                    _wait_map(page)
                figures.add(f"page_switch_{name}", time.perf_counter() - started, cpu.step())

            if three_years:
                _three_year_pages(page, server.url, cpu, figures)
            assert server.process is not None
            figures.add("rss", _rss(server.process.pid))

            # a new visitor's PNG of the default view (the latest night) once the warm-ups
            # after the first map are done, as on a server that has run for a while: the
            # one above (another night) shared the server with them
            _wait_warmed(folder / "streamlit.log")
            page.goto(f"{server.url}/")
            _wait_map(page)
            _wait_idle(page)
            time.sleep(1)
            figures.add("png_warm", *_png_download(page, cpu))
        finally:
            server.stop()


#: The Timeline's and the Claims page's titles and what shows each is drawn: the totals
#: (over years the sections below them open on demand) and the claims table.
_PAGES = {
    "timeline": ("Timeline", TOTALS_DRAWN),
    "claims": ("Claims", f"() => document.querySelector('{_TABLE}') !== null"),
}


def _three_year_pages(page, base: str, cpu: Cpu, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    """Time the Timeline and the Claims page over all three years: each opened by a new
    visitor (``timeline``, ``claims``), then reached by a page switch in that session,
    the three years kept in its filters (``timeline_switch``, ``claims_switch``)."""
    first, last = THREE_YEARS

    def act(name: str) -> None:
        path = name.removesuffix("_switch")
        if path == name:  # a new visitor: a new session
            page.goto(f"{base}/{path}?from={first}&to={last}")
        else:
            page.get_by_role("link", name=_PAGES[path][0], exact=True).click()

    for name in ("timeline", "claims", "timeline_switch", "claims_switch"):
        heading, drawn = _PAGES[name.removesuffix("_switch")]
        if not name.endswith("_switch"):
            # the page shown before (the Map's frame, Leaflet's shapes) is unloaded first:
            # its teardown is not the new visitor's page
            page.goto("about:blank")
        started, _ = time.perf_counter(), cpu.step()
        try:
            act(name)
            page.get_by_role("heading", name=heading, exact=True).wait_for(timeout=WAIT_MS)
            _wait_idle(page)
            page.wait_for_function(drawn, timeout=WAIT_MS)
            figures.add(name, time.perf_counter() - started, cpu.step())
        except PlaywrightTimeout:
            figures.add(name, float("inf"))  # not drawn within WAIT_MS


def nightly_query(url: str, figures: Figures, runs: int = 5) -> None:
    import store

    db = store.open_store(url)
    db.nightly(store.Filters())  # the figures table is current: no rebuild is timed
    for _ in range(runs):
        db._cache.clear()  # as after a change of data: nothing in memory
        started = time.perf_counter()
        db.nightly(store.Filters())
        figures.add("nightly", time.perf_counter() - started)
    db.close()


def import_messages(url_for: Callable[[], str], folder: Path, figures: Figures) -> None:
    import store
    from bench.generate_db import telegram_slice

    export = telegram_slice(7, 20_000, folder / "slice" / "result-20000.json")
    db = store.open_store(url_for())
    started = time.perf_counter()
    result = db.ingest_paths([export])
    figures.add("import_20k", time.perf_counter() - started)
    print(f"  import of 20,000 messages: {result.summary()}")
    db.close()


def _show(label: str, figures: Figures, bare: list[float]) -> None:
    print(f"\n{label}")
    floor = statistics.median(bare) if bare else float("nan")
    if "first_map_s" in figures.values:
        figures.values["first_map"] = [v / floor for v in figures.values["first_map_s"]]
    visit = statistics.median(visits) if (visits := figures.values.get("bare_visit")) else 0.0
    for name in ("timeline", "claims"):
        if visit and name in figures.values:
            figures.values[f"{name}_x"] = [v / visit for v in figures.values[name]]
    for name, (text, target, unit) in TARGETS.items():
        values = figures.values.get(name)
        if not values:
            continue
        median = statistics.median(values)
        if unit == "B":
            shown, goal = f"{median / 1e6:.2f} MB", f"{target / 1e6:.1f} MB"
        elif unit == "×":
            shown, goal = f"{median:.2f}×", f"{target:.1f}×"
        else:
            shown, goal = f"{median:.2f} s", f"{target:.1f} s"
        verdict = "" if target != target else ("  ok" if median <= target else "  OVER")
        spread = (
            f" (n={len(values)}, max {max(values):.2f})" if len(values) > 1 and unit != "B" else ""
        )
        used = figures.cpu.get("first_map_s" if name == "first_map" else name, [])
        cpu = (
            f" [CPU: server {statistics.median(u[0] for u in used):.2f} s, chromium "
            f"{statistics.median(u[1] for u in used):.2f} s]"
            if used
            else ""
        )
        print(
            f"  {text}: {shown}{spread}{cpu}"
            + (f"; target {goal}{verdict}" if target == target else "")
        )
        if name == "first_map_s":
            each = ", ".join(
                f"{v:.2f} s ({'kept' if kept else 'computed'})"
                for v, kept in zip(values, figures.kept, strict=True)
            )
            print(f"    each run, with its first view kept on disk or computed: {each}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="cold starts of each kind")
    parser.add_argument(
        "--postgresql",
        action="store_true",
        help="also run the three-year part on a throwaway PostgreSQL cluster",
    )
    parser.add_argument("--skip-samples", action="store_true")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-three-years", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from bench.generate_db import ensure_database

    generated = ensure_database(args.seed)
    bare: list[float] = []
    bare_cpu: list[tuple[float, float]] = []
    samples, sqlite, postgres = Figures(), Figures(), Figures()
    floor = Figures()  # the bare page opened by a new visitor on its running server
    with sync_playwright() as playwright, tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        folder = Path(tmp)
        for run in range(args.runs):
            bare.append(bare_page(playwright, folder / f"bare-{run}", bare_cpu, floor))
            if not args.skip_samples:
                with tempfile.TemporaryDirectory(prefix="atlas-samples-") as fresh:
                    map_session(
                        playwright,
                        f"sqlite:///{Path(fresh) / 'atlas.sqlite'}",
                        Path(fresh),
                        samples,
                        three_years=False,
                    )
            if not args.skip_three_years:
                copy = folder / f"three-years-{run}.sqlite"
                shutil.copyfile(generated.removeprefix("sqlite:///"), copy)
                map_session(playwright, f"sqlite:///{copy}", folder, sqlite, three_years=True)
                copy.unlink()
            bare.append(bare_page(playwright, folder / f"bare-{run}-after", bare_cpu, floor))
        if not args.skip_three_years:
            nightly_query(generated, sqlite)
        if not args.skip_import:
            import_messages(lambda: f"sqlite:///{folder / 'import.sqlite'}", folder, sqlite)
        if args.postgresql:
            _postgresql(playwright, folder, postgres, args)
    print(
        f"\nbare Streamlit page: {', '.join(f'{v:.2f}' for v in bare)} s "
        f"(median {statistics.median(bare):.2f} s): the floor the first map is measured against"
    )
    if bare_cpu:
        print(
            "  its CPU seconds from server start: "
            + ", ".join(f"server {s:.2f} + chromium {b:.2f}" for s, b in bare_cpu)
        )
    for figures in (samples, sqlite, postgres):
        if figures.values:
            figures.values["bare_visit"] = floor.values.get("bare_visit", [])
            figures.cpu["bare_visit"] = floor.cpu.get("bare_visit", [])
    if samples.values:
        _show("sample reports (fresh database, the first start imports them):", samples, bare)
    if sqlite.values:
        _show(f"three years, SQLite ({generated}):", sqlite, bare)
    if postgres.values:
        _show("three years, PostgreSQL (throwaway cluster):", postgres, bare)


def _postgresql(playwright, folder: Path, figures: Figures, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from bench.generate_db import build
    from testkit.pg import start_cluster, stop_cluster

    root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    try:
        cluster = start_cluster(root)
        url = cluster.new_database()
        started = time.perf_counter()
        build(url, args.seed, folder / "archive")
        print(
            f"  PostgreSQL: three years generated and imported in {time.perf_counter() - started:.0f} s"
        )
        for _ in range(args.runs):
            map_session(playwright, url, folder, figures, three_years=True)
        nightly_query(url, figures)
        if not args.skip_import:
            import_messages(cluster.new_database, folder, figures)
    finally:
        stop_cluster(root)


if __name__ == "__main__":
    main()
