"""The Claims page's pages: a long period is shown a week of nights at a time, newest
first, so a page's claims are read, analysed and drawn well within a second."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import store
from dashboard.html_table import page_label

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


def shown_line(
    period: tuple[date, date] | None,
    place: tuple[int, int],
    rows: tuple[int, int] | None,
    total: int,
) -> str:
    """Return the line above the claims table saying what of it is shown: the nights of
    ``period`` and its ``place`` (index, count) among the pages of nights, newest first,
    and the ``rows`` slice of its ``total`` rows (each left out when there is one).

    The pickers that change them are drawn when asked for (the Claims page's "Other
    nights or rows"), so this line is what says which page is shown.

    >>> shown_line((date(2026, 11, 24), date(2026, 11, 30)), (0, 180), (0, 50), 886)
    'Nights 2026-11-24 – 2026-11-30, the newest of 180 pages · rows 1–50 of 886'
    >>> shown_line((date(2026, 11, 17), date(2026, 11, 23)), (1, 180), None, 40)
    'Nights 2026-11-17 – 2026-11-23, page 2 of 180 (newest first)'
    >>> shown_line(None, (0, 1), (50, 100), 120)
    'Rows 51–100 of 120'
    """
    parts = []
    if period is not None:
        index, count = place
        where = (
            f"the newest of {count:,} pages"
            if index == 0
            else (f"page {index + 1:,} of {count:,} (newest first)")
        )
        parts.append(f"Nights {period[0]} – {period[1]}, {where}")
    if rows is not None:
        label = page_label(rows, total)
        parts.append(label if parts else label[0].upper() + label[1:])
    return " · ".join(parts)
