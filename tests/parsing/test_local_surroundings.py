"""Issue 10: a place and its own surroundings joined by "и" ("над X и пригородами", "и сёлами
округа", "и окрестностями") are one place: the figure after them is the place's, never a
figure of a list whose other member no gazetteer knows.

Posts written for these tests in our own words; the towns are stand-ins of this file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parsing import parse
from tests.parsing.conftest import fake_towns, report_rows, resolving, with_places


@pytest.fixture(autouse=True)
def _towns() -> Iterator[None]:
    more = {
        **fake_towns("RU-BEL", "Шебекино", "Валуйки"),
        **fake_towns("RU-SMO", "Смоленск"),
        **fake_towns("RU-BRY", "Брянск"),
    }
    with resolving(with_places(more)):
        yield


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над г. Шебекино и сёлами округа силами ПВО уничтожены 3 БПЛА.",
            [("RU-BEL", None, 3), ("RU-BEL", "RU-BEL:шебекино", 3)],
        ),
        (
            "Над Смоленском и пригородами ночью подавлено пять беспилотников.",
            [("RU-SMO", None, 5), ("RU-SMO", "RU-SMO:смоленск", 5)],
        ),
        (
            "Над Курском и его окрестностями сбиты 4 дрона, пострадавших нет.",
            [("RU-KRS", None, 4), ("RU-KRS", "RU-KRS:kursk", 4)],
        ),
        (
            "Над Брянском и прилегающими территориями уничтожены семь БПЛА.",
            [("RU-BRY", None, 7), ("RU-BRY", "RU-BRY:брянск", 7)],
        ),
        (
            "В Валуйках и населённых пунктах округа подавлены два беспилотника.",
            [("RU-BEL", None, 2), ("RU-BEL", "RU-BEL:валуйки", 2)],
        ),
    ],
)
def test_a_place_and_its_surroundings_take_the_figure(text: str, want: list[tuple]) -> None:
    assert report_rows(text) == want
    (report,) = parse(text)
    assert report.total == want[0][2]


def test_a_second_place_after_and_still_shares_the_figure() -> None:
    text = "Над Шебекино и Валуйками ночью уничтожены 3 БПЛА."
    assert report_rows(text) == [
        ("RU-BEL", None, 3),
        ("RU-BEL", "RU-BEL:валуйки", None),
        ("RU-BEL", "RU-BEL:шебекино", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Над Смоленском и территориями соседних районов сбиты пять беспилотников.",
        "Над Смоленском и сёлами других районов ночью подавлено пять дронов.",
        "Над Смоленском и населёнными пунктами нескольких округов уничтожены пять БПЛА.",
    ],
)
def test_places_beside_it_are_no_surroundings_of_its_own(text: str) -> None:
    # the five are spread beyond the town: never all of them its own
    assert ("RU-SMO", "RU-SMO:смоленск", 5) not in report_rows(text)
