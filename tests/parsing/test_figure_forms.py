"""How a figure may be written beside its drone noun in a real channel, each read as the figure
it is (``parsing.text``, ``parsing.numbers``, ``parsing.counts``); each had given the area with
no figure, a wrong figure or nothing, without a word:

- a hyphen between the figure and its noun ("4-БПЛА", as "5-ти БПЛА" is written);
- a counter word between them ("6 единиц БПЛА");
- "пяток" (five of a kind, as "десяток" is ten), before a drone noun only;
- "с" before a quantity noun in the accusative is "about" ("с десяток", "с сотню", "с
  полсотни", "с пяток"; "с десятка", the genitive, is "from");
- English "30 odd drones" is about 30, as "30-odd" is;
- keycap digits as a figure ("3\ufe0f\u20e3 БПЛА"); a keycap opening a line numbers a list;
- a pictograph between the figure and its noun ("7 \U0001f6f8 беспилотников");
- a thousands space where a hard-wrapped line broke ("1\\n120 БПЛА");
- a figure glued to its noun ("5БПЛА"), which the text's length leaves no room to read, is
  a doubtful number (a person reads it).

Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.diagnostics import diagnose

DAY = date(2026, 9, 12)


def _rows(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.area_id, c.count, c.qualifier) for r in parse(text, DAY) for c in r.claims]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a hyphen between the figure and its noun
        ("Над Рязанской областью уничтожены 4-БПЛА.", [("RU-RYA", 4, "exact")]),
        ("Ночью 7-беспилотников сбиты над Курской областью.", [("RU-KRS", 7, "exact")]),
        ("Над Тульской областью сбито 12-дронов.", [("RU-TUL", 12, "exact")]),
        # a counter word
        ("Над Воронежской областью уничтожено 6 единиц БПЛА.", [("RU-VOR", 6, "exact")]),
        ("Сбиты 3 единицы беспилотников над Самарской областью.", [("RU-SAM", 3, "exact")]),
        ("ПВО уничтожили 11 единиц украинских БПЛА над Белгородской областью.",
         [("RU-BEL", 11, "exact")]),
        # "пяток"
        ("Над Смоленской областью сбили пяток дронов.", [("RU-SMO", 5, "exact")]),
        ("Пяток беспилотников уничтожен над Калужской областью.", [("RU-KLU", 5, "exact")]),
        ("Пяток минут спустя над Саратовской областью сбиты 2 БПЛА.", [("RU-SAR", 2, "exact")]),
        # "с" + a quantity noun: about
        ("Над Курской областью уничтожен с десяток беспилотников.", [("RU-KRS", 10, "approx")]),
        ("Над Брянской областью ПВО сбили с сотню дронов.", [("RU-BRY", 100, "approx")]),
        ("Над Ростовской областью уничтожено с полсотни БПЛА.", [("RU-ROS", 50, "approx")]),
        ("Над Владимирской областью сбили с пяток беспилотников.", [("RU-VLA", 5, "approx")]),
        ("Над Курской областью уничтожен десяток беспилотников.", [("RU-KRS", 10, "exact")]),
        # English "N odd"
        ("Air defences downed 30 odd drones over the Kursk Region.", [("RU-KRS", 30, "approx")]),
        ("Overnight, 15 odd UAVs were destroyed over the Bryansk Region.",
         [("RU-BRY", 15, "approx")]),
        ("Air defences destroyed 12 drones over the Tula Region.", [("RU-TUL", 12, "exact")]),
        # keycap digits
        ("Над Белгородской областью уничтожены 3\ufe0f\u20e3 БПЛА.", [("RU-BEL", 3, "exact")]),
        ("Ночью 1\ufe0f\u20e35\ufe0f\u20e3 беспилотников сбиты над Курской областью.",
         [("RU-KRS", 15, "exact")]),
        ("Уничтожены 20 БПЛА:\n1\ufe0f\u20e3 Брянская область — 1\ufe0f\u20e34\ufe0f\u20e3\n"
         "2\ufe0f\u20e3 Курская область — 6", [("RU-BRY", 14, "exact"), ("RU-KRS", 6, "exact")]),
        # a pictograph between the figure and its noun
        ("Над Курской областью сбиты 7 \U0001f6f8 беспилотников.", [("RU-KRS", 7, "exact")]),
        ("Ночью 12\U0001f680БПЛА уничтожены над Брянской областью.", [("RU-BRY", 12, "exact")]),
        ("Air defences destroyed 9 \u26a1\ufe0f drones over the Tula Region.",
         [("RU-TUL", 9, "exact")]),
        # a thousands space at a wrapped line's end
        ("Всего перехвачено 1\n120 БПЛА над территорией Брянской области.",
         [("RU-BRY", 1120, "exact")]),
        ("Air defences destroyed 1\n050 drones over the Kursk Region.",
         [("RU-KRS", 1050, "exact")]),
    ],
)  # fmt: skip
def test_a_figure_written_so_is_read(text: str, rows: list[tuple[str, int, str]]) -> None:
    assert _rows(text) == rows


def test_a_keycap_figure_is_evidence_with_its_marks() -> None:
    text = "Над Белгородской областью уничтожены 1\ufe0f\u20e32\ufe0f\u20e3 БПЛА."
    (claim,) = [c for r in parse(text, DAY) for c in r.claims]
    assert claim.count == 12
    assert text[claim.evidence[0] : claim.evidence[1]].endswith("1\ufe0f\u20e32\ufe0f\u20e3")


def test_a_figure_glued_to_its_noun_goes_to_a_person() -> None:
    text = "Над Курской областью сбиты 3 БПЛА. Над Брянской областью уничтожены 5БПЛА."
    problems = diagnose(text, parse(text, DAY))
    assert [(p.reason, p.detail, text[p.span[0] : p.span[1]]) for p in problems] == [
        ("doubtful_number", "a number glued to its drone noun: '5БПЛА'", "5")
    ]
