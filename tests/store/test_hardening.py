"""Issue 14, store side: no figure lost or changed without a word."""

from __future__ import annotations

from datetime import datetime

from store import Filters, Store, review
from store._time import MSK

PUBLISHED = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)


def _queue(store: Store) -> list[tuple[str, str, str]]:
    frame = review.queue(store, status=None)
    return [tuple(row) for row in frame[["reason", "detail", "status"]].itertuples(index=False)]


def test_a_doubtful_number_holds_the_text_back_until_a_person_looks(store: Store) -> None:
    # the stand-in parser reads the first two lines; the third has a minus sign on its count
    text = "@mod night=2025-09-12\nRU-BRY 5\nНад Брянской областью уничтожено -5 БПЛА."
    result = store.ingest_text(text, channel="mod", published=PUBLISHED)
    assert (result.added, result.in_review, result.claims) == (1, 1, 0)
    assert store.claims(Filters(include_ua=True)).empty
    assert _queue(store) == [("doubtful_number", "a number with a minus sign: '-5'", "open")]
    # re-parsing keeps it held, with one open item (not one more per re-parse)
    store.reparse(everything=True)
    assert store.claims(Filters(include_ua=True)).empty
    assert _queue(store) == [("doubtful_number", "a number with a minus sign: '-5'", "open")]
