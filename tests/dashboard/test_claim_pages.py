"""A long period on the Claims page is shown a week of nights at a time, newest first."""

from __future__ import annotations

from datetime import date

import store
from dashboard.claim_pages import PAGE_NIGHTS, first_page, pages


def test_a_long_period_is_cut_into_weeks_newest_first() -> None:
    assert PAGE_NIGHTS == 7
    assert pages(date(2026, 11, 10), date(2026, 11, 30)) == [
        (date(2026, 11, 24), date(2026, 11, 30)),
        (date(2026, 11, 17), date(2026, 11, 23)),
        (date(2026, 11, 10), date(2026, 11, 16)),
    ]
    # the oldest page keeps what is left
    assert pages(date(2026, 11, 8), date(2026, 11, 23)) == [
        (date(2026, 11, 17), date(2026, 11, 23)),
        (date(2026, 11, 10), date(2026, 11, 16)),
        (date(2026, 11, 8), date(2026, 11, 9)),
    ]
    # three years (June 2023 - November 2026): 1,279 nights, 182 weeks and the five left
    three = pages(date(2023, 6, 1), date(2026, 11, 30))
    assert (len(three), three[0], three[-1]) == (
        183,
        (date(2026, 11, 24), date(2026, 11, 30)),
        (date(2023, 6, 1), date(2023, 6, 5)),
    )


def test_a_short_or_open_period_is_one_page_or_none() -> None:
    assert pages(date(2026, 11, 24), date(2026, 11, 30)) == [
        (date(2026, 11, 24), date(2026, 11, 30))
    ]
    assert pages(date(2026, 11, 30), date(2026, 11, 30)) == [
        (date(2026, 11, 30), date(2026, 11, 30))
    ]
    assert pages(None, date(2026, 11, 30)) == []
    assert pages(date(2026, 11, 30), None) == []


def test_the_first_page_is_the_newest_week_with_the_other_filters_kept() -> None:
    wide = store.Filters(
        date_from=date(2023, 6, 1), date_to=date(2026, 11, 30), regions=("RU-KLU",), unit="day"
    )
    assert first_page(wide) == store.Filters(
        date_from=date(2026, 11, 24), date_to=date(2026, 11, 30), regions=("RU-KLU",), unit="day"
    )
    night = store.Filters(date_from=date(2026, 11, 30), date_to=date(2026, 11, 30))
    assert first_page(night) is night
    assert first_page(store.Filters()) == store.Filters()
