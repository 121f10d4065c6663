"""Issue 10: a number, adjectives of any kind, then a drone noun is a count of drones.

The words between a number and its drone noun are read by their endings, not from a list:
a list holds the common ones ("ударных", "attack") and misses the rest. Reports written for
these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.area_id, c.count) for r in parse(text) for c in r.claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two aerial drones were shot down over the Kursk region.", [("RU-KRS", 2)]),
        ("Three jet-powered drones were downed over the Bryansk region.", [("RU-BRY", 3)]),
        ("Four Ukrainian aerial drones were destroyed over the Belgorod region.", [("RU-BEL", 4)]),
        ("Над Курской областью сбиты два дальнобойных беспилотника.", [("RU-KRS", 2)]),
        ("Над Брянской областью уничтожены 5 реактивных дронов.", [("RU-BRY", 5)]),
        ("Над Калужской областью перехвачены три новых украинских БПЛА.", [("RU-KLU", 3)]),
    ],
)
def test_adjectives_between_a_number_and_its_drones_keep_the_count(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a noun between: the number counts months, not drones
        "За последние два месяца все беспилотники над Брянской областью были сбиты.",
        "Over the past two nights Ukrainian drones attacked the Kursk region.",
    ],
)
def test_a_noun_between_a_number_and_the_drones_is_no_count(text: str) -> None:
    assert all(count is None for _area, count in _counts(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Брянской областью отражена атака беспилотников. Все 6 аппаратов уничтожены.",
            [("RU-BRY", 6)],
        ),
        (
            "Ночью беспилотники атаковали Курскую область. Над Курской областью ликвидировано "
            "пять вражеских аппаратов.",
            [("RU-KRS", 5)],
        ),
        # "аппарат" not after a number is no drone: the governor's office
        (
            "Руководитель аппарата губернатора сообщил, что над Курской областью сбиты 3 "
            "беспилотника.",
            [("RU-KRS", 3)],
        ),
    ],
)
def test_apparatus_after_a_number_is_a_drone_noun(text: str, want: list[tuple[str, int]]) -> None:
    assert [(a, n) for a, n in _counts(text) if n is not None] == want
