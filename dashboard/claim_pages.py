"""The Claims page's pages: a long period is shown a week of nights at a time, newest
first, so a page's claims are read, analysed and drawn well within a second."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import store

#: Nights per page of the claims table when the period is longer: a week of claims
#: (about a thousand over the busiest years).
PAGE_NIGHTS = 7


def pages(
    date_from: date | None, date_to: date | None, nights: int = PAGE_NIGHTS
) -> list[tuple[date, date]]:
    """Return the periods of at most ``nights`` nights a long period is shown in, newest
    first (one page, the whole period, when it is short or open-ended).

    >>> pages(date(2026, 1, 1), date(2026, 2, 10), nights=31)
    [(datetime.date(2026, 1, 11), datetime.date(2026, 2, 10)), (datetime.date(2026, 1, 1), datetime.date(2026, 1, 10))]
    """
    if date_from is None or date_to is None:
        return []
    out = []
    end = date_to
    while end >= date_from:
        start = max(date_from, end - timedelta(days=nights - 1))
        out.append((start, end))
        end = start - timedelta(days=1)
    return out


def first_page(filters: store.Filters) -> store.Filters:
    """Return ``filters`` narrowed to the page the Claims page opens on: the newest
    :data:`PAGE_NIGHTS` nights of a longer period, else the period itself."""
    periods = pages(filters.date_from, filters.date_to)
    if len(periods) <= 1:
        return filters
    first, last = periods[0]
    return replace(filters, date_from=first, date_to=last)
