"""Print how fast the dashboard is in a real browser: cold start and filter changes.

Starts ``streamlit run app.py`` on 127.0.0.1 with a fresh database (so the first start
imports the sample reports, as a user's first start does), drives Debian's chromium
offline and prints:

- seconds from server start until ``/_stcore/health`` answers, and until the first map
  has drawn its polygons in the browser (goal: under 5 s);
- seconds from a filter change (a region picked or cleared in the sidebar) until the map
  shows the new colours (goal: under 1 s);
- seconds from a click on the PNG download until the file arrives.

Usage: ``python bench/app_bench.py [--runs N]``. Nothing here is a test: it prints figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.app._browser import (  # noqa: E402
    MAP_IFRAME,
    MAP_PATHS,
    NO_REPORT_FILL,
    OfflineGuard,
    Server,
    key_selector,
    launch,
)

WAIT_MS = 120_000
#: JavaScript: how many polygons of the last map component are coloured (not "no report").
_COLOURED = """([sel, paths, white]) => {
    const f = [...document.querySelectorAll(sel)].pop();
    const doc = f && f.contentDocument;
    if (!doc) return -1;
    const drawn = [...doc.querySelectorAll(paths)];
    if (drawn.length === 0) return -1;
    return drawn.filter(e => e.getAttribute('fill') !== white).length;
}"""


def _coloured(page) -> int:  # type: ignore[no-untyped-def]
    return int(page.evaluate(_COLOURED, [MAP_IFRAME, MAP_PATHS, NO_REPORT_FILL]))


def _wait_coloured(page, predicate: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the count of coloured polygons satisfies ``predicate`` (JS, on ``n``)."""
    page.wait_for_function(
        f"""args => {{ const n = ({_COLOURED})(args); return n >= 0 && ({predicate}); }}""",
        arg=[MAP_IFRAME, MAP_PATHS, NO_REPORT_FILL],
        timeout=WAIT_MS,
        polling="raf",
    )


def one_run(  # type: ignore[no-untyped-def]
    playwright, folder: Path, *, filter_rounds: int, existing: bool
) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {"health": [], "first_map": [], "filter": [], "png": []}
    url = f"sqlite:///{folder / 'atlas.sqlite'}"
    if existing:  # a restart: the samples are already in the database
        import store

        db = store.open_store(url)
        db.load_samples()
        db.close()
    server = Server({"ATLAS_DATABASE_URL": url}, folder / "streamlit.log")
    browser = launch(playwright)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    context.route("**/*", OfflineGuard())
    page = context.new_page()
    server.start()
    try:
        figures["health"].append(server.wait_healthy(timeout=120))
        page.goto(f"{server.url}/")
        page.frame_locator(MAP_IFRAME).last.locator(MAP_PATHS).first.wait_for(timeout=WAIT_MS)
        figures["first_map"].append(time.perf_counter() - server.started)
        _wait_coloured(page, "n > 0")
        everything = _coloured(page)

        regions = page.locator(f"{key_selector('flt_regions')} input")
        for _ in range(filter_rounds):
            regions.click()
            regions.fill("Kaluga")
            option = page.get_by_role("option", name="Калужская область · Kaluga Oblast")
            option.wait_for(timeout=WAIT_MS)
            started = time.perf_counter()
            option.click()
            _wait_coloured(page, "n === 1")
            figures["filter"].append(time.perf_counter() - started)
            page.keyboard.press("Escape")
            remove = page.locator(f"{key_selector('flt_regions')} button[aria-label^='Remove ']")
            started = time.perf_counter()
            remove.first.click()
            _wait_coloured(page, f"n === {everything}")
            figures["filter"].append(time.perf_counter() - started)

        button = page.locator(f"{key_selector('map_dl_png')} button")
        button.scroll_into_view_if_needed()
        started = time.perf_counter()
        with page.expect_download(timeout=WAIT_MS) as download:
            button.click()
        download.value.path()
        figures["png"].append(time.perf_counter() - started)
    finally:
        context.close()
        browser.close()
        server.stop()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="cold starts to measure")
    parser.add_argument("--filter-rounds", type=int, default=3, help="pick/clear rounds per run")
    parser.add_argument(
        "--existing", action="store_true",
        help="start on a database that already holds the samples (a restart, not a first start)",
    )
    args = parser.parse_args()
    totals: dict[str, list[float]] = {}
    with sync_playwright() as playwright:
        for number in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="atlas-bench-") as folder:
                figures = one_run(
                    playwright, Path(folder), filter_rounds=args.filter_rounds,
                    existing=args.existing,
                )
            for name, values in figures.items():
                totals.setdefault(name, []).extend(values)
            print(f"run {number + 1}: " + ", ".join(
                f"{name} {', '.join(f'{v:.2f}' for v in values)} s"
                for name, values in figures.items()
            ))
    start = "restart on an existing database" if args.existing else "first start (samples imported)"
    labels = {
        "health": "server healthy after start",
        "first_map": f"first map drawn after server start, {start} (goal < 5 s)",
        "filter": "map redrawn after a filter change (goal < 1 s)",
        "png": "PNG snapshot downloaded after the click",
    }
    for name, label in labels.items():
        values = totals.get(name) or [float("nan")]
        print(
            f"{label}: median {statistics.median(values):.2f} s, "
            f"min {min(values):.2f} s, max {max(values):.2f} s (n={len(values)})"
        )


if __name__ == "__main__":
    main()
