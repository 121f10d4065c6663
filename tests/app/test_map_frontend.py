"""The map component's frontend in Debian's chromium: the messages streamlit-folium's sent.

``app_pages/map_frontend/index.html`` replaces streamlit-folium's frontend for the Atlas's
base map. A parent page here plays Streamlit's part (it answers "componentReady" with a
"render" message holding a small map's arguments, as ``map_component.show`` passes them,
and records every message the frame posts); the same page is opened on our frontend and on
streamlit-folium's build, and a shape is clicked in each.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app_pages.map_component import FRONTEND
from app_pages.map_slot import RETURNED
from dashboard.assets import asset_base
from testkit.browser import WAIT_MS, launch, serve_folder

pytestmark = pytest.mark.e2e
sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[2]
#: A map as the base map's script makes it: the map named ``map_div``, a shape in a group
#: whose tooltip is a function (as ``atlas.tip`` binds it), the group on the map when the
#: script ends (the component binds its click handler to the map's layers then).
SCRIPT = """
var map_div = L.map("map_div", {center: [54.6, 35.75], zoom: 7, zoomAnimation: false});
var group = L.featureGroup().addTo(map_div);
group.bindTooltip(function () { return "<b>Kaluga</b> 18"; }, {sticky: true});
var shape = L.polygon([[54, 35], [54, 36.5], [55.25, 36.5], [55.25, 35]]);
shape.feature = {type: "Feature", id: "RU-AAA", properties: {area_id: "RU-AAA", level: "region"}};
group.addLayer(shape);
"""
#: The parent page: Streamlit's side of the component protocol, every message recorded
#: (``JSON.stringify``: what Streamlit's frontend sends on to the server).
PARENT = """<!doctype html><html><body><script>
window.got = [];
window.addEventListener("message", function (event) {
    if (!event.data || !event.data.isStreamlitMessage) { return; }
    window.got.push(JSON.parse(JSON.stringify(event.data)));
    if (event.data.type === "streamlit:componentReady") {
        event.source.postMessage({type: "streamlit:render", args: ARGS, dfs: [],
                                  disabled: false, theme: null}, "*");
    }
});
</script><iframe src="FRAME/index.html" width="900" height="700"></iframe></body></html>"""


#: Where Streamlit serves the Atlas's Leaflet (``dashboard.assets.asset_base("")``).
SERVED_LEAFLET = asset_base("")
#: JavaScript for every frame: note when the first render message came.
_NOTE_RENDER = """window.addEventListener("message", function (event) {
    if (event.data && event.data.type === "streamlit:render" && !window.rendered) {
        window.rendered = performance.now();
    }
});"""


def _args(js_base: str) -> dict[str, object]:
    """Return the arguments ``map_component.show`` passes, for the small map."""
    return {
        "script": SCRIPT,
        "header": "<style>#map_div { height: 620px; }</style>",
        "html": "",
        "id": "map_div",
        "height": 620,
        "width": None,
        "returned_objects": RETURNED,
        "default": dict.fromkeys(RETURNED),
        "zoom": None,
        "center": None,
        "feature_group": None,
        "return_on_hover": False,
        "layer_control": None,
        "pixelated": False,
        "css_links": [f"{js_base}/leaflet.css"],
        "js_links": [f"{js_base}/leaflet.js"],
        "wrap_longitude": False,
    }


def _streamlit_folium_build() -> Path:
    spec = importlib.util.find_spec("streamlit_folium")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "frontend" / "build"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("map-frontend")
    shutil.copytree(ROOT / "static" / "vendor" / "leaflet", folder / "leaflet")
    shutil.copytree(FRONTEND, folder / "atlas")
    shutil.copytree(_streamlit_folium_build(), folder / "streamlit-folium")
    args = json.dumps(_args("/leaflet"))
    for name in ("atlas", "streamlit-folium"):
        page = PARENT.replace("ARGS", args).replace("FRAME", name)
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
    # a session's first map, asked to report once it is drawn; and the same whose Leaflet
    # cannot be loaded
    reporting = {**_args("/leaflet"), "report_drawn": True}
    broken = {**reporting, "js_links": ["/leaflet/missing.js"]}
    for name, frame_args in (("reporting", reporting), ("broken", broken)):
        page = PARENT.replace("ARGS", json.dumps(frame_args)).replace("FRAME", "atlas")
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
    # the same first map in a page whose app's run still goes on (Streamlit's own mark)
    running = PARENT.replace("ARGS", json.dumps(reporting)).replace("FRAME", "atlas")
    app = '<div data-testid="stApp" data-test-script-state="running"></div><iframe'
    (folder / "running.html").write_text(running.replace("<iframe", app, 1), encoding="utf-8")
    # served as Streamlit serves them: the frame under /component/<name>/, Leaflet under
    # /app/static/vendor/leaflet (dashboard/assets.py)
    shutil.copytree(ROOT / "static" / "vendor" / "leaflet", folder / SERVED_LEAFLET.strip("/"))
    shutil.copytree(FRONTEND, folder / "component" / "atlas")
    page = PARENT.replace("ARGS", json.dumps(_args(SERVED_LEAFLET)))
    (folder / "served.html").write_text(page.replace("FRAME", "component/atlas"), encoding="utf-8")
    with serve_folder(folder) as url:
        yield url


@contextmanager
def _map_made(site: str, page_name: str, *, init: str = "") -> Iterator[Any]:
    """Open ``page_name`` in chromium (``init``: a script run first in every frame); yield
    the page once the frame's map is made (its shape drawn, its height set: the frame's
    last message before a click or a report)."""
    with sync_api.sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            if init:
                page.add_init_script(init)
            page.goto(f"{site}/{page_name}.html", timeout=WAIT_MS)
            frame = page.frame_locator("iframe")
            frame.locator("path.leaflet-interactive").wait_for(timeout=WAIT_MS)
            page.wait_for_function("() => window.got.some(m => m.height === 620)", timeout=WAIT_MS)
            yield page
        finally:
            browser.close()


def _messages(site: str, frontend: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Return what the frame posted until its map was made, and after a click on the shape."""
    with _map_made(site, frontend) as page:
        before = page.evaluate("window.got.slice()")
        page.frame_locator("iframe").locator("path.leaflet-interactive").click()
        page.wait_for_function("n => window.got.length > n", arg=len(before), timeout=WAIT_MS)
        after = page.evaluate("window.got.slice()")[len(before) :]
    return before, after


