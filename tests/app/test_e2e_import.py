"""End to end: the Import page reads and saves a large export in the background, shows
its progress and cancels, in a real ``streamlit run`` driven by headless Debian chromium.

The export (8,000 posts written here) takes seconds to read: the page must show
the count of texts read while it works, and Cancel must stop it. A cancelled save leaves
every table of the database exactly as it was.

A pasted text's save is held deterministically, not by its length: the test holds the
SQLite file's write lock (``BEGIN IMMEDIATE`` from its own connection), so the save's
worker waits at the start of its write, its text read and checked, until the test lets go.
Cancel is clicked while it waits; the write's first step hears the cancel and rolls back.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, select

import store
from settings import MSK
from testkit.browser import WAIT_MS, Server, key_selector, serve_database
from tests.app.conftest import seed
from tests.parsing.test_parse_progress import long_paste

pytestmark = pytest.mark.e2e

POSTS = 8_000

pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-import")


@pytest.fixture(scope="module")
def server(folder: Path) -> Iterator[Server]:
    yield from serve_database(folder, seed)


def _large_export(path: Path) -> Path:
    """A channel export of :data:`POSTS` short posts, one every two hours from March 2025."""
    start = datetime(2025, 3, 1, 7, 30, tzinfo=MSK)
    messages = []
    for n in range(POSTS):
        moment = start + timedelta(hours=2 * n)
        messages.append(
            {
                "id": 10_000 + n,
                "type": "message",
                "date": f"{moment:%Y-%m-%dT%H:%M:%S}",
                "date_unixtime": str(int(moment.timestamp())),
                "text": f"Ночью над Липецкой областью средствами ПВО сбиты {n % 9 + 2} БПЛА. "
                "Пострадавших нет.",
            }
        )
    export = {"name": "Большой канал", "type": "public_channel", "id": 77, "messages": messages}
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def _dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    db = store.open_store(url)
    tables = MetaData()
    tables.reflect(db.engine)
    with db.engine.connect() as conn:
        rows = {
            name: sorted(map(tuple, conn.execute(select(table))), key=repr)
            for name, table in tables.tables.items()
        }
    db.close()
    return rows


def test_reading_and_saving_a_large_export_show_progress_and_cancel(  # type: ignore[no-untyped-def]
    server: Server, folder: Path, page
) -> None:
    url = f"sqlite:///{folder / 'atlas.sqlite'}"
    before = _dump(url)
    export = _large_export(folder / "big.json")
    page.goto(f"{server.url}/import_page")
    page.get_by_role("tab", name="Upload files").click()
    page.locator(f"{key_selector('imp_files')} input[type=file]").set_input_files(str(export))

    # Reading: the bar counts texts while the page stays live, and Cancel stops it.
    reading = re.compile(r"Reading big\.json \(file 1 of 1\): [\d,]+ of 8,000 texts")
    page.get_by_text(reading).wait_for(timeout=WAIT_MS)
    page.locator(f"{key_selector('imp_cancel')} button").click()
    page.get_by_text("Reading cancelled after 0 of 1 file(s)").wait_for(timeout=WAIT_MS)

    # Saving: the same, and the cancelled file leaves the database as it was.
    page.locator(f"{key_selector('imp_save_files')} button").click()
    saving = re.compile(r"Saving big\.json \(file 1 of 1\): [\d,]+ of 8,000 texts")
    page.get_by_text(saving).wait_for(timeout=WAIT_MS)
    page.locator(f"{key_selector('imp_cancel')} button").click()
    said = page.get_by_text(re.compile(r"Saving cancelled: big\.json cancelled at text"))
    said.wait_for(timeout=WAIT_MS)
    assert re.search(
        r"cancelled at text [\d,]+ of 8,000: nothing of it was saved\. "
        r"Saved in all: 0 new texts with 0 claims\.",
        said.inner_text(),
    )
    assert _dump(url) == before
    assert not page.dialogs


def _reports(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM reports").fetchone()[0])


def test_a_pasted_text_is_saved_with_progress_and_its_cancel_writes_nothing(  # type: ignore[no-untyped-def]
    server: Server, folder: Path, page
) -> None:
    path = folder / "atlas.sqlite"
    url = f"sqlite:///{path}"
    before, reports = _dump(url), _reports(path)
    text = long_paste(120)  # 360 sentences, 13 KB: 17 claims
    page.goto(f"{server.url}/import_page")
    area = page.locator(f"{key_selector('imp_text')} textarea")
    area.fill(text)  # sets the value at once (typing it would take chromium minutes)
    area.press("Control+Enter")  # a text area sends its value on Ctrl+Enter (or on blur)
    page.get_by_text("17 claims found. Nothing is saved until you press Save.").wait_for(
        timeout=WAIT_MS
    )

    holder = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        holder.execute("BEGIN IMMEDIATE")  # the save's write waits for this lock
        page.locator(f"{key_selector('imp_save_text')} button").click()
        page.get_by_text(
            "Saving pasted text: checking the text for review, 360 of 360 sentences"
        ).wait_for(timeout=WAIT_MS)
        page.locator(f"{key_selector('imp_cancel_text')} button").click()
        page.get_by_text("Cancelling: saving stops").wait_for(timeout=WAIT_MS)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    page.get_by_text("Saving cancelled: nothing of the pasted text was saved.").wait_for(
        timeout=WAIT_MS
    )
    assert _reports(path) == reports
    assert _dump(url) == before
    assert not page.dialogs
