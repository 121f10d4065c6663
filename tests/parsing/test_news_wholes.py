"""English news that tells parts and wholes: a place's part and the whole it is part of in one
breath ("out of 25 in total" with no comma before it), "one ... and the other ..." after the
drones were named, a running total "since the evening" (issue 10). Written for this project in our own words;
grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import Totals, report_totals

SUNDAY = date(2025, 9, 21)


def _rows(text: str) -> list[Totals]:
    """(total, region-level rows) of each report from Russia's side."""
    return report_totals(text, SUNDAY)


# --- "out of N in total" right after a place's figure: N is the whole --------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Air defences shot down 17 drones over the Kursk region out of 25 in total, the "
            "ministry said.",
            [(25, [("RU-KRS", 17)])],
        ),
        (
            "Nine of the drones were downed over the Bryansk region out of 30 drones altogether.",
            [(30, [("RU-BRY", 9)])],
        ),
        (
            "Air defences destroyed 12 drones over the Belgorod region out of a total of 20, "
            "the ministry said.",
            [(20, [("RU-BEL", 12)])],
        ),
        (
            # the region the subject of "accounted for", its part of the whole after it
            "The ministry said 25 drones were destroyed overnight. The Voronezh region accounted "
            "for nine out of 25 in total.",
            [(25, [("RU-VOR", 9)])],
        ),
        (
            "The Tula region accounted for six of a total of 18 drones downed, the ministry said.",
            [(18, [("RU-TUL", 6)])],
        ),
    ],
)
def test_a_whole_after_a_places_figure_without_a_comma_is_the_total(
    text: str, rows: list[Totals]
) -> None:
    assert _rows(text) == rows


def test_of_the_drones_before_the_place_is_no_whole() -> None:
    text = "Nine of the drones were downed over the Bryansk region, the ministry said."
    assert _rows(text) == [(9, [("RU-BRY", 9)])]


# --- "One ... and the other ..." after a sentence that named the drones: parts of them ------
@pytest.mark.parametrize(
    ("text", "districts"),
    [
        (
            "Two drones were shot down over the Belgorod region. One was downed over the "
            "Shebekino district and the other over the Belgorod district, the governor said.",
            [("RU-BEL:belgorodsky", 1), ("RU-BEL:shebekinsky", 1)],
        ),
        (
            "Two drones were shot down over the Belgorod region. One was downed over the "
            "Belgorod district and the other near a village in the Shebekino district.",
            [("RU-BEL:belgorodsky", 1), ("RU-BEL:shebekinsky", 1)],
        ),
        (
            "Three drones were destroyed over the Kaluga region. Two were downed over Obninsk "
            "and the third over the Tarussky district.",
            [("RU-KLU:obninsk", 2), ("RU-KLU:tarussky", 1)],
        ),
    ],
)
def test_the_other_after_one_tells_the_rest_of_the_drones_named_before(
    text: str, districts: list[tuple[str, int]]
) -> None:
    (report,) = parse(text, SUNDAY)
    region = [(c.area_id, c.count) for c in report.claims if c.district_id is None]
    assert region == [(districts[0][0][:6], report.total)]
    assert sorted((c.district_id, c.count) for c in report.claims if c.district_id) == districts


def test_the_other_with_no_drones_named_is_no_figure() -> None:
    text = "One house was damaged in the Belgorod district and the other near Shebekino."
    assert parse(text, SUNDAY) == []


# --- a figure "since the evening" is a running total, a report of its own ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "In the last hour, two more drones were destroyed over the Kursk region. In total, 11 "
        "drones have been shot down over the region since the evening.",
        "Two more drones were destroyed over the Kursk region. Since yesterday evening, 11 "
        "drones have been downed over the region.",
        "За последний час над Курской областью уничтожены еще два беспилотника. Всего с вечера "
        "над регионом сбиты 11 БПЛА.",
    ],
)
def test_a_figure_since_the_evening_is_a_running_total_of_its_own(text: str) -> None:
    assert _rows(text) == [(2, [("RU-KRS", 2)]), (11, [("RU-KRS", 11)])]


