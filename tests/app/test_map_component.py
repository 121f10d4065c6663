"""The base map is rendered once per pack build and kept on disk: the Map page then
shows it without importing folium."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st

import dashboard.map_restyle
import store
from app_pages import loaders
from app_pages.map_component import RenderedMap, load_rendered, rendered_file, save_rendered

ROOT = Path(__file__).resolve().parents[2]

_MAP = RenderedMap(
    script="var map_1 = L.map('map_1'); // </script> и ещё",
    header="<style>.x{}</style>",
    html='<div id="map_1"></div>',
    map_id="map_1",
    js_links=("/app/static/vendor/leaflet/leaflet.js",),
    css_links=("/app/static/vendor/leaflet/leaflet.css",),
)


def test_a_rendered_map_reads_back_as_it_was_written() -> None:
    assert RenderedMap.from_json(_MAP.to_json()) == _MAP
    with pytest.raises(ValueError, match="not a rendered map: 'header'"):
        RenderedMap.from_json(json.dumps({"script": "x"}))


def test_the_saved_file_is_named_by_build_and_inputs_and_replaces_other_builds(
    tmp_path: Path,
) -> None:
    first = rendered_file(tmp_path, ("pack", 1), None, "/app/static/vendor/leaflet", 620)
    assert first == rendered_file(tmp_path, ("pack", 1), None, "/app/static/vendor/leaflet", 620)
    region = rendered_file(tmp_path, ("pack", 1), "RU-KLU", "/app/static/vendor/leaflet", 620)
    rebuilt = rendered_file(tmp_path, ("pack", 2), None, "/app/static/vendor/leaflet", 620)
    assert region.parent == first.parent and region != first
    assert rebuilt.parent != first.parent and rebuilt.parent.parent == tmp_path
    assert load_rendered(first) is None

    save_rendered(first, _MAP)
    save_rendered(region, _MAP)
    assert load_rendered(first) == _MAP and load_rendered(region) == _MAP
    save_rendered(rebuilt, _MAP)  # another build: the first build's folder goes
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == [
        rebuilt.parent.relative_to(tmp_path),
        rebuilt.relative_to(tmp_path),
    ]

    rebuilt.write_text('{"script": "half a fi', encoding="utf-8")
    assert load_rendered(rebuilt) is None  # rendered again, never shown half


def test_a_folder_that_cannot_be_written_is_logged_and_the_map_still_shown(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    path = rendered_file(blocker, ("pack", 1), None, "/leaflet", 620)
    save_rendered(path, _MAP)  # does not raise
    assert load_rendered(path) is None
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def _refuse(*_args: object, **_kwargs: object) -> None:
    msg = "the base map was rendered again"
    raise AssertionError(msg)


def test_a_new_process_reads_the_saved_base_map_instead_of_rendering_it(
    seeded: store.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = loaders.base_map(None, leaflet_base="/leaflet", height=620)
    saved = list((tmp_path / "cache").rglob("*.json"))
    assert len(saved) == 1
    assert RenderedMap.from_json(saved[0].read_text(encoding="utf-8")) == rendered

    st.cache_resource.clear()  # as in a new server process
    monkeypatch.setattr(dashboard.map_restyle, "base_map", _refuse)
    assert loaders.base_map(None, leaflet_base="/leaflet", height=620) == rendered
    # another height is another map: rendered (here refused), never the saved one
    with pytest.raises(AssertionError, match="rendered again"):
        loaders.base_map(None, leaflet_base="/leaflet", height=400)


_PAGE_WITHOUT_FOLIUM = """
import sys
import html, re
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({app!r}, default_timeout=60)
at.switch_page("app_pages/map.py")
at.run()
at.run()  # as the map's report that it is drawn does: a kept first view's run ends early
assert not at.exception, at.exception
print(sorted(m for m in ("folium", "branca", "jinja2", "streamlit_folium") if m in sys.modules))
body = next(h.value for h in at.html if 'class="atlas-map-figures"' in h.value)
head = re.findall(r"<th>(.*?)</th>", body)
rows = re.findall(r"<tr>(.*?)</tr>", body.split("<tbody>")[1])
print([html.unescape(re.findall(r"<td>(.*?)</td>", row)[head.index("Drones")]) for row in rows])
print(sorted(m for m in sys.modules if m.startswith("parsing")))
"""


def _lines_of(code: str, db_url: str, data_dir: Path) -> list[str]:
    """Return the lines ``code`` prints in a new process on the database and data folder."""
    env = {**os.environ, "ATLAS_DATABASE_URL": db_url, "ATLAS_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return done.stdout.splitlines()


def test_the_map_page_imports_no_folium_once_its_base_map_is_saved_and_never_the_parser(
    seeded: store.Store, db_url: str, tmp_path: Path
) -> None:
    code = _PAGE_WITHOUT_FOLIUM.format(app=str(ROOT / "app.py"))
    runs = [_lines_of(code, db_url, tmp_path) for _ in range(2)]
    # the first process renders (and saves) the base map with folium; the next reads it
    # the stored reports are shown without the parser's rules: only its value objects
    parser = "['parsing', 'parsing._errors', 'parsing.model']"
    assert runs[0] == ["['branca', 'folium', 'jinja2', 'streamlit_folium']", "['25', '18']", parser]
    assert runs[1] == ["[]", "['25', '18']", parser]


_SLOT_FIRST = """
import hashlib, sys
from app_pages import map_component, map_slot
from dashboard.assets import asset_base
kept = map_component.kept(None, leaflet_base=asset_base(""), height=map_component.MAP_HEIGHT)
print(kept is not None and hashlib.sha256(kept.to_json().encode()).hexdigest())
print(sorted(m for m in ("pandas", "geopandas", "sqlalchemy", "store.store", "folium", "app_pages.loaders") if m in sys.modules))
from app_pages import first_view
import settings
first_view.kept(settings.get().database_url)
print(sorted(m for m in ("pandas", "geopandas", "sqlalchemy", "store.store", "folium", "app_pages.loaders") if m in sys.modules))
"""


def test_the_maps_slot_reads_the_kept_base_map_before_pandas_or_the_store_are_imported(
    seeded: store.Store, db_url: str, tmp_path: Path
) -> None:
    rendered = loaders.base_map(None, leaflet_base="/app/static/vendor/leaflet", height=620)
    out = _lines_of(_SLOT_FIRST, db_url, tmp_path)
    # app.py draws the slot with it first, and the kept first view (its data named with
    # sqlite3): the browser builds the map's frame while the server imports pandas,
    # geopandas and the store for the rest of the page
    assert out == [hashlib.sha256(rendered.to_json().encode()).hexdigest(), "[]", "[]"]


class _Rerun(Exception):
    """What ``st.rerun`` raised in :func:`_reports` (its scope)."""


def _reports(
    monkeypatch: pytest.MonkeyPatch, value: dict[str, object], **state: bool
) -> tuple[str | None, dict[str, object]]:
    """Call ``map_slot._reported`` with ``value`` on a session holding ``state``; return
    the scope it reran (None: it returned, so the whole app runs) and the session after."""
    from types import SimpleNamespace

    from app_pages import map_slot

    def rerun(scope: str) -> None:
        raise _Rerun(scope)

    session: dict[str, object] = dict(state)
    monkeypatch.setattr(map_slot, "st", SimpleNamespace(session_state=session, rerun=rerun))
    try:
        map_slot._reported(value)
    except _Rerun as scope:
        return str(scope), session
    return None, session


def test_the_maps_report_that_it_is_drawn_reruns_the_filters_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drawn = {"last_object_clicked": None, "drawn": True}
    wait, done = "map_slot_filters_wait", "map_slot_run_done"
    # the first run went to its end: only the sidebar's filters are drawn now
    scope, session = _reports(monkeypatch, drawn, **{wait: True, done: True})
    assert (scope, session[wait]) == ("atlas_filters", False)
    # the report stopped the first run before its end: the whole app runs again
    scope, session = _reports(monkeypatch, drawn, **{wait: True, done: False})
    assert (scope, session[wait]) == (None, False)
    # a run after the first drew the filters before the report came: drawn again alone
    scope, session = _reports(monkeypatch, drawn, **{wait: False, done: True})
    assert (scope, session[wait]) == ("atlas_filters", False)
    # a click, not a report: the whole app runs, the filters go on waiting
    click = {"last_object_clicked": {"lat": 54.5, "lng": 35.9}, "last_active_drawing": None}
    scope, session = _reports(monkeypatch, click, **{wait: True, done: True})
    assert (scope, session[wait]) == (None, True)
