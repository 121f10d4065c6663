"""Issue 10: the structures of governors' and mayors' posts the unseen sets of 6 December
showed (holdout27, holdout28): a figure's role, a mayor's series of lines, a place named for
damage only. Each construction is read wherever it is built the same way.

Posts written for these tests in our own words; the places are conftest.py's stand-ins.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import Row, report_rows, report_summaries, report_totals

_BEL = ("RU-BEL", None, None)
_SHEB = "RU-BEL:shebekinsky"
_BELG = "RU-BEL:belgorodsky"
_GRAY = "RU-BEL:grayvoronsky"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the district frames the villages: its figure, the "и" between them no cut
        (
            "В Шебекинском округе над сёлами Новая Таволжанка и Графовка сбиты три "
            "беспилотника. В Белгородском районе уничтожены два.",
            [_BEL, ("RU-BEL", _BELG, 2), ("RU-BEL", _SHEB, 3)],
        ),
        (
            "В Белгородском районе силами ПВО над селами Таврово, Ясные Зори и Бессоновка "
            "уничтожены 4 БПЛА, над Шебекинским округом — один.",
            [_BEL, ("RU-BEL", _BELG, 4), ("RU-BEL", _SHEB, 1)],
        ),
        # the district they all lie in, named after the last of them
        (
            "Над посёлками Лесное и Заречное Белгородского района сбиты два беспилотника, над "
            "Шебекинским округом — один.",
            [_BEL, ("RU-BEL", _BELG, 2), ("RU-BEL", _SHEB, 1)],
        ),
        (
            "Ночью в районе хуторов Ивановка и Петровка Шебекинского округа уничтожены четыре "
            "беспилотника.",
            [("RU-BEL", None, 4), ("RU-BEL", _SHEB, 4)],
        ),
        (
            "В Грайворонском округе над деревнями Дорогощь, Козинка и Замостье уничтожены "
            "пять беспилотников.",
            [("RU-BEL", None, 5), ("RU-BEL", _GRAY, 5)],
        ),
    ],
)
def test_villages_listed_under_one_kind_noun_lie_in_their_district(
    text: str, want: list[Row]
) -> None:
    assert report_rows(text) == want


_DAY = date(2025, 3, 19)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a headline over two governors' words, each with his own figure
        (
            "В Курской и Белгородской областях ночью отражены атаки беспилотников\n\n"
            "Три беспилотника сбиты над Курской областью, сообщил губернатор Курской "
            "области.\n\nГубернатор Белгородской области в свою очередь сообщил, что над "
            "Шебекинским округом уничтожен один дрон.",
            [(3, [("RU-KRS", 3)], _DAY), (1, [("RU-BEL", 1)], _DAY)],
        ),
        # the headline merged with the first speaker's lede: its other region is the second's
        (
            "На Брянщине и в Калужской области ночью отражены атаки БПЛА. Два беспилотника "
            "сбиты над Брянской областью, сообщил губернатор. Глава Калужской области написал, "
            "что над Кировским районом уничтожен один БПЛА.",
            [(2, [("RU-BRY", 2)], _DAY), (1, [("RU-KLU", 1)], _DAY)],
        ),
        # one sentence naming both, then each head's figure (no night named)
        (
            "ПВО отразила атаки дронов на Тульскую и Калужскую области. Над Тульской областью "
            "сбиты два беспилотника, сообщил губернатор Тульской области. Глава Калужской "
            "области написал, что над регионом уничтожены четыре БПЛА.",
            [(2, [("RU-TUL", 2)], None), (4, [("RU-KLU", 4)], None)],
        ),
    ],
)
def test_a_headline_names_each_region_for_its_own_speaker_s_figure(
    text: str, want: list[tuple[int | None, list[tuple[str, int | None]], date | None]]
) -> None:
    assert [(t, rows, n) for _who, _side, t, rows, n in report_summaries(text, _DAY)] == want


def test_a_headline_region_no_report_gives_a_figure_stays_named() -> None:
    text = (
        "На Брянщине и в Калужской области отражены атаки беспилотников.\n\n"
        "Над Калужской областью ночью уничтожены шесть БПЛА, сообщил губернатор."
    )
    assert report_totals(text, _DAY) == [(None, [("RU-BRY", None)]), (6, [("RU-KLU", 6)])]


def test_a_region_whose_district_the_report_names_keeps_its_row() -> None:
    text = (
        "Drones were shot down over the Krasnodar region's Slavyansky district, the regional "
        "headquarters said. The defence ministry said 20 drones were destroyed over the "
        "Krasnodar region overnight."
    )
    (first, _second) = parse(text, _DAY)
    assert ("RU-KDA", None, None) in [(c.area_id, c.district_id, c.count) for c in first.claims]


_MORNING = date(2026, 3, 17)


@pytest.mark.parametrize(
    ("text", "line", "so_far", "area"),
    [
        (
            "Собянин\n04:12 Отражена атака ещё трёх беспилотников, летевших на Москву.\n\n"
            "Всего с начала ночи — 14 БПЛА.",
            3,
            14,
            "RU-MOW",
        ),
        (
            "02:40. Силами ПВО уничтожен ещё один БПЛА, летевший на Москву. Всего с начала "
            "ночи сбиты восемь беспилотников.",
            1,
            8,
            "RU-MOW",
        ),
        (
            "Сбит ещё один беспилотник, летевший на Москву. Специалисты работают на месте "
            "падения обломков. Всего с начала ночи — 6.",
            1,
            6,
            "RU-MOW",
        ),
        (
            "Ещё два беспилотника уничтожены над Брянской областью, сообщил губернатор. Всего "
            "с начала ночи — 12.",
            2,
            12,
            "RU-BRY",
        ),
    ],
)
def test_the_night_s_count_so_far_is_of_the_place_and_night_of_the_line_before_it(
    text: str, line: int, so_far: int, area: str
) -> None:
    assert report_totals(text, _MORNING) == [(line, [(area, line)]), (so_far, [(area, so_far)])]
    assert {r.night_of for r in parse(text, _MORNING)} == {_MORNING}


_OCT = date(2025, 10, 28)


@pytest.mark.parametrize(
    ("text", "whole", "area"),
    [
        (
            "Собянин: за ночь силы ПВО отразили атаку 21 беспилотника, летевшего на Москву. "
            "Последнее сообщение мэра пришло в 5:12: «Сбиты ещё два БПЛА, летевших на Москву».",
            21,
            "RU-MOW",
        ),
        (
            "Всего за ночь на подлёте к Москве сбиты 12 беспилотников, сообщил Собянин. В 05:10 "
            "он написал: «Уничтожен ещё один беспилотник, летевший на Москву».",
            12,
            "RU-MOW",
        ),
        (
            "Sobyanin said 34 drones flying towards Moscow were downed overnight. His last "
            'update, at 6:41 a.m., read: "Another three drones flying towards Moscow were '
            'repelled."',
            34,
            "RU-MOW",
        ),
        (
            "За ночь над Брянской областью уничтожены 15 беспилотников, сообщил губернатор. В "
            "5:20 он писал: «Над регионом сбиты ещё два БПЛА».",
            15,
            "RU-BRY",
        ),
    ],
)
def test_a_line_retold_by_its_time_after_the_night_s_whole_is_inside_it(
    text: str, whole: int, area: str
) -> None:
    assert report_totals(text, _OCT) == [(whole, [(area, whole)])]


def test_more_after_a_figure_told_as_no_whole_still_adds() -> None:
    text = (
        "Над Брянской областью уничтожены 5 беспилотников, сообщил губернатор. В 5:20 он "
        "написал: «Сбиты ещё два БПЛА»."
    )
    assert report_totals(text, _OCT) == [(None, [("RU-BRY", 5), ("RU-BRY", 2)])]


@pytest.mark.parametrize(
    "text",
    [
        "За сутки над Белгородской областью уничтожены 23 беспилотника. В Шебекинском округе "
        "после попадания дрона загорелся частный дом.",
        "Над Белгородской областью сбиты 23 БПЛА. В Белгородском районе от прямого попадания "
        "беспилотника повреждён склад.",
        "Над Белгородской областью уничтожены 23 беспилотника. В Грайворонском округе в "
        "результате попадания БПЛА в автомобиль ранен водитель.",
    ],
)
def test_a_place_a_drone_hit_is_no_place_of_the_drones_downed(text: str) -> None:
    assert report_rows(text) == [("RU-BEL", None, 23)]


def test_a_place_debris_fell_on_is_still_named() -> None:
    text = (
        "Над Белгородской областью сбиты 23 БПЛА. В Шебекинском округе обломками беспилотника "
        "после попадания ракеты ПВО повреждён склад."
    )
    assert report_rows(text) == [("RU-BEL", None, 23), ("RU-BEL", _SHEB, None)]


# ---------------------------------------------------------------- a drone that struck, by its words


@pytest.mark.parametrize(
    "struck",
    [
        # the drone strikes a thing: its strike, its attack, a kamikaze drone, its own blast
        "В Шебекинском округе в результате удара дрона по легковому автомобилю ранен водитель.",
        "В Белгородском районе атакой беспилотника повреждена линия электропередачи.",
        "В Грайворонском округе дрон-камикадзе атаковал грузовик, водитель не пострадал.",
        "В Шебекинском округе при детонации дрона-камикадзе повреждены окна магазина.",
        "В Шебекинском округе при атаке украинского дрона на трактор пострадал тракторист.",
        "В Белгородском районе ударами БПЛА повреждены два гаража.",
        "В Грайворонском округе при детонации беспилотника выбиты стёкла в доме.",
    ],
)
def test_a_place_a_drone_struck_is_no_place_of_the_drones_downed(struck: str) -> None:
    text = f"Над Белгородской областью за ночь сбиты 12 беспилотников. {struck}"
    assert report_rows(text) == [("RU-BEL", None, 12)]


@pytest.mark.parametrize(
    "downed",
    [
        # a drone downed, its debris where it was downed, damage told alone: a place of the drones
        "В Шебекинском округе обломками дрона-камикадзе повреждена крыша дома.",
        "В Шебекинском округе повреждены окна частного дома.",
    ],
)
def test_a_place_of_a_downed_drone_s_damage_is_still_named(downed: str) -> None:
    text = f"Над Белгородской областью за ночь сбиты 12 беспилотников. {downed}"
    assert report_rows(text) == [("RU-BEL", None, 12), ("RU-BEL", _SHEB, None)]


@pytest.mark.parametrize(
    "strikes",
    [
        "За сутки противник 30 раз атаковал приграничье с помощью FPV-дронов.",
        "Кроме того, днём ВСУ атаковали сёла ударными FPV-дронами.",
        "Противник также наносил удары дронами по приграничным сёлам.",
    ],
)
def test_the_people_hurt_after_drones_strikes_in_a_paragraph_are_the_strikes(
    strikes: str,
) -> None:
    text = (
        f"Над Белгородской областью ночью сбиты 9 беспилотников.\n\n{strikes} В Шебекинском "
        "округе ранен мужчина."
    )
    assert report_rows(text) == [("RU-BEL", None, 9)]


def test_the_strikes_of_a_paragraph_before_leave_the_next_paragraph_s_damage_named() -> None:
    text = (
        "Над Белгородской областью ночью сбиты 9 беспилотников. За сутки противник 30 раз "
        "атаковал приграничье с помощью FPV-дронов.\n\nВ Шебекинском округе обломками "
        "повреждён забор."
    )
    assert report_rows(text) == [("RU-BEL", None, 9), ("RU-BEL", _SHEB, None)]
