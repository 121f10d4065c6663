"""Issue 10: after "над городом" (or "под городом") the town's name agrees with the noun in the
instrumental, as after "над" alone: "над городом Брянском" is the town Брянск, never the
adjective "Брянский" of a district or a region. A word in capitals after the noun is no name:
"над городом ПВО сбили три" is the town named before, as "над городом" alone is (and "над
районом ПВО ..." the district).

Posts written for these tests in our own words; the towns are stand-ins of this file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.parsing.conftest import fake_towns, report_rows, resolving, with_places


@pytest.fixture(autouse=True)
def _towns() -> Iterator[None]:
    more = {
        **fake_towns("RU-BRY", "Брянск"),
        **fake_towns("RU-SMO", "Смоленск"),
        **fake_towns("RU-KLU", "Обнинск"),
    }
    with resolving(with_places(more)):
        yield


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Утром два БПЛА сбиты над городом Брянском. Пострадавших нет.",
            [("RU-BRY", None, 2), ("RU-BRY", "RU-BRY:брянск", 2)],
        ),
        (
            "Над городом Смоленском ночью уничтожены три беспилотника.",
            [("RU-SMO", None, 3), ("RU-SMO", "RU-SMO:смоленск", 3)],
        ),
        (
            "Около шести утра под городом Курском силами ПВО сбит беспилотник.",
            [("RU-KRS", None, 1), ("RU-KRS", "RU-KRS:kursk", 1)],
        ),
        (
            "Дежурные средства ПВО уничтожили 4 дрона над городом Обнинском.",
            [("RU-KLU", None, 4), ("RU-KLU", "RU-KLU:обнинск", 4)],
        ),
        (
            "Над нашим городом Брянском вечером сбит ещё один беспилотник.",
            [("RU-BRY", None, 1), ("RU-BRY", "RU-BRY:брянск", 1)],
        ),
    ],
)
def test_a_town_after_its_noun_is_the_town(text: str, want: list[tuple]) -> None:
    assert report_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the town named in a sentence with no figure, then the noun and "ПВО"
        (
            "В Брянске выдалась беспокойная ночь. Над городом ПВО сбили три беспилотника.",
            [("RU-BRY", None, 3), ("RU-BRY", "RU-BRY:брянск", 3)],
        ),
        # another verb, the town named with its own figure first
        (
            "Над Смоленском сбит беспилотник. Позже над городом ПВО уничтожила ещё два.",
            [
                ("RU-SMO", None, 3),
                ("RU-SMO", "RU-SMO:смоленск", 1),
                ("RU-SMO", "RU-SMO:смоленск", 2),
            ],
        ),
        # a head's possessive before the noun, "РЭБ" after it
        (
            "Ночью в Обнинске была слышна работа ПВО. Над нашим городом РЭБ подавили два дрона.",
            [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:обнинск", 2)],
        ),
    ],
)
def test_capitals_after_the_noun_are_no_name(text: str, want: list[tuple]) -> None:
    assert report_rows(text) == want