def test_from_the_evening_to_the_morning_is_the_night_not_a_running_total() -> None:
    text = "С вечера 5 июня до утра 6 июня над Курской областью сбиты 11 БПЛА."
    assert _rows(text) == [(11, [("RU-KRS", 11)])]


def test_of_them_in_total_is_a_part_of_the_figure_before_no_whole() -> None:
    # "of them" stands for the drones told before: no whole after the figure to cut off
    text = (
        "The ministry said 40 drones were downed. Air defences destroyed 12 of them in total "
        "over the Kursk region."
    )
    assert _rows(text) == [(40, [("RU-KRS", 12)])]


# --- a later post's figure is a report of its own ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "totals"),
    [
        (
            "Moscow's mayor said three drones flying towards the capital were destroyed. In a "
            "later post, he said eight had been downed overnight in total.",
            [3, 8],
        ),
        (
            "Moscow's mayor said three drones flying towards the capital were destroyed. In a "
            "subsequent update, he said two more had been downed.",
            [3, 2],
        ),
    ],
)
def test_a_later_posts_figure_is_a_report_of_its_own(text: str, totals: list[int]) -> None:
    assert [r.total for r in parse(text, SUNDAY) if r.country == "RU"] == totals


# --- the rows' sum told again after them, a bare count: their whole -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed two drones over the Kursk region and one over the Belgorod "
        "region, the ministry said. In its statement, the ministry said the three drones were "
        "intercepted between 8 a.m. and 10 a.m.",
        "Two drones were shot down over the Kursk region and one over the Belgorod region, the "
        "ministry said. Three drones were downed in all, it added.",
        "Над Курской областью уничтожены два беспилотника, над Белгородской — один. Все три "
        "БПЛА сбиты дежурными средствами ПВО.",
    ],
)
def test_the_sum_of_the_rows_told_after_them_is_the_total(text: str) -> None:
    assert _rows(text) == [(3, [("RU-KRS", 2), ("RU-BEL", 1)])]


def test_a_bare_count_after_the_rows_that_is_not_their_sum_is_no_total() -> None:
    text = (
        "Two drones were shot down over the Kursk region and one over the Belgorod region, the "
        "ministry said. Five drones were downed in all, it added later."
    )
    assert [total for total, _rows_ in _rows(text)] != [5]


# --- figures told one after another with "then", one verb after the last: they add ------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The mayor said in a string of posts that 1 drone, then 3, then another 2 had been "
            "shot down over the Kursk region.",
            [("RU-KRS", 6)],
        ),
        (
            "Officials said one drone, then three, then another two were destroyed over the "
            "Belgorod region overnight.",
            [("RU-BEL", 6)],
        ),
        (
            "The governor said two drones, then one more, were shot down over the Kursk region.",
            [("RU-KRS", 3)],
        ),
        (
            "The governor wrote that first two, later four more drones were downed above the "
            "Bryansk region.",
            [("RU-BRY", 6)],
        ),
        (
            "Губернатор сообщил, что сначала один, затем три, потом ещё два беспилотника были "
            "сбиты над Курской областью.",
            [("RU-KRS", 6)],
        ),
    ],
)
def test_figures_told_one_after_another_with_then_add(
    text: str, rows: list[tuple[str, int]]
) -> None:
    assert [claims for _total, claims in _rows(text)] == [rows]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Air defences downed three drones over the Bryansk region, then two over the Kursk "
            "region.",
            [("RU-BRY", 3), ("RU-KRS", 2)],
        ),
        (
            "Three drones were shot down over the Kursk region, then two more over the Belgorod "
            "region.",
            [("RU-KRS", 3), ("RU-BEL", 2)],
        ),
    ],
)
def test_a_figure_with_its_own_place_before_then_is_a_row_of_its_own(
    text: str, rows: list[tuple[str, int]]
) -> None:
    assert [claims for _total, claims in _rows(text)] == [rows]
