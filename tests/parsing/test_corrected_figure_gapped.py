"""A figure set right inside its sentence with its verb and noun elided (issue 10), written for
this project in our own words: "Уничтожено 8 беспилотников, по уточненным данным — 9" (a dash or
a colon for "уничтожено ... беспилотников") is the corrected figure, the one the report gives
(docs/labels.md: a correction's figure stands, the superseded one is no report)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

WEDNESDAY = date(2025, 3, 12)

Rows = list[tuple[str, int | None]]


@pytest.mark.parametrize(
    ("text", "total", "rows"),
    [
        ("Над Ростовской областью уничтожено 8 беспилотников, по уточненным данным — 9.",
         9, [("RU-ROS", 9)]),
        ("Над Курской областью сбиты 5 БПЛА, по уточнённым данным — 6.", 6, [("RU-KRS", 6)]),
        ("Над Белгородской областью перехвачены семь беспилотников, по обновлённым сведениям: "
         "восемь.", 8, [("RU-BEL", 8)]),
        ("Ночью над Брянской областью уничтожен 21 беспилотник, по уточненной информации — 23.",
         23, [("RU-BRY", 23)]),
        ("Air defences downed eight drones over the Kursk region; according to updated figures, "
         "nine.", 9, [("RU-KRS", 9)]),
        # no place: the total is set right
        ("Ночью уничтожено 12 беспилотников, по уточненным данным — 14.", 14, []),
    ],
)  # fmt: skip
def test_a_figure_set_right_with_its_verb_elided_is_the_figure(
    text: str, total: int, rows: Rows
) -> None:
    assert [(t, r) for _who, _c, t, r, _n in report_summaries(text, WEDNESDAY)] == [(total, rows)]


def test_updated_words_with_no_figure_after_them_change_nothing() -> None:
    text = "Над Ростовской областью уничтожено 8 беспилотников, по уточненным данным — без жертв."
    assert [(t, r) for _who, _c, t, r, _n in report_summaries(text, WEDNESDAY)] == [
        (8, [("RU-ROS", 8)])
    ]
