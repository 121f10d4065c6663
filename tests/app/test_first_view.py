"""A new session's first map view kept on disk and drawn before the rest loads.

``app_pages/first_view.py`` keeps the default view (the latest night, every region) each
time the Map page computes it; the next new session on the same data draws it at once
(``map_slot.draw_first_header``) and the page then draws itself as before, in the run the
map's report that it is drawn starts. What the kept
view shows must be what the page computes: the same restyle script, byte for byte, on
the hand-made reports, the samples and a database read by the real parser.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import streamlit as st

import store
from app_pages import first_view, loaders, map_slot
from dashboard import imports
from dashboard.filter_state import FilterState, to_store_filters
from store import __main__ as store_cli
from testkit.pg import Cluster
from tests.app._tables import map_table, map_tables
from tests.app._upload import save_text, settle
from tests.app._years import seed_years
from tests.app.conftest import MSK, ROOT, _claim, _item, _report, app_at, filters_wait, seed


def _computed() -> str:
    """Return the default view's restyle script computed now, no cached value read."""
    st.cache_data.clear()
    filters = to_store_filters(FilterState(night=loaders.latest_night()))
    _view, restyle = loaders.map_view(filters, loaders.data_version(), None)
    return restyle


def _drawn_first(monkeypatch: pytest.MonkeyPatch) -> list[first_view.FirstView]:
    """Record the kept views ``app.py`` draws before the rest loads."""
    drawn: list[first_view.FirstView] = []
    original = map_slot.draw_first_header

    def record(view: first_view.FirstView) -> None:
        drawn.append(view)
        original(view)

    monkeypatch.setattr(map_slot, "draw_first_header", record)
    return drawn


def _figures(at) -> dict[str, str]:  # type: ignore[no-untyped-def]
    table = map_table(at)
    return dict(zip(table["Id"], table["Drones"], strict=True))


