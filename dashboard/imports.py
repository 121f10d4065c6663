"""The Import page's work on uploaded files and pasted texts, off Streamlit's script thread.

An :class:`ImportJob` reads (a preview) or saves a list of files in a background thread,
one file after the other, and keeps what the page shows: how far it is (file by file,
text by text), what each file gave, and a cancel flag the worker checks after every text.
A save is one transaction per file (``store.Store.ingest_upload``): a cancelled or failing
file leaves the database exactly as it was before that file, the files saved before it
stay saved, and :meth:`ImportJob.summary` says which. Once the texts are read, the store
names each step of the write (``step``: "writing 20,000 texts and 62,269 claims",
"updating the stored figures of ..."), which the job shows; a cancel is heard there too,
and the file's transaction is rolled back. A pasted text is a job of one in-memory "file"
(:func:`paste`): its preview is the claims frame a save would add, its save one
transaction; its progress and cancel go sentence by sentence, through the parse and then
the check for review (a long text is stopped within ``parsing.PROGRESS_STEP`` sentences).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

import pandas as pd

import parsing
import store
from store.ingest import CHECKING
from store.sync import registry

log = logging.getLogger(__name__)

#: What a job does with one file: ``(name, data, progress, step) -> list[PreviewItem]`` for
#: a preview (a claims frame for a pasted text), ``-> ImportResult`` for a save;
#: ``progress(done, total)`` after each text, ``step(what)`` as a step of the work begins.
Work = Callable[[str, bytes, Callable[[int, int], None], Callable[[str], None]], Any]
#: The name a pasted text goes by in a job (and in the store's import record).
PASTED = "pasted text"


class Cancelled(Exception):  # a signal, not an error: nothing went wrong
    """Raised inside the worker, from the progress callback, once the job is cancelled."""


class Status(Enum):
    """Where one file of a job stands."""

    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class FileState:
    """One file of a job: its progress and what it gave (items, claims, a result or an
    error)."""

    name: str
    status: Status = Status.WAITING
    done: int = 0
    total: int = 0
    items: list[store.PreviewItem] = field(default_factory=list)
    claims: pd.DataFrame | None = field(default=None, repr=False)
    result: store.ImportResult | None = None
    error: str | None = None
    #: The step under way, as the store names it ("writing 1 text and 16 claims"), and
    #: whether ``done`` and ``total`` count within it (the check of a pasted text does).
    doing: str = ""
    counting: bool = False


@dataclass
class ImportJob:
    """Read or save ``files`` in a background thread; the page polls it.

    ``key`` names what the job was started for (the files' names and digests), so the page
    can tell whether the job still matches what is uploaded. ``stop_on_error`` stops at
    the first failing file (a save) instead of going on with the others (a preview).
    ``numbered`` says "(file 2 of 3)" in :attr:`message` (a pasted text is not a file);
    ``unit`` is what its progress counts: the texts of a file, the sentences of a pasted
    text (the parser reports them as it reads, and the cancel is heard between them).
    """

    action: str
    files: Sequence[tuple[str, bytes]] = field(repr=False)
    work: Work = field(repr=False)
    key: tuple[Any, ...] = ()
    stop_on_error: bool = False
    numbered: bool = True
    unit: str = "text"
    #: Run in the worker's thread once it has ended (the page reads it as ended first).
    after: Callable[[], object] | None = field(default=None, repr=False)
    states: list[FileState] = field(init=False)
    _cancel: threading.Event = field(init=False, default_factory=threading.Event)
    _thread: threading.Thread | None = field(init=False, default=None)
    _finished: threading.Event = field(init=False, default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.states = [FileState(name) for name, _ in self.files]

    # --- control -----------------------------------------------------------------------

    def start(self) -> ImportJob:
        """Start the worker thread (once); return the job."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, daemon=True, name=f"atlas-import-{self.action}"
            )
            self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the worker to stop after the text it is reading; the file it is on is
        then left out entirely (a save writes nothing of it)."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the worker to end, its ``after`` step included; return whether it has."""
        if self._thread is None:
            return self._finished.wait(timeout)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # --- state the page reads --------------------------------------------------------------

    @property
    def finished(self) -> bool:
        """Whether the worker has ended (done, failed or cancelled)."""
        return self._finished.is_set()

    @property
    def cancelling(self) -> bool:
        """Whether cancel was asked for."""
        return self._cancel.is_set()

    @property
    def cancelled(self) -> bool:
        """Whether a file was left out because of the cancel."""
        return any(state.status is Status.CANCELLED for state in self.states)

    @property
    def fraction(self) -> float:
        """How much of the job is done, 0 to 1: whole files plus the current one's share."""
        if self.finished or not self.states:
            return 1.0
        share = 0.0
        for state in self.states:
            if state.status is Status.RUNNING:
                share += state.done / state.total if state.total else 0.0
            elif state.status is not Status.WAITING:
                share += 1.0
        return min(share / len(self.states), 1.0)

    @property
    def message(self) -> str:
        """One line on what the worker is doing now (file names as uploaded: escape them)."""
        verb = "Reading" if self.action == "preview" else "Saving"
        running = [(n, s) for n, s in enumerate(self.states, 1) if s.status is Status.RUNNING]
        if self.cancelling and not self.finished:
            if running and running[0][1].doing and not running[0][1].counting:
                step = "before its next step"
            elif self.unit == "sentence":
                step = f"within {parsing.PROGRESS_STEP} sentences"
            else:
                step = f"after the current {self.unit}"
            return f"Cancelling: {verb.lower()} stops {step}…"
        for number, state in running:
            where = f"{verb} {state.name}"
            if self.numbered:
                where += f" (file {number} of {len(self.states)})"
            if state.doing:
                where += f": {state.doing}"
                if not state.counting or not state.total:  # (0, 0): a long text's first passes
                    return f"{where}…"
                return f"{where}, {state.done:,} of {state.total:,} {self.unit}s"
            if not state.total:
                return f"{where}…"
            return f"{where}: {state.done:,} of {state.total:,} {self.unit}s"
        return f"{verb}…"

    @property
    def items(self) -> list[store.PreviewItem]:
        """The texts read by a preview, in file order."""
        return [item for state in self.states for item in state.items]

    @property
    def claims(self) -> pd.DataFrame:
        """The claims a pasted text's preview found (empty for files or before it ends)."""
        frames = [state.claims for state in self.states if state.claims is not None]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    @property
    def errors(self) -> list[str]:
        """Each failed file's one-line error."""
        return [state.error for state in self.states if state.error]

    @property
    def result(self) -> store.ImportResult:
        """The sum of what the saved files added (files saved before a cancel included)."""
        total = store.ImportResult(0, 0, 0)
        for state in self.states:
            if state.result is not None:
                total = total + state.result
        return total

    def summary(self) -> str:
        """Say which files were saved, which was cancelled or failed, which never started."""
        kept = [s.name for s in self.states if s.status is Status.DONE]
        parts = []
        if kept:
            parts.append(f"kept {len(kept)} file(s): {', '.join(kept)}")
        for state in self.states:
            if state.status is Status.CANCELLED:
                at = f" at {self.unit} {state.done:,} of {state.total:,}" if state.total else ""
                parts.append(f"{state.name} cancelled{at}: nothing of it was saved")
            elif state.status is Status.FAILED:
                parts.append(f"{state.name} failed: nothing of it was saved")
        waiting = [s.name for s in self.states if s.status is Status.WAITING]
        if waiting:
            parts.append(f"not started: {', '.join(waiting)}")
        return "; ".join(parts) + "."

    # --- the worker ------------------------------------------------------------------------

    def _progress(self, state: FileState) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            state.done, state.total, state.counting = done, total, True
            if self._cancel.is_set():
                raise Cancelled

        return report

    def _step(self, state: FileState) -> Callable[[str], None]:
        def begin(what: str) -> None:
            state.doing, state.counting = what, False
            if self._cancel.is_set():
                raise Cancelled  # raised inside the file's transaction: it is rolled back

        return begin

    def _run(self) -> None:
        try:
            for (name, data), state in zip(self.files, self.states, strict=True):
                if self._cancel.is_set():
                    break
                state.status = Status.RUNNING
                try:
                    found = self.work(name, data, self._progress(state), self._step(state))
                except Cancelled:
                    state.status = Status.CANCELLED
                    break
                except store.ImportFailed as exc:
                    state.status, state.error = Status.FAILED, str(exc)
                except Exception as exc:  # a bug: the page says so, the log has the traceback
                    log.exception("%s: the %s of this file failed", name, self.action)
                    error = f"{type(exc).__name__}: {exc}".splitlines()[0]
                    state.status, state.error = Status.FAILED, f"{name}: {error}"
                else:
                    if isinstance(found, store.ImportResult):
                        state.result = found
                    elif isinstance(found, pd.DataFrame):
                        state.claims = found
                    else:
                        state.items = list(found)
                    state.status = Status.DONE
                if state.status is Status.FAILED and self.stop_on_error:
                    break
        finally:
            self._finished.set()
        if self.after is not None:
            self.after()


