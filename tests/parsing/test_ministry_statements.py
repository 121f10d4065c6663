"""Issue 10: the ministry's statements in the forms of 2023-2026, Russian and English.

Statements about the language, each with reports written for these tests in our own words,
grouped like the rules that read them. The stand-in gazetteer of conftest.py is extended
with the few areas these statements name that it lacks (Sevastopol, the Baltic and its gulf).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

import geo
from parsing import lookup, parse
from parsing.model import Window
from tests.parsing.conftest import FakePlace, fake_resolve

MSK = timezone(timedelta(hours=3))

_MORE = {
    "севастополь": FakePlace("region", "UA-40", None, "Севастополь", "Sevastopol"),
    "sevastopol": FakePlace("region", "UA-40", None, "Севастополь", "Sevastopol"),
    "ленинградская область": FakePlace(
        "region", "RU-LEN", None, "Ленинградская область", "Leningrad Oblast"
    ),
    "leningrad region": FakePlace("region", "RU-LEN", None, "Ленинградская область", "Leningrad"),
    "балтийское море": FakePlace("sea", "SEA-BALTIC", None, "Балтийское море", "Baltic Sea"),
    # a gulf the real gazetteer places in its sea (geo.vocab.WATERS_IN_SEAS)
    "финский залив": FakePlace("sea", "SEA-BALTIC", None, "Балтийское море", "Baltic Sea"),
    "gulf of finland": FakePlace("sea", "SEA-BALTIC", None, "Балтийское море", "Baltic Sea"),
    "gulf of taganrog": FakePlace("sea", "SEA-AZOV", None, "Азовское море", "Sea of Azov"),
    "krasnodar territory": FakePlace("region", "RU-KDA", None, "Краснодарский край", "Krasnodar"),
}


def _resolve(name: str, region: str | None = None) -> FakePlace:
    try:
        return fake_resolve(name, region)
    except geo.UnknownPlaceError:
        found = _MORE.get(name.lower().replace("ё", "е"))
        if found is None:
            raise
        return found


@pytest.fixture(autouse=True)
def more_places(fake_gazetteer: None) -> Iterator[None]:
    lookup.use_resolver(_resolve)
    yield
    lookup.use_resolver(None)


def _claims(text: str, published: date | None = None) -> list[tuple[str, int | None, str]]:
    """Each claim's area, count and the words it stands on."""
    return [
        (c.area_id, c.count, text[c.evidence[0] : c.evidence[1]])
        for r in parse(text, published)
        for c in r.claims
    ]


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=MSK)


def _window_and_rows(text: str) -> tuple[tuple[int, int], list[tuple[str, int | None]]]:
    """The one report's window hours on 15 June 2025 (the publication day) and its rows."""
    (report,) = parse(text, date(2025, 6, 15))
    day = date(2025, 6, 15)
    assert report.window is not None
    assert (report.window.start.date(), report.window.end.date()) == (day, day)
    hours = (report.window.start.hour, report.window.end.hour)
    return hours, [(c.area_id, c.count) for c in report.claims]


