"""Each synced source's state in the database (``sources``, ``deletions``): read, recorded."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from store import schema
from store._time import from_db, to_db
from store.db import writing
from store.importers import normalise
from store.store import Store
from store.sync.registry import Source
from store.sync.withdraw import withdraw

_CHUNK = 500

#: The columns of :func:`status`, in order.
STATUS_COLUMNS = (
    "name",
    "kind",
    "reporter",
    "region",
    "enabled",
    "last_success_at",
    "newest_at",
    "newest_id",
    "posts",
    "claims",
    "edits",
    "deletions",
    "last_error",
    "last_error_at",
)


@dataclass(frozen=True, slots=True)
class State:
    """What the database knows about one source (empty for a source never synced)."""

    newest_id: str | None = None
    newest_at: datetime | None = None  # aware
    oldest_id: str | None = None
    oldest_at: datetime | None = None
    gap: tuple[int, int] | None = None  # ids after ``gap[1]`` and before ``gap[0]`` unread
    key: str | None = None  # the channel id its posts were stored under by earlier passes


def read(conn: Connection, name: str) -> State:
    """Return the stored state of a source."""
    t = schema.sources
    row = conn.execute(select(t).where(t.c.name == name)).mappings().first()
    if row is None:
        return State()
    gap = None
    if row["gap_from_id"] is not None and row["gap_to_id"] is not None:
        gap = (int(row["gap_from_id"]), int(row["gap_to_id"]))
    return State(
        row["newest_id"],
        from_db(row["newest_at"]),
        row["oldest_id"],
        from_db(row["oldest_at"]),
        gap,
        row["channel_id"],
    )


def stored_texts(conn: Connection, channel_id: str, message_ids: Sequence[str]) -> dict[str, str]:
    """Return the current (newest) stored text of each of a channel's messages."""
    r = schema.reports
    found: dict[str, str] = {}
    for start in range(0, len(message_ids), _CHUNK):
        chunk = list(message_ids[start : start + _CHUNK])
        rows = conn.execute(
            select(r.c.message_id, r.c.text).where(
                r.c.channel_id == channel_id, r.c.message_id.in_(chunk), r.c.superseded_by.is_(None)
            )
        )
        found.update({message_id: normalise(text) for message_id, text in rows})
    return found


def holds(conn: Connection, channel_id: str) -> bool:
    """Return whether any report is stored under ``channel_id``."""
    r = schema.reports
    query = select(r.c.id).where(r.c.channel_id == channel_id).limit(1)
    return conn.execute(query).first() is not None


def exported_key(conn: Connection, title: str, posts: dict[str, datetime]) -> str | None:
    """Return the numeric channel id under which a Telegram Desktop export holds some of
    ``posts`` (``message id -> publication time``): the same message id, published the same
    second, in a channel of the same title. None when no export does, or two disagree."""
    r = schema.reports
    wanted = {message_id: to_db(moment) for message_id, moment in posts.items()}
    keys: set[str] = set()
    ids = list(wanted)
    for start in range(0, len(ids), _CHUNK):
        rows = conn.execute(
            select(r.c.channel_id, r.c.message_id, r.c.published_at).where(
                r.c.source_kind == "telegram",
                r.c.channel == title,
                r.c.message_id.in_(ids[start : start + _CHUNK]),
            )
        )
        keys.update(
            key
            for key, message_id, published in rows
            if key and key.isdigit() and published == wanted[message_id]
        )
    return keys.pop() if len(keys) == 1 else None


def stored_since(conn: Connection, channel_id: str, since: datetime) -> dict[str, str]:
    """Return ``message_id -> report id`` of a channel's current messages published since."""
    r = schema.reports
    rows = conn.execute(
        select(r.c.message_id, r.c.id).where(
            r.c.channel_id == channel_id,
            r.c.superseded_by.is_(None),
            r.c.message_id.is_not(None),
            r.c.published_at >= to_db(since),
        )
    )
    return {message_id: report_id for message_id, report_id in rows}


