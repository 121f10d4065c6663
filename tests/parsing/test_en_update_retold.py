"""Issue 10: an update to a post, as a news text retells it in words, is a report of its own.

A governor's or a mayor's post updated later ("UPD: сбиты ещё два") is an update: its own
report, never added to the post's figure (docs/labels.md). An English news text says so in
words: "In an update later on Tuesday, the governor said two more drones had been shot down",
"Updated at 6:10 a.m.: ...". The ministry's "daily update" is its regular statement, no update
of a post. Reports written for these tests in our own words (the stand-in gazetteer of
conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse

_POST = "Four drones were destroyed over the Belgorod region overnight, Governor Gladkov said."


@pytest.mark.parametrize(
    "update",
    [
        "In an update later on Tuesday morning, Gladkov said that two more drones had been "
        "shot down over the Shebekino district.",
        "In a later update, he wrote that another two drones were downed over the Shebekino "
        "district.",
        "Updated at 6:10 a.m.: two more drones were shot down over the Shebekino district, "
        "Gladkov said.",
        "In an update two hours later, the governor said 2 more UAVs had been destroyed over the "
        "Shebekino district.",
        "In a new update, Gladkov reported that two more drones had been intercepted over the "
        "Shebekino district.",
        # a live page's entry: who updated what, a colon, then the update's own words
        'Gladkov updates his post: "UPD: two more drones were shot down over the Shebekino '
        'district."',
        "The governor later updated his message: two more drones were shot down over the "
        "Shebekino district.",
    ],
)
def test_an_update_told_in_words_is_its_own_report(update: str) -> None:
    post, upd = parse(f"{_POST}\n\n{update}")
    assert [(c.area_id, c.count) for c in post.claims] == [("RU-BEL", 4)]
    assert post.total == 4
    assert ("RU-BEL", "RU-BEL:shebekinsky", 2) in [
        (c.area_id, c.district_id, c.count) for c in upd.claims
    ]


def test_the_ministrys_daily_update_is_no_update_of_a_post() -> None:
    text = (
        "Russia's Defence Ministry said in its morning statement that 12 drones were destroyed "
        "over the Bryansk region overnight. In its daily update, the ministry said 12 drones had "
        "been destroyed over the Bryansk region overnight."
    )
    reports = parse(text)
    assert [r.reporter for r in reports] == ["mod"]
