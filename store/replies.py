"""A correcting reply and its post read apart, joined with the database (docs/reconciliation.md 7.7).

``store.importers.replies`` reads a correcting reply as a later version of its post when both
are in one export or one sync pass. Read apart (two exports, two sync passes, in either order):
a reply whose post is stored is joined to the post's latest version (:func:`join`); a post
whose correcting reply was stored alone (its post not yet known) is followed by its version
that reads the reply, and the reply's own text leaves the figures and the queue (superseded by
that version, :func:`supersede_replies`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.engine import Connection

from store import schema
from store._ids import bounded
from store._time import from_db
from store.importers._common import Item
from store.importers.replies import (
    Key,
    amends,
    answers_earlier,
    correcting,
    join_to,
    joined,
    key,
)

#: Message ids per statement when looking replies and posts up.
_CHUNK = 500


def join(conn: Connection, items: Sequence[Item]) -> list[Item]:
    """``items`` (one import's, in order) with each correcting reply read under its post: one
    of the items before it (``store.importers.replies.within``), else the post's latest stored
    version (or that of the post a stored correction it corrects was read under); and each
    message followed by its version that reads the correcting replies stored alone that answer
    it, oldest first. A reply the database already reads under its post stays as it is: it is
    stored (:func:`stored_replies`)."""
    if not any(item.channel_id and item.message_id for item in items):
        return list(items)
    if conn.execute(select(schema.reports.c.id).limit(1)).first() is None:
        return join_to(items, {})  # (nothing stored to read with them)
    done = stored_replies(conn, items)
    ahead = [item for item, stored in zip(items, done, strict=True) if not stored]
    read = join_to(ahead, _stored_posts(conn, [item for item in ahead if correcting(item)]))
    lone = _lone_replies(conn, read)
    out: list[Item] = []
    for item in read:
        out.append(item)
        for own in {item.message_id, item.reply_id} - {None}:
            for reply in lone.pop(key(item, bounded(own or "")), ()):
                out.append(joined(out[-1], reply))
    return [*out, *(item for item, stored in zip(items, done, strict=True) if stored)]


def stored_replies(conn: Connection, items: Sequence[Item]) -> list[bool]:
    """For each item, whether it is a reply the database already reads under its post (a
    stored version's ``reply_id``)."""
    wanted = {key(i, bounded(i.message_id)) for i in items if i.reply_to and i.message_id}
    found = _existing(conn, schema.reports.c.reply_id, wanted)
    return [
        bool(i.reply_to and i.message_id) and key(i, bounded(i.message_id or "")) in found
        for i in items
    ]


def _existing(conn: Connection, column: Any, keys: Iterable[Key]) -> set[Key]:
    return {(row.channel_id, row[1]) for row in _rows(conn, column, keys, columns=column)}


def _rows(
    conn: Connection, column: Any, keys: Iterable[Key], *, columns: Any = None, active: bool = False
) -> Iterator[Any]:
    """The stored rows whose ``column`` is one of ``keys``' message ids in their channel (only
    the latest version of each message with ``active``): ``columns`` beside the channel id, or
    the whole row."""
    r = schema.reports
    for channel_id, ids in _by_channel(keys).items():
        for start in range(0, len(ids), _CHUNK):
            query = select(r) if columns is None else select(r.c.channel_id, columns)
            query = query.where(
                r.c.channel_id == channel_id, column.in_(ids[start : start + _CHUNK])
            )
            if active:
                query = query.where(r.c.superseded_by.is_(None))
            yield from conn.execute(query)


def _by_channel(keys: Iterable[Key]) -> dict[str, list[str]]:
    by: dict[str, list[str]] = {}
    for channel_id, message_id in sorted(set(keys)):
        if channel_id and message_id:
            by.setdefault(channel_id, []).append(message_id)
    return by


def _stored_posts(conn: Connection, replies: Sequence[Item]) -> dict[Key, Item]:
    """The latest stored version of the post each reply answers, by (channel id, the message
    the reply answers): the post itself, or the post a stored correction was read under."""
    if not replies:
        return {}
    r = schema.reports
    wanted = {key(i, bounded(i.reply_to or "")) for i in replies}
    post_of: dict[Key, str] = {}
    for channel_id, ids in _by_channel(wanted).items():
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = conn.execute(
                select(r.c.message_id, r.c.reply_id).where(
                    r.c.channel_id == channel_id,
                    or_(r.c.message_id.in_(chunk), r.c.reply_id.in_(chunk)),
                )
            )
            for row in rows:
                asked = row.reply_id if row.reply_id in chunk else row.message_id
                post_of[(channel_id, asked)] = row.message_id
    latest = _latest(conn, {(c, post) for (c, _asked), post in post_of.items()})
    return {
        key: latest[(key[0], post)] for key, post in post_of.items() if (key[0], post) in latest
    }


def _latest(conn: Connection, keys: set[Key]) -> dict[Key, Item]:
    """The active (latest) stored version of each message, as an item to read again."""
    rows = _rows(conn, schema.reports.c.message_id, keys, active=True)
    return {(row.channel_id, row.message_id): _stored_item(row) for row in rows}


def _lone_replies(conn: Connection, items: Sequence[Item]) -> dict[Key, list[Item]]:
    """The correcting replies stored alone (the message they answer not known then) that
    answer a message among ``items``, by its (channel id, message id), oldest first."""
    posts = {key(i, bounded(own)) for i in items for own in (i.message_id, i.reply_id) if own}
    found: dict[Key, list[Item]] = {}
    for row in _rows(conn, schema.reports.c.reply_to, posts, active=True):
        reply = _stored_item(row)
        # (a row stored before its reply was checked may answer itself or a later message)
        if amends(reply.text) and answers_earlier(row.message_id, row.reply_to):
            found.setdefault((row.channel_id, row.reply_to), []).append(reply)
    for replies in found.values():
        replies.sort(key=lambda i: (i.edited or i.published, i.message_id or ""))
    return found


def _stored_item(row: Any) -> Item:
    """A stored text as the item it was read from."""
    published = from_db(row.published_at)
    return Item(
        where=f"{row.channel}: message {row.message_id} (stored)",
        text=row.text,
        source_kind=row.source_kind,
        channel=row.channel,
        channel_id=row.channel_id,
        message_id=row.message_id,
        url=row.url,
        published=published,
        edited=from_db(row.edited_at),
        language=row.language,
        reporter=row.declared_reporter,
        region=row.declared_region,
        reply_to=row.reply_to,
        reply_id=row.reply_id,
    )


def supersede_replies(conn: Connection, new: Sequence[dict[str, Any]]) -> bool:
    """Mark each correcting reply stored alone that a new report row reads under its post as
    replaced by that row (its figures and its review item leave); return whether any was."""
    r = schema.reports
    changed = False
    for row in new:
        if not (row.get("reply_id") and row.get("channel_id")):
            continue
        done = conn.execute(
            update(r)
            .where(
                r.c.channel_id == row["channel_id"],
                r.c.message_id == row["reply_id"],
                r.c.superseded_by.is_(None),
                r.c.id != row["id"],
            )
            .values(superseded_by=row["id"])
        )
        changed = changed or bool(done.rowcount)
    return changed
