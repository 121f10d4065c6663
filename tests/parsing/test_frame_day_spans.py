"""A day or its evening named without a clock (our own wording): no window, since the text told
no hours (docs/labels.md: a window comes from clock times or a recap's dates); the span of
that day or evening is kept as ``Report.day_span``, where the store places the report
(``pipeline._no_hours_told``). With a clock the day dates the hours: a window."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parsing import parse
from parsing.model import Window
from settings import MSK

#: a Wednesday
DAY = date(2026, 4, 15)


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 4, day, hour, 0, tzinfo=MSK) if hour < 24 else _at(day + 1, 0)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a date's evening, the drone in the singular
        ("Вечером 14 апреля над Удомлей силами ПВО уничтожен беспилотник.", (14, 18, 24)),
        # a weekday's evening, the weekday first, a number in digits
        ("Во вторник вечером над Курчатовским районом сбиты 3 БПЛА.", (14, 18, 24)),
        # a weekday's evening before the weekday, a number word
        ("Вечером в понедельник над Рыбинском уничтожены два беспилотника.", (13, 18, 24)),
        # a Sunday's, "вечером" after it
        ("В воскресенье вечером над Брянской областью сбиты четыре дрона.", (12, 18, 24)),
        # English: a weekday's evening
        (
            "Air defences shot down five drones over the Kursk region on Monday evening.",
            (13, 18, 24),
        ),
        # yesterday, the whole day
        ("Вчера над Белгородским районом силами ПВО сбиты 6 беспилотников.", (14, 0, 24)),
        # a date before publication, the whole day
        ("13 апреля над Курской областью уничтожены семь БПЛА.", (13, 0, 24)),
    ],
)
def test_a_day_named_without_a_clock_is_no_window(text: str, span: tuple[int, int, int]) -> None:
    (report,) = parse(text, DAY)
    day, start, end = span
    assert (report.window, report.day_span) == (None, Window(_at(day, start), _at(day, end)))


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Вчера с 20:00 до 23:00 мск над Курской областью сбиты 3 БПЛА.", (14, 20, 23)),
        (
            "Вечером 14 апреля, с 19:00 до 22:00, над Брянской областью уничтожены 4 БПЛА.",
            (14, 19, 22),
        ),
        (
            "On Monday, between 8 p.m. and 11 p.m., five drones were downed over the Oryol region.",
            (13, 20, 23),
        ),
    ],
)
def test_a_day_with_its_clock_hours_is_a_window(text: str, window: tuple[int, int, int]) -> None:
    (report,) = parse(text, DAY)
    day, start, end = window
    assert (report.window, report.day_span) == (Window(_at(day, start), _at(day, end)), None)


def test_the_publication_day_named_alone_has_no_span() -> None:
    (report,) = parse("Вечером над Тульской областью уничтожен 1 беспилотник.", DAY)
    assert (report.window, report.day_span, report.night_of) == (None, None, None)
