"""A report dated by a day or its evening with no clock ("Вечером 14 апреля ...") has no
window (the text told no hours: ``parsing.Report.day_span``), yet the store places it on that
day as before, never by its publication on the night after it. Our own wording, the real
parser, a real database."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from settings import MSK
from store import columns as C
from store import open_store, schema

#: posted before the night ends at 07:00: a text with no time of its own is on that night
MORNING = datetime(2026, 4, 15, 6, 30, tzinfo=MSK)
EVENING = date(2026, 4, 14)


@pytest.fixture
def real(db_url: str):
    """A store with the real parser."""
    opened = open_store(db_url)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("text", "start", "placed"),
    [
        # the evening's middle, 21:00, lies in the hours of the night that ends on the 15th
        # (from 20:00: ``settings``), the night the evening opens, not the one the post ended
        (
            "Вечером 14 апреля над Курской областью сбиты три беспилотника.",
            18,
            (date(2026, 4, 15), C.UNIT_NIGHT),
        ),
        ("Вчера над Курской областью силами ПВО уничтожены три БПЛА.", 0, (EVENING, C.UNIT_DAY)),
    ],
)
def test_a_day_named_without_a_clock_places_the_report_on_that_day(
    real, text: str, start: int, placed: tuple[date, str]
) -> None:
    real.ingest_text(text, published=MORNING)
    with real.engine.connect() as conn:
        s = schema.statements
        rows = conn.execute(select(s.c.window_start, s.c.window_end, s.c.night_of)).all()
    assert [tuple(r) for r in rows] == [
        (datetime(2026, 4, 14, start, 0), datetime(2026, 4, 15, 0, 0), None)
    ]
    figures = real.nightly()
    assert [(r[C.DATE], r[C.UNIT], r[C.AREA_ID], r[C.FIGURE]) for _, r in figures.iterrows()] == [
        (*placed, "RU-KRS", 3)
    ]
