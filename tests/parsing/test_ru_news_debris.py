"""Russian news: what is left of a drone is no drone downed (issue 10). A participle of downing
after a word for debris in any case ("обломками сбитого беспилотника", "от осколков
уничтоженного дрона") tells where the debris of a drone did harm: the place is named, the
figure stays the statement's. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import claims_by_report, report_summaries

SUNDAY = date(2025, 9, 28)


@pytest.mark.parametrize(
    "harm",
    [
        "В Погарском районе обломками сбитого беспилотника повреждена крыша магазина.",
        "В Погарском районе обломком сбитого беспилотника пробита кровля гаража.",
        "Осколками уничтоженного дрона в Погарском районе посечены окна двух домов.",
        "Фрагментами сбитого БПЛА в Погарском районе повреждён автомобиль.",
        "В Погарском районе от падения обломка сбитого беспилотника загорелась трава.",
    ],
)
def test_debris_of_a_downed_drone_in_any_case_adds_no_drone(harm: str) -> None:
    text = f"Ночью над Брянской областью уничтожены четыре беспилотника. {harm}"
    assert claims_by_report(text, SUNDAY) == [
        [("RU-BRY", None, 4), ("RU-BRY", "RU-BRY:pogarsky", None)]
    ]


def test_a_governor_s_debris_after_the_ministry_s_list_names_his_district_only() -> None:
    text = (
        "Дежурными средствами ПВО ночью уничтожены шесть беспилотников: четыре над Брянской "
        "областью и два над Курской, сообщили в Минобороны. По словам губернатора Брянской "
        "области, в Погарском районе обломками сбитого беспилотника повреждена линия связи."
    )
    assert claims_by_report(text, SUNDAY) == [
        [("RU-BRY", None, 4), ("RU-KRS", None, 2)],
        [("RU-BRY", "RU-BRY:pogarsky", None), ("RU-BRY", None, None)],
    ]


def test_debris_alone_is_no_figure_of_one() -> None:
    text = "Осколками сбитого беспилотника в Обнинске выбиты стёкла в школе, сообщили в мэрии."
    assert [r[2] for r in report_summaries(text, SUNDAY)] == [None]


def test_a_drone_downed_is_still_one_without_its_debris() -> None:
    text = "В Обнинске сбит беспилотник, обломки упали на пустыре."
    assert [r[2] for r in report_summaries(text, SUNDAY)] == [1]
