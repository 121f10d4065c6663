"""A parse that never ends is stopped at its bound: the text goes to review, the import goes on."""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
import types
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from parsing.model import Report
from store import Store, _deadline, schema
from store._parse import parse_text
from store.db import make_engine
from tests.store.conftest import fake_parse
from tests.store.test_importers import channel, message, write_json


def _stuck_on_loop(
    text: str, published: datetime | None = None, source: str | None = None
) -> list[Report]:
    """The test line language, with a loop that never ends on a text saying LOOP."""
    seen = 0
    while "LOOP" in text:
        seen += 1  # a position that never advances
    return fake_parse(text, published, source)


@pytest.fixture
def short_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # a bound of half a second of CPU time a text, whatever its length
    monkeypatch.setattr(_deadline, "BASE_S", 0.5)
    monkeypatch.setattr(_deadline, "PER_MILLION_CHARS_S", 0.0)


@pytest.fixture
def stuck_store(db_url: str, short_bound: None):
    opened = Store(make_engine(db_url), parse=_stuck_on_loop, parser_version="fake-1")
    yield opened
    opened.close()


def _queued(store: Store) -> list[tuple[str, str, str]]:
    review, reports = schema.review, schema.reports
    query = select(review.c.reason, review.c.status, reports.c.text).join(
        reports, reports.c.id == review.c.report_id
    )
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query)]


@pytest.mark.timeout(120)
def test_a_text_whose_parse_never_ends_is_stored_for_review_and_the_import_goes_on(
    stuck_store: Store, tmp_path: Path
) -> None:
    path = write_json(
        tmp_path / "result.json",
        channel(
            [
                message(1, "@mod night=2025-09-11\nRU-BRY 5"),
                message(2, "LOOP"),
                message(3, "@governor night=2025-09-11\nRU-KRS 2"),
            ]
        ),
    )
    result = stuck_store.ingest_paths([path])
    assert (result.added, result.failed, result.claims) == (3, 1, 2)
    assert result.errors == (
        "result.json: message 2: ParseOverdue: the parse did not end within 0.5 s of CPU time"
        " (a text of 4 characters) and was stopped",
    )
    assert _queued(stuck_store) == [("parser_error", "open", "LOOP")]


@pytest.mark.timeout(120)
def test_a_parse_stopped_at_its_bound_leaves_where_it_was_in_the_log(
    short_bound: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="store._parse"):
        found, error = parse_text(_stuck_on_loop, "LOOP again", None, None)
    assert (found, error) == (
        [],
        "ParseOverdue: the parse did not end within 0.5 s of CPU time (a text of 10 characters)"
        " and was stopped",
    )
    [stopped] = [r.exc_info for r in caplog.records if r.exc_info is not None]
    # the loop that never ended, for whoever fixes it
    assert "in _stuck_on_loop" in "".join(traceback.format_exception(*stopped))


@pytest.mark.timeout(120)
def test_an_import_run_in_a_thread_of_its_own_is_stopped_the_same_way(
    stuck_store: Store,
) -> None:
    # the Import and Sources pages import in a thread of the server: no signal reaches it
    results = []
    worker = threading.Thread(
        target=lambda: results.append(stuck_store.ingest_text("LOOP", channel="mod"))
    )
    worker.start()
    worker.join(timeout=100)
    assert not worker.is_alive()
    [result] = results
    assert (result.added, result.failed) == (1, 1)
    assert _queued(stuck_store) == [("parser_error", "open", "LOOP")]


def test_the_bound_grows_with_the_text() -> None:
    assert _deadline.bound(0) == 30.0
    assert _deadline.bound(2_000_000) == 96.0


@pytest.mark.timeout(60)
def test_code_that_ends_in_time_is_left_alone() -> None:
    with _deadline.within(0.2):
        total = sum(range(1000))
    spent = time.process_time() + 0.4
    while time.process_time() < spent:  # past the bound, after its body: nothing is raised
        total += 1
    with pytest.raises(_deadline.Overdue), _deadline.within(0.2):
        while True:
            total += 1


