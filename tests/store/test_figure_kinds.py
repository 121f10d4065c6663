"""The values a figure row shares with others are stored once (``figure_kinds``, schema
10): the nightly query reads them through the row's kind and must give exactly the rows
a reconciliation of the claims gives, on a generated store, after a re-parse and after a
retraction (a deleted message withdrawn)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import func, select

from geo import area_ids
from settings import MSK
from store import Filters, Item, Store, _kinds, figures, ledger, reconcile, schema
from store import columns as C
from store._query import frame_of
from store.db import make_engine, writing
from store.sync.withdraw import withdraw
from tests.store.conftest import fake_parse

FIRST = date(2025, 8, 1)
NIGHTS = 24
#: Areas with their districts (a governor names them), a combined area and Crimea.
DISTRICTS = {
    "RU-BRY": ("RU-BRY:pogarsky", "RU-BRY:surazhsky"),
    "RU-KLU": ("RU-KLU:kirovsky", "RU-KLU:tarussky"),
    "RU-KRS": (),
    "RU-BEL": (),
    "RU-MOW+RU-MOS": (),
    "UA-43": (),
}
FILTERS = [
    Filters(),
    Filters(unit="day"),
    Filters(include_ua=True),
    Filters(regions=("RU-KLU", "RU-MOS")),
    Filters(reporters=("mod",)),
    Filters(reporters=("governor",)),
    Filters(date_from=FIRST + timedelta(days=5), date_to=FIRST + timedelta(days=11)),
]


def _count(rng: random.Random) -> str:
    """Return a count as the stand-in parser reads it: exact, "at least", about, or none."""
    return rng.choice(("1", "3", "7", "12", "4+", "9~", "-"))


def _texts(seed: int) -> list[Item]:
    """Return a seeded mix of nights: the ministry's windows and totals over lists, the
    governors' districts, retellings, and a text on some nights only."""
    rng = random.Random(seed)  # noqa: S311 (a fixed mix of texts, not a secret)
    items = []
    for n in range(NIGHTS):
        day = FIRST + timedelta(days=n)
        moment = datetime(day.year, day.month, day.day, 9, rng.randrange(60), tzinfo=MSK)
        areas = rng.sample(sorted(DISTRICTS), rng.randrange(2, 5))
        lines = "\n".join(f"{area} {_count(rng)}" for area in areas)
        start = rng.choice(("T00:30", "T02:00"))
        mod = f"@mod window={day}T{start[1:]}/{day}T06:00 total={rng.randrange(10, 40)}\n{lines}"
        items.append(Item(f"mod {n}", mod, "telegram", "mod", published=moment, message_id=str(n)))
        for area in rng.sample(("RU-BRY", "RU-KLU"), rng.randrange(0, 3)):
            named = "\n".join(f"{area}/{d} {_count(rng)}" for d in DISTRICTS[area])
            items.append(
                Item(
                    f"gov {area} {n}",
                    f"@governor night={day}\n{named}",
                    "telegram",
                    f"gov-{area}",
                    published=moment + timedelta(minutes=5),
                    message_id=str(n),
                )
            )
        if rng.random() < 0.5:  # a wire retelling the ministry with its own figure
            text = f"@media\n{areas[0]} {_count(rng)}"
            items.append(Item(f"wire {n}", text, "rss", "wire", published=moment))
    return items


@pytest.fixture
def generated(db_url: str) -> Iterator[Store]:
    store = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-1")
    items = _texts(seed=12)
    assert store.ingest_items(items, path="generated", source_kind="telegram").added == len(items)
    yield store
    store.close()


def _recomputed(store: Store, filters: Filters, level: str) -> pd.DataFrame:
    """Return the rows of ``filters`` reconciled from the claims, without the stored figures."""
    rules = ledger.reconciled(store, filters).rules
    if level == "area":
        rows = reconcile.area_rows(rules, filters.reporters)
        names = C.NIGHTLY_COLUMNS
    else:
        rows = reconcile.district_rows(rules, filters.reporters)
        names = C.DISTRICT_COLUMNS
    wanted = set(filters.regions)
    rows = [
        row
        for row in rows
        if (filters.include_ua or row[C.COUNTRY] == "RU")
        and (not wanted or area_ids.matches(row[C.AREA_ID], wanted))
        and (filters.date_from is None or row[C.DATE] >= filters.date_from)
        and (filters.date_to is None or row[C.DATE] <= filters.date_to)
    ]
    return _in_key_order(frame_of(rows, names))


def _in_key_order(frame: pd.DataFrame) -> pd.DataFrame:
    keys = [C.DATE, C.UNIT, C.COUNTRY, C.AREA_ID]
    keys += [C.DISTRICT_ID] if C.DISTRICT_ID in frame.columns else []
    return frame.sort_values(keys, kind="stable").reset_index(drop=True)


def _assert_the_stored_rows_are_recomputed(store: Store) -> None:
    for filters in FILTERS:
        stored = store.nightly(filters)
        assert len(stored) > 0
        pd.testing.assert_frame_equal(stored, _recomputed(store, filters, "area"))
        everything = replace(filters, regions=())
        districts = _in_key_order(store.district_nightly(everything))
        again = _recomputed(store, everything, "district")
        if districts.empty:  # no governor's rows in the period (its empty frame is typed
            # otherwise): nothing to compare but the emptiness
            assert again.empty
        else:
            pd.testing.assert_frame_equal(districts, again)


