"""The samples' import kept on disk and restored into the next fresh SQLite database
(``store.kept_samples``), with the real parser and boundary pack."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import settings
import store.store as store_module
from store import Filters, Store, schema
from store import columns as C
from store.db import make_engine
from tests.store.conftest import fake_parse

#: The columns holding when a row was imported: the restore's own time.
_TIMES = {"started_at", "finished_at", "imported_at", "created_at", "applied_at"}


@pytest.fixture(autouse=True)
def _pack() -> None:
    if not (settings.get().pack_dir / "gazetteer.parquet").exists():
        pytest.skip("the boundary pack is not built (make pack): places cannot be resolved")


def _open(tmp_path: Path, name: str) -> Store:
    return Store(make_engine(f"sqlite:///{tmp_path / name}.sqlite"))


def _rows(db: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows without the import times, sorted (``meta`` holds the data
    version: another value for each import)."""
    out = {}
    with db.engine.connect() as conn:
        for table in schema.metadata.sorted_tables:
            if table in (schema.schema_version, schema.meta):
                continue
            columns = [c for c in table.c if c.name not in _TIMES]
            rows = conn.execute(select(*columns)).all()
            out[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return out


def _kept(tmp_path: Path) -> list[str]:
    folder = tmp_path / "data" / "cache" / "samples"
    return sorted(p.suffix for p in folder.iterdir()) if folder.is_dir() else []


class _Parses:
    """Counts the texts ``store.store.prepare`` (the parse of an import) was given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts = 0
        real = store_module.prepare

        def counted(items: Any, *args: Any, **kwargs: Any) -> Any:
            self.texts += len(items)
            return real(items, *args, **kwargs)

        monkeypatch.setattr(store_module, "prepare", counted)


@pytest.mark.usefixtures("repository_samples", "db_url")
def test_a_second_fresh_database_gets_the_same_rows_without_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = _Parses(monkeypatch)
    first = _open(tmp_path, "first")
    imported = first.load_samples()
    assert (imported.added, imported.failed, parses.texts) == (31, 0, 31)
    assert _kept(tmp_path) == [".json", ".sqlite"]

    before = schema.now() - timedelta(seconds=1)
    second = _open(tmp_path, "second")
    assert second.load_samples() == imported
    assert parses.texts == 31  # nothing parsed for the second database
    assert _rows(second) == _rows(first)
    assert second.has_only_samples()
    assert not second.data_version().endswith("#0")  # no longer fresh
    kaluga = second.nightly(
        Filters(date_from=date(2025, 9, 14), date_to=date(2025, 9, 14), regions=("RU-KLU",))
    )
    assert kaluga[[C.UNIT, C.FIGURE]].values.tolist() == [["night", 18]]
    # the rows say when this database got them, not when the copy was made
    with second.engine.connect() as conn:
        times = conn.execute(select(schema.reports.c.imported_at)).scalars().all()
    assert len(times) == 31 and min(times) >= before
    first.close()
    second.close()


@pytest.mark.usefixtures("db_url")
def test_a_changed_sample_is_imported_again_and_the_old_copy_removed(
    repository_samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = _Parses(monkeypatch)
    _open(tmp_path, "first").load_samples()
    old = sorted((tmp_path / "data" / "cache" / "samples").iterdir())
    feature = repository_samples / "feature_kaluga_en.html"
    feature.write_text(feature.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _open(tmp_path, "second").load_samples().added == 31
    assert parses.texts == 62
    new = sorted((tmp_path / "data" / "cache" / "samples").iterdir())
    assert len(new) == 2 and not set(old) & set(new)


@pytest.mark.usefixtures("repository_samples", "db_url")
def test_a_broken_copy_is_logged_and_the_samples_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    first = _open(tmp_path, "first")
    first.load_samples()
    kept = next((tmp_path / "data" / "cache" / "samples").glob("*.sqlite"))
    kept.write_bytes(b"not a database")
    parses = _Parses(monkeypatch)
    second = _open(tmp_path, "second")
    with caplog.at_level(logging.WARNING, logger="store.kept_samples"):
        assert second.load_samples().added == 31
    assert parses.texts == 31
    assert [r.getMessage() for r in caplog.records] == [
        f"the kept samples {kept} could not be restored"
    ]
    assert _rows(second) == _rows(first)


@pytest.mark.usefixtures("repository_samples", "db_url")
def test_a_database_with_other_data_imports_the_samples_and_keeps_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(tmp_path, "first").load_samples()
    kept = sorted((tmp_path / "data" / "cache" / "samples").iterdir())
    parses = _Parses(monkeypatch)
    other = _open(tmp_path, "other")
    other.ingest_text("Губернатор: над Брянской областью сбиты 3 беспилотника.", channel="Own")
    parses.texts = 0
    assert other.load_samples().added == 31
    assert parses.texts == 31
    assert not other.has_only_samples()
    assert sorted((tmp_path / "data" / "cache" / "samples").iterdir()) == kept


@pytest.mark.usefixtures("repository_samples", "db_url")
def test_a_store_with_its_own_parser_never_keeps_nor_restores(tmp_path: Path) -> None:
    own = Store(make_engine(f"sqlite:///{tmp_path / 'own.sqlite'}"), parse=fake_parse)
    own.load_samples()
    assert _kept(tmp_path) == []
