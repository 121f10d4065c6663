"""The entry point: the bundled samples on first start, and the banner that marks them."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
import streamlit as st

import store
from tests.app.conftest import ROOT, app_at

BANNER = "Sample data — invented reports for demonstration."


@pytest.fixture
def with_samples(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The app's own data folder (with data/samples) and a fresh database of the test's."""
    monkeypatch.setenv("ATLAS_DATA_DIR", str(ROOT / "data"))
    st.cache_resource.clear()  # the "samples checked" flag is kept per process and URL
    return db_url


def test_first_start_on_an_empty_database_loads_the_samples(with_samples: str) -> None:
    at = app_at("claims")
    assert not at.exception
    assert at.info[0].value.startswith(BANNER)
    assert at.date_input(key="flt_night").value == date(2025, 9, 14)  # the latest sample night
    db = store.open_store(with_samples)
    assert db.has_only_samples()
    kaluga = db.claims(
        store.Filters(date_from=date(2025, 9, 14), date_to=date(2025, 9, 14), regions=("RU-KLU",))
    )
    assert 18 in kaluga["count"].dropna().astype(int).tolist()  # the governor's 18 drones


def test_the_banner_is_drawn_without_loading_streamlits_emoji_catalog(
    with_samples: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as in a new server process: the catalog is imported where a text is searched for one
    monkeypatch.delitem(sys.modules, "streamlit.emojis", raising=False)
    at = app_at("map")
    assert not at.exception
    banner = at.info[0]
    assert banner.value.startswith(BANNER) and banner.icon == ""
    assert "streamlit.emojis" not in sys.modules


def test_cleared_samples_are_not_loaded_again(with_samples: str) -> None:
    db = store.open_store(with_samples)
    db.load_samples()
    db.clear_samples()
    at = app_at("timeline")
    assert not at.exception
    assert not [i for i in at.info if i.value.startswith(BANNER)]
    assert db.claims(store.Filters(include_ua=True)).empty


_FIRST_ELEMENT = """
import inspect, sys
sys.path.insert(0, {root!r})
import serve  # noqa: F401 (the served app, as `streamlit run serve.py` loads it)

def walked(*args, **kwargs):
    raise SystemExit("inspect.stack() called")

inspect.stack = walked
from streamlit import delta_generator

delta_generator._maybe_print_use_warning()  # what the first element of a process calls
print("no stack walked")
"""


def test_the_served_apps_first_element_walks_no_stack() -> None:
    # Streamlit's check for a REPL reads every frame's source and takes the real path of
    # every loaded module (0.1-0.3 s in the first visitor's run): serve.py answers it
    code = _FIRST_ELEMENT.format(root=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout.strip()) == (0, "no stack walked"), done.stderr
