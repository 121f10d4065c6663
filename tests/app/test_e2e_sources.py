"""End to end: the Sources page in a real ``streamlit run`` driven by headless Debian
chromium, syncing from a local stand-in of the Telegram preview (``testkit.sync_site``).

The page lists the sources with their last sync and errors, turns one off in the file,
and "Sync now" imports a channel's posts while a progress bar moves (each preview page is
served slowly, so the pass lasts seconds); a second server started with ``ATLAS_SYNC=off``
shows the button disabled. The sources table is a canvas grid: its cells are read from
the grid's accessible table (``data-testid="glide-cell-{column}-{row}"``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import store
from settings import MSK
from store.sync import registry
from testkit.browser import WAIT_MS, Server, key_selector, serve_database
from testkit.sync_site import TWO_CHANNELS, Message, Scripted, Site

pytestmark = pytest.mark.e2e

POSTS = 45  # three preview pages (20, 20, 5)
T0 = datetime(2025, 9, 1, 22, 0, tzinfo=MSK)
#: Columns of the sources table (``dashboard.sources.TABLE_COLUMNS``) read here.
SOURCE, ON, LAST_SYNC, NEWEST, POSTS_COLUMN, CLAIMS, LAST_ERROR = 0, 4, 5, 6, 7, 8, 11

pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    served = Site().start()
    channel = served.channel("kaluga_gov", "Губернатор Калужской области", peer_id=1054321987)
    for n in range(1, POSTS + 1):
        channel.add(
            Message(
                n,
                T0 + timedelta(hours=n),
                f"Над Калужской областью уничтожено {n % 5 + 2} беспилотника.",
            )
        )
    served.stall_channel["kaluga_gov"] = 0.8  # four requests: the pass lasts seconds
    served.channel("bryansk_gov", "Брянск")
    served.script("/s/bryansk_gov", Scripted(404))
    yield served
    served.stop()


def _server(folder: Path, site: Site, **env: str) -> Iterator[Server]:
    (folder / "sources.toml").write_text(TWO_CHANNELS, encoding="utf-8")
    settings = {
        "ATLAS_TELEGRAM_BASE": site.base,
        "ATLAS_SYNC_DELAY": "0",
        "ATLAS_SYNC_RETRIES": "0",
        **env,
    }
    yield from serve_database(folder, lambda _db: None, settings)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-sources")


@pytest.fixture(scope="module")
def server(folder: Path, site: Site) -> Iterator[Server]:
    yield from _server(folder, site)


@pytest.fixture(scope="module")
def server_off(tmp_path_factory: pytest.TempPathFactory, site: Site) -> Iterator[Server]:
    yield from _server(tmp_path_factory.mktemp("e2e-sources-off"), site, ATLAS_SYNC="off")


def _grid(page, rows: int, columns: int = 13) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Return the text of the sources table's cells, row by row."""
    return [
        [
            page.locator(f'[data-testid="glide-cell-{column}-{row}"]').inner_text()
            for column in range(columns)
        ]
        for row in range(rows)
    ]


def _button(page, key: str):  # type: ignore[no-untyped-def]
    """Return the button with ``key`` (a button with help is drawn twice, once hidden)."""
    return page.locator(f"{key_selector(key)} button:visible").first


def _wait_cell(page, column: int, row: int, pattern: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function(
        """([id, pattern]) => {
            const cell = document.querySelector(`[data-testid="${id}"]`);
            return cell !== null && new RegExp(pattern).test(cell.textContent);
        }""",
        arg=[f"glide-cell-{column}-{row}", pattern],
        timeout=WAIT_MS,
    )


def test_sync_now_imports_with_a_progress_bar_and_the_table_shows_it(  # type: ignore[no-untyped-def]
    server: Server, site: Site, folder: Path, page
) -> None:
    page.goto(f"{server.url}/sources")
    _wait_cell(page, SOURCE, 1, "^bryansk_gov$")
    before = _grid(page, 2)
    assert [[row[c] for c in (SOURCE, LAST_SYNC, POSTS_COLUMN, LAST_ERROR)] for row in before] == [
        ["kaluga_gov", "", "0", ""],
        ["bryansk_gov", "", "0", ""],
    ]

    _button(page, "src_sync_now").click()
    bar = page.locator('[data-testid="stProgress"]')
    bar.wait_for(timeout=WAIT_MS)
    page.get_by_text(re.compile(r"kaluga_gov: page [1-4]")).first.wait_for(timeout=WAIT_MS)
    assert _button(page, "src_sync_now").is_disabled()  # one pass
    page.get_by_text("Sync pass finished: 2 source(s).").wait_for(timeout=WAIT_MS)

    _wait_cell(page, POSTS_COLUMN, 0, f"^{POSTS}$")
    db = store.open_store(f"sqlite:///{folder / 'atlas.sqlite'}")
    claims = len(db.claims())
    db.close()
    rows = _grid(page, 2)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", rows[0][LAST_SYNC])
    assert [rows[0][c] for c in (SOURCE, NEWEST, POSTS_COLUMN, CLAIMS, LAST_ERROR)] == [
        "kaluga_gov",
        (T0 + timedelta(hours=POSTS)).strftime("%Y-%m-%d %H:%M"),
        str(POSTS),
        str(claims),
        "",
    ]
    assert claims == POSTS
    assert [rows[1][c] for c in (SOURCE, LAST_SYNC, POSTS_COLUMN, LAST_ERROR)] == [
        "bryansk_gov",
        "",
        "0",
        f"{site.base}/s/bryansk_gov: HTTP 404 Not Found",
    ]
    assert _button(page, "src_sync_now").is_enabled()
    assert not page.dialogs


def test_a_source_is_turned_off_and_on_again(server: Server, folder: Path, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server.url}/sources")
    _wait_cell(page, SOURCE, 1, "^bryansk_gov$")
    page.locator(f"{key_selector('src_enabled')} [aria-label='Remove bryansk_gov']").click()
    _button(page, "src_save_enabled").click()
    page.get_by_text("Saved: 1 of 2 sources on.").wait_for(timeout=WAIT_MS)
    _wait_cell(page, ON, 1, "^false$")
    assert [s.enabled for s in registry.load(folder / "sources.toml")] == [True, False]

    chosen = page.locator(f"{key_selector('src_enabled')} input")
    chosen.click()
    page.get_by_role("option", name="bryansk_gov").click()
    page.keyboard.press("Escape")
    _button(page, "src_save_enabled").click()
    page.get_by_text("Saved: 2 of 2 sources on.").wait_for(timeout=WAIT_MS)
    _wait_cell(page, ON, 1, "^true$")
    assert [s.enabled for s in registry.load(folder / "sources.toml")] == [True, True]


def test_sync_now_is_off_when_the_app_runs_with_sync_off(  # type: ignore[no-untyped-def]
    server_off: Server, site: Site, page
) -> None:
    asked = len(site.requests)
    page.goto(f"{server_off.url}/sources")
    page.get_by_text("Live sources are off on this machine (ATLAS_SYNC=off)").wait_for(
        timeout=WAIT_MS
    )
    assert _button(page, "src_sync_now").is_disabled()
    assert len(site.requests) == asked  # the page asked the stand-in for nothing
