"""Issue 10: a figure told as its speaker's earlier words in a text that corrects itself is the
superseded one, wherever the text tells it (docs/labels.md: a correction's figure is the report,
the one it replaced no report).

"According to updated figures ... 17 over the Rostov region. It had earlier reported 14 drones
downed over the Rostov region": the 14 told after the correction is no second row of the region
(nor, in Russian, a report of its own: "Ранее ведомство сообщало о 14 ..."). A place the earlier
words give a figure that the correction does not set right keeps it; without a correction in
the text, earlier words are read as before. Reports written for these tests in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Claims, claims_by_report

_DAY = date(2025, 2, 15)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "According to updated figures, the defence ministry said 17 drones were destroyed "
            "over the Rostov region overnight. It had earlier reported 14 drones downed over the "
            "Rostov region.",
            [[("RU-ROS", None, 17)]],
        ),
        (
            "The Belgorod governor revised his count: nine drones were shot down over the region "
            "overnight. He had initially said six drones were downed over the Belgorod region.",
            [[("RU-BEL", None, 9)]],
        ),
        (
            "In revised figures the ministry now says 12 drones were downed over the Kursk region "
            "and five over the Bryansk region. It had previously reported eight over the Kursk "
            "region.",
            [[("RU-KRS", None, 12), ("RU-BRY", None, 5)]],
        ),
        (
            "По уточнённым данным Минобороны, ночью над Ростовской областью уничтожены 17 "
            "беспилотников. Ранее ведомство сообщало о 14 беспилотниках, сбитых над Ростовской "
            "областью.",
            [[("RU-ROS", None, 17)]],
        ),
        (
            "Earlier, the ministry had reported 14 drones downed over the Rostov region. According "
            "to updated data, 17 drones were destroyed over the Rostov region overnight.",
            [[("RU-ROS", None, 17)]],
        ),
    ],
)
def test_the_figure_told_as_said_before_gives_way_to_the_correction(
    text: str, want: Claims
) -> None:
    assert claims_by_report(text, _DAY) == want


def test_earlier_words_stay_where_nothing_is_corrected() -> None:
    text = (
        "The governor said nine drones were shot down over the Belgorod region overnight. He had "
        "earlier reported three drones downed over the Belgorod region on Monday evening."
    )
    assert claims_by_report(text, _DAY) == [[("RU-BEL", None, 9)], [("RU-BEL", None, 3)]]


def test_a_place_the_correction_leaves_keeps_its_earlier_figure() -> None:
    text = (
        "According to revised figures, 12 drones were downed over the Kursk region overnight. It "
        "had earlier reported 12 over the Kursk region and two over the Bryansk region."
    )
    rows = [row for report in claims_by_report(text, _DAY) for row in report]
    assert ("RU-BRY", None, 2) in rows
    assert rows.count(("RU-KRS", None, 12)) == 1
