"""The Moscow mayor's drones bound for the city, some of them downed at a named place of Moscow
Oblast: that place takes its part and the city keeps the rest, the figure told first being the
report's whole (``report_rules.rule_target_told_by_its_places``; docs/labels.md: the map shows
where they were downed). The figure bound for Moscow told before the sentence's mark of a
running whole is a figure of its own (``count_rules._before_the_total``); an English place
phrase set off by a comma at the end of the sentence is where the drones were downed
(``count_rules.rule_apposed_place``); more told after more adds up ("ещё о двух, а в 04:15 — об
одном", ``count_rules._add_to_unplaced``).

Posts written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import Row, by_place, claim_rows


@pytest.mark.parametrize(
    ("text", "rows", "total"),
    [
        (
            "Сбиты три беспилотника, летевших на Москву. Один из них — над Подольском.",
            [("RU-MOS", None, 1), ("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOW", None, 2)],
            3,
        ),
        (
            "Собянин: уничтожены пять беспилотников, летевших на Москву, два из них — над "
            "Подольском.",
            [("RU-MOS", None, 2), ("RU-MOS", "RU-MOS:podolsk", 2), ("RU-MOW", None, 3)],
            5,
        ),
        (
            "Sobyanin said four drones flying toward Moscow had been destroyed. One was shot "
            "down near Podolsk, he said.",
            [("RU-MOS", None, 1), ("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOW", None, 3)],
            4,
        ),
        (
            "Мэр Москвы: отражена атака шести беспилотников, летевших на столицу. Два сбиты в "
            "районе Подольска.",
            [("RU-MOS", None, 2), ("RU-MOS", "RU-MOS:podolsk", 2), ("RU-MOW", None, 4)],
            6,
        ),
        (
            "Moscow's mayor said 7 drones heading for the capital were downed overnight, two of "
            "them over the Stupinsky district.",
            [("RU-MOS", None, 2), ("RU-MOS", "RU-MOS:stupinsky", 2), ("RU-MOW", None, 5)],
            7,
        ),
    ],
)
def test_the_city_keeps_the_rest_of_its_figure(text: str, rows: list[Row], total: int) -> None:
    (report,) = parse(text)
    assert by_place((c.area_id, c.district_id, c.count) for c in report.claims) == rows
    assert report.total == total


def test_the_rest_of_a_lower_bound_is_a_lower_bound() -> None:
    text = (
        "The mayor said at least nine drones heading for the capital had been downed, two of "
        "them near Podolsk."
    )
    (report,) = parse(text)
    city = [c for c in report.claims if c.area_id == "RU-MOW"]
    assert [(c.count, c.qualifier) for c in city] == [(7, "at_least")]
    assert (report.total, report.total_qualifier) == (9, "at_least")


def test_the_rest_of_an_approximate_figure_is_left_to_a_person() -> None:
    text = (
        "Около десяти беспилотников, летевших на Москву, уничтожены, два из них — над Подольском."
    )
    assert ("RU-MOW", None, None) in claim_rows(text)


def test_places_told_as_more_leave_the_figure_whole() -> None:
    text = "Сбиты два беспилотника, летевших на Москву. Ещё один сбит в районе Подольска."
    assert ("RU-MOW", None, 2) in claim_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three more drones headed for Moscow were downed, bringing the night's total to 9, the "
        "mayor said.",
        "Sobyanin said three more drones heading for Moscow were shot down, bringing the night's "
        "total to 14.",
    ],
)
def test_a_figure_before_the_running_whole_is_the_citys(text: str) -> None:
    assert ("RU-MOW", None, 3) in claim_rows(text)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Sobyanin wrote that another drone was downed on approach to Moscow, in the area of "
            "Podolsk.",
            [("RU-MOS", None, 1), ("RU-MOS", "RU-MOS:podolsk", 1)],
        ),
        (
            "The mayor said two drones flying toward Moscow were shot down overnight, near "
            "Podolsk.",
            [("RU-MOS", None, 2), ("RU-MOS", "RU-MOS:podolsk", 2)],
        ),
        (
            "Air defences destroyed three drones on approach to Moscow, over the Stupinsky "
            "district.",
            [("RU-MOS", None, 3), ("RU-MOS", "RU-MOS:stupinsky", 3)],
        ),
    ],
)
def test_an_english_place_after_a_comma_is_where_they_were_downed(
    text: str, rows: list[Row]
) -> None:
    (report,) = parse(text)
    assert by_place((c.area_id, c.district_id, c.count) for c in report.claims) == rows


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("В 00:50 мэр написал ещё о двух, в 04:15 — об одном.", 3),
        ("Позже сбит ещё один, в 04:10 — ещё два.", 3),
        ("Затем он сообщил ещё о двух, в 05:20 — о трёх.", 5),
    ],
)
def test_more_told_after_more_adds_up(text: str, more: int) -> None:
    first = "Собянин: сбиты два беспилотника, летевших на Москву. "
    assert claim_rows(first + text) == [("RU-MOW", None, 2), ("RU-MOW", None, more)]


@pytest.mark.parametrize(
    "later",
    [
        "In a later post, he said two more had been destroyed near Podolsk.",
        "One more drone was shot down over the Stupinsky district, the mayor wrote in a later post.",
        "In a subsequent message, the mayor said a further drone was downed near Podolsk.",
        "In a later message, Sobyanin reported one more drone shot down over Podolsk.",
    ],
)
def test_a_later_post_of_more_drones_goes_on_with_the_report(later: str) -> None:
    text = "Sobyanin said two drones flying toward Moscow were shot down overnight. " + later
    (report,) = parse(text)
    assert ("RU-MOW", None, 2) in [(c.area_id, c.district_id, c.count) for c in report.claims]


def test_a_later_posts_whole_is_a_report_of_its_own() -> None:
    text = (
        "Sobyanin said two drones flying toward Moscow were shot down overnight. In a later "
        "post, the mayor put the night's total at nine drones downed."
    )
    assert [r.total for r in parse(text)] == [2, 9]


@pytest.mark.parametrize(
    ("text", "district", "region"),
    [
        (
            "00:40 — над Ступинским районом уничтожен беспилотник.\n03:15 — ещё один.",
            "RU-MOS:stupinsky",
            "RU-MOS",
        ),
        ("Над Подольском сбиты два беспилотника. Позже — ещё три.", "RU-MOS:podolsk", "RU-MOS"),
        (
            "Над Белгородским районом уничтожен беспилотник. Чуть позже сбиты ещё два.",
            "RU-BEL:belgorodsky",
            "RU-BEL",
        ),
        (
            "Над Ступинским районом сбит БПЛА. Затем ещё 2 беспилотника.",
            "RU-MOS:stupinsky",
            "RU-MOS",
        ),
    ],
)
def test_more_after_a_districts_figure_is_more_of_that_district(
    text: str, district: str, region: str
) -> None:
    (report,) = parse(text)
    rows = [(c.area_id, c.district_id, c.count) for c in report.claims]
    told = [n for a, d, n in rows if d == district]
    # the district's lines as told, the region their sum, and no whole the text did not write
    assert len(told) == 2
    assert (region, None, sum(n or 0 for n in told)) in rows
    assert report.total is None


@pytest.mark.parametrize(
    "later",
    [
        "By morning his running tally of drones downed on approach to Moscow had reached 23.",
        "The mayor's running tally of drones downed on approach to the capital stood at 23.",
        "Нарастающим итогом за ночь сбиты 23 беспилотника, летевших на столицу.",
    ],
)
def test_a_running_count_is_a_report_of_its_own(later: str) -> None:
    text = "Собянин: сбиты 10 беспилотников, летевших на Москву. " + later
    assert [r.total for r in parse(text)] == [10, 23]
