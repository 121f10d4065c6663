"""Governors' and mayors' posts told line by line (our own wording): a bulleted "по N в X и Y
районах" row, the debris of a downed drone (no figure), lines of "ещё N" (more drones, never the
breakdown of the first line), a night's summary heading, an update's whole over its districts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import parse

from .conftest import by_place, fake_districts, fake_towns, resolving, with_places

P = date(2025, 6, 3)


_PLACES = {
    **fake_districts(
        "RU-VOR", "Россошанский", "Острогожский", "Павловский", "Бобровский", "Лискинский"
    ),
    **fake_districts("RU-BEL", "Ракитянский"),
    **fake_districts("RU-LEN", "Киришский", "Тосненский"),
    **fake_towns("RU-VOR", "Нововоронеж"),
    **fake_towns("RU-BEL", "Белгород"),
}


@pytest.fixture(autouse=True)
def places(fake_gazetteer: None) -> Iterator[None]:
    # (after the stand-in gazetteer of conftest.py is set, never before it)
    with resolving(with_places(_PLACES)):
        yield


def _reports(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, by_place((c.area_id, c.district_id, c.count) for c in r.claims))
        for r in parse(text, P)
    ]


@pytest.mark.parametrize(
    ("row", "each", "places"),
    [
        ("— по одному в Кировском и Тарусском районах.", 1, ["kirovsky", "tarussky"]),
        ("▪️ по два над Кировским и Тарусским районами;", 2, ["kirovsky", "tarussky"]),
        ("- по 3 в Кировском, Тарусском районах", 3, ["kirovsky", "tarussky"]),
        ("• по одному над Тарусским районом и Обнинском.", 1, ["tarussky", "obninsk"]),
    ],
)
def test_a_bulleted_row_of_each_without_a_dash(row: str, each: int, places: list[str]) -> None:
    # "по N" and its places with no dash between them are a figure each, as "по N — в ..." is
    text = f"Ночью над Калужской областью уничтожены 15 беспилотников:\n— в Людиновском районе — 4;\n{row}"
    (report,) = parse(text, P)
    got = {(c.district_id, c.count) for c in report.claims if c.district_id}
    assert {(f"RU-KLU:{d}", each) for d in places} <= got


def test_a_bulleted_row_of_each_with_a_town_afterfake_districts() -> None:
    text = (
        "Силами ПВО уничтожено 8 БПЛА:\n\n— в Шебекинском округе — 3;\n— в Валуйском округе — 2;\n"
        "— по одному в Грайворонском, Ракитянском округах и г. Белгороде."
    )
    (report,) = parse(text, P)
    ones = {c.district_id for c in report.claims if c.district_id and c.count == 1}
    assert ones == {"RU-BEL:grayvoronsky", "RU-BEL:ракитянский", "RU-BEL:белгород"}
    assert report.total == 8


@pytest.mark.parametrize(
    "sentence",
    [
        "В Россошанском районе обломками сбитого беспилотника повреждена крыша гаража.",
        "По словам губернатора, в Россошанском районе осколками сбитого дрона выбиты окна.",
        "В Россошанском районе фрагментами сбитого БПЛА повреждён забор.",
    ],
)
def test_debris_of_a_downed_drone_is_no_figure(sentence: str) -> None:
    # the debris noun in any case before "сбитого беспилотника": where debris fell, no drone counted
    assert _reports(sentence) == [
        (None, [("RU-VOR", None, None), ("RU-VOR", "RU-VOR:россошанский", None)])
    ]


@pytest.mark.parametrize(
    "debris",
    [
        "Обломки одного из них упали на промзону, возникший пожар ликвидирован.",
        "Обломками двух из них повреждены крыши гаражей, возгорание ликвидировано.",
        "Фрагментами одного из них посечён забор, загорание оперативно ликвидировано.",
    ],
)
def test_debris_of_one_of_them_is_no_total(debris: str) -> None:
    # "обломки одного из них": which drone fell, never a figure of drones (nor the report's total,
    # when a fire "ликвидирован" makes the sentence read as one that downs drones)
    text = (
        f"Сегодня ночью над Киришским районом сбиты три беспилотника. {debris}\n\n"
        "Ещё один БПЛА сбит над Тосненским районом."
    )
    (report,) = parse(text, P)
    assert report.total is None
    assert ("RU-LEN:киришский", 3) in {(c.district_id, c.count) for c in report.claims}


@pytest.mark.parametrize("more", ["Ещё два БПЛА уничтожены", "Уничтожены ещё два беспилотника"])
def test_lines_of_more_drones_are_no_breakdown_of_the_first(more: str) -> None:
    # 3, then 2 more and 1 more: the first line's 3 is no whole of the lines after it
    text = (
        "01:12\nДежурными силами ПВО уничтожены 3 беспилотника над Россошанским районом.\n\n"
        f"02:47\n{more} над Лискинским районом.\n\n"
        "03:55\nУничтожен беспилотник над Россошанским районом."
    )
    (report,) = parse(text, P)
    got = sorted((c.district_id or "", c.count or 0) for c in report.claims if c.district_id)
    assert got == [
        ("RU-VOR:лискинский", 2),
        ("RU-VOR:россошанский", 1),
        ("RU-VOR:россошанский", 3),
    ]
    assert report.total is None


@pytest.mark.parametrize(
    "heading",
    ["Подводим итоги ночи.", "Итоги ночи.", "Итоги прошедшей ночи."],
)
def test_a_night_summary_heading_dates_the_post(heading: str) -> None:
    text = (
        "Над Лискинским районом уничтожены 3 беспилотника.\n\n"
        f"{heading} Всего над территорией области уничтожено 5 БПЛА."
    )
    (report,) = parse(text, P)
    assert report.night_of == P
    assert report.total == 5


@pytest.mark.parametrize(
    "whole",
    ["Всего за ночь — 9 БПЛА.", "Итого за ночь уничтожено 9 беспилотников."],
)
def test_an_updates_whole_over_its_district_holds_its_more(whole: str) -> None:
    # "UPD ... ещё 3 над Павловским районом. Всего за ночь — 9": the region's 9 holds the 3
    text = (
        "Этой ночью уничтожены 6 БПЛА над территориями Острогожского и Россошанского районов.\n\n"
        f"UPD 05:40. Ещё 3 беспилотника уничтожены над Павловским районом.\n\n{whole}\n\n"
        "Губернатор Воронежской области"
    )
    later = parse(text, P)[-1]
    region = [c.count for c in later.claims if c.district_id is None]
    assert region == [9]
    assert later.total == 9
