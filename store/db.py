"""The engine: any SQLAlchemy URL; SQLite files get WAL and a busy timeout on connect."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Table, create_engine, event, func, insert, select
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

import settings

#: How long a SQLite connection waits for another writer before giving up.
BUSY_TIMEOUT_MS = 30_000

#: The PostgreSQL advisory lock the Atlas's writers take turns on (any constant bigint
#: no other application of the same database uses; this one spells "ATLS").
WRITE_LOCK_KEY = 0x41544C53


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets the dashboard read while an import writes; memory databases refuse it.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """Return an engine for ``url`` (default: ``settings.get().database_url``)."""
    url = url or settings.get().database_url
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    database = parsed.database or ""
    if database in ("", ":memory:"):
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """Open a write transaction: committed at the end, rolled back on any error.

    On SQLite it starts with ``BEGIN IMMEDIATE``, taking the write lock (waiting up to the
    busy timeout) before the first read, so what the transaction reads cannot change
    under it; readers are never blocked (WAL). On PostgreSQL it takes a transaction-level
    advisory lock for the same effect: writers take turns (read committed alone would let
    two imports both find a report missing, or two first opens both create the tables),
    readers are never blocked. Other servers get the plain transaction.
    """
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif engine.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK_KEY)))
        yield conn


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) in one ``executemany`` of the driver.

    The same SQL and values as ``conn.execute(insert(table), rows)``: the statement is
    compiled for the connection's dialect and each value goes through its column type's
    bind processor, but without SQLAlchemy's per-row parameter handling (seconds for the
    hundreds of thousands of figure rows a rebuild writes). Only the columns whose type
    has a processor (booleans on SQLite), and dates and times on SQLite, are converted,
    each distinct value once. On PostgreSQL (psycopg) the rows are written with ``COPY``
    (:func:`_copy`).
    """
    if not rows:
        return
    keys = list(rows[0])
    take = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    insert_rows(conn, table, keys, [take(row) for row in rows])


def insert_rows(
    conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows`` (tuples of values in ``names``' order) as :func:`insert_many` does:
    what a rebuild of hundreds of thousands of rows uses, without a dict per row."""
    if not rows:
        return
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(names))
    order = list(compiled.positiontup or ()) if compiled.positional else list(names)
    params: list[Any] = list(rows)
    if order != list(names):
        picks = [names.index(name) for name in order]
        params = [tuple(values[k] for k in picks) for values in params]
    processors = [_processor(conn, table.c[name].type) for name in order]
    converted: list[tuple[int, Any, dict[Any, Any]]] = [
        (at, p, {}) for at, p in enumerate(processors) if p is not None
    ]
    if converted:
        # column by column: the rows turned into columns and back in C, each converted
        # column one list of its distinct values' conversions (a list per row, changed
        # value by value, cost a second of a rebuild's 200,000 figure rows)
        columns = list(zip(*params, strict=True))
        for at, process, seen in converted:
            for value in set(columns[at]):
                seen[value] = None if value is None else process(value)
            columns[at] = tuple(map(seen.__getitem__, columns[at]))
        params = list(zip(*columns, strict=True))
    if conn.dialect.driver == "psycopg":
        _copy(conn, table, order, params)
        return
    if not compiled.positional:
        params = [dict(zip(order, values, strict=True)) for values in params]
    conn.exec_driver_sql(str(compiled), params)


def _processor(conn: Connection, kind: Any) -> Any:
    """Return the bind processor of a column type; on SQLite, dates and times (which
    SQLAlchemy hands to the driver as they are) get the text the driver's default
    adapters write (``isoformat``, with a space before a time), once per distinct value
    instead of a call into Python's ``sqlite3`` adapter per row."""
    found = kind.bind_processor(conn.dialect)
    if found is None and conn.dialect.name == "sqlite" and isinstance(kind, Date | DateTime):
        return _sqlite_time_text
    return found


def _sqlite_time_text(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _copy(conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Any]) -> None:
    """Write ``rows`` (tuples in ``names``' order) with PostgreSQL's ``COPY ... FROM STDIN``
    in the connection's transaction: one stream instead of a statement per row (an
    ``executemany`` of 400,000 figure rows waited a minute on the server's replies)."""
    quote = conn.dialect.identifier_preparer
    columns = ", ".join(quote.quote(name) for name in names)
    sql = f"COPY {quote.format_table(table)} ({columns}) FROM STDIN"
    dbapi = conn.connection.driver_connection
    try:
        with dbapi.cursor() as cursor, cursor.copy(sql) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)
    except conn.dialect.loaded_dbapi.Error as exc:
        # as SQLAlchemy reports a refused statement: callers catch SQLAlchemyError
        raise DBAPIError.instance(sql, None, exc, conn.dialect.loaded_dbapi.Error) from exc