def registry_sources() -> tuple[list[registry.Source], str | None]:
    """Return the sources registry an import reads (``registry.for_imports``) and, when the
    file cannot be used, why (with no sources): a Telegram export is then refused, by the
    preview and by the save alike, and the other files are read as ever."""
    try:
        return registry.for_imports(), None
    except store.StoreError as exc:
        return [], " ".join(str(exc).split())


def preview(
    files: Sequence[tuple[str, bytes]],
    *,
    db: store.Store,
    key: tuple[Any, ...] = (),
    registry_read: tuple[list[registry.Source], str | None] | None = None,
) -> ImportJob:
    """Start reading ``files`` without saving (each file's texts parsed by ``db``'s
    parser, a registered channel's export declared as a save declares it:
    ``registry_read`` is what :func:`registry_sources` gave, read now if not given); return
    the running job."""
    sources, problem = registry_sources() if registry_read is None else registry_read

    def work(name: str, data: bytes, progress: Callable[[int, int], None], _step: Any) -> Any:
        return db.preview_upload(
            name, data, progress=progress, sources=sources, registry_error=problem
        )

    return ImportJob("preview", list(files), work, key=key).start()


def save(
    files: Sequence[tuple[str, bytes]],
    *,
    db: store.Store,
    published: datetime | None = None,
    key: tuple[Any, ...] = (),
    after: Callable[[], object] | None = None,
) -> ImportJob:
    """Start saving ``files`` into ``db``, one transaction per file, stopping at the first
    that fails; ``published`` dates the texts that carry no date; ``after()`` runs in the
    job's thread once it has ended. Return the running job."""

    # a registered channel's export is who the registry declares it, as its sync is
    sources, problem = registry_sources()

    def work(
        name: str, data: bytes, progress: Callable[[int, int], None], step: Callable[[str], None]
    ) -> Any:
        return db.ingest_upload(
            name,
            data,
            progress=progress,
            published=published,
            step=step,
            sources=sources,
            registry_error=problem,
        )

    return ImportJob("save", list(files), work, key=key, stop_on_error=True, after=after).start()


