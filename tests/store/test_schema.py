"""Schema versions: a fresh database, an upgrade from version 1, and clear refusals."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from store import Filters, SchemaVersionError, Store, StoreError, figures, schema
from store import columns as C
from store.db import make_engine
from tests.store.conftest import fake_parse

#: Every table of the current schema (the same on SQLite and PostgreSQL).
TABLES = {
    "schema_version",
    "meta",
    "imports",
    "reports",
    "statements",
    "claims",
    "review",
    "corrections",
    "figures",
    "figure_kinds",
    "claim_counts",
    "sources",
    "deletions",
    "totals",
}

#: The reports table as version 1 created it (before edit history).
V1_REPORTS = """
CREATE TABLE reports (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    source_kind VARCHAR(16) NOT NULL,
    channel TEXT, url TEXT, published_at DATETIME, language VARCHAR(8),
    text TEXT NOT NULL, imported_at DATETIME NOT NULL,
    import_id INTEGER REFERENCES imports (id),
    parser_version VARCHAR(32) NOT NULL, parse_error TEXT
)"""


def open_(url: str) -> Store:
    return Store(make_engine(url), parse=fake_parse, parser_version="fake-1")


def test_a_fresh_database_is_created_at_the_current_version(db_url: str) -> None:
    store = open_(db_url)
    with store.engine.connect() as conn:
        assert schema.current_version(conn) == schema.SCHEMA_VERSION == 17
        assert set(inspect(conn).get_table_names()) == TABLES
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        timeout = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert (journal, timeout) == ("wal", 30_000)
    store.close()
    open_(db_url).close()  # opening again changes nothing


def seed_version_1(db_url: str, reports_ddl: str) -> None:
    """Write a version-1 database (``reports_ddl``: its reports table in the dialect's words)
    holding one report, its statement and its claim; bound values keep the SQL portable."""
    engine = make_engine(db_url)
    with engine.begin() as conn:
        schema.metadata.create_all(
            conn, tables=[schema.schema_version, schema.meta, schema.imports]
        )
        conn.execute(
            schema.schema_version.insert().values(version=1, applied_at=datetime(2025, 9, 1, 10))
        )
        conn.exec_driver_sql(reports_ddl)
        schema.metadata.create_all(conn, tables=[schema.statements, schema.claims])
        conn.execute(
            text(
                "INSERT INTO reports VALUES ('r1', 'text', NULL, NULL, :published, 'ru', :text,"
                " :imported, NULL, 'old', NULL)"
            ),
            {
                "published": datetime(2025, 9, 11, 9),
                "imported": datetime(2025, 9, 11, 10),
                "text": "@mod night=2025-09-11\nRU-BRY 5",
            },
        )
        conn.exec_driver_sql(
            "INSERT INTO statements (id, report_id, seq, reporter, country, night_of) "
            "VALUES ('r1:0', 'r1', 0, 'mod', 'RU', '2025-09-11')"
        )
        conn.exec_driver_sql(
            "INSERT INTO claims (id, report_id, statement_id, seq, reporter, country, kind, night_of,"
            " ref_date, area_id, area, count, qualifier, evidence_start, evidence_end, evidence,"
            " rule, origin) VALUES ('r1:0:0', 'r1', 'r1:0', 0, 'mod', 'RU', 'drone', '2025-09-11',"
            " '2025-09-11', 'RU-BRY', 'Брянская', 5, 'exact', 22, 30, 'RU-BRY 5', 'old', 'parser')"
        )
    engine.dispose()


def assert_upgraded_with_its_data(store: Store) -> None:
    """Check a database seeded by :func:`seed_version_1` after opening it upgraded it."""
    with store.engine.connect() as conn:
        versions = (
            conn.execute(
                select(schema.schema_version.c.version).order_by(schema.schema_version.c.version)
            )
            .scalars()
            .all()
        )
        assert versions == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
        columns = {column["name"] for column in inspect(conn).get_columns("reports")}
        assert {
            "channel_id",
            "message_id",
            "edited_at",
            "superseded_by",
            "declared_region",
        } <= columns
        assert {"review", "corrections", "figures", "sources", "deletions", "totals"} <= set(
            inspect(conn).get_table_names()
        )
    assert store.nightly()[[C.AREA_ID, C.FIGURE, C.CHOSEN_BY]].values.tolist() == [
        ["RU-BRY", 5, C.RULE_SINGLE]
    ]
    # the national totals were built with the figures (version 8)
    assert store.national_rows() == [
        {
            C.DATE: date(2025, 9, 11),
            C.COUNTRY: "RU",
            C.FIGURE: 5,
            C.STATUS: C.STATUS_REPORTED,
            "areas_sum": 5,
            "group_totals": 0,
            "n_areas": 1,
        }
    ]
    # the upgraded database takes new imports, edit history included
    assert store.ingest_text("@mod night=2025-09-12\nRU-BRY 6", channel="mod").added == 1
    assert store.reparse().reports == 1  # the version-1 text is re-parsed, not lost
    assert store.nightly()[C.FIGURE].tolist() == [5, 6]


def test_a_version_1_database_is_upgraded_and_keeps_its_data(db_url: str) -> None:
    seed_version_1(db_url, V1_REPORTS)
    store = open_(db_url)
    assert_upgraded_with_its_data(store)
    store.close()


#: The figures table as version 3 created it (no flags, no total over a list of areas).
V3_FIGURES = """
CREATE TABLE figures (
    mode VARCHAR(8) NOT NULL, date DATE NOT NULL, unit VARCHAR(8) NOT NULL,
    country VARCHAR(2) NOT NULL, area_id VARCHAR(64) NOT NULL, district_id VARCHAR(128) NOT NULL,
    area TEXT, district TEXT, figure INTEGER, qualifier VARCHAR(16), status VARCHAR(24) NOT NULL,
    chosen_by VARCHAR(32) NOT NULL, reporters TEXT NOT NULL, claim_ids TEXT NOT NULL,
    chosen_claim_ids TEXT NOT NULL, n_claims INTEGER NOT NULL, districts_named TEXT NOT NULL,
    is_sample BOOLEAN NOT NULL,
    PRIMARY KEY (mode, date, unit, country, area_id, district_id)
)"""


def test_a_version_3_database_gets_figures_built_by_the_whole_rule_set(
    tmp_path: Path, db_url: str
) -> None:
    store = open_(db_url)
    mod = "@mod night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5"
    store.ingest_text(mod, channel="mod")
    # a news feed retelling the ministry, inventing a figure for Kursk
    retold = "@media night=2025-09-12 total=15\nRU-BEL 9\nRU-BRY 3\nRU-KRS 2"
    store.ingest_text(retold, channel="wire", source_kind="rss")
    store.close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        # what version 3 stored: the retelling's 2 as Kursk's figure, no flags column
        conn.execute("DROP TABLE figures")
        conn.execute(V3_FIGURES)
        conn.execute(
            "INSERT INTO figures VALUES ('night', '2025-09-12', 'night', 'RU', 'RU-KRS', '', 'RU-KRS',"
            " NULL, 2, 'exact', 'reported', 'media_only', 'media', 'x:0:2', 'x:0:2', 1, '', 0)"
        )
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (3, '2026-01-01 00:00:00.000000')")
        version = conn.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()[0]
        conn.execute("UPDATE meta SET value = ? WHERE key = 'figures_state'", (f"{version}|20-7",))

    store = open_(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(select(schema.schema_version.c.version)).scalars().all() == [
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12,
            13,
            14,
            15,
            16,
            17,
        ]
        columns = {column["name"] for column in inspect(conn).get_columns("figures")}
        assert {"flags", "group_total", "group_size", "group_statement", "reporter"} <= columns
    frame = store.nightly()
    assert frame[[C.AREA_ID, C.STATUS]].values.tolist() == [
        ["RU-BEL", C.STATUS_REPORTED],
        ["RU-BRY", C.STATUS_REPORTED],
        ["RU-KRS", C.STATUS_NAMED],
    ]
    assert frame[C.FIGURE].fillna(-1).tolist() == [10, 5, -1]
    store.close()


def test_a_newer_database_is_refused_clearly(tmp_path: Path, db_url: str) -> None:
    open_(db_url).close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        conn.execute("INSERT INTO schema_version VALUES (18, '2030-01-01 00:00:00.000000')")
    with pytest.raises(SchemaVersionError) as caught:
        open_(db_url)
    assert str(caught.value) == (
        "the database has schema version 18, newer than this Atlas knows (17): "
        "update the Atlas, or open another database"
    )


def test_a_foreign_database_is_refused(tmp_path: Path, db_url: str) -> None:
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        conn.execute("CREATE TABLE reports (x INTEGER)")
    with pytest.raises(SchemaVersionError, match="has a 'reports' table but no schema version"):
        open_(db_url)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, db_url: str) -> None:
    (tmp_path / "atlas.sqlite").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"^cannot open the database .*: file is not a database$"):
        open_(db_url)


def test_the_schema_compiles_for_postgresql() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = postgresql.dialect()
    for table in schema.metadata.sorted_tables:
        assert str(CreateTable(table).compile(dialect=dialect)).startswith("\nCREATE TABLE")
        for index in table.indexes:
            assert "CREATE INDEX" in str(CreateIndex(index).compile(dialect=dialect))


def test_a_version_5_database_gets_the_sync_tables_and_keeps_its_reports(
    tmp_path: Path, db_url: str
) -> None:
    store = open_(db_url)
    store.ingest_text("@mod night=2025-09-12\nRU-BRY 5", channel="mod")
    store.close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        conn.execute("DROP TABLE sources")
        conn.execute("DROP TABLE deletions")
        conn.execute("DELETE FROM schema_version")  # a fresh database records one version
        conn.execute("INSERT INTO schema_version VALUES (5, '2026-01-01 00:00:00.000000')")
    store = open_(db_url)
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert versions == [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
        assert {"sources", "deletions"} <= set(inspect(conn).get_table_names())
        assert conn.execute(select(schema.sources)).all() == []
    assert store.nightly()[[C.AREA_ID, C.FIGURE]].values.tolist() == [["RU-BRY", 5]]
    store.close()


def test_a_version_6_sources_table_gets_its_gap_columns(tmp_path: Path, db_url: str) -> None:
    open_(db_url).close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        conn.execute("DROP TABLE sources")
        conn.execute(
            "CREATE TABLE sources (name VARCHAR(128) PRIMARY KEY, kind VARCHAR(16) NOT NULL,"
            " channel_id VARCHAR(64) NOT NULL, last_attempt_at DATETIME, last_success_at DATETIME,"
            " last_error TEXT, last_error_at DATETIME, newest_id VARCHAR(64), newest_at DATETIME,"
            " oldest_id VARCHAR(64), oldest_at DATETIME, posts INTEGER NOT NULL, claims INTEGER NOT NULL,"
            " edits INTEGER NOT NULL, deletions INTEGER NOT NULL, passes INTEGER NOT NULL)"
        )
        conn.execute(
            "INSERT INTO sources VALUES ('mod_russia', 'telegram', 'mod_russia', NULL, NULL,"
            " NULL, NULL, '5120', NULL, '5001', NULL, 120, 300, 1, 0, 7)"
        )
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (6, '2026-01-01 00:00:00.000000')")
    store = open_(db_url)
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert versions == [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
        row = conn.execute(select(schema.sources)).mappings().one()
    assert (row["newest_id"], row["posts"], row["gap_from_id"], row["gap_to_id"]) == (
        "5120",
        120,
        None,
        None,
    )
    store.close()


def _mark_as(conn: sqlite3.Connection, version: int, *, rules: int) -> None:
    """Mark an SQLite database as schema ``version`` with figures built by rule set ``rules``."""
    conn.execute("DELETE FROM schema_version")
    conn.execute("INSERT INTO schema_version VALUES (?, '2026-01-01 00:00:00.000000')", (version,))
    data = conn.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()[0]
    state = f"{data}|20-7|rules {rules}"
    conn.execute("UPDATE meta SET value = ? WHERE key = 'figures_state'", (state,))


def test_a_version_7_database_gets_its_national_totals_built(tmp_path: Path, db_url: str) -> None:
    store = open_(db_url)
    store.ingest_text("@mod night=2025-09-12 total=9\nRU-BEL -\nRU-BRY -", channel="mod")
    store.ingest_text("@governor night=2025-09-12\nRU-KRS 4", channel="gov")
    store.close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        # what version 7 had: no totals, figures built by rule set 3
        conn.execute("DROP TABLE totals")
        _mark_as(conn, 7, rules=3)
    store = open_(db_url)
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert versions == [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    # the list total of 9 counted once, beside Kursk's own 4
    assert [(r[C.DATE], r[C.FIGURE], r["group_totals"]) for r in store.national_rows()] == [
        (date(2025, 9, 12), 13, 9)
    ]
    store.close()


def _plan(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """Return SQLite's plan of the nightly query's read for ``filters``, step by step."""
    query = figures.columns_query(filters, "area", C.NIGHTLY_COLUMNS[:6])
    compiled = query.compile(dialect=sqlite_dialect(), compile_kwargs={"literal_binds": True})
    return [row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {compiled}")]


def test_a_version_8_database_gets_the_index_of_the_area_rows(tmp_path: Path, db_url: str) -> None:
    store = open_(db_url)
    store.ingest_text("@mod night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5", channel="mod")
    store.ingest_text("@governor night=2025-09-12\nRU-BRY/RU-BRY:pogarsky 6", channel="gov")
    before = store.nightly()
    store.close()
    path = tmp_path / "atlas.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX ix_figures_area")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (8, '2026-01-01 00:00:00.000000')")
        # without the index the area rows are read through the key's, districts and all
        assert _plan(conn, Filters()) == [
            "SEARCH figures USING INDEX sqlite_autoindex_figures_1 (mode=? AND reporter=?)"
        ]
    store = open_(db_url)
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert versions == [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    pd.testing.assert_frame_equal(store.nightly(), before)
    store.close()
    with sqlite3.connect(path) as conn:
        assert _plan(conn, Filters()) == [
            "SEARCH figures USING INDEX ix_figures_area (mode=? AND reporter=?)"
        ]
        assert _plan(conn, Filters(date_from=date(2025, 9, 1), date_to=date(2025, 9, 30))) == [
            "SEARCH figures USING INDEX ix_figures_area (mode=? AND reporter=? AND date>? AND date<?)"
        ]


def test_a_version_9_database_gets_its_figure_kinds(tmp_path: Path, db_url: str) -> None:
    store = open_(db_url)
    store.ingest_text("@mod night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5", channel="mod")
    store.ingest_text("@governor night=2025-09-12\nRU-BRY/RU-BRY:pogarsky 6", channel="gov")
    before, districts = store.nightly(), store.district_nightly()
    store.close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        # what version 9 had: no kinds, figures built by rule set 5
        conn.execute("DROP TABLE figure_kinds")
        conn.execute("ALTER TABLE figures DROP COLUMN kind")
        _mark_as(conn, 9, rules=5)
    store = open_(db_url)
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert versions == [9, 10, 11, 12, 13, 14, 15, 16, 17]
        kinds = conn.execute(select(schema.figure_kinds.c.kind)).scalars().all()
    pd.testing.assert_frame_equal(store.nightly(), before)
    pd.testing.assert_frame_equal(store.district_nightly(), districts)
    # each reporter's rows and every reporter's: Bryansk's figure is the governor's 6
    # over the ministry's 5 (flagged), Belgorod the ministry's alone, and the district
    flagged = '"exact","reported","single_claim","{}",false,"governor_above_ministry"]'
    assert sorted(kind for kind in kinds if kind.startswith('["night"')) == [
        '["night","RU","RU-BEL","","RU-BEL",null,"exact","reported","single_claim","mod",false,""]',
        '["night","RU","RU-BRY","","RU-BRY",null,"exact","reported","larger_of_reporters",'
        '"mod;governor",false,"governor_above_ministry"]',
        '["night","RU","RU-BRY","","RU-BRY",null,' + flagged.format("governor"),
        '["night","RU","RU-BRY","","RU-BRY",null,' + flagged.format("mod"),
        '["night","RU","RU-BRY","RU-BRY:pogarsky",null,"pogarsky","exact","reported",'
        '"single_claim","governor",false,""]',
    ]
    store.close()


def test_a_version_10_database_gets_its_claims_counted(tmp_path: Path, db_url: str) -> None:
    store = open_(db_url)
    store.ingest_text("@mod night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5", channel="mod")
    store.ingest_text("@governor night=2025-09-13\nRU-BRY/RU-BRY:pogarsky 6", channel="gov")
    store.close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        # what version 10 had: no counts, figures of the current rule set (kept as current)
        conn.execute("DROP TABLE claim_counts")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (10, '2026-01-01 00:00:00.000000')")
    store = open_(db_url)
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert versions == [10, 11, 12, 13, 14, 15, 16, 17]
    september = Filters(date_from=date(2025, 9, 1), date_to=date(2025, 9, 30))
    assert store.claim_count(september) == 3
    assert store.claim_count(replace(september, date_from=date(2025, 9, 13))) == 1
    assert store.claim_count(replace(september, regions=("RU-BEL",))) == 1
    store.close()


def _delete_plan(conn: sqlite3.Connection) -> list[str]:
    """SQLite's plan for deleting a text's statements, foreign key checks included."""
    query = "EXPLAIN QUERY PLAN DELETE FROM statements WHERE report_id = 'r'"
    return [row[-1] for row in conn.execute(query)]


def test_a_version_13_database_gets_the_index_of_the_claims_statements(
    tmp_path: Path, db_url: str
) -> None:
    store = open_(db_url)
    store.ingest_text("@mod night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5", channel="mod")
    before = store.nightly()
    store.close()
    path = tmp_path / "atlas.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=ON")  # as the store's connections have it
        conn.execute("DROP INDEX ix_claims_statement_id")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (13, '2026-01-01 00:00:00.000000')")
        # without it each statement deleted walks the claims for one that refers to it
        assert _delete_plan(conn) == [
            "SEARCH statements USING COVERING INDEX ix_statements_report_id (report_id=?)",
            "SCAN claims",
        ]
    store = open_(db_url)
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert versions == [13, 14, 15, 16, 17]
    pd.testing.assert_frame_equal(store.nightly(), before)
    # a re-parse deletes and writes the text's statements again, with the same figures
    assert store.reparse(everything=True).reports == 1
    pd.testing.assert_frame_equal(store.nightly(), before)
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        assert _delete_plan(conn) == [
            "SEARCH statements USING COVERING INDEX ix_statements_report_id (report_id=?)",
            "SEARCH claims USING COVERING INDEX ix_claims_statement_id (statement_id=?)",
        ]
