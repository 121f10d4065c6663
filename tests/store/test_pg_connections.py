"""No PostgreSQL connection outlives the store that opened it.

A psycopg connection dropped while still open is closed by nobody: the garbage collector
finds it later, inside whatever test runs then, and psycopg warns (``BaseConnection.__del__``).
Each test here counts the connections to its own database that are still open in this
process (every ``psycopg.Connection`` object, however it was reached) after the store is
closed or refused: there must be none.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from store import schema
from store.__main__ import main
from store._errors import SchemaVersionError
from store.db import make_engine
from testkit.pg import Cluster, open_connections
from tests.store.test_schema import open_


def _open_connections(url: str) -> list[Any]:
    """Return this process's psycopg connections to ``url``'s database not yet closed."""
    return open_connections([make_url(url).database or ""])


def _newer_database(url: str) -> None:
    """Leave at ``url`` a database written by an Atlas newer than this one."""
    open_(url).close()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO schema_version VALUES (:version, '2030-01-01 00:00:00')"),
            {"version": schema.SCHEMA_VERSION + 1},
        )
    engine.dispose()


def test_a_store_used_from_several_threads_at_once_closes_every_connection(
    postgres: Cluster,
) -> None:
    url = postgres.new_database()
    store = open_(url)
    store.ingest_text("@mod night=2025-09-12\nRU-BRY 5", channel="mod")
    start = threading.Barrier(6)
    counts: list[Any] = []

    def read() -> None:
        try:
            start.wait(30)
            # each thread holds a connection of its own until all have one
            with store.engine.connect() as conn:
                counts.append(conn.execute(text("SELECT count(*) FROM claims")).scalar_one())
                start.wait(30)
        except Exception as exc:  # reported below: a thread's error must fail the test
            counts.append(exc)

    threads = [threading.Thread(target=read) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert counts == [1] * 6
    # the pool keeps five (its size) until the store closes; the sixth closed on its return
    assert len(_open_connections(url)) == 5
    store.close()
    assert _open_connections(url) == []


def test_a_store_that_refuses_a_newer_database_leaves_no_connection_open(
    postgres: Cluster,
) -> None:
    url = postgres.new_database()
    _newer_database(url)
    with pytest.raises(SchemaVersionError, match="newer than this Atlas knows"):
        open_(url)
    assert _open_connections(url) == []


def test_the_command_line_refusing_a_database_leaves_no_connection_open(
    postgres: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    url = postgres.new_database()
    _newer_database(url)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path / "data"))
    assert main(["nightly", "--db", url]) == 2
    assert capsys.readouterr().err == (
        f"error: the database has schema version {schema.SCHEMA_VERSION + 1}, newer than this "
        f"Atlas knows ({schema.SCHEMA_VERSION}): update the Atlas, or open another database\n"
    )
    assert _open_connections(url) == []
