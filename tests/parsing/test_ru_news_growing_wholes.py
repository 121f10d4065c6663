"""Russian news that retells the Moscow mayor's timed lines (issue 10): a whole the lines tell
more than once, each time larger ("Всего — 3", later "Итого за ночь — 6"), grows line by line;
the last is the report's total, the earlier ones counts so far. Written for this project in our
own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

MONDAY = date(2024, 9, 2)


@pytest.mark.parametrize(
    ("first", "last"),
    [("Всего — 3.", "Итого за ночь — 6."), ("Всего уничтожено 3.", "Всего за ночь сбито 6.")],
)
def test_a_whole_told_again_larger_is_the_total(first: str, last: str) -> None:
    text = (
        "22:40. Силы ПВО сбили два беспилотника, летевших на Москву.\n"
        f"23:55. Уничтожен ещё один БПЛА на подлёте к столице. {first}\n"
        f"01:30. Отражена атака трёх беспилотников, летевших на Москву. {last}\n"
    )
    assert [r[2] for r in report_summaries(text, MONDAY)] == [6]
