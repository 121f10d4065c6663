"""A head of region named by his surname alone before a colon or a verb of telling speaks for his
region (issue 10, point 6): an aggregator's line "Гусев: сбиты три дрона", a list of regions each
with its head's words ("🔹Воронежская — Гусев: ..."). The common surnames (``vocab.GOVERNORS``:
Гусев, Воробьев, Сальдо) name the head only so; another governor's line after his starts a
report of its own. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 6, 2)


def _reports(text: str) -> list[tuple[str, list[tuple[str, int | None]]]]:
    return [
        (r.reporter, [(c.area_id, c.count) for c in r.claims if c.district_id is None])
        for r in parse(text, DAY)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Гусев: ночью над регионом сбиты три беспилотника.", ("RU-VOR", 3)),
        ("Гусев: силами ПВО уничтожены два БПЛА.", ("RU-VOR", 2)),
        ("Воробьев: над Подмосковьем ночью уничтожены пять дронов.", ("RU-MOS", 5)),
        ("Гусев написал, что ночью над областью сбиты четыре беспилотника.", ("RU-VOR", 4)),
        ("🔹 Воронежская — Гусев: сбиты шесть дронов, пострадавших нет.", ("RU-VOR", 6)),
    ],
)
def test_a_common_surname_before_a_colon_or_a_verb_of_telling_is_the_head_speaking(
    text: str, want: tuple[str, int]
) -> None:
    assert _reports(text) == [("governor", [want])]


def test_each_line_of_a_list_of_heads_is_its_own_report() -> None:
    text = (
        "Ночью дроны атаковали несколько регионов:\n\n"
        "🔹Брянская область — Богомаз сообщил о 8 сбитых БПЛА;\n"
        "🔹Воронежская — Гусев: сбиты три дрона."
    )
    assert _reports(text) == [("governor", [("RU-BRY", 8)]), ("governor", [("RU-VOR", 3)])]


def test_a_common_surname_in_passing_names_no_head() -> None:
    # no colon and no verb of telling right after it: a namesake, the text's figure the media's
    text = (
        "Фермер Гусев показал поле, где упали обломки. Ночью над регионом сбиты три беспилотника."
    )
    assert [r.reporter for r in parse(text, DAY)] == ["media"]
