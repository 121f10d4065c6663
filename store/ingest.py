"""Parse items into rows, and write them in one transaction: idempotent, all or nothing."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from store import _gc, _workers, figures, replies, schema
from store._errors import ImportFailed
from store._ids import bounded
from store._parse import (
    Parser,
    StoredText,
    channel_reporter,
    default_parser,
    parse_item,
    parse_stored,
)
from store._time import at_moment, to_db
from store.corrections import Parsed, parsed_rows
from store.db import insert_many
from store.importers import Item, Prepared, item_id, legacy_id, report_id
from store.rows import (
    IMPLAUSIBLE_DATE,
    OPEN,
    PARSER_ERROR,
    bump_data_version,
    holds,
    review_row,
    rows_for,
)
from store.spelt_corrections import checked

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
#: Told what a write is about to do, in words ("writing 20,000 texts and 62,269 claims").
Step = Callable[[str], None]
#: The step that begins the check of a text for review (one long pasted text only).
CHECKING = "checking the text for review"

#: Rows per statement when checking which ids exist (SQLite allows 32k parameters).
_CHUNK = 500
#: Publication times looked up in one statement (each is two bound values).
_MOMENTS = 200
#: At most this many item errors are kept in the result's messages.
_MAX_ERRORS = 20


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: texts added, duplicates skipped, texts the parser failed on.

    ``failed`` texts are stored and queued for review (their error is in ``errors``);
    ``replaced`` counts added texts that are a newer edit of a stored message;
    ``in_review`` counts added texts parsed incompletely: stored and queued for review,
    their claims held back until a person resolves them (``store.review``).
    """

    added: int
    duplicates: int
    failed: int
    errors: tuple[str, ...] = ()
    claims: int = 0
    replaced: int = 0
    import_id: int | None = None
    in_review: int = 0

    def __add__(self, other: ImportResult) -> ImportResult:
        return ImportResult(
            added=self.added + other.added,
            duplicates=self.duplicates + other.duplicates,
            failed=self.failed + other.failed,
            errors=(self.errors + other.errors)[:_MAX_ERRORS],
            claims=self.claims + other.claims,
            replaced=self.replaced + other.replaced,
            import_id=other.import_id or self.import_id,
            in_review=self.in_review + other.in_review,
        )

    def summary(self) -> str:
        """Return the one-line summary the command line prints."""
        text = (
            f"added {self.added}, duplicates skipped {self.duplicates}, failed {self.failed}"
            f" ({self.claims} claims"
        )
        if self.in_review:
            text += f", {self.in_review} sent to review"
        return text + (f", {self.replaced} edited messages replaced)" if self.replaced else ")")


# --- parsing -----------------------------------------------------------------------------


#: Imports of at least this many texts are parsed in worker processes when the machine
#: has more than one core (a worker costs about a second to start).
POOL_MIN_ITEMS = 1000
#: At most this many worker processes.
MAX_WORKERS = 4


