"""The claims of a period counted without reading them (``Store.claim_count``, schema 11):
the count is the number of rows ``store.ledger.claims`` gives for the period, and the sum
of the rows of its weeks (the Claims page's pages), after writes, a re-parse and a
retraction as well."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from dashboard import claim_pages
from store import Filters, Store, ledger, schema
from store.db import writing
from store.sync.withdraw import withdraw
from tests.store.test_figure_kinds import FIRST, NIGHTS
from tests.store.test_figure_kinds import generated as generated

LAST = FIRST + timedelta(days=NIGHTS + 1)
#: A period longer than the generated nights (a claim of the last night's morning can be
#: placed a day later), and the filters the Claims page passes on.
PERIOD = Filters(date_from=FIRST - timedelta(days=1), date_to=LAST)
FILTERS = [
    PERIOD,
    replace(PERIOD, unit="day"),
    replace(PERIOD, include_ua=True),
    replace(PERIOD, regions=("RU-KLU", "RU-MOS")),
    replace(PERIOD, reporters=("mod", "governor")),
    replace(PERIOD, date_from=FIRST + timedelta(days=5), date_to=FIRST + timedelta(days=11)),
]


def _weeks(filters: Filters) -> list[Filters]:
    """Return ``filters`` cut into weeks, newest first, as the Claims page pages them."""
    return [
        replace(filters, date_from=start, date_to=end)
        for start, end in claim_pages.pages(filters.date_from, filters.date_to)
    ]


def _assert_counts_agree(store: Store) -> dict[Filters, int]:
    counts = {}
    for filters in FILTERS:
        rows = len(ledger.claims(store, filters))
        paged = sum(len(ledger.claims(store, week)) for week in _weeks(filters))
        assert store.claim_count(filters) == rows == paged
        counts[filters] = rows
    return counts


def test_the_count_is_the_rows_paged_through(generated: Store) -> None:
    counts = _assert_counts_agree(generated)
    # 112 claims were read from the 54 texts not sent to review: all of them are placed
    # in the period, and all are Russian claims (Crimea's included): Ukraine's add none
    assert counts[PERIOD] == counts[replace(PERIOD, include_ua=True)] == 112
    assert 0 < counts[replace(PERIOD, regions=("RU-KLU", "RU-MOS"))] < counts[PERIOD]


def test_the_count_follows_a_retraction_and_a_reparse(generated: Store) -> None:
    before = _assert_counts_agree(generated)
    with generated.engine.connect() as conn:
        r = schema.reports
        (report_id,) = conn.execute(
            select(r.c.id).where(r.c.channel == "mod", r.c.message_id == "3")
        ).one()
    with writing(generated.engine) as conn:
        gone = withdraw(conn, "mod", [("3", report_id)], datetime.now(UTC))
    after = _assert_counts_agree(generated)
    assert (
        after[replace(PERIOD, include_ua=True)] == before[replace(PERIOD, include_ua=True)] - gone
    )
    assert generated.reparse(everything=True).reports > 0
    assert _assert_counts_agree(generated) == after


def test_an_empty_period_counts_nothing(generated: Store) -> None:
    empty = Filters(date_from=date(2020, 1, 1), date_to=date(2020, 1, 31))
    assert generated.claim_count(empty) == len(ledger.claims(generated, empty)) == 0
