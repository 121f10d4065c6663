"""A town or a cape named as where over the sea drones were downed ("над морем в районе Анапы",
"у мыса Фиолент", "over the sea off Cape Fiolent"): a district row for that place in its region,
with the figure the sentence gives it, and the region's row from it (docs/labels.md, the lead's
decision of stop 43, as a bay had already). A named sea keeps the figure: "над Черным морем у
Балаклавы" is over the sea, the town only says where on it.

Sentences written for this project; the places are stand-ins (conftest.py)."""

from __future__ import annotations

import pytest

from tests.parsing.conftest import Row, claim_rows, fake_towns, resolving, with_places

_PLACES = (
    fake_towns("RU-KDA", "Анапа", "Адлер")
    | fake_towns("UA-40", "Кача", "Любимовка", "Балаклава", "Фиолент")
    | fake_towns("UA-43", "Тарханкут")
)
_PLACES["cape fiolent"] = _PLACES["фиолент"]  # the English name of the same cape


def _rows(text: str) -> list[Row]:
    with resolving(with_places(_PLACES)):
        return sorted(claim_rows(text), key=str)


@pytest.mark.parametrize(
    ("text", "area", "place", "figure"),
    [
        ("Над морем в районе Анапы ночью сбиты три беспилотника.", "RU-KDA", "анапа", 3),
        ("Силами ПВО над морем у Адлера уничтожены 2 БПЛА.", "RU-KDA", "адлер", 2),
        (
            "По словам главы республики, у мыса Тарханкут над морем сбиты четыре дрона.",
            "UA-43",
            "тарханкут",
            4,
        ),
        ("Ещё один беспилотник сбит над морем вблизи Качи, сообщил Развожаев.", "UA-40", "кача", 1),
        (
            "Two drones were downed over the sea off Cape Fiolent, the governor said.",
            "UA-40",
            "фиолент",
            2,
        ),
        ("Пять БПЛА уничтожены в районе мыса Фиолент.", "UA-40", "фиолент", 5),
    ],
)
def test_a_town_or_cape_over_the_sea_is_a_district_row_with_the_figure(
    text: str, area: str, place: str, figure: int
) -> None:
    assert _rows(text) == sorted([(area, f"{area}:{place}", figure), (area, None, figure)], key=str)


def test_two_landmarks_over_the_sea_keep_their_own_figures() -> None:
    rows = _rows("Над морем в районе Качи сбиты три БПЛА, ещё два — у мыса Фиолент.")
    assert ("UA-40", "UA-40:кача", 3) in rows
    assert ("UA-40", "UA-40:фиолент", 2) in rows


def test_one_figure_over_two_landmarks_is_the_regions() -> None:
    # one figure for two places together is never split (docs/labels.md)
    assert _rows("Над морем в районе Любимовки и Качи сбиты четыре беспилотника.") == sorted(
        [("UA-40", None, 4), ("UA-40", "UA-40:кача", None), ("UA-40", "UA-40:любимовка", None)],
        key=str,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Над Черным морем у Балаклавы ПВО сбили два беспилотника.",
        "Над акваторией Черного моря вблизи Анапы уничтожены два БПЛА.",
        "Two drones were shot down over the Black Sea near Balaklava.",
    ],
)
def test_a_named_sea_keeps_the_figure_the_town_only_says_where(text: str) -> None:
    assert _rows(text) == [("SEA-BLACK", None, 2)]
