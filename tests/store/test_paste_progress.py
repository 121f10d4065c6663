"""A long pasted text through ``Store.ingest_text`` with the real parser: its progress
follows the sentences (read, then checked for review) and its steps the write, and an
exception from either callback (the Import page's Cancel) stops it within one step with
nothing written."""

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


#: What ``diagnose`` reports on :data:`TEXT`: between its scans for doubtful numbers (at
#: sentence 1, the first that shoots drones down), every hundred sentences, all checked.
CHECKED = [(1, 360)] * 5 + [(100, 360), (200, 360), (300, 360), (360, 360)]


def test_a_long_paste_reports_its_sentences_and_steps_then_saves(db_url: str) -> None:
    db = open_store(db_url)
    calls: list[tuple[int, int]] = []
    steps: list[str] = []
    result = db.ingest_text(
        TEXT,
        published=PUBLISHED,
        progress=lambda done, total: calls.append((done, total)),
        step=steps.append,
    )
    # the parser's steps, all read; the check's; then once more before writing
    assert calls == [(100, 360), (200, 360), (300, 360), (360, 360), *CHECKED, (360, 360)]
    assert steps == [
        "checking the text for review",
        "writing 1 text and 17 claims",
        "updating the stored figures of 2025-09-18 to 2025-09-18",
    ]
    assert (result.added, result.claims, result.in_review) == (1, 17, 0)
    db.close()


@pytest.mark.parametrize("at", [5, 9])  # the check's first scan; its sentence 100
def test_an_exception_from_progress_during_the_check_writes_nothing(db_url: str, at: int) -> None:
    db = open_store(db_url)
    before = _rows(db)
    calls: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == at:
            raise Stop

    with pytest.raises(Stop):
        db.ingest_text(TEXT, published=PUBLISHED, progress=cancel)
    assert calls == [(100, 360), (200, 360), (300, 360), (360, 360), *CHECKED][:at]
    assert _rows(db) == before
    db.close()


@pytest.mark.parametrize("stop_at", [1, 2, 3])  # check, rows, stored figures
def test_an_exception_from_a_step_writes_nothing(db_url: str, stop_at: int) -> None:
    db = open_store(db_url)
    before, version = _rows(db), db.data_version()
    steps: list[str] = []

    def cancel(what: str) -> None:
        steps.append(what)
        if len(steps) == stop_at:
            raise Stop  # inside the transaction for the last two: it is rolled back

    with pytest.raises(Stop):
        db.ingest_text(TEXT, published=PUBLISHED, progress=lambda d, t: None, step=cancel)
    assert len(steps) == stop_at
    assert _rows(db) == before
    assert db.data_version() == version
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


def test_a_parser_that_reports_nothing_leaves_the_check_and_one_step(db_url: str) -> None:
    db = open_store(db_url, parse=fake_parse)
    calls: list[tuple[int, int]] = []
    db.ingest_text("@mod night=2025-09-10\nRU-BRY 5", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(2, 2), (2, 2)]  # the check of its two lines, then before writing
    db.close()
