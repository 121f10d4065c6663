"""Print where the Timeline over all three years spends its time, in a real browser.

One server (``serve.py``, warmed up as for a visitor) on a copy of the three-year
database of ``bench/generate_db.py``; Debian's chromium opens the Timeline over the
whole period twice, each time as a new visitor (a new session): first with the page's
loaders cold, then warm. For each visit it prints the seconds until the title, the
totals (an image over a long period, ``dashboard/bars_image.py``), the end of the script
run and every chart and table drawn, the server's CPU seconds over the visit, and the
bytes Streamlit sent on the websocket, per kind of element (each chart's, image's and
table's own size listed). Then it turns the totals interactive (the Vega-Lite chart) and
opens each section. As a floor, the same browser opens a bare Streamlit page
(``st.title`` only) on a running server twice, in the same run: a fresh browser's first
visit and a second one; the Timeline's visits are printed as ratios to them (cold to the
first, warm to the second).

Nothing here is a test: it prints figures. ``bench/app_bench.py`` times the same visit
among the issue's other figures. ``--postgresql`` copies the three years into a
throwaway PostgreSQL cluster (``testkit/pg.py``) and measures the same visits there too.

    .venv/bin/python bench/timeline_bench.py [--seed 7] [--from 2023-06-01 --to 2026-11-30]
        [--postgresql] [--screenshot FILE]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.app_bench import (  # noqa: E402
    BARE_PAGE,
    IDLE,
    IMAGES,
    THREE_YEARS,
    TOTALS_DRAWN,
    WAIT_MS,
    _browser_page,
)
from bench.cpu import _browser_cpu, _cpu  # noqa: E402
from dashboard.html_blocks import IMAGE_CLASS  # noqa: E402
from testkit.browser import Server  # noqa: E402

#: JavaScript: the charts vega-embed drew and those on the page. A chart is drawn when
#: its canvas holds a painted pixel or its SVG a mark: vega-embed adds the canvas before
#: its dataflow has run.
_CHARTS = """() => {
    const painted = e => {
        const canvas = e.querySelector('canvas');
        if (canvas === null) return e.querySelector('svg .role-mark > *') !== null;
        if (!canvas.width || !canvas.height) return false;
        const pixels = canvas.getContext('2d').getImageData(
            0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
        return false;
    };
    const all = [...document.querySelectorAll('.vega-embed')];
    return [all.filter(painted).length, all.length];
}"""
#: JavaScript: the page's tables drawn (glide data grid draws a canvas).
_TABLES = """() => [...document.querySelectorAll('[data-testid="stDataFrame"]')].filter(
    e => e.querySelector('canvas')).length"""
#: JavaScript: the page's images loaded and decoded, and all of them.
_IMAGES = f"""() => {{ const all = [...document.querySelectorAll(
    '{IMAGES}')];
    return [all.filter(i => i.complete && i.naturalWidth > 0).length, all.length]; }}"""
_WARMED = "warm-up done"


@dataclass
class Received:
    """The websocket frames one visit received, decoded as Streamlit's ``ForwardMsg``."""

    total: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    large: list[tuple[str, int]] = field(default_factory=list)
    #: Rows of each chart's and table's data (a chart's marks are about as many; an
    #: image's is its SVG's paths).
    rows: list[int] = field(default_factory=list)

    def count(self, payload: bytes | str) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        size = len(payload)
        self.total += size
        kind = "text frame"
        if isinstance(payload, bytes):
            msg = ForwardMsg.FromString(payload)
            kind = str(msg.WhichOneof("type"))
            if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                kind = str(msg.delta.new_element.WhichOneof("type"))
                if kind in ("vega_lite_chart", "dataframe"):
                    self.large.append((kind, size))
                    self.rows.append(_rows(getattr(msg.delta.new_element, kind)))
                elif kind == "imgs":
                    self.large.append(("image", size))
                    self.rows.append(_paths(img.url for img in msg.delta.new_element.imgs.imgs))
                elif kind == "html" and f'class="{IMAGE_CLASS}"' in msg.delta.new_element.html.body:
                    # the totals image as the page draws it (dashboard/html_blocks.py)
                    self.large.append(("image", size))
                    self.rows.append(_paths([_image_url(msg.delta.new_element.html.body)]))
        self.by_kind[kind] += size


def _rows(element) -> int:  # type: ignore[no-untyped-def]
    """Return the rows of a chart's or table's Arrow data (its datasets' for a chart)."""
    import pyarrow as pa

    if hasattr(element, "arrow_data"):  # a table
        streams = [element.arrow_data.data]
    else:  # a chart: its data and named datasets
        streams = [element.data.data, *(named.data.data for named in element.datasets)]
    return sum(pa.ipc.open_stream(data).read_all().num_rows for data in streams if data)


def _image_url(body: str) -> str:
    """Return the ``src`` of the one ``<img>`` of an HTML element's ``body``."""
    return body.partition(' src="')[2].partition('"')[0]


def _paths(urls: Iterable[str]) -> int:
    """Return the ``<path>`` elements of SVG data URLs."""
    import base64

    found = 0
    for url in urls:
        head, _, data = url.partition(",")
        if head.endswith(";base64"):
            found += base64.b64decode(data).count(b"<path")
    return found


def _wait_log(log: Path, text: str, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if log.exists() and text in log.read_text(errors="replace"):
            return time.perf_counter() - started
        # polling a log file another process writes
        time.sleep(0.1)
    raise TimeoutError(f"{text!r} not in {log} after {timeout} s")


#: JavaScript: every chart, image and table on the page drawn.
_ALL_DRAWN = f"""() => {{ const [drawn, all] = ({_CHARTS})();
    const [loaded, images] = ({_IMAGES})();
    return drawn === all && loaded === images && ({_TABLES})() ===
        document.querySelectorAll('[data-testid="stDataFrame"]').length; }}"""


class Frames:
    """The page's websocket frames, counted into the step being measured."""

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        self.current = Received()
        page.on("websocket", lambda ws: ws.on("framereceived", self._count))

    def _count(self, payload: bytes | str) -> None:
        self.current.count(payload)


class Visit:
    """Count what one step of a visit costs: seconds, server CPU, websocket bytes."""

    def __init__(self, page, pid: int, frames: Frames) -> None:  # type: ignore[no-untyped-def]
        self.page, self.pid = page, pid
        self.received = frames.current = Received()
        self.marks: dict[str, object] = {}
        self.cpu, self.browser = _cpu(pid), _browser_cpu(pid)
        self.started = time.perf_counter()

    def mark(self, name: str) -> None:
        self.marks[name] = time.perf_counter() - self.started

    def done(self) -> dict[str, object]:
        self.page.wait_for_function(_ALL_DRAWN, timeout=WAIT_MS, polling="raf")
        self.mark("everything drawn")
        self.marks["server CPU"] = _cpu(self.pid) - self.cpu
        self.marks["browser CPU"] = _browser_cpu(self.pid) - self.browser
        self.marks["charts"], _ = self.page.evaluate(_CHARTS)
        self.marks["images"], _ = self.page.evaluate(_IMAGES)
        self.marks["tables"] = self.page.evaluate(_TABLES)
        self.marks["received"] = self.received
        return self.marks


def visit(page, url: str, pid: int, frames: Frames) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Open ``url`` as a new visitor; return when each part was drawn and what was sent."""
    page.goto("about:blank")
    step = Visit(page, pid, frames)
    page.goto(url)
    page.get_by_role("heading", name="Timeline", exact=True).wait_for(timeout=WAIT_MS)
    step.mark("title")
    page.wait_for_function(TOTALS_DRAWN, timeout=WAIT_MS, polling="raf")
    step.mark("totals drawn")
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    step.mark("script finished")
    return step.done()


def interactive(page, pid: int, frames: Frames) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Turn the totals interactive (the Vega-Lite chart); return what it cost."""
    step = Visit(page, pid, frames)
    page.locator(".st-key-tl_interactive").get_by_text("Interactive chart").click()
    page.wait_for_function(f"() => ({_CHARTS})()[0] >= 1", timeout=WAIT_MS, polling="raf")
    step.mark("totals drawn")
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    step.mark("script finished")
    return step.done()


def open_sections(page, pid: int, frames: Frames) -> list[tuple[str, dict[str, object]]]:  # type: ignore[no-untyped-def]
    """Open each closed section (an expander) of the page in turn; return what each cost."""
    opened = []
    sections = page.locator('[data-testid="stExpander"]')
    for index in range(sections.count()):
        summary = sections.nth(index).locator("summary")
        name = summary.inner_text().strip().splitlines()[-1]  # after the icon's name
        step = Visit(page, pid, frames)
        summary.click()
        # the section's rerun is over when its chart or table is drawn and the app idle
        page.wait_for_function(
            """i => { const e = document.querySelectorAll('[data-testid="stExpander"]')[i];
                return e && e.querySelector('.vega-embed canvas, .vega-embed svg, '
                    + '[data-testid="stDataFrame"] canvas') !== null; }""",
            arg=index,
            timeout=WAIT_MS,
            polling="raf",
        )
        page.locator(IDLE).wait_for(timeout=WAIT_MS)
        step.mark("script finished")
        opened.append((name, step.done()))
    return opened


def bare_floor(playwright, folder: Path) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """Return the seconds a bare page takes to show its title and chromium's CPU seconds,
    twice, on a running server."""
    script = folder / "bare.py"
    script.write_text(BARE_PAGE, encoding="utf-8")
    server = Server({}, folder / "bare.log", script=script).start()
    times: list[tuple[float, float]] = []
    try:
        server.wait_healthy(timeout=120)
        assert server.process is not None
        with _browser_page(playwright) as page:
            for _ in range(2):
                page.goto("about:blank")
                cpu, started = _browser_cpu(server.process.pid), time.perf_counter()
                page.goto(f"{server.url}/")
                page.get_by_role("heading", name="Bare page").wait_for(timeout=WAIT_MS)
                page.locator(IDLE).wait_for(timeout=WAIT_MS)
                times.append(
                    (time.perf_counter() - started, _browser_cpu(server.process.pid) - cpu)
                )
    finally:
        server.stop()
    return times


def _show(name: str, marks: dict[str, object], floor: tuple[float, float] | None = None) -> None:
    received = marks["received"]
    assert isinstance(received, Received)
    steps = ", ".join(
        f"{step} {marks[step]:.2f} s"
        for step in ("title", "totals drawn", "script finished", "everything drawn")
        if step in marks
    )
    print(f"\n{name}: {steps}")
    if floor is not None:
        drawn, cpu = marks["everything drawn"], marks["browser CPU"]
        assert isinstance(drawn, float) and isinstance(cpu, float)
        print(
            f"  against the bare page ({floor[0]:.2f} s, chromium {floor[1]:.2f} s of CPU): "
            f"{drawn / floor[0]:.2f}× the seconds, {cpu / floor[1]:.2f}× chromium's CPU"
        )
    print(
        f"  CPU over the visit: server {marks['server CPU']:.2f} s, chromium "
        f"{marks['browser CPU']:.2f} s; drawn: {marks['charts']} "
        f"charts, {marks['images']} images, {marks['tables']} tables"
    )
    kinds = sorted(received.by_kind.items(), key=lambda item: -item[1])
    print(
        f"  websocket: {received.total / 1e3:,.0f} KB received ("
        + ", ".join(f"{kind} {size / 1e3:,.1f} KB" for kind, size in kinds if size >= 1000)
        + ")"
    )
    print(
        "  each chart and table: "
        + ", ".join(
            f"{k} {s / 1e3:,.1f} KB ({n:,} rows)"
            for (k, s), n in zip(received.large, received.rows, strict=True)
        )
    )


@contextmanager
def three_year_server(
    playwright, seed: int, prefix: str
) -> Iterator[tuple[list[tuple[float, float]], Server]]:  # type: ignore[no-untyped-def]
    """The bare page's floor, then a healthy server on a copy of the three-year database
    (generated from ``seed`` once and kept), stopped on the way out."""
    from bench.generate_db import ensure_database

    generated = ensure_database(seed).removeprefix("sqlite:///")
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        folder = Path(tmp)
        floor = bare_floor(playwright, folder)
        copy = folder / "three-years.sqlite"
        shutil.copyfile(generated, copy)
        with _serving(f"sqlite:///{copy}", folder) as server:
            yield floor, server


@contextmanager
def _serving(url: str, folder: Path) -> Iterator[Server]:
    server = Server({"ATLAS_DATABASE_URL": url}, folder / "streamlit.log")
    server.start()
    try:
        server.wait_healthy(timeout=180)
        yield server
    finally:
        server.stop()


def show_floor(floor: list[tuple[float, float]]) -> None:
    print(
        "bare Streamlit page on a running server, title and script done: "
        + ", ".join(f"{t:.2f} s (chromium CPU {c:.2f} s)" for t, c in floor)
    )


def measure(
    playwright, server: Server, args: argparse.Namespace
) -> list[tuple[str, dict[str, object]]]:  # type: ignore[no-untyped-def]
    """Visit the Timeline over the period twice (loaders cold, then warm), turn the
    totals interactive and open each section; return each step's marks."""
    warmed = _wait_log(server.log, _WARMED, timeout=600)
    print(f"server warmed up {warmed:.1f} s after it answered")
    assert server.process is not None
    pid = server.process.pid
    url = f"{server.url}/timeline?from={args.first}&to={args.last}"
    with _browser_page(playwright) as page:
        frames = Frames(page)
        steps = [
            (
                f"Timeline {args.first} – {args.last}, loaders cold (a new session)",
                visit(page, url, pid, frames),
            ),
            ("the same again, loaders warm (a new session)", visit(page, url, pid, frames)),
        ]
        if args.screenshot:
            page.screenshot(path=str(args.screenshot), full_page=True)
        steps.append(
            ("the totals turned interactive (the Vega-Lite chart)", interactive(page, pid, frames))
        )
        for name, marks in open_sections(page, pid, frames):
            steps.append((f"section {name!r} opened (its loaders cold)", marks))
    return steps


def show(steps: list[tuple[str, dict[str, object]]], floor: list[tuple[float, float]]) -> None:
    """Print each step; the two visits against the bare page's first and second."""
    for index, (name, marks) in enumerate(steps):
        _show(name, marks, floor[index] if index < len(floor) else None)


def _postgresql(
    playwright, args: argparse.Namespace
) -> tuple[float, list[tuple[str, dict[str, object]]]]:  # type: ignore[no-untyped-def]
    """Copy the three years into a throwaway PostgreSQL cluster and measure there."""
    from bench.generate_db import ensure_database
    from bench.store_bench import _copy_database
    from testkit.pg import start_cluster, stop_cluster

    root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    try:
        cluster = start_cluster(root)
        url = cluster.new_database()
        started = time.perf_counter()
        _copy_database(ensure_database(args.seed), url)
        copied = time.perf_counter() - started
        with _serving(url, root) as server:
            return copied, measure(playwright, server, args)
    finally:
        stop_cluster(root)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--from", dest="first", default=THREE_YEARS[0])
    parser.add_argument("--to", dest="last", default=THREE_YEARS[1])
    parser.add_argument("--screenshot", type=Path, help="save the drawn page as this PNG")
    parser.add_argument(
        "--postgresql", action="store_true", help="also measure on a throwaway PostgreSQL cluster"
    )
    args = parser.parse_args()

    with sync_playwright() as playwright:
        with three_year_server(playwright, args.seed, "atlas-tl-") as (floor, server):
            steps = measure(playwright, server, args)
        postgres = _postgresql(playwright, args) if args.postgresql else None
    show_floor(floor)
    print("\nSQLite (a copy of the generated database)")
    show(steps, floor)
    if postgres is not None:
        copied, pg_steps = postgres
        print(f"\nPostgreSQL (throwaway cluster, the three years copied in {copied:.0f} s)")
        show(pg_steps, floor)


if __name__ == "__main__":
    main()
