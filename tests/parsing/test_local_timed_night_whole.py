"""A mayor's last timed line that tells the night's whole sums his lines (our own wording).

Moscow's mayor posts one line per attack ("01:10 Отражена атака двух беспилотников ...") and
closes the night with a line of its own clock time that tells the whole: "05:40 За ночь ПВО
отразили атаку 11 БПЛА, летевших на Москву" (holdout32 q08). A timed line is one more event
(``recap_of_lines``), unless it says it is the night's whole ("за ночь", "за прошедшую ночь",
"в течение ночи") and equals the lines before it: then it is the report's total, not a row
(the lines had been summed with it, 22 for 11).
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 5, 21)


def read(text: str) -> tuple[int | None, list[tuple[str, int | None]]]:
    (report,) = parse(text, DAY)
    return report.total, [(c.area_id, c.count) for c in report.claims]


def test_the_nights_line_after_two_lines() -> None:
    text = (
        "01:10 Отражена атака двух беспилотников, летевших на Москву.\n\n"
        "02:20 Ещё один БПЛА сбит на подлёте к столице.\n\n"
        "04:05 За ночь силами ПВО отражена атака трёх БПЛА, летевших на Москву."
    )
    assert read(text) == (3, [("RU-MOW", 2), ("RU-MOW", 1)])


def test_the_past_nights_line_in_digits_after_three_lines() -> None:
    text = (
        "23:40 Сбит 1 беспилотник, летевший на Москву.\n\n"
        "00:30 Сбиты ещё 2 БПЛА, летевшие на Москву.\n\n"
        "03:15 ПВО уничтожили 3 беспилотника, летевших на Москву.\n\n"
        "05:50 За прошедшую ночь уничтожено 6 беспилотников, летевших на Москву."
    )
    assert read(text) == (6, [("RU-MOW", 1), ("RU-MOW", 2), ("RU-MOW", 3)])


def test_in_the_course_of_the_night_in_words() -> None:
    text = (
        "00:45 Уничтожен беспилотник, летевший на Москву.\n\n"
        "02:05 Отражена атака четырёх БПЛА, летевших на город.\n\n"
        "04:30 В течение ночи ПВО Минобороны сбили пять беспилотников, летевших на Москву."
    )
    assert read(text) == (5, [("RU-MOW", 1), ("RU-MOW", 4)])


def test_a_last_line_that_is_no_whole_is_one_more() -> None:
    text = (
        "01:00 Сбиты два беспилотника, летевшие на Москву.\n\n"
        "02:00 Сбит ещё один БПЛА, летевший на Москву.\n\n"
        "03:00 Отражена атака трёх беспилотников, летевших на Москву."
    )
    assert read(text) == (None, [("RU-MOW", 2), ("RU-MOW", 1), ("RU-MOW", 3)])
