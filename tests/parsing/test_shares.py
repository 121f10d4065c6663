"""A region's share of the drones shot down, told with a verb of sharing (issue 10), written
for this project in our own words: English "accounted for" written once and elided in the rows
after it; Russian "пришлось на" with the region in the accusative, the rows after it with a
dash for the verb, and "остальные" the remainder (``parsing.share_rules``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

FRIDAY = date(2025, 10, 17)


def _figures(text: str) -> list[tuple[int | None, list[tuple[str, int | None, str]]]]:
    """(total, [(area, count, rule)]) of each report."""
    return [
        (r.total, [(c.area_id, c.count, c.rule) for c in r.claims]) for r in parse(text, FRIDAY)
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The ministry said 40 drones were downed overnight. The Kursk region accounted for 18 "
            "of them, the Bryansk region for 12 and the Belgorod region for ten.",
            [
                ("RU-KRS", 18, "accounted_for"),
                ("RU-BRY", 12, "accounted_for"),
                ("RU-BEL", 10, "accounted_for"),
            ],
        ),
        (
            "Из 40 сбитых за ночь беспилотников 18 пришлось на Курскую область, 12 — на "
            "Брянскую, остальные — на Белгородскую.",
            [
                ("RU-KRS", 18, "accounted_for"),
                ("RU-BRY", 12, "accounted_for"),
                ("RU-BEL", 10, "rest_of_count"),
            ],
        ),
    ],
)
def test_the_rows_after_a_share_share_its_verb(
    text: str, rows: list[tuple[str, int | None, str]]
) -> None:
    assert _figures(text) == [(40, rows)]


def test_an_elided_row_needs_its_figure_to_end_it() -> None:
    text = (
        "The ministry said 40 drones were downed overnight. The Kursk region accounted for 18 of "
        "them, and the Bryansk region for two hours had no power."
    )
    assert _figures(text) == [(40, [("RU-KRS", 18, "accounted_for")])]


def test_for_without_accounted_for_before_it_is_no_row() -> None:
    text = "Sirens sounded in the Kursk region for 20 minutes, the governor said."
    assert _figures(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "Больше всего — 14 — пришлось на Курскую область.",
        "На Курскую область пришлось 14 из них.",
    ],
)
def test_fell_to_after_the_total_is_the_regions_share(second: str) -> None:
    text = "Минобороны сообщило, что за ночь сбиты 30 беспилотников. " + second
    assert _figures(text) == [(30, [("RU-KRS", 14, "accounted_for")])]


def test_fell_to_without_drones_is_no_share() -> None:
    text = "На Курскую область пришлось 14 процентов урожая."
    assert _figures(text) == []
