"""Issue 10: a town's or a district's administration speaks for its municipality as its head
does ("Администрация Энского муниципального округа", "Администрация МО Энский район"), so
one town of that municipality named in its post names the region too (without a figure),
as one town of a governor's region does.

Posts written for these tests in our own words; the places are stand-ins of this file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.parsing.conftest import (
    fake_districts,
    fake_towns,
    report_rows,
    resolving,
    with_places,
)


@pytest.fixture(autouse=True)
def _places() -> Iterator[None]:
    more = {
        **fake_districts("RU-KDA", "Туапсинский", "Кореновский"),
        **fake_towns("RU-KDA", "Туапсе", "Кореновск"),
        **fake_districts("RU-KRS", "Рыльский"),
        **fake_towns("RU-KRS", "Рыльск"),
    }
    with resolving(with_places(more)):
        yield


_TUAPSE = ("RU-KDA", "RU-KDA:туапсе", None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Администрация Туапсинского муниципального округа\n"
            "Ночью обломки сбитого беспилотника упали в Туапсе, повреждена кровля склада. "
            "Пострадавших нет.",
            [("RU-KDA", None, None), _TUAPSE],
        ),
        (
            "Администрация МО Кореновский район\n"
            "Этой ночью над Кореновском силами ПВО сбиты беспилотники. Обломки упали в поле.",
            [("RU-KDA", None, None), ("RU-KDA", "RU-KDA:кореновск", None)],
        ),
        (
            "Глава Рыльского района\n"
            "Над Рыльском ночью сбиты беспилотники, обломки повредили забор школы.",
            [("RU-KRS", None, None), ("RU-KRS", "RU-KRS:рыльск", None)],
        ),
        (
            "Администрация Туапсинского района сообщает: над Туапсе ночью уничтожены "
            "беспилотники, обломки упали на территории порта.",
            [("RU-KDA", None, None), _TUAPSE],
        ),
    ],
)
def test_an_administrations_one_town_names_its_region(text: str, want: list[tuple]) -> None:
    assert report_rows(text) == want


def test_an_administrations_figure_over_its_town_is_the_regions() -> None:
    text = "Администрация МО Туапсинский район\nНад Туапсе ночью сбиты два беспилотника."
    assert report_rows(text) == [("RU-KDA", None, 2), ("RU-KDA", "RU-KDA:туапсе", 2)]


def test_one_town_with_no_speaker_for_it_names_no_region() -> None:
    text = "Ночью обломки сбитого беспилотника упали в Туапсе, повреждена кровля склада."
    assert report_rows(text) == [_TUAPSE]
