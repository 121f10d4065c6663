"""The base map's script in Debian's chromium: fitted and coloured before its shapes are drawn.

The base map (``map_restyle.base_map``) is written into a page beside the local Leaflet
and served from a local HTTP server in a thread; a view is posted the way the restyle
frame posts it (``window.parent.atlasView``) before the map's script runs, or applied
after it, as ``atlas.apply`` does on the Map page.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.map_restyle import base_map, packed_shapes
from testkit.browser import MAP_PATHS, WAIT_MS, launch
from tests.dashboard.test_map_restyle import _shapes

pytestmark = pytest.mark.e2e
sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[2]
#: A view of RU-AAA alone (the 35-36.5°E, 54-55.25°N box), as ``restyle_script`` posts it.
VIEW = {
    "styles": {
        "RU-AAA": {"color": "#555555", "weight": 1, "fillColor": "#fd8d3c", "fillOpacity": 0.7}
    },
    "props": {"RU-AAA": ["А", "A", "18", "MoD", "1", ""]},
    "combined": None,
    "bounds": [[54.0, 35.0], [55.25, 36.5]],
}
#: JavaScript: the map's zoom, the zoom that fits ``bounds`` and whether it holds them.
_FIT = """(bounds) => {
    const map = window.atlas.map, wanted = L.latLngBounds(bounds);
    return [map.getZoom(), map.getBoundsZoom(wanted), map.getBounds().contains(wanted)];
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Log nothing: the output is the figures."""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("map-frame")
    shutil.copytree(ROOT / "static" / "vendor" / "leaflet", folder / "leaflet")
    fmap = base_map(packed_shapes(_shapes(), "region"), leaflet_base="/leaflet")
    (folder / "map.html").write_text(fmap.get_root().render(), encoding="utf-8")
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/map.html"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def _open(browser, url: str, posted: dict[str, object] | None):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    # map tiles are not needed (and not reachable): only the local server answers
    page.route(
        "**/*",
        lambda route, request: route.continue_() if "127.0.0.1" in request.url else route.abort(),
    )
    if posted is not None:
        page.add_init_script(f"window.atlasView = {json.dumps(posted)};")
    page.goto(url, timeout=WAIT_MS)
    page.locator(MAP_PATHS).first.wait_for(state="attached", timeout=WAIT_MS)
    return page


def _fills(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator(MAP_PATHS).evaluate_all("els => els.map(e => e.getAttribute('fill'))")


def test_a_view_posted_first_is_the_first_extent_and_colours(browser, site: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, site, VIEW)
    zoom, fitting, holds = page.evaluate(_FIT, VIEW["bounds"])
    # fitted to RU-AAA's box, not to both shapes' (which span 35-181.25°E)
    assert holds and zoom == fitting and zoom >= 6
    # drawn in the view's colours: RU-AAA orange, the other shape blank
    assert sorted(_fills(page)) == ["#fd8d3c", "#ffffff"]
    # the view is kept as applied: the same view again does not move the map
    page.evaluate("(view) => window.atlas.apply(view)", VIEW)
    assert page.evaluate(_FIT, VIEW["bounds"])[0] == zoom
    page.close()


def test_without_a_posted_view_the_map_fits_its_shapes_then_the_view_applied(
    browser, site: str
) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, site, None)
    whole = [[43.0, 35.0], [66.0, 181.25]]
    zoom, fitting, holds = page.evaluate(_FIT, whole)
    assert holds and zoom == fitting and zoom < 5
    assert _fills(page) == ["#ffffff"] * 2
    page.evaluate("(view) => window.atlas.apply(view)", VIEW)
    # the first view's fit is not animated: the map is there at once
    zoom, fitting, holds = page.evaluate(_FIT, VIEW["bounds"])
    assert holds and zoom == fitting and zoom >= 6
    assert sorted(_fills(page)) == ["#fd8d3c", "#ffffff"]
    page.close()
