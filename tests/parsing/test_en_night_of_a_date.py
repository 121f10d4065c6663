"""English agencies translate the ministry's "в ночь на 12 мая" as "on the night of May 12":
the night that ended on the morning of that date. An article that recalls an earlier night so
("On the night of May 3, 2023, the ministry said ...") tells a report of that night, never more
figures of the night it is about. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

PUBLISHED = date(2024, 5, 12)


@pytest.mark.parametrize(
    "text",
    [
        "On the night of May 12, air defence units destroyed six drones over the Kursk "
        "region, the ministry said.",
        "During the night of 12 May, six drones were shot down over the Kursk region.",
    ],
)
def test_the_night_of_a_date_ends_on_that_date(text: str) -> None:
    assert [r.night_of for r in parse(text, PUBLISHED)] == [date(2024, 5, 12)]


def test_an_earlier_night_recalled_is_a_report_of_its_own() -> None:
    text = (
        "Air defence units destroyed six drones over the Kursk region overnight, the ministry "
        "said. On the night of March 3, 2023, the ministry said 14 drones had been downed "
        "over the Bryansk region."
    )
    got = [(r.night_of, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, PUBLISHED)]
    assert got == [
        (date(2024, 5, 12), [("RU-KRS", 6)]),
        (date(2023, 3, 3), [("RU-BRY", 14)]),
    ]
