"""A rumour an official denies ("В соцсетях распространяется фейк о якобы сбитом над X
беспилотнике. Это не соответствует действительности"): the figures a Russian sentence tells
after the rumour it names (a fake, rumours, what is being spread), up to the speaker's own words,
are what the rumour says, no one's report (``trap_rules.rule_claim_set_aside``, as "якобы").
Figures told before the rumour, or after it in the speaker's own words, are a report as ever.

Sentences written for this project."""

from __future__ import annotations

import pytest

from parsing import parse


def _counted(text: str) -> list[tuple[int | None, list[int | None]]]:
    return [(r.total, [c.count for c in r.claims]) for r in parse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "В соцсетях распространяется фейк о якобы сбитом над Тулой беспилотнике и пожаре на "
        "заводе. Это не соответствует действительности!",
        "ФЕЙК. В ряде пабликов распространяется информация о якобы 30 беспилотниках, сбитых "
        "ночью над Белгородом. Это неправда.",
        "В телеграм-каналах распространяют слухи о 15 дронах, уничтоженных над Курском. Не "
        "верьте им.",
        "Слухи о сбитых над Брянском двадцати беспилотниках — вброс.",
        "Распространяемая в сетях информация о трёх сбитых над Липецком БПЛА — фейк.",
    ],
)
def test_what_a_rumour_says_is_no_report(text: str) -> None:
    assert _counted(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Над Курском сбиты 4 дрона, остальные слухи — фейк.",
        "Губернатор сообщил о 4 сбитых над Курском беспилотниках и призвал не распространять "
        "слухи.",
        "Губернатор Курской области опроверг слухи о 50 сбитых беспилотниках и сообщил, что над "
        "областью сбиты 4 БПЛА.",
    ],
)
def test_figures_told_before_the_rumour_are_the_report(text: str) -> None:
    (report,) = parse(text)
    assert report.total == 4
    assert ("RU-KRS", None, 4) in [(c.area_id, c.district_id, c.count) for c in report.claims]