# ---------------------------------------------------------------- places: the ministry's titles


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Уничтожены 9 БПЛА: 6 над территорией Республики Крым и 3 над городом федерального "
            "значения Севастополем.",
            [
                ("UA-43", 6, "6 над территорией Республики Крым"),
                ("UA-40", 3, "3 над городом федерального значения Севастополем"),
            ],
        ),
        (
            "Над территорией города федерального значения Севастополя сбиты два беспилотника.",
            [("UA-40", 2, "Севастополя сбиты два")],
        ),
    ],
)
def test_a_city_of_federal_significance_is_the_city(
    text: str, rows: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == rows


# ---------------------------------------------------------------- places: waters inside a sea


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Над акваторией Финского залива уничтожены четыре БПЛА.",
            [("SEA-BALTIC", 4, "Финского залива уничтожены четыре")],
        ),
        (
            "Air defences downed 11 drones over the Leningrad Region and two over the waters of "
            "the Gulf of Finland.",
            [
                ("RU-LEN", 11, "11 drones over the Leningrad Region"),
                ("SEA-BALTIC", 2, "two over the waters of the Gulf of Finland"),
            ],
        ),
        (
            "Five drones were downed over the Gulf of Taganrog.",
            [("SEA-AZOV", 5, "Five drones were downed over the Gulf of Taganrog")],
        ),
    ],
)
def test_a_gulf_named_in_english_or_russian_is_its_sea(
    text: str, rows: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == rows


# ---------------------------------------------------------------- lists: English lists of areas


def test_the_waters_of_a_sea_inside_an_english_list_go_on_with_it() -> None:
    text = (
        "Air defences destroyed 14 Ukrainian drones over the Rostov Region, the Krasnodar "
        "Territory and the waters of the Sea of Azov overnight, the ministry said."
    )
    assert [(a, n) for a, n, _w in _claims(text, date(2025, 7, 6))] == [
        ("RU-ROS", None),
        ("RU-KDA", None),
        ("SEA-AZOV", None),
    ]
    assert [r.total for r in parse(text, date(2025, 7, 6))] == [14]


# ---------------------------------------------------------------- windows: midnight


@pytest.mark.parametrize(
    "text",
    [
        "С 20.00 мск 3 июля до 00.00 мск 4 июля над Брянской областью уничтожены шесть БПЛА.",
        "В период с 21.00 до 24.00 мск над Брянской областью уничтожены шесть БПЛА.",
        "В период с 21.00 до 0.00 мск над Брянской областью уничтожены шесть БПЛА.",
    ],
)
def test_a_window_that_ends_at_midnight_is_an_evening_not_a_night(text: str) -> None:
    (report,) = parse(text, date(2025, 7, 4))
    assert report.night_of is None
    assert report.window is not None
    assert (report.window.start.hour, report.window.end.hour) in ((20, 0), (21, 0))
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-BRY", 6)]


def test_a_window_past_midnight_is_still_the_night() -> None:
    text = "С 20.00 мск 3 июля до 1.00 мск 4 июля над Брянской областью уничтожены шесть БПЛА."
    (report,) = parse(text, date(2025, 7, 4))
    assert report.night_of == date(2025, 7, 4)
    assert report.window == Window(_at(date(2025, 7, 3), 20), _at(date(2025, 7, 4), 1))


# ---------------------------------------------------------------- attempt / all_destroyed: 2023


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Пресечена попытка киевского режима совершить террористическую атаку с применением "
            "беспилотного летательного аппарата на объекты на территории Тульской области. "
            "Беспилотник подавлен средствами РЭБ и совершил жесткую посадку в поле.",
            [("RU-TUL", 1)],
        ),
        (
            "Пресечена попытка атаки киевского режима беспилотным летательным аппаратом по "
            "объектам в Калужской области. Беспилотник уничтожен дежурными средствами ПВО.",
            [("RU-KLU", 1)],
        ),
    ],
)
def test_the_2023_attempt_names_who_tried_before_the_drones(
    text: str, rows: list[tuple[str, int]]
) -> None:
    assert [(a, n) for a, n, _w in _claims(text)] == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "An attempt by the Kyiv regime to carry out a terrorist attack using a fixed-wing "
            "drone on facilities in the Kaluga Region was thwarted. The drone was destroyed by "
            "air defence systems.",
            [("RU-KLU", 1)],
        ),
        (
            "An attempt by the Kyiv regime to carry out a terrorist attack using drones on "
            "facilities in the Bryansk Region was thwarted overnight. All the drones were "
            "destroyed.",
            [("RU-BRY", None)],
        ),
    ],
)
def test_the_english_attempt_is_read_like_the_russian(
    text: str, rows: list[tuple[str, int | None]]
) -> None:
    assert [(a, n) for a, n, _w in _claims(text, date(2024, 5, 2))] == rows


# ---------------------------------------------------------------- items: "lost control" is an aside


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Над Брянской областью уничтожены три БПЛА. Ещё два беспилотника подавлены "
            "средствами РЭБ и, потеряв управление, упали на территории Курской области.",
            [
                ("RU-BRY", 3, "Брянской областью уничтожены три"),
                (
                    "RU-KRS",
                    2,
                    "два беспилотника подавлены средствами РЭБ и, потеряв управление, упали на "
                    "территории Курской области",
                ),
            ],
        ),
        (
            "Two drones were jammed by electronic warfare and, having lost control, crashed in "
            "the Kursk Region.",
            [
                (
                    "RU-KRS",
                    2,
                    "Two drones were jammed by electronic warfare and, having lost control, "
                    "crashed in the Kursk Region",
                )
            ],
        ),
    ],
)
def test_drones_that_lost_control_came_down_where_they_fell(
    text: str, rows: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == rows


# ---------------------------------------------------------------- time: a single hour


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        (
            "Около 5 часов утра 14 июня пресечена попытка атаки БПЛА на объекты в Курской "
            "области. Беспилотник уничтожен.",
            (date(2025, 6, 14), 5),
        ),
        (
            "Сегодня около 13 часов пресечена попытка атаки БПЛА на объекты в Курской области. "
            "Беспилотник уничтожен.",
            (date(2025, 6, 15), 13),
        ),
        (
            "Around 2:30 a.m. Moscow time, an attempted drone attack on facilities in the Kursk "
            "Region was thwarted. The drone was destroyed.",
            (date(2025, 6, 15), 2),
        ),
    ],
)
def test_the_hour_an_attempt_was_thwarted_is_the_statement_s_time(
    text: str, hour: tuple[date, int]
) -> None:
    (report,) = parse(text, date(2025, 6, 15))
    assert report.window is not None and report.window.start == report.window.end
    assert (report.window.start.date(), report.window.start.hour) == hour
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 1)]


def test_about_so_many_hours_inside_a_sentence_is_no_clock() -> None:
    text = "Атака длилась около 3 часов, над Курской областью сбиты 5 БПЛА."
    (report,) = parse(text, date(2025, 6, 15))
    assert report.window is None


