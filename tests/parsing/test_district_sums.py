"""Issue 10: "ещё N" over a district is more of the region's drones after the region's figure;
a figure without a place is the whole of the one region in context beside its districts' parts.

After another district's figure it goes on with the breakdown of a figure already told, as
"один из них — над X" on a line of its own is a part of it. Reports
written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from parsing import parse
from tests.parsing.conftest import report_rows


def _region_figure(text: str) -> int:
    (report,) = parse(text)
    return sum(c.count or 0 for c in report.claims if c.district_id is None)


def test_more_over_a_district_after_the_regions_figure_adds_to_it() -> None:
    text = (
        "Ночью над Белгородской областью сбиты три беспилотника. "
        "Ещё два подавлены средствами РЭБ над Шебекинским округом."
    )
    assert _region_figure(text) == 5
    assert ("RU-BEL", "RU-BEL:shebekinsky", 2) in report_rows(text)


def test_more_after_a_districts_figure_goes_on_with_the_breakdown() -> None:
    # the lede's six are the two districts' four and two: "ещё" follows the first district
    text = (
        "Над Белгородской областью ночью уничтожены шесть беспилотников. "
        "Над Шебекинским округом сбиты четыре. "
        "Над Грайворонским округом сбиты ещё два."
    )
    assert _region_figure(text) == 6


def test_one_of_them_over_a_district_on_its_own_line_is_a_part() -> None:
    text = "Над Белгородской областью сбиты три беспилотника. Один из них — в Белгородском районе."
    assert report_rows(text) == [("RU-BEL", None, 3), ("RU-BEL", "RU-BEL:belgorodsky", 1)]


def test_one_more_that_fell_in_a_district_is_where_it_came_down() -> None:
    # "упал" tells where a drone came down, not one more shot down
    text = "Над Белгородской областью сбиты два беспилотника. Ещё один дрон упал в Белгородском районе."
    assert _region_figure(text) == 2


def test_a_total_of_the_region_in_context_is_its_whole_beside_a_district() -> None:
    # "из них": the district's figure is a part of the region's
    text = (
        "Этой ночью над Калужской областью работала ПВО. Уничтожено девять беспилотников, "
        "из них пять — над Кировским районом."
    )
    assert report_rows(text) == [("RU-KLU", None, 9), ("RU-KLU", "RU-KLU:kirovsky", 5)]


def test_a_total_equal_to_the_district_is_the_regions_figure_once() -> None:
    text = "Над Калужской областью ночью сбиты три беспилотника: все три — над Тарусским районом."
    assert report_rows(text) == [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:tarussky", 3)]


def test_the_ministrys_total_is_no_regions_whole() -> None:
    # the ministry's figure covers all the areas it names and the ones it does not
    text = (
        "Минобороны России: дежурными средствами ПВО уничтожены 40 беспилотников, "
        "из них восемь — над Кировским районом Калужской области."
    )
    assert report_rows(text) == [("RU-KLU", None, 8), ("RU-KLU", "RU-KLU:kirovsky", 8)]


def test_one_of_a_towns_drones_in_a_district_leaves_the_town_figure_the_regions() -> None:
    # "один из них упал в ...": a part of the town's two, not the region's figure
    text = "Над Обнинском ночью уничтожены два БПЛА. Один из них упал в Тарусском районе."
    assert report_rows(text) == [
        ("RU-KLU", None, 2),
        ("RU-KLU", "RU-KLU:obninsk", 2),
        ("RU-KLU", "RU-KLU:tarussky", 1),
    ]


def test_more_over_a_district_after_a_figure_districts_share_adds_to_it() -> None:
    text = (
        "Над Белгородским районом и Шебекинским округом сбиты 4 беспилотника, "
        "ещё один — над Грайворонским округом."
    )
    assert _region_figure(text) == 5
    assert ("RU-BEL", "RU-BEL:grayvoronsky", 1) in report_rows(text)


def test_most_of_a_figure_over_a_district_leaves_the_whole_the_regions() -> None:
    # "большинство — над X районом": the district's share is unknown, the region's whole is not
    text = (
        "Ночью над Калужской областью работала ПВО. Уничтожены 9 беспилотников, большинство — "
        "над Тарусским районом."
    )
    assert report_rows(text) == [("RU-KLU", None, 9), ("RU-KLU", "RU-KLU:tarussky", None)]


def test_a_town_named_for_damage_does_not_stop_a_listed_total_being_the_region_s() -> None:
    # the rows add up to the 6 written; where debris fell is no share of the drones
    text = (
        "Этой ночью ПВО отражала атаку на Белгородскую область. Уничтожено 6 БПЛА:\n\n"
        "🔸 Белгородский район — 4\n🔸 Шебекинский округ — 2\n\n"
        "В Головчино обломками повреждены окна двух домов."
    )
    assert _region_figure(text) == 6


def test_an_attack_figure_read_inside_a_town_s_claim_is_the_town_s_not_the_total() -> None:
    # "отражена атака 5 — все сбиты" is the town's own 5: beside another district's figure it is
    # no total of the report (the rows add up to 7); the region states none of its own
    text = (
        "Ночью противник снова пытался атаковать Обнинск. Отражена атака 5 беспилотников — все "
        "сбиты. Кроме того, два БПЛА уничтожены над Тарусским районом."
    )
    assert report_rows(text) == [
        ("RU-KLU", None, None),
        ("RU-KLU", "RU-KLU:obninsk", 5),
        ("RU-KLU", "RU-KLU:tarussky", 2),
    ]
    assert [r.total for r in parse(text)] == [None]
