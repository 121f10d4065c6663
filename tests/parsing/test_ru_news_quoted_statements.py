"""Russian news retellings of a statement they go on to quote (issue 10), written for this
project in our own words. Grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import speakers
from tests.parsing.conftest import report_totals

D = date(2025, 11, 24)


# --- a lede's "ещё" over the quote it retells: the agency counts from its earlier items --------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Силы ПВО уничтожили ещё три беспилотника, летевших на Москву. Об этом сообщил мэр "
            'Сергей Собянин. "Отражена атака трёх БПЛА, летевших на Москву", - написал он.',
            [(3, [("RU-MOW", 3)])],
        ),
        (
            "На подлёте к столице сбиты ещё 2 беспилотника, сообщил Собянин. «Силами ПВО "
            "Минобороны отражена атака двух БПЛА, летевших на Москву. На месте падения обломков "
            "работают специалисты», — написал мэр.",
            [(2, [("RU-MOW", 2)])],
        ),
        (
            "Над Брянской областью сбиты ещё пять беспилотников, сообщил губернатор Александр "
            "Богомаз. «Над территорией Брянской области уничтожены пять украинских БПЛА», — "
            "написал он в своём канале.",
            [(5, [("RU-BRY", 5)])],
        ),
        (
            "ПВО уничтожила ещё четыре дрона над Воронежской областью. Губернатор написал: "
            "«Над Воронежской областью уничтожены 4 беспилотника. Пострадавших нет».",
            [(4, [("RU-VOR", 4)])],
        ),
        (
            "Two more drones flying toward Moscow were shot down, Mayor Sergei Sobyanin said. "
            '"Air defence forces repelled an attack by two drones flying toward Moscow," he wrote.',
            [(2, [("RU-MOW", 2)])],
        ),
    ],
)
def test_a_lede_with_more_retells_the_quote_without_it(
    text: str, want: list[tuple[int, list[tuple[str, int]]]]
) -> None:
    assert report_totals(text, D) == want


def test_a_quote_that_says_more_after_a_lede_that_does_not_is_more() -> None:
    text = (
        "Днём над Курской областью сбиты два беспилотника, сообщил губернатор. Вечером он "
        "написал: «Над областью уничтожены ещё два БПЛА»."
    )
    assert sum(n or 0 for _t, rows in report_totals(text, D) for _a, n in rows) == 4


def test_two_unquoted_posts_one_with_more_are_more() -> None:
    text = (
        "Отражена атака ещё двух БПЛА, летевших на Москву. Позднее отражена атака двух БПЛА, "
        "летевших на Москву."
    )
    assert sum(n or 0 for _t, rows in report_totals(text, D) for _a, n in rows) == 4


# --- a quotation is the words of the one named after its close ---------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Брянской областью ночью сбит беспилотник, сообщил губернатор.\n\n«Дежурными "
            "средствами ПВО уничтожен БПЛА. Пострадавших нет», — написал глава региона.",
            [(1, [("RU-BRY", 1)])],
        ),
        (
            "Над Брянской областью сбиты два беспилотника. «Дежурными средствами ПВО "
            "уничтожены 2 украинских беспилотника», — сообщил губернатор Брянской области.",
            [(2, [("RU-BRY", 2)])],
        ),
        (
            "Губернатор Брянской области рассказал о трёх сбитых дронах. «Дежурными силами ПВО "
            "над регионом сбиты три беспилотника. Никто не пострадал», — подчеркнул он.\n"
            "«Все три дрона уничтожены дежурными средствами ПВО», — добавил глава области.",
            [(3, [("RU-BRY", 3)])],
        ),
    ],
)
def test_the_ministry_s_formula_in_a_quote_of_a_head_of_region_is_his(
    text: str, want: list[tuple[int, list[tuple[str, int]]]]
) -> None:
    assert report_totals(text, D) == want


@pytest.mark.parametrize(
    ("low", "want"),
    [
        (
            "«дежурными средствами пво уничтожен бпла. ущерба нет», — написал глава региона.",
            "governor",
        ),
        ("«дежурными средствами пво уничтожен бпла», — сообщил мэр города.", "mayor"),
        ("«дежурными средствами пво уничтожен бпла», — написал он.", None),
        ("дежурными средствами пво уничтожен бпла, — написал глава региона.", None),
        ("«дежурными средствами пво уничтожен бпла», — считает эксперт.", None),
    ],
)
def test_a_quote_s_speaker_is_named_after_its_close(low: str, want: str | None) -> None:
    end = low.index(".") + 1
    assert speakers.quote_speaker(low, 0, end) == want
