"""Russian ministry statements and news: drones that tried to attack a place (issue 10). "N БПЛА
(Вооруженных сил Украины) попытались атаковать X" counts the drones launched, never those downed,
whoever's they are between the noun and the verb; the attempt's drones told by the figures after
it, a later speaker's figure is no more of them. "Киев попытался атаковать X" names the target
as "пытались атаковать" does. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

TUESDAY = date(2025, 10, 21)


@pytest.mark.parametrize("tried", ["пытались", "попытались"])
def test_drones_that_tried_to_attack_are_launched_not_downed(tried: str) -> None:
    text = (
        f"Более 15 беспилотных летательных аппаратов (БПЛА) Вооруженных сил Украины {tried} "
        "атаковать Крым. "
        "Всего уничтожены 16 БПЛА: восемь над Крымом и восемь над акваторией Черного моря. "
        "Позже губернатор Севастополя сообщил о шести сбитых дронах."
    )
    summaries = report_summaries(text, TUESDAY)
    assert summaries[0][2:4] == (16, [("UA-43", 8), ("SEA-BLACK", 8)])
    assert all(("UA-43", 6) not in r[3] for r in summaries)