@pytest.mark.timeout(60, method="thread")
def test_a_thread_stopped_at_its_bound_leaves_the_other_threads_running(
    stuck_store: Store,
) -> None:
    # taking back a stop that was never raised left every thread's evaluation loop signalled:
    # the next call made under a profiler looped on its first instruction for good
    worker = threading.Thread(target=lambda: stuck_store.ingest_text("LOOP", channel="mod"))
    worker.start()
    worker.join(timeout=50)
    events: list[str] = []
    sys.setprofile(lambda _frame, event, _arg: events.append(event))
    try:
        bound = _deadline.bound(1_000_000)
    finally:
        sys.setprofile(None)
    assert bound == 0.5
    assert "call" in events


def _burn(seconds: float) -> None:
    spent = time.process_time() + seconds
    while time.process_time() < spent:
        pass


class _Burner:
    """An object whose finaliser spends a fifth of a second of CPU time."""

    def __del__(self) -> None:
        _burn(0.2)


def _stops(body: Callable[[], None], *, alone: bool) -> list[float]:
    """Run ``body`` under a bound of 0.05 s of CPU time, in this thread or a thread of its own;
    return the CPU seconds it had run when it was stopped (none if it ended)."""
    stopped: list[float] = []

    def bounded() -> None:
        start = time.process_time()
        try:
            with _deadline.within(0.05):
                body()
        except _deadline.Overdue:
            stopped.append(time.process_time() - start)

    if alone:
        bounded()
    else:
        worker = threading.Thread(target=bounded)
        worker.start()
        worker.join()
    return stopped


def _finalised_then_work() -> None:
    _Burner()  # freed at once: its finaliser runs past the bound, where it is stopped
    _burn(10.0)  # (the stop ended the finaliser; Python reported it, and went on)


@pytest.mark.timeout(60)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("alone", [True, False], ids=["the only thread", "a thread of its own"])
def test_a_stop_raised_in_a_finaliser_is_raised_again(
    monkeypatch: pytest.MonkeyPatch, alone: bool
) -> None:
    # Python only reports an exception raised in a finaliser ("Exception ignored in ..."): a stop
    # raised once there had left the code running on past its bound
    monkeypatch.setattr(_deadline, "_LOOK", 0.01)
    [stopped] = _stops(_finalised_then_work, alone=alone)
    assert 0.05 <= stopped < 2.0  # at a look after the one the finaliser swallowed


def _holding(lock: threading.RLock, seconds: float) -> None:
    """Take ``lock``, spend ``seconds`` of CPU time, let it go (no ``try``: a stop keeps it)."""
    lock.acquire()
    spent = time.process_time() + seconds
    while time.process_time() < spent:
        pass
    lock.release()


#: :func:`_holding` run as the logging module's own code, as ``logging.getLogger`` is between
#: taking the module's lock and entering the ``try`` that lets it go
_logging_holding = types.FunctionType(_holding.__code__, vars(logging))


def _logging_locked_then_work() -> None:
    _logging_holding(logging._lock, 0.3)  # past the bound, holding logging's lock
    _burn(10.0)


def _logs_from_another_thread() -> bool:
    """Tell whether a thread of its own gets a logger (logging's lock free) within 5 s."""
    worker = threading.Thread(target=logging.getLogger, args=("atlas.test",), daemon=True)
    worker.start()
    worker.join(5)
    return not worker.is_alive()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("alone", [True, False], ids=["the only thread", "a thread of its own"])
def test_a_stop_waits_until_the_code_has_let_a_lock_go(
    monkeypatch: pytest.MonkeyPatch, alone: bool
) -> None:
    # a stop raised where logging holds its lock kept it for good: the next thread that made a
    # database engine (SQLAlchemy asks logging for the pool's logger) waited for ever
    monkeypatch.setattr(_deadline, "_LOOK", 0.01)
    [stopped] = _stops(_logging_locked_then_work, alone=alone)
    assert 0.3 <= stopped < 2.0  # stopped after the lock was let go, in the work after it
    assert _logs_from_another_thread()
