"""A post's closing total over the places it named, its verb and noun elided (our own wording).

"Всего над областью и акваторией — 5" closes a governor's post after its figures: a line that
totals the figures before it counts their drones, its noun left out as its verb is, whatever
place or list of places stands before its dash ("Всего — 5" and "Всего над регионом — 5" were
read; a list before the dash had left the figure a bare number, and the post without its
total).
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 8, 19)
GOVERNOR = "Telegram: Губернатор Ростовской области"


def totals(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, sorted((c.area_id, c.district_id, c.count) for c in r.claims))
        for r in parse(text, DAY, source=GOVERNOR)
    ]


def test_a_total_over_the_region_and_its_waters_closes_the_post() -> None:
    text = (
        "Ночью над Ростовской областью уничтожены четыре беспилотника, ещё один сбит над "
        "морем. Всего над областью и акваторией — 5."
    )
    assert totals(text) == [(5, [("RU-ROS", None, 1), ("RU-ROS", None, 4)])]


def test_a_total_over_two_regions_named_before_it() -> None:
    text = (
        "Над Курской областью сбиты три беспилотника, над Белгородской — два. "
        "Всего над Курской и Белгородской областями — 5."
    )
    assert totals(text) == [(5, [("RU-BEL", None, 2), ("RU-KRS", None, 3)])]


def test_a_total_line_with_no_drones_before_it_is_no_figure() -> None:
    text = "Всего над областью и акваторией — 5."
    assert totals(text) == []
