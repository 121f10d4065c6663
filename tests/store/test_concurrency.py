"""A reader and writers on one real SQLite file at the same time (WAL, busy timeout)."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import insert

from store import Store, schema
from store import columns as C
from store.db import make_engine


def test_readers_and_a_second_writer_work_while_a_write_is_open(store: Store, db_url: str) -> None:
    store.ingest_text("@mod night=2025-09-11\nRU-BRY 5", channel="mod")
    holding, release = threading.Event(), threading.Event()
    outcomes: dict[str, Any] = {}

    def hold_the_write_lock() -> None:
        engine = make_engine(db_url)
        try:
            with engine.begin() as conn:
                conn.execute(insert(schema.meta).values(key="held", value="by a long import"))
                holding.set()
                release.wait(30)
            outcomes["first"] = "committed"
        except Exception as exc:  # reported below: a thread's error must fail the test
            outcomes["first"] = exc
        finally:
            engine.dispose()

    def second_writer() -> None:
        try:
            outcomes["second"] = store.ingest_text("@mod night=2025-09-12\nRU-BRY 6", channel="mod")
        except Exception as exc:
            outcomes["second"] = exc

    first = threading.Thread(target=hold_the_write_lock)
    first.start()
    assert holding.wait(30)
    # the dashboard reads committed data while the import's transaction is open
    assert store.nightly()[C.FIGURE].tolist() == [5]
    assert len(store.claims()) == 1
    second = threading.Thread(target=second_writer)
    second.start()
    release.set()
    first.join(30)
    second.join(30)
    assert outcomes["first"] == "committed"
    assert outcomes["second"].added == 1
    assert store.nightly()[C.FIGURE].tolist() == [5, 6]
