"""Russian news that retells its sources in their own grammar (issue 10, a fifth fresh batch):
a figure told in reported speech ("сообщил о ..."), a participle standing for its noun, a
list under a heading without a verb. Reports written for these tests in our own words,
grouped by the rule."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import claims_by_report

SATURDAY = date(2026, 3, 7)
#: (area, district, count) of each claim, for each report
Claims = list[list[tuple[str, str | None, int | None]]]


def _claims(text: str) -> Claims:
    return claims_by_report(text, SATURDAY)


# --- a plural participle standing for its noun: "о четырёх сбитых над X" ---------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Губернатор сообщил о четырёх сбитых над Брянщиной ночью.", [[("RU-BRY", None, 4)]]),
        (
            "Глава региона рассказал о 7 уничтоженных над Смоленской областью.",
            [[("RU-SMO", None, 7)]],
        ),
        (
            "Оперштаб написал о двух перехваченных над Курской областью, пострадавших нет.",
            [[("RU-KRS", None, 2)]],
        ),
        # the participle with its noun after the place: one figure, read by the noun
        (
            "Власти сообщили о пяти сбитых над Курской областью беспилотниках.",
            [[("RU-KRS", None, 5)]],
        ),
        # a participle whose noun is another aircraft's is no drone
        ("Сообщается о двух сбитых над Курской областью вертолётах.", []),
    ],
)
def test_a_participle_without_its_noun_counts_drones(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a participle after the comma places the drones counted before it -------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Губернатор Калужской области сообщил о трёх беспилотниках, уничтоженных над Тарусским районом.",
            [[("RU-KLU", "RU-KLU:tarussky", 3), ("RU-KLU", None, 3)]],
        ),
        (
            "Ночью ПВО уничтожила шесть дронов, сбитых над Погарским районом.",
            [[("RU-BRY", "RU-BRY:pogarsky", 6), ("RU-BRY", None, 6)]],
        ),
        # a clause of its own after the comma is where debris fell, not the figure's place
        (
            "Над Брянской областью сбиты шесть дронов, обломки упали в Погарском районе.",
            [[("RU-BRY", None, 6), ("RU-BRY", "RU-BRY:pogarsky", None)]],
        ),
    ],
)
def test_a_participle_after_the_comma_places_the_figure(text: str, want: Claims) -> None:
    assert _claims(text) == want
