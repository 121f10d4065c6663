"""A headline's drone with no article (issue 10), written for this project in our own words:
headlines leave the article out, so "Drone shot down over Kaluga region" opening a headline is
one drone, as "A drone was shot down over the Kaluga region" is. Only a drone noun in the
singular right before its verb of downing counts; a drone noun before another noun ("Drone
attack repelled") names a kind of thing, no drone. A sentence opening on "the" and a drone
noun in the singular before its verb in the passive is one drone too ("The UAV was destroyed
over the Belgorod Region": the ministry's one drone of an attempt told again)."""

from __future__ import annotations

import pytest

from parsing import parse
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


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "An attempt to attack targets in Russia with a fixed-wing UAV was foiled this "
            "morning. The UAV was destroyed by air defence systems on duty over the territory of "
            "the Kursk Region.",
            "RU-KRS",
        ),
        ("The drone was shot down over the Bryansk region, the ministry said.", "RU-BRY"),
        (
            "Kyiv tried to strike the region with a drone. The unmanned aerial vehicle has been "
            "intercepted over the Belgorod Region.",
            "RU-BEL",
        ),
        ("The Ukrainian UAV was brought down over the Kaluga region shortly after noon.", "RU-KLU"),
        ("The fixed-wing drone had been destroyed above the Kursk region by 6 a.m.", "RU-KRS"),
    ],
)
def test_the_drone_a_sentence_opens_on_before_a_passive_verb_is_one(text: str, area: str) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == [(area, 1)]
    assert report.total == 1


@pytest.mark.parametrize(
    "text",
    [
        # the drone's own deed, no passive: it downs nothing
        "The drone hit a warehouse in the Kursk region, the governor said.",
        # the drones in the plural: no figure of one
        "The drones were shot down over the Kursk region, the governor said.",
        # the drone as a noun's kind
        "The drone attack was repelled over the Kursk region.",
    ],
)
def test_the_drone_with_no_passive_verb_of_downing_is_no_figure(text: str) -> None:
    assert [count for _a, _d, count in claim_rows(text) if count is not None] == []


@pytest.mark.parametrize(
    "part",
    [
        "the debris of a downed drone had fallen",
        "debris of a downed UAV fell",
        "wreckage from a downed drone landed",
        "fragments from an intercepted UAV fell",
        "pieces of a drone shot down by air defence fell",
        "remnants of a destroyed drone were found",
        "parts of a downed drone came down",
    ],
)
def test_a_part_of_a_drone_that_fell_is_no_drone_downed(part: str) -> None:
    # debris of "a downed drone" tells where it fell, no figure of the governor's own
    text = (
        "Air defences destroyed nine drones over the Tula region overnight, the ministry said. "
        f"The regional governor said {part} in the Kimovsky district; nobody was hurt."
    )
    counts = [(r.reporter, c.count) for r in parse(text) for c in r.claims]
    assert ("mod", 9) in counts
    assert [n for _who, n in counts if n is not None] == [9]
