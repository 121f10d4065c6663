"""End to end: the Import page reads and saves a large export in the background, shows
its progress and cancels, in a real ``streamlit run`` driven by headless Debian chromium.

The export (8,000 posts written here) takes seconds to read: the page must show
the count of texts read while it works, and Cancel must stop it. A cancelled save leaves
every table of the database exactly as it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, select

import store
from settings import MSK
from testkit.browser import Server, key_selector, serve_database
from tests.app.conftest import seed

pytestmark = pytest.mark.e2e

WAIT_MS = 60_000
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
