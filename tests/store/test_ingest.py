"""Import behaviour: idempotency, all-or-nothing, parser failures, edited messages,
a 20,000-message export, re-parsing, and the sample data."""

from __future__ import annotations

import logging
import traceback
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from store import Filters, ImportFailed, ImportResult, Item, Store, schema
from store import columns as C
from store import ingest as ingest_module
from store.db import make_engine
from tests.store.conftest import fake_parse
from tests.store.test_importers import channel, counts, message, write_json


def test_importing_the_same_file_twice_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "result.json",
        channel(
            [
                message(1, "@mod night=2025-09-11\nRU-BRY 5"),
                message(2, "@mod night=2025-09-12\nRU-BRY 6"),
                message(
                    3, "@mod night=2025-09-12\nRU-BRY 6"
                ),  # the same text, another post (issue 14)
                message(2, "@mod night=2025-09-12\nRU-BRY 6"),  # the same message listed twice
            ]
        ),
    )
    first = store.ingest_paths([path])
    version = store.data_version()
    second = store.ingest_paths([path])
    assert (first.added, first.duplicates, first.claims) == (3, 1, 3)
    assert (second.added, second.duplicates, second.claims) == (0, 4, 0)
    assert counts(store) == {"reports": 3, "statements": 3, "claims": 3, "imports": 2, "review": 0}
    assert store.data_version() != version  # an import is recorded even when it adds nothing
    assert store.imports()[["added", "duplicates", "failed"]].values.tolist() == [
        [0, 4, 0],
        [3, 1, 0],
    ]


def test_a_failure_while_writing_leaves_the_database_as_it_was(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.ingest_text("@mod night=2025-09-10\nRU-BRY 1", channel="mod")
    before = counts(store)
    version = store.data_version()

    def fail(*_args: object) -> int:
        raise IntegrityError("UPDATE reports", {}, Exception("disk says no"))

    monkeypatch.setattr(ingest_module, "_link_edits", fail)
    path = write_json(
        tmp_path / "result.json",
        channel([message(i, f"@mod night=2025-09-11\nRU-BRY {i}") for i in range(1, 50)]),
    )
    with pytest.raises(ImportFailed) as caught:
        store.ingest_paths([path])
    assert str(caught.value) == (
        f"{path}: the database refused the import while linking edited messages "
        "(disk says no); nothing was written"
    )
    assert counts(store) == before
    assert store.data_version() == version


def test_a_broken_message_halfway_leaves_nothing(store: Store, tmp_path: Path) -> None:
    messages = [message(i, f"@mod night=2025-09-11\nRU-BRY {i}") for i in range(1, 100)]
    messages[56] = message(57, "@mod night=2025-09-11\nRU-BRY 57", unix="yesterday")  # type: ignore[arg-type]
    with pytest.raises(
        ImportFailed, match=r"^result.json: message 57: 'date_unixtime' is 'yesterday'"
    ):
        store.ingest_paths([write_json(tmp_path / "result.json", channel(messages))])
    assert counts(store)["reports"] == 0


def test_texts_the_parser_fails_on_are_kept_and_queued_for_review(
    store: Store, tmp_path: Path
) -> None:
    path = write_json(
        tmp_path / "result.json",
        channel(
            [
                message(1, "@mod night=2025-09-11\nRU-BRY 5"),
                message(2, "BOOM"),
            ]
        ),
    )
    result = store.ingest_paths([path])
    assert (result.added, result.failed) == (2, 1)
    assert result.errors == (
        "result.json: message 2: RuntimeError: the stand-in parser was told to fail",
    )
    with store.engine.connect() as conn:
        queued = conn.execute(select(schema.review.c.reason, schema.review.c.status)).all()
    assert queued == [("parser_error", "open")]


def test_a_parser_failure_leaves_its_traceback_in_the_log(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="store._parse"):
        result = store.ingest_text("BOOM", channel="mod")
    assert (result.added, result.failed) == (1, 1)
    [record] = caplog.records
    assert record.getMessage() == (
        "the parser failed on a text (RuntimeError: the stand-in parser was told to fail);"
        " it is kept for review"
    )
    assert record.exc_info is not None
    trace = "".join(traceback.format_exception(*record.exc_info))
    assert "raise RuntimeError(msg)" in trace
    assert "in fake_parse" in trace


def test_a_newer_edit_replaces_the_earlier_version(store: Store, tmp_path: Path) -> None:
    original = message(5, "@governor night=2025-09-12\nRU-BEL 6")
    edited = message(
        5,
        "@governor night=2025-09-12\nRU-BEL 7",
        edited="2025-09-11T10:00:00",
        edited_unixtime="1757574000",
    )
    old_export = write_json(tmp_path / "old.json", channel([original]))
    new_export = write_json(tmp_path / "new.json", channel([edited]))
    store.ingest_paths([old_export])
    result = store.ingest_paths([new_export])
    assert (result.added, result.replaced) == (1, 1)
    assert store.nightly()[C.FIGURE].tolist() == [7]
    assert store.claims()[C.COUNT].tolist() == [7]
    # the earlier version stays in the history, pointing at its successor
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(schema.reports.c.text, schema.reports.c.superseded_by).order_by(
                schema.reports.c.imported_at, schema.reports.c.text
            )
        ).all()
    new_id = store.claims()[C.REPORT_ID].iloc[0]
    assert rows == [
        ("@governor night=2025-09-12\nRU-BEL 6", new_id),
        ("@governor night=2025-09-12\nRU-BEL 7", None),
    ]
    # importing the old export again changes nothing
    assert store.ingest_paths([old_export]).duplicates == 1
    assert store.nightly()[C.FIGURE].tolist() == [7]


