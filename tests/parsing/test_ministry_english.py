"""The ministry's statements as the English agencies translate them (our own wording).

A translated list keeps the ministry's shapes in English words: rows "Saratov Region – 22;" one
a line, the occupied regions by the ministry's names ("the Donetsk People's Republic"), figures
in parentheses after a name of several words ("the Republic of Crimea (3)").
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 3, 23)


def rows(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.area_id, c.count, c.rule) for r in parse(text, DAY) for c in r.claims]


def test_english_rows_name_dash_figure_one_a_line() -> None:
    text = (
        "Over the past night, on-duty air defence systems destroyed 31 drones:\n"
        "Saratov Region – 14;\n"
        "Republic of Mordovia – 9;\n"
        "the Black Sea – eight."
    )
    (report,) = parse(text, DAY)
    assert report.total == 31
    assert rows(text) == [
        ("RU-SAR", 14, "name_dash_count"),
        ("RU-MO", 9, "name_dash_count"),
        ("SEA-BLACK", 8, "name_dash_count"),
    ]
    first = report.claims[0]
    assert text[first.evidence[0] : first.evidence[1]] == "Saratov Region – 14"


def test_english_rows_in_one_sentence_after_a_colon() -> None:
    text = "Air defences destroyed 10 drones: Kursk Region — 6, Crimea — 3, Tula Region — one."
    assert rows(text) == [
        ("RU-KRS", 6, "name_dash_count"),
        ("UA-43", 3, "name_dash_count"),
        ("RU-TUL", 1, "name_dash_count"),
    ]


def test_a_dash_and_a_number_after_a_place_inside_a_sentence_is_no_row() -> None:
    text = (
        "Air defences shot down seven fixed-wing drones over the Kursk Region – 20 km from "
        "the border – overnight."
    )
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims] == [("RU-KRS", 7)]


def test_a_peoples_republic_is_the_occupied_region_named() -> None:
    text = (
        "Air defences shot down six drones over the Donetsk People's Republic and four "
        "over the Belgorod Region overnight, the ministry said."
    )
    assert rows(text) == [("UA-14", 6, "count_over_place"), ("RU-BEL", 4, "count_over_place")]


def test_a_figure_in_parentheses_after_a_name_of_several_words() -> None:
    text = (
        "Air defence systems shot down 15 drones over the Kursk Region (9), the Tula Region "
        "(2) and the Republic of Crimea (4), the Defence Ministry said."
    )
    (report,) = parse(text, DAY)
    assert report.total == 15
    assert rows(text) == [
        ("RU-KRS", 9, "paren_count"),
        ("RU-TUL", 2, "paren_count"),
        ("UA-43", 4, "paren_count"),
    ]
    crimea = report.claims[-1]
    assert text[crimea.evidence[0] : crimea.evidence[1]] == "Republic of Crimea (4)"


def test_the_ministrys_on_duty_formula_names_the_ministry() -> None:
    # the wires' translation of "дежурными средствами ПВО": the ministry's own words, so its
    # "Moscow Region" is the city and the oblast together
    text = (
        "Between 8 p.m. and 11 p.m. Moscow time, on-duty air defense systems intercepted and "
        "destroyed 9 Ukrainian UAVs: six over the Moscow Region and three over the Kursk Region."
    )
    (report,) = parse(text, date(2025, 6, 3))
    assert report.reporter == "mod"
    assert [(c.area_id, c.count) for c in report.claims] == [
        ("RU-MOW+RU-MOS", 6),
        ("RU-KRS", 3),
    ]


def test_the_formula_with_a_governor_after_it_is_the_governors() -> None:
    text = (
        "On-duty air defense systems destroyed two drones over the Kursk Region overnight, the "
        "region's governor said."
    )
    (report,) = parse(text, date(2025, 6, 3))
    assert (report.reporter, [(c.area_id, c.count) for c in report.claims]) == (
        "governor",
        [("RU-KRS", 2)],
    )


def test_the_wires_abbreviations_of_occupied_regions_are_places() -> None:
    text = "Air defences destroyed 6 drones over the DPR and two over the LPR, the ministry said."
    assert [(a, n) for a, n, _rule in rows(text)] == [("UA-14", 6), ("UA-09", 2)]