def noted_deletions(conn: Connection, name: str) -> dict[str, str | None]:
    """Return ``message id -> report id`` of a source's messages noted as deleted."""
    d = schema.deletions
    rows = conn.execute(select(d.c.message_id, d.c.report_id).where(d.c.source == name))
    return {message_id: report_id for message_id, report_id in rows}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one successful pass over a source found, recorded in its row."""

    newest_id: str | None
    newest_at: datetime | None
    oldest_id: str | None
    oldest_at: datetime | None
    posts: int = 0
    claims: int = 0
    edits: int = 0
    deleted: tuple[tuple[str, str | None], ...] = ()  # (message id, report id)
    returned: tuple[str, ...] = ()  # message ids noted deleted that show again
    gap: tuple[int, int] | None = None
    gap_changed: bool = False  # write ``gap`` (None clears it)


def record_success(
    conn: Connection, name: str, kind: str, channel_id: str, outcome: Outcome
) -> None:
    """Record a successful pass inside the caller's transaction (with the pass's rows)."""
    t = schema.sources
    now = schema.now()
    _ensure_row(conn, name, kind, channel_id)
    row = conn.execute(select(t).where(t.c.name == name)).mappings().one()
    newest_id, newest_at = _pick(
        row["newest_id"], row["newest_at"], outcome.newest_id, to_db(outcome.newest_at), max
    )
    oldest_id, oldest_at = _pick(
        row["oldest_id"], row["oldest_at"], outcome.oldest_id, to_db(outcome.oldest_at), min
    )
    conn.execute(
        update(t)
        .where(t.c.name == name)
        .values(
            kind=kind,
            channel_id=channel_id,
            last_attempt_at=now,
            last_success_at=now,
            last_error=None,
            last_error_at=None,
            newest_id=newest_id,
            newest_at=newest_at,
            oldest_id=oldest_id,
            oldest_at=oldest_at,
            posts=t.c.posts + outcome.posts,
            claims=t.c.claims + outcome.claims,
            edits=t.c.edits + outcome.edits,
            deletions=t.c.deletions + len(outcome.deleted) - len(outcome.returned),
            passes=t.c.passes + 1,
        )
    )
    if outcome.gap_changed:
        gap = outcome.gap
        conn.execute(
            update(t)
            .where(t.c.name == name)
            .values(
                gap_from_id=str(gap[0]) if gap else None, gap_to_id=str(gap[1]) if gap else None
            )
        )
    if outcome.returned:
        d = schema.deletions
        conn.execute(
            delete(d).where(d.c.source == name, d.c.message_id.in_(list(outcome.returned)))
        )
    if outcome.deleted:
        withdraw(conn, name, outcome.deleted, now)
        conn.execute(
            insert(schema.deletions),
            [
                {
                    "source": name,
                    "channel_id": channel_id,
                    "message_id": message_id,
                    "report_id": report_id,
                    "noticed_at": now,
                }
                for message_id, report_id in outcome.deleted
            ],
        )


def record_failure(engine: Engine, name: str, kind: str, channel_id: str, error: str) -> None:
    """Record a failed pass in its own transaction: only the source's row changes."""
    t = schema.sources
    now = schema.now()
    with writing(engine) as conn:
        _ensure_row(conn, name, kind, channel_id)
        conn.execute(
            update(t)
            .where(t.c.name == name)
            .values(last_attempt_at=now, last_error=error, last_error_at=now)
        )


def _ensure_row(conn: Connection, name: str, kind: str, channel_id: str) -> None:
    t = schema.sources
    if conn.execute(select(func.count()).select_from(t).where(t.c.name == name)).scalar_one() == 0:
        conn.execute(
            insert(t).values(
                name=name,
                kind=kind,
                channel_id=channel_id,
                posts=0,
                claims=0,
                edits=0,
                deletions=0,
                passes=0,
            )
        )


def _key(value: str | None) -> tuple[int, int | str]:
    # message ids compare as numbers when they are numbers (Telegram), else as text (feeds)
    if value is None:
        return (0, 0)
    return (1, int(value)) if value.isdigit() else (2, value)


def _pick(
    old_id: str | None,
    old_at: datetime | None,
    new_id: str | None,
    new_at: datetime | None,
    choose: Any,
) -> tuple[str | None, datetime | None]:
    if new_id is None:
        return old_id, old_at
    if old_id is None:
        return new_id, new_at
    if old_id.isdigit() and new_id.isdigit():
        return (
            (new_id, new_at)
            if choose(int(old_id), int(new_id)) == int(new_id)
            else (old_id, old_at)
        )
    # feeds: entry ids are not ordered; their times are
    if old_at is None or new_at is None:
        return old_id, old_at
    return (new_id, new_at) if choose(old_at, new_at) == new_at else (old_id, old_at)


def status(store: Store, sources: Iterable[Source]) -> pd.DataFrame:
    """Return one row per source of the registry with its state (``STATUS_COLUMNS``)."""
    t = schema.sources
    with store.engine.connect() as conn:
        rows = {row["name"]: row for row in conn.execute(select(t)).mappings()}
    records = []
    for source in sources:
        row: Any = rows.get(source.name, {})
        records.append(
            {
                "name": source.name,
                "kind": source.kind,
                "reporter": source.reporter,
                "region": source.region,
                "enabled": source.enabled,
                "last_success_at": from_db(row.get("last_success_at")),
                "newest_at": from_db(row.get("newest_at")),
                "newest_id": row.get("newest_id"),
                "posts": int(row.get("posts") or 0),
                "claims": int(row.get("claims") or 0),
                "edits": int(row.get("edits") or 0),
                "deletions": int(row.get("deletions") or 0),
                "last_error": row.get("last_error"),
                "last_error_at": from_db(row.get("last_error_at")),
            }
        )
    return pd.DataFrame(records, columns=list(STATUS_COLUMNS))


def last_sync(store: Store) -> datetime | None:
    """Return when any source last synced successfully (aware Moscow time), or None."""
    t = schema.sources
    with store.engine.connect() as conn:
        return from_db(conn.execute(select(func.max(t.c.last_success_at))).scalar())
