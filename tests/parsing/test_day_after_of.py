"""An English date after "of" is that day (stop 46, mayor2, our own wording).

"The raid was smaller than the one of May 3, 2025, when the mayor reported 40 drones downed":
the date after "of" names the day of the old raid the clause tells, as "on May 3, 2025" would;
its figure is a report of its own on that day (docs/labels.md: an old statement quoted in a
later article), never a second figure of tonight's report. "As of" is a point in time and
stays unread as a day.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

PUBLISHED = date(2026, 2, 10)

TONIGHT = "The mayor of Moscow said four drones flying toward Moscow had been shot down overnight."


def reports(text: str) -> list[tuple[int | None, date | None, list[tuple[str, int | None]]]]:
    return [
        (
            r.total,
            r.day_span.start.date() if r.day_span else r.night_of,
            sorted((c.area_id, c.count) for c in r.claims),
        )
        for r in parse(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    "old",
    [
        "It was a quieter night than the one of May 3, 2025, when he reported 40 drones shot "
        "down over Moscow.",
        "The attack of 3 May 2025 was far larger: 40 drones were shot down over Moscow.",
        "Residents still remember the raid of May 3, 2025, when 40 drones were downed over Moscow.",
    ],
)
def test_an_old_raid_dated_after_of_is_a_report_of_its_own(old: str) -> None:
    assert reports(f"{TONIGHT} {old}") == [
        (4, PUBLISHED, [("RU-MOW", 4)]),
        (40, date(2025, 5, 3), [("RU-MOW", 40)]),
    ]


def test_as_of_a_date_is_no_day() -> None:
    text = "As of February 10, four drones had been shot down over Moscow overnight."
    assert reports(text) == [(4, PUBLISHED, [("RU-MOW", 4)])]
