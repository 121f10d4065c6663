"""A real ``streamlit run`` on 127.0.0.1 and headless Debian chromium, for the browser
tests and ``bench/app_bench.py``.

Nothing here sleeps for a fixed time: the server is polled on ``/_stcore/health`` and the
page is waited on for the elements it must show.
"""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
#: How long a browser test waits for what the page should show. Generous: a pass waits
#: only until it is shown, and on a loaded 2-core machine three servers and chromiums
#: were seen to take 45 s for a first map or chart.
WAIT_MS = 90_000
#: The map component's iframe (streamlit-folium registers its component under this name).
MAP_IFRAME = 'iframe[title*="st_folium"]'
#: Leaflet draws each GeoJSON polygon as an interactive SVG path.
MAP_PATHS = "svg path.leaflet-interactive"
#: Fill of the areas with no report (``dashboard.colors.NO_REPORT``).
NO_REPORT_FILL = "#ffffff"


class LateAnswers:
    """The app's websocket routed through the test (``page.route_web_socket(STREAM,
    answers.route)``): while :attr:`hold` is set, what the server sends is held back, and
    :meth:`release` lets it through in its order, as a slow network would deliver it late
    (what the browser sends goes through at once)."""

    def __init__(self) -> None:
        self.hold = False
        self.held: list[str | bytes] = []
        self._browser: Any = None

    def route(self, ws: Any) -> None:
        """Connect the browser's socket ``ws`` to the server through this object."""
        server = ws.connect_to_server()
        self._browser = ws
        ws.on_message(server.send)
        server.on_message(self._from_server)

    def _from_server(self, message: str | bytes) -> None:
        if self.hold:
            self.held.append(message)
        else:
            self._browser.send(message)

    def release(self) -> None:
        """Send the browser what was held back, in order, and hold nothing more."""
        self.hold = False
        held, self.held = self.held, []
        for message in held:
            self._browser.send(message)


#: The URL pattern of Streamlit's websocket, for :class:`LateAnswers`.
STREAM = "**/_stcore/stream"


def key_selector(key: str) -> str:
    """Return the CSS selector of the widget with ``key`` (its container's class)."""
    return f".st-key-{key}"


def pick_first_claim(page) -> None:  # type: ignore[no-untyped-def]
    """Pick the claim of the Claims page's first row in its popover (the claim's report and
    the ledger are drawn once one is picked) and close the popover."""
    page.locator(f"{key_selector('claims_pick_popover')} button").click()
    page.locator(f"{key_selector('claims_pick')} input").click()
    page.get_by_role("option").first.click()
    page.locator(".atlas-evidence").wait_for(timeout=WAIT_MS)
    page.keyboard.press("Escape")


#: The sidebar's button that opens the filters (``app_pages/sidebar.py``: a popover, whose
#: widgets the browser draws only while it is open), and the popover's body.
FILTERS_BUTTON = '[data-testid="stSidebar"] [data-testid="stPopoverButton"]'
FILTERS_BODY = '[data-testid="stPopoverBody"]'
#: The app between runs.
APP_IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def open_filters(page, timeout: float) -> None:  # type: ignore[no-untyped-def]
    """Open the sidebar's filters, unless open, and wait for their widgets (a checkout
    that draws them open, which a bench may run against, has no button to click)."""
    regions = page.locator(key_selector("flt_regions"))
    page.locator(f"{FILTERS_BUTTON}, {key_selector('flt_regions')}").first.wait_for(timeout=timeout)
    if page.locator(FILTERS_BODY).count() == 0 and page.locator(FILTERS_BUTTON).count():
        page.locator(FILTERS_BUTTON).click(timeout=timeout)
    regions.wait_for(timeout=timeout)


def commit_field(page) -> None:  # type: ignore[no-untyped-def]
    """Click where a focused date field loses its focus (it commits then) and nothing
    else changes: the open popover's margin, or the page's title when the filters are
    drawn open (a checkout a bench runs against)."""
    if page.locator(FILTERS_BODY).count():
        page.locator(FILTERS_BODY).click(position={"x": 4, "y": 4})
    else:
        page.locator("h1").first.click()


def close_filters(page, timeout: float) -> None:  # type: ignore[no-untyped-def]
    """Close the sidebar's filters, if open (their fragment runs again: the lines above
    the button follow the filters), and wait for that run to end."""
    if page.locator(FILTERS_BODY).count() == 0:
        return
    page.locator(FILTERS_BUTTON).click(timeout=timeout)
    page.locator(FILTERS_BODY).wait_for(state="detached", timeout=timeout)
    page.locator(APP_IDLE).wait_for(timeout=timeout)


