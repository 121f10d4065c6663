"""What the Sources page shows and runs, without Streamlit: the sources table and the
"Sync now" pass in a background thread (one per database) with its progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

import store
from store.sync import registry, run_pass

#: The table's columns: ``store.sync.STATUS_COLUMNS`` under the names the page shows.
TABLE_COLUMNS = {
    "name": "Source",
    "kind": "Kind",
    "reporter": "Reporter",
    "region": "Region",
    "enabled": "On",
    "last_success_at": "Last sync (MSK)",
    "newest_at": "Newest post (MSK)",
    "posts": "Posts",
    "claims": "Claims",
    "edits": "Edits",
    "deletions": "Deleted",
    "last_error": "Last error",
    "last_error_at": "Error at (MSK)",
}
_TIMES = ("last_success_at", "newest_at", "last_error_at")


def table(status: pd.DataFrame) -> pd.DataFrame:
    """Return the sources table as shown: readable headers, times as ``YYYY-MM-DD HH:MM``."""
    shown = status[list(TABLE_COLUMNS)].copy()
    for column in _TIMES:
        shown[column] = [
            "" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d %H:%M}"
            for value in shown[column]
        ]
    shown["region"] = shown["region"].fillna("")
    shown["last_error"] = shown["last_error"].fillna("")
    return shown.rename(columns=TABLE_COLUMNS)


@dataclass
class Job:
    """A sync pass running in a background thread; the page reads its progress."""

    url: str
    total: int
    done: float = 0.0
    message: str = "Starting…"
    lines: list[str] = field(default_factory=list)
    error: str | None = None
    finished: bool = False
    thread: threading.Thread | None = None

    @property
    def fraction(self) -> float:
        """How much of the pass is done, 0 to 1."""
        return 1.0 if self.finished or not self.total else min(self.done / self.total, 1.0)


_JOBS: dict[str, Job] = {}
_LOCK = threading.Lock()


def current(url: str) -> Job | None:
    """Return the last pass started on the database at ``url`` (running or finished)."""
    with _LOCK:
        return _JOBS.get(url)


def start(url: str, sources_file: Path, *, after: Callable[[], object] | None = None) -> Job:
    """Start one pass over the enabled sources of ``sources_file`` in a background thread
    (``after()`` runs in it once the pass has ended); return the running pass instead when
    one is already running on this database."""
    with _LOCK:
        running = _JOBS.get(url)
        if running is not None and not running.finished:
            return running
        sources = [source for source in registry.load(sources_file) if source.enabled]
        job = Job(url=url, total=len(sources))
        job.thread = threading.Thread(
            target=_run, args=(job, sources, after), daemon=True, name="atlas-sync"
        )
        _JOBS[url] = job
    job.thread.start()
    return job


def _run(job: Job, sources: list[registry.Source], after: Callable[[], object] | None) -> None:
    def progress(done: float, total: int, message: str) -> None:
        job.done, job.message = done, message

    try:
        db = store.open_store(job.url)
        try:
            run_pass(db, sources, progress=progress, log=job.lines.append)
        finally:
            db.close()
    except Exception as exc:  # the page shows it; the thread must never die silently
        job.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
    finally:
        job.finished = True
    if after is not None:
        after()
