"""The bundled samples' import kept on disk, restored into the next fresh SQLite database.

A server on a fresh database imports ``data/samples`` before its first page: the
importers (trafilatura for the news page), the parser with its vocabularies and the
gazetteer's index loaded, 31 texts parsed, the figures built. That is about 2 s of CPU
before the first map, the same every time for the same samples and code. So after a
fresh SQLite database imported them, a copy of it is kept under the data folder's
``cache/samples/`` (:func:`save`), named by everything the import's rows depend on
(:func:`kept_file`: the sample files, the code of ``parsing``, ``store`` and ``geo``,
the boundary pack's build, the night boundary, the reading packages' versions); the next
fresh database gets its rows copied from it (:func:`restore`, one write transaction), its
times of import set to the restore's. Any other change names another file and the samples
are imported again. PostgreSQL databases, a store with a parser of its own, and a
database that is not fresh always import.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine

from store import schema
from store.ingest import ImportResult
from store.samples_key import kept_samples_file

log = logging.getLogger(__name__)
#: The columns holding when a row was imported: the restore's time, not the copy's.
_IMPORT_TIMES = (
    (schema.imports, ("started_at", "finished_at")),
    (schema.reports, ("imported_at",)),
    (schema.review, ("created_at",)),
)


def kept_file(engine: Engine, samples: Path) -> Path | None:
    """Return the file a copy of ``samples``' import is kept in for ``engine``'s database
    (under the data folder's ``cache/samples/``); None when it is not SQLite."""
    if engine.dialect.name != "sqlite":
        return None
    return kept_samples_file(samples)


def _result_file(kept: Path) -> Path:
    return kept.with_suffix(".json")


def _tables() -> list[str]:
    """The tables a copy holds (every one but the schema's own version rows), parents first."""
    return [t.name for t in schema.metadata.sorted_tables if t is not schema.schema_version]


def restore(engine: Engine, kept: Path) -> ImportResult | None:
    """Copy the rows kept in ``kept`` into ``engine``'s database, fresh (nothing imported);
    return the import's result, or None (nothing written) when there is no whole copy or
    the database is no longer fresh. A copy that cannot be read is logged and left."""
    try:
        result = ImportResult(**json.loads(_result_file(kept).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        log.warning("the kept samples %s cannot be read; importing them again", kept)
        return None
    result = ImportResult(**{**asdict(result), "errors": tuple(result.errors)})
    try:
        with engine.connect() as conn:
            # ATTACH is refused inside a transaction: before BEGIN IMMEDIATE
            conn.exec_driver_sql("ATTACH DATABASE ? AS kept", (str(kept),))
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                imports = conn.execute(select(func.count()).select_from(schema.imports)).scalar()
                if imports:
                    conn.rollback()
                    return None
                for name in reversed(_tables()):
                    conn.exec_driver_sql(f'DELETE FROM main."{name}"')
                for name in _tables():
                    columns = ", ".join(f'"{c.name}"' for c in schema.metadata.tables[name].c)
                    conn.exec_driver_sql(
                        f'INSERT INTO main."{name}" ({columns}) SELECT {columns} FROM kept."{name}"'
                    )
                restored = schema.now()
                for table, names in _IMPORT_TIMES:
                    conn.execute(update(table).values(dict.fromkeys(names, restored)))
                conn.commit()
            finally:
                conn.rollback()
                conn.exec_driver_sql("DETACH DATABASE kept")
    except Exception:  # a broken copy never stops the samples: they are imported instead
        log.warning("the kept samples %s could not be restored", kept, exc_info=True)
        return None
    return result


def save(engine: Engine, kept: Path, result: ImportResult) -> None:
    """Keep a copy of ``engine``'s database (which holds the samples' import only) at
    ``kept`` with ``result``; copies kept for other code or samples are removed. A folder
    that cannot be written is logged, not raised: the next fresh database imports."""
    partial = kept.with_name(f"{kept.stem}.{os.getpid()}.partial")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        raw = engine.raw_connection()
        try:
            target = sqlite3.connect(partial)
            try:
                raw.driver_connection.backup(target)  # type: ignore[union-attr]
                target.execute("PRAGMA journal_mode=DELETE")  # one file, read-only later
            finally:
                target.close()
        finally:
            raw.close()
        os.replace(partial, kept)
        # the result last: a copy counts only once both are there
        _result_file(kept).write_text(json.dumps(asdict(result)), encoding="utf-8")
        for other in kept.parent.iterdir():
            if other.stem != kept.stem:
                with contextlib.suppress(OSError):
                    (shutil.rmtree if other.is_dir() else os.remove)(other)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        log.warning("the samples' import could not be kept in %s: %s", kept, exc)