def _assert_each_kind_holds_its_rows_values(store: Store) -> None:
    f, k = schema.figures, schema.figure_kinds
    query = select(*(f.c[name] for name in _kinds.NAMES), k.c.kind).join(k, f.c.kind == k.c.id)
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
        assert len(rows) == conn.execute(select(func.count()).select_from(f)).scalar() > 0
    for row in rows:
        *values, kind = row
        values[_kinds.NAMES.index(C.IS_SAMPLE)] = bool(values[_kinds.NAMES.index(C.IS_SAMPLE)])
        assert json.loads(kind) == values


def _figures(store: Store) -> list[tuple[Any, ...]]:
    frame = store.nightly(Filters(include_ua=True))
    return [
        (d, a, None if pd.isna(v) else int(v))
        for d, a, v in zip(frame[C.DATE], frame[C.AREA_ID], frame[C.FIGURE], strict=True)
    ]


def test_the_nightly_rows_equal_a_reconciliation_of_the_claims(generated: Store) -> None:
    nights = {row[0] for row in _figures(generated)}
    # rows on every night but one, whose only texts went to review (4 of the 58)
    assert len(nights) == NIGHTS - 1
    _assert_the_stored_rows_are_recomputed(generated)
    _assert_each_kind_holds_its_rows_values(generated)


def test_the_rows_stay_exact_after_a_reparse(generated: Store, db_url: str) -> None:
    before = _figures(generated)
    generated.close()

    def doubled(text: str, published: object = None, source: object = None) -> list[object]:
        # another parser: the ministry's counts read twice as large
        reports = fake_parse(text, published)  # type: ignore[arg-type]
        if "@mod" not in text:
            return list(reports)
        return [
            replace(
                report,
                claims=tuple(
                    replace(claim, count=None if claim.count is None else claim.count * 2)
                    for claim in report.claims
                ),
            )
            for report in reports
        ]

    upgraded = Store(make_engine(db_url), parse=doubled, parser_version="fake-2")
    try:
        assert upgraded.reparse().reports > 0
        after = _figures(upgraded)
        assert after != before
        _assert_the_stored_rows_are_recomputed(upgraded)
        _assert_each_kind_holds_its_rows_values(upgraded)
    finally:
        upgraded.close()


def test_a_reparse_of_one_text_rebuilds_its_nights_alone(
    generated: Store, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with generated.engine.connect() as conn:
        r = schema.reports
        (moved,) = conn.execute(
            select(r.c.text).where(r.c.channel == "gov-RU-BRY").order_by(r.c.text).limit(1)
        ).one()
    night = date.fromisoformat(moved.split("night=")[1][:10])
    later = night + timedelta(days=9)
    generated.close()

    def moving(text: str, published: object = None, source: object = None) -> list[object]:
        # another parser: one governor's text read as telling the night nine days later
        reports = fake_parse(text, published)  # type: ignore[arg-type]
        return [replace(report, night_of=later) if text == moved else report for report in reports]

    rebuilt: list[object] = []
    rebuild = figures._rebuild

    def recorded(conn: Any, spans: Any) -> None:
        rebuilt.append(spans)
        rebuild(conn, spans)

    monkeypatch.setattr(figures, "_rebuild", recorded)
    upgraded = Store(make_engine(db_url), parse=moving, parser_version="fake-2")
    try:
        # every text is parsed again; only the moved one's claims changed dates, and the
        # figures are rebuilt over the nights its old and new claims can land in
        assert upgraded.reparse().reports == len(_texts(seed=12))
        reach = timedelta(days=1)
        assert rebuilt == [[(night - reach, night + reach), (later - reach, later + reach)]]
        _assert_the_stored_rows_are_recomputed(upgraded)
        _assert_each_kind_holds_its_rows_values(upgraded)
    finally:
        upgraded.close()


def test_the_rows_stay_exact_after_a_retraction(generated: Store) -> None:
    with generated.engine.connect() as conn:
        r = schema.reports
        mods = conn.execute(
            select(r.c.message_id, r.c.id).where(r.c.channel == "mod").order_by(r.c.message_id)
        ).all()
    deleted = [
        (message_id, report_id) for message_id, report_id in mods if message_id in {"3", "4"}
    ]
    before = _figures(generated)
    with writing(generated.engine) as conn:
        assert withdraw(conn, "mod", deleted, datetime.now(UTC)) > 0
    assert _figures(generated) != before
    _assert_the_stored_rows_are_recomputed(generated)
    _assert_each_kind_holds_its_rows_values(generated)


def test_a_kind_is_written_once_and_kept_by_a_rebuild(generated: Store) -> None:
    k = schema.figure_kinds
    with generated.engine.connect() as conn:
        kinds = conn.execute(select(k.c.id, k.c.kind).order_by(k.c.id)).all()
    # each combination once, ids from 1 with no gap
    assert [id_ for id_, _ in kinds] == list(range(1, len(kinds) + 1))
    assert len({kind for _, kind in kinds}) == len(kinds)
    with writing(generated.engine) as conn:
        figures.refresh(conn)
    with generated.engine.connect() as conn:
        assert conn.execute(select(k.c.id, k.c.kind).order_by(k.c.id)).all() == kinds
    _assert_each_kind_holds_its_rows_values(generated)
