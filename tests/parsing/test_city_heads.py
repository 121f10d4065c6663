"""A town's head speaks for his town, named by his title with the town ("мэр Новороссийска",
"глава г. Чебоксары", "городской голова Курска", "Saratov city head", "the head of
Novorossiysk") or by his name alone ("Андрей Кравченко", "Demidov said": ``vocab.CITY_HEADS``),
in the channel's name or in the text (``region_context.speaker_town``,
``pipeline.source_reporter``): a figure of his with no place of its own, and a bare "над
городом", are his town's and its region's; his town decides no region by a guess (the
gazetteer's town, in the gazetteer's region).

Posts written for this project (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse, source_reporter
from tests.parsing.conftest import Row, by_place, channel_rows

DAY = date(2026, 5, 14)

NOVOROSSIYSK = [("RU-KDA", None, 2), ("RU-KDA", "RU-KDA:novorossiysk", 2)]
CHEBOKSARY = [("RU-CU", None, 3), ("RU-CU", "RU-CU:cheboksary", 3)]


def _rows(text: str, source: str | None = None) -> list[Row]:
    if source is None:
        return by_place(
            (c.area_id, c.district_id, c.count) for r in parse(text, DAY) for c in r.claims
        )
    return by_place(channel_rows(text, source, DAY))


@pytest.mark.parametrize(
    ("source", "text", "rows"),
    [
        # his name alone
        (
            "Telegram: Андрей Кравченко",
            "Ночью силами ПВО уничтожены два беспилотника. Пострадавших нет.",
            NOVOROSSIYSK,
        ),
        # his title and the town, the town after "г."
        (
            "Telegram: глава г. Чебоксары",
            "Утром над городом подавлены три БПЛА, работа предприятий не нарушена.",
            CHEBOKSARY,
        ),
        (
            "Глава администрации города Новороссийска",
            "Отражена атака: сбиты 2 беспилотника, повреждены окна жилого дома.",
            NOVOROSSIYSK,
        ),
        # Kaluga's and Kursk's title
        (
            "Городской голова Чебоксар (Telegram)",
            "Три беспилотника подавлены средствами РЭБ над городом.",
            CHEBOKSARY,
        ),
        # in English
        (
            "Telegram: Novorossiysk city head",
            "Над городом ночью сбиты два дрона.",
            NOVOROSSIYSK,
        ),
        (
            "head of Cheboksary (Telegram)",
            "Силами РЭБ нейтрализованы три беспилотника.",
            CHEBOKSARY,
        ),
    ],
)
def test_a_figure_with_no_place_in_a_city_heads_channel_is_his_towns(
    source: str, text: str, rows: list[Row]
) -> None:
    assert _rows(text, source) == rows


@pytest.mark.parametrize(
    "source",
    [
        "Telegram: Андрей Кравченко",
        "Глава Новороссийска",
        "городской голова Курска",
        "Telegram: глава администрации г. Чебоксары",
        "Saratov city head",
        "Telegram: head of Novorossiysk",
        "The Cheboksary city administration",
    ],
)
def test_a_city_heads_channel_is_a_mayors(source: str) -> None:
    assert source_reporter(source) == "mayor"


@pytest.mark.parametrize(
    "source",
    ["Telegram: Новости Курска", "head of the Kursk region", "Глава Курской области", "Reuters"],
)
def test_a_channel_about_a_town_or_of_a_regions_head_is_no_mayors(source: str) -> None:
    assert source_reporter(source) != "mayor"


@pytest.mark.parametrize(
    "text",
    [
        "Андрей Кравченко: над городом ночью сбиты два беспилотника.",
        "Над городом сбиты два беспилотника, сообщил Андрей Кравченко.",
        "По словам Андрея Кравченко, над городом уничтожены два БПЛА.",
        "Глава г. Новороссийска сообщил, что над городом сбиты 2 беспилотника.",
        "Andrei Kravchenko said two drones were shot down over the city.",
    ],
)
def test_a_city_head_named_in_the_text_speaks_for_his_town(text: str) -> None:
    assert _rows(text) == NOVOROSSIYSK


@pytest.mark.parametrize(
    "text",
    [
        # a mayor's denial of a rumour: "якобы" sets aside what it tells
        "ФЕЙК. В пабликах пишут о якобы 30 беспилотниках, сбитых ночью над Подольском. Это неправда.",
        "Распространяется информация о якобы сбитых над Новороссийском пяти дронах — это фейк.",
        "В соцсетях появилось видео, на котором якобы сбиты четыре БПЛА над Курской областью.",
        "Сообщения о том, что над Брянской областью якобы уничтожено 12 беспилотников, не соответствуют действительности.",
        "Не верьте слухам о якобы 20 перехваченных над городом беспилотниках.",
    ],
)
def test_a_figure_told_as_alleged_is_no_claim(text: str) -> None:
    assert _rows(text) == []


def test_the_speakers_own_figure_after_an_alleged_one_is_his() -> None:
    text = "Пишут о якобы десяти сбитых над Подольском дронах, а на самом деле сбиты два."
    assert [r.total for r in parse(text, DAY)] == [2]


@pytest.mark.parametrize(
    ("source", "text", "rows"),
    [
        # a city's own districts, which the pack lacks, are the city (docs/labels.md): two with
        # figures give the region no figure of its own
        (
            "Мэр Курска",
            "Ночью над городом работала ПВО: два беспилотника сбиты над Центральным округом, "
            "один — над Железнодорожным.",
            [("RU-KRS", None, None), ("RU-KRS", "RU-KRS:kursk", 1), ("RU-KRS", "RU-KRS:kursk", 2)],
        ),
        (
            "Telegram: Андрей Кравченко",
            "Над Приморским районом сбиты два БПЛА, обломки упали на пустыре.",
            NOVOROSSIYSK,
        ),
        (
            "Telegram: глава г. Чебоксары",
            "Утром над Ленинским районом подавлены три беспилотника.",
            CHEBOKSARY,
        ),
        (
            "Мэр Курска",
            "Над Железнодорожным округом ночью уничтожен один дрон, над Сеймским — два.",
            [("RU-KRS", None, None), ("RU-KRS", "RU-KRS:kursk", 1), ("RU-KRS", "RU-KRS:kursk", 2)],
        ),
    ],
)
def test_a_city_district_in_its_heads_post_is_his_city(
    source: str, text: str, rows: list[Row]
) -> None:
    assert _rows(text, source) == rows


def test_a_city_district_in_a_text_that_names_the_town_is_the_town() -> None:
    text = "В Новороссийске над Центральным районом уничтожен беспилотник."
    assert _rows(text) == [("RU-KDA", None, 1), ("RU-KDA", "RU-KDA:novorossiysk", 1)]


def test_a_city_district_beside_its_towns_own_figure_stays_undecided() -> None:
    # the city's three hold the districts' two and one: no row of the city counted twice
    text = (
        "Над Чебоксарами сбиты три беспилотника: два над Ленинским районом, один — над Калининским."
    )
    assert _rows(text) == CHEBOKSARY


def test_a_city_district_with_no_town_in_context_is_no_place() -> None:
    assert _rows("Над Советским районом сбиты два БПЛА.") == []
