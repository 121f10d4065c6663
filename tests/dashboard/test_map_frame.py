"""The base map's script in Debian's chromium: fitted and coloured before its shapes are drawn.

The base map (``map_restyle.base_map``) is written into a page beside the local Leaflet
and served from a local HTTP server in a thread; a view is posted the way the restyle
frame posts it (``window.parent.atlasView``) before the map's script runs, or applied
after it, as ``atlas.apply`` does on the Map page.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.map_restyle import base_map, packed_shapes
from testkit.browser import MAP_PATHS, WAIT_MS, launch, serve_folder
from tests.dashboard.test_map_restyle import _shapes, _unpack

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


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("map-frame")
    shutil.copytree(ROOT / "static" / "vendor" / "leaflet", folder / "leaflet")
    packed = packed_shapes(_shapes(), "region")
    fmap = base_map(packed, leaflet_base="/leaflet")
    (folder / "map.html").write_text(fmap.get_root().render(), encoding="utf-8")
    # in a frame of a page, as on the Map page; the second waits only 0.3 s for a view
    short = base_map(packed, leaflet_base="/leaflet", view_wait_ms=300)
    (folder / "map-short.html").write_text(short.get_root().render(), encoding="utf-8")
    for name in ("map", "map-short"):
        (folder / f"in-{name}.html").write_text(
            f'<html><body><iframe src="{name}.html" width="1100" height="700"></iframe></body></html>',
            encoding="utf-8",
        )
    with serve_folder(folder) as url:
        yield f"{url}/map.html"


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


#: JavaScript: count the shapes restyled from now on (``setStyle`` calls, by area id).
_COUNT_RESTYLED = """() => {
    window.__restyled = [];
    const setStyle = L.Path.prototype.setStyle;
    L.Path.prototype.setStyle = function () {
        window.__restyled.push(this.feature ? this.feature.id : '?');
        return setStyle.apply(this, arguments);
    };
}"""
#: JavaScript: the map fitted to ``bounds`` and its zoom animation over (Leaflet drops a
#: fit asked for during one).
_FITTED = f"""(bounds) => {{ const [zoom, fitting, holds] = ({_FIT})(bounds);
    return zoom === fitting && holds && !window.atlas.map._animatingZoom; }}"""
#: JavaScript: the map's zoom and centre, rounded.
_WHERE = """() => { const map = window.atlas.map, c = map.getCenter();
    return [map.getZoom(), c.lat.toFixed(4), c.lng.toFixed(4)]; }"""


def _restyled(page, view: dict[str, object]) -> list[str]:  # type: ignore[no-untyped-def]
    page.evaluate("() => { window.__restyled = []; }")
    page.evaluate("(view) => window.atlas.apply(view)", view)
    return sorted(page.evaluate("() => window.__restyled"))


def test_only_the_shapes_whose_style_changed_are_restyled(browser, site: str) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, site, None)
    page.evaluate(_COUNT_RESTYLED)
    # drawn blank: only RU-AAA gets another style
    assert _restyled(page, VIEW) == ["RU-AAA"]
    assert _restyled(page, VIEW) == []  # the same view: nothing rewritten
    other = {
        **VIEW,
        "styles": {"RU-BBB": VIEW["styles"]["RU-AAA"]},  # type: ignore[index]
        "props": {"RU-BBB": ["Б", "B", "18", "MoD", "1", ""]},
    }
    # RU-AAA back to blank, each of RU-BBB's two polygons coloured
    assert _restyled(page, other) == ["RU-AAA", "RU-BBB"]
    assert sorted(_fills(page)) == ["#fd8d3c", "#ffffff"]
    page.close()


def test_a_view_in_sight_keeps_the_map_where_it_is_and_a_focus_is_fitted(
    browser, site: str
) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, site, None)
    # a first view of both shapes: fitted at once (not animated)
    whole = [[43.0, 35.0], [66.0, 181.25]]
    page.evaluate("(view) => window.atlas.apply(view)", {**VIEW, "styles": {}, "bounds": whole})
    shown = page.evaluate(_WHERE)
    # areas with figures inside the view, fitted less than two zoom levels closer: the
    # map does not move (no projection of every shape again), the colours change
    near = {**VIEW, "bounds": [[43.0, 35.0], [66.0, 120.0]]}
    zoom, fitting, holds = page.evaluate(_FIT, near["bounds"])
    assert holds and zoom < fitting < zoom + 2
    page.evaluate("(view) => window.atlas.apply(view)", near)
    assert page.evaluate(_WHERE) == shown
    assert sorted(_fills(page)) == ["#fd8d3c", "#ffffff"]
    # the same extent as the areas picked in the filters: fitted
    page.evaluate("(view) => window.atlas.apply(view)", {**near, "focus": True})
    page.wait_for_function(
        _FITTED,
        arg=near["bounds"],
        timeout=WAIT_MS,
    )
    # areas two or more zoom levels closer (RU-AAA's box): fitted too
    page.evaluate("(view) => window.atlas.apply(view)", VIEW)
    page.wait_for_function(
        _FITTED,
        arg=VIEW["bounds"],
        timeout=WAIT_MS,
    )


#: JavaScript (in the map's frame): note, in order, each shape's fill when it is added to
#: the map and each animation frame (``frame``).
_RECORD_FILLS = """() => {
    window.drawn = [];
    new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(node => {
        if (node.nodeName === 'path') { window.drawn.push(node.getAttribute('fill')); }
    }))).observe(document.body, {childList: true, subtree: true});
    (function frame() { window.drawn.push('frame'); requestAnimationFrame(frame); })();
}"""


def _map_frame(page, url: str):  # type: ignore[no-untyped-def]
    page.goto(url, timeout=WAIT_MS)
    page.frame_locator("iframe").locator(".leaflet-container").wait_for(timeout=WAIT_MS)
    return page.frames[1]


def test_in_a_page_the_map_waits_for_the_view_and_draws_its_shapes_once_in_it(
    browser, site: str
) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    frame = _map_frame(page, site.replace("map.html", "in-map.html"))
    frame.evaluate(_RECORD_FILLS)
    page.wait_for_timeout(500)
    assert frame.locator(MAP_PATHS).count() == 0  # no view yet: nothing drawn
    page.evaluate("(view) => { window.atlasView = view; }", VIEW)  # as the restyle script
    frame.locator(MAP_PATHS).nth(1).wait_for(state="attached", timeout=WAIT_MS)
    # each shape added once, in the view's colours, at the view's extent
    drawn = frame.evaluate("window.drawn")
    assert [fill for fill in drawn if fill != "frame"] == ["#fd8d3c", "#ffffff"]
    zoom, fitting, holds = frame.evaluate(_FIT, VIEW["bounds"])
    assert holds and zoom == fitting and zoom >= 6
    # RU-BBB's islands (40.125°E and on) are out of sight: Leaflet projects a shape's
    # every vertex when it is added, so RU-BBB is added once the map in sight is painted
    west, east = frame.evaluate(
        "[atlas.map.getBounds().getWest(), atlas.map.getBounds().getEast()]"
    )
    assert west < 35.0 and 36.5 < east < 40.125
    assert "frame" in drawn[drawn.index("#fd8d3c") : drawn.index("#ffffff")]
    # the hatch patterns are in the shapes' SVG, drawn after the patterns' script ran
    assert frame.locator(".leaflet-overlay-pane svg defs.atlas-patterns pattern").count() > 0
    page.close()


def test_in_a_page_without_a_view_the_map_draws_its_shapes_blank_after_its_wait(
    browser, site: str
) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    frame = _map_frame(page, site.replace("map.html", "in-map-short.html"))
    frame.locator(MAP_PATHS).first.wait_for(state="attached", timeout=WAIT_MS)
    assert _fills(frame) == ["#ffffff"] * 2
    zoom, fitting, holds = frame.evaluate(_FIT, [[43.0, 35.0], [66.0, 181.25]])
    assert holds and zoom == fitting and zoom < 5
    assert frame.locator(".leaflet-overlay-pane svg defs.atlas-patterns pattern").count() > 0
    page.close()


def test_each_shape_reports_the_feature_a_click_on_it_gives(browser, site: str) -> None:  # type: ignore[no-untyped-def]
    # streamlit-folium reports a clicked layer's toGeoJSON() (the drill reads its id,
    # area_id and level): the shapes built from the packed text give the whole feature,
    # every ring closed, holes and islands kept
    page = _open(browser, site, VIEW)
    try:
        reported = page.evaluate(
            "() => Object.fromEntries(Object.entries(window.atlas.layers)"
            ".map(([id, layer]) => [id, layer.toGeoJSON()]))"
        )
    finally:
        page.close()
    rings = _unpack(packed_shapes(_shapes(), "region"))
    assert reported == {
        area_id: {
            "type": "Feature",
            "id": area_id,
            "properties": {"area_id": area_id, "level": "region"},
            "geometry": {
                "type": "MultiPolygon",
                "coordinates": [
                    [[list(point) for point in ring] for ring in polygon] for polygon in polygons
                ],
            },
        }
        for area_id, polygons in rings.items()
    }
