"""Russian news: a figure a sentence opening on a part of a past week tells ("В конце прошлой
недели", "в середине минувшей недели", "на позапрошлой неделе", "в начале недели") is an earlier
report of its own (issue 10), never this night's figure; "ещё N" of the night after it is the
night's own. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

TUESDAY = date(2025, 10, 21)


@pytest.mark.parametrize(
    "past",
    [
        "В конце прошлой недели",
        "В середине минувшей недели",
        "На позапрошлой неделе",
        "В начале недели",
        "Еще в начале прошлой недели",
    ],
)
def test_a_past_week_s_figure_is_no_part_of_the_night(past: str) -> None:
    text = (
        f"{past} над Брянской областью были сбиты 12 беспилотников, сообщил губернатор. "
        "В ночь на вторник над регионом уничтожены ещё три."
    )
    assert report_summaries(text, TUESDAY) == [
        ("governor", "RU", 12, [("RU-BRY", 12)], None),
        ("governor", "RU", 3, [("RU-BRY", 3)], TUESDAY),
    ]
