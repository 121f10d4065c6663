"""Who a channel is by its title is read when its posts are stored (schema 16).

Whether a governor's or the mayor's posts add up (docs/reconciliation.md 1b) depends on
whose channel they come from; without a declaration in ``sources.toml`` the channel's
title says it, as the parser reads a source's name. That reading is kept with the report
(``reports.channel_reporter``), so the figures and the Claims page reconcile stored claims
without loading the parser's rules; a database of schema 15 gets it when it is opened.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import select, update

from settings import MSK
from store import Filters, Store, figures, ledger, schema
from store import columns as C
from store.db import make_engine
from tests.store.conftest import fake_parse

ROOT = Path(__file__).resolve().parents[2]
NIGHT = date(2025, 9, 12)
_GOVERNOR = "Губернатор Курской области"
_MAYOR = "Сергей Собянин"
_OUTLET = "Новости столицы"


def _open(url: str) -> Store:
    return Store(make_engine(url), parse=fake_parse, parser_version="fake-1")


def _fill(store: Store) -> None:
    """Two posts each of the mayor's and the governor's own channels (they add up), two of
    an outlet retelling the mayor (they compete) and a pasted governor's text."""
    posts = (
        ("@mayor\nRU-MOW 2", 1, _MAYOR, "telegram"),
        ("@mayor\nRU-MOW 1", 3, _MAYOR, "telegram"),
        ("@governor\nRU-KRS/RU-KRS:rylsky 2", 2, _GOVERNOR, "telegram"),
        ("@governor\nRU-KRS/RU-KRS:rylsky 3", 4, _GOVERNOR, "telegram"),
        ("@mayor\nRU-MOW 4", 5, _OUTLET, "telegram"),
        ("@mayor\nRU-MOW 4", 6, _OUTLET, "telegram"),
        ("@governor\nRU-BRY 5", 2, _GOVERNOR, "paste"),
    )
    for text, hour, channel, kind in posts:
        when = datetime(2025, 9, 12, hour, 0, tzinfo=MSK)
        store.ingest_text(text, channel=channel, published=when, source_kind=kind)


def _readings(store: Store) -> list[tuple[str, str, str | None]]:
    r = schema.reports
    query = select(r.c.source_kind, r.c.channel, r.c.channel_reporter).distinct()
    with store.engine.connect() as conn:
        return sorted((tuple(row) for row in conn.execute(query)), key=str)


def _figures(store: Store) -> list[tuple[str, int, str]]:
    return [(r[C.AREA_ID], r[C.FIGURE], r[C.CHOSEN_BY]) for _, r in store.nightly().iterrows()]


def test_each_posts_channel_is_read_by_its_title_when_it_is_stored(store: Store) -> None:
    _fill(store)
    assert _readings(store) == [
        ("paste", _GOVERNOR, None),  # not a channel's post: its title says nothing
        ("telegram", _GOVERNOR, "governor"),
        ("telegram", _OUTLET, None),
        ("telegram", _MAYOR, "mayor"),
    ]
    # the governor's and the mayor's posts add up; the outlet's two tellings compete
    assert _figures(store) == [
        ("RU-BRY", 5, C.RULE_SINGLE),
        ("RU-KRS", 5, C.RULE_POSTS),
        ("RU-MOW", 4, C.RULE_OVERLAP),
    ]
    claims = store.claims()
    assert claims.columns.tolist() == list(C.CLAIM_COLUMNS)
    assert claims.loc[claims[C.CHANNEL] == _MAYOR, C.CHANNEL_REPORTER].tolist() == ["mayor"] * 2


def test_a_schema_15_database_reads_its_channels_once_and_keeps_its_figures(
    store: Store, db_url: str, tmp_path: Path
) -> None:
    _fill(store)
    nightly, districts = store.nightly(), store.district_nightly()
    everything = Filters(include_ua=True)
    shown = ledger.nightly(store, everything, analysis=ledger.reconciled(store, everything))
    store.close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        # what version 15 had: no reading kept; the figures current
        conn.execute("ALTER TABLE reports DROP COLUMN channel_reporter")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (15, '2026-01-01 00:00:00.000000')")
        state = conn.execute("SELECT value FROM meta WHERE key = 'figures_state'").fetchone()
    upgraded = _open(db_url)
    try:
        with upgraded.engine.connect() as conn:
            versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
            assert versions == [15, 16, 17]
            figures_state = schema.meta.c.value
            kept = conn.execute(
                select(figures_state).where(schema.meta.c.key == "figures_state")
            ).scalar()
        assert kept == state[0]  # the stored figures were not rebuilt: they are the same
        assert _readings(upgraded) == [
            ("paste", _GOVERNOR, None),
            ("telegram", _GOVERNOR, "governor"),
            ("telegram", _OUTLET, None),
            ("telegram", _MAYOR, "mayor"),
        ]
        pd.testing.assert_frame_equal(upgraded.nightly(), nightly)
        pd.testing.assert_frame_equal(upgraded.district_nightly(), districts)
        # reconciled on the fly (the Claims page, a filter of several reporters): the same
        again = ledger.reconciled(upgraded, everything)
        pd.testing.assert_frame_equal(ledger.nightly(upgraded, everything, analysis=again), shown)
        # and rebuilt from the claims
        with upgraded.engine.begin() as conn:
            figures.refresh(conn)
        pd.testing.assert_frame_equal(upgraded.nightly(), nightly)
        pd.testing.assert_frame_equal(upgraded.district_nightly(), districts)
    finally:
        upgraded.close()


_RECONCILE = """
import sys
from store import Filters, ledger, open_store
store = open_store()
everything = Filters(include_ua=True)
analysis = ledger.reconciled(store, everything)
frame = ledger.nightly(store, everything, analysis=analysis)
print(sorted(zip(frame["area_id"], frame["figure"].astype(int).tolist(), frame["chosen_by"])))
print("parsing.pipeline" in sys.modules)
"""


def test_stored_claims_are_reconciled_without_the_parser(store: Store, db_url: str) -> None:
    _fill(store)
    store.close()
    done = subprocess.run(
        [sys.executable, "-c", _RECONCILE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert done.stdout.splitlines() == [
        "[('RU-BRY', 5, 'single_claim'), ('RU-KRS', 5, 'posts_added'), "
        "('RU-MOW', 4, 'largest_of_overlapping')]",
        "False",
    ]


def test_a_re_parse_reads_the_channels_titles_again(store: Store) -> None:
    _fill(store)
    r = schema.reports
    with store.engine.begin() as conn:
        # as if an older parser had read the governor's title as an outlet's
        conn.execute(update(r).where(r.c.channel == _GOVERNOR).values(channel_reporter=None))
        figures.refresh(conn)
    assert ("RU-KRS", 3, C.RULE_OVERLAP) in _figures(store)  # his posts no longer add up
    assert store.reparse(everything=True).reports == 7
    assert ("telegram", _GOVERNOR, "governor") in _readings(store)
    assert ("RU-KRS", 5, C.RULE_POSTS) in _figures(store)
