"""Values kept in the database's id columns, which hold at most :data:`MAX_ID` characters."""

from __future__ import annotations

import hashlib

#: The longest value an id column holds (``reports.channel_id``, ``reports.message_id``,
#: ``sources.channel_id``): VARCHAR(64), enforced by PostgreSQL.
MAX_ID = 64


def bounded(value: str) -> str:
    """Return ``value``, or a digest of it (``sha256:`` and 57 hex digits) when it is longer
    than an id column holds: a feed's entry id is often a long address."""
    if len(value) <= MAX_ID:
        return value
    return "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()[: MAX_ID - 7]


def bounded_or_none(value: str | None) -> str | None:
    """:func:`bounded`, keeping None."""
    return None if value is None else bounded(value)
