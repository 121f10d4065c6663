"""Issue 10: one drone an English headline or the ministry's English names with no number.

A headline drops the article before its object as before its subject: "Russia says it shot down
drone over Bryansk region" is one drone, as "Drone shot down over ..." is. The participle before
its noun ("debris of downed drone", "a destroyed drone") downs none, nor does the noun before
another noun ("destroyed drone launch sites"). The ministry's one drone jammed by electronic
warfare, "The UAV was suppressed by electronic warfare means over ...", is downed, as "подавлен"
is. Reports written for these tests in our own words.
"""

from __future__ import annotations

import pytest

from parsing import parse

Row = tuple[str, str | None, int | None]


def _rows(text: str) -> set[Row]:
    return {(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia says it shot down drone over Bryansk region", {("RU-BRY", None, 1)}),
        ("Russian air defences destroy Ukrainian drone over Kursk region", {("RU-KRS", None, 1)}),
        ("Russia intercepts UAV over Belgorod region - ministry", {("RU-BEL", None, 1)}),
        ("Moscow says it downed drone heading for the capital", {("RU-MOW", None, 1)}),
        (
            "Defence ministry says air defences brought down fixed-wing drone over Tula region",
            {("RU-TUL", None, 1)},
        ),
        # two verbs joined: the subject stands before the first
        (
            "Russia says it intercepted and destroyed drone over Bryansk region",
            {("RU-BRY", None, 1)},
        ),
    ],
)
def test_a_headlines_drone_after_its_verb_is_one(text: str, want: set[Row]) -> None:
    assert _rows(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Debris of downed drone damages house in Kursk region",
        "Ukraine says it destroyed drone launch sites in Kursk region",
        "Downed drone falls on a roof in Belgorod region",
        "Fragments from a destroyed drone landed in the Bryansk region",
        "Debris of intercepted and downed drone hits a house in Kursk region",
    ],
)
def test_a_participle_or_another_nouns_drone_is_no_figure(text: str) -> None:
    assert all(c.count is None for r in parse(text) for c in r.claims)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The UAV was suppressed by electronic warfare means over the Kursk Region and crashed "
            "in a field.",
            {("RU-KRS", None, 1)},
        ),
        (
            "The drone was jammed by electronic warfare over the Bryansk region.",
            {("RU-BRY", None, 1)},
        ),
        ("Drone suppressed over Tula region, governor says", {("RU-TUL", None, 1)}),
    ],
)
def test_one_drone_jammed_is_downed(text: str, want: set[Row]) -> None:
    assert _rows(text) == want
