"""The Import page's background job (``dashboard.imports``): progress file by file and
text by text, cancel, and a database left exactly as it was before a cancelled file;
the same for a pasted text, a job of one in-memory "file".

The files are small Telegram exports written here; the parser is the real one behind a
gate that holds the worker on a chosen text, so the test decides when cancel arrives.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, select

import parsing
import store
import store.ingest
from dashboard import imports
from parsing import diagnostics
from settings import MSK
from tests.parsing.test_long_text_passes import long_line
from tests.parsing.test_parse_progress import TEXT as LONG_PASTE
from tests.parsing.test_parse_progress import long_paste

WAIT = 60


def _export(channel_id: int, counts: list[int]) -> bytes:
    """A channel export: one post per count, on successive nights of September 2025."""
    messages = [
        {
            "id": 100 + n,
            "type": "message",
            "date": f"2025-09-{10 + n:02d}T08:00:00",
            "date_unixtime": str(int(datetime(2025, 9, 10 + n, 8, tzinfo=MSK).timestamp())),
            "text": f"Ночью над Орловской областью силами ПВО сбиты {count} БПЛА. Жертв нет.",
        }
        for n, count in enumerate(counts)
    ]
    export = {"name": f"Канал {channel_id}", "type": "public_channel", "id": channel_id}
    return json.dumps({**export, "messages": messages}, ensure_ascii=False).encode()


FILES = [
    ("first.json", _export(1, [3, 4, 5])),
    ("second.json", _export(2, [6, 7, 8])),
    ("third.json", _export(3, [9])),
]


class Gate:
    """The real parser, holding the worker on the ``stop_at``-th text until released."""

    def __init__(self, stop_at: int) -> None:
        self.stop_at = stop_at
        self.calls = 0
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(
        self,
        text: str,
        published: datetime | None,
        source: str | None,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Any]:
        self.calls += 1
        if self.calls == self.stop_at:
            self.reached.set()
            assert self.release.wait(WAIT)
        day = published.astimezone(MSK).date() if published else None
        return list(
            parsing.parse(text, published=day, source=source, progress=self.watch(progress))
        )

    def watch(
        self, progress: Callable[[int, int], None] | None
    ) -> Callable[[int, int], None] | None:
        """The progress the parser reports to (the job's own here)."""
        return progress


def _dump(db: store.Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: what "exactly as before" compares."""
    tables = MetaData()
    tables.reflect(db.engine)
    with db.engine.connect() as conn:
        return {
            name: sorted(map(tuple, conn.execute(select(table))), key=repr)
            for name, table in tables.tables.items()
        }


def _open(tmp_path: Path, gate: Gate) -> store.Store:
    return store.open_store(f"sqlite:///{tmp_path / 'atlas.sqlite'}", parse=gate)


def test_a_save_cancelled_inside_a_file_keeps_the_files_before_it_and_nothing_of_it(
    tmp_path: Path,
) -> None:
    gate = Gate(stop_at=5)  # the second text of the second file
    db = _open(tmp_path, gate)
    job = imports.save(FILES, db=db)
    assert gate.reached.wait(WAIT)
    before = _dump(db)  # the first file is committed, the second one is being read
    assert len(before["reports"]) == 3
    assert [state.status for state in job.states] == [
        imports.Status.DONE,
        imports.Status.RUNNING,
        imports.Status.WAITING,
    ]
    assert job.message == "Saving second.json (file 2 of 3): 1 of 3 texts"
    assert job.fraction == pytest.approx((1 + 1 / 3) / 3)
    version = db.data_version()

    job.cancel()
    assert job.message == "Cancelling: saving stops after the current text…"
    gate.release.set()
    assert job.wait(WAIT)

    assert _dump(db) == before
    assert db.data_version() == version
    assert gate.calls == 5  # nothing was read after the cancel
    assert job.cancelled and not job.errors
    assert [state.status for state in job.states] == [
        imports.Status.DONE,
        imports.Status.CANCELLED,
        imports.Status.WAITING,
    ]
    assert job.summary() == (
        "kept 1 file(s): first.json; second.json cancelled at text 2 of 3: nothing of it "
        "was saved; not started: third.json."
    )
    assert (job.result.added, job.result.claims) == (3, 3)
    counts = db.claims(store.Filters(include_ua=True))["count"].astype(int).tolist()
    assert sorted(counts) == [3, 4, 5]


def test_a_save_runs_every_file_in_its_own_transaction(tmp_path: Path) -> None:
    db = _open(tmp_path, Gate(stop_at=0))
    job = imports.save(FILES, db=db)
    assert job.wait(WAIT)
    assert not job.cancelled and not job.errors and job.fraction == 1.0
    assert [(s.done, s.total) for s in job.states] == [(3, 3), (3, 3), (1, 1)]
    assert [s.result.added for s in job.states if s.result] == [3, 3, 1]
    assert len(db.imports()) == 3  # one recorded import per file, under its own name
    assert sorted(db.imports()["path"]) == ["first.json", "second.json", "third.json"]
    assert job.summary() == "kept 3 file(s): first.json, second.json, third.json."
    counts = db.claims(store.Filters(include_ua=True))["count"].astype(int).tolist()
    assert sorted(counts) == [3, 4, 5, 6, 7, 8, 9]


def test_a_save_stops_at_the_first_file_that_fails(tmp_path: Path) -> None:
    db = _open(tmp_path, Gate(stop_at=0))
    files = [FILES[0], ("broken.json", b'{"messages": [1, '), FILES[2]]
    job = imports.save(files, db=db)
    assert job.wait(WAIT)
    assert [state.status for state in job.states] == [
        imports.Status.DONE,
        imports.Status.FAILED,
        imports.Status.WAITING,
    ]
    assert len(job.errors) == 1 and job.errors[0].startswith("broken.json: not valid JSON")
    assert job.summary() == (
        "kept 1 file(s): first.json; broken.json failed: nothing of it was saved; "
        "not started: third.json."
    )
    assert len(db.claims(store.Filters(include_ua=True))) == 3


def test_a_preview_reads_every_file_and_saves_nothing(tmp_path: Path) -> None:
    db = _open(tmp_path, Gate(stop_at=0))
    before = _dump(db)
    files = [FILES[0], ("broken.json", b"{"), FILES[2]]
    job = imports.preview(files, db=db, key=("k",))
    assert job.wait(WAIT)
    assert job.key == ("k",)
    assert [item.where for item in job.items] == [
        "first.json: message 100",
        "first.json: message 101",
        "first.json: message 102",
        "third.json: message 100",
    ]
    assert [item.claims for item in job.items] == [1, 1, 1, 1]
    assert len(job.errors) == 1 and job.errors[0].startswith("broken.json: ")
    assert _dump(db) == before


def test_a_cancelled_preview_keeps_what_it_read(tmp_path: Path) -> None:
    gate = Gate(stop_at=2)
    db = _open(tmp_path, gate)
    job = imports.preview(FILES, db=db)
    assert gate.reached.wait(WAIT)
    assert job.message == "Reading first.json (file 1 of 3): 1 of 3 texts"
    job.cancel()
    gate.release.set()
    assert job.wait(WAIT)
    assert job.cancelled and job.items == []  # the file was left out whole
    assert [(s.status, s.done, s.total) for s in job.states] == [
        (imports.Status.CANCELLED, 2, 3),
        (imports.Status.WAITING, 0, 0),
        (imports.Status.WAITING, 0, 0),
    ]


def test_a_bug_in_the_work_is_reported_not_swallowed(tmp_path: Path) -> None:
    def broken(name: str, data: bytes, progress: Any, step: Any) -> Any:
        raise KeyError("missing")

    job = imports.ImportJob("save", FILES[:1], broken, stop_on_error=True).start()
    assert job.wait(WAIT)
    assert job.errors == ["first.json: KeyError: 'missing'"]
    assert job.summary() == "first.json failed: nothing of it was saved."


# --- a pasted text: one in-memory "file" -----------------------------------------------

PASTE = (
    "Утром губернатор сообщил: над Брянской областью силами ПВО сбиты 5 БПЛА, "
    "над Курской областью ещё 2 БПЛА. Жертв нет."
)
PASTE_DAY = datetime(2025, 9, 18, 12, tzinfo=MSK)
PASTE_URL = "https://example.org/posts/18"


def _claims(frame: Any) -> list[tuple[Any, ...]]:
    columns = (frame["area_id"], frame["count"].astype(int), frame["date"], frame["url"])
    rows = zip(*columns, strict=True)
    return sorted((area, count, str(day), url) for area, count, day, url in rows)


def test_a_pasted_text_is_previewed_with_its_claims_and_nothing_saved(tmp_path: Path) -> None:
    gate = Gate(stop_at=1)
    db = _open(tmp_path, gate)
    before = _dump(db)
    job = imports.paste(PASTE, db=db, published=PASTE_DAY, url=PASTE_URL, key=("p",))
    assert gate.reached.wait(WAIT)
    assert job.message == "Reading pasted text…"  # one text, not "file 1 of 1"
    assert job.fraction == 0.0
    gate.release.set()
    assert job.wait(WAIT)
    assert job.key == ("p",) and not job.errors and not job.cancelled
    assert job.items == []
    assert _claims(job.claims) == [
        ("RU-BRY", 5, "2025-09-18", PASTE_URL),
        ("RU-KRS", 2, "2025-09-18", PASTE_URL),
    ]
    assert _dump(db) == before


def test_a_pasted_text_is_saved_in_one_transaction(tmp_path: Path) -> None:
    db = _open(tmp_path, Gate(stop_at=0))
    job = imports.paste(PASTE, db=db, save=True, published=PASTE_DAY, url=PASTE_URL)
    assert job.wait(WAIT)
    assert not job.errors and not job.cancelled
    # its progress counts the text's two sentences
    assert [(s.status, s.done, s.total) for s in job.states] == [(imports.Status.DONE, 2, 2)]
    assert (job.result.added, job.result.claims, job.result.duplicates) == (1, 2, 0)
    assert db.imports()["path"].tolist() == ["pasted text"]
    assert _claims(db.claims(store.Filters(include_ua=True))) == [
        ("RU-BRY", 5, "2025-09-18", PASTE_URL),
        ("RU-KRS", 2, "2025-09-18", PASTE_URL),
    ]
    again = imports.paste(PASTE, db=db, save=True, published=PASTE_DAY, url=PASTE_URL)
    assert again.wait(WAIT)
    assert (again.result.added, again.result.duplicates) == (0, 1)


def test_a_cancelled_paste_save_leaves_every_table_as_it_was(tmp_path: Path) -> None:
    gate = Gate(stop_at=1)
    db = _open(tmp_path, gate)
    before, version = _dump(db), db.data_version()
    job = imports.paste(PASTE, db=db, save=True, published=PASTE_DAY, url=PASTE_URL)
    assert gate.reached.wait(WAIT)
    assert job.message == "Saving pasted text…"
    job.cancel()
    assert job.message == "Cancelling: saving stops within 100 sentences…"
    gate.release.set()
    assert job.wait(WAIT)
    assert job.cancelled and not job.errors
    assert job.summary() == "pasted text cancelled at sentence 2 of 2: nothing of it was saved."
    assert (job.result.added, job.result.claims) == (0, 0)
    assert _dump(db) == before
    assert db.data_version() == version


def test_a_cancelled_paste_preview_shows_no_claims(tmp_path: Path) -> None:
    gate = Gate(stop_at=1)
    db = _open(tmp_path, gate)
    job = imports.paste(PASTE, db=db, published=PASTE_DAY)
    assert gate.reached.wait(WAIT)
    job.cancel()
    gate.release.set()
    assert job.wait(WAIT)
    assert job.cancelled and job.claims.empty and not job.errors


def test_a_paste_that_cannot_be_imported_gives_its_one_line(tmp_path: Path) -> None:
    db = _open(tmp_path, Gate(stop_at=0))
    job = imports.paste("   \n", db=db, save=True)
    assert job.wait(WAIT)
    assert job.errors == ["the text is empty: nothing was imported"]
    assert job.summary() == "pasted text failed: nothing of it was saved."
    assert db.imports().empty


class CancelAt(Gate):
    """The real parser; at its ``step``-th progress report it cancels the job, as a click
    on Cancel arriving then would."""

    def __init__(self, step: int) -> None:
        super().__init__(stop_at=0)
        self.step = step
        self.job: imports.ImportJob | None = None
        self.known = threading.Event()  # the job is set: the worker may report
        self.steps: list[int] = []

    def watch(
        self, progress: Callable[[int, int], None] | None
    ) -> Callable[[int, int], None] | None:
        assert self.known.wait(WAIT) and progress is not None and self.job is not None
        job, report = self.job, progress

        def watch(done: int, total: int) -> None:
            self.steps.append(done)
            if len(self.steps) == self.step:
                job.cancel()
            report(done, total)

        return watch


def test_a_long_paste_is_cancelled_between_two_steps_of_its_parse(tmp_path: Path) -> None:
    cancel_at = CancelAt(step=2)
    db = store.open_store(f"sqlite:///{tmp_path / 'atlas.sqlite'}", parse=cancel_at)
    before = _dump(db)
    job = imports.paste(LONG_PASTE, db=db, save=True, published=PASTE_DAY)
    cancel_at.job = job
    cancel_at.known.set()
    assert job.wait(WAIT)
    assert cancel_at.steps == [100, 200]  # the parse ended at the step the cancel came in
    assert [(s.status, s.done, s.total) for s in job.states] == [
        (imports.Status.CANCELLED, 200, 360)
    ]
    assert job.summary() == "pasted text cancelled at sentence 200 of 360: nothing of it was saved."
    assert _dump(db) == before


@pytest.mark.parametrize("step", [1, 4])  # after normalising; after the language count
def test_a_very_long_paste_is_cancelled_between_the_passes_before_its_sentences(
    tmp_path: Path, step: int
) -> None:
    cancel_at = CancelAt(step=step)
    db = store.open_store(f"sqlite:///{tmp_path / 'atlas.sqlite'}", parse=cancel_at)
    before = _dump(db)
    text = long_line()  # LONG_TEXT characters: its passes report (0, 0)
    job = imports.paste(text, db=db, save=True, published=PASTE_DAY)
    cancel_at.job = job
    cancel_at.known.set()
    assert job.wait(WAIT)
    assert cancel_at.steps == [0] * step  # no sentence was read
    assert [(s.status, s.done, s.total) for s in job.states] == [(imports.Status.CANCELLED, 0, 0)]
    assert job.message == "Saving…"
    assert job.summary() == "pasted text cancelled: nothing of it was saved."
    assert _dump(db) == before


def test_a_long_paste_shows_its_sentences_and_stops_within_a_step_of_a_cancel(
    tmp_path: Path,
) -> None:
    db = store.open_store(f"sqlite:///{tmp_path / 'atlas.sqlite'}")  # the parser as shipped
    before = _dump(db)
    text = long_paste(1200)  # 3,600 sentences: seconds of parsing
    job = imports.paste(text, db=db, save=True, published=PASTE_DAY)
    state = job.states[0]
    for _ in range(WAIT * 100):
        if state.done >= 100 or job.finished:
            break
        time.sleep(0.01)
    assert job.message.startswith("Saving pasted text: ") and job.message.endswith(
        " of 3,600 sentences"
    )
    job.cancel()
    seen = state.done  # read after the cancel: the worker stops at its next step
    assert job.wait(WAIT)
    assert state.status is imports.Status.CANCELLED
    assert seen <= state.done <= seen + parsing.PROGRESS_STEP
    assert state.done < state.total == 3600
    assert _dump(db) == before


# --- the write's steps, shown and heard by Cancel ----------------------------------------


class HeldWrite:
    """The store's real ``insert_many``, holding the worker on its ``stop_at``-th call (three
    per file: texts, statements, claims) until released: inside the file's transaction."""

    def __init__(self, stop_at: int) -> None:
        self.stop_at = stop_at
        self.calls = 0
        self.reached = threading.Event()
        self.release = threading.Event()
        self.real = store.ingest.insert_many

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.calls += 1
        if self.calls == self.stop_at:
            self.reached.set()
            assert self.release.wait(WAIT)
        self.real(*args, **kwargs)


def test_a_save_shows_its_write_and_a_cancel_there_rolls_the_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = HeldWrite(stop_at=4)  # the second file's texts
    monkeypatch.setattr(store.ingest, "insert_many", held)
    db = _open(tmp_path, Gate(stop_at=0))
    job = imports.save(FILES, db=db)
    assert held.reached.wait(WAIT)
    before = _dump(db)  # the first file is committed, the second one's rows are being written
    assert len(before["reports"]) == 3
    assert job.message == "Saving second.json (file 2 of 3): writing 3 texts and 3 claims…"
    assert job.fraction == pytest.approx(2 / 3)  # its texts are all read
    version = db.data_version()

    job.cancel()
    assert job.message == "Cancelling: saving stops before its next step…"
    held.release.set()
    assert job.wait(WAIT)

    # the next step (the stored figures) heard the cancel: the transaction was rolled back
    assert job.states[1].doing == "updating the stored figures of 2025-09-10 to 2025-09-12"
    assert _dump(db) == before
    assert db.data_version() == version
    assert [state.status for state in job.states] == [
        imports.Status.DONE,
        imports.Status.CANCELLED,
        imports.Status.WAITING,
    ]
    assert job.summary() == (
        "kept 1 file(s): first.json; second.json cancelled at text 3 of 3: nothing of it "
        "was saved; not started: third.json."
    )


def test_a_save_names_each_step_of_its_write(tmp_path: Path) -> None:
    db = _open(tmp_path, Gate(stop_at=0))
    job = imports.save(FILES, db=db)
    assert job.wait(WAIT)
    assert [state.doing for state in job.states] == [
        "updating the stored figures of 2025-09-10 to 2025-09-12",
        "updating the stored figures of 2025-09-10 to 2025-09-12",
        "updating the stored figures of 2025-09-10 to 2025-09-10",
    ]


class CheckWatch:
    """``parsing.diagnostics.diagnose`` as shipped, keeping the job's message at each of its
    progress reports and cancelling the job at the report of sentence ``cancel_at``."""

    def __init__(self, cancel_at: int) -> None:
        self.cancel_at = cancel_at
        self.job: imports.ImportJob | None = None
        self.known = threading.Event()  # the job is set: the check may report
        self.messages: list[str] = []
        self.real = diagnostics.diagnose

    def __call__(self, text: str, reports: Any, *, progress: Any = None) -> Any:
        assert self.known.wait(WAIT) and self.job is not None and progress is not None
        job, report = self.job, progress

        def watch(done: int, total: int) -> None:
            if done == self.cancel_at:
                job.cancel()
            report(done, total)  # raises once the job is cancelled
            self.messages.append(job.message)

        return self.real(text, reports, progress=watch)


def test_a_long_paste_shows_its_check_and_is_cancelled_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = CheckWatch(cancel_at=100)
    monkeypatch.setattr(diagnostics, "diagnose", watch)
    db = store.open_store(f"sqlite:///{tmp_path / 'atlas.sqlite'}")
    before = _dump(db)
    job = imports.paste(LONG_PASTE, db=db, save=True, published=PASTE_DAY)
    watch.job = job
    watch.known.set()
    assert job.wait(WAIT)
    # the parse ran whole; the check's five reports between its scans, then the cancel
    assert (
        watch.messages
        == ["Saving pasted text: checking the text for review, 1 of 360 sentences"] * 5
    )
    assert [(s.status, s.done, s.total) for s in job.states] == [
        (imports.Status.CANCELLED, 100, 360)
    ]
    assert job.summary() == "pasted text cancelled at sentence 100 of 360: nothing of it was saved."
    assert _dump(db) == before


def test_a_pasted_preview_says_it_prepares_the_preview_not_that_it_writes(
    tmp_path: Path,
) -> None:
    db = _open(tmp_path, Gate(stop_at=0))
    job = imports.paste(PASTE, db=db, published=PASTE_DAY)
    assert job.wait(WAIT)
    assert job.states[0].doing == "preparing the preview"
    saved = imports.paste(PASTE, db=db, save=True, published=PASTE_DAY)
    assert saved.wait(WAIT)
    assert saved.states[0].doing == "updating the stored figures of 2025-09-18 to 2025-09-18"


def test_a_check_that_has_not_counted_its_sentences_yet_shows_no_count() -> None:
    job = imports.ImportJob("save", [(imports.PASTED, b"")], work=lambda *a: None, unit="sentence")
    job.numbered = False
    state = job.states[0]
    state.status, state.doing, state.counting = (
        imports.Status.RUNNING,
        "checking the text for review",
        True,
    )
    state.done, state.total = 0, 0  # a long text's passes before its sentences: (0, 0)
    assert job.message == "Saving pasted text: checking the text for review…"
    state.done, state.total = 200, 3600
    assert job.message == "Saving pasted text: checking the text for review, 200 of 3,600 sentences"
