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


# ---------------------------------------------------------------- updates of a post, one by one

_DEC = date(2025, 12, 3)


@pytest.mark.parametrize(
    "update",
    [
        # the label alone on the line above the update
        "ОБНОВЛЕНО 06:50\nДополнительно над Тарусским районом уничтожены три БПЛА.",
        "UPD 2\nНад Тарусским районом сбиты ещё три беспилотника.",
        "Обновлено в 06:50:\nНад Тарусским районом сбиты ещё три беспилотника.",
        # "Дополнительно" opening the line is the label, its figures more drones
        "Дополнительно: над Тарусским районом уничтожены три беспилотника.",
        "Дополнительно над Тарусским районом сбиты 3 БПЛА. Последствий нет.",
    ],
)
def test_an_update_under_its_label_or_dopolnitelno_is_a_report_of_its_own(update: str) -> None:
    text = f"Ночью над Кировским районом силами ПВО уничтожены 5 беспилотников.\n\n{update}"
    reports = parse(text, _DEC)
    assert [(r.total, r.adds_to_previous) for r in reports] == [(5, False), (3, True)]
    assert [c.district_id for c in reports[1].claims if c.district_id] == ["RU-KLU:tarussky"]


def test_dopolnitelno_inside_a_line_is_no_label() -> None:
    text = (
        "Ночью над Кировским районом уничтожены 5 беспилотников. Дополнительно сообщу о "
        "последствиях."
    )
    assert [r.total for r in parse(text, _DEC)] == [5]


@pytest.mark.parametrize(
    "second",
    [
        "UPD 2, 10:15: Над Грайворонским округом сбит 1 дрон. Без последствий.",
        "Upd (10:15). Над Грайворонским округом уничтожен один беспилотник.",
        "UPD 10:15. Всего за ночь над Грайворонским и Шебекинским округами сбиты 9 БПЛА.",
    ],
)
def test_each_update_of_a_post_is_a_report_of_its_own(second: str) -> None:
    text = (
        "Ночью над Белгородским районом сбиты 5 беспилотников.\n\nUPD 08:40: В Шебекинском "
        f"округе уничтожены ещё 2 БПЛА.\n\n{second}"
    )
    totals = [r.total for r in parse(text, _DEC)]
    assert totals[:2] == [5, 2] and len(totals) == 3


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # after a line of more drones: the night's count so far, its own report
        (
            "Сбиты ещё два БПЛА, летевшие на Москву. Всего за ночь на подлёте к столице "
            "уничтожено 10 беспилотников.",
            [(2, [("RU-MOW", 2)]), (10, [("RU-MOW", 10)])],
        ),
        (
            "Над Курской областью сбиты ещё два дрона. Итого за ночь — девять.",
            [(2, [("RU-KRS", 2)]), (9, [("RU-KRS", 9)])],
        ),
        (
            "Над Брянской областью уничтожен ещё один беспилотник.\nВсего с вечера над регионом "
            "сбиты 7 БПЛА.",
            [(1, [("RU-BRY", 1)]), (7, [("RU-BRY", 7)])],
        ),
        # told by an update's label of its own, after the post's figure
        (
            "Ночью над Курской областью сбиты 5 беспилотников.\n\nUPD: Атака отражена. Всего "
            "сбито 9 БПЛА.",
            [(5, [("RU-KRS", 5)]), (9, [("RU-KRS", 9)])],
        ),
        # after an update's district figures: the post's whole, not the update's
        (
            "Ночью над Тарусским районом уничтожены 6 беспилотников.\n\nДополнительно: утром над "
            "Кировским районом сбит ещё один БПЛА.\n\nИтого за ночь и утро — 7.",
            [(6, [("RU-KLU", 6)]), (1, [("RU-KLU", 1)]), (7, [("RU-KLU", 7)])],
        ),
    ],
)
def test_a_whole_larger_than_the_more_drones_before_it_is_a_report_of_its_own(
    text: str, want: list[tuple[int, list[tuple[str, int]]]]
) -> None:
    assert report_totals(text, _DEC) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the report's own figures, not more drones: its total
        (
            "Над Курской областью уничтожены три беспилотника. Всего за ночь — восемь.",
            [(8, [("RU-KRS", 3)])],
        ),
        # the update's own line goes on to the whole: one version of the post's figure
        (
            "Ночью над Курской областью сбиты 5 беспилотников.\nUPD: ещё два сбиты. Всего за "
            "ночь — 7.",
            [(5, [("RU-KRS", 5)]), (7, [("RU-KRS", 7)])],
        ),
    ],
)
def test_a_whole_of_the_report_s_own_figures_stays_its_total(
    text: str, want: list[tuple[int, list[tuple[str, int]]]]
) -> None:
    assert report_totals(text, _DEC) == want


# ---------------------------------------------------------------- debris of one of the drones


@pytest.mark.parametrize(
    "debris",
    [
        "Обломки одного из них упали в Тарусском районе, повреждена теплица.",
        "Обломками одного из сбитых дронов повреждена крыша склада в Тарусском районе.",
        "Осколки двух из них посекли забор в Тарусском районе.",
        "В Тарусском районе фрагменты одного из беспилотников упали на поле.",
    ],
)
def test_where_debris_of_one_of_the_drones_fell_is_named_without_a_figure(debris: str) -> None:
    # which of the drones counted before left debris there, never a figure of the district's:
    # the region keeps its whole, the breakdown its parts
    text = (
        "Ночью над Калужской областью уничтожено 10 беспилотников, из них 3 — над Кировским "
        f"районом. {debris}"
    )
    assert report_rows(text) == [
        ("RU-KLU", None, 10),
        ("RU-KLU", "RU-KLU:kirovsky", 3),
        ("RU-KLU", "RU-KLU:tarussky", None),
    ]


def test_one_of_the_drones_downed_over_a_district_is_still_its_part() -> None:
    text = (
        "Ночью над Калужской областью уничтожено 10 беспилотников. Один из них сбит над "
        "Тарусским районом."
    )
    assert ("RU-KLU", "RU-KLU:tarussky", 1) in report_rows(text)


# ---------------------------------------------------------------- "по N" after "а также"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Сегодня ночью над Тарусским и Кировским районами, а также над Обнинском силами ПВО "
            "уничтожено по одному беспилотнику.",
            [
                ("RU-KLU", "RU-KLU:kirovsky", 1),
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", "RU-KLU:tarussky", 1),
            ],
        ),
        (
            "Над Белгородским районом, а также над Шебекинским округом сбиты по два БПЛА.",
            [("RU-BEL", _BELG, 2), ("RU-BEL", _SHEB, 2)],
        ),
        (
            "Над Тарусским районом, а также над Кировским районом ночью сбито по 2 БПЛА.",
            [("RU-KLU", "RU-KLU:kirovsky", 2), ("RU-KLU", "RU-KLU:tarussky", 2)],
        ),
        (
            "В Кировском районе, а также в Обнинске силами ПВО сбито по одному беспилотнику.",
            [("RU-KLU", "RU-KLU:kirovsky", 1), ("RU-KLU", "RU-KLU:obninsk", 1)],
        ),
        (
            "Над Грайворонским округом и Белгородским районом, а также над Шебекинским округом "
            "ночью уничтожено по три дрона.",
            [("RU-BEL", _BELG, 3), ("RU-BEL", _GRAY, 3), ("RU-BEL", _SHEB, 3)],
        ),
    ],
)
def test_each_figure_after_a_list_joined_by_a_takzhe_is_each_place_s(
    text: str, want: list[Row]
) -> None:
    assert [row for row in report_rows(text) if row[1]] == want
