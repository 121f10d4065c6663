"""Issue 10: single clock times written into one speaker's lines of a night are one report.

"- в 23:40 над X районом уничтожен 1 БПЛА; - около 02:10 над Y — ещё 2; - в 04:55 над Z — 1.
Всего за ночь — 4": each line tells when its drone was downed; the times tell no statements
apart (docs/labels.md: a speaker's timed lines with no update's mark are one report, its rows
by place). The report is the night's and has no window: several times are no one window, and
the night's whole after them closes the lines, never a recap of a window. A line may open on
its clock time before its place and dash ("- в 04:55 над Z районом — 1"). Two single times
of two nights, or of a day, stay apart. Written for these tests in our own words.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import fake_districts, resolving, with_places

DAY = date(2024, 12, 21)
VOR = "Губернатор Воронежской области"


@pytest.fixture(autouse=True)
def _places() -> Iterator[None]:
    with resolving(
        with_places(fake_districts("RU-VOR", "Россошанский", "Лискинский", "Павловский"))
    ):
        yield


def _reports(text: str) -> list[tuple[str | None, date | None, int | None, list[tuple]]]:
    """(window as text, night, total, districts' rows) of each report."""
    return [
        (
            f"{r.window.start:%d %H:%M}-{r.window.end:%d %H:%M}" if r.window else None,
            r.night_of,
            r.total,
            [(c.district_id, c.count) for c in r.claims if c.district_id],
        )
        for r in parse(text, DAY, source=VOR)
    ]


ROWS = [("RU-VOR:россошанский", 1), ("RU-VOR:лискинский", 2), ("RU-VOR:павловский", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # a list of timed lines and the night's whole
        "Информация о ситуации за ночь:\n- в 23:40 над Россошанским районом уничтожен 1 БПЛА;\n"
        "- около 02:10 над Лискинским районом - еще 2;\n- в 04:55 над Павловским районом - 1.\n"
        "Всего за ночь - 4 беспилотника.",
        # every line "около", number words, a verb on each line
        "За ночь над областью работала ПВО:\n— около 23:50 над Россошанским районом сбит один "
        "беспилотник;\n— около 01:30 над Лискинским районом уничтожены два;\n— около 03:05 над "
        "Павловским районом сбит ещё один.\nВсего за ночь — четыре.",
        # sentences, not a list; times with points
        "Около 23.40 над Россошанским районом уничтожен беспилотник. Около 02.10 ещё два сбиты "
        "над Лискинским районом. Примерно в 04.55 над Павловским районом сбит ещё один. Всего "
        "за ночь уничтожены 4 БПЛА.",
    ],
)
def test_single_times_of_a_night_s_lines_are_one_report(text: str) -> None:
    assert _reports(text) == [(None, DAY, 4, ROWS)]


def test_single_times_of_lines_with_no_whole_are_one_report_with_no_total() -> None:
    text = (
        "Около 01:10 над Россошанским районом уничтожен 1 БПЛА. Около 02:10 над Лискинским "
        "районом уничтожены еще 2."
    )
    assert _reports(text) == [(None, DAY, None, ROWS[:2])]


def test_single_times_of_two_days_stay_two_reports() -> None:
    text = (
        "Около 14:20 над Россошанским районом уничтожен 1 БПЛА. Около 02:10 над Лискинским "
        "районом уничтожены еще 2."
    )
    assert [w for w, _n, _t, _r in _reports(text)] == ["21 14:20-21 14:20", "21 02:10-21 02:10"]


def test_the_ministry_s_attempts_at_two_times_stay_two_reports() -> None:
    # each attempt the ministry tells with its time is a statement of its own
    text = (
        "Около 06:40 мск предпринята попытка атаки беспилотником: он уничтожен над Россошанским "
        "районом, сообщило Минобороны России. Около 08:15 мск еще один БПЛА сбит над Лискинским "
        "районом, сообщило Минобороны."
    )
    assert [w for w, _n, _t, _r in _reports(text)] == ["21 06:40-21 06:40", "21 08:15-21 08:15"]
