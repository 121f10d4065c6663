"""Russian ministry statements and news: all of an attempt's drones downed but some (issue 10).
"Все, кроме одного, уничтожены" after an attempt of N is N less those left out; the number after
"кроме"/"за исключением" is never a figure of its own; left out and downed in a clause of their
own ("..., кроме одного, который подавлен средствами РЭБ") they are among the downed. Written for
this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

TUESDAY = date(2025, 10, 21)
ATTEMPT = "Пресечена попытка атаки с применением шести беспилотников на объекты в Курской области."


@pytest.mark.parametrize(
    "downed",
    [
        "Все они, кроме одного, были сбиты.",
        "Все беспилотники, кроме одного, уничтожены.",
        "Уничтожены все беспилотники, кроме одного.",
        "Все, за исключением одного, перехвачены средствами ПВО.",
    ],
)
def test_all_but_one_of_the_attempt_s_drones(downed: str) -> None:
    assert report_summaries(f"{ATTEMPT} {downed}", TUESDAY) == [
        ("media", "RU", 5, [("RU-KRS", 5)], None)
    ]


@pytest.mark.parametrize(
    "downed",
    [
        "Все беспилотники уничтожены, кроме одного, который подавлен средствами РЭБ.",
        "Все беспилотники сбиты, кроме двух, подавленных средствами РЭБ.",
    ],
)
def test_the_ones_left_out_and_downed_otherwise_are_among_the_downed(downed: str) -> None:
    assert report_summaries(f"{ATTEMPT} {downed}", TUESDAY) == [
        ("media", "RU", 6, [("RU-KRS", 6)], None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "ВСУ атаковали Белгородскую область семью дронами, все, кроме одного, уничтожены.",
        "Киев попытался атаковать Белгородскую область семью дронами — все, кроме одного, сбиты.",
    ],
)
def test_all_but_one_in_the_attack_s_own_sentence(sentence: str) -> None:
    assert report_summaries(sentence, TUESDAY) == [("media", "RU", 6, [("RU-BEL", 6)], None)]


def test_all_but_two_of_drones_never_counted_is_no_figure() -> None:
    text = "Над Брянской областью уничтожены все беспилотники, кроме двух."
    assert report_summaries(text, TUESDAY) == [("media", "RU", None, [("RU-BRY", None)], None)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Кроме двух беспилотников над Брянской областью, силы ПВО сбили три над Курской.",
            [("RU-BRY", 2), ("RU-KRS", 3)],
        ),
        (
            "Кроме одного БПЛА над Белгородской областью, дежурные средства уничтожили 4 "
            "беспилотника над Курской областью.",
            [("RU-BEL", 1), ("RU-KRS", 4)],
        ),
        (
            "Кроме 3 дронов над Тульской областью, над Калужской областью перехвачены два "
            "беспилотника.",
            [("RU-KLU", 2), ("RU-TUL", 3)],
        ),
        (
            "Кроме пяти беспилотников над Ростовской областью, ПВО уничтожили ещё два над "
            "Воронежской.",
            [("RU-ROS", 5), ("RU-VOR", 2)],
        ),
    ],
)
def test_besides_is_no_exception(text: str, rows: list[tuple[str, int]]) -> None:
    # "кроме" with no "все" before it is "besides": the drones after it are a figure of their
    # own (they had been left out as the exception of an "all" the sentence never says)
    (summary,) = report_summaries(text, TUESDAY)
    assert sorted(summary[3]) == rows


def test_except_leaves_out_without_all_too() -> None:
    # "за исключением" is never "besides": the drones after it are left out, "все" or not
    text = (
        "Противник пытался атаковать Брянскую область пятью беспилотниками. "
        "Беспилотники уничтожены, за исключением двух."
    )
    assert report_summaries(text, TUESDAY) == [("media", "RU", 3, [("RU-BRY", 3)], None)]
