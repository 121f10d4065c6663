"""Forms of the ministry's statements, in Russian and in the wires' English, that had lost a
figure, a place or a night (issue 10). Written for this project in our own words (the stand-in
gazetteer of conftest.py); grouped by the rule each one decides.

- ``counts._FOLLOW_OK``: "N of the fixed-wing UAVs were destroyed over X" is a part of the drones
  told before, its kind written with a hyphen ("fixed-wing", "long-range").
- ``places._EN_SEP``: inside a list, "the territories of" (plural) before a name is a land's head
  noun, as "the territory of" and "the waters of" are.
- ``places`` (the Russian trigger) and ``apposed_place``: "упали в акваторию X моря", the
  accusative of "акватория", is where drones came down; in English "crashed in the northwestern
  part of Crimea" is where they came down, in that place.
- ``reading._ASIDE``: an adverbial participle set off by commas ("и, не достигнув целей,
  упали в ...") is an aside: the figure before it and the place after it are one item.
- ``time.NIGHT_RE``: "On the night of August 26" (one date, the ministry's "в ночь на 26
  августа" translated) is the night ending that morning, in the year written after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse


def _rows(text: str, published: date | None = None) -> list[list[tuple[str, int | None]]]:
    return [sorted((c.area_id, c.count) for c in r.claims) for r in parse(text, published)]


# --- counts._FOLLOW_OK: "N of the fixed-wing UAVs" ----------------------------------------
@pytest.mark.parametrize(
    "kind", ["fixed-wing", "Ukrainian fixed-wing", "long-range", "Ukrainian", "aircraft-type"]
)
def test_a_part_of_the_drones_told_by_their_kind_keeps_its_place(kind: str) -> None:
    text = (
        "Air defences destroyed 10 drones overnight, the ministry said. Seven of the "
        f"{kind} UAVs were destroyed over the Kursk Region, three over the Bryansk Region."
    )
    assert _rows(text) == [[("RU-BRY", 3), ("RU-KRS", 7)]]


# --- places._EN_SEP: "the territories of" inside a list -----------------------------------
@pytest.mark.parametrize(
    "head", ["the territories of the", "the territory of the", "the waters of the", "the"]
)
def test_a_flat_list_names_every_place_whatever_head_noun_comes_before_it(head: str) -> None:
    text = (
        "On-duty air defence systems intercepted and destroyed 12 Ukrainian UAVs over the "
        f"waters of the Sea of Azov, {head} Kursk Region and the Rostov Region."
    )
    assert _rows(text) == [[("RU-KRS", None), ("RU-ROS", None), ("SEA-AZOV", None)]]


# --- places: "в акваторию" (accusative) -----------------------------------------------------
@pytest.mark.parametrize(
    "fell",
    ["упали в акваторию Черного моря", "упали в Черное море", "упали в акватории Черного моря"],
)
def test_drones_that_fell_into_the_sea_are_the_seas(fell: str) -> None:
    text = f"Семь беспилотников подавлены средствами РЭБ и {fell}."
    assert _rows(text) == [[("SEA-BLACK", 7)]]


@pytest.mark.parametrize("part", ["the northwestern part of ", "the north-western part of ", ""])
def test_drones_that_crashed_in_a_part_of_a_region_are_the_regions(part: str) -> None:
    text = (
        "Nine UAVs were destroyed by air defence systems over Crimea. Another 30 were suppressed "
        f"by electronic warfare and crashed in {part}Crimea without reaching their targets."
    )
    assert _rows(text) == [[("UA-43", 9), ("UA-43", 30)]]


# --- reading._ASIDE: an adverbial participle between commas -------------------------------
@pytest.mark.parametrize(
    "aside", ["не достигнув целей", "потеряв управление", "изменив курс", "не долетев до цели"]
)
def test_a_gerund_between_commas_keeps_the_figure_with_its_place(aside: str) -> None:
    text = (
        "Над Республикой Крым уничтожены пять украинских БПЛА. Ещё семь подавлены средствами "
        f"РЭБ и, {aside}, упали в акваторию Черного моря."
    )
    assert _rows(text) == [[("SEA-BLACK", 7), ("UA-43", 5)]]


def test_a_place_between_commas_is_no_aside() -> None:
    # a town between commas names a place of its own: never swallowed as a gerund
    text = "Над Брянской областью, у Погара, сбиты три беспилотника."
    (report,) = parse(text)
    assert ("RU-BRY", "RU-BRY:pogarsky", None) in [
        (c.area_id, c.district_id, c.count) for c in report.claims
    ]


# --- time.NIGHT_RE: "on the night of <date>" ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "night"),
    [
        (
            "On the night of August 26, an attempt to attack facilities in Crimea with drones "
            "was thwarted: nine UAVs were destroyed over the peninsula.",
            date(2024, 8, 26),
        ),
        (
            "On the night of 26 August, nine UAVs were destroyed over Crimea.",
            date(2024, 8, 26),
        ),
        (
            "On the night of July 24, 2023, the ministry said 17 drones had been downed over "
            "Crimea.",
            date(2023, 7, 24),
        ),
        (
            "On the night of August 25 to 26, nine UAVs were destroyed over Crimea.",
            date(2024, 8, 26),
        ),
    ],
)
def test_the_night_of_one_date_ends_on_it(text: str, night: date) -> None:
    assert [r.night_of for r in parse(text, date(2024, 8, 26))] == [night]


def test_an_old_night_quoted_in_a_later_piece_is_a_report_of_its_own() -> None:
    text = (
        "Air defences destroyed 12 drones over the Rostov Region on Sunday morning, the "
        "ministry said. On the night of July 24, 2023, the ministry said 17 drones had been "
        "downed over Crimea."
    )
    reports = parse(text, date(2026, 10, 4))
    assert [(r.night_of, r.total) for r in reports][1:] == [(date(2023, 7, 24), 17)]
    assert _rows(text, date(2026, 10, 4)) == [[("RU-ROS", 12)], [("UA-43", 17)]]
