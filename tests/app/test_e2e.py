"""End to end: a real ``streamlit run`` driven by headless Debian chromium, offline.

One server per module on a database of the hand-made reports (see ``conftest.seed``).
Every request to a host other than 127.0.0.1 is aborted and recorded: the map must
draw without any of them (OpenStreetMap tiles may be asked for, never needed).
Screenshots go to ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from app_pages.claims import NOTHING_PICKED
from testkit.browser import (
    APP_IDLE,
    FILTERS_BODY,
    FILTERS_BUTTON,
    MAP_IFRAME,
    MAP_PATHS,
    NO_REPORT_FILL,
    STREAM,
    WAIT_MS,
    LateAnswers,
    OfflineGuard,
    Server,
    close_filters,
    key_selector,
    open_filters,
    pick_first_claim,
    serve_database,
)
from tests.app.conftest import seed

pytestmark = pytest.mark.e2e

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
#: Colour of the 11–25 class (Kaluga's 18 on the night of 14 September).
KALUGA_FILL = "#fd8d3c"

pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from serve_database(tmp_path_factory.mktemp("e2e"), seed)


def _fills(frame) -> list[str]:  # type: ignore[no-untyped-def]
    return frame.locator(MAP_PATHS).evaluate_all("els => els.map(e => e.getAttribute('fill'))")


def _map(page):  # type: ignore[no-untyped-def]
    """Return the map component's frame once it is shown and Leaflet has drawn its
    polygons (attached: a polygon out of the fitted view is drawn empty, not visible)."""
    page.locator(MAP_IFRAME).last.wait_for(state="visible", timeout=WAIT_MS)
    frame = page.frame_locator(MAP_IFRAME).last
    frame.locator(MAP_PATHS).first.wait_for(state="attached", timeout=WAIT_MS)
    return frame


def _only_coloured(page, fill: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the map draws every region and only one area is coloured, in ``fill``."""
    page.wait_for_function(
        """([sel, paths, blank, fill]) => {
            const f = document.querySelector(sel);
            const doc = f && f.contentDocument;
            if (!doc) return false;
            const fills = [...doc.querySelectorAll(paths)].map(e => e.getAttribute('fill'));
            return fills.length > 80 && fills.filter(x => x !== blank).length === 1
                && fills.includes(fill);
        }""",
        arg=[MAP_IFRAME, MAP_PATHS, NO_REPORT_FILL, fill],
        timeout=WAIT_MS,
    )


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_map_filter_drill_and_png_offline(server: Server, page, guard: OfflineGuard) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server.url}/")  # the Map is the default page, at the root
    frame = _map(page)
    # the shapes are drawn first, then the view's restyle script colours them
    frame.locator(f'{MAP_PATHS}[fill="{KALUGA_FILL}"]').first.wait_for(timeout=WAIT_MS)
    fills = _fills(frame)
    assert len(fills) > 80  # every region is drawn, most of them "no report"
    assert fills.count(KALUGA_FILL) >= 1 and fills.count(NO_REPORT_FILL) > 60
    page.get_by_text("night of 2025-09-14").first.wait_for(timeout=WAIT_MS)
    _shot(page, "e2e-map")

    # A filter: only Kaluga. The URL follows, and the other coloured region goes grey.
    # The filters are in a popover: no widget is drawn until it is opened.
    assert page.locator(key_selector("flt_regions")).count() == 0
    open_filters(page, WAIT_MS)
    regions = page.locator(f"{key_selector('flt_regions')} input")
    regions.click()
    regions.fill("Kaluga")
    page.get_by_role("option", name=re.compile("Kaluga")).first.click()
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"regions=RU-KLU"), timeout=WAIT_MS)
    frame = page.frame_locator(MAP_IFRAME).last
    _only_coloured(page, KALUGA_FILL)
    _shot(page, "e2e-filtered")
    # closed, the lines above its button say what the filters hold
    close_filters(page, WAIT_MS)
    expect(page.locator(_SUMMARY)).to_contain_text(
        "Калужская область · Kaluga Oblast", timeout=WAIT_MS
    )

    # Drill: click Kaluga on the map; its districts are drawn in a fresh map component.
    kaluga = frame.locator(f'{MAP_PATHS}[fill="{KALUGA_FILL}"]').first
    kaluga.click(force=True)
    page.locator(key_selector("map_back")).wait_for(timeout=WAIT_MS)
    page.wait_for_function(
        """sel => {
            const f = [...document.querySelectorAll(sel)].pop();
            const doc = f && f.contentDocument;
            const n = doc ? doc.querySelectorAll('svg path.leaflet-interactive').length : 0;
            return n >= 20 && n <= 40;
        }""",
        arg=MAP_IFRAME,
        timeout=WAIT_MS,
    )
    page.get_by_text("Kaluga Oblast · night of 2025-09-14").first.wait_for(timeout=WAIT_MS)
    _shot(page, "e2e-drill")

    # The PNG snapshot of the current view, rendered on the server.
    button = page.locator(f"{key_selector('map_dl_png')} button")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=WAIT_MS) as download:
        button.click()
    png = Path(download.value.path()).read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert download.value.suggested_filename.endswith(".png")

    # Only OpenStreetMap tiles were asked for (and refused); the map drew without them.
    assert guard.needed_by_the_page() == []
    assert {urlsplit(url).hostname for _, url in guard.blocked} <= {"tile.openstreetmap.org"}
    assert not page.dialogs


