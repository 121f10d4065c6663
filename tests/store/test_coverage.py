"""Coverage per source and day, and data freshness, on hand-made texts."""

from __future__ import annotations

from datetime import date, datetime

from settings import MSK
from store import Store, coverage, review

DAY1 = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)
DAY2 = datetime(2025, 9, 13, 8, 15, tzinfo=MSK)
HELD = "@mod night=2025-09-12\nRU-BRY 5\nНад Зарецкой областью уничтожены 3 БПЛА."


def test_counts_per_source_and_day(store: Store) -> None:
    store.ingest_text("@mod night=2025-09-12\nRU-BRY 5", channel="mod", published=DAY1)
    store.ingest_text("Доброе утро, подписчики!", channel="mod", published=DAY1)
    store.ingest_text(HELD, channel="mod", published=DAY1.replace(hour=11))
    store.ingest_text("@governor night=2025-09-12\nRU-KLU 2", channel="gov", published=DAY1)
    store.ingest_text("BOOM", channel="mod", published=DAY2)
    store.ingest_text(HELD.replace("RU-BRY 5", "RU-KRS 1"), channel="mod", published=DAY2)
    later = store.ingest_text(
        "@mod night=2025-09-13\nRU-KRS 4", channel="mod", published=DAY2.replace(hour=10)
    )
    assert later.added == 1
    queued = review.queue(store)
    (second,) = queued.loc[queued["text"].str.contains("RU-KRS 1"), "review_id"]
    review.dismiss(store, int(second), author="anna")
    frame = coverage.coverage(store)
    assert frame.drop(columns=coverage.NEWEST).values.tolist() == [
        # day, kind, channel, messages, reports, parsed, in review, dismissed, failed
        [date(2025, 9, 12), "paste", "gov", 1, 1, 1, 0, 0, 0],
        [date(2025, 9, 12), "paste", "mod", 3, 2, 1, 1, 0, 0],
        # the parser failure is queued too: a person must look at it
        [date(2025, 9, 13), "paste", "mod", 3, 3, 1, 1, 1, 1],
    ]
    assert frame[coverage.NEWEST].tolist() == [DAY1, DAY1, DAY2.replace(hour=10)]
    assert coverage.freshness(store) == DAY2.replace(hour=10)


def test_an_empty_database_has_no_coverage_and_no_freshness(store: Store) -> None:
    assert coverage.coverage(store).empty
    assert list(coverage.coverage(store).columns) == list(coverage.COVERAGE_COLUMNS)
    assert coverage.freshness(store) is None


def test_freshness_is_the_newest_text_holding_a_drone_claim(store: Store) -> None:
    store.ingest_text("@mod night=2025-09-12\nRU-BRY 5", channel="mod", published=DAY1)
    # newer, but no claim: a greeting, and a text held for review
    store.ingest_text("Доброе утро, подписчики!", channel="mod", published=DAY2)
    store.ingest_text(HELD, channel="mod", published=DAY2.replace(hour=11))
    assert coverage.freshness(store) == DAY1
