"""The kept PNG of a view (``loaders.map_snapshot``) is never older than the data."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import streamlit as st

import store
from app_pages import loaders
from dashboard.filter_state import FilterState, to_store_filters
from dashboard.snapshot import SnapshotText, snapshot_png
from tests.app.conftest import MSK, _claim, _item, _report, seed

NIGHT = date(2025, 9, 14)


def _now(region_id: str | None = None) -> bytes:
    filters = to_store_filters(FilterState(night=NIGHT))
    return loaders.map_snapshot(filters, loaders.data_version(), region_id)


def _is_drawn_anew(before: bytes) -> bool:
    """Return whether the PNG now kept differs from ``before`` and is the one drawn with
    nothing kept."""
    kept = _now()
    st.cache_data.clear()
    return kept != before and kept == _now()


def _extra(db: store.Store, count: int, *, kind: str = "telegram") -> None:
    text = f"Над Курской областью ночью сбиты {count} беспилотников."
    claim = _claim(
        text, f"Над Курской областью ночью сбиты {count}", "RU-KRS", "Курская область", count
    )
    report = _report("governor", NIGHT, text, (claim,))
    db.add_report(
        _item(text, datetime(2025, 9, 14, 8, 0, tzinfo=MSK), "Губернатор 3 (тест)", kind=kind),
        [report],
    )


def test_an_import_draws_again(seeded: store.Store) -> None:
    before = _now()
    _extra(seeded, 7)
    assert _is_drawn_anew(before)


def test_a_cleared_sample_draws_again(seeded: store.Store) -> None:
    _extra(seeded, 7, kind="sample")
    before = _now()
    seeded.clear_samples()
    assert _is_drawn_anew(before)


def test_another_database_draws_its_own(
    seeded: store.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _now()
    other = f"sqlite:///{tmp_path / 'other.sqlite'}"
    db = store.open_store(other)
    seed(db)
    _extra(db, 7)
    db.close()
    monkeypatch.setenv("ATLAS_DATABASE_URL", other)
    assert _is_drawn_anew(before)


def test_a_reparse_draws_again(seeded: store.Store, db_url: str) -> None:
    before = _now()
    again = store.open_store(db_url, parse=lambda *_args: [])  # finds no figure at all
    assert again.reparse().reports
    again.close()
    assert _is_drawn_anew(before)


def test_the_sample_line_is_of_the_drawn_figures(db_url: str) -> None:
    db = store.open_store(db_url)
    seed(db, kind="sample")
    filters = to_store_filters(FilterState(night=NIGHT))
    version = loaders.data_version()  # the page is drawn on the samples
    view, _ = loaders.map_view(filters, version, None)
    assert loaders.has_only_samples()  # as app.py asks on each run
    _extra(db, 7)  # meanwhile, a real report is imported
    db.close()
    png = loaders.map_snapshot(filters, version, None)  # the page's button is clicked
    title = "Drones reported shot down · night of 2025-09-14"
    words = SnapshotText(
        title,
        filters="Areas: all · Reporters: all · Data: SAMPLE DATA (invented reports)",
        export_date=date.today(),
    )
    assert png == snapshot_png(view.areas, words, seas=view.seas)
