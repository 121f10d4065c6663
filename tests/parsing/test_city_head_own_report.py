"""A town's head or administration who tells drones downed over his town, or their debris, with
no figure of his own, beside a governor's figures for the same places, makes a report of his
own (docs/labels.md: another speaker's paragraph that tells drones downed is his report); it is
never a retelling of the governor's, wherever it stands. A figureless report that names no town
head of its own (a headline, the journalist's words) still retells the report that names its
places.

Texts written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.speakers import sentence_reporter

DAY = date(2026, 3, 12)


def _reports(text: str) -> list[tuple[str, int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (
            r.reporter,
            r.total,
            sorted(((c.area_id, c.district_id, c.count) for c in r.claims), key=str),
        )
        for r in parse(text, DAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the administration's words first, the governor's figures after
        "Ночью над Курском работали средства ПВО. По информации администрации города, обломки "
        "сбитого беспилотника повредили гараж на окраине Курска. Губернатор сообщил, что за ночь "
        "над Курской областью уничтожены 9 беспилотников, из них два — над Курском.",
        # Kaluga's administration is its "Городская Управа": the town's head speaking
        "Ночью над Курском силами ПВО уничтожены несколько беспилотников, сообщили в Городской "
        "Управе. Губернатор сообщил, что за ночь над Курской областью уничтожены 9 "
        "беспилотников, из них два — над Курском.",
        # the governor's first, the mayor's debris after
        "Губернатор сообщил, что за ночь над Курской областью уничтожены 9 беспилотников, из них "
        "два — над Курском. Мэр Курска рассказал, что обломки одного из дронов упали во дворе "
        "жилого дома в Курске.",
    ],
)
def test_a_city_heads_debris_beside_the_governors_figures_is_his_own_report(text: str) -> None:
    reports = _reports(text)
    assert sorted(r[0] for r in reports) == ["governor", "mayor"]
    mayor = next(r for r in reports if r[0] == "mayor")
    assert mayor[1] is None
    assert ("RU-KRS", "RU-KRS:kursk", None) in mayor[2]
    assert all(count is None for _a, _d, count in mayor[2])
    governor = next(r for r in reports if r[0] == "governor")
    assert governor[1] == 9
    assert ("RU-KRS", "RU-KRS:kursk", 2) in governor[2]


def test_a_headline_naming_the_places_still_retells_the_governors_report() -> None:
    text = (
        "Над Курском ночью сбиты беспилотники\n\n"
        "Губернатор сообщил, что за ночь над Курской областью уничтожены 9 беспилотников, из них "
        "два — над Курском."
    )
    assert [r[0] for r in _reports(text)] == ["governor"]


def test_a_city_heads_attack_alone_is_no_report_of_his_own() -> None:
    # he tells no drone downed and no debris: the governor's figures are the one report
    text = (
        "Губернатор сообщил, что за ночь над Курской областью уничтожены 9 беспилотников, из них "
        "два — над Курском. Мэр Курска рассказал, что город ночью атаковали беспилотники."
    )
    assert [r[0] for r in _reports(text)] == ["governor"]


@pytest.mark.parametrize(
    "words",
    ["сообщили в Городской Управе", "как рассказали в городской управе", "Управа города сообщила"],
)
def test_a_towns_uprava_is_its_head(words: str) -> None:
    assert sentence_reporter(words.lower()) == "mayor"
