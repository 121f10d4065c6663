"""A figure "с полуночи" in the morning's post is the night's (our own wording).

docs/labels.md (decided at stop 44): "с полуночи" with no end and no other night word is a
start with no end, so no window, and the night is the post's date: drones downed between
midnight and a morning hour are that night's. "с полуночи до 7:00" stays a window.
"""

from __future__ import annotations

from datetime import date, datetime

from parsing import parse
from settings import MSK

MORNING = date(2025, 9, 14)


def times(text: str) -> list[tuple[int | None, date | None, object]]:
    return [(r.total, r.night_of, r.window) for r in parse(text, MORNING)]


def test_since_midnight_with_no_end_is_the_posts_night() -> None:
    text = "С полуночи над Тамбовской областью сбиты три беспилотника. Пострадавших нет."
    assert times(text) == [(3, MORNING, None)]


def test_since_midnight_after_the_figure_is_the_night_too() -> None:
    text = "Над Пензенской областью уничтожены 4 БПЛА с полуночи, сообщил губернатор."
    assert times(text) == [(4, MORNING, None)]


def test_since_midnight_to_a_clock_time_is_a_window() -> None:
    text = "С полуночи до 06:00 над Тамбовской областью сбиты три беспилотника."
    start = datetime(2025, 9, 14, 0, 0, tzinfo=MSK)
    end = datetime(2025, 9, 14, 6, 0, tzinfo=MSK)
    [(total, _night, window)] = times(text)
    assert (total, window.start, window.end) == (3, start, end)


def test_since_midnight_in_english_is_the_posts_night() -> None:
    text = "Since midnight, air defences have destroyed six drones over the Oryol region."
    assert times(text) == [(6, MORNING, None)]
