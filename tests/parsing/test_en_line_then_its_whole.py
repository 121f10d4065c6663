"""Issue 10: a line's figure told as more, and the night's whole after it in the same sentence.

"Sobyanin now says a further three drones were shot down, bringing the total to five" after his
line of two: the three are more of the drones bound for Moscow (the whole's words after them do
not make them a total), and the whole, the lines' sum, closes the one report the lines make
(docs/labels.md: a retelling of a mayor's timed posts under his night total, corpus-dev b007),
never a report of its own. Reports written for these tests in our own words (the stand-in
gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse

_FIRST = "Mayor Sergei Sobyanin said two drones flying toward Moscow had been shot down."


@pytest.mark.parametrize(
    "text",
    [
        f"{_FIRST} Later he said a further three drones were shot down, bringing the total to five.",
        f"{_FIRST} Sobyanin then reported another three, bringing the night's total to five.",
        f"{_FIRST} Three more were downed, bringing the overnight tally to 5, the mayor wrote.",
        f"{_FIRST} A further 3 drones were destroyed, the mayor said, bringing the total to five.",
        "Мэр Москвы Сергей Собянин сообщил, что сбиты два беспилотника, летевших на Москву. "
        "Позднее сбиты ещё три, всего за ночь — пять.",
    ],
)
def test_the_line_and_its_whole_close_one_report(text: str) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-MOW", 2), ("RU-MOW", 3)]
    assert report.total == 5


def test_a_larger_whole_is_a_count_of_its_own() -> None:
    text = f"{_FIRST} Later he said a further three drones were shot down, bringing the total to 9."
    reports = parse(text)
    assert len(reports) == 2
    assert reports[-1].total == 9
