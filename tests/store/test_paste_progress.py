"""A long pasted text through ``Store.ingest_text`` with the real parser: its progress
follows the sentences, and an exception from the callback (the Import page's Cancel)
stops it within one step of the parser with nothing written."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from settings import MSK
from store import Store, open_store, schema
from tests.parsing.test_parse_progress import TEXT
from tests.store.conftest import fake_parse

PUBLISHED = datetime(2025, 9, 18, 9, tzinfo=MSK)


class Stop(Exception):
    pass


def _rows(db: Store) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in schema.metadata.tables.items()
        }


def test_a_long_paste_reports_its_sentences_then_saves(db_url: str) -> None:
    db = open_store(db_url)
    calls: list[tuple[int, int]] = []
    result = db.ingest_text(
        TEXT, published=PUBLISHED, progress=lambda done, total: calls.append((done, total))
    )
    # the parser's steps, all read, then once more after the parse (before writing)
    assert calls == [(100, 360), (200, 360), (300, 360), (360, 360), (360, 360)]
    assert (result.added, result.claims, result.in_review) == (1, 16, 0)
    db.close()


def test_an_exception_from_progress_stops_the_paste_with_nothing_written(db_url: str) -> None:
    db = open_store(db_url)
    before = _rows(db)
    calls: list[int] = []

    def cancel_at_second(done: int, _total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise Stop  # not taken for a parser failure: it reaches the caller as raised

    with pytest.raises(Stop):
        db.ingest_text(TEXT, published=PUBLISHED, progress=cancel_at_second)
    assert calls == [100, 200]
    assert _rows(db) == before
    assert db.imports().empty
    db.close()


def test_a_parser_that_reports_nothing_gives_one_step(db_url: str) -> None:
    db = open_store(db_url, parse=fake_parse)
    calls: list[tuple[int, int]] = []
    db.ingest_text("@mod night=2025-09-10\nRU-BRY 5", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 1)]
    db.close()
