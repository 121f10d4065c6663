"""Two Russian speakers' figures in news text (issue 10), written for this project in our own
words: the second speaker's figure told as "о N" with the drone noun said once before, and a
sentence joined by "но"/"однако" whose clauses are two speakers' words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

D = date(2025, 6, 5)


@pytest.mark.parametrize(
    ("text", "area", "first", "second"),
    [
        (
            "Минобороны сообщило о 18 сбитых над Курской областью дронах. Губернатор региона "
            "сообщил о 20.",
            "RU-KRS",
            18,
            20,
        ),
        (
            "По данным Минобороны, над Курской областью сбиты 18 дронов, тогда как губернатор "
            "Александр Хинштейн сообщил о 20.",
            "RU-KRS",
            18,
            20,
        ),
        (
            "В Минобороны заявили о 25 сбитых над Брянской областью беспилотниках, однако "
            "губернатор Александр Богомаз сообщил лишь о 12.",
            "RU-BRY",
            25,
            12,
        ),
        (
            "Над Белгородской областью, по данным Минобороны, уничтожены 14 беспилотников, но "
            "губернатор Вячеслав Гладков написал только о девяти.",
            "RU-BEL",
            14,
            9,
        ),
    ],
)
def test_the_second_speakers_figure_is_his_own_report(
    text: str, area: str, first: int, second: int
) -> None:
    assert report_summaries(text, D) == [
        ("mod", "RU", first, [(area, first)], None),
        ("governor", "RU", second, [(area, second)], None),
    ]


@pytest.mark.parametrize(
    "tail",
    ["Губернатор сообщил о 5 пострадавших.", "Губернатор рассказал о 12 июня как о трудном дне."],
)
def test_a_figure_of_something_else_after_told_of_is_no_drones(tail: str) -> None:
    text = f"Минобороны сообщило о 18 сбитых над Курской областью дронах. {tail}"
    assert report_summaries(text, D) == [("mod", "RU", 18, [("RU-KRS", 18)], None)]
