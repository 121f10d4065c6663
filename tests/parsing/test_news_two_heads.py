"""Two heads of region in one sentence (issue 10), written for this project in our own words:
"..., while his Belgorod counterpart said ..." / ", а белгородский губернатор — ..." is the
second governor's clause, read in his region, not the first's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

SATURDAY = date(2026, 5, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Kursk governor Alexander Khinshtein said two drones had been downed over the region "
        "overnight, while his Belgorod counterpart Vyacheslav Gladkov said five were destroyed "
        "over the Belgorod region.",
        "Губернатор Курской области Александр Хинштейн сообщил, что ночью над регионом сбиты два "
        "беспилотника, а белгородский губернатор Вячеслав Гладков — что над Белгородской "
        "областью уничтожены пять.",
    ],
)
def test_each_governors_clause_is_his_own_report(text: str) -> None:
    reports = report_summaries(text, SATURDAY)
    assert [(r[0], r[2], r[3]) for r in reports] == [
        ("governor", 2, [("RU-KRS", 2)]),
        ("governor", 5, [("RU-BEL", 5)]),
    ]


def test_one_governor_in_two_clauses_is_one_report() -> None:
    text = (
        "Kursk governor Alexander Khinshtein said two drones had been downed over the region "
        "overnight, while debris damaged a house, Khinshtein said."
    )
    assert [(r[0], r[2], r[3]) for r in report_summaries(text, SATURDAY)] == [
        ("governor", 2, [("RU-KRS", 2)])
    ]


@pytest.mark.parametrize(
    ("speaker", "region"),
    [("воронежский губернатор", "RU-VOR"), ("курского губернатора", "RU-KRS")],
)
def test_a_regions_adjective_before_the_title_names_the_speakers_region(
    speaker: str, region: str
) -> None:
    from parsing.region_context import speaker_region

    assert speaker_region(f"По словам {speaker}, ночью сбиты два БПЛА.", english=False) == region
