"""A write rebuilds the stored figures of the nights its claims can land in, and no other.

Checked on a real SQLite file: rows of untouched nights keep their row ids (never deleted
and written again), and the whole ``figures`` and ``totals`` tables equal what a full
rebuild writes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text

from settings import MSK
from store import Filters, Item, Store, figures
from store import columns as C
from store.db import writing
from store.rows import rows_for
from tests.store.conftest import fake_parse


def night(day: int) -> date:
    return date(2025, 9, day)


def _item(where: str, body: str, day: int) -> Item:
    return Item(
        where=where,
        text=body,
        source_kind="telegram",
        channel=where.split()[0],
        published=datetime(2025, 9, day, 9, 0, tzinfo=MSK),
    )


def _month(store: Store) -> None:
    """Nights 1-20 September: the ministry and Bryansk's governor every night."""
    items = []
    for day in range(1, 21):
        items.append(_item(f"mod {day}", f"@mod night={night(day)}\nRU-BRY {day}\nRU-KLU 2", day))
        items.append(
            _item(f"gov {day}", f"@governor night={night(day)}\nRU-BRY/RU-BRY:pogarsky 1", day)
        )
    assert store.ingest_items(items, path="month", source_kind="telegram").added == 40


def _table(store: Store, name: str) -> dict[tuple[str, ...], tuple[int, tuple[object, ...]]]:
    """Return the rows of ``figures`` or ``totals`` by key: (row id, the other values)."""
    keys = {
        "figures": ("mode", "reporter", "date", "unit", "country", "area_id", "district_id"),
        "totals": ("mode", "reporter", "date", "country"),
    }[name]
    with store.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT rowid, * FROM {name}")).mappings().all()
    return {
        tuple(row[k] for k in keys): (
            row["rowid"],
            tuple(v for k, v in row.items() if k != "rowid"),
        )
        for row in rows
    }


def _rebuilt(store: Store) -> dict[str, dict[tuple[str, ...], tuple[object, ...]]]:
    """Rebuild every stored figure and total; return both tables' rows by key."""
    with writing(store.engine) as conn:
        figures.refresh(conn)
    return {
        name: {key: values for key, (_, values) in _table(store, name).items()}
        for name in ("figures", "totals")
    }


def test_an_import_of_two_far_nights_rewrites_only_their_units(store: Store) -> None:
    _month(store)
    before = {name: _table(store, name) for name in ("figures", "totals")}
    late = store.ingest_items(
        [
            _item("gov2 3", "@governor night=2025-09-03\nRU-BRY 50", 3),
            _item("mod2 17", "@mod night=2025-09-17\nRU-KRS 4", 17),
        ],
        path="late",
        source_kind="telegram",
    )
    assert late.added == 2
    # a claim dated D can land in D-1 .. D+1: 2-4 and 16-18 September, two periods
    assert figures.touched_spans([night(3), night(17)]) == [
        (night(2), night(4)),
        (night(16), night(18)),
    ]
    assert figures.touched_spans([night(3), night(6), night(7)]) == [(night(2), night(8))]
    touched = {f"2025-09-{d:02d}" for d in (2, 3, 4, 16, 17, 18)}
    after = {name: _table(store, name) for name in ("figures", "totals")}
    rebuilt = _rebuilt(store)
    for name in ("figures", "totals"):
        kept = {key: row for key, row in before[name].items() if key[2] not in touched}
        # every row of another night is the very row written before: same row id, values
        assert {key: row for key, row in after[name].items() if key[2] not in touched} == kept
        # 14 nights, each in both modes: every reporter's 3 rows (two areas, a district),
        # the ministry's 2, the governor's 2; a total each for all, mod and governor
        assert len(kept) == {"figures": 14 * 2 * 7, "totals": 14 * 2 * 3}[name]
        rewritten = [row[0] for key, row in after[name].items() if key[2] in touched]
        assert min(rewritten) > max(row[0] for row in before[name].values())
        # and the whole table is what a full rebuild writes
        assert {key: values for key, (_, values) in after[name].items()} == rebuilt[name]
    nightly = store.nightly(Filters(date_from=night(2), date_to=night(4)))
    assert [
        (row[C.DATE], row[C.AREA_ID], row[C.FIGURE], row[C.CHOSEN_BY])
        for _, row in nightly.iterrows()
    ] == [
        (night(2), "RU-BRY", 2, C.RULE_LARGER),
        (night(2), "RU-KLU", 2, C.RULE_SINGLE),
        # the governor's second post: 50 (and the district's 1) against the ministry's 3
        (night(3), "RU-BRY", 50, C.RULE_LARGER),
        (night(3), "RU-KLU", 2, C.RULE_SINGLE),
        (night(4), "RU-BRY", 4, C.RULE_LARGER),
        (night(4), "RU-KLU", 2, C.RULE_SINGLE),
    ]
    assert store.nightly(Filters(date_from=night(17), date_to=night(17)))[
        [C.AREA_ID, C.FIGURE]
    ].values.tolist() == [["RU-BRY", 17], ["RU-KLU", 2], ["RU-KRS", 4]]


def test_the_write_tells_how_many_periods_it_updates(store: Store) -> None:
    _month(store)
    told: list[str] = []
    items = [_item(f"x {d}", f"@mod night={night(d)}\nRU-ORL 1", d) for d in (1, 10, 20)]
    prepared = [rows_for(item, fake_parse(item.text), "fake-1") for item in items]
    assert store._write(prepared, path="x", source_kind="telegram", step=told.append).added == 3
    assert told[-1] == (
        "updating the stored figures of 2025-09-01 to 2025-09-20 (3 separate periods)"
    )