def paste(
    text: str,
    *,
    db: store.Store,
    save: bool = False,
    published: datetime | None = None,
    url: str | None = None,
    key: tuple[Any, ...] = (),
    after: Callable[[], object] | None = None,
) -> ImportJob:
    """Start reading a pasted text (a preview) or, with ``save``, saving it into ``db`` in
    one transaction (a cancel writes nothing; ``after()`` runs in the job's thread once a
    save has ended); return the running job.

    A preview imports the text the same way (``db``'s parser) into a throwaway in-memory
    database and keeps that database's claims (:attr:`ImportJob.claims`), so the nights
    shown are the ones the save will assign (they depend on the publication date, which
    ``store.preview_upload`` has no way to take).
    """

    def work(
        name: str, data: bytes, progress: Callable[[int, int], None], step: Callable[[str], None]
    ) -> Any:
        into = db if save else store.open_store("sqlite://", parse=db.parser)

        def shown(what: str) -> None:
            # a preview's writing goes to a throwaway database: not what the user saves
            step(what if save or what == CHECKING else "preparing the preview")

        try:
            result = into.ingest_text(
                data.decode(), published=published, url=url, progress=progress, step=shown
            )
            return result if save else into.claims(store.Filters(include_ua=True))
        finally:
            if into is not db:
                into.close()

    action = "save" if save else "preview"
    job = ImportJob(
        action,
        [(PASTED, text.encode())],
        work,
        key=key,
        numbered=False,
        unit="sentence",
        after=after if save else None,
    )
    return job.start()
