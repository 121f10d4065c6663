"""English names a night by the two days it lies between: "in the night between May 3 and 4",
"overnight between 3 and 4 May", "in the night between Saturday and Sunday" are the night that
ended on the second day, as "on the night of May 3 to 4" is; before, such a night was dated
by the day of publication. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

PUBLISHED = date(2024, 5, 7)  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "In the night between May 3 and 4, air defence units shot down nine drones over the "
        "Bryansk region, the ministry said.",
        "Overnight between 3 and 4 May, nine drones were destroyed over the Bryansk region.",
        "During the night between May 3rd and 4th, nine drones were intercepted over the "
        "Bryansk region.",
        "In the night between Friday and Saturday, nine drones were shot down over the "
        "Bryansk region, the governor said.",
    ],
)
def test_a_night_between_two_days_ends_on_the_second(text: str) -> None:
    assert [r.night_of for r in parse(text, PUBLISHED)] == [date(2024, 5, 4)]


def test_overnight_alone_is_still_the_night_before_publication() -> None:
    text = "Overnight, nine drones were shot down over the Bryansk region."
    assert [r.night_of for r in parse(text, PUBLISHED)] == [date(2024, 5, 7)]