def test_the_frontend_posts_what_streamlit_foliums_did_for_a_map_and_a_click(site: str) -> None:
    ours = _messages(site, "atlas")
    theirs = _messages(site, "streamlit-folium")
    before, after = ours
    # ready, its first height, the map's height; nothing sent when the map is drawn (the
    # value is the default the page passed: the page does not run again)
    assert [m["type"] for m in before] == [
        "streamlit:componentReady",
        "streamlit:setFrameHeight",
        "streamlit:setFrameHeight",
    ]
    assert before[0]["apiVersion"] == 1 and before[-1]["height"] == 620
    # one value after the click: the point and the shape's feature (the drill reads it)
    assert [(m["type"], m["dataType"]) for m in after] == [("streamlit:setComponentValue", "json")]
    value = after[0]["value"]
    assert isinstance(value, dict) and list(value) == ["last_object_clicked", "last_active_drawing"]
    point = value["last_object_clicked"]
    assert 54 < point["lat"] < 55.25 and 35 < point["lng"] < 36.5
    assert value["last_active_drawing"] == {
        "type": "Feature",
        "id": "RU-AAA",
        "properties": {"area_id": "RU-AAA", "level": "region"},
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[35, 54], [36.5, 54], [36.5, 55.25], [35, 55.25], [35, 54]]],
        },
    }
    # and message for message what streamlit-folium's frontend posted
    assert ours == theirs


def _values(site: str, page_name: str) -> list[object]:
    """Return the values the frame posted once it has posted one."""
    with sync_api.sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            page.goto(f"{site}/{page_name}.html", timeout=WAIT_MS)
            page.wait_for_function(
                "() => window.got.some(m => m.type === 'streamlit:setComponentValue')",
                timeout=WAIT_MS,
            )
            got = page.evaluate("window.got.slice()")
        finally:
            browser.close()
    return [m["value"] for m in got if m["type"] == "streamlit:setComponentValue"]


def test_a_first_map_reports_once_it_is_drawn_even_without_its_scripts(site: str) -> None:
    # the default's keys and "drawn": map_slot reruns the sidebar's filters for it
    drawn = {**dict.fromkeys(RETURNED), "drawn": True}
    assert _values(site, "reporting") == [drawn]
    # Leaflet not loaded: no map, but the filters must still be drawn
    assert _values(site, "broken") == [drawn]


def test_a_first_map_reports_that_it_is_drawn_once_the_apps_run_has_ended(site: str) -> None:
    # reported while the run went on, the report stopped it and the whole app ran again
    # (the base map sent twice): app_pages/map_slot.py
    drawn = {**dict.fromkeys(RETURNED), "drawn": True}
    values = "() => window.got.filter(m => m.type === 'streamlit:setComponentValue')"
    with _map_made(site, "running") as page:
        # drawn and painted (the report's two animation frames, and more): not sent
        page.frames[1].evaluate(
            """() => new Promise(done => {
                let n = 0;
                const tick = () => (++n < 8 ? requestAnimationFrame(tick) : done());
                requestAnimationFrame(tick);
            })"""
        )
        assert page.evaluate(values) == []
        page.evaluate(
            """() => document.querySelector('[data-testid="stApp"]')
                .setAttribute('data-test-script-state', 'notRunning')"""
        )
        page.wait_for_function(f"() => ({values})().length > 0", timeout=WAIT_MS)
        assert [m["value"] for m in page.evaluate(values)] == [drawn]


def test_the_frame_asks_for_leaflet_before_the_render_message_names_it(site: str) -> None:
    # a first visit waited for the page's round trip (componentReady, then the render
    # message naming Leaflet) before it fetched Leaflet: now fetched as the frame opens,
    # once each, and the map made with it
    with _map_made(site, "served", init=_NOTE_RENDER) as page:
        frame = page.frames[1]
        fetched = frame.evaluate(
            """() => performance.getEntriesByType('resource')
                .filter(e => e.name.includes('/leaflet/'))
                .map(e => [e.name.split('/').pop(), e.startTime])"""
        )
        rendered = frame.evaluate("window.rendered")
    assert sorted(name for name, _ in fetched) == ["leaflet.css", "leaflet.js"]
    assert all(start < rendered for _, start in fetched), (fetched, rendered)
