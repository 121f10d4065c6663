"""Issue 10: the ministry's daily summary of the war told, then quoted (stop 46). Reports
written for these tests in our own words (the stand-in gazetteer of conftest.py).

``rules.front_tally`` (``told``, ``Context.front_day``): a sentence that gives the past day's
drones beside the front's weapons with no place is the front's, no report (docs/labels.md); the
statement quoted under it, which repeats the drones and the weapons without the span of the day,
had been read as a report of its own with that total. After such a line, one that names the
front's weapons beside drones with no place is the same line (never one that names a night).
A sentence of the day's drones alone after it stays a report (corpus-dev labels one so).
``vocab.PAST_DAY``: a headline leaves the article out ("... in past day - MoD").
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 7, 14)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Russian air defences shot down two guided aerial bombs, four rockets of a US-made "
            "launcher and 162 fixed-wing drones over the past day, the ministry said in its daily "
            'update. "Air defence assets shot down two guided aerial bombs, four rockets and 162 '
            'fixed-wing unmanned aerial vehicles," the statement said.'
        ),
        (
            "За прошедшие сутки средства ПВО сбили две управляемые авиабомбы и 162 беспилотника, "
            "сообщили в Минобороны. «Средствами противовоздушной обороны сбиты две управляемые "
            "авиабомбы и 162 беспилотных летательных аппарата самолетного типа», — говорится в "
            "сообщении."
        ),
    ],
)
def test_the_front_s_day_quoted_again_is_no_report(text: str) -> None:
    assert parse(text, DAY) == []


def test_a_headline_s_day_without_its_article_is_the_front_s() -> None:
    assert parse("Air defences down 150 drones, two HIMARS rockets in past day - MoD", DAY) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the day's drones alone, after the front's line: a report of the day (its place unknown)
        (
            "За сутки сбиты две управляемые авиабомбы и 162 беспилотника. Средства ПВО за "
            "сутки уничтожили 162 беспилотника самолетного типа.",
            [162],
        ),
        # a night named, beside a missile: another report
        (
            "Air defences downed three guided bombs and 162 drones over the past 24 hours, the "
            "ministry said. Overnight, 40 drones and two missiles were destroyed, it added.",
            [40],
        ),
    ],
)
def test_after_the_front_s_day_other_figures_stay(text: str, want: list[int]) -> None:
    assert [r.total for r in parse(text, DAY)] == want


def test_another_figure_beside_the_front_s_day_stays_a_report() -> None:
    text = (
        "Air defences downed three guided bombs and 162 drones over the past 24 hours, the "
        "ministry said. Separately, the governor of the Kursk region said 12 drones were "
        "destroyed over the region overnight."
    )
    assert [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, DAY)] == [
        (12, [("RU-KRS", 12)])
    ]
