"""Issue 10: a Russian clock ("в 06:40", no "мск") that opens a clause downing drones is when
they were downed: a single-time window (docs/labels.md: a clock time written into the sentence,
start = end), on the day "вчера" names or the publication day.

A clock in a clause of posting is no such time: a posting verb ("опубликовал в 23:41 — ..."), an
update's label ("Дополнено в 23:40: ..."), a message that came ("Первая запись появилась в 02:05
— ...") tell when words were posted, and a clock before the speaker's verb ("В 01:10 Собянин
написал, что ...") when he spoke. Written for these tests in our
own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 6, 2)


def _times(text: str) -> list[tuple[str | None, int | None]]:
    return [
        (f"{r.window.start:%d %H:%M}-{r.window.end:%d %H:%M}" if r.window else None, r.total)
        for r in parse(text, DAY)
    ]


@pytest.mark.parametrize(
    ("text", "window", "total"),
    [
        ("Сегодня в 06:40 над Климовским районом силами ПВО уничтожен беспилотник.", "02 06:40", 1),
        # after a heading's colon, the town before the verb
        (
            "Пресс-служба главы республики: сегодня в 07:45 в Елабуге средствами ПВО сбит "
            "беспилотник.",
            "02 07:45",
            1,
        ),
        # "вчера": the day before publication
        ("Вчера в 23:10 над Курском сбит беспилотник, пострадавших нет.", "01 23:10", 1),
        # no day word, a point for the minutes, two drones
        ("В 05.20 над Брянской областью уничтожены два беспилотника.", "02 05:20", 2),
        # EW's verb, a quadcopter
        ("Сегодня в 06:15 над пгт Погар средствами РЭБ подавлен квадрокоптер.", "02 06:15", 1),
        # a greeting before the clause the clock opens
        ("Друзья, в 07:50 над Казанью был сбит беспилотник, никто не пострадал.", "02 07:50", 1),
        # the clause after a dash, its figure in words after the verb
        ("Обстановка в районе — в 04:30 уничтожены три БПЛА над Суджей.", "02 04:30", 3),
    ],
)
def test_a_clock_opening_a_sentence_that_downs_drones_is_their_time(
    text: str, window: str, total: int
) -> None:
    assert _times(text) == [(f"{window}-{window}", total)]


@pytest.mark.parametrize(
    "text",
    [
        "Первое сообщение мэр опубликовал в 23:41 — тогда были уничтожены два БПЛА над Москвой.",
        "Над Курской областью сбит беспилотник. Дополнено в 23:40: ещё один уничтожен над "
        "Курской областью.",
        "В 01:10 Собянин написал, что сбит беспилотник, летевший на Москву.",
        # a posting's clause before a dash
        "Первая запись появилась в 02:05 — тогда над Белгородом сбили два беспилотника.",
        # a message's clause before a colon
        "Сообщение об атаке пришло в 03:30: над Курском сбит беспилотник.",
    ],
)
def test_a_clock_after_a_posting_word_or_before_the_speaker_is_no_window(text: str) -> None:
    assert {w for w, _t in _times(text)} == {None}
