"""End to end: a Timeline over more than two years is drawn a month at a time, and each
month's bar adds up exactly the nights inside it (``tests/app/_years.py``), offline.

The totals are first an image (``dashboard/bars_image.py``): the test reads the SVG the
page shows. Turned interactive, few bars are drawn as SVG by Vega, each with a
description Vega-Lite builds from its encodings and tooltip ("...; stack_top: 11; Area:
...; Month: July 2023; Drones: 2"): the test reads what chromium drew.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard import html_blocks
from testkit.browser import WAIT_MS, OfflineGuard, Server, key_selector, serve_database
from tests.app._years import FIRST, LAST, MONTHLY, TOTAL, seed_years
from tests.dashboard.test_bars_image import bar_paths

pytestmark = pytest.mark.e2e

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
BARS = "svg path[aria-roledescription='bar'][aria-label*='; Month: ']"
AREAS = {"RU-BRY": "Bryansk", "RU-KRS": "Kursk"}

pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from serve_database(tmp_path_factory.mktemp("e2e-years"), seed_years)


def _bar(label: str) -> tuple[str, str, int, int]:
    """Return (month, area, drones, top of its stack) read from a bar's description."""
    fields = dict(part.split(": ", 1) for part in label.split("; "))
    area = next(name for name in AREAS.values() if name in fields["Area"])
    return fields["Month"], area, int(fields["Drones"]), int(fields["stack_top"])


def test_years_are_drawn_as_months_that_add_up_their_nights(  # type: ignore[no-untyped-def]
    server: Server, page, guard: OfflineGuard
) -> None:
    page.goto(f"{server.url}/timeline?from={FIRST}&to={LAST}")
    # first an image: a path per area, a rectangle per month with a figure, the 22
    # months without one drawn as gaps on the baseline
    image = page.locator(f'[data-testid="stHtml"] img.{html_blocks.IMAGE_CLASS}')
    image.first.wait_for(timeout=WAIT_MS)
    head, _, data = (image.first.get_attribute("src") or "").partition(",")
    assert head == "data:image/svg+xml;base64"
    assert image.count() == 1
    paths = bar_paths(base64.b64decode(data).decode("utf-8"))
    assert [(name.split(" · ")[-1], outline.count("M")) for name, outline in paths.items()] == [
        ("Bryansk Oblast", 2),  # July 2023, June 2025
        ("Kursk Oblast", 3),  # July 2023, February 2024, June 2025
        ("gap", 22),  # of 25 months
    ]
    assert image.first.evaluate("img => img.complete && img.naturalWidth > 0")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "e2e-timeline-months-image.png"), full_page=True)
    # turned interactive: Vega draws a bar per month and area, each with its tooltip
    page.locator(key_selector("tl_interactive")).get_by_text("Interactive chart").click()
    bars = page.locator(BARS)
    bars.first.wait_for(state="attached", timeout=WAIT_MS)
    drawn = sorted(_bar(bar.get_attribute("aria-label") or "") for bar in bars.all())
    expected = []
    for month, areas in MONTHLY.items():
        top = 0
        for area, drones in sorted(areas.items()):  # stacked in label order from the bottom
            top += drones
            expected.append((f"{month:%B %Y}", AREAS[area], drones, top))
    assert drawn == sorted(expected)  # one bar per month and area, nothing else
    assert sum(bar[2] for bar in drawn) == TOTAL
    # the headline figure counts the same nights
    figure = page.locator(f".{html_blocks.FIGURES_CLASS} p.value").first
    assert figure.inner_text() == f"{TOTAL:,}"
    # the page says how the chart is drawn, and the axis names its unit
    assert page.get_by_text(
        re.compile(r"Over 761 nights the charts show a bar or point per calendar month")
    ).is_visible()
    axis = page.locator("svg [aria-label^='X-axis titled']").first
    assert "Month (its figures summed)" in (axis.get_attribute("aria-label") or "")
    page.screenshot(path=str(ARTIFACTS / "e2e-timeline-months.png"), full_page=True)
    assert guard.needed_by_the_page() == []
    assert not page.dialogs
