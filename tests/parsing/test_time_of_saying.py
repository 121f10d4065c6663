"""Issue 10: a clock time that opens the clause of a saying or posting verb is when the speaker
spoke, never a window of the figures he told.

"At 1:05 a.m., the mayor reported that a drone had been downed ...": the time and the speaker
are one clause and the drones are told in what he said, so the time dates his words (a retelling
of timed posts under "overnight" is that night's, docs/labels.md: post times are no windows).
A comma after the time parts it from the verb only when the time opens its clause; a time at
the end of the drones' own clause stays theirs ("destroyed a drone ... at 10:15 a.m. Moscow
time, the ministry said"). Written for these tests in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.time import find_time

DAY = date(2025, 4, 9)


@pytest.mark.parametrize(
    "sentence",
    [
        "At 1:05 a.m., Mayor Sergei Sobyanin reported that air defences had downed a drone "
        "flying toward Moscow.",
        "At 2:20 a.m. he wrote on Telegram that two drones had been shot down over the Kaluga "
        "region.",
        "At about 3:15 a.m., the regional governor posted that three drones were destroyed over "
        "the Tula region.",
        "Around 4:40 a.m. Governor Alexander Bogomaz said four drones had been intercepted over "
        "the Bryansk region.",
        "At 23:50 Moscow time, the Defence Ministry announced that five drones were destroyed "
        "over the Kursk region.",
        "В 01:30 мск губернатор Александр Гусев написал, что над областью сбиты шесть дронов.",
    ],
)
def test_a_time_opening_a_saying_clause_is_no_time_of_the_figures(sentence: str) -> None:
    assert find_time(sentence.lower(), 0, DAY) is None


def test_a_saying_clause_after_a_semicolon_opens_on_its_own_time() -> None:
    text = "Drones flew at the city overnight; at 2:35 a.m., he wrote that two had been downed."
    start = text.index("at 2:35")
    assert find_time(text[start:].lower(), 0, DAY) is None


def test_a_time_ending_the_drones_clause_stays_theirs_before_a_saying_comma() -> None:
    tm = find_time(
        "two drones were destroyed over the oryol region at about 9:40 a.m., the governor said.",
        0,
        DAY,
    )
    assert tm is not None and tm.window is not None
    assert (f"{tm.window.start:%H:%M}", tm.window.start == tm.window.end) == ("09:40", True)


def test_timed_posts_retold_under_overnight_keep_the_night_and_no_window() -> None:
    text = (
        "Drones flew at Moscow overnight. At 1:05 a.m., Mayor Sergei Sobyanin reported that air "
        "defences had downed a drone flying toward the city."
    )
    (report,) = parse(text, DAY)
    assert (report.window, report.night_of) == (None, DAY)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-MOW", 1)]
