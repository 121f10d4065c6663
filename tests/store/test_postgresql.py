"""The store on a real PostgreSQL server: the same tests as on SQLite, and a migration.

Each test gets an empty database of its own in the session's throwaway cluster
(``testkit.pg``). The tests imported below are the SQLite suite's own, collected again
here with ``db_url`` pointing at PostgreSQL: schema creation, ingest idempotency, rollback
of a failing import, sync passes (edits, deletions, failures, backfill, page-cap gaps), re-parsing, reconciliation and the stored figures, the claims CSV
round trip and the review flow.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError

from settings import MSK
from store import Filters, Store, schema
from store import columns as C
from store.db import insert_many
from store.export import claims_csv
from testkit.pg import Cluster
from tests.store.test_channel_reporters import (
    test_a_re_parse_reads_the_channels_titles_again as test_a_re_parse_reads_the_channels_titles_again,
)
from tests.store.test_channel_reporters import (
    test_each_posts_channel_is_read_by_its_title_when_it_is_stored as test_each_posts_channel_is_read_by_its_title_when_it_is_stored,
)
from tests.store.test_claim_counts import (
    test_the_count_follows_a_retraction_and_a_reparse as test_the_count_follows_a_retraction_and_a_reparse,
)
from tests.store.test_claim_counts import (
    test_the_count_is_the_rows_paged_through as test_the_count_is_the_rows_paged_through,
)
from tests.store.test_coverage import (
    test_freshness_is_the_newest_text_holding_a_drone_claim as test_freshness_is_the_newest_text_holding_a_drone_claim,
)
from tests.store.test_export import TEXTS
from tests.store.test_export import filled as filled
from tests.store.test_export import (
    test_exported_claims_import_back_as_the_same_claims as test_exported_claims_import_back_as_the_same_claims,
)
from tests.store.test_figure_kinds import generated as generated
from tests.store.test_figure_kinds import (
    test_a_kind_is_written_once_and_kept_by_a_rebuild as test_a_kind_is_written_once_and_kept_by_a_rebuild,
)
from tests.store.test_figure_kinds import (
    test_the_nightly_rows_equal_a_reconciliation_of_the_claims as test_the_nightly_rows_equal_a_reconciliation_of_the_claims,
)
from tests.store.test_figure_kinds import (
    test_the_rows_stay_exact_after_a_reparse as test_the_rows_stay_exact_after_a_reparse,
)
from tests.store.test_figure_kinds import (
    test_the_rows_stay_exact_after_a_retraction as test_the_rows_stay_exact_after_a_retraction,
)
from tests.store.test_importers import (
    test_a_feed_with_ids_longer_than_the_id_columns_is_stored_once as test_a_feed_with_ids_longer_than_the_id_columns_is_stored_once,
)
from tests.store.test_ingest import (
    test_a_broken_message_halfway_leaves_nothing as test_a_broken_message_halfway_leaves_nothing,
)
from tests.store.test_ingest import (
    test_a_failure_while_writing_leaves_the_database_as_it_was as test_a_failure_while_writing_leaves_the_database_as_it_was,
)
from tests.store.test_ingest import (
    test_a_newer_edit_replaces_the_earlier_version as test_a_newer_edit_replaces_the_earlier_version,
)
from tests.store.test_ingest import (
    test_importing_the_same_file_twice_adds_nothing as test_importing_the_same_file_twice_adds_nothing,
)
from tests.store.test_ingest import (
    test_reparse_rebuilds_claims_from_the_stored_texts as test_reparse_rebuilds_claims_from_the_stored_texts,
)
from tests.store.test_ingest import (
    test_texts_the_parser_fails_on_are_kept_and_queued_for_review as test_texts_the_parser_fails_on_are_kept_and_queued_for_review,
)
from tests.store.test_ledger import (
    test_area_sums_add_up_the_nightly_figures_per_date_and_area as test_area_sums_add_up_the_nightly_figures_per_date_and_area,
)
from tests.store.test_one_figure import retold as retold
from tests.store.test_one_figure import (
    test_an_empty_store_has_no_latest_date as test_an_empty_store_has_no_latest_date,
)
from tests.store.test_one_figure import (
    test_every_reader_gives_the_same_rows as test_every_reader_gives_the_same_rows,
)
from tests.store.test_one_figure import (
    test_the_earliest_date_is_the_first_date_of_the_nightly_rows as test_the_earliest_date_is_the_first_date_of_the_nightly_rows,
)
from tests.store.test_one_figure import (
    test_the_latest_date_is_the_last_date_of_the_nightly_rows as test_the_latest_date_is_the_last_date_of_the_nightly_rows,
)
from tests.store.test_parallel_rebuild import (
    test_a_rebuild_in_forked_workers_writes_the_rows_one_process_writes as test_a_rebuild_in_forked_workers_writes_the_rows_one_process_writes,
)
from tests.store.test_reconcile import (
    test_daytime_windows_are_their_own_unit as test_daytime_windows_are_their_own_unit,
)
from tests.store.test_reconcile import (
    test_districts_without_counts_are_kept_as_named as test_districts_without_counts_are_kept_as_named,
)
from tests.store.test_reconcile import (
    test_filters_by_date_reporter_and_region as test_filters_by_date_reporter_and_region,
)
from tests.store.test_reconcile import (
    test_media_retelling_never_outranks_its_source as test_media_retelling_never_outranks_its_source,
)
from tests.store.test_reconcile import (
    test_ministry_and_governor_disagree_larger_shown_both_kept as test_ministry_and_governor_disagree_larger_shown_both_kept,
)
from tests.store.test_reconcile import (
    test_stored_figures_stay_equal_to_a_full_reconciliation as test_stored_figures_stay_equal_to_a_full_reconciliation,
)
from tests.store.test_reconcile import (
    test_the_national_total_adds_an_areas_night_and_daytime_figures as test_the_national_total_adds_an_areas_night_and_daytime_figures,
)
from tests.store.test_reconcile import (
    test_windows_of_one_reporter_within_a_night_add_up as test_windows_of_one_reporter_within_a_night_add_up,
)
from tests.store.test_review import (
    test_an_incomplete_text_is_held_back_and_queued as test_an_incomplete_text_is_held_back_and_queued,
)
from tests.store.test_review import (
    test_assign_area_resolves_and_publishes_with_who_and_when as test_assign_area_resolves_and_publishes_with_who_and_when,
)
from tests.store.test_review import (
    test_correct_count_and_dismiss as test_correct_count_and_dismiss,
)
from tests.store.test_review import (
    test_corrections_survive_reparse as test_corrections_survive_reparse,
)
from tests.store.test_schema import TABLES, assert_upgraded_with_its_data, open_, seed_version_1
from tests.store.test_sync import (
    test_a_500_is_retried_then_recorded_as_the_reason_the_source_failed as test_a_500_is_retried_then_recorded_as_the_reason_the_source_failed,
)
from tests.store.test_sync import (
    test_a_backfill_walks_back_to_its_date_and_resumes_without_duplicates as test_a_backfill_walks_back_to_its_date_and_resumes_without_duplicates,
)
from tests.store.test_sync import (
    test_a_deleted_message_leaves_the_figures_and_stays_in_review_history as test_a_deleted_message_leaves_the_figures_and_stays_in_review_history,
)
from tests.store.test_sync import (
    test_a_feed_with_a_long_address_is_recorded_under_its_hash as test_a_feed_with_a_long_address_is_recorded_under_its_hash,
)
from tests.store.test_sync import (
    test_a_first_pass_imports_the_posts_with_text_and_records_the_source as test_a_first_pass_imports_the_posts_with_text_and_records_the_source,
)
from tests.store.test_sync import (
    test_a_message_noted_deleted_that_shows_again_is_counted_again as test_a_message_noted_deleted_that_shows_again_is_counted_again,
)
from tests.store.test_sync import (
    test_an_edit_between_two_passes_replaces_the_message_and_keeps_its_history as test_an_edit_between_two_passes_replaces_the_message_and_keeps_its_history,
)
from tests.store.test_sync import (
    test_posts_a_capped_pass_left_unread_are_read_by_the_next_passes as test_posts_a_capped_pass_left_unread_are_read_by_the_next_passes,
)
from tests.store.test_sync_identity import (
    test_export_then_sync_is_one_report_per_message as test_export_then_sync_is_one_report_per_message,
)
from tests.store.test_sync_identity import (
    test_sync_then_export_is_one_report_per_message as test_sync_then_export_is_one_report_per_message,
)
from tests.store.test_sync_identity import (
    test_without_an_id_in_the_preview_the_export_already_stored_gives_it as test_without_an_id_in_the_preview_the_export_already_stored_gives_it,
)
from tests.store.test_sync_pages import (
    test_a_busy_item_page_is_retried_after_its_retry_after_then_fails_the_whole_pass as test_a_busy_item_page_is_retried_after_its_retry_after_then_fails_the_whole_pass,
)
from tests.store.test_sync_pages import (
    test_a_pass_imports_the_readable_items_and_notes_the_rest as test_a_pass_imports_the_readable_items_and_notes_the_rest,
)


@pytest.fixture
def db_url(postgres: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = postgres.new_database()
    monkeypatch.setenv("ATLAS_DATABASE_URL", url)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path / "data"))
    return url


def test_a_fresh_database_is_created_at_the_current_version(db_url: str) -> None:
    store = open_(db_url)
    assert store.engine.dialect.name == "postgresql"
    with store.engine.connect() as conn:
        assert schema.current_version(conn) == schema.SCHEMA_VERSION == 17
        assert set(inspect(conn).get_table_names()) == TABLES
    store.close()
    open_(db_url).close()  # opening again changes nothing


#: The reports table as version 1 created it, in PostgreSQL's words.
V1_REPORTS = """
CREATE TABLE reports (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    source_kind VARCHAR(16) NOT NULL,
    channel TEXT, url TEXT, published_at TIMESTAMP WITHOUT TIME ZONE, language VARCHAR(8),
    text TEXT NOT NULL, imported_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    import_id INTEGER REFERENCES imports (id),
    parser_version VARCHAR(32) NOT NULL, parse_error TEXT
)"""


def test_a_version_1_database_is_upgraded_and_keeps_its_data(db_url: str) -> None:
    seed_version_1(db_url, V1_REPORTS)
    store = open_(db_url)
    assert_upgraded_with_its_data(store)
    store.close()


def test_claims_csv_round_trip_between_two_postgresql_databases(
    postgres: Cluster, filled: Store
) -> None:
    everything = Filters(include_ua=True)
    data = claims_csv(filled.claims(everything))
    other = open_(postgres.new_database())
    result = other.ingest_upload("claims.csv", data)
    assert (result.added, result.duplicates, result.claims) == (len(TEXTS), 0, 11)
    pd.testing.assert_frame_equal(other.claims(everything), filled.claims(everything))
    pd.testing.assert_frame_equal(other.nightly(everything), filled.nightly(everything))
    assert other.ingest_upload("claims.csv", data).duplicates == len(TEXTS)
    other.close()


def test_naive_moscow_times_come_back_unchanged(store: Store) -> None:
    # PostgreSQL's TIMESTAMP WITHOUT TIME ZONE must not shift the stored Moscow times
    published = datetime(2025, 9, 12, 23, 59, tzinfo=MSK)
    store.ingest_text("@mod night=2025-09-12\nRU-BRY 5", channel="mod", published=published)
    frame = store.claims(Filters(include_ua=True))
    assert frame[C.AREA_ID].tolist() == ["RU-BRY"]
    with store.engine.connect() as conn:
        stored = conn.execute(select(schema.reports.c.published_at)).scalar_one()
    assert stored == published.replace(tzinfo=None)


def test_writers_opening_and_importing_at_once_never_collide(db_url: str) -> None:
    # on SQLite ``BEGIN IMMEDIATE`` makes writers take turns; on PostgreSQL, read committed
    # would let two transactions both find the database empty (or a report missing) and
    # both create it: ``writing`` takes turns there too
    start = threading.Barrier(4)
    outcomes: list[Any] = []

    def open_and_import(n: int) -> None:
        try:
            start.wait(30)
            store = open_(db_url)
            try:
                result = store.ingest_text("@mod night=2025-09-12\nRU-BRY 5", channel="mod")
                outcomes.append((result.added, result.duplicates))
            finally:
                store.close()
        except Exception as exc:  # reported below: a thread's error must fail the test
            outcomes.append(exc)

    threads = [threading.Thread(target=open_and_import, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes, key=str) == [(0, 1), (0, 1), (0, 1), (1, 0)]
    check = open_(db_url)
    assert check.nightly()[C.FIGURE].tolist() == [5]
    check.close()


def test_rows_written_by_copy_come_back_as_given_and_a_refusal_rolls_back(store: Store) -> None:
    # insert_many writes with COPY on PostgreSQL: values that COPY's text format must
    # escape (tab, newline, backslash, "\N") and every column type come back unchanged
    row = {
        "mode": "night",
        "reporter": "",
        "date": date(2025, 9, 12),
        "unit": "night",
        "country": "RU",
        "area_id": "RU-BRY",
        "district_id": "",
        "area": "Брянская\tобласть\nи \\N \\ край",
        "district": None,
        "figure": 7,
        "qualifier": "exact",
        "status": "reported",
        "chosen_by": "single",
        "reporters": "mod",
        "claim_ids": "a:1;b:2",
        "chosen_claim_ids": "a:1",
        "n_claims": 2,
        "districts_named": "",
        "is_sample": True,
        "flags": "",
        "group_total": None,
        "group_size": None,
        "group_statement": None,
        "kind": 1,
    }
    f = schema.figures
    with store.engine.begin() as conn:
        conn.execute(f.delete())
        insert_many(conn, f, [row, {**row, "date": date(2025, 9, 13), "is_sample": False}])
        back = [dict(r) for r in conn.execute(select(f).order_by(f.c.date)).mappings()]
    assert back == [row, {**row, "date": date(2025, 9, 13), "is_sample": False}]
    refused = pytest.raises(IntegrityError, match="duplicate key value violates unique constraint")
    with refused, store.engine.begin() as conn:
        conn.execute(f.delete())
        insert_many(conn, f, [row, row])
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(f)).scalar_one() == 2
