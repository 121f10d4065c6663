"""An attack on a town told repelled in the passive, the figure in the next sentence (our own
wording): "Ночью отражена атака БПЛА на Энгельс. Сбито 6 беспилотников." The figure with no
place of its own is the town's, as under "Над Тулой работает ПВО", nearer than a dateline
("Саратов."); with no figure after it the town is still named."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

P = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "district", "figure"),
    [
        (
            "Саратов. Сегодня ночью средствами ПВО отражена атака БПЛА на Энгельс. Сбито 6 "
            "беспилотников. Повреждено остекление двух домов.",
            "RU-SAR:engelssky",
            6,
        ),
        (
            "Отражена атака беспилотников на Новороссийск. Уничтожены три дрона, пострадавших нет.",
            "RU-KDA:novorossiysk",
            3,
        ),
        (
            "Этой ночью была отражена атака украинских дронов на Сызрань. Сбиты четыре "
            "беспилотника.",
            "RU-SAM:syzran",
            4,
        ),
        (
            "Вечером отражены атаки БПЛА на Обнинск. Подавлены два беспилотника.",
            "RU-KLU:obninsk",
            2,
        ),
        (
            "Средствами ПВО отражена массированная атака на Чебоксары. Уничтожено 5 БПЛА.",
            "RU-CU:cheboksary",
            5,
        ),
    ],
)
def test_the_figure_after_an_attack_repelled_is_the_towns(
    text: str, district: str, figure: int
) -> None:
    (report,) = parse(text, P)
    assert (district, figure) in {(c.district_id, c.count) for c in report.claims}
    assert {c.district_id for c in report.claims if c.district_id} == {district}
    assert report.total == figure


def test_an_attack_repelled_with_debris_alone_still_names_the_town() -> None:
    text = (
        "Ночью отражена атака вражеских БПЛА на Новороссийск. Обломки сбитого беспилотника "
        "упали на промзону."
    )
    (report,) = parse(text, P)
    assert ("RU-KDA", "RU-KDA:novorossiysk", None) in {
        (c.area_id, c.district_id, c.count) for c in report.claims
    }
