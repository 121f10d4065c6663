"""The ministry's day with its windows as headings (issue 10), written for this project in our
own words: the verb is told once at the top ("Сегодня ... перехвачены и уничтожены украинские
БПЛА."), then each window heads its bulleted rows with its figure and a colon ("В период с
08.00 до 14.00 мск — 21 БПЛА:"); each window is a report of its rows, and "Всего за день
уничтожено 38" after them is the day's tally, a report of its own (docs/labels.md), never the
last window's total. The heading had been no line that downs drones, so the rows under it were
read as nothing at all."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import claims_by_report, report_times

TUESDAY = date(2025, 6, 10)


def _at(hour: int) -> datetime:
    return datetime(2025, 6, 10, hour, tzinfo=MSK)


ROWS_1 = "▫️6 – над территорией Курской области;\n▫️8 – над акваторией Азовского моря."
ROWS_2 = "▫️11 – над территорией Брянской области;\n▫️4 – над территорией Республики Крым."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("В период с 08.00 до 14.00 мск — 14 БПЛА:", "В период с 14.00 до 20.00 мск — 15 БПЛА:"),
        ("С 08.00 до 14.00 мск — 14 беспилотников:", "С 14.00 до 20.00 мск — 15 беспилотников:"),
        ("С 8:00 до 14:00 мск — 14 дронов:", "С 14:00 до 20:00 мск — 15 дронов:"),
        (
            "В период с 08.00 до 14.00 мск 10 июня — 14 украинских БПЛА:",
            "В период с 14.00 до 20.00 мск 10 июня — 15 украинских БПЛА:",
        ),
        (
            "За период с 08.00 до 14.00 — четырнадцать БПЛА:",
            "За период с 14.00 до 20.00 — пятнадцать БПЛА:",
        ),
    ],
)
def test_windows_heading_their_rows_under_one_verb(first: str, second: str) -> None:
    text = (
        "🔹Сегодня, 10 июня, дежурными средствами ПВО перехвачены и уничтожены украинские "
        f"беспилотные летательные аппараты самолетного типа.\n\n{first}\n{ROWS_1}\n\n"
        f"{second}\n{ROWS_2}\n\nВсего за день уничтожено 29 беспилотников."
    )
    assert report_times(text, TUESDAY) == [
        (14, (_at(8), _at(14)), None),
        (15, (_at(14), _at(20)), None),
        (29, None, None),
    ]
    assert claims_by_report(text, TUESDAY)[:2] == [
        [("RU-KRS", None, 6), ("SEA-AZOV", None, 8)],
        [("RU-BRY", None, 11), ("UA-43", None, 4)],
    ]


@pytest.mark.parametrize(
    "tally",
    [
        "Всего за день уничтожено 29 беспилотников.",
        "Всего за день над регионами России сбиты 29 БПЛА.",
        "Итого за прошедший день — 29 беспилотников.",
    ],
)
def test_the_days_tally_after_its_windows_is_a_report_of_its_own(tally: str) -> None:
    text = (
        "С 08.00 до 14.00 мск 10 июня дежурными средствами ПВО уничтожены 14 украинских БПЛА: "
        "6 – над территорией Курской области, 8 – над акваторией Азовского моря.\n\n"
        "С 14.00 до 20.00 мск уничтожены ещё 15 украинских БПЛА: 11 – над территорией "
        f"Брянской области, 4 – над территорией Республики Крым.\n\n{tally}"
    )
    assert [t[0] for t in report_times(text, TUESDAY)] == [14, 15, 29]


def test_a_day_named_by_its_date_after_the_word_stays_that_day() -> None:
    text = "Всего за день 8 июня над регионами России сбиты 23 беспилотника."
    assert report_times(text, TUESDAY) == [
        (23, (datetime(2025, 6, 8, tzinfo=MSK), datetime(2025, 6, 9, tzinfo=MSK)), None)
    ]
