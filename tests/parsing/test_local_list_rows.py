"""Issue 10: a governor's list row whose place is more than one name: districts under one
plural head ("Павловский, Бутурлиновский районы — по 2": each has two; "Рыльский и Льговский
районы — 5": they share five), a district and its town ("Курский район и г. Курск — 8": they
share eight), and a place with where in it the drones fell in parentheses ("Узловский район (у
деревни Кожинка) — 1": the district's row). A shared figure is no place's: each is named
without one; the list's whole stays the region's.

Posts written for these tests in our own words; the places are stand-ins of this file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.parsing.conftest import fake_districts, fake_towns, report_rows, resolving, with_places


@pytest.fixture(autouse=True)
def _places() -> Iterator[None]:
    more = {
        **fake_districts("RU-VOR", "Павловский", "Бутурлиновский", "Россошанский", "Лискинский"),
        **fake_districts("RU-KRS", "Курский", "Рыльский", "Льговский", "Курчатовский"),
        **fake_towns("RU-KRS", "Курчатов"),
        **fake_districts("RU-TUL", "Узловский", "Кимовский"),
    }
    with resolving(with_places(more)):
        yield


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Воронежской областью за ночь уничтожены 9 БПЛА:\n"
            "• Россошанский район — 5\n• Павловский, Бутурлиновский районы — по 2",
            [
                ("RU-VOR", None, 9),
                ("RU-VOR", "RU-VOR:бутурлиновский", 2),
                ("RU-VOR", "RU-VOR:павловский", 2),
                ("RU-VOR", "RU-VOR:россошанский", 5),
            ],
        ),
        (
            "Над Воронежской областью сбиты 10 беспилотников:\n"
            "— Россошанский район — 4\n— Лискинский, Павловский и Бутурлиновский районы — по два",
            [
                ("RU-VOR", None, 10),
                ("RU-VOR", "RU-VOR:бутурлиновский", 2),
                ("RU-VOR", "RU-VOR:лискинский", 2),
                ("RU-VOR", "RU-VOR:павловский", 2),
                ("RU-VOR", "RU-VOR:россошанский", 4),
            ],
        ),
    ],
)
def test_each_district_of_a_row_under_po_has_the_figure(text: str, want: list[tuple]) -> None:
    assert report_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "За сутки над Курской областью сбиты 20 БПЛА. По районам:\n"
            "▪️Курчатовский — 12\n▪️Курский район и г. Курск — 8",
            [
                ("RU-KRS", None, 20),
                ("RU-KRS", "RU-KRS:kursk", None),
                ("RU-KRS", "RU-KRS:курский", None),
                ("RU-KRS", "RU-KRS:курчатовский", 12),
            ],
        ),
        (
            "Над Курской областью уничтожены 11 беспилотников:\n"
            "🔹 Курчатовский район — 6\n🔹 Рыльский и Льговский районы — 5",
            [
                ("RU-KRS", None, 11),
                ("RU-KRS", "RU-KRS:курчатовский", 6),
                ("RU-KRS", "RU-KRS:льговский", None),
                ("RU-KRS", "RU-KRS:рыльский", None),
            ],
        ),
    ],
)
def test_places_of_a_row_without_po_share_its_figure(text: str, want: list[tuple]) -> None:
    assert report_rows(text) == want


def test_a_row_with_where_in_it_in_parentheses_is_the_places() -> None:
    text = (
        "Сегодня над Тульской областью уничтожены 3 беспилотника:\n"
        "Узловский район (у деревни Лесная) — 2,\nКимовский район — 1."
    )
    assert report_rows(text) == [
        ("RU-TUL", None, 3),
        ("RU-TUL", "RU-TUL:кимовский", 1),
        ("RU-TUL", "RU-TUL:узловский", 2),
    ]
