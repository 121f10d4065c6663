"""Issue 10: governors' and district heads' posts read by the shape of the post (its list rows,
its ordinals, its summary lines), kinds the earlier tests of local posts did not write.

Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import lookup, parse
from tests.parsing.conftest import (
    FakePlace,
    Row,
    claim_rows,
    claims_by_report,
    report_rows,
    resolving,
    with_places,
)

# ---------------------------------------------------------------- list rows that name their drones


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the rows come first, the line that downs their drones after them
        (
            "▪️ Тарусский район — 2 БПЛА\n▪️ Кировский район — 1 БПЛА\n▪️ Обнинск — 1 БПЛА\n"
            "Всего за ночь над Калужской областью уничтожены четыре беспилотника.",
            [
                ("RU-KLU", None, 4),
                ("RU-KLU", "RU-KLU:kirovsky", 1),
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", "RU-KLU:tarussky", 2),
            ],
        ),
        # a bare tally under the region's name: no verb, no attack told
        (
            "Калужская область\n🔹 Тарусский район — 3 БПЛА\n🔹 Обнинск — 1 БПЛА\nПострадавших нет.",
            [
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", "RU-KLU:tarussky", 3),
            ],
        ),
    ],
)
def test_rows_naming_their_drones_are_drones_downed(text: str, rows: list[Row]) -> None:
    assert report_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        # the rows under an attack with no interception anywhere count the drones that attacked
        "Калужская область. Атакованы:\n▪️ Тарусский район — 2 БПЛА\n▪️ Обнинск — 1 БПЛА",
        "Ночью беспилотники атаковали Калужскую область.\n▪️ Тарусский район — 2 БПЛА\n"
        "▪️ Обнинск — 1 БПЛА",
    ],
)
def test_rows_of_an_attack_nobody_downed_are_no_report(text: str) -> None:
    assert parse(text) == []


# ---------------------------------------------------------------- ordinals with a dash for the verb


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "второй" with a dash for the verb of the first clause is one more drone, over its place
        (
            "Первый беспилотник сбит над Тарусским районом, второй — над Обнинском.",
            [
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", "RU-KLU:tarussky", 1),
            ],
        ),
        (
            "Первый дрон уничтожен над Тарусским районом, второй — над Кировским районом, "
            "третий — в районе Обнинска.",
            [
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:kirovsky", 1),
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", "RU-KLU:tarussky", 1),
            ],
        ),
        # an ordinal with no place after its dash is no drone
        (
            "Над Тарусским районом уничтожены два беспилотника, второй — самый долгий налёт за месяц.",
            [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:tarussky", 2)],
        ),
    ],
)
def test_an_ordinal_before_a_dash_and_a_place_is_one_drone_there(
    text: str, rows: list[Row]
) -> None:
    assert report_rows(text) == rows


# ---------------------------------------------------------------- a village inside the district before


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "ещё N" whose only place is a village the gazetteer does not know, after its kind word,
        # adds to the district the clause before named
        (
            "В Тарусском районе уничтожен БПЛА, ещё два подавлены РЭБ у деревни Малиновка.",
            [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:tarussky", 3)],
        ),
        (
            "Над Тарусским районом сбиты три беспилотника, ещё один уничтожен в районе села Высокое.",
            [("RU-KLU", None, 4), ("RU-KLU", "RU-KLU:tarussky", 4)],
        ),
        # a town the gazetteer does not know, without a village's kind word, may lie anywhere
        (
            "В Тарусском районе уничтожен БПЛА, ещё два подавлены РЭБ над Неведомском.",
            [("RU-KLU", None, 1), ("RU-KLU", "RU-KLU:tarussky", 1)],
        ),
    ],
)
def test_more_at_an_unknown_village_adds_to_the_district_before(text: str, rows: list[Row]) -> None:
    assert report_rows(text) == rows


def test_ordinals_after_a_figure_and_its_colon_are_its_drones_not_more() -> None:
    # "сбиты два БПЛА: ..., второй — над Y": the second of the two, the region keeps two
    text = "Силами ПВО сбиты два БПЛА: первый — над Тарусским районом, второй — над Обнинском."
    rows = claim_rows(text)
    assert ("RU-KLU", None, 2) in rows
    assert ("RU-KLU", "RU-KLU:obninsk", 1) in rows


# ------------------------------------------------- a region's whole told with its breakdown


def test_more_inside_a_breakdown_that_adds_up_to_the_region_is_no_more() -> None:
    # "ещё" walks through the region's 9 (5 + 3 + 1): no drones beyond them
    text = (
        "Ночью над Белгородской областью сбиты девять беспилотников. Пять из них — над "
        "Белгородским районом, ещё три — над Шебекинским округом и один — над Грайворонским округом."
    )
    assert claim_rows(text) == [
        ("RU-BEL", None, 9),
        ("RU-BEL", "RU-BEL:belgorodsky", 5),
        ("RU-BEL", "RU-BEL:shebekinsky", 3),
        ("RU-BEL", "RU-BEL:grayvoronsky", 1),
    ]


def test_more_beyond_a_breakdown_that_falls_short_adds_to_the_region() -> None:
    # the districts' 5 + 3 is not the region's 5: the district's "ещё три" is more drones
    text = (
        "Ночью над Белгородской областью сбиты пять беспилотников, все над Белгородским районом. "
        "Ещё три уничтожены над Шебекинским округом."
    )
    rows = claim_rows(text)
    assert sum(c for a, d, c in rows if d is None and c is not None) == 8


_MORNING_TALLY = (
    "08:10\nПодвожу итоги ночи. Всего над Калужской областью уничтожены 6 беспилотников:\n"
    "— Тарусский район — 3;\n— Кировский район — 2;\n— Обнинск — 1."
)


@pytest.mark.parametrize(
    "night",
    [
        # a night post's running "уже 4": inside the morning's 6, not beside it
        "02:30\nЗа ночь над регионом уже уничтожено 4 БПЛА. Работа ПВО продолжается.\n\n",
        # the night's line of 2 over one district is inside the morning's 3 for it
        "Губернатор Калужской области\n\n01:40\nНад Тарусским районом сбиты 2 беспилотника.\n\n",
    ],
)
def test_a_morning_tally_with_its_breakdown_holds_the_night_s_figures(night: str) -> None:
    assert claim_rows(night + _MORNING_TALLY) == [
        ("RU-KLU", None, 6),
        ("RU-KLU", "RU-KLU:tarussky", 3),
        ("RU-KLU", "RU-KLU:kirovsky", 2),
        ("RU-KLU", "RU-KLU:obninsk", 1),
    ]


def test_a_later_region_figure_without_its_breakdown_leaves_the_earlier_one() -> None:
    # two figures of the region and no breakdown adding up to either: both stay as told
    text = (
        "Над Калужской областью сбиты 2 беспилотника.\n\n"
        "Ещё 3 БПЛА уничтожены над Калужской областью утром."
    )
    rows = claim_rows(text)
    assert sum(c for a, d, c in rows if a == "RU-KLU" and d is None and c is not None) == 5


def test_a_governor_recalling_his_earlier_post_tells_another_report() -> None:
    # the night's 6 over two districts; "напомню, ранее ночью я сообщал о 2" is his earlier
    # post, a report of its own: never added to the 6
    text = (
        "Губернатор Калужской области\nПо итогам ночи уничтожены 6 беспилотников над Тарусским и "
        "Кировским районами.\n\nНапомню, ранее ночью я сообщал о двух беспилотниках, сбитых над "
        "Обнинском."
    )
    first, earlier = claims_by_report(text)
    assert [row for row in first if row[1] is None] == [("RU-KLU", None, 6)]
    assert ("RU-KLU", "RU-KLU:obninsk", 2) in earlier


#: a town of the Belgorod region the stand-in gazetteer lacks, answered as the real one does
_BELGOROD = {
    "белгород": [
        FakePlace(
            "district", "RU-BEL:belgorod", "RU-BEL", "Белгород", "Belgorod", lookup.TOWN_SCORE
        )
    ]
}


@pytest.mark.parametrize("part", ["Три из них — над Белгородом.", "Из них три — над Белгородом."])
def test_a_lone_part_of_a_list_s_figure_is_no_more_drones(part: str) -> None:
    # the districts share seven; three of those seven fell over the city: the region keeps 7
    text = f"Над Белгородским районом и Шебекинским округом сбиты семь беспилотников. {part}"
    with resolving(with_places(_BELGOROD)):
        rows = claim_rows(text)
        totals = [r.total for r in parse(text)]
    assert ("RU-BEL", "RU-BEL:belgorod", 3) in rows
    assert ("RU-BEL", None, 7) in rows
    assert ("RU-BEL", None, 10) not in rows
    assert totals == [7]


def test_a_lone_part_of_a_region_s_figure_keeps_the_figure() -> None:
    text = "Над Белгородской областью сбиты семь беспилотников. Из них три — над Белгородом."
    with resolving(with_places(_BELGOROD)):
        rows = claim_rows(text)
        totals = [r.total for r in parse(text)]
    assert rows == [("RU-BEL", None, 7), ("RU-BEL", "RU-BEL:belgorod", 3)]
    assert totals == [7]
