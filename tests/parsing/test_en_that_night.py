""" "that night" (issue 10), written for this project in our own words: a figure told "that
night" or "the same night" is of the night the sentence before named, never the night before
publication ("that night" had been read as "at night"); "в ту же ночь" the same."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

TUESDAY = date(2026, 3, 17)
SUNDAY = date(2026, 3, 15)


def _nights(text: str) -> list[tuple[str, int | None, date | None]]:
    """(reporter, total, night) of each report from Russia's side."""
    return [(r.reporter, r.total, r.night_of) for r in parse(text, TUESDAY) if r.country == "RU"]


@pytest.mark.parametrize(
    "text",
    [
        "Overnight into Sunday, the ministry said it had downed 127 drones. Moscow Mayor Sergei "
        "Sobyanin reported 11 drones shot down on approach to the capital that night.",
        "Overnight into Sunday, the ministry said it had downed 127 drones. Moscow Mayor Sergei "
        "Sobyanin said 11 drones flying toward the capital were destroyed the same night.",
        "В ночь на воскресенье Минобороны сообщило о 127 сбитых беспилотниках. Мэр Москвы "
        "Сергей Собянин в ту же ночь сообщил о 11 беспилотниках, летевших на столицу.",
    ],
)
def test_that_night_is_the_night_told_before(text: str) -> None:
    assert _nights(text) == [("mod", 127, SUNDAY), ("mayor", 11, SUNDAY)]


def test_at_night_alone_is_still_a_night() -> None:
    text = (
        "An attack by five drones was repelled over the Kursk region at night, the governor said."
    )
    assert _nights(text) == [("governor", 5, TUESDAY)]
