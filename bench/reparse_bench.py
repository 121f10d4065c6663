"""Measure a re-parse of the three-year database (``Store.reparse``): CPU, wall, load.

Prints figures; never asserts.

    .venv/bin/python bench/reparse_bench.py [--texts N] [--postgresql] [--source FILE]
        [--tree DIR]

A copy of the generated database (``bench/generate_db.py``; ``--source``: another SQLite
file of it, as it is) is opened by this checkout's store (or ``--tree``'s: another
checkout, to measure it against this one on the same copy), which upgrades it; then every
text stored by another parser version is parsed again in one transaction, or only ``--texts
N`` of them spread evenly over the three years (the others marked as parsed by this
parser). With ``--postgresql`` the copy is made into a throwaway cluster (``testkit/pg.py``).
On SQLite it prints how deleting a text's statements checks the claims' foreign key (a
walk over every claim without ``ix_claims_statement_id``, schema 14).
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process, and of its children that ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def _copy_sqlite(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as old, sqlite3.connect(target) as new:
        old.backup(new)
    old.close()
    new.close()


def _delete_plan(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        query = "EXPLAIN QUERY PLAN DELETE FROM statements WHERE report_id = 'r'"
        plan = [row[-1] for row in conn.execute(query)]
    conn.close()
    return plan


def _keep_only(url: str, texts: int) -> int:
    """Mark all stale texts but ``texts`` of them, spread evenly, as parsed by this parser;
    return how many are left to parse again."""
    from sqlalchemy import select, update

    from store import open_store, schema
    from store.db import writing
    from store.importers.claims_csv import CSV_PARSER_VERSION

    store = open_store(url)
    r = schema.reports
    with writing(store.engine) as conn:
        stale = (
            conn.execute(
                select(r.c.id)
                .where(
                    r.c.parser_version != CSV_PARSER_VERSION,
                    r.c.parser_version != store.parser_version,
                )
                .order_by(r.c.published_at, r.c.id)
            )
            .scalars()
            .all()
        )
        if texts < len(stale):
            every = len(stale) / texts
            chosen = {stale[int(k * every)] for k in range(texts)}
            done = [rid for rid in stale if rid not in chosen]
            for at in range(0, len(done), 500):
                conn.execute(
                    update(r)
                    .where(r.c.id.in_(done[at : at + 500]))
                    .values(parser_version=store.parser_version)
                )
    left = store.stale_reports()
    store.close()
    return left


def _reparse(url: str, texts: int | None) -> None:
    from store import open_store

    started, (cpu, kids) = time.perf_counter(), _cpu()
    open_store(url).close()
    print(
        f"  opened and upgraded by this store: {time.perf_counter() - started:.1f} s wall, "
        f"{sum(_cpu()) - cpu - kids:.1f} s CPU, {_load()}"
    )
    stale = _keep_only(url, texts) if texts else None
    store = open_store(url)
    stale = stale if stale is not None else store.stale_reports()
    print(f"  {stale:,} texts to parse again (parser {store.parser_version})")
    store.parser("Над Брянской областью уничтожен один беспилотник.", None, None)  # loaded
    marks = [(time.perf_counter(), *_cpu())]

    def progress(done: int, total: int) -> None:
        if done == total:  # the texts parsed: their rows, the stored figures, the commit follow
            marks.append((time.perf_counter(), *_cpu()))

    result = store.reparse(progress=progress)
    marks.append((time.perf_counter(), *_cpu()))
    store.close()
    print(f"  reparse: {result.reports:,} texts, {result.claims:,} claims, {result.failed} failed")
    for what, (wall, cpu, kids), (wall2, cpu2, kids2) in zip(
        ("texts parsed", "rows written, stored figures, commit"), marks, marks[1:], strict=False
    ):
        # (parse workers are counted once they ended: in the part after theirs)
        print(
            f"    {what}: {wall2 - wall:.1f} s wall, {cpu2 - cpu:.1f} s CPU here + "
            f"{kids2 - kids:.1f} s in children"
        )
    (wall, cpu, kids), (wall2, cpu2, kids2) = marks[0], marks[-1]
    print(
        f"    in all: {wall2 - wall:.1f} s wall, {cpu2 - cpu + kids2 - kids:.1f} s CPU "
        f"({(cpu2 - cpu + kids2 - kids) / max(result.reports, 1) * 1000:.2f} ms a text), {_load()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, help="parse only this many texts again")
    parser.add_argument("--postgresql", action="store_true")
    parser.add_argument("--source", type=Path, help="an SQLite copy of the generated database")
    parser.add_argument("--tree", type=Path, help="measure this other checkout's store")
    args = parser.parse_args()
    sys.path.insert(0, str((args.tree or HERE).resolve()))
    if args.source is None:
        from bench.generate_db import ensure_database

        source = Path(ensure_database().removeprefix("sqlite:///"))
    else:
        source = args.source
    print(f"store of {args.tree or HERE}, copy of {source}, {_load()}")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "reparse.sqlite"
        _copy_sqlite(source, copy)
        if not args.postgresql:
            _reparse(f"sqlite:///{copy}", args.texts)
            print("  deleting a text's statements:", "; ".join(_delete_plan(copy)))
            return
        from bench.store_bench import copied_into_a_cluster

        with copied_into_a_cluster(f"sqlite:///{copy}") as (_cluster, url, seconds):
            print(f"  copied into a throwaway cluster in {seconds:.0f} s")
            _reparse(url, args.texts)


if __name__ == "__main__":
    main()
