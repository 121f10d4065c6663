"""A run of days opened by "со" (stop 46, our own wording).

"со 2 по 8 марта" is "с 2 по 8 марта" as it is said ("со второго"): the days' recap, its window
from 00:00 of the first day to 00:00 of the day after the last (docs/labels.md), never the week
with no dates.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from settings import MSK

PUBLISHED = date(2026, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        "За неделю, со 2 по 8 марта, над Курской областью сбиты 40 беспилотников.",
        "Со 2 по 8 марта над Курской областью сбиты 40 беспилотников.",
    ],
)
def test_a_run_of_days_after_so_is_the_recaps_window(text: str) -> None:
    [r] = parse(text, PUBLISHED)
    assert (r.total, r.night_of, r.window.start, r.window.end) == (
        40,
        None,
        datetime(2026, 3, 2, 0, 0, tzinfo=MSK),
        datetime(2026, 3, 9, 0, 0, tzinfo=MSK),
    )
