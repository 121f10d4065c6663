"""A Russian sentence whose second clause Ukraine's side opens as its speaker ("..., а в ВСУ
заявили ..."): the figures before it stay Russia's (our own wording). Before, the whole
sentence was read as Ukraine's and Russia's figures were lost without a word."""

from __future__ import annotations

import pytest

from parsing import parse


def _sides(text: str) -> list[tuple[str, int | None, list[tuple[str, int | None]]]]:
    return [(r.country, r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью сбиты 10 БПЛА, а ВСУ заявили об атаке на аэродром.",
        "Над Курской областью уничтожены 10 беспилотников, а в ВСУ, в свою очередь, заявили об ударе.",
        "Над Курской областью перехвачены 10 дронов, а Киев отчитался о поражении склада.",
        "Над Курской областью сбиты 10 БПЛА, а украинская сторона утверждает, что цели достигнуты.",
    ],
)  # fmt: skip
def test_russias_figures_before_ukraines_clause_stay_russias(text: str) -> None:
    assert _sides(text) == [("RU", 10, [("RU-KRS", 10)])]


def test_ukraines_own_figure_in_its_clause_is_its_report() -> None:
    text = "Над Брянской областью сбиты 4 БПЛА, а в ВСУ заявили о 30 сбитых российских дронах."
    assert _sides(text) == [("RU", 4, [("RU-BRY", 4)]), ("UA", 30, [])]


def test_a_sentence_ukraine_opens_stays_ukraines() -> None:
    # guard: Ukraine's speaker first, the whole sentence is its own
    assert _sides("Киев отчитался о 45 сбитых беспилотниках над Брянской областью.")[0][0] == "UA"