def test_an_older_version_imported_later_goes_to_history(store: Store, tmp_path: Path) -> None:
    edited = message(
        5,
        "@governor night=2025-09-12\nRU-BEL 7",
        edited="2025-09-11T10:00:00",
        edited_unixtime="1757574000",
    )
    store.ingest_paths([write_json(tmp_path / "new.json", channel([edited]))])
    result = store.ingest_paths(
        [
            write_json(
                tmp_path / "old.json", channel([message(5, "@governor night=2025-09-12\nRU-BEL 6")])
            )
        ]
    )
    assert (result.added, result.replaced) == (1, 0)
    assert store.nightly()[C.FIGURE].tolist() == [7]


def test_a_whole_channel_history_of_20000_messages_imports(store: Store, tmp_path: Path) -> None:
    messages = [
        message(
            i,
            f"Сводка {i}\n@mod night=2025-{1 + i % 12:02d}-{1 + i % 28:02d}\nRU-BRY {i % 50}\nRU-KRS 1",
            unix=1735700000 + i * 1500,
        )
        for i in range(1, 20_001)
    ]
    path = write_json(tmp_path / "result.json", channel(messages))
    seen: list[tuple[int, int]] = []
    result = store.ingest_paths([path], progress=lambda done, total: seen.append((done, total)))
    assert (result.added, result.duplicates, result.failed, result.claims) == (20_000, 0, 0, 40_000)
    assert seen[-1] == (20_000, 20_000) and len(seen) == 200
    assert counts(store)["claims"] == 40_000


def test_reparse_rebuilds_claims_from_the_stored_texts(db_url: str) -> None:
    first = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-1")
    first.ingest_text("@mod night=2025-09-11\nRU-BRY 5", channel="mod")
    first.ingest_text("BOOM @mod night=2025-09-11\nRU-KRS 2", channel="mod")
    first.close()

    def better(text: str, published: object = None, source: object = None) -> list[object]:
        return fake_parse(text.replace("BOOM ", "").replace("RU-BRY 5", "RU-BRY 8"), published)

    second = Store(make_engine(db_url), parse=better, parser_version="fake-2")
    result = second.reparse()
    assert (result.reports, result.claims, result.failed) == (2, 2, 0)
    assert second.nightly()[[C.AREA_ID, C.FIGURE]].values.tolist() == [["RU-BRY", 8], ["RU-KRS", 2]]
    with second.engine.connect() as conn:
        assert conn.execute(select(schema.review.c.status, schema.review.c.resolved_by)).all() == [
            ("resolved", "reparse")
        ]
        assert sorted(conn.execute(select(schema.reports.c.parser_version)).scalars()) == [
            "fake-2",
            "fake-2",
        ]
    assert second.reparse().reports == 0  # nothing left from another version
    assert second.reparse(everything=True).reports == 2
    second.close()


