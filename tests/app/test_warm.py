"""The warm-up at server start computes what the first Map page then only reads."""

from __future__ import annotations

import ast
import gc
import logging
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import streamlit as st

import dashboard.bars_image
import dashboard.evidence
import dashboard.map_layers
import dashboard.map_restyle
import dashboard.snapshot
import dashboard.tables
import store
import store.coverage
import store.ledger
from app_pages import first_view, loaders, map_slot, warm
from dashboard.filter_state import FilterState, to_store_filters
from geo import PackMissingError
from tests.app._tables import claims_table, figures, map_table, svg_images
from tests.app.conftest import (
    EXPECTED,
    MSK,
    ROOT,
    _claim,
    _item,
    _report,
    app_at,
    download_data,
    opened,
)
from tests.app.test_timeline import LONG_FIRST, LONG_NIGHTS
from tests.app.test_timeline import long_period as long_period


def _refuse(*_args: object, **_kwargs: object) -> None:
    msg = "computed again after the warm-up"
    raise AssertionError(msg)


def test_the_first_map_page_reads_what_the_warm_up_computed(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm.warm_up()
    # the layers of the default view and the base map must come from the caches now
    monkeypatch.setattr(dashboard.map_layers, "nightly_layers", _refuse)
    monkeypatch.setattr(dashboard.map_restyle, "base_map", _refuse)
    at = app_at("map")
    assert not at.exception
    table = map_table(at)
    assert dict(zip(table["Id"], table["Drones"], strict=True)) == {"RU-BRY": "25", "RU-KLU": "18"}


def test_the_claims_pages_first_views_read_what_the_warm_up_computed(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm.warm_claims()
    # the latest night (a page switch from the Map) and the newest week of a longer
    # period: no claim is read, analysed or laid out again
    for module, name in (
        (store.ledger, "reconciled"),
        (dashboard.evidence, "claims_table"),
        (dashboard.evidence, "claim_labels"),
        (dashboard.tables, "ledger_keys"),
        (dashboard.tables, "ledger_view"),
    ):
        monkeypatch.setattr(module, name, _refuse)
    at = app_at("claims")
    assert not at.exception
    assert claims_table(at)["Count"].tolist() == ["25", "16", "18", ""]
    at = app_at("claims", **{"from": "2025-06-01", "to": "2025-09-14"})
    assert not at.exception
    assert at.selectbox(key="claims_nights").value == (date(2025, 9, 8), date(2025, 9, 14))
    assert len(claims_table(at)) == 8
    # the default longer period (four weeks up to the latest night): its total is counted
    monkeypatch.setattr(store.Store, "claim_count", _refuse)
    at = app_at("claims", **{"from": "2025-08-18", "to": "2025-09-14"})
    assert not at.exception
    assert at.caption[0].value.startswith(
        "8 claims match the filters from 2025-08-18 to 2025-09-14; 8 of them in these nights."
    )


def test_the_timelines_first_view_reads_what_the_warm_up_computed(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm.warm_timeline()
    # the four weeks up to the latest night: no figure, total or coverage is read again
    for module, name in (
        (store.ledger, "area_sums"),
        (store.ledger, "national"),
        (store.ledger, "series"),
        (store.coverage, "coverage"),
        (store.coverage, "freshness"),
    ):
        monkeypatch.setattr(module, name, _refuse)
    at = app_at("timeline")
    assert not at.exception
    assert list(figures(at).values()) == [str(EXPECTED["all"]), "3", "4"]
    # the sections drawn closed are computed too: opened, they read nothing either
    opened(at, "tl_open_mod_gov", "tl_open_gaps", "tl_open_coverage")
    assert not at.exception
    assert len(at.get("vega_lite_chart")) == 4 and len(at.dataframe) == 2


def test_the_timeline_over_every_stored_night_reads_what_the_warm_up_computed(
    long_period: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm.warm_timeline()
    # a link to the whole archive: its figures, data status and totals image, and the
    # Claims page's count over it, are not read or drawn again
    for module, name in (
        (store.ledger, "area_sums"),
        (store.ledger, "national"),
        (store.ledger, "straddling"),
        (dashboard.bars_image, "totals_svg"),
        (store.Store, "claim_count"),
    ):
        monkeypatch.setattr(module, name, _refuse)
    whole = {"from": str(LONG_FIRST), "to": str(LONG_FIRST + timedelta(days=LONG_NIGHTS - 1))}
    at = app_at("timeline", **whole)
    assert not at.exception
    assert figures(at)["Nights with reports"] == str(LONG_NIGHTS)
    assert len(svg_images(at)) == 1
    at = app_at("claims", **whole)
    assert not at.exception
    assert at.caption[0].value.startswith(
        f"{2 * LONG_NIGHTS} claims match the filters from {whole['from']} to {whole['to']};"
    )


def test_what_the_warm_up_made_is_left_out_of_garbage_collections(seeded: store.Store) -> None:
    gc.unfreeze()
    try:
        warm.warm_up()
        assert gc.get_freeze_count() > 10_000  # the modules, frames and cached values
        gc.unfreeze()
        warm.settle()  # after the other warm-ups: what they made, frozen too
        assert gc.get_freeze_count() > 10_000
        assert gc.collect() == 0  # nothing left over: collected before the freeze
    finally:
        gc.unfreeze()


def test_a_warm_up_that_fails_is_logged_and_leaves_the_page_to_say_why(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ATLAS_PACK_DIR", str(tmp_path / "no-pack"))
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger(warm.__name__)
    logger.addHandler(handler)
    try:
        warm.warm_up()  # does not raise
    finally:
        logger.removeHandler(handler)
    assert [(r.levelname, r.getMessage()) for r in records] == [
        ("WARNING", "warm-up stopped; the first visit computes the rest")
    ]
    assert records[0].exc_info is not None and records[0].exc_info[0] is PackMissingError


def test_after_the_first_map_the_snapshot_warm_up_projects_the_default_view(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard.snapshot, "_OUTLINES", type(dashboard.snapshot._OUTLINES)())
    monkeypatch.setattr(warm, "MAP_SHOWN", type(warm.MAP_SHOWN)())
    warm.MAP_SHOWN.set()  # as the Map page does once drawn
    warm.warm_snapshot()
    filters = to_store_filters(FilterState(night=loaders.latest_night()))
    view, _ = loaders.map_view(filters, loaders.data_version(), None)
    shapes = len(view.areas) + (len(view.seas) if view.seas is not None else 0)
    assert len(dashboard.snapshot._OUTLINES) == shapes
    # the first PNG a user asks for projects nothing again
    monkeypatch.setattr(dashboard.snapshot, "_paths", _refuse)
    text = dashboard.snapshot.SnapshotText("Map")
    assert dashboard.snapshot.snapshot_png(view.areas, text, seas=view.seas)[:4] == b"\x89PNG"


def test_the_default_views_png_a_visitor_downloads_is_the_warm_ups_drawing(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch, deferred: dict[str, object]
) -> None:
    monkeypatch.setattr(warm, "MAP_SHOWN", type(warm.MAP_SHOWN)())
    warm.MAP_SHOWN.set()  # as the Map page does once drawn
    warm.warm_snapshot()
    at = app_at("map")
    monkeypatch.setattr(dashboard.snapshot, "snapshot_png", _refuse)
    png = download_data(at, deferred, "Map snapshot (PNG)")
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")


def test_the_map_page_says_when_it_has_been_drawn(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warm, "MAP_SHOWN", type(warm.MAP_SHOWN)())
    assert not warm.MAP_SHOWN.is_set()
    at = app_at("map")
    assert not at.exception
    assert warm.MAP_SHOWN.is_set()


#: Runs serve.py's warm-up thread with its steps replaced by ones noting whether the
#: garbage collector is on; ``warm_up`` raises when ``fail``.
_WARM_THREAD = """
import gc, sys
sys.path.insert(0, {root!r})
import serve
from app_pages import warm

seen = []
def step(name):
    def run():
        seen.append((name, gc.isenabled()))
        if name == "warm_up" and {fail!r}:
            raise RuntimeError(name)
    return run

for name in ("warm_up", "warm_snapshot", "warm_claims", "warm_timeline", "settle"):
    setattr(warm, name, step(name))
try:
    serve._warm_up()
except RuntimeError:
    seen.append(("raised", gc.isenabled()))
print(seen)
"""


@pytest.mark.parametrize(
    ("fail", "expected"),
    [
        (
            False,
            [
                ("warm_up", False),
                ("warm_snapshot", True),
                ("warm_claims", True),
                ("warm_timeline", True),
                ("settle", True),
            ],
        ),
        (True, [("warm_up", False), ("raised", True)]),
    ],
)
def test_the_warm_up_thread_runs_without_collections_until_the_first_maps_values(
    fail: bool, expected: list[tuple[str, bool]]
) -> None:
    # the imports and warm_up make what lives as long as the server: the collector's
    # passes over it are skipped, and it is on again for the steps after (or a failure)
    code = _WARM_THREAD.format(root=str(ROOT), fail=fail)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout.strip()) == (0, repr(expected)), done.stderr


#: Runs serve.py's warm-up thread with a module of its own imported behind (it notes the
#: nice value of the thread importing it) and its steps replaced by ones noting theirs.
_NICE_THREAD = """
import os, sys, threading
sys.path.insert(0, {root!r})
sys.path.insert(0, {probe!r})
import serve
from app_pages import warm

def nice():
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

seen = [("main", nice())]
def step(name):
    def run():
        seen.append((name, nice()))
        started = threading.Thread(target=lambda: seen.append((name + " started", nice())))
        started.start()
        started.join()
    return run

for name in ("warm_up", "warm_snapshot", "warm_claims", "warm_timeline", "settle"):
    setattr(warm, name, step(name))
serve.IMPORTED_BEHIND = ("atlas_probe",)
serve._first_map_kept = lambda: {kept!r}
if {wanted!r}:  # a visitor's run needs the modules before the thread imports them
    from app_pages import map_slot
    map_slot.MODULES_WANTED.set()
serve._warm_up()
import atlas_probe
seen.append(("imported", atlas_probe.NICE))
print(seen)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own nice value is Linux's")
@pytest.mark.parametrize(("kept", "wanted"), [(True, False), (False, False), (True, True)])
def test_the_warm_up_imports_its_modules_at_a_lower_priority_when_the_first_map_is_kept(
    kept: bool, wanted: bool, tmp_path: Path
) -> None:
    # a first visitor arriving as the server starts gets the CPU before the imports when
    # the first map needs none of them, and no visitor's run waits for them; the warm-up's
    # steps and the threads they start (which serve visitors later) never run at the
    # lower priority
    (tmp_path / "atlas_probe.py").write_text(
        "import os, threading\nNICE = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())\n",
        encoding="utf-8",
    )
    code = _NICE_THREAD.format(root=str(ROOT), probe=str(tmp_path), kept=kept, wanted=wanted)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = dict(ast.literal_eval(done.stdout.strip()))
    base = seen.pop("main")
    assert seen.pop("imported") == (min(19, base + 10) if kept and not wanted else base)
    assert seen == {
        name: base
        for step in ("warm_up", "warm_snapshot", "warm_claims", "warm_timeline", "settle")
        for name in (step, f"{step} started")
    }


def test_the_first_map_is_kept_once_the_map_page_has_computed_it(seeded: store.Store) -> None:
    import serve

    st.cache_resource.clear()
    assert serve._first_map_kept() is False  # nothing rendered nor kept in this data folder
    app_at("map")  # renders the base map and keeps the default view
    st.cache_resource.clear()
    assert serve._first_map_kept() is True
    # a write names other data: the view kept is not theirs
    text = "Над Смоленской областью этой ночью сбит один беспилотник."
    claim = _claim(text, "Над Смоленской областью", "RU-SMO", "Смоленская область", 1)
    seeded.add_report(
        _item(text, datetime(2025, 9, 14, 9, tzinfo=MSK), "smolensk_gov"),
        [_report("governor", date(2025, 9, 14), text, (claim,))],
    )
    assert serve._first_map_kept() is False


def test_a_view_kept_on_the_day_of_its_night_is_no_kept_first_map_the_next_day(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import serve

    monkeypatch.setattr(first_view, "_today", lambda: date(2025, 9, 14))
    app_at("map")  # the seeded latest night is the 14th
    st.cache_resource.clear()
    assert serve._first_map_kept() is True
    # the 15th: the page computes the view (its file is still there): the imports at once
    monkeypatch.setattr(first_view, "_today", lambda: date(2025, 9, 15))
    assert serve._first_map_kept() is False


def test_a_run_with_no_kept_first_view_to_draw_wants_the_modules_at_once(
    seeded: store.Store,
) -> None:
    app_at("map")  # computes the default view and keeps it
    map_slot.MODULES_WANTED.clear()
    app_at("map", map_reported=False)  # a new session draws the kept view first
    assert not map_slot.MODULES_WANTED.is_set()
    app_at("map", map_reported=False, night="2025-09-12")  # a shared link: computed
    assert map_slot.MODULES_WANTED.is_set()
