"""A name after a settlement's kind word is that settlement's (``places.settlement_names``).

"над посёлком Энским" names a settlement Энский: never the region its adjective also names
("Курским" is no Kursk Oblast), nor the district of that adjective ("Курский район"), nor a
village of another gender ("в хуторе Красном" is no village "Красное"). Unknown, it leaves the
figure to the region the text names. The reports are written for these tests.
"""

from __future__ import annotations

import pytest

from parsing import parse
from parsing.places import settlement_names
from tests.parsing.conftest import fake_towns, resolving, with_places


def _claims(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims]


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("хуторе", "Красном", ["хутор Красный"]),
        ("посёлком", "Курским", ["поселок Курский"]),
        ("станицы", "Воронежской", ["станица Воронежская"]),
        ("селе", "Брянском", ["село Брянское"]),
        ("д.", "Тульской", ["деревня Тульская"]),
        # a name in its own nominative keeps its own gender
        ("посёлке", "Ракитное", ["поселок Ракитное"]),
        # a town's name is mostly a noun the word inflects too
        ("городом", "Курском", ["город Курск", "город Курский"]),
    ],
)
def test_a_settlement_is_looked_up_by_its_kind_and_an_agreeing_name(
    kind: str, name: str, expected: list[str]
) -> None:
    assert settlement_names(kind, name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Курской области: над посёлком Курским уничтожены два беспилотника.",
        "Глава Курской области сообщил, что у хутора Курского сбиты два беспилотника.",
        "Оперштаб Курской области: в селе Курском сбиты два дрона.",
    ],
)
def test_a_region_adjective_after_a_settlement_word_leaves_the_figure_to_the_region(
    text: str,
) -> None:
    # no Kursk raion and no Kursk city: the figure is the oblast's the text names
    assert _claims(text) == [("RU-KRS", None, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "В Белгородской области над селом Брянским уничтожен беспилотник.",
        "В Белгородской области у деревни Брянской уничтожен беспилотник.",
    ],
)
def test_another_regions_adjective_after_a_settlement_word_names_no_region(text: str) -> None:
    assert _claims(text) == [("RU-BEL", None, 1)]


def test_an_inflected_name_agrees_with_its_kind_word() -> None:
    # the krai has a village Красное; the hamlet Красный is another place the data lacks
    text = "Над хутором Красным сбиты два беспилотника, сообщил оперштаб Краснодарского края."
    assert _claims(text) == [("RU-KDA", None, 2)]


def test_a_settlement_the_gazetteer_knows_is_still_its_district() -> None:
    text = "Над посёлком Ракитное сбиты два беспилотника, сообщил губернатор Белгородской области."
    with resolving(with_places(fake_towns("RU-BEL", "Ракитное"))):
        assert _claims(text) == [("RU-BEL", "RU-BEL:ракитное", 2), ("RU-BEL", None, 2)]
