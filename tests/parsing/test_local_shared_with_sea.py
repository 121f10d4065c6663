"""A region whose drones are partly in a figure it shares with its sea (our own wording): one
district's own figure beside it is no whole of the region's ("девять — над Энском и акваторией
моря, один — над X районом": the region's part of the nine is not told)."""

from __future__ import annotations

import pytest

from parsing import parse


def _region_level(text: str) -> list[tuple[str, int | None]]:
    (report,) = parse(text)
    return sorted((c.area_id, c.count) for c in report.claims if c.district_id is None)


@pytest.mark.parametrize(
    "text",
    [
        "Уничтожены 10 БПЛА: девять — над Новороссийском и акваторией Черного моря, один — над "
        "Славянским районом.",
        "Над Новороссийском и акваторией Черного моря сбиты девять беспилотников, над Славянским "
        "районом — один.",
        "Уничтожены 10 БПЛА: один — над Славянским районом, остальные девять — над Геленджиком "
        "и Черным морем.",
    ],
)
def test_one_district_beside_a_figure_shared_with_the_sea(text: str) -> None:
    assert _region_level(text) == [("RU-KDA+SEA-BLACK", 9)]
    # ("Уничтожены 10" is the total where it is written; the nine alone never is)
    assert parse(text)[0].total == (10 if text.startswith("Уничтожены") else None)


def test_two_districts_beside_a_figure_shared_with_the_sea_give_no_sum() -> None:
    text = (
        "Над Новороссийском и акваторией Черного моря сбиты пять беспилотников. Над Славянским "
        "районом сбиты два, над Геленджиком — один."
    )
    assert _region_level(text) == [("RU-KDA+SEA-BLACK", 5)]
    assert parse(text)[0].total is None  # 8 drones, the sum not written


def test_a_figure_shared_with_the_sea_and_its_breakdown() -> None:
    # the region and its sea share the whole; the districts' figures are its rows
    text = (
        "Над Краснодарским краем и Черным морем сбиты 6 беспилотников: пять — над "
        "Новороссийском, один — над Славянским районом."
    )
    assert _region_level(text) == [("RU-KDA+SEA-BLACK", 6)]
    assert parse(text)[0].total == 6


def test_a_district_beside_the_sea_alone_is_still_its_regions_figure() -> None:
    text = "Уничтожены 4 БПЛА: три — над Черным морем, один — над Славянским районом."
    assert _region_level(text) == [("RU-KDA", 1), ("SEA-BLACK", 3)]
