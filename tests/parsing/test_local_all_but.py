"""All but a few of the drones downed (our own wording): "все, кроме одного, сбиты" after an
attack of N is N less the excepted, never the whole attack; the excepted number is no figure."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

from .conftest import by_place

P = date(2025, 6, 3)


def _reports(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, by_place((c.area_id, c.district_id, c.count) for c in r.claims))
        for r in parse(text, P)
    ]


@pytest.mark.parametrize(
    ("downed", "left"),
    [
        ("Все они, кроме одного, уничтожены силами ПВО.", 7),
        ("Все уничтожены, кроме одного.", 7),
        ("Сбиты все, кроме двух.", 6),
        ("Все беспилотники, за исключением трёх, были перехвачены.", 5),
        ("Все они сбиты, кроме 2, которые упали в поле.", 6),
    ],
)
def test_all_but_a_few_of_an_attack(downed: str, left: int) -> None:
    text = f"Ночью ВСУ атаковали Брянскую область восемью беспилотниками. {downed}"
    assert _reports(text) == [(left, [("RU-BRY", None, left)])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ночью над Курской областью была отражена атака семи БПЛА, все, кроме одного, сбиты.",
        "Над Курской областью ночью отражена атака 7 дронов: все, кроме одного, уничтожены.",
        "Ночью над Курской областью отражена атака семи беспилотников — все, за исключением "
        "одного, сбиты.",
    ],
)
def test_all_but_one_of_a_repelled_attack_in_one_sentence(sentence: str) -> None:
    # the attack of seven repelled, all but one of them downed: six
    assert _reports(sentence) == [(6, [("RU-KRS", None, 6)])]


def test_all_but_one_with_the_rest_jammed_adds_the_jammed() -> None:
    text = "Над Курской областью ночью отражена атака пяти дронов: все, кроме одного, сбиты, ещё один подавлен РЭБ."
    assert _reports(text) == [(5, [("RU-KRS", None, 5)])]


def test_all_but_one_over_a_district_is_that_districts() -> None:
    text = (
        "Ночью ВСУ атаковали Белгородскую область шестью беспилотниками. Все, за исключением "
        "одного, были уничтожены над Шебекинским округом."
    )
    assert _reports(text) == [(5, [("RU-BEL", None, 5), ("RU-BEL", "RU-BEL:shebekinsky", 5)])]


def test_all_but_one_in_english() -> None:
    text = "Ukraine attacked the Kursk region with 12 drones overnight. All but one were shot down."
    assert _reports(text) == [(11, [("RU-KRS", None, 11)])]


def test_besides_is_no_exception() -> None:
    # "кроме того" (besides) excepts no drones: all eight were downed
    text = (
        "Ночью ВСУ атаковали Брянскую область восемью беспилотниками. Все они уничтожены, кроме "
        "того, обломки упали в поле."
    )
    assert _reports(text) == [(8, [("RU-BRY", None, 8)])]
