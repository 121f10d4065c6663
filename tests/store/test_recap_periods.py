"""A recap over a week or a month is kept with its period and placed on no night (schema 15).

A governor's "last week 40 drones were downed" posted on the morning after a night of 3 had no
window and no night, so it was placed by its publication on that night, where its 40 beat the
night's 3. The parser now gives it its period (``Report.period``); the store keeps it
(``statements.period``), the figures place it on no night or day, and the claims (the Claims
page, the CSV export) still list it with its period. Our own wording, the stand-in parser and
the real one, a real database.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select

from settings import MSK
from store import Filters, Store, ledger, open_store, schema
from store import columns as C

NIGHT = date(2026, 4, 15)
#: posted before the night ends at 07:00: a text with no time of its own is on that night
MORNING = datetime(2026, 4, 15, 6, 30, tzinfo=MSK)
ON_THE_NIGHT = datetime(2026, 4, 15, 3, 10, tzinfo=MSK)
THE_NIGHT = Filters(date_from=NIGHT, date_to=NIGHT)


@pytest.fixture
def real(db_url: str):
    """A store with the real parser."""
    opened = open_store(db_url)
    yield opened
    opened.close()


def _figures(frame) -> list[tuple[date, str, int | None]]:
    return [(r[C.DATE], r[C.AREA_ID], r[C.FIGURE]) for _, r in frame.iterrows()]


# --- the stand-in parser: the store's own rules ----------------------------------------------


def test_a_weeks_recap_is_no_part_of_the_nights_figure(store: Store) -> None:
    store.ingest_text("@governor night=2026-04-15\nRU-KRS 3", published=MORNING)
    store.ingest_text("@governor period=week\nRU-KRS 40", published=MORNING)
    assert _figures(store.nightly()) == [(NIGHT, "RU-KRS", 3)]
    # the map's frame and the one-reporter rows are the same
    assert _figures(ledger.nightly(store, THE_NIGHT)) == [(NIGHT, "RU-KRS", 3)]
    governor = Filters(date_from=NIGHT, date_to=NIGHT, reporters=("governor",))
    assert _figures(store.nightly(governor)) == [(NIGHT, "RU-KRS", 3)]


def test_a_recap_posted_at_night_is_placed_on_no_night_or_day(store: Store) -> None:
    store.ingest_text("@mod period=month total=900\nRU-BRY 900", published=ON_THE_NIGHT)
    store.ingest_text("@mod period=days\nRU-BRY 60", published=MORNING)
    assert store.nightly().empty
    assert store.nightly(Filters(unit="day")).empty


def test_the_claims_list_a_recap_with_its_period_on_its_publication_day(store: Store) -> None:
    store.ingest_text("@governor night=2026-04-15\nRU-KRS 3", published=MORNING)
    store.ingest_text("@governor period=week\nRU-KRS 40", published=MORNING)
    claims = store.claims(THE_NIGHT)
    rows = [
        [count, None if pd.isna(period) else period, unit, day]
        for count, period, unit, day in claims[[C.COUNT, C.PERIOD, C.UNIT, C.DATE]].values
    ]
    assert rows == [[3, None, C.UNIT_NIGHT, NIGHT], [40, "week", C.UNIT_PERIOD, NIGHT]]
    # counted without reading them, as the Claims page's pages of nights do
    assert store.claim_count(THE_NIGHT) == 2
    # the ledger of the night lists the night's claim only
    assert ledger.ledger(store, THE_NIGHT)[C.COUNT].tolist() == [3]


def test_a_week_with_its_days_is_listed_on_its_first_day(store: Store) -> None:
    week = "window=2026-04-06T00:00/2026-04-13T00:00 period=week"
    store.ingest_text(f"@mod {week}\nRU-BEL 212", published=MORNING)
    assert store.nightly().empty
    assert store.claims(Filters(date_from=NIGHT, date_to=NIGHT)).empty
    first = Filters(date_from=date(2026, 4, 6), date_to=date(2026, 4, 6))
    listed = store.claims(first)
    assert listed[[C.COUNT, C.PERIOD, C.UNIT]].values.tolist() == [[212, "week", C.UNIT_PERIOD]]
    assert store.claim_count(first) == 1


# --- the real parser -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "recap",
    [
        "На прошлой неделе над Курской областью были сбиты 40 беспилотников.",
        "За минувшую неделю над Курской областью уничтожены 40 БПЛА.",
        "Over the past week, 40 drones were downed over the Kursk Region, the governor said.",
    ],
)
def test_the_real_parsers_recap_leaves_the_night_its_own_figure(real: Store, recap: str) -> None:
    real.ingest_text(
        "Этой ночью над Курской областью сбиты три беспилотника.",
        channel="Губернатор Курской области",
        published=MORNING,
    )
    real.ingest_text(recap, channel="Губернатор Курской области", published=MORNING)
    assert _figures(real.nightly()) == [(NIGHT, "RU-KRS", 3)]
    listed = real.claims(THE_NIGHT)
    assert sorted(listed[C.COUNT].tolist()) == [3, 40]
    assert set(listed[C.PERIOD].dropna()) == {"week"}


def test_the_period_is_kept_with_the_statement(real: Store) -> None:
    real.ingest_text(
        "Этой ночью над Брянской областью сбиты 3 беспилотника. А всего за минувшую неделю над "
        "регионом уничтожены 61 беспилотник.",
        published=MORNING,
    )
    with real.engine.connect() as conn:
        s = schema.statements
        marks = conn.execute(select(s.c.seq, s.c.night_of, s.c.period).order_by(s.c.seq)).all()
    assert [tuple(m) for m in marks] == [(0, NIGHT, None), (1, None, "week")]


def test_the_claims_csv_keeps_the_period(store: Store, db_url: str, tmp_path: Path) -> None:
    from store import export

    store.ingest_text("@governor period=month\nRU-KRS 120", published=MORNING)
    path = tmp_path / "claims.csv"
    path.write_bytes(export.claims_csv(store.claims()))
    other = open_store(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        other.ingest_paths([path])
        assert other.claims()[[C.COUNT, C.PERIOD]].values.tolist() == [[120, "month"]]
        assert other.nightly().empty
    finally:
        other.close()


def test_a_version_14_database_is_re_parsed_for_its_recaps(
    real: Store, db_url: str, tmp_path: Path
) -> None:
    real.ingest_text(
        "Этой ночью над Курской областью сбиты три беспилотника.",
        channel="Губернатор Курской области",
        published=MORNING,
    )
    real.ingest_text(
        "На прошлой неделе над Курской областью были сбиты 40 беспилотников.",
        channel="Губернатор Курской области",
        published=MORNING,
    )
    real.ingest_text("За ночь над Брянской областью уничтожены 2 БПЛА.", published=MORNING)
    real.close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        # what version 14 had: no period, the recap placed by its publication
        conn.execute("ALTER TABLE statements DROP COLUMN period")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (14, '2026-01-01 00:00:00.000000')")
        conn.execute("UPDATE meta SET value = 'stale' WHERE key = 'figures_state'")
    store = open_store(db_url)
    try:
        assert _figures(store.nightly()) == [(NIGHT, "RU-BRY", 2), (NIGHT, "RU-KRS", 40)]
        # the post with no night of its own; the nights' posts are not read again
        assert store.stale_reports() == 1
        assert store.reparse().reports == 1
        assert _figures(store.nightly()) == [(NIGHT, "RU-BRY", 2), (NIGHT, "RU-KRS", 3)]
    finally:
        store.close()