def prepare(
    items: Sequence[Item],
    parse: Parser,
    parser_version: str,
    *,
    source_kind: str | None = None,
    progress: Progress | None = None,
    within: Progress | None = None,
    step: Step | None = None,
    workers: int = 1,
) -> list[Prepared]:
    """Parse every item; a parser error marks the item, it never stops the import.

    ``progress(done, total)`` follows the items; ``within(done, total)``, the sentences
    of the text being parsed (a parser that reports them), then those of its diagnosis
    (:func:`store.rows.problems`), which ``step(CHECKING)`` announces: for one long pasted
    text. ``workers`` > 1 parses in that many processes (:mod:`store._workers`) when there
    are at least :data:`POOL_MIN_ITEMS` items and no ``within``: each worker calls the
    default parser (``parsing.parse``), so only give it for that parser. The result is
    the same list in the same order; an exception ``progress`` raises (a cancel) stops
    the workers.
    """
    total = len(items)
    every = max(1, total // 200)
    if workers > 1 and within is None and total >= POOL_MIN_ITEMS:
        return _prepare_in_pool(items, parse, parser_version, source_kind, progress, workers, every)
    prepared = []
    for done, item in enumerate(items, 1):
        prepared.append(_prepare_one(item, parse, parser_version, source_kind, within, step))
        if progress is not None and (done % every == 0 or done == total):
            progress(done, total)
    return prepared


def _prepare_one(
    item: Item,
    parse: Parser,
    parser_version: str,
    source_kind: str | None,
    within: Progress | None = None,
    step: Step | None = None,
) -> Prepared:
    reports, error = parse_item(parse, item, progress=within)
    try:
        found: list[tuple[str, str]] = []
        if error is None:
            if within is not None and step is not None:
                step(CHECKING)
            reports, found = checked(item.text, reports, item.published, progress=within)
            if item.date_refused is not None:
                # (its date could not be stored: the item is stored undated, its claims held)
                found = [(IMPLAUSIBLE_DATE, item.date_refused), *found]
        entry = rows_for(item, reports, parser_version, source_kind=source_kind, error=error)
        if found and holds(found):
            # incomplete: the text is stored and queued, its claims are held back
            entry = Prepared(entry.where, entry.report, error=None, extra={"review": found})
        elif found:
            # a possible miss: the claims are published and the text is queued for a look
            entry = Prepared(
                entry.where,
                entry.report,
                entry.statements,
                entry.claims,
                error=None,
                extra={"review": found},
            )
        return entry
    except (AttributeError, TypeError, ValueError) as exc:
        # a bug in the parser, not in the file: keep the cause for whoever fixes it
        msg = f"{item.where}: the parser returned something unusable ({exc})"
        raise ImportFailed(msg) from exc


def _prepare_in_pool(
    items: Sequence[Item],
    parse: Parser,
    parser_version: str,
    source_kind: str | None,
    progress: Progress | None,
    workers: int,
    step: int,
) -> list[Prepared]:
    total = len(items)
    size = min(step, 50)
    # the first text here: the parser's data is loaded before workers are forked from
    # this process (they share it), and a parser that cannot start fails here
    prepared = [_prepare_one(items[0], parse, parser_version, source_kind)]
    chunks = [items[at : at + size] for at in range(1, total, size)]
    alone = threading.active_count() == 1  # (before the pool starts its threads)
    told = 0
    if progress is not None and step == 1:
        told = 1
        progress(1, total)
    with (
        _workers.ordered(
            _prepare_chunk,
            chunks,
            workers=min(workers, MAX_WORKERS),
            initializer=_start_worker,
            args=(parser_version, source_kind),
        ) as results,
        # (once the workers are forked) the rows coming back are hundreds of thousands of
        # objects without cycles: the collector's passes over them, as they pile up, cost
        # this process more than unpickling them; not in a process running other threads
        # (the server, whose workers are spawned), where other sessions' garbage would wait
        _gc.paused() if alone else nullcontext(),
    ):
        for chunk in results:
            prepared.extend(chunk)
            done = len(prepared)
            if progress is not None and (done - told >= step or done == total):
                told = done
                progress(done, total)
    return prepared


#: What a worker process parses with: the parser, its version, the source kind.
_worker: tuple[Parser, str, str | None] | None = None


def _start_worker(parser_version: str, source_kind: str | None) -> None:
    global _worker
    _worker = (default_parser(), parser_version, source_kind)


def _prepare_chunk(chunk: Sequence[Item]) -> list[Prepared]:
    assert _worker is not None, "_start_worker runs first in each worker"
    parse, parser_version, source_kind = _worker
    return [_prepare_one(item, parse, parser_version, source_kind) for item in chunk]


def reparse_rows(
    rows: Sequence[StoredText],
    parse: Parser,
    *,
    progress: Progress | None = None,
    workers: int = 1,
) -> list[Parsed]:
    """Parse stored texts again into the rows and problems they give now, in order.

    ``progress(done, total)`` follows the texts; ``workers`` > 1 parses in that many
    processes when there are at least :data:`POOL_MIN_ITEMS` texts, as :func:`prepare`
    does (the default parser only); an exception ``progress`` raises stops them.
    """
    total = len(rows)
    every = max(1, total // 200)
    if workers > 1 and total >= POOL_MIN_ITEMS:
        # the first text here: the parser's data is loaded before the workers are forked
        out = [_reparse_one(parse, rows[0])]
        size = min(every, 50)
        chunks = [rows[at : at + size] for at in range(1, total, size)]
        alone = threading.active_count() == 1  # (before the pool starts its threads)
        told = 0
        with (
            _workers.ordered(
                _reparse_chunk,
                chunks,
                workers=min(workers, MAX_WORKERS),
                initializer=_start_worker,
                args=("", None),
            ) as results,
            _gc.paused() if alone else nullcontext(),  # (as in _prepare_in_pool)
        ):
            for chunk in results:
                out.extend(chunk)
                if progress is not None and (len(out) - told >= every or len(out) == total):
                    told = len(out)
                    progress(told, total)
        return out
    out = []
    for done, row in enumerate(rows, 1):
        out.append(_reparse_one(parse, row))
        if progress is not None and (done % every == 0 or done == total):
            progress(done, total)
    return out


def _reparse_one(parse: Parser, row: StoredText) -> Parsed:
    found, error = parse_stored(parse, row)
    return parsed_rows(row.id, row.text, row.published_at, found, error)


def _reparse_chunk(chunk: Sequence[StoredText]) -> list[Parsed]:
    assert _worker is not None, "_start_worker runs first in each worker"
    return [_reparse_one(_worker[0], row) for row in chunk]


# --- writing -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Plan:
    new: list[Prepared] = field(default_factory=list)
    duplicates: int = 0


def existing_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    """Return which of ``ids`` are stored reports."""
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(
            conn.execute(
                select(schema.reports.c.id).where(schema.reports.c.id.in_(chunk))
            ).scalars()
        )
    return found


def stored_items(conn: Connection, items: Sequence[Item]) -> list[bool]:
    """Return, for each item, whether it is stored already.

    An item is stored when its id is (:func:`store.importers.item_id`), when it is a reply
    stored as the later version of the post it corrects (``store.replies``), or when a database
    written before ids had a post key holds it under its old id (text and source) with the
    same message id, or with the same publication time for a text without one.
    """
    if conn.execute(select(schema.reports.c.id).limit(1)).first() is None:
        # a database without texts holds none of them: no id to make or look up (the
        # first import of a large export, 20,000 texts: half a second)
        return [False] * len(items)
    ids = [item_id(item) for item in items]
    found = existing_ids(conn, ids)
    # a correcting reply stored as its post's later version is stored under another id
    found.update(ids[k] for k, read in enumerate(replies.stored_replies(conn, items)) if read)
    legacy = {k: legacy_id(item) for k, item in enumerate(items) if ids[k] not in found}
    wanted = sorted({lid for lid in legacy.values() if lid})
    t = schema.reports
    old: dict[str, tuple[str | None, datetime | None]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows = conn.execute(
            select(t.c.id, t.c.message_id, t.c.published_at).where(t.c.id.in_(chunk))
        )
        old.update({row.id: (row.message_id, row.published_at) for row in rows})
    out = []
    for k, item in enumerate(items):
        if ids[k] in found:
            out.append(True)
            continue
        row = old.get(legacy.get(k) or "")
        if row is None:
            out.append(False)
        elif item.message_id:
            out.append(row[0] in (item.message_id, bounded(item.message_id)))
        else:
            out.append(row[1] == to_db(item.published))
    unfound = [
        item
        for k, item in enumerate(items)
        if not out[k] and not item.message_id and item.published is not None
    ]
    dated = _dated_copies(conn, unfound)
    return [
        known or (not item.message_id and (legacy_id(item), to_db(item.published)) in dated)
        for known, item in zip(out, items, strict=True)
    ]


def _dated_copies(conn: Connection, items: Sequence[Item]) -> set[tuple[str | None, Any]]:
    """Return (text-and-source id, publication time) of each stored text without a message id
    published when one of ``items`` was.

    A text's id holds the publication time it was imported with; a reviewer who dates a text
    held for its date (``store.review.set_date``) changes the time, not the id. Imported again
    with that date, the text is found here, by its text, source and time, and is stored once.
    """
    times = sorted({item.published for item in items if item.published is not None})
    t = schema.reports
    out: set[tuple[str | None, Any]] = set()
    for start in range(0, len(times), _MOMENTS):
        at = [at_moment(t.c.published_at, moment) for moment in times[start : start + _MOMENTS]]
        rows = conn.execute(
            select(t.c.text, t.c.channel, t.c.channel_id, t.c.published_at).where(
                or_(*at), t.c.message_id.is_(None)
            )
        )
        out.update(
            (report_id(row.text, row.channel_id or row.channel), row.published_at) for row in rows
        )
    return out


def _plan(conn: Connection, prepared: Sequence[Prepared]) -> _Plan:
    plan = _Plan()
    seen: set[str] = set()
    existing = existing_ids(conn, [p.report["id"] for p in prepared])
    for entry in prepared:
        rid = entry.report["id"]
        if rid in seen or rid in existing:
            plan.duplicates += 1
            continue
        seen.add(rid)
        plan.new.append(entry)
    return plan


def write(
    conn: Connection,
    prepared: Sequence[Prepared],
    *,
    path: str,
    source_kind: str,
    sha256: str | None = None,
    started_at: datetime | None = None,
    known: int = 0,
    step: Step | None = None,
) -> ImportResult:
    """Write the new rows of an import inside the caller's transaction; record the import.

    ``known`` counts texts of the import already found stored (and not parsed again);
    ``step(what)`` is told as the rows, then the stored figures, are about to be written.
    """
    step = step or _quiet
    started_at = started_at or schema.now()
    figures_current = figures.is_current(conn)
    plan = _plan(conn, prepared)
    plan.duplicates += known
    if plan.duplicates:
        log.info("%s: %d texts already stored, skipped", path, plan.duplicates)
    failed = [entry for entry in plan.new if entry.error]
    errors = tuple(f"{entry.where}: {entry.error}" for entry in failed[:_MAX_ERRORS])
    import_id: int = conn.execute(
        insert(schema.imports).values(
            started_at=started_at,
            finished_at=started_at,
            path=path,
            source_kind=source_kind,
            sha256=sha256,
            added=0,
            duplicates=plan.duplicates,
            failed=len(failed),
            errors="\n".join(errors),
        )
    ).inserted_primary_key[0]  # type: ignore[index]
    imported_at = schema.now()
    report_rows = [
        {**entry.report, "imported_at": imported_at, "import_id": import_id, "superseded_by": None}
        for entry in plan.new
    ]
    _read_channels(report_rows)
    statement_rows = [row for entry in plan.new for row in entry.statements]
    claim_rows_ = [row for entry in plan.new for row in entry.claims]
    where = "while writing"
    if report_rows:
        step(f"writing {_many(len(report_rows), 'text')} and {_many(len(claim_rows_), 'claim')}")
    try:
        insert_many(conn, schema.reports, report_rows)
        insert_many(conn, schema.statements, statement_rows)
        # the claims in the order of their ids (a text's hash, then its numbers): the key's,
        # the report ids' and the statement ids' indexes grow at one end, where an export's
        # order put each claim anywhere in them (62,254 claims: 0.93 s instead of 1.1-1.2 s
        # of CPU); a query that reads claims orders them or does not depend on their order
        insert_many(conn, schema.claims, sorted(claim_rows_, key=itemgetter("id")))
        if failed:
            conn.execute(
                insert(schema.review),
                [
                    {
                        "report_id": entry.report["id"],
                        "reason": PARSER_ERROR,
                        "detail": entry.error,
                        "status": OPEN,
                        "created_at": imported_at,
                        "resolved_at": None,
                        "resolved_by": None,
                    }
                    for entry in failed
                ],
            )
        held = [entry for entry in plan.new if entry.extra.get("review")]
        if held:
            conn.execute(
                insert(schema.review),
                [review_row(e.report["id"], e.extra["review"], imported_at) for e in held],
            )
        where = "while linking edited messages"
        replaced, relinked = _link_edits(conn, plan.new)
        # a correcting reply stored alone, now read under its post, leaves the figures
        relinked = replies.supersede_replies(conn, report_rows) or relinked
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        msg = f"{path}: the database refused the import {where} ({reason}); nothing was written"
        raise ImportFailed(msg) from exc
    conn.execute(
        update(schema.imports)
        .where(schema.imports.c.id == import_id)
        .values(added=len(plan.new), finished_at=schema.now())
    )
    bump_data_version(conn)
    if figures_current:
        # keep the reconciled figures current: only the nights this import can touch
        dates = [row["ref_date"] for row in claim_rows_ if row["ref_date"] is not None]
        if relinked:
            step("updating the stored figures of every night")
            figures.refresh(conn)
        elif dates:
            # only the nights (days) these claims can land in, each run of them apart
            first, last = min(dates), max(dates)
            runs = len(figures.touched_spans(dates))
            apart = f" ({runs:,} separate periods)" if runs > 1 else ""
            step(f"updating the stored figures of {first} to {last}{apart}")
            figures.refresh_dates(conn, dates)
        else:
            figures.mark_current(conn)
    return ImportResult(
        added=len(plan.new),
        duplicates=plan.duplicates,
        failed=len(failed),
        errors=errors,
        claims=len(claim_rows_),
        replaced=replaced,
        import_id=import_id,
        in_review=len(held),
    )


def _read_channels(report_rows: Sequence[dict[str, Any]]) -> None:
    """Give each report row who its channel is by its title (``channel_reporter``), each
    channel read once: a claims CSV's rows too, whatever their ``channel_reporter`` column
    says (it is the store's reading, not a declaration)."""
    read: dict[tuple[str | None, str | None], str | None] = {}
    for row in report_rows:
        key = (row["source_kind"], row["channel"])
        if key not in read:
            read[key] = channel_reporter(*key)
        row["channel_reporter"] = read[key]


def reread_channels(conn: Connection) -> list[date]:
    """Read every stored channel's title again (a re-parse: the parser may read it another
    way now), store the readings that changed and return the dates of their reports'
    claims (the nights whose figures they can change)."""
    r, c = schema.reports, schema.claims
    stored = conn.execute(select(r.c.source_kind, r.c.channel, r.c.channel_reporter).distinct())
    changed = [
        (kind, channel, now)
        for kind, channel, was in stored.all()
        if (now := channel_reporter(kind, channel)) != was
    ]
    dates: list[date] = []
    for kind, channel, now in changed:
        mine = (r.c.source_kind == kind) & (r.c.channel == channel)
        conn.execute(update(r).where(mine).values(channel_reporter=now))
        ids = select(r.c.id).where(mine)
        found = conn.execute(select(c.c.ref_date).where(c.c.report_id.in_(ids)).distinct())
        dates.extend(day for day in found.scalars() if day is not None)
    return dates


def _quiet(_what: str) -> None:
    pass


def _many(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def _version_time(row: Any) -> datetime:
    return row.edited_at or row.published_at or datetime.min


def _link_edits(conn: Connection, new: Sequence[Prepared]) -> tuple[int, bool]:
    """Keep one active version per channel message: the latest edit; return how many new
    texts replaced a stored one, and whether any stored version was linked."""
    keys = {
        (entry.report["channel_id"], entry.report["message_id"])
        for entry in new
        if entry.report["channel_id"] and entry.report["message_id"]
    }
    if not keys:
        return 0, False
    t = schema.reports
    new_ids = {entry.report["id"] for entry in new}
    replaced = 0
    relinked = False
    by_channel: dict[str, list[str]] = {}
    for channel_id, message_id in keys:
        by_channel.setdefault(channel_id, []).append(message_id)
    for channel_id, message_ids in by_channel.items():
        for start in range(0, len(message_ids), _CHUNK):
            chunk = message_ids[start : start + _CHUNK]
            rows = conn.execute(
                select(
                    t.c.id, t.c.message_id, t.c.edited_at, t.c.published_at, t.c.superseded_by
                ).where(t.c.channel_id == channel_id, t.c.message_id.in_(chunk))
            ).all()
            versions: dict[str, list[Any]] = {}
            for row in rows:
                versions.setdefault(row.message_id, []).append(row)
            for group in versions.values():
                if len(group) < 2:
                    continue
                relinked = True
                latest = max(group, key=lambda row: (_version_time(row), row.id in new_ids))
                older = [row.id for row in group if row.id != latest.id]
                if latest.id in new_ids:
                    replaced += 1
                conn.execute(update(t).where(t.c.id == latest.id).values(superseded_by=None))
                conn.execute(update(t).where(t.c.id.in_(older)).values(superseded_by=latest.id))
    return replaced, relinked
