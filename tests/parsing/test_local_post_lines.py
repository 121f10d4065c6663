"""Governors' and mayors' posts told line by line (our own wording): a clock on a line of its
own over each line (with its day or not), drones bound for the capital told with "к" or "в
направлении", and a closing whole after lines of "ещё N" over districts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import parse

from .conftest import by_place, fake_districts, fake_towns, resolving, with_places

P = date(2025, 11, 2)


_PLACES = {
    **fake_districts("RU-SMO", "Рославльский", "Дорогобужский", "Гагаринский", "Починковский"),
    **fake_districts("RU-TVE", "Торжокский", "Кимрский", "Бежецкий"),
    **fake_districts("RU-KRS", "Рыльский", "Глушковский", "Суджанский", "Льговский", "Курский"),
    **fake_districts("RU-BRY", "Новозыбковский", "Климовский"),
    **fake_towns("RU-KRS", "Рыльск", "Суджа", "Курчатов", "Курск"),
    **fake_towns("RU-BRY", "Новозыбков"),
}


@pytest.fixture(autouse=True)
def places(fake_gazetteer: None) -> Iterator[None]:
    with resolving(with_places(_PLACES)):
        yield


def _reports(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, by_place((c.area_id, c.district_id, c.count) for c in r.claims))
        for r in parse(text, P)
    ]


# --- a clock alone on the line over each of a mayor's lines -----------------------------------

STAMPED_LINES = [
    # the day and the clock on their own line; two lines of the same figure are two events
    (
        "Сергей Собянин\n\n1 нояб, 22:40\nОтражена атака двух беспилотников, летевших на "
        "Москву.\n\n2 нояб, 01:05\nСбит ещё один БПЛА, летевший на Москву.\n\n2 нояб, 03:20\n"
        "ПВО Минобороны уничтожили два беспилотника, летевших на Москву.",
        [2, 1, 2],
    ),
    # the clock alone, no day; a blank line between the clock and its words
    (
        "Собянин:\n\n00:15\n\nСилы ПВО сбили три БПЛА, летевших на Москву.\n\n02:50\n\nСбиты "
        "ещё три беспилотника, летевших на Москву.",
        [3, 3],
    ),
    # a numeric day before the clock
    (
        "02.11 04:10\nУничтожен беспилотник, летевший на Москву.\n\n02.11 05:35\nУничтожен ещё "
        "один беспилотник, летевший на Москву.",
        [1, 1],
    ),
]


@pytest.mark.parametrize(("text", "figures"), STAMPED_LINES)
def test_stamped_lines_with_the_same_figure_are_each_counted(text: str, figures: list[int]) -> None:
    (report,) = parse(text, P)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-MOW", n) for n in figures]


@pytest.mark.parametrize(
    "line",
    [
        "Силы ПВО уничтожили два беспилотника, которые летели к Москве.",
        "Сбиты два БПЛА, летевших к столице.",
        "ПВО Минобороны отразили атаку двух дронов, летевших в направлении Москвы.",
        "Уничтожены два беспилотника, летящие в направлении столицы.",
    ],
)
def test_drones_flying_to_the_capital_said_with_k_or_v_napravlenii(line: str) -> None:
    (report,) = parse(line, P)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-MOW", 2)]


# --- a closing whole after lines of "ещё N" over districts --------------------------------------

CLOSING_WHOLES = [
    (
        "05:50\nНад Рославльским районом сбит беспилотник.\n\n06:40\nЕщё два уничтожены над "
        "Дорогобужским и Гагаринским районами.\n\n07:30\nИ ещё один — над Починковским районом."
        "\n\n08:00\nВсего за утро над Смоленской областью сбиты четыре БПЛА.",
        4,
        [
            ("RU-SMO", None, 4),
            ("RU-SMO", "RU-SMO:гагаринский", None),
            ("RU-SMO", "RU-SMO:дорогобужский", None),
            ("RU-SMO", "RU-SMO:починковский", 1),
            ("RU-SMO", "RU-SMO:рославльский", 1),
        ],
    ),
    (
        "Над Торжокским округом уничтожены 2 беспилотника. Позже ещё 3 сбиты над Кимрским "
        "округом. Ещё один — над Бежецким округом. Итого за ночь над Тверской областью — 6 БПЛА.",
        6,
        [
            ("RU-TVE", None, 6),
            ("RU-TVE", "RU-TVE:бежецкий", 1),
            ("RU-TVE", "RU-TVE:кимрский", 3),
            ("RU-TVE", "RU-TVE:торжокский", 2),
        ],
    ),
]


@pytest.mark.parametrize(("text", "total", "rows"), CLOSING_WHOLES)
def test_a_closing_whole_holds_the_more_told_overfake_districts(
    text: str, total: int, rows: list[tuple[str, str | None, int | None]]
) -> None:
    assert _reports(text) == [(total, rows)]


def test_more_over_a_district_after_the_regions_own_figure_still_adds() -> None:
    text = (
        "Над Смоленской областью ночью сбиты три беспилотника. Ещё два уничтожены над "
        "Рославльским районом."
    )
    ((_total, rows),) = _reports(text)
    assert [r for r in rows if r[1] is None] == [("RU-SMO", None, 2), ("RU-SMO", None, 3)]


# --- a town named for damage after its own district (its seat), and the reverse ---------------

SEAT_TOLD_AGAIN = [
    # the district downs them, its seat is where a facade was hit: one place
    (
        "Над Курской областью ночью сбиты шесть беспилотников — над Рыльским и Глушковским "
        "районами. В Рыльске обломками посечён фасад магазина.",
        [
            ("RU-KRS", None, 6),
            ("RU-KRS", "RU-KRS:глушковский", None),
            ("RU-KRS", "RU-KRS:рыльский", None),
        ],
    ),
    # both told for damage alone: the district is the place
    (
        "Над Курской областью уничтожены 3 БПЛА. Обломки упали в Суджанском районе. В Судже "
        "повреждена крыша магазина, пострадавших нет.",
        [("RU-KRS", None, 3), ("RU-KRS", "RU-KRS:суджанский", None)],
    ),
    # the town downs them, its district is where grass caught fire: one place
    (
        "Над Брянской областью сбиты пять беспилотников в районе Новозыбкова. В Новозыбковском "
        "округе после падения обломков загорелась сухая трава.",
        [("RU-BRY", None, 5), ("RU-BRY", "RU-BRY:новозыбков", None)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), SEAT_TOLD_AGAIN)
def test_a_seat_told_for_damage_after_its_district_is_no_other_place(
    text: str, rows: list[tuple[str, str | None, int | None]]
) -> None:
    assert [r for _t, r in _reports(text)] == [rows]


PLACES_OF_THEIR_OWN = [
    # another town than the district's seat is a place of its own
    (
        "Над Курской областью сбиты четыре беспилотника над Льговским районом. В Курчатове "
        "обломками повреждена ЛЭП.",
        "RU-KRS:курчатов",
    ),
    # the region's capital beside the district named like the region: two places
    (
        "Над Курской областью уничтожены 2 БПЛА. Обломки упали в Курском районе и в Курске, "
        "пострадавших нет.",
        "RU-KRS:курск",
    ),
]


@pytest.mark.parametrize(("text", "town"), PLACES_OF_THEIR_OWN)
def test_a_town_not_the_seat_of_a_named_district_keeps_its_row(text: str, town: str) -> None:
    ((_total, rows),) = _reports(text)
    assert ("RU-KRS", town, None) in rows


# --- a drone's own strike is no place of an interception ---------------------------------------

_BEL = {
    **fake_districts("RU-BEL", "Валуйский", "Грайворонский", "Шебекинский", "Краснояружский"),
}

STRUCK_BY_A_DRONE = [
    (
        "Над Белгородской областью сбиты 4 беспилотника над Валуйским округом. В Грайворонском "
        "округе в результате удара FPV-дрона по трактору ранен мужчина."
    ),
    (
        "Над Белгородской областью сбиты 4 беспилотника над Валуйским округом. В Шебекинском "
        "округе FPV-дрон атаковал легковой автомобиль, водитель не пострадал."
    ),
    (
        "Над Белгородской областью сбиты 4 беспилотника над Валуйским округом. В "
        "Краснояружском округе атакой FPV-дрона повреждена линия электропередачи."
    ),
    (
        "Над Белгородской областью сбиты 4 беспилотника над Валуйским округом. В Грайворонском "
        "округе с квадрокоптера сброшено взрывное устройство на частный дом."
    ),
]


@pytest.mark.parametrize("text", STRUCK_BY_A_DRONE)
def test_a_place_a_drone_struck_is_no_place_of_an_interception(text: str) -> None:
    with resolving(with_places(_BEL)):
        ((_total, rows),) = _reports(text)
    assert rows == [("RU-BEL", None, 4), ("RU-BEL", "RU-BEL:валуйский", None)]


def test_a_place_where_debris_fell_keeps_its_row() -> None:
    text = (
        "Над Белгородской областью сбиты 4 беспилотника над Валуйским округом. В Шебекинском "
        "округе обломками сбитого беспилотника повреждена крыша дома."
    )
    with resolving(with_places(_BEL)):
        ((_total, rows),) = _reports(text)
    assert ("RU-BEL", "RU-BEL:шебекинский", None) in rows


@pytest.mark.parametrize(
    "tail",
    [
        "Раненый водитель доставлен в Рыльскую ЦРБ.",
        "Пострадавшую госпитализировали в Глушковскую ЦРБ, её состояние стабильное.",
    ],
)
def test_an_adjective_before_an_abbreviation_names_no_place(tail: str) -> None:
    text = "Над Курской областью ночью сбиты два беспилотника над Суджанским районом. " + tail
    ((_total, rows),) = _reports(text)
    assert rows == [("RU-KRS", None, 2), ("RU-KRS", "RU-KRS:суджанский", None)]


# --- a district name many cities reuse, with no region to decide -------------------------------

_REUSED = {
    **fake_districts("RU-ARK", "Приморский"),
    **fake_districts("RU-SPE", "Центральный"),
    **fake_districts("RU-ROS", "Пролетарский"),
}

REUSED_NAMES = [
    "Ночью над Приморским районом города сбиты два беспилотника.",
    "Над Центральным районом сбит украинский БПЛА, пострадавших нет.",
    "В Пролетарском районе уничтожены 3 дрона, сообщил мэр.",
]


@pytest.mark.parametrize("text", REUSED_NAMES)
def test_a_city_district_name_with_no_region_is_no_guess(text: str) -> None:
    with resolving(with_places(_REUSED)):
        (report,) = parse(text, P)
    assert [c for c in report.claims if c.district_id is not None] == []
    assert any("city districts" in why for why, *_rest in report.doubts)


def test_the_region_in_context_decides_a_reused_name() -> None:
    text = "Губернатор Ростовской области: над Пролетарским районом сбит беспилотник."
    with resolving(with_places(_REUSED)):
        ((_total, rows),) = _reports(text)
    assert ("RU-ROS", "RU-ROS:пролетарский", 1) in rows


# --- a settlement's abbreviation with no space before its name ---------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Над Курской областью сбиты три БПЛА над Суджанским районом и г.Курском.", "курск"),
        ("Над Курской областью сбит беспилотник. Обломки упали в г.Рыльске.", "рыльск"),
        (
            "Ночью над пос.Суджа уничтожены 2 беспилотника, сообщил губернатор Курской области.",
            "суджа",
        ),
    ],
)
def test_an_abbreviated_settlement_written_close_to_its_name(text: str, town: str) -> None:
    ((_total, rows),) = _reports(text)
    assert any(d == f"RU-KRS:{town}" for _a, d, _n in rows)