def test_a_region_without_district_polygons_opens_on_its_towns_as_points(  # type: ignore[no-untyped-def]
    server: Server, page
) -> None:
    page.goto(f"{server.url}/")
    _map(page)
    picker = page.locator(f"{key_selector('map_open_region')} input")
    picker.click()
    picker.fill("Donetsk")
    page.get_by_role("option", name=re.compile("Donetsk Oblast")).first.click()
    page.locator(key_selector("map_back")).wait_for(timeout=WAIT_MS)
    # hundreds of towns, each a circle (a Leaflet path), no polygon invented for them
    page.wait_for_function(
        """sel => {
            const f = [...document.querySelectorAll(sel)].pop();
            const doc = f && f.contentDocument;
            const n = doc ? doc.querySelectorAll('svg path.leaflet-interactive').length : 0;
            return n > 300;
        }""",
        arg=MAP_IFRAME,
        timeout=WAIT_MS,
    )
    page.get_by_text("District boundaries are missing for this region").wait_for(timeout=WAIT_MS)
    _shot(page, "e2e-points")


def test_the_exports_download_on_a_sessions_first_map(server: Server, page) -> None:  # type: ignore[no-untyped-def]
    # the map's report that it is drawn reruns the filters alone; the run it started had let
    # go of the export buttons' files, so a first visit's downloads found nothing
    page.goto(f"{server.url}/?night=2025-09-14")
    _map(page)
    page.locator(FILTERS_BUTTON).wait_for(timeout=WAIT_MS)
    button = page.locator(f"{key_selector('map_dl_csv')} button")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=WAIT_MS) as download:
        button.click()
    rows = Path(download.value.path()).read_bytes()
    assert b",night,2025-09-14," in rows  # the night's claims, not an empty file


def test_report_markup_renders_as_text_in_the_browser(server: Server, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server.url}/claims?night=2025-09-10")
    pick_first_claim(page)  # its report comes with the pick
    evidence = page.locator(".atlas-evidence")
    text = evidence.inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert evidence.locator("script, img").count() == 0
    assert evidence.locator("mark").count() == 1
    # the claims table shows the same evidence as text
    table = page.locator(".atlas-claims table")
    expect(table.locator("tbody tr")).to_have_count(1, timeout=WAIT_MS)
    assert "<script>alert(1)</script> <img src=x onerror=alert(1)>" in table.inner_text()
    assert table.locator("script, img, b, a").count() == 0
    _shot(page, "e2e-claims-escaped")
    assert not page.dialogs


