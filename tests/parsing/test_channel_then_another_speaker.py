"""A channel's own figures, then another speaker's (stop 46, our own wording).

In a mayor's or a governor's channel a sentence that names no speaker is the channel's own
words. A later sentence with figures that names another speaker ("по данным губернатора",
"сообщили в Минобороны") starts that speaker's report: it never takes the channel's figures
before it as its own (docs/labels.md: another speaker's figures are an extra report). It had
taken them, and the report's total then dropped the channel's figure.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 10, 2)


def reports(text: str, source: str) -> list[tuple[str, int | None, list[tuple[str, int | None]]]]:
    return [
        (r.reporter, r.total, sorted((c.area_id, c.count) for c in r.claims if not c.district_id))
        for r in parse(text, DAY, source=source)
    ]


@pytest.mark.parametrize(
    "later",
    [
        "UPD: по данным губернатора, всего за ночь над Курской областью уничтожено девять БПЛА.",
        "Губернатор позже сообщил, что всего над Курской областью за ночь сбиты девять дронов.",
    ],
)
def test_another_speakers_figure_after_the_mayors_own_is_his_report(later: str) -> None:
    text = f"Ночью над городом сбит беспилотник, пострадавших нет.\n\n{later}"
    assert reports(text, "Мэр Курска") == [
        ("mayor", 1, [("RU-KRS", 1)]),
        ("governor", 9, [("RU-KRS", 9)]),
    ]


def test_the_channels_own_speaker_named_again_goes_on() -> None:
    text = (
        "Ночью над Курской областью сбиты два беспилотника. "
        "Ещё один, как сообщил губернатор, уничтожен утром над Курской областью."
    )
    assert [r.reporter for r in parse(text, DAY, source="Губернатор Курской области")] == [
        "governor"
    ]
