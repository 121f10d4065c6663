"""The values a figure row shares with many others, written once (``figure_kinds``).

Over three years the nightly query reads 22,030 area rows whose unit, area, qualifier,
status, rule, reporters, flags and sample mark take 312 distinct combinations. Read
column by column, Python's ``sqlite3`` made a value for each of them (eight per row,
each with a release of the GIL in Python 3.11): half of the query's instructions. A
figure row holds the id of its combination instead (``figures.kind``), the combination is
stored once as JSON in ``figure_kinds``, and a query decodes each distinct one once.

Kinds are only added, never changed or removed, so an id means the same values for as
long as the database lives; a rebuild reuses the ids already written (a row rebuilt with
the same values keeps its kind).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from store import columns as C
from store import schema
from store.db import insert_many

#: The columns of a figure row kept in its kind, in the order of the stored JSON array.
NAMES = (
    C.UNIT,
    C.COUNTRY,
    C.AREA_ID,
    C.DISTRICT_ID,
    C.AREA,
    C.DISTRICT,
    C.QUALIFIER,
    C.STATUS,
    C.CHOSEN_BY,
    C.REPORTERS,
    C.IS_SAMPLE,
    C.FLAGS,
)
#: Kept as ";"-joined text in the row's kind, read back as tuples.
_LISTS = (C.REPORTERS, C.FLAGS)
_SEP = ";"
#: Values an ``IN`` list holds at most (bounds the statement's parameters).
_CHUNK = 500


def _text(values: Sequence[Any]) -> str:
    """Return one kind's values as the JSON text stored for it (compact, so that equal
    values always give the same text)."""
    values = [
        bool(value) if name == C.IS_SAMPLE else value
        for name, value in zip(NAMES, values, strict=True)
    ]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def assign(conn: Connection, rows: Sequence[Sequence[Any]], names: Sequence[str]) -> list[int]:
    """Return the kind id of each row (values in ``names``' order), adding the kinds not
    stored yet. Call it inside the writing transaction that writes the rows."""
    if not rows:
        return []
    key = itemgetter(*(names.index(name) for name in NAMES))
    keys = list(map(key, rows))
    texts = {value: _text(value) for value in set(keys)}
    t = schema.figure_kinds
    known: dict[str, int] = {}
    wanted = sorted(set(texts.values()))
    query = select(t.c.kind, t.c.id)
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        known.update((kind, id_) for kind, id_ in conn.execute(query.where(t.c.kind.in_(part))))
    new = [text for text in wanted if text not in known]
    if new:
        # writers take turns (store.db.writing), so the next ids are this write's own
        first = (conn.execute(select(func.max(t.c.id))).scalar() or 0) + 1
        added = dict(zip(new, range(first, first + len(new)), strict=True))
        insert_many(conn, t, [{"id": id_, "kind": text} for text, id_ in added.items()])
        known.update(added)
    ids = {value: known[text] for value, text in texts.items()}
    return list(map(ids.__getitem__, keys))


def read(conn: Connection, ids: Iterable[int], names: Sequence[str]) -> dict[int, tuple[Any, ...]]:
    """Return the values in ``names`` (some of :data:`NAMES`) of each kind in ``ids``, as
    the nightly frame holds them (reporters and flags as tuples, the sample mark a bool)."""
    t = schema.figure_kinds
    at = [NAMES.index(name) for name in names]
    wanted = sorted(set(ids))
    out: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        for id_, text in conn.execute(select(t.c.id, t.c.kind).where(t.c.id.in_(part))):
            values = json.loads(text)
            out[id_] = tuple(_value(NAMES[i], values[i]) for i in at)
    return out


def _value(name: str, value: Any) -> Any:
    """Return a stored kind's value as a frame holds it (the sample mark is stored as a
    JSON boolean already: :func:`_text`)."""
    if name in _LISTS:
        return tuple(value.split(_SEP)) if value else ()
    return value
