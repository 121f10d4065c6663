"""The review net on two figure forms (issue 14): a range's upper bound ("6–9 беспилотников",
read as about 6) is no figure left out, so a right reading is not queued; a figure glued to its
noun ("сбиты 4БПЛА"), which the parser cannot read, goes to a person even when it is the
post's only sentence. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.diagnostics import diagnose

DAY = date(2025, 4, 2)


@pytest.mark.parametrize("figure", ["6–9", "6-9", "6…9", "6 … 9", "шесть-девять", "шесть — девять"])
def test_a_ranges_upper_bound_is_not_a_figure_left_out(figure: str) -> None:
    text = f"Ночью над Брянской областью уничтожены {figure} беспилотников."
    reports = parse(text, DAY)
    assert [(c.area_id, c.count, c.qualifier) for r in reports for c in r.claims] == [
        ("RU-BRY", 6, "approx")
    ]
    assert diagnose(text, reports) == []


def test_a_figure_left_out_beside_a_dash_is_still_found() -> None:
    # a dash after a place, not after a number: the 9 is no range's bound
    text = "Ночью над Брянской областью — 9 беспилотников уничтожены, над Орловской сбиты 4 БПЛА."
    reports = parse(text, DAY)
    claimed = {c.count for r in reports for c in r.claims}
    problems = diagnose(text, reports)
    assert 9 in claimed or any(p.reason == "figure_not_taken" for p in problems)


@pytest.mark.parametrize(
    "text",
    [
        "Ночью над Брянской областью сбиты 4БПЛА.",
        "Над Курской областью перехвачены 12беспилотников.",
        "Над Курской областью сбиты 3 дрона. Позже над Брянской уничтожены 2БПЛА.",
    ],
)
def test_a_figure_glued_to_its_noun_goes_to_a_person(text: str) -> None:
    problems = diagnose(text, parse(text, DAY))
    assert [p.reason for p in problems if "glued" in p.detail] == ["doubtful_number"]