def test_the_claims_table_shows_each_claims_evidence_and_a_picked_claims_report(  # type: ignore[no-untyped-def]
    server: Server, page
) -> None:
    seen = _sent(page)
    page.goto(f"{server.url}/claims?night=2025-09-14")
    rows = page.locator(f"{key_selector('claims_table')} .atlas-claims tbody tr")
    expect(rows).to_have_count(4, timeout=WAIT_MS)
    headers = page.locator(".atlas-claims thead th").all_inner_texts()
    evidence = headers.index("Evidence")
    cells = [row.locator("td").all_inner_texts() for row in rows.all()]
    assert [row[evidence] for row in cells] == [
        "25 – над территорией Брянской области",
        "16 – над территорией Калужской области",
        "над Калужской областью сбито 18 беспилотников",
        "в Кировском районе",
    ]
    picker = page.locator(f"{key_selector('claims_pick')} input")
    mark = page.locator(".atlas-evidence mark")
    # no claim shown before one is picked: a line in place of its report and the ledger,
    # over the popover whose picker is drawn only when it is opened
    expect(page.get_by_text(NOTHING_PICKED)).to_be_visible(timeout=WAIT_MS)
    assert picker.count() == 0 and mark.count() == 0
    assert page.locator(".atlas-ledger").count() == 0
    # a first visit's filters come after the page, in its run
    _filters_drawn(page)
    seen.clear()
    # the first row's claim (the ministry's 25 over Bryansk), picked in the popover under
    # the table, which the keyboard opens
    button = page.locator(f"{key_selector('claims_pick_popover')} button")
    expect(button).to_have_accessible_name("Pick a claim")
    button.focus()
    page.keyboard.press("Enter")
    expect(picker).to_have_value("", timeout=WAIT_MS)
    picker.click()
    page.get_by_role("option", name="2025-09-14 · mod · Брянская область · 25").click()
    expect(picker).to_have_value("2025-09-14 · mod · Брянская область · 25", timeout=WAIT_MS)
    expect(mark).to_have_text("25 – над территорией Брянской области", timeout=WAIT_MS)
    line = page.get_by_text("Claim shown: ")
    expect(line).to_have_text("Claim shown: 2025-09-14 · mod · Брянская область · 25")
    expect(page.locator(".atlas-ledger tbody tr").first).to_be_visible(timeout=WAIT_MS)
    # then the third row's (the governor's 18 over Kaluga)
    picker.click()
    page.get_by_role("option", name="2025-09-14 · governor · Калужская область · 18").click()
    expect(picker).to_have_value("2025-09-14 · governor · Калужская область · 18", timeout=WAIT_MS)
    expect(mark).to_have_text("над Калужской областью сбито 18 беспилотников", timeout=WAIT_MS)
    expect(line).to_have_text("Claim shown: 2025-09-14 · governor · Калужская область · 18")
    expect(button).to_have_accessible_name("Pick another claim")
    # Escape closes it and gives the focus back to its button
    page.keyboard.press("Escape")
    expect(picker).to_have_count(0, timeout=WAIT_MS)
    expect(button).to_be_focused()
    # only the page's fragment ran: nothing of the sidebar was sent again
    drawn = [s.path for s in seen if s.path]
    assert drawn and all(path[:2] == [0, 1] for path in drawn), seen
    assert not page.dialogs


def test_a_first_visit_to_the_claims_page_sends_the_table_then_the_filters_in_its_run(  # type: ignore[no-untyped-def]
    server: Server, page
) -> None:
    seen = _sent(page)
    page.goto(f"{server.url}/claims?night=2025-09-14&regions=RU-KLU")
    rows = page.locator(f"{key_selector('claims_table')} .atlas-claims tbody tr")
    expect(rows).to_have_count(3, timeout=WAIT_MS)  # Kaluga's claims of the link's night
    _filters_drawn(page)
    # (which of the two the browser paints first is not the server's to decide: both are
    # sent in one run and chromium painted either first; the order they are sent in is
    # checked below)
    # the filters hold the link's values, and the URL still says them
    open_filters(page, WAIT_MS)
    chips = page.locator(f"{key_selector('flt_regions')} [data-tag]")
    expect(chips).to_have_text(["Калужская область · Kaluga Oblast"], timeout=WAIT_MS)
    night = page.locator(f"{key_selector('flt_night')} input[type=date]")
    expect(night).to_have_value("2025-09-14", timeout=WAIT_MS)
    assert "night=2025-09-14" in page.url and "regions=RU-KLU" in page.url
    expect(rows).to_have_count(3, timeout=WAIT_MS)
    # the filters were sent after the whole page, in the page's own run (no round trip
    # to the browser and back before them): the page was sent once
    kinds = [s.kind for s in seen]
    assert kinds.count("download_button") == 1, seen
    assert kinds.index("download_button") < kinds.index("multiselect"), seen
    assert kinds.index("multiselect") < kinds.index("script_finished"), seen
    assert not page.dialogs


