"""A report's total by the structure that states it (our own wording; docs/parser.md, "A
report's total: structures the working sets of stop 36 showed").

The total is the figure the report states for all its areas: never one it corrects, never a
headline's sum of the body's windows, never the night's count so far told after the report."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

from .conftest import by_place

P = date(2025, 6, 3)


def _reports(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, by_place((c.area_id, c.district_id, c.count) for c in r.claims))
        for r in parse(text, P)
        if r.country == "RU"
    ]


def _first_total(text: str) -> int | None:
    return next(r.total for r in parse(text, P) if r.country == "RU")


# -- a correction under an update's label sets the report's figure right ----------------------


@pytest.mark.parametrize(
    ("head", "first", "corrected"),
    [
        ("Дополнено (06:55):", "более 20", 24),
        ("Обновлено 07:10.", "около 20", 23),
        ("UPD:", "свыше 20", 26),
        ("Дополнение:", "не менее 20", 21),
    ],
)
def test_an_update_that_corrects_the_night_is_no_report_of_its_own(
    head: str, first: str, corrected: int
) -> None:
    # a corrected whole under an update's label sets the post's figure right: one report
    text = (
        f"Ночью над Воронежской областью уничтожены {first} беспилотников. Пострадавших нет.\n\n"
        f"{head} по уточнённым данным, всего за ночь уничтожено {corrected} БПЛА."
    )
    assert _reports(text) == [(corrected, [("RU-VOR", None, corrected)])]


def test_an_update_that_tells_more_is_still_a_report_of_its_own() -> None:
    # (no correction: the night's count so far after the post's figure is its own report)
    text = (
        "Ночью над Воронежской областью уничтожены 6 беспилотников.\n\n"
        "Дополнено (06:55): всего за ночь уничтожено 9 БПЛА."
    )
    assert [t for t, _rows in _reports(text)] == [6, 9]


# -- the night's count so far, told after the report's figures, is a report of its own --------


@pytest.mark.parametrize(
    "text",
    [
        "Ночью силами ПВО отражена атака четырёх беспилотников, летевших на Москву.\n\n"
        "UPD 03:10 Сбит ещё один БПЛА на подлёте к городу.\n\n"
        "UPD 04:25 Уничтожены два беспилотника. Всего с начала ночи сбито 9 дронов, летевших "
        "на Москву.",
        "Этой ночью ПВО сбили четыре беспилотника, летевших на Москву.\n"
        "UPD: ещё один БПЛА уничтожен на подлёте к столице.\n"
        "UPD: отражена атака двух дронов. Всего с начала ночи — 9.",
    ],
)
def test_a_count_so_far_after_updates_is_not_the_first_reports_total(text: str) -> None:
    # the updates are reports of their own, and so is the count since the night began
    # (4 + 1 + 2 is not 9: it holds lines this text does not tell)
    assert _first_total(text) == 4


@pytest.mark.parametrize(
    "tally",
    [
        "Всего, по его данным, с начала ночи сбиты 17 беспилотников.",
        "По словам мэра, всего с начала ночи уничтожено 17 БПЛА.",
        "Всего с начала ночи, по данным Собянина, отражена атака 17 дронов.",
    ],
)
def test_a_retold_count_so_far_is_no_total_of_the_line_it_follows(tally: str) -> None:
    text = (
        "Собянин сообщил о новой атаке беспилотников на Москву\n\n"
        "В ночь на 3 июня силы ПВО отразили атаку ещё четырёх беспилотников, летевших на "
        "Москву, сообщил мэр столицы Сергей Собянин.\n\n"
        f"{tally}"
    )
    assert [t for t, _rows in _reports(text)] == [4, 17]


# -- a headline that puts the body's whole over the area the news is about -------------------
# (retellings._whole_of_parts: the body tells the whole and its parts)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Thirty drones downed over Bryansk region overnight",
            "Russian air defences destroyed 30 drones overnight, 20 of them over the Bryansk "
            "region and 10 over the Kursk region, the ministry said.",
        ),
        (
            "Над Брянской областью сбиты 30 беспилотников",
            "Минобороны: ночью уничтожены 30 БПЛА: 20 — над Брянской областью, 10 — над Курской.",
        ),
    ],
)
def test_a_headline_whole_over_one_area_is_the_total_not_its_row(headline: str, body: str) -> None:
    assert _reports(f"{headline}\n\n{body}") == [(30, [("RU-BRY", None, 20), ("RU-KRS", None, 10)])]


def test_a_headline_figure_the_body_gives_its_area_stays_that_areas() -> None:
    # the body tells the headline's figure for the same area: one row, told twice
    text = (
        "Над Брянской областью сбиты 20 беспилотников\n\n"
        "Ночью над Брянской областью уничтожены 20 БПЛА, над Курской — 10, сообщили в Минобороны."
    )
    assert _reports(text) == [(None, [("RU-BRY", None, 20), ("RU-KRS", None, 10)])]


# -- an attack's size told first is the total when the figures downed add up to it -----------


@pytest.mark.parametrize(
    "attack",
    [
        "Ukraine attacked the Kursk and Belgorod regions with 20 drones overnight.",
        "Kyiv tried to strike the Kursk and Belgorod regions with the help of 20 drones.",
        "Ночью ВСУ атаковали Курскую и Белгородскую области 20 беспилотниками.",
        "Противник попытался атаковать регионы с помощью 20 беспилотников.",
    ],
)
def test_an_attacks_size_is_the_total_its_rows_add_up_to(attack: str) -> None:
    text = f"{attack} Над Курской областью сбиты 12, над Белгородской — 8."
    if attack.isascii():
        text = f"{attack} Twelve were downed over Kursk and eight over Belgorod, officials said."
    assert _reports(text) == [(20, [("RU-BEL", None, 8), ("RU-KRS", None, 12)])]


def test_an_attacks_size_the_rows_do_not_add_up_to_is_no_total() -> None:
    text = (
        "Ukraine attacked the Kursk and Belgorod regions with 25 drones overnight. Twelve were "
        "downed over Kursk and eight over Belgorod, officials said."
    )
    assert _reports(text) == [(None, [("RU-BEL", None, 8), ("RU-KRS", None, 12)])]


def test_an_attacks_size_with_nothing_downed_is_no_report() -> None:
    # (drones that hit a district, none shot down: no total of last resort)
    assert _reports("Ночью по Энскому району нанесли удар 11 беспилотников, возник пожар.") == []


def test_a_headline_bound_below_the_statements_total_retells_it() -> None:
    text = (
        "More than 100 drones downed over southern Russia at the weekend\n"
        "Ukraine attacked four regions with the help of at least 109 drones at the weekend. The "
        "ministry said 68 were shot down over the Belgorod region, 35 over the Kursk region, "
        "four over the Bryansk region and two over the Voronezh region."
    )
    assert [t for t, _rows in _reports(text)] == [109]
