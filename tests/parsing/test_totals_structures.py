"""A report's total by the structure that states it (our own wording; docs/parser.md, "A
report's total: structures the working sets of stop 36 showed").

The total is the figure the report states for all its areas: never one it corrects, never a
headline's sum of the body's windows, never the night's count so far told after the report."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

from .conftest import by_place

P = date(2025, 6, 3)


def _reports(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, by_place((c.area_id, c.district_id, c.count) for c in r.claims))
        for r in parse(text, P)
        if r.country == "RU"
    ]


def _first_total(text: str) -> int | None:
    return next(r.total for r in parse(text, P) if r.country == "RU")


# -- a correction under an update's label sets the report's figure right ----------------------


@pytest.mark.parametrize(
    ("head", "first", "corrected"),
    [
        ("Дополнено (06:55):", "более 20", 24),
        ("Обновлено 07:10.", "около 20", 23),
        ("UPD:", "свыше 20", 26),
        ("Дополнение:", "не менее 20", 21),
    ],
)
def test_an_update_that_corrects_the_night_is_no_report_of_its_own(
    head: str, first: str, corrected: int
) -> None:
    # a corrected whole under an update's label sets the post's figure right: one report
    text = (
        f"Ночью над Воронежской областью уничтожены {first} беспилотников. Пострадавших нет.\n\n"
        f"{head} по уточнённым данным, всего за ночь уничтожено {corrected} БПЛА."
    )
    assert _reports(text) == [(corrected, [("RU-VOR", None, corrected)])]


def test_an_update_that_tells_more_is_still_a_report_of_its_own() -> None:
    # (no correction: the night's count so far after the post's figure is its own report)
    text = (
        "Ночью над Воронежской областью уничтожены 6 беспилотников.\n\n"
        "Дополнено (06:55): всего за ночь уничтожено 9 БПЛА."
    )
    assert [t for t, _rows in _reports(text)] == [6, 9]

