"""Issue 10: governors', town administrations' and district heads' posts of kinds the earlier
tests did not write, read by the grammar of the post.

Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import (
    FakePlace,
    Row,
    bare_settlement,
    fake_resolve,
    report_rows,
    resolving,
)

P = date(2026, 4, 2)

# ---------------------------------------------------------------- who speaks for which town


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a town's administration speaks for its town as its mayor does
        (
            "Администрация Обнинска: над городом уничтожен беспилотник, угрозы жителям нет.",
            [("RU-KLU", None, 1), ("RU-KLU", "RU-KLU:obninsk", 1)],
        ),
        (
            "Администрация города Новороссийска: ночью над городом сбиты два дрона.",
            [("RU-KDA", None, 2), ("RU-KDA", "RU-KDA:novorossiysk", 2)],
        ),
        # a region's administration is the governor's office: its figure is the region's
        (
            "Администрация Курской области: над регионом сбиты два беспилотника.",
            [("RU-KRS", None, 2)],
        ),
    ],
)
def test_a_towns_administration_speaks_for_its_town(text: str, rows: list[Row]) -> None:
    assert report_rows(text) == rows


def test_a_region_administration_is_no_mayor() -> None:
    (report,) = parse("Администрация Курской области: над регионом сбиты два беспилотника.", P)
    assert report.reporter != "mayor"


# ---------------------------------------------------------------- the night a summary names


@pytest.mark.parametrize(
    "text",
    [
        "Итог ночи: над Курской областью ПВО уничтожили пять беспилотников.",
        "По итогам ночи над Курской областью сбиты пять беспилотников.",
        "02:10 Над Обнинском сбит БПЛА.\n03:35 Над Тарусским районом уничтожены два БПЛА.\n"
        "Итоги минувшей ночи: над Калужской областью сбиты пять беспилотников.",
    ],
)
def test_the_summary_of_a_night_is_that_night(text: str) -> None:
    (report,) = parse(text, P)
    assert (report.night_of, report.total) == (P, 5)


# ---------------------------------------------------------------- a heading names the place


@pytest.mark.parametrize(
    "text",
    [
        # a village the gazetteer does not know lies inside the heading's district
        "Тарусский район: у деревни Малиновка уничтожен беспилотник. Пострадавших нет.",
        "Тарусский район: в окрестностях посёлка Кленовый подавлен беспилотник.",
    ],
)
def test_a_heading_district_holds_a_village_it_names(text: str) -> None:
    assert report_rows(text) == [("RU-KLU", None, 1), ("RU-KLU", "RU-KLU:tarussky", 1)]


def test_a_heading_region_never_takes_a_town_it_does_not_know() -> None:
    # an unknown town's figure is no figure of the heading's region (it would replace the sum)
    text = "Калужская область: над Тарусским районом сбиты два дрона, над Неведомском — ещё один."
    assert report_rows(text) == [("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:tarussky", 2)]


# ---------------------------------------------------------------- a region counted group by group


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a list of districts shares one figure, another district has its own: the region's
        # figure is both added (the governor counts his region group by group)
        (
            "Над Тарусским и Кировским районами сбиты три БПЛА, над Обнинском — один.",
            [
                ("RU-KLU", None, 4),
                ("RU-KLU", "RU-KLU:kirovsky", None),
                ("RU-KLU", "RU-KLU:obninsk", 1),
                ("RU-KLU", "RU-KLU:tarussky", None),
            ],
        ),
        # a district named for its damage alone is where debris fell, no share of the drones:
        # the sum is still made (``place_of_damage``)
        (
            "Над Белгородским и Шебекинским округами сбиты 5 беспилотников, над Грайворонским "
            "округом — 2. В Валуйском муниципальном округе повреждён дом.",
            [
                ("RU-BEL", None, 7),
                ("RU-BEL", "RU-BEL:belgorodsky", None),
                ("RU-BEL", "RU-BEL:grayvoronsky", 2),
                ("RU-BEL", "RU-BEL:shebekinsky", None),
                ("RU-BEL", "RU-BEL:valuysky", None),
            ],
        ),
    ],
)
def test_a_shared_figure_and_a_districts_own_add_up(text: str, rows: list[Row]) -> None:
    assert report_rows(text) == rows


# ---------------------------------------------------------------- a town of the region in context


def _one_town(
    town: str, inside: FakePlace, free: FakePlace, home: FakePlace, *home_names: str
) -> Callable[..., FakePlace]:
    """A stand-in gazetteer that answers ``town`` as the real one does: ``free`` by its name
    alone, ``inside`` within ``home`` (the town tier's 0.8), the region by ``home_names``."""

    def resolve(name: str, region: str | None = None) -> FakePlace:
        if (bare_settlement(name) or name).lower() == town:  # "город Сокол" is the town
            return inside if region == home.id else free
        if name.lower() in (*home_names, home.id.lower()):
            return home
        return fake_resolve(name, region)

    return resolve


def _region(rid: str, ru: str) -> FakePlace:
    return FakePlace("region", rid, None, ru, ru)


@pytest.mark.parametrize(
    ("resolve", "text", "rows"),
    [
        # Svetly: Saratov Oblast's closed town, written "ЗАТО Светлый", by name; Kaliningrad
        # Oblast's town inside it. "ЗАТО" is a unit word: the governor's own town Светлый
        (
            _one_town(
                "светлый",
                FakePlace("district", "RU-KGD:svetlovsky", "RU-KGD", "Светловский", "", 0.8),
                FakePlace("district", "RU-SAR:svetly", "RU-SAR", "ЗАТО Светлый", ""),
                _region("RU-KGD", "Калининградская область"),
                "калининградская область",
            ),
            "Губернатор Калининградской области: над Светлым сбит беспилотник.",
            [("RU-KGD", None, 1), ("RU-KGD", "RU-KGD:svetlovsky", 1)],
        ),
        # Sokol: Moscow's район Сокол by name; Vologda Oblast's town inside it. The region in
        # the genitive after the town fences it
        (
            _one_town(
                "сокол",
                FakePlace("district", "RU-VLG:sokolsky", "RU-VLG", "Сокольский район", "", 0.8),
                FakePlace("district", "RU-MOW:sokol", "RU-MOW", "район Сокол", ""),
                _region("RU-VLG", "Вологодская область"),
                "вологодской области",
                "вологодская область",
            ),
            "В районе города Сокол Вологодской области сбит беспилотник.",
            [("RU-VLG", None, 1), ("RU-VLG", "RU-VLG:sokolsky", 1)],
        ),
    ],
)
def test_a_town_of_the_region_named_beats_a_place_elsewhere(
    resolve: Callable[..., FakePlace], text: str, rows: list[Row]
) -> None:
    with resolving(resolve):
        got = report_rows(text)
    assert got == rows