# ---------------------------------------------------------------- places: a part of a sea


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Над Крымом уничтожены 5 БПЛА, ещё 3 — над северо-западной частью Черного моря.",
            [("UA-43", 5), ("SEA-BLACK", 3)],
        ),
        ("Над западной частью акватории Черного моря уничтожены 6 БПЛА.", [("SEA-BLACK", 6)]),
        (
            "Seven drones were destroyed over the north-western part of the Black Sea.",
            [("SEA-BLACK", 7)],
        ),
    ],
)
def test_a_part_of_a_sea_is_the_sea(text: str, rows: list[tuple[str, int]]) -> None:
    assert [(a, n) for a, n, _w in _claims(text)] == rows


# ---------------------------------------------------------------- windows: noon


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("С полудня до 15.00 мск над Курской областью уничтожены 4 БПЛА.", (12, 15)),
        ("С 8.00 до полудня над Курской областью уничтожены 4 БПЛА.", (8, 12)),
        (
            "Between 9 a.m. and noon Moscow time, four drones were downed over the Kursk Region.",
            (9, 12),
        ),
    ],
)
def test_noon_is_a_window_s_hour(text: str, hours: tuple[int, int]) -> None:
    assert _window_and_rows(text) == (hours, [("RU-KRS", 4)])


# ---------------------------------------------------------------- items: the largest share's figure


@pytest.mark.parametrize(
    "text",
    [
        "Air defences downed 40 drones overnight. The largest number, 17, was shot down over the "
        "Kursk Region.",
        "Air defences downed 40 drones overnight, with the largest number of them, 17, downed "
        "over the Kursk Region.",
        "Над регионами уничтожены 40 БПЛА. Больше всего беспилотников, 17, сбито над Курской "
        "областью.",
    ],
)
def test_a_figure_between_commas_after_the_largest_share_is_its_place_s(text: str) -> None:
    (report,) = parse(text, date(2025, 6, 15))
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 17)]
    assert report.total == 40


# ---------------------------------------------------------------- totals


def test_the_noun_of_interception_counts_like_its_verb() -> None:
    text = (
        "В Минобороны сообщили о перехвате тридцати беспилотников: двадцати — над Курской "
        "областью и десяти — над Брянской."
    )
    (report,) = parse(text, date(2025, 6, 15))
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 20), ("RU-BRY", 10)]
    assert report.total == 30


def test_a_figure_after_rows_in_parentheses_is_their_total() -> None:
    text = "Над Брянской областью (6), Курской областью (4) и Калужской областью (2) уничтожены 12 БПЛА."
    (report,) = parse(text, date(2025, 6, 15))
    assert [(c.area_id, c.count) for c in report.claims] == [
        ("RU-BRY", 6),
        ("RU-KRS", 4),
        ("RU-KLU", 2),
    ]
    assert report.total == 12


# ---------------------------------------------------------------- reports: damage at another time


@pytest.mark.parametrize(
    "text",
    [
        "Утром в ведомстве сообщили, что за ночь над Брянской областью сбиты 12 беспилотников. "
        "Накануне в Погарском районе из-за падения обломков БПЛА загорелся склад.",
        "The ministry said 12 drones were downed over the Bryansk region overnight. Background: "
        "a drone attack caused a fire at a depot in Obninsk.",
        "The ministry said 12 drones were downed over the Bryansk region overnight. Earlier, a "
        "drone attack caused a fire at a depot in Obninsk.",
    ],
)
def test_damage_told_of_another_time_beside_the_figures_is_no_report(text: str) -> None:
    reports = parse(text, date(2025, 6, 15))
    assert [(c.area_id, c.district_id, c.count) for r in reports for c in r.claims] == [
        ("RU-BRY", None, 12)
    ]


def test_damage_in_the_report_s_own_time_still_names_its_place() -> None:
    text = "Над Брянской областью сбиты 3 БПЛА. Обломки упали в Погарском районе."
    reports = parse(text, date(2025, 6, 15))
    assert [(c.area_id, c.district_id, c.count) for r in reports for c in r.claims] == [
        ("RU-BRY", None, 3),
        ("RU-BRY", "RU-BRY:pogarsky", None),
    ]


def test_damage_alone_is_still_a_report() -> None:
    text = "Ранее обломки беспилотника упали в Погарском районе, пострадавших нет."
    reports = parse(text, date(2025, 6, 15))
    assert [(c.area_id, c.district_id) for r in reports for c in r.claims] == [
        ("RU-BRY", "RU-BRY:pogarsky"),
        ("RU-BRY", None),
    ]


# ---------------------------------------------------------------- time: the event named again


@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью сбиты 6 БПЛА, сообщили в Минобороны. Это произошло в период с "
        "16.00 до 19.00 мск.",
        "Six drones were downed over the Kursk Region, the ministry said. This happened between "
        "4 p.m. and 7 p.m. Moscow time.",
    ],
)
def test_a_time_said_of_the_event_just_told_is_its_window(text: str) -> None:
    assert _window_and_rows(text) == ((16, 19), [("RU-KRS", 6)])
