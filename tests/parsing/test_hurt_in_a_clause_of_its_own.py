"""A place told in a clause of its own that says people were hurt (issue 10), written for this
project in our own words: "сбиты 30 беспилотников, в Энске ранен один человек", "..., and one
person was injured in X". The clause has its own verb, of harm, and downs nothing: its place is
where people were hurt (a town or district named without a figure, `place_of_damage`), never
the place of the sentence's figure, which goes where it would without that clause (a mayor's
to his city, a governor's to his region)."""

from __future__ import annotations

import pytest

from tests.parsing.conftest import report_rows


@pytest.mark.parametrize(
    "text",
    [
        "Мэр Москвы Сергей Собянин сообщил, что сбиты 30 беспилотников, в Подольске ранен один "
        "человек.",
        "Moscow Mayor Sergei Sobyanin said 30 drones were shot down, and one person was injured "
        "in Podolsk.",
        "Sobyanin, the Moscow mayor, said 30 drones had been destroyed, while two people were "
        "wounded in Podolsk.",
    ],
)
def test_the_mayors_figure_stays_his_citys(text: str) -> None:
    assert report_rows(text) == [
        ("RU-MOS", "RU-MOS:podolsk", None),
        ("RU-MOW", None, 30),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Белгородской области сообщил, что над регионом сбиты пять беспилотников, в "
        "Шебекинском округе ранен мужчина.",
        "The Belgorod governor said five drones were shot down over the region, and a man was "
        "injured in the Shebekino district.",
    ],
)
def test_the_governors_figure_stays_his_regions(text: str) -> None:
    assert report_rows(text) == [
        ("RU-BEL", None, 5),
        ("RU-BEL", "RU-BEL:shebekinsky", None),
    ]


def test_a_clause_that_downs_drones_there_keeps_its_place() -> None:
    text = (
        "Над Белгородской областью сбиты пять беспилотников, в Шебекинском округе сбит ещё один "
        "и ранен мужчина."
    )
    assert ("RU-BEL", "RU-BEL:shebekinsky", 1) in report_rows(text)
