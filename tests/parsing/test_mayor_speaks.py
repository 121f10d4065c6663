"""A mayor speaks for his city when the city is a region of its own (Moscow): a figure he
gives without a place is the city's, in English as in Russian (our own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

P = date(2025, 6, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences downed four drones overnight, Moscow Mayor Sergei Sobyanin said.",
        "Air defences downed four drones overnight, the mayor of Moscow said.",
        "Собянин: ночью силы ПВО сбили четыре беспилотника.",
        "Силы ПВО ночью сбили четыре беспилотника, сообщил мэр Москвы.",
    ],
)
def test_the_moscow_mayors_figure_is_the_citys(text: str) -> None:
    (report,) = parse(text, P)
    assert report.reporter == "mayor"
    assert [(c.area_id, c.count, c.rule) for c in report.claims] == [
        ("RU-MOW", 4, "one_region_total")
    ]


def test_another_citys_mayor_names_no_region() -> None:
    # Voronezh is a city inside a region: its mayor's figure is no region's figure by itself
    text = "Air defences downed four drones overnight, Voronezh Mayor Sergei Petrin said."
    (report,) = parse(text, P)
    assert (report.reporter, report.total, report.claims) == ("mayor", 4, ())


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Мэр Новороссийска: ночью силы ПВО уничтожили три беспилотника.", "RU-KDA:novorossiysk"),
        ("Мэр Обнинска сообщил: утром сбиты три дрона, жертв нет.", "RU-KLU:obninsk"),
        ("Глава Кировского района Калужской области: ночью сбиты три БПЛА.", "RU-KLU:kirovsky"),
    ],
)
def test_a_town_heads_figure_without_a_place_is_his_towns(text: str, district: str) -> None:
    # a mayor or a district head speaks for his town: the figure is the town's and its region's
    (report,) = parse(text, P)
    region = district.split(":")[0]
    assert sorted((c.area_id, c.district_id or "", c.count) for c in report.claims) == [
        (region, "", 3),
        (region, district, 3),
    ]


def test_the_nights_sum_after_itogo_is_the_total() -> None:
    text = (
        "02:10. Отражена атака двух беспилотников, летевших на Москву.\n"
        "03:25. Сбиты ещё три.\n"
        "Итого за ночь — пять."
    )
    (report,) = parse(text, P)
    assert report.total == 5


def test_a_mayor_named_a_sentence_before_his_figure_speaks_for_his_city() -> None:
    # the ministry's rows first; then the mayor is named, and "по его словам" gives his figure
    text = (
        "Над Курской областью сбиты 6 беспилотников, сообщили в Минобороны.\n\n"
        "Ранее мэр Москвы сообщил о попытке атаки на столицу. По его словам, беспилотник, "
        "летевший в сторону города, уничтожен."
    )
    reports = [(r.reporter, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, P)]
    assert reports == [("mod", [("RU-KRS", 6)]), ("mayor", [("RU-MOW", 1)])]
