"""An attack on a town told in any wording, the figure in the next sentence with no place of
its own (our own wordings): the attack's target is where those drones were downed, nearer
than a dateline ("Саратов."), as under "Над Тулой работает ПВО". The attack repelled in the
passive ("Ночью отражена атака БПЛА на Энгельс. Сбито 6 беспилотников.") or told "на X" after
any other verb. With no figure after it the town is still named. (A town as the subject of
"подвергся атаке" or the object of "атаковали" is a place hit: ``test_local_attacked.py``.)"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse

P = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "district", "figure"),
    [
        # the attack repelled, in the passive
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
        # the attack "на X", whatever verb made it
        (
            "Этой ночью была предпринята атака беспилотников на Подольск. Дежурными средствами ПВО "
            "уничтожены 3 БПЛА.",
            "RU-MOS:podolsk",
            3,
        ),
        (
            "Ночью совершена попытка атаки БПЛА на Сызрань. Сбиты пять беспилотников, "
            "пострадавших нет.",
            "RU-SAM:syzran",
            5,
        ),
        (
            "Под утро была совершена атака дронов на Геленджик. Подавлены два беспилотника.",
            "RU-KDA:gelendzhik",
            2,
        ),
    ],
)
def test_the_figure_after_an_attack_on_a_town_is_the_towns(
    text: str, district: str, figure: int
) -> None:
    (report,) = parse(text, P)
    assert (district, figure) in {(c.district_id, c.count) for c in report.claims}
    assert {c.district_id for c in report.claims if c.district_id} == {district}
    assert report.total == figure


def test_an_attack_on_two_towns_heads_neither() -> None:
    """Two towns attacked: the figure after them is neither town's (the first named took it
    had the rule read one place of several)."""
    text = "Была предпринята атака БПЛА на Энгельс и Саратов. Сбиты три беспилотника."
    (report,) = parse(text, P)
    assert {c.count for c in report.claims if c.district_id} <= {None}
    assert report.total == 3


def test_an_attack_repelled_with_debris_alone_still_names_the_town() -> None:
    text = (
        "Ночью отражена атака вражеских БПЛА на Новороссийск. Обломки сбитого беспилотника "
        "упали на промзону."
    )
    (report,) = parse(text, P)
    assert ("RU-KDA", "RU-KDA:novorossiysk", None) in {
        (c.area_id, c.district_id, c.count) for c in report.claims
    }


def test_an_attack_on_a_regions_sites_heads_no_later_figure() -> None:
    """An attack on a region told in a news text (its sites, not a town) heads nothing: the
    ministry's figure over all Russia quoted after it is not the region's."""
    text = (
        "Губернатор рассказал о ночной атаке. «Совершена атака беспилотников на предприятия "
        "Воронежской области, пострадавших нет», — заявил он.\n\n"
        "Ранее в Минобороны сообщили, что за ночь над территорией России сбиты 20 БПЛА."
    )
    reports = parse(text, P)
    assert ("RU-VOR", 20) not in {(c.area_id, c.count) for r in reports for c in r.claims}


#: How writers tell the attack (its verb, the drone noun or none) and the figure (digits or
#: words, the verb before or after it).
_ATTACKS = (
    "Ночью отражена атака БПЛА на {town}.",
    "Этой ночью была предпринята атака беспилотников на {town}.",
    "Под утро совершена попытка атаки дронов на {town}.",
    "Противник предпринял очередную атаку на {town}.",
    "Вечером отражены атаки украинских беспилотников на {town}.",
)
_FIGURES = (
    (" Сбиты {n} БПЛА.", str),
    (" Средствами ПВО уничтожено {n} беспилотников.", str),
    (" {N} беспилотников сбиты силами ПВО.", {5: "Пять", 6: "Шесть", 7: "Семь"}.get),
)
_TOWNS = (("Сызрань", "RU-SAM:syzran"), ("Новороссийск", "RU-KDA:novorossiysk"))


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_ATTACKS),
    st.sampled_from(_FIGURES),
    st.sampled_from(_TOWNS),
    st.sampled_from((5, 6, 7)),
)
def test_every_wording_of_an_attack_on_a_town_gives_it_the_figure(
    attack: str, figure: tuple[str, object], town: tuple[str, str], n: int
) -> None:
    wording, say = figure
    text = attack.format(town=town[0]) + wording.format(n=n, N=say(n))  # type: ignore[operator]
    (report,) = parse(text, P)
    assert (town[1], n) in {(c.district_id, c.count) for c in report.claims}


@pytest.mark.parametrize(
    ("text", "region", "figure"),
    [
        (
            "Отработала ПВО в районе Обнинска и Тарусы. По предварительным данным, сбиты 3 "
            "беспилотника.",
            "RU-KLU",
            3,
        ),
        (
            "ПВО отработала по БПЛА над Обнинском и Тарусским районом. Сбито 4 беспилотника.",
            "RU-KLU",
            4,
        ),
        (
            "Ночью работали силы ПВО над Шебекинским округом и Белгородским районом. Уничтожены "
            "пять БПЛА.",
            "RU-BEL",
            5,
        ),
        (
            "Средства ПВО работали в районе Сызрани и Сызранского района. Сбиты два дрона.",
            "RU-SAM",
            2,
        ),
        (
            "ПВО продолжает работать над Обнинском и Тарусой. Уже уничтожено 6 беспилотников.",
            "RU-KLU",
            6,
        ),
    ],
)
def test_air_defence_at_work_over_towns_of_one_region_gives_it_the_figure_after(
    text: str, region: str, figure: int
) -> None:
    # the figure is over the towns together: their region's, never one town's
    (report,) = parse(text, P)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims if c.count] == [
        (region, None, figure)
    ]


def test_air_defence_at_work_over_towns_of_two_regions_frames_neither() -> None:
    (report,) = parse("ПВО отработала над Обнинском и Сызранью. Сбиты 5 беспилотников.", P)
    assert [c for c in report.claims if c.count] == [] and report.total == 5