def test_sample_data_loads_marks_and_clears(store: Store, tmp_path: Path) -> None:
    samples = tmp_path / "data" / "samples"
    assert store.load_samples() == ImportResult(0, 0, 0)
    samples.mkdir(parents=True)
    (samples / "README.md").write_text("# Invented samples\nRU-BRY 99\n", encoding="utf-8")
    write_json(samples / "mod.json", channel([message(1, "@mod night=2025-09-11\nRU-BRY 5")]))
    assert not store.has_only_samples()  # empty: nothing to show at all
    assert store.load_samples().added == 1
    assert store.has_only_samples()
    assert store.nightly()[C.IS_SAMPLE].tolist() == [True]
    store.ingest_text("@governor night=2025-09-11\nRU-BRY 6", channel="gov")
    assert not store.has_only_samples()
    assert store.clear_samples() == 1
    assert store.claims()[[C.REPORTER, C.IS_SAMPLE]].values.tolist() == [["governor", False]]
    assert counts(store) == {"reports": 1, "statements": 1, "claims": 1, "imports": 1, "review": 0}


@pytest.mark.usefixtures("repository_samples")
def test_the_repository_samples_read_without_errors(store: Store) -> None:
    result = store.load_samples()
    assert result.added > 0 and result.failed == 0
    assert store.has_only_samples()


def test_filters_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="unit is 'week', expected 'night' or 'day'"):
        Filters(unit="week")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="date_from 2025-09-12 is after date_to 2025-09-11"):
        Filters(date_from=date(2025, 9, 12), date_to=date(2025, 9, 11))


def test_pasted_text_is_stored_with_its_provenance(store: Store) -> None:
    result = store.ingest_text(
        "@mod night=2025-09-11\nRU-BRY 5", url="https://example.org/a", channel="Example"
    )
    assert (result.added, result.claims) == (1, 1)
    report = store.report(store.claims()[C.REPORT_ID].iloc[0])
    assert report is not None
    assert (report["source_kind"], report["url"], report["channel"], report["is_sample"]) == (
        "paste",
        "https://example.org/a",
        "Example",
        False,
    )
    assert store.report("nope") is None
    with pytest.raises(ImportFailed, match=r"^the text is empty: nothing was imported$"):
        store.ingest_text("  ")
    assert report["statements"][0]["night_of"] == date(2025, 9, 11)


@pytest.mark.usefixtures("repository_samples")
def test_the_repository_samples_through_the_real_parser(db_url: str) -> None:
    """The sample folder as the dashboard loads it at first start, parsed for real."""
    import settings

    if not (settings.get().pack_dir / "gazetteer.parquet").exists():
        pytest.skip("the boundary pack is not built (make pack): places cannot be resolved")
    real = Store(make_engine(db_url))
    result = real.load_samples()
    assert result.failed == 0 and result.claims > 0
    kaluga = real.nightly(
        Filters(date_from=date(2025, 9, 14), date_to=date(2025, 9, 14), regions=("RU-KLU",))
    )
    assert kaluga[[C.UNIT, C.FIGURE]].values.tolist() == [["night", 18]]
    assert {"RU-KLU:kirovsky", "RU-KLU:tarussky", "RU-KLU:obninsk"} <= set(
        kaluga[C.DISTRICTS_NAMED].iloc[0]
    )
    real.close()


def test_an_unsigned_post_counts_as_the_channel_owners(db_url: str, tmp_path: Path) -> None:
    """A governor's channel post that names nobody gives the governor's figure, not media's:
    the importer hands the channel's title to the real parser as the source."""
    import settings

    if not (settings.get().pack_dir / "gazetteer.parquet").exists():
        pytest.skip("the boundary pack is not built (make pack): places cannot be resolved")
    post = "За ночь над Брянщиной уничтожены четыре беспилотника. Пострадавших нет."
    export = write_json(
        tmp_path / "result.json",
        channel(
            [message(5, post, **{"from": "Губернатор Брянской области"})],
            name="Губернатор Брянской области",
            cid=4242,
        ),
    )
    real = Store(make_engine(db_url))
    real.ingest_paths([export])
    claims = real.claims(Filters(regions=("RU-BRY",)))
    assert claims[[C.REPORTER, C.AREA_ID, C.COUNT]].values.tolist() == [["governor", "RU-BRY", 4]]
    real.close()


def test_which_texts_are_stored_is_told_for_an_empty_and_a_filled_database(
    store: Store,
) -> None:
    items = [
        Item(f"post {n}", f"@governor night=2025-09-{n + 1:02d}\nRU-BRY {n + 1}", "telegram", "gov")
        for n in range(4)
    ]
    with store.engine.connect() as conn:
        assert ingest_module.stored_items(conn, items) == [False] * 4
    assert store.ingest_items(items[:2], path="first two", source_kind="telegram").added == 2
    with store.engine.connect() as conn:
        assert ingest_module.stored_items(conn, items) == [True, True, False, False]
    again = store.ingest_items(items, path="all four", source_kind="telegram")
    assert (again.added, again.duplicates) == (2, 2)
