"""Mayors' and city heads' posts and their retellings: structures discovery102 showed (stop 47).

Each test is a text written for it, in our own wording; none is a sentence of the working set
or of corpus-dev.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import ReportRows, report_rows_of

DAY = date(2025, 5, 4)


#: the places as an import reads them (the stand-in knows nominatives only)
pytestmark = pytest.mark.usefixtures("real_gazetteer")


def reports(text: str, source: str | None = None) -> list[ReportRows]:
    """Each report's reporter, total and claims as (area, district, count)."""
    return report_rows_of(text, DAY, source)


# --- an attack repelled on places, its army named between (places._PLACE_PREP) ----------------


def test_attack_of_the_army_repelled_on_districts_names_them() -> None:
    text = (
        "Над Россошью ночью сбиты два беспилотника, сообщил глава района.\n\n"
        "Губернатор Воронежской области сообщил, что также отражена атака ВСУ на Павловский и "
        "Подгоренский районы."
    )
    assert reports(text)[1] == (
        "governor",
        None,
        [
            ("RU-VOR", "RU-VOR:pavlovsky", None),
            ("RU-VOR", None, None),
            ("RU-VOR", "RU-VOR:podgorensky", None),
        ],
    )


def test_attack_of_the_enemy_repelled_on_a_district_after_a_figure() -> None:
    text = (
        "Ночью над Белгородом уничтожены три беспилотника.\n\n"
        "Кроме того, отражена воздушная атака противника на Шебекинский округ."
    )
    assert reports(text, "Губернатор Белгородской области") == [
        (
            "governor",
            3,
            [
                ("RU-BEL", "RU-BEL:belgorod", 3),
                ("RU-BEL", None, 3),
                ("RU-BEL", "RU-BEL:shebekino", None),
            ],
        )
    ]


# --- a city's own district in its head's words (places._own_district_of) ----------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a name Soviet planning gave many cities' districts, spelt in English, the head noun
        # after the name: the city, never Saint Petersburg's district of that name
        (
            "Kursk city head:\n00:50 Air defence is at work over the city.\n"
            "01:30 A drone was destroyed over the Tsentralny okrug. No damage so far.",
            [("RU-KRS", "RU-KRS:kursk", 1), ("RU-KRS", None, 1)],
        ),
        # a name the gazetteer knows nowhere (Bryansk's own Bezhitsky district)
        (
            "A drone was shot down over the Bezhitsky district early on Sunday, the Bryansk city "
            "administration said.",
            [("RU-BRY", "RU-BRY:bryansk", 1), ("RU-BRY", None, 1)],
        ),
        # ... in Russian too (Kursk's own Seymsky okrug)
        (
            "Глава города Курска: ночью ПВО уничтожила два беспилотника над Сеймским округом, "
            "повреждений нет.",
            [("RU-KRS", "RU-KRS:kursk", 2), ("RU-KRS", None, 2)],
        ),
    ],
    ids=["en-name-of-many-cities", "en-name-known-nowhere", "ru-name-known-nowhere"],
)
def test_a_citys_own_district_in_its_heads_words_is_the_city(text: str, rows: list) -> None:
    [(reporter, total, claims)] = reports(text)
    assert (reporter, total, claims) == ("mayor", rows[0][2], rows)


def test_a_district_the_gazetteer_knows_nowhere_with_no_town_in_context_is_no_place() -> None:
    # a governor names no town: the name is no place, the figure his region's
    text = "Ночью над Сеймским округом сбиты два беспилотника."
    assert reports(text, "Губернатор Курской области") == [("governor", 2, [("RU-KRS", None, 2)])]


# --- a bare name in the words of "the city's mayor" is the city (places._CITY_HEAD_SPEAKS) ----


@pytest.mark.parametrize(
    "said",
    ["the city's mayor said", "the head of the city administration said on Telegram"],
)
def test_a_bare_name_the_citys_head_speaks_of_is_the_city(said: str) -> None:
    text = f"Two drones were downed over Kursk early on Friday, {said}."
    assert reports(text) == [("mayor", 2, [("RU-KRS", "RU-KRS:kursk", 2), ("RU-KRS", None, 2)])]


def test_a_bare_name_with_no_citys_head_stays_the_region() -> None:
    text = "Two drones were downed over Kursk early on Friday, officials said."
    assert [claims for _, _, claims in reports(text)] == [[("RU-KRS", None, 2)]]
