"""An attack told as repelled, with no figure and nothing downed anywhere in the text (no debris,
no other verb that downs), is no report: the place after "на"/"on" is the attack's target, no
place of interception (docs/labels.md, corpus-dev c020; ``segment.attacks_only``). Debris, a
figure or a single drone ("атаку беспилотника": one) still make a report. Written for this
project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 9, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Во Владимирской области отражена атака беспилотников на промышленное предприятие в "
        "Коврове, сообщил губернатор. Пострадавших нет.",
        "ПВО отразили атаку дронов на Курск, сообщил губернатор. Пострадавших нет.",
        "Атака беспилотников на Тулу отражена, сообщил губернатор. Предприятие работает штатно.",
        "Air defences repelled a drone attack on Belgorod overnight, the governor said. No one "
        "was hurt.",
        "The governor said air defence was repelling an attack on the Kursk region. There was no "
        "official figure for drones shot down.",
    ],
)
def test_an_attack_repelled_with_no_figure_and_nothing_downed_is_no_report(text: str) -> None:
    assert [r for r in parse(text, DAY) if r.country == "RU"] == []


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # debris: a drone was downed there
        ("Отражена атака беспилотников на Курск. Обломки упали на территории частного дома.", None),
        # a figure after the attack
        ("Отражена атака беспилотников на Курск, сбиты три.", 3),
        # one drone's attack repelled: the drone downed
        ("ПВО отразили атаку беспилотника на Курск.", 1),
        # a place it was repelled over: the place of interception, named with no figure
        ("Над Курском ночью отражена атака беспилотников.", None),
    ],
)
def test_debris_a_figure_or_one_drone_make_it_a_report(text: str, total: int | None) -> None:
    assert [r.total for r in parse(text, DAY)] == [total]