def _top(page, selector: str) -> float:  # type: ignore[no-untyped-def]
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return float(box["y"])


def test_the_map_stays_loaded_across_page_switches_between_its_header_and_table(  # type: ignore[no-untyped-def]
    server: Server, page
) -> None:
    seen = _sent(page)
    page.goto(f"{server.url}/")
    _map(page)
    # the map lies between the page's district picker and its table (app_pages/map_slot.py)
    picker, table = key_selector("map_open_region"), f"{key_selector('map_table')} table"
    page.locator(table).wait_for(timeout=WAIT_MS)
    title, caption = key_selector("map_title"), key_selector("map_before")
    assert _top(page, title) < _top(page, caption) < _top(page, picker)
    assert _top(page, picker) < _top(page, MAP_IFRAME) < _top(page, table)
    # the parts the page's script draws (no filter changes them) and the fragment's, in
    # the order the page always showed them: the exports' heading, buttons, then note
    exports = [key_selector(k) for k in ("map_export_head", "map_dl_png", "map_export_note")]
    page.locator(exports[-1]).wait_for(timeout=WAIT_MS)
    tops = [_top(page, selector) for selector in (table, *exports)]
    assert tops == sorted(tops) and len(set(tops)) == 4, tops
    # the figures as light HTML: the page loads no data grid (app_pages/map.py)
    assert page.locator('[data-testid="stDataFrame"]').count() == 0
    assert page.locator(f"{table} td").filter(has_text="Kaluga Oblast").count() == 1
    # a mark in the map frame's window: the same window after Claims and back; and its
    # resizes counted: shown again, the frame keeps its width (Leaflet redraws every
    # shape on a resize)
    page.evaluate(_COUNT_RESIZES.replace("MAP_IFRAME", MAP_IFRAME))
    _filters_drawn(page)
    seen.clear()
    page.get_by_role("link", name="Claims", exact=True).click()
    page.get_by_role("heading", name="Claims", exact=True).wait_for(timeout=WAIT_MS)
    assert page.locator(MAP_IFRAME).count() == 1
    assert not page.locator(MAP_IFRAME).is_visible()  # kept, hidden
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
        timeout=WAIT_MS
    )
    # the session's first page switch sends the map as a reference to the browser's copy
    # (the same arguments as its first run's: app_pages/map_slot.py), not the base map again
    assert _components(seen) == [("ref_hash", [0, 0, 0])], seen
    page.get_by_role("link", name="Map", exact=True).click()
    page.locator(picker).wait_for(timeout=WAIT_MS)
    page.locator(MAP_IFRAME).wait_for(state="visible", timeout=WAIT_MS)
    assert page.evaluate(f"() => document.querySelector('{MAP_IFRAME}').contentWindow.kept") == 1
    frame = _map(page)
    frame.locator(f'{MAP_PATHS}[fill="{KALUGA_FILL}"]').first.wait_for(timeout=WAIT_MS)
    page.locator(table).wait_for(timeout=WAIT_MS)
    assert _top(page, picker) < _top(page, MAP_IFRAME) < _top(page, table)
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
        timeout=WAIT_MS
    )
    resizes, width, column = page.evaluate(_RESIZES.replace("MAP_IFRAME", MAP_IFRAME))
    assert (resizes, width) == (0, column), (resizes, width, column)


#: JavaScript: mark the map frame's window and count its resizes from now on.
_COUNT_RESIZES = """() => {
    const w = document.querySelector('MAP_IFRAME').contentWindow;
    w.kept = 1;
    w.resizes = 0;
    w.addEventListener('resize', () => { w.resizes += 1; });
}"""
#: JavaScript: the map frame's resizes counted, its width and its column's (pixels).
_RESIZES = """() => {
    const f = document.querySelector('MAP_IFRAME');
    const column = f.closest('[data-testid="stLayoutWrapper"]').parentElement;
    return [f.contentWindow.resizes, f.contentWindow.innerWidth,
            Math.round(column.getBoundingClientRect().width)];
}"""


