"""English news about a corrected figure (issue 10; docs/labels.md: "the superseded one is no
report"), written for this project in our own words: the one vocabulary of a text that corrects
itself (``parsing.vocab.CORRECTION`` and ``CORRECTED_NEWS``) and of a figure told as its
speaker's earlier words (``parsing.vocab.TOLD``) reads English as it reads Russian.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

PUBLISHED = date(2025, 8, 19)
_BODY = (
    "Air defences destroyed 26 Ukrainian drones between 08:00 and 14:00 Moscow time: 15 over "
    "the Kursk region and 11 over the Bryansk region, the ministry said. "
)
_EARLIER = "Earlier, the ministry had reported 23 drones downed over the same regions."


@pytest.mark.parametrize(
    "lede",
    [
        "Russia's defence ministry corrected its count of drones downed on Monday afternoon. ",
        "The defence ministry has revised its tally for Monday afternoon. ",
        "UPDATE: the ministry published updated figures. ",
    ],
)
def test_the_figure_an_english_correction_set_right_is_no_report(lede: str) -> None:
    assert [s[2] for s in report_summaries(lede + _BODY + _EARLIER, PUBLISHED)] == [26]


def test_the_earlier_figure_of_a_text_that_corrects_nothing_stays_a_report() -> None:
    lede = "Russia's defence ministry reported drones downed on Monday afternoon. "
    assert [s[2] for s in report_summaries(lede + _BODY + _EARLIER, PUBLISHED)] == [26, 23]