def test_a_new_session_opens_on_the_view_the_last_one_computed(
    seeded: store.Store, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = _drawn_first(monkeypatch)
    assert first_view.kept(db_url) is None
    app_at("map")  # computes the default view and keeps it
    assert drawn == []
    kept = first_view.kept(db_url)
    assert kept is not None
    assert kept.restyle == _computed()
    assert kept.caption.startswith("Drones reported shot down · night of 2025-09-14. ")
    assert kept.only_samples is False

    at = app_at("map", map_reported=False)
    assert not at.exception
    assert drawn == [kept]
    # the first run draws the kept header alone: the rest waits for the map's report
    assert [t.value for t in at.title] == ["Map"]
    assert [c.value for c in at.caption] == [kept.caption]
    assert [h.value for h in at.html if h.value == kept.restyle] == [kept.restyle]
    assert map_tables(at) == [] and len(at.sidebar.header) == 0
    assert filters_wait(at)
    # which runs the whole app: its header once, the same view and table, the filters
    at.run()
    assert not at.exception
    assert drawn == [kept]
    assert [t.value for t in at.title] == ["Map"]
    assert at.caption[0].value == kept.caption
    assert [h.value for h in at.html if h.value == kept.restyle] == [kept.restyle]
    assert _figures(at) == {"RU-BRY": "25", "RU-KLU": "18"}
    assert at.multiselect(key="flt_regions").value == []


def test_no_kept_view_for_a_shared_link_a_later_run_or_other_data(
    seeded: store.Store, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_at("map")
    drawn = _drawn_first(monkeypatch)
    # a link with filters names another view: computed as before
    at = app_at("map", map_reported=False, night="2025-09-12")
    assert drawn == []
    assert _figures(at) == {"RU-BRY": "85", "RU-SMO": "42", "RU-KLU": "3"}
    # the session's later runs draw the page alone
    at = app_at("map")
    assert len(drawn) == 1
    at.run()
    assert len(drawn) == 1
    # a write names other data: the view kept before is not drawn
    text = "Над Смоленской областью этой ночью сбит один беспилотник."
    claim = _claim(text, "Над Смоленской областью", "RU-SMO", "Смоленская область", 1)
    seeded.add_report(
        _item(text, datetime(2025, 9, 14, 9, tzinfo=MSK), "smolensk_gov"),
        [_report("governor", date(2025, 9, 14), text, (claim,))],
    )
    assert first_view.kept(db_url) is None
    app_at("map", map_reported=False)
    assert len(drawn) == 1


def _today_is(day: date, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(first_view, "_today", lambda: day)


def _kept_on(day: date, db_url: str, monkeypatch: pytest.MonkeyPatch) -> first_view.FirstView:
    """Return the default view the Map page computes and keeps on ``day``."""
    _today_is(day, monkeypatch)
    app_at("map")
    kept = first_view.kept(db_url)
    assert kept is not None and kept.night == date(2025, 9, 14)  # the seeded latest night
    return kept


def test_a_restart_on_a_later_day_draws_the_view_kept_after_its_night(
    seeded: store.Store, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = _kept_on(date(2025, 9, 16), db_url, monkeypatch)
    # a week later, the same data: no later night can be the default, the view is drawn
    _today_is(date(2025, 9, 23), monkeypatch)
    assert first_view.kept(db_url) == kept
    drawn = _drawn_first(monkeypatch)
    app_at("map", map_reported=False)
    assert drawn == [kept]


def test_a_view_computed_on_the_day_of_its_night_is_computed_again_the_next_day(
    seeded: store.Store, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = _kept_on(date(2025, 9, 14), db_url, monkeypatch)
    # the 15th: not drawn from the file (a night of the 15th would be the default), the
    # page computes it and keeps it again, from then on for good
    _today_is(date(2025, 9, 15), monkeypatch)
    assert first_view.kept(db_url) is None
    drawn = _drawn_first(monkeypatch)
    app_at("map", map_reported=False)
    assert drawn == []
    assert _kept_on(date(2025, 9, 15), db_url, monkeypatch) == kept
    _today_is(date(2025, 9, 20), monkeypatch)
    assert first_view.kept(db_url) == kept


def test_the_samples_banner_is_shown_once(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = store.open_store(db_url)
    seed(db, kind="sample")
    db.close()
    app_at("map")
    drawn = _drawn_first(monkeypatch)
    at = app_at("map", map_reported=False)
    assert len(drawn) == 1 and drawn[0].only_samples
    assert [i.value for i in at.info if i.value.startswith("Sample data")] == [
        "Sample data — invented reports for demonstration. Import your own reports on the "
        "Import page, or clear the samples there."
    ]


@pytest.mark.parametrize("data", ["samples", "two years read by the parser"])
def test_the_kept_view_is_the_computed_one(
    data: str, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = store.open_store(db_url)
    if data == "samples":
        shutil.copytree(ROOT / "data" / "samples", tmp_path / "samples")
        db.load_samples()
    else:
        seed_years(db)
    db.close()
    app_at("map")
    kept = first_view.kept(db_url)
    assert kept is not None
    assert kept.only_samples is (data == "samples")
    assert kept.restyle == _computed()
    drawn = _drawn_first(monkeypatch)
    app_at("map", map_reported=False)
    assert drawn == [kept]


def test_a_fresh_database_opens_on_the_view_of_the_samples_it_will_get(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "data" / "samples", tmp_path / "samples")
    first = store.open_store(db_url)
    first.load_samples()  # parsed: a copy is kept for the next fresh database
    first.close()
    app_at("map")
    second = f"sqlite:///{tmp_path / 'second.sqlite'}"
    monkeypatch.setenv("ATLAS_DATABASE_URL", second)
    # nothing written yet: named by the copy the warm-up will restore into it
    assert first_view.store_key(second) == first_view.store_key(db_url) is not None
    kept = first_view.kept(second)
    assert kept is not None and kept.only_samples
    drawn = _drawn_first(monkeypatch)
    # draws the kept view; the run the map's report starts restores the samples (a
    # server's warm-up restores them as it starts)
    at = app_at("map")
    assert drawn == [kept]
    assert kept.restyle == _computed()
    assert first_view.store_key(second) == first_view.store_key(db_url)
    # a write names the second database's own data
    db = store.open_store(second)
    seed(db)
    db.close()
    assert first_view.store_key(second) not in (None, first_view.store_key(db_url))
    assert first_view.kept(second) is None
    assert not at.exception


def test_only_the_newest_views_are_kept(
    seeded: store.Store, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_view, "KEPT_FILES", 1)
    app_at("map")
    assert first_view.kept(db_url) is not None
    other = f"sqlite:///{tmp_path / 'other.sqlite'}"
    monkeypatch.setenv("ATLAS_DATABASE_URL", other)
    db = store.open_store(other)
    seed(db)
    db.close()
    app_at("map")
    assert first_view.kept(other) is not None
    assert first_view.kept(db_url) is None
    assert len(list((tmp_path / "cache" / "first-view").glob("*.json"))) == 1


def test_the_store_key_names_an_sqlite_files_data_only(db_url: str, tmp_path: Path) -> None:
    assert first_view.store_key("sqlite://") is None
    assert first_view.store_key(db_url) is None  # no file: nothing to name
    assert not (tmp_path / "atlas.sqlite").exists()  # and none created
    db = store.open_store(db_url)
    assert first_view.store_key(db_url) is None  # nothing written yet
    seed(db)
    key = first_view.store_key(db_url)
    assert key is not None and key == first_view.store_key(db_url)
    db.clear_samples()  # no sample to clear: the data are the same
    seed(db, kind="sample")
    assert first_view.store_key(db_url) not in (None, key)
    db.close()


def test_a_postgresql_database_opens_on_the_view_kept_for_its_data(
    postgres: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = postgres.new_database()
    monkeypatch.setenv("ATLAS_DATABASE_URL", url)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    assert first_view.store_key(postgres.url("no_such_database")) is None
    assert first_view.store_key(url) is None  # no table yet
    db = store.open_store(url)
    try:
        assert first_view.store_key(url) is None  # nothing written yet
        seed(db)
        key = first_view.store_key(url)
        assert key is not None and key == first_view.store_key(url)
        drawn = _drawn_first(monkeypatch)
        app_at("map")  # computes the default view and keeps it
        kept = first_view.kept(url)
        assert kept is not None and kept.restyle == _computed()
        at = app_at("map", map_reported=False)
        assert not at.exception
        assert drawn == [kept]
        # a write names other data: computed again
        db.clear_samples()
        assert first_view.store_key(url) not in (None, key)
        assert first_view.kept(url) is None
    finally:
        db.close()
        # the app's own store for this database (kept across runs): its connections closed
        # here, not when a later test's clearing of the cache leaves it to the collector
        loaders.open_store().close()


def test_a_copy_of_the_file_opens_on_the_view_kept_for_its_data(
    seeded: store.Store, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_at("map")  # computes the default view and keeps it
    kept = first_view.kept(db_url)
    assert kept is not None
    copy = tmp_path / "elsewhere" / "copy.sqlite"
    copy.parent.mkdir()
    # a backup: the rows the app's open connections wrote are copied too
    with (
        contextlib.closing(sqlite3.connect(tmp_path / "atlas.sqlite")) as source,
        contextlib.closing(sqlite3.connect(copy)) as target,
    ):
        source.backup(target)
    copy_url = f"sqlite:///{copy}"
    # another file and path, the same rows: the same name, the same view
    assert first_view.store_key(copy_url) == first_view.store_key(db_url)
    monkeypatch.setenv("ATLAS_DATABASE_URL", copy_url)
    drawn = _drawn_first(monkeypatch)
    app_at("map", map_reported=False)
    assert drawn == [kept]
    # a write into the copy names its own data; the original keeps its view
    db = store.open_store(copy_url)
    db.clear_samples()  # nothing to clear, yet a write
    db.close()
    assert first_view.store_key(copy_url) != first_view.store_key(db_url)
    assert first_view.kept(copy_url) is None
    assert first_view.kept(db_url) == kept


def test_an_import_on_the_command_line_keeps_the_view_the_page_computes(
    seeded: store.Store, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "tver.txt"
    report.write_text(
        "Губернатор Тверской области: ночью над Конаковским районом сбиты четыре "
        "беспилотника, пострадавших нет.",
        encoding="utf-8",
    )
    database = str(tmp_path / "atlas.sqlite")
    # a command that writes nothing keeps nothing
    assert store_cli.main(["nightly", "--db", database]) == 0
    assert first_view.kept(db_url) is None
    assert (
        store_cli.main(["ingest", "--db", database, "--published", "2025-09-14T08:00", str(report)])
        == 0
    )
    kept = first_view.kept(db_url)
    assert kept is not None
    assert kept.restyle == _computed()
    assert '"RU-TVE"' in kept.restyle
    assert kept.only_samples is False
    drawn = _drawn_first(monkeypatch)
    at = app_at("map", map_reported=False)
    assert drawn == [kept]
    at.run()
    assert at.caption[0].value == kept.caption
    assert _figures(at)["RU-TVE"] == "4"


def test_a_report_saved_on_the_import_page_keeps_the_view_the_page_computes(
    seeded: store.Store, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[imports.ImportJob] = []
    paste = imports.paste

    def recorded(*args: Any, **kwargs: Any) -> imports.ImportJob:
        started.append(paste(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(imports, "paste", recorded)
    at = app_at("import_page")
    at.text_area(key="imp_text").input(
        "Минобороны: этой ночью над Липецкой областью уничтожены шесть беспилотников."
    )
    at.date_input(key="imp_published").set_value(date(2025, 9, 14))
    settle(at.run())
    assert first_view.kept(db_url) is None
    save_text(at)
    assert not at.exception
    # the save's job ends with the view kept (after a quiet second): the page may have
    # shown the job ended before that step did
    assert started[-1].wait(60)
    kept = first_view.kept(db_url)
    assert kept is not None
    assert kept.restyle == _computed()
    assert '"RU-LIP"' in kept.restyle


@pytest.mark.parametrize(
    "damaged",
    [
        '{"caption": "Drones reported shot down", "restyle": "',  # cut while written
        '{"caption": ["Map"], "restyle": "", "only_samples": false, WHEN}',  # another shape
        '{"caption": "Drones", "restyle": "", "only_samples": "false", WHEN}',  # a flag as a text
        '["Drones", "", false]',
    ],
    ids=["truncated", "a list for a caption", "a text for a flag", "a list"],
)
def test_a_damaged_kept_view_is_computed_again(
    seeded: store.Store, db_url: str, monkeypatch: pytest.MonkeyPatch, damaged: str
) -> None:
    app_at("map")
    path = first_view.kept_file(db_url)
    assert path is not None and first_view.kept(db_url) is not None
    # the night and day a whole file holds (first_view.keep): the rest is what is damaged
    when = f'"night": "2025-09-14", "day": "{date.today().isoformat()}"'
    path.write_text(damaged.replace("WHEN", when), encoding="utf-8")
    assert first_view.kept(db_url) is None
    drawn = _drawn_first(monkeypatch)
    at = app_at("map", map_reported=False)
    assert not at.exception
    assert drawn == []
    assert not at.info  # no samples banner over the user's data
    assert _figures(at) == {"RU-BRY": "25", "RU-KLU": "18"}
