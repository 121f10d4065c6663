"""A news page's dateline (our own wording): a date with its year and a clock under the
headline is when the page was published, not a line of a series told by its time, so the lede
under it that retells the headline's figure is that figure told again, never more drones."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 3, 12)


def figures(text: str) -> list[tuple[str, str | None, int | None]]:
    return [
        (c.area_id, c.district, c.count)
        for r in parse(text, DAY)
        for c in r.claims
        if c.district is None
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a Moscow site: the mayor's figure in the headline and again in the lede
        (
            "Город-24\n"
            "Собянин: за ночь сбиты девять беспилотников, летевших на Москву\n"
            "12.03.2026 07:40\n\n"
            "Силы ПВО ночью отразили атаку девяти беспилотников, летевших на столицу, сообщил "
            "мэр Москвы Сергей Собянин.",
            [("RU-MOW", None, 9)],
        ),
        # a regional site, the date in words with its year and a comma before the clock
        (
            "Курский вестник\n"
            "Над Курской областью ночью сбиты пять беспилотников\n"
            "12 марта 2026, 08:15\n\n"
            "Этой ночью над Курской областью силами ПВО уничтожены пять БПЛА, сообщил губернатор.",
            [("RU-KRS", None, 5)],
        ),
        # "в" before the clock; digits in the headline, a word in the lede
        (
            "Липецкие новости\n"
            "Артамонов: над Липецкой областью уничтожены 4 дрона\n"
            "12 марта 2026 в 9:02\n\n"
            "Ночью над Липецкой областью силами ПВО уничтожены четыре беспилотника, сообщил "
            "губернатор Игорь Артамонов.",
            [("RU-LIP", None, 4)],
        ),
        # a two-digit year, the ministry's figure and another verb in the lede
        (
            "Брянск онлайн\n"
            "Минобороны: над Брянской областью перехвачены 12 дронов\n"
            "12.03.26 06:30\n\n"
            "Дежурными средствами ПВО над территорией Брянской области уничтожены 12 "
            "украинских беспилотников, сообщили в Минобороны.",
            [("RU-BRY", None, 12)],
        ),
        # no outlet line: the headline first, the dateline under it, the lede retells it
        (
            "Над Тульской областью сбиты три беспилотника\n"
            "12.03.2026 10:05\n\n"
            "Три беспилотника уничтожены ночью над Тульской областью, сообщил губернатор "
            "Дмитрий Миляев.",
            [("RU-TUL", None, 3)],
        ),
    ],
)
def test_a_lede_under_a_dateline_retells_the_headline(
    text: str, want: list[tuple[str, str | None, int | None]]
) -> None:
    assert figures(text) == want


def test_a_clock_without_a_year_still_opens_a_line_of_a_series() -> None:
    # the mayor's lines, each under its own clock: one more drone each time, never a retelling
    text = (
        "Сергей Собянин\n\n"
        "12 мар, 01:10\n"
        "Сбит беспилотник, летевший на Москву.\n\n"
        "12 мар, 02:40\n"
        "Сбит беспилотник, летевший на Москву."
    )
    assert sum(c.count or 0 for r in parse(text, DAY) for c in r.claims) == 2


@pytest.mark.parametrize("stamp", ["12.03.2026 {}", "12 марта 2026, {}", "12.03.26 {}"])
def test_stamps_with_their_year_over_every_line_are_a_series(stamp: str) -> None:
    # each line is one more drone; only the one such stamp of a page is its dateline
    text = (
        "Собянин\n\n"
        f"{stamp.format('01:05')}\nСбит один беспилотник, летевший на Москву.\n\n"
        f"{stamp.format('01:40')}\nСбит один беспилотник, летевший на Москву."
    )
    assert figures(text) == [("RU-MOW", None, 1), ("RU-MOW", None, 1)]
