"""More ways a channel writes a figure, a place or a drone noun, each read as a person reads it
or sent to a person (``parsing.text``, ``parsing.numbers``, ``parsing.counts``,
``parsing.count_rules``); each had given the area with no figure, a wrong figure or nothing,
without a word:

- a zero-width character inside a word ("Б\\u200dПЛА", "Курс\\u200bкой"), joined as a soft
  hyphen is; between digits it stays a doubt;
- the ideographic or the medium mathematical space as a thousands space ("1\\u3000200");
- a cardinal's ending after a hyphen that no ordinal has ("5-ть", "20-ть", "2-а"); an ending
  both may have ("4-е", "5-ю"), a Latin "O" for a nought ("1O") and a times sign ("3x") go
  to a person;
- the counter word written short ("5 ед. БПЛА", "Брянская область — 5 ед.", "(3 шт.)"), and a
  sentence that ends on it before a capital;
- a figure in parentheses after a head written short ("Брянская обл. (5)", "р-н (2)"), and
  the short head without its point ("Брянская обл (5)", "над Курской обл");
- "полтысячи", "пол-сотни", "пол сотни", "дюжина", "полдюжины", "две дюжины";
- an English word with a Cyrillic look-alike inside ("drоnes" with a Cyrillic "о").

Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.diagnostics import diagnose
from parsing.numbers import find_numbers

DAY = date(2026, 9, 12)


def _rows(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.area_id, c.count, c.qualifier) for r in parse(text, DAY) for c in r.claims]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # zero-width characters inside a word
        ("Над Тульской областью уничтожены 4 Б\u200dПЛА.", [("RU-TUL", 4, "exact")]),
        ("Над Владимирской областью сбиты 6 бес\u2060пилотников.", [("RU-VLA", 6, "exact")]),
        ("Ночью над Курс\u200bкой областью сбиты 3 дрона.", [("RU-KRS", 3, "exact")]),
        ("Над Саратовской областью уничтожены 7 беспило\ufeffтников.", [("RU-SAR", 7, "exact")]),
        ("Air defences destroyed 9 dr\u200cones over the Kaluga Region.",
         [("RU-KLU", 9, "exact")]),
        # thousands spaces of other widths
        ("Над Брянской областью перехвачено 1\u3000040 БПЛА.", [("RU-BRY", 1040, "exact")]),
        ("Над Курской областью уничтожено 2\u205f300 беспилотников.", [("RU-KRS", 2300, "exact")]),
        # a cardinal's ending after a hyphen
        ("Над Смоленской областью уничтожены 5-ть БПЛА.", [("RU-SMO", 5, "exact")]),
        ("Ночью 20-ть беспилотников сбиты над Ростовской областью.", [("RU-ROS", 20, "exact")]),
        ("Над Калужской областью сбиты 2-а дрона.", [("RU-KLU", 2, "exact")]),
        ("Над Воронежской областью уничтожены 22-а беспилотника.", [("RU-VOR", 22, "exact")]),
        ("Над Самарской областью уничтожен 2-й за сутки БПЛА.", [("RU-SAM", 1, "exact")]),  # (an ordinal)
        # the counter word written short
        ("Над Рязанской областью уничтожено 5 ед. БПЛА.", [("RU-RYA", 5, "exact")]),
        ("Над Нижегородской областью сбиты беспилотники — 3 ед.", [("RU-NIZ", 3, "exact")]),
        ("Уничтожены БПЛА: Белгородская область — 8 ед., Курская область — 2 ед.",
         [("RU-BEL", 8, "exact"), ("RU-KRS", 2, "exact")]),
        ("Над Рязанской областью сбиты БПЛА — 4 шт. Над Самарской областью уничтожены 2 БПЛА.",
         [("RU-RYA", 4, "exact"), ("RU-SAM", 2, "exact")]),
        ("Над Рязанской областью сбиты БПЛА — 4 ед. Над Самарской областью уничтожены 2 БПЛА.",
         [("RU-RYA", 4, "exact"), ("RU-SAM", 2, "exact")]),
        # a figure in parentheses after a head written short, with a counter word
        ("Сбиты беспилотники: Брянская обл. (5), Смоленская обл. (3).",
         [("RU-BRY", 5, "exact"), ("RU-SMO", 3, "exact")]),
        ("Ночью уничтожены БПЛА: Калужская область (4 ед.), Тульская область (1 ед.).",
         [("RU-KLU", 4, "exact"), ("RU-TUL", 1, "exact")]),
        ("Сбиты дроны: Саратовская обл. (6 шт.), Самарская обл. (2 шт.).",
         [("RU-SAR", 6, "exact"), ("RU-SAM", 2, "exact")]),
        # the short head without its point
        ("Сбиты беспилотники: Брянская обл (4), Калужская обл (2).",
         [("RU-BRY", 4, "exact"), ("RU-KLU", 2, "exact")]),
        ("Уничтожено 9 БПЛА:\nКурская обл – 6\nБелгородская обл – 3",
         [("RU-KRS", 6, "exact"), ("RU-BEL", 3, "exact")]),
        ("Ночью над Воронежской обл уничтожены 7 дронов.", [("RU-VOR", 7, "exact")]),
        # half a thousand, a dozen, "пол" apart
        ("Над Ростовской областью уничтожено полтысячи беспилотников.",
         [("RU-ROS", 500, "exact")]),
        ("Над Краснодарским краем сбито около полутысячи дронов.", [("RU-KDA", 500, "approx")]),
        ("Над Курской областью уничтожено пол-сотни БПЛА.", [("RU-KRS", 50, "exact")]),
        ("Над Белгородской областью сбито пол сотни беспилотников.", [("RU-BEL", 50, "exact")]),
        ("Над Брянской областью сбита дюжина беспилотников.", [("RU-BRY", 12, "exact")]),
        ("Над Рязанской областью уничтожено полдюжины дронов.", [("RU-RYA", 6, "exact")]),
        ("Над Воронежской областью сбиты две дюжины БПЛА.", [("RU-VOR", 24, "exact")]),
        ("Над Курской областью уничтожено более дюжины беспилотников.",
         [("RU-KRS", 12, "at_least")]),
        # an English word with a Cyrillic look-alike
        ("Air defences destroyed 5 drоnes over the Vladimir Region.", [("RU-VLA", 5, "exact")]),
        ("Eleven drоnes were destroyed over the Tula Region overnight.", [("RU-TUL", 11, "exact")]),
    ],
)  # fmt: skip
def test_a_figure_written_so_is_read(text: str, rows: list[tuple[str, int, str]]) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Над Брянской областью уничтожены 4-е БПЛА.", "4-е"),
        ("Над Курской областью сбиты 5-ю ПВО беспилотники.", "5-ю"),
        ("Над Самарской областью уничтожены 12-а беспилотника.", "12-а"),
        ("Над Тульской областью сбиты 1O БПЛА.", "1O"),
        ("Над Калужской областью сбиты 3x БПЛА.", "3x"),
    ],
)
def test_an_ending_of_a_cardinal_or_an_ordinal_goes_to_a_person(text: str, written: str) -> None:
    problems = diagnose(text, parse(text, DAY))
    assert [(p.reason, p.detail) for p in problems] == [
        ("doubtful_number", f"a figure no count is written as: {written!r}")
    ]
    assert _rows(text) == [(_rows(text)[0][0], None, "exact")]


def test_digits_split_by_a_zero_width_character_stay_a_doubt() -> None:
    text = "Над Тульской областью уничтожены 1\u200d5 БПЛА."
    problems = diagnose(text, parse(text, DAY))
    assert [(p.reason, p.detail) for p in problems] == [
        ("doubtful_number", "digits split by an invisible character: '1\\u200d5'")
    ]


def test_a_zero_width_character_joins_a_word_and_the_evidence_spans_it() -> None:
    text = "Над Курс\u200bкой областью сбиты 3 дрона."
    (claim,) = [c for r in parse(text, DAY) for c in r.claims]
    assert text[claim.evidence[0] : claim.evidence[1]] == "Курс\u200bкой областью сбиты 3"


def test_the_word_pol_alone_is_no_number() -> None:
    # "пол" (a floor) before a number word is no half of it
    assert [(n.value, n.start) for n in find_numbers("обломки упали на пол два раза")] == [(2, 21)]
