"""Air defence at work over a place, and drones downed with no figure, in one sentence (stop
46, our own wording).

"Над Тулой работает ПВО." alone heads the figures after it. A sentence that goes on to tell its
own drones downed ("над городом работала ПВО, уничтожено несколько беспилотников") is no
heading: it is read as it stands, the place named without a figure (docs/labels.md: the place
and its region as rows with no count). It had been taken for a heading, and with no figure after
it the post had no report.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 7, 30)


def rows(text: str, source: str) -> list[tuple[str, str | None, int | None]]:
    return sorted(
        (
            (c.area_id, c.district_id, c.count)
            for r in parse(text, DAY, source=source)
            for c in r.claims
        ),
        key=lambda x: (x[0], x[1] or "", x[2] or 0),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Тревожная ночь: над городом работала ПВО, уничтожено несколько беспилотников.",
        "Ночью над городом работали силы ПВО — сбиты несколько вражеских дронов.",
    ],
)
def test_at_work_and_downed_with_no_figure_names_the_town(text: str) -> None:
    assert rows(text, "Мэр Курска") == [("RU-KRS", None, None), ("RU-KRS", "RU-KRS:kursk", None)]


def test_at_work_alone_still_heads_the_figure_after_it() -> None:
    text = "Над городом работает ПВО. Уничтожены два беспилотника."
    assert rows(text, "Мэр Курска") == [("RU-KRS", None, 2), ("RU-KRS", "RU-KRS:kursk", 2)]
