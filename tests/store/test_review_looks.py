"""A text whose claims look complete but that says more than they do (``parsing.misses``) is
published and queued for a look; a person confirms, corrects or dismisses it."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest

from parsing import misses
from settings import MSK
from store import Filters, Store, review
from store import columns as C
from store.rows import CHECK_REASONS

PUBLISHED = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)
#: the stand-in parser's mayor: Moscow 3 under a night's total of 12
LOOK = "@mayor night=2025-09-12 total=12\nRU-MOW 3"
#: ... and a sentence no place of which the gazetteer knows: held back
HELD = LOOK + "\nНад Зарецкой областью уничтожены 5 БПЛА."


def figures(store: Store) -> list[tuple[str, int]]:
    frame = store.claims(Filters(include_ua=True))
    return sorted((row[C.AREA_ID], int(row[C.COUNT])) for _, row in frame.iterrows())


def items(store: Store, status: str | None = review.OPEN) -> list[tuple]:
    frame = review.queue(store, status=status)
    return [
        tuple(None if pd.isna(v) else v for v in row)
        for row in frame[["reason", "status", "resolved_by"]].itertuples(index=False)
    ]


def test_the_store_knows_every_reason_of_the_checks() -> None:
    assert CHECK_REASONS == misses.REASONS


def test_a_possible_miss_is_published_and_queued(store: Store) -> None:
    result = store.ingest_text(LOOK, channel="mayor", published=PUBLISHED)
    assert (result.added, result.in_review, result.claims) == (1, 1, 1)
    assert figures(store) == [("RU-MOW", 3)]
    (detail,) = review.queue(store)["detail"]
    assert (
        detail
        == "the mayor's total is 12, but his figures (RU-MOW) add up to 3: 9 drones have no place"
    )
    assert items(store) == [(misses.TOTAL_OVER_FIGURES, "open", None)]


def test_a_reparse_keeps_one_item_and_the_figures(store: Store) -> None:
    store.ingest_text(LOOK, channel="mayor", published=PUBLISHED)
    store.reparse(everything=True)
    store.reparse(everything=True)
    assert figures(store) == [("RU-MOW", 3)]
    assert items(store) == [(misses.TOTAL_OVER_FIGURES, "open", None)]


def test_a_confirmed_reading_leaves_the_queue_for_good(store: Store) -> None:
    store.ingest_text(LOOK, channel="mayor", published=PUBLISHED)
    (review_id,) = review.queue(store)["review_id"]
    review.confirm(store, int(review_id), author="anna")
    assert items(store) == []
    assert items(store, review.RESOLVED) == [(misses.TOTAL_OVER_FIGURES, "resolved", "anna")]
    store.reparse(everything=True)
    assert items(store) == []
    assert figures(store) == [("RU-MOW", 3)]


def test_a_look_can_be_answered_with_the_missing_figure(store: Store) -> None:
    store.ingest_text(LOOK, channel="mayor", published=PUBLISHED)
    (review_id,) = review.queue(store)["review_id"]
    review.correct_count(
        store, review.queue(store)["report_id"][0], area_id="RU-MOW", count=12, author="anna"
    )
    assert figures(store) == [("RU-MOW", 12)]
    assert items(store) == []
    assert int(review_id) in review.queue(store, status=review.RESOLVED)["review_id"].tolist()


def test_a_dismissed_look_publishes_nothing(store: Store) -> None:
    store.ingest_text(LOOK, channel="mayor", published=PUBLISHED)
    (review_id,) = review.queue(store)["review_id"]
    review.dismiss(store, int(review_id), author="anna", note="a retelling")
    assert figures(store) == []


def test_a_held_text_is_named_after_what_holds_it(store: Store) -> None:
    result = store.ingest_text(HELD, channel="mayor", published=PUBLISHED)
    assert (result.in_review, result.claims) == (1, 0)
    assert figures(store) == []
    assert items(store) == [("unknown_place", "open", None)]
    (review_id,) = review.queue(store)["review_id"]
    with pytest.raises(review.ReviewError, match="is held back"):
        review.confirm(store, int(review_id), author="anna")
