"""A list's rows whose preposition the first row alone writes ("над Брянской областью – 5,
Курской областью – 3"): each later row is a place in the instrumental with its head noun, a
dash and its figure, the "над" of the first row shared (``count_rules.NAME_DASH_RU``'s "ins").
Such rows had been lost after the first one when they named a head noun ("Узловским районом –
1"; a bare name, "Новомосковском – 2", was read).

Sentences written for this project; the districts are stand-ins (conftest.py)."""

from __future__ import annotations

import pytest

from tests.parsing.conftest import Row, claim_rows, fake_districts, resolving, with_places

_PLACES = fake_districts("RU-BEL", "Белгородский", "Шебекинский", "Грайворонский", "Валуйский")


def _rows(text: str) -> list[Row]:
    with resolving(with_places(_PLACES)):
        return claim_rows(text)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ночью уничтожены 8 БПЛА: над Брянской областью – 5, Курской областью – 3.",
            [("RU-BRY", None, 5), ("RU-KRS", None, 3)],
        ),
        (
            "Дежурные средства ПВО сбили семь беспилотников: над Азовским морем — четыре, "
            "Краснодарским краем — три.",
            [("SEA-AZOV", None, 4), ("RU-KDA", None, 3)],
        ),
        (
            "Перехвачены 9 дронов: над Калужской областью - 2, Тульской областью - 3, "
            "Смоленской областью - 4.",
            [("RU-KLU", None, 2), ("RU-TUL", None, 3), ("RU-SMO", None, 4)],
        ),
    ],
)
def test_regions_after_the_first_row_share_its_preposition(text: str, rows: list[Row]) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Сбиты беспилотники: над Белгородским районом — 2, Шебекинским округом — 3, "
        "Грайворонским округом — 1.",
        "Ночью над областью уничтожены БПЛА: над Белгородским районом – два, Шебекинским "
        "городским округом – три, Грайворонским округом – один.",
    ],
)
def test_districts_after_the_first_row_share_its_preposition(text: str) -> None:
    districts = {d: n for _a, d, n in _rows(text) if d is not None}
    assert districts == {
        "RU-BEL:белгородский": 2,
        "RU-BEL:шебекинский": 3,
        "RU-BEL:грайворонский": 1,
    }
