"""Issue 10: a newsroom's correction of its own story.

"Correction: an earlier version of this story said 19 drones ...", "An earlier version of this
article misstated ...", "В предыдущей версии материала говорилось о 19 ...": what the story's
earlier version said is the figure the correction replaced (docs/labels.md: the superseded figure
is no report). Its items, up to a semicolon, give no claim and no total; the figure the story
gives now stays, and so does a clause after the semicolon. Texts written for these tests in our
own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

TUESDAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Defence Ministry said nine drones had been shot down over the Kursk region "
        "overnight. Correction: an earlier version of this story said 19 drones were shot down "
        "over the Kursk region.",
        "The ministry said nine drones were destroyed over the Kursk region overnight. An earlier "
        "version of this article misstated the figure as 19 drones over the Kursk region.",
        "Ночью над Курской областью сбиты девять беспилотников, сообщило Минобороны. Исправлено: "
        "в предыдущей версии материала говорилось о 19 сбитых беспилотниках над Курской областью.",
    ],
)
def test_the_earlier_versions_figure_is_no_report(text: str) -> None:
    assert report_summaries(text, TUESDAY) == [("mod", "RU", 9, [("RU-KRS", 9)], TUESDAY)]


def test_a_clause_after_the_semicolon_is_read() -> None:
    text = (
        "The ministry said nine drones were destroyed over the Kursk region overnight. Correction: "
        "a previous version of this story gave 19 drones over the Kursk region; the ministry also "
        "said four drones were downed over the Belgorod region."
    )
    (summary,) = report_summaries(text, TUESDAY)
    assert summary[3] == [("RU-KRS", 9), ("RU-BEL", 4)]
