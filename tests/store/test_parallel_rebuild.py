"""A rebuild of many nights reconciles its units side by side in forked processes: the
same ``figures`` and ``totals`` rows, in the same order, as one process writes; a worker
that fails has its share computed again here; with other threads running nothing forks."""

from __future__ import annotations

import multiprocessing
import os
import threading
from datetime import date, datetime

import pytest
from sqlalchemy import text

from settings import MSK
from store import Item, Store, _workers, figures
from store.db import writing

PARENT = os.getpid()


def _where(task: int) -> tuple[int, bool]:
    return task * task, os.getpid() == PARENT


def _fails_in_a_child(task: int) -> tuple[int, bool]:
    if os.getpid() != PARENT:
        msg = "a worker's bug"
        raise RuntimeError(msg)
    return _where(task)


def _fails(task: int) -> int:
    msg = f"task {task} cannot be done"
    raise ValueError(msg)


def test_tasks_are_dealt_in_turn_and_come_back_in_their_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # leftover threads of other tests must not turn this into a run in one process
    monkeypatch.setattr(_workers, "can_fork", lambda: True)
    assert _workers.spread(_where, range(5), workers=2) == [
        (0, True),
        (1, False),
        (4, True),
        (9, False),
        (16, True),
    ]
    assert _workers.spread(_where, range(3), workers=4) == [(0, True), (1, False), (4, False)]
    assert multiprocessing.active_children() == []


def test_a_share_a_worker_failed_is_computed_here_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_workers, "can_fork", lambda: True)
    assert _workers.spread(_fails_in_a_child, range(4), workers=2) == [
        (0, True),
        (1, True),
        (4, True),
        (9, True),
    ]
    with pytest.raises(ValueError, match="task 0 cannot be done"):
        _workers.spread(_fails, range(4), workers=2)
    assert multiprocessing.active_children() == []


def test_nothing_forks_while_other_threads_run() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not _workers.can_fork()
        found = _workers.spread(_where, range(3), workers=2)
    finally:
        stop.set()
        other.join()
    assert found == [(0, True), (1, True), (4, True)]


def _table(store: Store, name: str) -> list[tuple[object, ...]]:
    """Return a table's rows in the order they were written (SQLite), else sorted."""
    sqlite = store.engine.dialect.name == "sqlite"
    with store.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM {name}" + (" ORDER BY rowid" if sqlite else "")))
        found = [tuple(row) for row in rows]
    return found if sqlite else sorted(found, key=repr)


def _filled(store: Store) -> None:
    """Two months of nights: the ministry's windows, a governor's districts, a retelling."""
    items = []
    for n in range(60):
        day = date.fromordinal(date(2025, 8, 1).toordinal() + n)
        moment = datetime(day.year, day.month, day.day, 9, 0, tzinfo=MSK)
        items += [
            Item(
                f"mod {n}",
                f"@mod window={day}T00:30/{day}T05:00 total={n % 7 + 4}\n"
                f"RU-BRY {n % 5 + 1}\nRU-KLU {n % 3 + 2}\nRU-ORL -",
                "telegram",
                "mod",
                published=moment,
            ),
            Item(
                f"gov {n}",
                f"@governor night={day}\nRU-BRY/RU-BRY:pogarsky {n % 4 + 1}\n"
                f"RU-BRY/RU-BRY:surazhsky {n % 2 + 3}",
                "telegram",
                "gov",
                published=moment,
            ),
            Item(f"wire {n}", f"@media\nRU-KLU {n % 9 + 1}", "rss", "wire", published=moment),
        ]
    assert store.ingest_items(items, path="two months", source_kind="telegram").added == 180


def test_a_rebuild_in_forked_workers_writes_the_rows_one_process_writes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(store)
    with writing(store.engine) as conn:
        figures.refresh(conn)  # one process: fewer claims than PARALLEL_MIN_CLAIMS
    alone = {name: _table(store, name) for name in ("figures", "totals")}
    assert len(alone["figures"]) > 600  # two units, every reporter and each alone
    assert len(alone["totals"]) > 200

    monkeypatch.setattr(figures, "PARALLEL_MIN_CLAIMS", 1)
    monkeypatch.setattr(_workers, "cores", lambda: 2)
    monkeypatch.setattr(_workers, "can_fork", lambda: True)
    shares: list[list[object]] = []
    spread = _workers.spread

    def watched(work, tasks, *, workers):  # type: ignore[no-untyped-def]
        shares.append([(task[2], workers) for task in tasks])
        return spread(work, tasks, workers=workers)

    monkeypatch.setattr(_workers, "spread", watched)
    with writing(store.engine) as conn:
        figures.refresh(conn)
    # one span read once: its night and day units, one in a forked worker
    assert shares == [[("night", 2), ("day", 2)]]
    assert {name: _table(store, name) for name in ("figures", "totals")} == alone
    assert multiprocessing.active_children() == []