def free_port() -> int:
    """Return a TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """``streamlit run serve.py`` (the Atlas, its caches warmed at server start) in a
    subprocess with its own environment and log file."""

    env: Mapping[str, str]
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    #: The Streamlit script to run (the benchmark also runs a bare page).
    script: Path = ROOT / "serve.py"
    #: The folder it runs in (its ``.streamlit/config.toml``, ``static/`` and data):
    #: another checkout's, for a bench that compares two trees in one run.
    cwd: Path = ROOT

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        command = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(self.script),
            "--server.headless",
            "true",
            "--server.port",
            str(self.port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
        ]
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as out:
            self.started = time.perf_counter()
            self.process = subprocess.Popen(
                command,
                cwd=self.cwd,
                env={**os.environ, **self.env},
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        return self

    def wait_healthy(self, timeout: float = 60.0) -> float:
        """Poll ``/_stcore/health`` until it answers ``ok``; return seconds since start."""
        assert self.process is not None
        deadline = time.perf_counter() + timeout
        moves = 0
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                log = self.log.read_text()
                if f"Port {self.port} is not available" in log and moves < 3:
                    # taken between free_port() and the bind (see _listens): another port
                    moves += 1
                    self.port = free_port()
                    self.start()
                    continue
                msg = f"streamlit exited with {self.process.returncode}:\n{log}"
                raise RuntimeError(msg)
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as answer:
                    if answer.read().strip() == b"ok" and self._listens():
                        return time.perf_counter() - self.started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            # A short pause between polls of a server that is still starting up.
            time.sleep(0.05)
        msg = f"streamlit did not become healthy in {timeout} s:\n{self.log.read_text()}"
        raise TimeoutError(msg)

    def _listens(self) -> bool:
        """Return whether the server listening on :attr:`port` is this process.

        The port was free when :func:`free_port` chose it, not when Streamlit binds it:
        another suite's server (several run at once on a shared machine) can take it
        first, answer ``/_stcore/health`` while this one fails to bind, and the test would
        read that server's pages. Without ``/proc`` (not Linux) the answer is taken."""
        assert self.process is not None
        tables = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
        if not all(table.is_file() for table in tables):
            return True
        inodes = set()
        for table in tables:
            for line in table.read_text().splitlines()[1:]:
                fields = line.split()
                # local address "ADDR:PORT" in hex, state 0A (listening), the socket's inode
                if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == self.port:
                    inodes.add(f"socket:[{fields[9]}]")
        try:
            owned = {os.readlink(fd) for fd in Path(f"/proc/{self.process.pid}/fd").iterdir()}
        except OSError:
            return False
        return bool(inodes & owned)

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None


@dataclass
class OfflineGuard:
    """A Playwright route handler: lets 127.0.0.1 through, aborts and records the rest."""

    blocked: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, route, request) -> None:  # type: ignore[no-untyped-def]
        host = urlsplit(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:", "about:")) or host in LOCAL_HOSTS:
            route.continue_()
            return
        self.blocked.append((request.resource_type, request.url))
        route.abort("internetdisconnected")

    def needed_by_the_page(self) -> list[tuple[str, str]]:
        """Return the blocked requests other than map tiles (images): code, styles, data."""
        return [(kind, url) for kind, url in self.blocked if kind != "image"]


def launch(playwright, *, headless: bool = True):  # type: ignore[no-untyped-def]
    """Return Debian's chromium launched the way every browser test here launches it."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM, headless=headless, args=CHROMIUM_ARGS
    )


def serve_database(
    folder: Path, seed: Callable[[object], None], env: Mapping[str, str] | None = None
) -> Iterator[Server]:
    """Yield a healthy server on a fresh database in ``folder`` filled by ``seed(store)``,
    with the settings ``env`` besides the database and the data folder.

    For a module-scoped fixture: ``yield from serve_database(tmp, seed)``.
    """
    import store

    url = f"sqlite:///{folder / 'atlas.sqlite'}"
    db = store.open_store(url)
    seed(db)
    db.close()
    running = Server(
        {"ATLAS_DATABASE_URL": url, "ATLAS_DATA_DIR": str(folder), **(env or {})},
        folder / "streamlit.log",
    ).start()
    try:
        running.wait_healthy()
        yield running
    finally:
        running.stop()


class _QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Log nothing: a test's output is its result."""


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder``'s files over HTTP from a thread on 127.0.0.1; yield the base URL."""
    handler = functools.partial(_QuietFiles, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
