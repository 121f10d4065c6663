"""An import of many texts is parsed in worker processes: the same rows in the same order,
its progress told as before, and a cancel stops the workers with nothing written."""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import replace
from datetime import datetime, timedelta

import pandas as pd
import pytest

from settings import MSK
from store import ImportFailed, Item, _workers, ingest, open_store
from store import columns as C
from store._parse import default_parser, default_version

REGIONS = ["Брянской", "Курской", "Белгородской", "Калужской", "Орловской"]


def _items(count: int) -> list[Item]:
    start = datetime(2025, 3, 1, 8, 0, tzinfo=MSK)
    items = []
    for n in range(count):
        region = REGIONS[n % len(REGIONS)]
        text = (
            f"Ночью над {region} областью сбиты {n % 9 + 2} беспилотников. "
            f"Пострадавших нет, сообщение номер {n}."
        )
        if n % 7 == 3:
            text = f"Сигнал воздушной тревоги, сообщение {n}."
        items.append(
            Item(
                where=f"test.json: message {n}",
                text=text,
                source_kind="telegram",
                channel="Губернатор",
                channel_id="42",
                message_id=str(n),
                published=start + timedelta(hours=n),
            )
        )
    return items


def test_workers_give_the_rows_one_process_gives_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest, "POOL_MIN_ITEMS", 10)
    items = _items(60)
    version = default_version()
    told: list[tuple[int, int]] = []
    alone = ingest.prepare(items, default_parser(), version, source_kind="telegram")
    pooled = ingest.prepare(
        items,
        default_parser(),
        version,
        source_kind="telegram",
        workers=2,
        progress=lambda done, total: told.append((done, total)),
    )
    assert pooled == alone
    assert [p.where for p in pooled] == [item.where for item in items]
    # 60 texts: the progress is told every 60 // 200 -> 1 text, in chunks of 1
    assert told == [(done, 60) for done in range(1, 61)]
    assert sum(len(p.claims) for p in pooled) == 60 - 9  # the 9 air-raid notices name none
    assert multiprocessing.active_children() == []


def test_a_cancel_from_the_progress_stops_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "POOL_MIN_ITEMS", 10)

    class Cancelled(Exception):
        pass

    def progress(done: int, _total: int) -> None:
        if done >= 5:
            raise Cancelled

    with pytest.raises(Cancelled):
        ingest.prepare(_items(40), default_parser(), "v", workers=2, progress=progress)
    assert multiprocessing.active_children() == []


def test_an_import_through_workers_is_written_once_and_again_skipped(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "POOL_MIN_ITEMS", 10)
    monkeypatch.setattr("store._workers.cores", lambda: 2)
    db = open_store(f"sqlite:///{tmp_path / 'a.sqlite'}")
    first = db.ingest_items(_items(30), path="test.json", source_kind="telegram")
    again = db.ingest_items(_items(30), path="test.json", source_kind="telegram")
    assert (first.added, first.duplicates, first.claims) == (30, 0, 26)
    assert (again.added, again.duplicates) == (0, 30)
    claims = db.claims()
    assert len(claims) == 26
    assert sorted(set(claims[C.AREA_ID])) == ["RU-BEL", "RU-BRY", "RU-KLU", "RU-KRS", "RU-ORL"]
    db.close()


def test_a_parser_bug_in_a_worker_fails_the_import_with_the_text_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest, "POOL_MIN_ITEMS", 10)
    items = _items(20)
    # a text the report rows cannot be built for: its publication time is no time
    items[12] = replace(items[12], published="not a time")  # type: ignore[arg-type]
    with pytest.raises(ImportFailed, match=r"test\.json: message 12: the parser returned"):
        ingest.prepare(items, default_parser(), "v", workers=2)
    assert multiprocessing.active_children() == []


def test_workers_are_started_afresh_while_other_threads_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # as in the Streamlit server: another thread runs, so the workers are spawned, not
    # forked, and import the parser themselves
    monkeypatch.setattr(ingest, "POOL_MIN_ITEMS", 10)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        items = _items(12)
        pooled = ingest.prepare(items, default_parser(), "v", workers=2)
    finally:
        stop.set()
        other.join()
    assert pooled == ingest.prepare(items, default_parser(), "v")
    assert multiprocessing.active_children() == []


def test_a_reparse_through_workers_gives_the_rows_the_import_wrote(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "POOL_MIN_ITEMS", 10)
    monkeypatch.setattr("store._workers.cores", lambda: 2)
    pools: list[int] = []
    ordered = _workers.ordered

    def counted(*args: object, **kwargs: object) -> object:
        pools.append(1)
        return ordered(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_workers, "ordered", counted)
    db = open_store(f"sqlite:///{tmp_path / 'a.sqlite'}")
    assert db.ingest_items(_items(30), path="test.json", source_kind="telegram").claims == 26
    before = (db.claims(), db.nightly())
    told: list[tuple[int, int]] = []
    result = db.reparse(everything=True, progress=lambda done, total: told.append((done, total)))
    assert (result.reports, result.claims, result.failed) == (30, 26, 0)
    assert len(pools) == 2  # the import's parse, then the re-parse's
    assert told[-1] == (30, 30)
    pd.testing.assert_frame_equal(db.claims(), before[0])
    pd.testing.assert_frame_equal(db.nightly(), before[1])
    assert multiprocessing.active_children() == []
    db.close()
