"""A headline's drone with no article (issue 10), written for this project in our own words:
headlines leave the article out, so "Drone shot down over Kaluga region" opening a headline is
one drone, as "A drone was shot down over the Kaluga region" is. Only a drone noun in the
singular right before its verb of downing counts; a drone noun before another noun ("Drone
attack repelled") names a kind of thing, no drone."""

from __future__ import annotations

import pytest

from tests.parsing.conftest import claim_rows


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Drone shot down over Kaluga region overnight, no casualties — governor", "RU-KLU"),
        ("Ukrainian drone downed over Kursk region, governor says", "RU-KRS"),
        ("UAV destroyed over Belgorod region; no one hurt, Gladkov says", "RU-BEL"),
        ("Enemy drone intercepted over the Bryansk region overnight", "RU-BRY"),
    ],
)
def test_a_headlines_bare_drone_is_one(text: str, area: str) -> None:
    assert claim_rows(text) == [(area, None, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Drone attack repelled over Kursk region, governor says",
        "Drones shot down over Kursk region, governor says",
    ],
)
def test_no_figure_without_a_single_drone_before_its_verb(text: str) -> None:
    assert [count for _a, _d, count in claim_rows(text) if count is not None] == []
