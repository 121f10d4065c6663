"""Russian news over a quoted ministry statement: a headline's or a lede's part of the day
("вечером в среду", "сбитых вечером 17 февраля") above the statement's exact window is one
report with it, the window's (issue 10). Written for this project in our own words.

- A window that ends at midnight ("с 16.00 до 24.00 мск 4 февраля") is the day it starts on:
  the lede's "вечером в среду" of that day retells it (its end is the next day's 00:00, which
  had read it as the next day's, and the lede stood as a report of its own).
- A headline with a total and no place retells a statement that gives the total and names its
  regions with no figure each (the ministry's flat list), as it does a statement's rows.
- A time told above the figures (a headline's "вечером 17 февраля", then a sentence that gives
  the window "с 20.00 до 23.00" and no figure) takes the sharper of the two, as a time told
  among the figures does: the first one alone had dated the report.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from settings import MSK
from tests.parsing.conftest import report_times

THURSDAY = date(2026, 2, 5)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 2, day, hour, minute, tzinfo=MSK)


@pytest.mark.parametrize(
    ("lede", "window", "hours"),
    [
        (
            "Вечером в среду силы ПВО сбили 31 беспилотник, сообщило ведомство.",
            "с 16.00 до 24.00",
            (16, 24),
        ),
        (
            "В среду вечером ПВО перехватила 31 дрон, говорится в сводке.",
            "с 17.00 до 24.00",
            (17, 24),
        ),
        ("Вечером 4 февраля над регионами уничтожен 31 беспилотник.", "с 19.00 до 00.00", (19, 24)),
        (
            "4 февраля вечером дежурные средства ПВО сбили 31 беспилотник.",
            "с 18.00 до 24.00",
            (18, 24),
        ),
        ("Вечером в среду над тремя регионами сбит 31 беспилотник.", "с 20.00 до 23.00", (20, 23)),
    ],
)
def test_a_ledes_evening_retells_the_quoted_window(
    lede: str, window: str, hours: tuple[int, int]
) -> None:
    text = (
        f"{lede}\n\n«4 февраля {window} мск дежурными средствами ПВО перехвачены и уничтожены "
        "31 украинский беспилотный летательный аппарат: 20 – над территорией Брянской области, "
        "11 – над территорией Смоленской области», — отмечается в сообщении."
    )
    start, end = hours
    assert report_times(text, THURSDAY) == [
        (31, (_at(4, start), _at(5, 0) if end == 24 else _at(4, end)), None)
    ]


def test_a_window_that_ends_at_midnight_is_not_the_next_days_evening() -> None:
    text = (
        "Вечером в четверг ПВО сбила 12 беспилотников, сообщило ведомство.\n\n"
        "«4 февраля с 16.00 до 24.00 мск дежурными средствами ПВО перехвачены и уничтожены 12 "
        "украинских беспилотных летательных аппаратов над территорией Брянской области»."
    )
    assert [t[0] for t in report_times(text, date(2026, 2, 6))] == [12, 12]


@pytest.mark.parametrize(
    "headline",
    [
        "Минобороны: 27 беспилотников ВСУ сбиты вечером над тремя регионами",
        "ПВО сбила 27 беспилотников",
        "Над тремя регионами России перехвачены 27 украинских дронов",
        "27 беспилотников уничтожены над российскими регионами — Минобороны",
        "Минобороны сообщило о 27 сбитых беспилотниках",
    ],
)
def test_a_headline_total_retells_the_flat_list_under_its_lede(headline: str) -> None:
    text = (
        f"{headline}\n\nСилы ПВО вечером в среду перехватили 27 украинских беспилотников, "
        "сообщили в Минобороны.\n\n«4 февраля с 20.00 до 23.00 мск дежурными средствами ПВО "
        "перехвачены и уничтожены 27 украинских беспилотных летательных аппаратов самолетного "
        "типа над территориями Брянской, Смоленской и Калужской областей», — отмечается в "
        "сообщении."
    )
    assert report_times(text, THURSDAY) == [(27, (_at(4, 20), _at(4, 23)), None)]


@pytest.mark.parametrize(
    ("head", "told", "window"),
    [
        (
            "Минобороны уточнило данные о сбитых вечером 4 февраля беспилотниках",
            "В сообщении о перехвате беспилотников в период с 20.00 до 23.00 мск 4 февраля "
            "допущена неточность.",
            (_at(4, 20), _at(4, 23)),
        ),
        (
            "Ведомство рассказало о беспилотниках, сбитых днём 4 февраля",
            "Речь идёт о беспилотных аппаратах, перехваченных с 09.00 до 14.00 мск.",
            (_at(4, 9), _at(4, 14)),
        ),
        (
            "В Минобороны уточнили число сбитых 4 февраля беспилотников",
            "Уточнение касается сводки о беспилотниках за период с 14.00 до 20.00 мск 4 февраля.",
            (_at(4, 14), _at(4, 20)),
        ),
        (
            "Минобороны поправило сводку о ночной атаке беспилотников в ночь на 5 февраля",
            "Поправка касается беспилотников, сбитых с 23.00 мск 4 февраля до 07.00 мск 5 февраля.",
            (_at(4, 23), _at(5, 7)),
        ),
    ],
)
def test_a_window_told_above_the_figures_is_sharper_than_the_headlines_day(
    head: str, told: str, window: tuple[datetime, datetime]
) -> None:
    text = (
        f"{head}\n\n{told} Следует читать: дежурными средствами ПВО перехвачены и уничтожены "
        "18 украинских БПЛА: 11 – над территорией Брянской области, 7 – над территорией "
        "Курской области."
    )
    assert [t[1] for t in report_times(text, THURSDAY)] == [window]


def test_a_headlines_day_gives_way_to_the_night_told_under_it() -> None:
    text = (
        "Что известно об атаке беспилотников на Кубань 5 февраля\n5 февраля 2026, 13:05\n\n"
        "В ночь на четверг беспилотники атаковали несколько районов Краснодарского края. "
        "Над территорией края сбиты шесть БПЛА, сообщили в оперштабе."
    )
    assert report_times(text, THURSDAY) == [(6, None, THURSDAY)]
