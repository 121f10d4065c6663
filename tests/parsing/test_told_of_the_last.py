"""The last drones of a series a mayor told one by one (stop 46, mayor2, our own wording).

A news retelling of a mayor's posts tells each post's figure in the prepositional case after his
verb of telling, and the last post's as "о последних двух": the final drones of the series, more
of them as "ещё о двух" is, added to the figures told before it (docs/labels.md: one speaker's
figures over one area add).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2025, 10, 19)


def reports(text: str) -> list[tuple[int | None, list[tuple[str, int | None]]]]:
    return [(r.total, sorted((c.area_id, c.count) for c in r.claims)) for r in parse(text, SUNDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "В 01:20 мэр Москвы написал о трёх сбитых беспилотниках, летевших на Москву, а в 04:10 "
        "сообщил о последних двух.",
        "В 01:20 мэр Москвы написал о трёх сбитых беспилотниках, летевших на Москву, а в 04:10 "
        "сообщил ещё о двух.",
    ],
)
def test_the_last_two_told_in_one_sentence_add(text: str) -> None:
    assert reports(text) == [(None, [("RU-MOW", 5)])]


def test_the_last_two_told_in_a_sentence_of_their_own_are_read() -> None:
    text = (
        "В 01:20 мэр Москвы написал о трёх сбитых беспилотниках, летевших на Москву. "
        "В 04:10 он сообщил о последних двух."
    )
    assert reports(text) == [(None, [("RU-MOW", 2), ("RU-MOW", 3)])]
