"""End to end, honest data: the timeline draws a night without a report as a gap, the
map hatches the areas a report named in one total over several areas, offline.

One server per module on the honest-data reports (``tests/app/_honest.py``, read by the
real parser). Screenshots go to ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from store.export import DATA_ATTRIBUTION, PARTY_CLAIM_NOTE
from testkit.browser import (
    MAP_IFRAME,
    MAP_PATHS,
    WAIT_MS,
    OfflineGuard,
    Server,
    key_selector,
    serve_database,
)
from tests.app._honest import FIRST, LAST, seed_honest

pytestmark = pytest.mark.e2e

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
RANGE = f"from={FIRST.isoformat()}&to={LAST.isoformat()}"
HATCH = "url(#atlas-hatch-total)"
#: Kursk's 13 (11 + 2) and Bryansk's 16 fall in the 11–25 class.
KURSK_FILL = "#fd8d3c"

pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from serve_database(tmp_path_factory.mktemp("e2e-honest"), seed_honest)


def _shot(tab, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_the_timeline_draws_a_night_without_a_report_as_a_gap(  # type: ignore[no-untyped-def]
    server: Server, page, guard: OfflineGuard
) -> None:
    page.goto(f"{server.url}/timeline?{RANGE}")
    # the gaps and the coverage are sections drawn closed: each opened (a run of its own)
    # (a click while a run is drawing the page is lost when the run draws the section closed
    # again: seen in two whole-suite runs, the chart never drawn; so each section is clicked
    # until it stays open once the page is quiet)
    for header in ("Each reporter's totals, with the gaps", "Coverage per source and day"):
        summary = page.locator("summary", has_text=header)
        for _try in range(3):
            summary.click()
            expect(page.locator('[data-testid="stApp"]')).to_have_attribute(
                "data-test-script-state", "notRunning", timeout=WAIT_MS
            )
            if page.locator("details", has=summary).get_attribute("open") is not None:
                break
        expect(page.locator("details", has=summary)).to_have_attribute("open", "")
    # Streamlit draws Vega-Lite as SVG; each reporter's line is one path whose label
    # names the reporter, and a break in the line is a new "M" (move) in its path
    line_mark = "svg path[aria-roledescription='line mark'][aria-label*='Reporter: "
    lines = page.locator(f"{line_mark}']")
    # counted, not waited to be visible: a one-point line has no size; both reporters'
    # lines are awaited, so a chart drawn in two steps under load is read once complete
    try:
        for reporter in ("Ministry of Defence", "Governors"):
            expect(page.locator(f"{line_mark}{reporter}']")).to_have_count(1, timeout=WAIT_MS)
    except AssertionError as failed:
        # seen once in a whole-suite run under load and never since (alone, or at a load of
        # 14, or with the server's answers held back around the clicks): what the page
        # showed and what the server logged are kept for the next time
        _shot(page, "e2e-honest-timeline-without-lines")
        (ARTIFACTS / "e2e-honest-timeline-without-lines.html").write_text(page.content())
        msg = f"{failed}\nthe server's log:\n{server.log.read_text()[-3000:]}"
        raise AssertionError(msg) from None
    segments = {
        (path.get_attribute("aria-label") or ""): (path.get_attribute("d") or "").count("M")
        for path in lines.all()
    }
    ministry = next(d for label, d in segments.items() if "Ministry of Defence" in label)
    governors = next(d for label, d in segments.items() if "Governors" in label)
    # the ministry: 12 Sep, nothing on 13 Sep, then 14 and 15 Sep: the line breaks once
    assert ministry == 2
    assert governors == 1  # one night only, the rest are gaps
    chart = lines.last.locator("xpath=ancestor::*[local-name()='svg'][1]")
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(ARTIFACTS / "e2e-honest-timeline-gap.png"))
    page.get_by_text("Messages seen: texts stored").wait_for(timeout=WAIT_MS)
    _shot(page, "e2e-honest-timeline")

    # the nightly export: gaps as no_report (never 0), the hatch status, flags, the caveat
    button = page.locator(f"{key_selector('tl_dl_nightly')} button")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=WAIT_MS) as download:
        button.click()
    text = Path(download.value.path()).read_bytes().decode("utf-8")  # CRLF kept
    assert f"# {PARTY_CLAIM_NOTE}\r\n" in text and f"# {DATA_ATTRIBUTION}\r\n" in text
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    kursk = {
        (r["date"], r["status"], r["figure"], r["flags"]) for r in rows if r["area_id"] == "RU-KRS"
    }
    assert kursk == {
        ("2025-09-12", "reported", "11", "governor_above_ministry"),
        ("2025-09-13", "no_report", "", ""),
        ("2025-09-14", "no_report", "", ""),
        ("2025-09-15", "reported", "2", ""),
    }
    assert {
        r["status"] for r in rows if r["area_id"] == "RU-BEL" and r["date"] == "2025-09-14"
    } == {"named_in_total"}
    assert guard.needed_by_the_page() == []
    assert not page.dialogs


def test_the_map_hatches_areas_named_in_a_total(  # type: ignore[no-untyped-def]
    server: Server, page, guard: OfflineGuard
) -> None:
    # the regions named that week: the map opens on them (the hatch is visible)
    page.goto(f"{server.url}/?{RANGE}&regions=RU-BEL,RU-BRY,RU-KRS,RU-ORL,RU-VOR")
    frame = page.frame_locator(MAP_IFRAME).last
    hatched = frame.locator(f'{MAP_PATHS}[fill="{HATCH}"]')
    # waits until the drawn map has them: under load an earlier draw can be on screen first
    expect(hatched).to_have_count(3, timeout=WAIT_MS)  # Belgorod, Voronezh, Oryol: 40 over 3
    assert frame.locator("pattern#atlas-hatch-total").count() == 1
    # each one's tooltip says what the report said. The pointer events go to the area's
    # own path: a pointer at the centre of its box can fall on a neighbour (seen on Kursk)
    tooltip = frame.locator(".leaflet-tooltip")
    for area in hatched.all():
        area.dispatch_event("mouseover")
        expect(tooltip).to_contain_text(
            "named in a report with 40 in total over 3 areas", timeout=WAIT_MS
        )
        area.dispatch_event("mouseout")
    assert "named in one total over several areas" in frame.locator(".atlas-legend").inner_text()
    _shot(page, "e2e-honest-map")
    # Kursk's tooltip carries the discrepancy badge (the governor's 11 above the ministry's 8)
    in_class = frame.locator(f'{MAP_PATHS}[fill="{KURSK_FILL}"]')
    expect(in_class).to_have_count(2, timeout=WAIT_MS)  # Kursk's 13 and Bryansk's 16
    texts = []
    for area in in_class.all():
        area.dispatch_event("mouseover")
        texts.append(tooltip.inner_text())
        area.dispatch_event("mouseout")
    kursk = next(t for t in texts if "Kursk Oblast" in t)
    assert "⚠ governor above ministry" in kursk and "13" in kursk
    _shot(page, "e2e-honest-map-badge")
    assert guard.needed_by_the_page() == []
    assert not page.dialogs


def test_the_review_page_shows_the_held_text_as_text(server: Server, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server.url}/review")
    held = page.locator(".atlas-evidence")
    held.wait_for(timeout=WAIT_MS)
    assert "<img src=x onerror=alert(1)>" in held.inner_text()
    assert held.locator("img").count() == 0
    assert re.search("a place the gazetteer does not know", page.content())
    _shot(page, "e2e-honest-review")
    assert not page.dialogs
