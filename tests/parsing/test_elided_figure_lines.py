"""A sentence that is a figure alone, its verb and its drone noun elided because the sentence
before downed drones (issue 10): "Ещё один.", "03:40 Ещё два.", "По уточнённым данным — три."
(``counts.ELIDED_LINE``). More drones add to the area the sentence before gave; a figure set
right replaces that area's (docs/labels.md: the corrected figure is the report). Written for
this project in our own words; grouped by what the elided figure does."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

TUESDAY = date(2025, 8, 19)


def _figures(text: str) -> list[tuple[int | None, dict[tuple[str, str | None], int | None]]]:
    """(total, {(area, district): summed figure}) of each report from Russia's side."""
    out = []
    for r in parse(text, TUESDAY):
        if r.country != "RU":
            continue
        rows: dict[tuple[str, str | None], int | None] = {}
        for c in r.claims:
            key = (c.area_id, c.district)
            rows[key] = None if c.count is None else (rows.get(key) or 0) + c.count
        out.append((r.total, rows))
    return out


@pytest.mark.parametrize(
    ("text", "area", "figure"),
    [
        ("Над Курской областью сбиты четыре БПЛА. Ещё два.", "RU-KRS", 6),
        ("Ночью над Саратовской областью уничтожены 3 беспилотника.\n04:15 Ещё один.", "RU-SAR", 4),
        ("Над Воронежской областью ПВО сбили пять дронов. И ещё два БПЛА.", "RU-VOR", 7),
        ("Над Рязанской областью сбит один беспилотник. Плюс ещё один.", "RU-RYA", 2),
        ("02:10 Над Смоленской областью сбиты три БПЛА.\n03:30. Ещё 2.", "RU-SMO", 5),
        ("Three drones were shot down over the Kursk region. And another one.", "RU-KRS", 4),
    ],
)
def test_more_drones_with_the_verb_elided_add_to_the_area_before(
    text: str, area: str, figure: int
) -> None:
    [(total, rows)] = _figures(text)
    assert rows == {(area, None): figure}
    assert total is None  # the figures are told one by one: no whole is written


def test_a_timed_line_of_one_more_adds_to_the_town_lines_before() -> None:
    text = (
        "00:50 Над Сызранью сбит беспилотник.\n"
        "01:35 Сбиты ещё два БПЛА.\n"
        "02:20 Ещё один. На месте падения обломков работают оперативные службы."
    )
    [(_total, rows)] = _figures(text)
    assert rows[("RU-SAM", None)] == 3 + 1


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Над Белгородской областью уничтожены 5 БПЛА. Уточнение: шесть.", {("RU-BEL", None): 6}),
        (
            "Над Брянской областью сбиты семь беспилотников. По уточненным данным, 9 БПЛА.",
            {("RU-BRY", None): 9},
        ),
        (
            "Над Новороссийском сбиты два беспилотника. По уточнённым данным — три.",
            {("RU-KDA", "Новороссийск"): 3, ("RU-KDA", None): 3},
        ),
        (
            "Ночью над Геленджиком сбито четыре дрона. По обновлённым сведениям: 5.",
            {("RU-KDA", "Геленджик"): 5, ("RU-KDA", None): 5},
        ),
        (
            "Обнинск.\nНочью над городом сбиты два БПЛА. По уточненной информации - 3.",
            {("RU-KLU", "Обнинск"): 3, ("RU-KLU", None): 3},
        ),
        (
            "Three drones were shot down over the Kursk region. According to updated figures, "
            "five.",
            {("RU-KRS", None): 5},
        ),
    ],
)
def test_a_figure_set_right_in_a_sentence_of_its_own_replaces_the_one_before(
    text: str, rows: dict[tuple[str, str | None], int]
) -> None:
    [(total, got)] = _figures(text)
    assert got == rows
    assert total == max(rows.values())


@pytest.mark.parametrize(
    "text",
    [
        # drones seen, not downed: the figure after them has no verb to borrow
        "Над Курской областью замечены три беспилотника. Ещё два.",
        # houses damaged: no drones at all
        "В Курской области повреждены три дома. Ещё два.",
    ],
)
def test_a_bare_figure_after_no_downing_counts_nothing(text: str) -> None:
    assert _figures(text) == []
