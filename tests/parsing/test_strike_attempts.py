"""An attempt to strike with drones ("пытался нанести удар беспилотниками по X", "попытка
удара дронами") is an attack that air defence met: the damage told after it in its paragraph
is where its downed drones fell, a place of the night's report, never a drone's own strike
(``vocab.STRIKE_ATTEMPT_RE``). Sentences written for this project."""

from __future__ import annotations

import pytest

from tests.parsing.conftest import report_rows

_SHEB = "RU-BEL:shebekinsky"


@pytest.mark.parametrize(
    "attempt",
    [
        "Ночью противник пытался нанести удар беспилотниками по Белгородской области.",
        "Ночью противник пытался нанести массированный удар дронами по Белгородской области.",
        "Ночью ВСУ предприняли попытку удара беспилотниками по Белгородской области.",
    ],
)
def test_the_damage_after_an_attempted_strike_is_a_place_of_the_drones_downed(
    attempt: str,
) -> None:
    text = (
        f"{attempt} В Шебекинском округе повреждена кровля дома. Всего над регионом сбиты 7 БПЛА."
    )
    assert report_rows(text) == [("RU-BEL", None, 7), ("RU-BEL", _SHEB, None)]


def test_a_strike_carried_out_still_names_no_place_of_the_drones_downed() -> None:
    text = (
        "Над Белгородской областью ночью сбиты 7 беспилотников.\n\nДнём противник нанёс удар "
        "дронами по приграничью. В Шебекинском округе повреждена кровля дома."
    )
    assert report_rows(text) == [("RU-BEL", None, 7)]
