"""End to end: a text held for want of a date is dated on the Review page, in a real
``streamlit run`` driven by headless Debian chromium, and its figure is then stored on the
night of that date.

One server per module on a database holding one governor's post of our own pasted with no
publication time (held as ``undated``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

import store
from store import Filters, review
from store import columns as C
from testkit.browser import WAIT_MS, Server, key_selector, serve_database

pytestmark = pytest.mark.e2e

pytest.importorskip("playwright.sync_api")

TEXT = "Над Калужской областью уничтожены 2 БПЛА."
CHANNEL = "Губернатор (тест)"
NIGHT = date(2025, 9, 15)


def _seed(db: object) -> None:
    assert isinstance(db, store.Store)
    db.ingest_text(TEXT, channel=CHANNEL)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-review")


@pytest.fixture(scope="module")
def server(folder: Path) -> Iterator[Server]:
    yield from serve_database(folder, _seed)


def _settled(page) -> None:  # type: ignore[no-untyped-def]
    expect(page.locator('[data-testid="stApp"]')).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=WAIT_MS
    )


def _commit(page, key: str, value: str) -> None:  # type: ignore[no-untyped-def]
    field = page.locator(f"{key_selector(key)} input")
    field.fill(value)
    field.press("Enter")
    _settled(page)


def _segments(page, key: str, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Type a date's or a time's parts into their fields, as a person does, and leave it."""
    for part, value in values.items():
        page.locator(f'{key_selector(key)} [role="spinbutton"][data-type="{part}"]').click()
        page.keyboard.type(value)
    page.keyboard.press("Tab")  # leaving the field sends its value
    _settled(page)


def test_a_text_held_for_its_date_is_dated_in_the_browser(  # type: ignore[no-untyped-def]
    server: Server, page, folder: Path
) -> None:
    page.goto(f"{server.url}/review")
    page.locator(".atlas-evidence").wait_for(timeout=WAIT_MS)
    # the reason in the page's words (the queue's grid holds it too, once its accessible table
    # is drawn: two elements for one text, a strict locator's error on a busy machine)
    reason = page.locator("p", has_text="no date to place it on a night")
    expect(reason).to_be_visible(timeout=WAIT_MS)
    # the text is held for its date: dating is the action it is offered first
    expect(page.locator(key_selector("review_set_date"))).to_be_visible(timeout=WAIT_MS)
    _commit(page, "review_author", "vera")
    _segments(page, "review_day", {"year": "2025", "month": "09", "day": "15"})
    _segments(page, "review_time", {"hour": "08", "minute": "30"})
    page.locator(f"{key_selector('review_set_date')} button").click()
    expect(page.get_by_text("Moscow time (by vera).")).to_be_visible(timeout=WAIT_MS)
    assert "2025-09-15 08:30" in page.locator('[data-testid="stAlert"]').first.inner_text()
    assert not page.dialogs
    db = store.open_store(f"sqlite:///{folder / 'atlas.sqlite'}")
    try:
        frame = db.claims(Filters(date_from=NIGHT, date_to=NIGHT))
        assert frame[[C.AREA_ID, C.COUNT, C.CHANNEL]].values.tolist() == [["RU-KLU", 2, CHANNEL]]
        assert review.queue(db).empty
    finally:
        db.close()