#: The lines above the filters' button saying what they hold (``app_pages/sidebar.py``).
_SUMMARY = '[data-testid="stSidebar"] [data-testid="stCaptionContainer"] >> nth=0'


def _filters_drawn(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until the sidebar's filters (their popover's button) are drawn (on a first
    visit, after the map) and the app's run that drew them has ended."""
    page.locator(FILTERS_BUTTON).wait_for(timeout=WAIT_MS)
    page.locator(APP_IDLE).wait_for(timeout=WAIT_MS)


#: JavaScript for the page: note when the map's first shape and the sidebar's first
#: filter were first seen (``performance.now()``), on every animation frame.
_FIRST_SEEN = (
    """(() => { if (window !== window.top) return;
    const seen = window.__seen = {};
    const tick = () => {
        const f = document.querySelector('MAP_IFRAME');
        const doc = f && f.contentDocument;
        if (!('shape' in seen) && doc && doc.querySelector('MAP_PATHS')) {
            seen.shape = performance.now();
        }
        if (!('filters' in seen) && document.querySelector('FILTERS_BUTTON')) {
            seen.filters = performance.now();
        }
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
})();""".replace("MAP_IFRAME", MAP_IFRAME.replace("'", "\\'"))
    .replace("MAP_PATHS", MAP_PATHS)
    .replace("FILTERS_BUTTON", FILTERS_BUTTON.replace("'", "\\'"))
)


def test_a_first_visit_draws_the_map_then_the_filters_holding_the_links_values(  # type: ignore[no-untyped-def]
    server: Server, page
) -> None:
    page.add_init_script(_FIRST_SEEN)
    seen = _sent(page)
    page.goto(f"{server.url}/?night=2025-09-12&regions=RU-KLU")
    # the first view is the link's: only Kaluga coloured, with its 3 of that night
    _map(page)
    _only_coloured(page, "#fed976")  # class 2-5
    _filters_drawn(page)
    first = page.evaluate("window.__seen")
    # no filter widget was on the page before the map's shapes were
    assert first["shape"] <= first["filters"], first
    # the filters hold the link's values, and the URL still says them
    open_filters(page, WAIT_MS)
    chips = page.locator(f"{key_selector('flt_regions')} [data-tag]")
    expect(chips).to_have_text(["Калужская область · Kaluga Oblast"], timeout=WAIT_MS)
    night = page.locator(f"{key_selector('flt_night')} input[type=date]")
    expect(night).to_have_value("2025-09-12", timeout=WAIT_MS)
    assert "night=2025-09-12" in page.url and "regions=RU-KLU" in page.url
    assert (
        page.locator(f"{key_selector('map_table')} td").filter(has_text="Kaluga Oblast").count()
        == 1
    )
    # the filters came by their fragment's run and the page's (whose export buttons the run
    # the map's report started had let go of): the map was not sent again
    assert _map_sent_once(seen), seen
    _shot(page, "e2e-first-visit-link")
    assert not page.dialogs


@dataclass(frozen=True, slots=True)
class Sent:
    """One message the server sent, as the tests read it."""

    #: The message's type; a delta's type, a new element's own type ("html", "heading" ...).
    kind: str
    #: The delta's path in the page (empty for a message that is not a delta).
    path: list[int]
    #: Whether it is a new element (a delta's ``new_element``).
    element: bool
    #: Whether it holds a view's restyle script (``map_component.restyle``).
    view: bool


