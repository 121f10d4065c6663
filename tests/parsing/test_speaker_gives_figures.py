"""A live page introduces a statement by saying who gives figures, then gives them: "The Ministry
of Defence publishes its figures. From 20:00 to 23:00, nine drones were destroyed ...",
"Минобороны опубликовало свои данные. ...". The figures after such a sentence are that
speaker's, as after a sentence that names drones, never the speaker's before it. Written for
this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

PUBLISHED = date(2025, 3, 9)
_MAYOR = (
    '06:40\nSobyanin sums up the night: "In all, five drones flying toward Moscow were shot '
    'down."\n07:05\n'
)


@pytest.mark.parametrize(
    "intro",
    [
        "The Ministry of Defence publishes its figures.",
        "The Defence Ministry has released its own numbers.",
    ],
)
def test_figures_after_a_speaker_who_gives_them_are_his(intro: str) -> None:
    text = (
        f"{_MAYOR}{intro} Between 20:00 and 23:00 on Saturday, nine drones were destroyed: six "
        "over the Bryansk region and three over the Kursk region."
    )
    got = [(r.reporter, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, PUBLISHED)]
    assert got == [
        ("mayor", [("RU-MOW", 5)]),
        ("mod", [("RU-BRY", 6), ("RU-KRS", 3)]),
    ]


def test_the_same_in_russian() -> None:
    text = (
        "06:40\nСобянин: «Всего за ночь сбиты пять беспилотников, летевших на Москву».\n07:05\n"
        "Минобороны опубликовало свои данные. С 20:00 до 23:00 субботы уничтожены девять "
        "беспилотников: шесть над Брянской областью и три над Курской областью."
    )
    got = [(r.reporter, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, PUBLISHED)]
    assert got == [
        ("mayor", [("RU-MOW", 5)]),
        ("mod", [("RU-BRY", 6), ("RU-KRS", 3)]),
    ]
