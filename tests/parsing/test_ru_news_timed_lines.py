"""Russian news that retells the Moscow mayor's timed lines (issue 10): the night's figure a
headline or lede tells ahead of the lines is their sum told first, never drones beyond them.
Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

MONDAY = date(2024, 9, 2)

LINES = (
    "22:40. Силы ПВО сбили два беспилотника, летевших на Москву.\n"
    "23:55. Уничтожен ещё один БПЛА на подлёте к столице.\n"
    "01:30. Отражена атака трёх беспилотников, летевших на Москву.\n"
)


@pytest.mark.parametrize(
    "lede",
    [
        "Собянин: за ночь на подлёте к Москве сбиты 6 беспилотников",
        "Мэр Москвы сообщил, что за ночь уничтожены шесть дронов, летевших на столицу.",
        "За ночь силы ПВО сбили шесть беспилотников, летевших на Москву, рассказал Сергей Собянин.",
    ],
)
def test_a_lede_that_sums_the_lines_after_it_adds_no_drones(lede: str) -> None:
    text = f"{lede}\n\n{LINES}"
    ((reporter, country, _total, rows, night),) = report_summaries(text, MONDAY)
    assert (reporter, country, night) == ("mayor", "RU", MONDAY)
    assert sorted(n or 0 for _a, n in rows) == [1, 2, 3]


def test_a_lede_beyond_the_lines_is_still_told() -> None:
    # the lede counts more than the lines it quotes: not their sum, so no retelling of them
    text = f"Собянин: за ночь на подлёте к Москве сбиты 9 беспилотников\n\n{LINES}"
    ((_r, _c, _t, rows, _n),) = report_summaries(text, MONDAY)
    assert sorted(n or 0 for _a, n in rows) == [1, 2, 3, 9]