def _sent(page) -> list[Sent]:  # type: ignore[no-untyped-def]
    """Start recording every message the server sends to ``page``, in order."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    seen: list[Sent] = []

    def record(payload: bytes | str) -> None:
        if not isinstance(payload, bytes):
            return
        msg = ForwardMsg.FromString(payload)
        kind = str(msg.WhichOneof("type"))
        element = False
        if kind == "delta":
            kind = str(msg.delta.WhichOneof("type"))
            element = kind == "new_element"
            if element:
                kind = str(msg.delta.new_element.WhichOneof("type"))
        view = element and b"page.atlasView =" in payload
        seen.append(Sent(kind, list(msg.metadata.delta_path), element, view))

    page.on("websocket", lambda ws: ws.on("framereceived", record))
    return seen


def _components(seen: list[Sent]) -> list[tuple[str, list[int]]]:
    """Return how (whole or as a reference) and where the map component was sent."""
    return [(s.kind, s.path) for s in seen if s.kind in ("component_instance", "ref_hash")]


def _map_sent_once(seen: list[Sent]) -> bool:
    """Whether the map's frame went whole once (by app.py) and every component after it only
    as a reference to one the page holds (the page's unchanged view, sent again by its
    fragment's run)."""
    sent = _components(seen)
    return sent[:1] == [("component_instance", [0, 0, 0])] and all(
        kind == "ref_hash" for kind, _path in sent[1:]
    )


def test_a_filter_change_restyles_the_kept_map_and_draws_only_the_page(  # type: ignore[no-untyped-def]
    server: Server, page
) -> None:
    seen = _sent(page)
    page.goto(f"{server.url}/")
    frame = _map(page)
    frame.locator(f'{MAP_PATHS}[fill="{KALUGA_FILL}"]').first.wait_for(timeout=WAIT_MS)
    _filters_drawn(page)
    assert ("component_instance", [0, 0, 0]) in _components(seen)  # the map, by app.py
    assert any(s.path[:1] == [1] for s in seen)  # the sidebar
    # the page's fragment: the main area's block holding its export buttons (the second,
    # or the third after a kept first view's placeholder: app_pages/first_view.py)
    block = next(s.path[:2] for s in reversed(seen) if s.kind == "download_button")
    assert block in ([0, 1], [0, 2]), seen
    page.evaluate(f"() => {{ document.querySelector('{MAP_IFRAME}').contentWindow.kept = 1; }}")
    seen.clear()

    # another night: 12 September, when Kaluga's figure is the ministry's 3 (class 2-5)
    open_filters(page, WAIT_MS)
    # opening it reruns the filters' fragment (the sidebar's elements): waited for
    for _ in range(WAIT_MS // 100):
        if any(s.kind == "script_finished" for s in seen):
            break
        page.wait_for_timeout(100)
    page.locator(APP_IDLE).wait_for(timeout=WAIT_MS)
    assert {s.path[0] for s in seen if s.element} == {1}, seen  # the sidebar's alone
    seen.clear()
    day = page.locator(f"{key_selector('flt_night')} [data-type=day]")
    day.click()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    # the field commits on blur: a click in the popover's margin, which stays open
    page.locator(FILTERS_BODY).click(position={"x": 4, "y": 4})
    page.wait_for_url(re.compile(r"night=2025-09-12"), timeout=WAIT_MS)
    frame.locator(f'{MAP_PATHS}[fill="#fed976"]').first.wait_for(timeout=WAIT_MS)
    page.get_by_text("night of 2025-09-12").first.wait_for(timeout=WAIT_MS)
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
        timeout=WAIT_MS
    )
    drawn = [s for s in seen if s.path]
    # only the page's fragment ran, and the filters' (their values sent again: a change
    # made as they opened had been drawn back): the page's elements under its block
    assert drawn and all(s.path[:2] == block or s.path[0] == 1 for s in drawn), seen
    drawn = [s for s in drawn if s.path[:2] == block]
    kinds = {s.kind for s in drawn}
    # the view's script is an html element run in the page: no frame is built for it;
    # the title, the district picker and the exports' heading are not sent again
    assert {"markdown", "html", "download_button"} <= kinds, seen
    assert not kinds & {"iframe", "heading", "selectbox"}, seen
    assert _components(seen) == []
    # the same map window, restyled
    assert page.evaluate(f"() => document.querySelector('{MAP_IFRAME}').contentWindow.kept") == 1
    assert _fills(frame).count(KALUGA_FILL) == 0
    # the view's script is the fragment's first element, before its title (app_pages/map.py)
    elements = [s.view for s in seen if s.element]
    assert elements[:1] == [True] and elements.count(True) == 1, seen


def test_a_new_visitor_gets_the_kept_first_view_before_the_sidebar(  # type: ignore[no-untyped-def]
    server: Server, page
) -> None:
    # a first visit computes the default view and keeps it (app_pages/first_view.py)
    page.goto(f"{server.url}/")
    frame = _map(page)
    frame.locator(f'{MAP_PATHS}[fill="{KALUGA_FILL}"]').first.wait_for(timeout=WAIT_MS)
    _filters_drawn(page)
    # a new session on the same data: the kept view's script comes before the sidebar
    # (drawn before the rest is imported), the page's own after it
    seen = _sent(page)
    page.goto(f"{server.url}/")
    frame = _map(page)
    _filters_drawn(page)
    # Bryansk's 25 and Kaluga's 18, both in the 11-25 class; every other region grey
    page.wait_for_function(
        """([sel, paths, blank, fill]) => {
            const f = document.querySelector(sel);
            const fills = [...f.contentDocument.querySelectorAll(paths)]
                .map(e => e.getAttribute('fill'));
            return fills.filter(x => x !== blank).length === 2
                && fills.filter(x => x === fill).length === 2;
        }""",
        arg=[MAP_IFRAME, MAP_PATHS, NO_REPORT_FILL, KALUGA_FILL],
        timeout=WAIT_MS,
    )
    expect(page.locator("h1")).to_have_text(["Map"], timeout=WAIT_MS)
    views = [i for i, s in enumerate(seen) if s.view]
    sidebar = [i for i, s in enumerate(seen) if s.path[:1] == [1]]
    assert len(views) >= 2 and sidebar, seen
    assert views[0] < sidebar[0] < views[-1], seen
    # the filters came by their fragment's run and the page's: the map was sent once (the
    # report that it is drawn waits for the run's end: tests/app/test_map_frontend.py)
    assert _map_sent_once(seen), seen
    assert not page.dialogs


def _runs_ended(messages: list[str | bytes]) -> int:
    """How many of the server's ``messages`` end a run."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    return sum(
        ForwardMsg.FromString(m).WhichOneof("type") == "script_finished"
        for m in messages
        if isinstance(m, bytes)
    )


def test_a_filter_changed_before_the_opening_run_answers_is_kept(  # type: ignore[no-untyped-def]
    server: Server, page
) -> None:
    # Opening the filters starts a run of their fragment that sends each widget its value
    # (the browser mounts them from the last message). A toggle flipped before that run's
    # answer arrived (here: held back, as a slow network or a quick click has it) was drawn
    # back by it; the change's own run drew only the page, and closing the popover sent the
    # old value back: the page showed the change, the filters and the URL did not.
    answers = LateAnswers()
    page.route_web_socket(STREAM, answers.route)
    page.goto(f"{server.url}/")
    _map(page)
    _filters_drawn(page)
    toggle = page.locator(f"{key_selector('flt_disc')} input")
    answers.hold = True
    page.locator(FILTERS_BUTTON).click()
    toggle.wait_for(state="attached", timeout=WAIT_MS)
    page.locator(f"{key_selector('flt_disc')} label").click()
    expect(toggle).to_be_checked()
    # the server ends the opening's run and the change's before the browser hears either
    for _ in range(WAIT_MS // 100):
        if _runs_ended(answers.held) >= 2:
            break
        page.wait_for_timeout(100)
    answers.release()
    page.wait_for_url(re.compile(r"disc=1"), timeout=WAIT_MS)
    page.locator(APP_IDLE).wait_for(timeout=WAIT_MS)
    expect(toggle).to_be_checked()
    close_filters(page, WAIT_MS)
    expect(page.locator(_SUMMARY)).to_contain_text("Only discrepancies", timeout=WAIT_MS)
    assert "disc=1" in page.url


def test_a_pages_link_asks_the_server_once_at_the_apps_root(server: Server, page) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    page.on("request", lambda r: asked.append(urlsplit(r.url).path))
    page.goto(f"{server.url}/claims?night=2025-09-14")
    rows = page.locator(f"{key_selector('claims_table')} .atlas-claims tbody tr")
    expect(rows.first).to_be_visible(timeout=WAIT_MS)
    # Streamlit's frontend asked /claims/_stcore/health first (a 404), then the root
    assert [path for path in asked if path.endswith("/_stcore/health")] == ["/_stcore/health"]
    # the page's links still lead within the app
    page.get_by_role("link", name="Timeline", exact=True).click()
    expect(page.get_by_role("heading", name="Timeline", exact=True)).to_be_visible(timeout=WAIT_MS)
    assert urlsplit(page.url).path == "/timeline"
    assert not page.dialogs
