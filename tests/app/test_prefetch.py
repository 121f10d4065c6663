"""The charts' script is asked for while the browser is idle (``app_pages/prefetch.py``):
the chunk files named as the frontend names them, the script sent once a run and, in
chromium, the chunks loaded before the first chart and never fetched twice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit import file_util

from app_pages import prefetch
from testkit.browser import WAIT_MS, OfflineGuard, Server, serve_database
from tests.app.conftest import app_at, seed

FRONTEND = Path(file_util.get_static_dir()) / "static" / "js"


def test_the_chunks_are_found_once_each_or_not_at_all(tmp_path: Path) -> None:
    for name in ("ArrowVegaLiteChart.Ab12Cd34.js", "embed.X-y_Z123.js", "vega-interpreter.Q9.js"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "embedded.Ab12Cd34.js").write_text("", encoding="utf-8")  # another chunk
    assert prefetch.chunk_files(str(tmp_path)) == (
        "ArrowVegaLiteChart.Ab12Cd34.js",
        "embed.X-y_Z123.js",
        "vega-interpreter.Q9.js",
    )
    # two builds of one chunk side by side: which one the frontend imports is unknown
    (tmp_path / "embed.Other123.js").write_text("", encoding="utf-8")
    assert prefetch.chunk_files(str(tmp_path)) == ()
    (tmp_path / "embed.Other123.js").unlink()
    (tmp_path / "vega-interpreter.Q9.js").unlink()
    assert prefetch.chunk_files(str(tmp_path)) == ()


def test_the_files_are_the_ones_the_frontend_imports() -> None:
    files = prefetch.chunk_files()
    assert len(files) == len(prefetch.CHART_CHUNKS)
    # the frontend imports each chunk by its file name, relative to its own scripts'
    # folder: the script's URLs are the same modules, found loaded
    imported: set[str] = set()
    for source in FRONTEND.glob("*.js"):
        imported.update(re.findall(r"import\(`\./([^`]+\.js)`\)", source.read_text("utf-8")))
    assert set(files) <= imported


def test_the_script_imports_each_file_once_per_tab_when_idle() -> None:
    script = prefetch.script(("a.1.js", "b.2.js"))
    assert script.startswith("<script>") and script.endswith("</script>")
    assert '["a.1.js", "b.2.js"]' in script
    assert "requestIdleCallback" in script and "window.__atlasPrefetch" in script
    assert f"{{timeout: {prefetch.IDLE_TIMEOUT_MS}}}" in script
    assert f"{prefetch.QUIET_MS});" in script
    # after the page has not changed for QUIET_MS: not while it is being drawn
    assert "new MutationObserver(() => wait())" in script


def test_every_page_sends_the_script_once_in_the_sidebar(seeded: object) -> None:
    for page in ("timeline", "claims", None):
        at = app_at(page)
        assert not at.exception
        sent = [h for h in at.sidebar.html if "__atlasPrefetch" in h.value]
        assert len(sent) == 1
        assert sent[0].proto.unsafe_allow_javascript
        assert all(name in sent[0].value for name in prefetch.chunk_files())
        # nothing of it in the page itself
        assert not [h for h in at.main.html if "__atlasPrefetch" in h.value]


# --- in chromium ---


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from serve_database(tmp_path_factory.mktemp("e2e-prefetch"), seed)


_FETCHED = """name => performance.getEntriesByType('resource')
    .filter(e => e.name.split('/').pop() === name).map(e => e.startTime)"""


@pytest.mark.e2e
def test_the_charts_script_is_loaded_before_the_first_chart(  # type: ignore[no-untyped-def]
    server: Server, page, guard: OfflineGuard
) -> None:
    page.goto(f"{server.url}/claims?night=2025-09-14")
    page.get_by_role("heading", name="Claims", exact=True).wait_for(timeout=WAIT_MS)
    # no chart on this page: the chunks are asked for once the page is idle
    page.wait_for_function("() => window.__atlasPrefetch === 'done'", timeout=WAIT_MS)
    assert page.locator(".vega-embed").count() == 0
    embed = next(name for name in prefetch.chunk_files() if name.startswith("embed."))
    loaded = page.evaluate(_FETCHED, embed)
    assert len(loaded) == 1
    # the Timeline's charts find the chunks loaded: none is fetched again
    page.get_by_role("link", name="Timeline", exact=True).click()
    page.locator(".vega-embed .role-mark, .vega-embed canvas").first.wait_for(timeout=WAIT_MS)
    for name in prefetch.chunk_files():
        assert len(page.evaluate(_FETCHED, name)) == 1, name
    assert guard.needed_by_the_page() == []
    assert not page.dialogs
