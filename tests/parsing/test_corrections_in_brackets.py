"""A correction in parentheses after a figure, in any of the ways either language writes it,
is an aside: the figure set right counts the drones named after it
(``parsing.counts._CORRECTED_IN_BRACKETS``). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 12)


def _totals(text: str) -> list[tuple[int | None, str | None]]:
    return [(r.total, r.total_qualifier) for r in parse(text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Уточнение: за ночь сбиты 44 (вместо 41) украинских беспилотника.",
        "Уточнение: за ночь сбиты 44 (вместо ранее названных 41) украинских беспилотника.",
        "Уточнение: за ночь сбиты 44 (первоначально сообщалось о 41) украинских беспилотника.",
        "Уточнение: за ночь сбиты 44 (изначально было заявлено о 41) украинских беспилотника.",
        "Update: air defences shot down 44 (not 41, as stated earlier) Ukrainian drones overnight.",
        "Update: air defences shot down 44 (instead of 41) Ukrainian drones overnight.",
        "Update: air defences shot down 44 (previously reported as 41) Ukrainian drones overnight.",
    ],
)  # fmt: skip
def test_the_figure_set_right_counts_the_drones_after_its_correction(text: str) -> None:
    assert _totals(text) == [(44, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        # as the ministry writes it, and a figure in words in brackets: no correction
        "Уточнение: за ночь сбиты 44 (а не 41, как сообщалось ранее) украинских беспилотника.",
        "Уточнение: за ночь сбиты 44 (ранее сообщалось о 41) украинских беспилотника.",
        "Air defences shot down 44 Ukrainian drones overnight.",
    ],
)  # fmt: skip
def test_what_was_read_before_is_read_the_same(text: str) -> None:
    assert _totals(text) == [(44, "exact")]
