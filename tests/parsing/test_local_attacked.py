"""Issue 10: a governor's post that names the towns an attack was aimed at as its subject
("Сызрань подверглась атаке беспилотников") and downs the drones in the next sentence: the
towns are where the drones hit (named, no figure), and their region is the figure's; Tatarstan's
head, its раис, speaks as a governor.

Posts written for these tests in our own words; the places are conftest.py's stand-ins.
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import report_rows


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Утром Сызрань подверглась атаке беспилотников. Силами ПВО сбиты пять БПЛА, "
            "пострадавших нет.",
            ["RU-SAM:syzran"],
        ),
        (
            "Ночью Сызрань вновь подверглась массированной атаке дронов. Уничтожены "
            "пять беспилотников.",
            ["RU-SAM:syzran"],
        ),
        # a district named with its head noun is a subject as a town is
        (
            "Ночью Сызрань и Сызранский район подверглись атаке беспилотников. Силами ПВО "
            "уничтожены пять БПЛА.",
            # (the town and the district named after it, both for the attack alone: the
            # district is the place, ``damage_at_a_named_seat``)
            ["RU-SAM:syzransky"],
        ),
        (
            "Сызранский район подвергся атаке дронов. Сбиты пять беспилотников, пострадавших нет.",
            ["RU-SAM:syzransky"],
        ),
        (
            "Сызранский район и Сызрань снова атаковали беспилотники. ПВО уничтожены пять.",
            ["RU-SAM:syzransky"],
        ),
        # the passive: the town is the subject of "атакован"
        (
            "Сегодня ночью Сызрань атакована беспилотниками. Силами ПВО сбиты пять БПЛА.",
            ["RU-SAM:syzran"],
        ),
        (
            "Утром Сызрань была атакована украинскими дронами. Уничтожены пять беспилотников.",
            ["RU-SAM:syzran"],
        ),
    ],
)
def test_towns_subjected_to_an_attack_are_named_and_their_region_has_the_figure(
    text: str, towns: list[str]
) -> None:
    rows = report_rows(text)
    assert ("RU-SAM", None, 5) in rows
    assert [d for _a, d, n in rows if d is not None and n is None] == towns


@pytest.mark.parametrize(
    "text",
    [
        "Раис Татарстана сообщил, что над республикой сбиты два беспилотника.",
        "Two drones were downed over the republic, the Rais of Tatarstan said.",
    ],
)
def test_tatarstan_s_rais_is_its_governor(text: str) -> None:
    (report,) = parse(text)
    assert report.reporter == "governor"


def test_a_plant_attacked_in_a_town_names_the_town_when_no_figure_is_given() -> None:
    # "Дроны сбиты" tells no number: the town and its region are named without figures
    text = (
        "Утром предприятие в Чебоксарах атаковано БПЛА. Дроны сбиты, пострадавших нет. "
        "— глава Чувашии"
    )
    assert sorted(report_rows(text), key=str) == [
        ("RU-CU", "RU-CU:cheboksary", None),
        ("RU-CU", None, None),
    ]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "Этой ночью Брянская область снова подверглась атаке беспилотников. Атака отражена.",
        "Этой ночью Сызрань подверглась удару дронов, подробности позже.",
        "Прошлой ночью Орловская область опять подверглась налёту БПЛА.",
    ],
)
def test_a_place_attacked_with_no_other_place_word_is_read_once(text: str) -> None:
    # the subject is the only place the sentence offers: it is read once and the reading ends
    # (it was read again and again, and the parse never returned)
    assert all(not report.claims for report in parse(text))
