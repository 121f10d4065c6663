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


# -- the night's count so far, told after the report's figures, is a report of its own --------


@pytest.mark.parametrize(
    "text",
    [
        "Ночью силами ПВО отражена атака четырёх беспилотников, летевших на Москву.\n\n"
        "UPD 03:10 Сбит ещё один БПЛА на подлёте к городу.\n\n"
        "UPD 04:25 Уничтожены два беспилотника. Всего с начала ночи сбито 9 дронов, летевших "
        "на Москву.",
        "Этой ночью ПВО сбили четыре беспилотника, летевших на Москву.\n"
        "UPD: ещё один БПЛА уничтожен на подлёте к столице.\n"
        "UPD: отражена атака двух дронов. Всего с начала ночи — 9.",
    ],
)
def test_a_count_so_far_after_updates_is_not_the_first_reports_total(text: str) -> None:
    # the updates are reports of their own, and so is the count since the night began
    # (4 + 1 + 2 is not 9: it holds lines this text does not tell)
    assert _first_total(text) == 4


@pytest.mark.parametrize(
    "tally",
    [
        "Всего, по его данным, с начала ночи сбиты 17 беспилотников.",
        "По словам мэра, всего с начала ночи уничтожено 17 БПЛА.",
        "Всего с начала ночи, по данным Собянина, отражена атака 17 дронов.",
    ],
)
def test_a_retold_count_so_far_is_no_total_of_the_line_it_follows(tally: str) -> None:
    text = (
        "Собянин сообщил о новой атаке беспилотников на Москву\n\n"
        "В ночь на 3 июня силы ПВО отразили атаку ещё четырёх беспилотников, летевших на "
        "Москву, сообщил мэр столицы Сергей Собянин.\n\n"
        f"{tally}"
    )
    assert [t for t, _rows in _reports(text)] == [4, 17]
