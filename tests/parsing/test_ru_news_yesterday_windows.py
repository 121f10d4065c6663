"""A window's hours dated by "вчера", "накануне" or "yesterday" beside them (issue 10), written
for this project in our own words: the day before publication, never the publication day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import msk_at, report_windows

D = date(2025, 6, 5)
Y = date(2025, 6, 4)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Вчера в период с 19.00 до 23.00 мск над Брянской областью сбиты 12 БПЛА.", (19, 23)),
        ("Накануне с 15:00 до 17:00 над Орловской областью уничтожены три беспилотника.", (15, 17)),
        (
            "Минобороны сообщило, что вчера вечером, с 18:00 до 21:00, над Белгородской "
            "областью перехвачены 4 дрона.",
            (18, 21),
        ),
        ("Над Курской областью с 9:00 до 14:00 мск накануне сбиты 6 беспилотников.", (9, 14)),
        (
            "Yesterday between 8 p.m. and 11 p.m. Moscow time, air defences destroyed 7 drones "
            "over the Kursk region, the ministry said.",
            (20, 23),
        ),
        (
            "The ministry said its forces downed 9 drones over the Bryansk region from 9 a.m. "
            "to 2 p.m. Moscow time yesterday.",
            (9, 14),
        ),
    ],
)
def test_yesterday_beside_the_hours_dates_the_window(text: str, hours: tuple[int, int]) -> None:
    assert report_windows(text, D) == [(msk_at(Y, hours[0]), msk_at(Y, hours[1]))]


def test_hours_without_yesterday_stay_on_the_publication_day() -> None:
    text = (
        "С 9:00 до 13:00 над Курской областью сбиты 5 беспилотников. Накануне над регионом "
        "сбиты 3 дрона."
    )
    assert report_windows(text, D)[0] == (msk_at(D, 9), msk_at(D, 13))
