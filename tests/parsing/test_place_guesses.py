"""Place names the text alone cannot tie to one region: never a guess across regions.

Texts are our own wording; the stand-in gazetteer (``conftest.py``) knows "Октябрьский" as one
region's town and "Октябрьский район" in two regions, and "Обнинск" as a Kaluga town.
"""

from __future__ import annotations

from datetime import date

from parsing import parse
from tests.parsing.conftest import FakePlace, resolving, with_places

P = date(2025, 6, 2)


def test_a_shared_adjective_name_with_no_region_named_is_a_doubt() -> None:
    # "в Октябрьском" with no region anywhere in the text: the town of one region, or a district
    # of several; review, never the one town
    text = "Ночью над Октябрьским сбит беспилотник."
    (report,) = parse(text, P)
    assert report.claims == ()
    assert report.total == 1
    assert [span for _why, span in report.doubts] == [(10, 21)]


def test_a_shared_adjective_name_inside_the_region_named_is_that_town() -> None:
    text = "В Башкирии ночью над Октябрьским сбит беспилотник."
    (report,) = parse(text, P)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-BA", None, 1),
        ("RU-BA", "RU-BA:oktyabrsky", None),
    ]
    assert report.doubts == ()


def test_one_town_alone_gives_no_region_the_reports_figure() -> None:
    # the figure has no place; the only place is one town and no region is named: the town is
    # where debris fell, the figure stays the report's total and goes to no region
    text = "Ночью сбиты три беспилотника. Обломки одного упали в Обнинске."
    (report,) = parse(text, P)
    assert report.total == 3
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-KLU", "RU-KLU:obninsk", None)
    ]


def test_one_town_with_its_region_named_gives_the_region_the_figure() -> None:
    text = "Ночью над Калужской областью сбиты три беспилотника. Обломки одного упали в Обнинске."
    (report,) = parse(text, P)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-KLU", None, 3),
        ("RU-KLU", "RU-KLU:obninsk", None),
    ]
    text = "Губернатор Калужской области: ночью сбиты три беспилотника, обломки упали в Обнинске."
    (report,) = parse(text, P)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-KLU", None, 3),
        ("RU-KLU", "RU-KLU:obninsk", None),
    ]


def test_a_village_told_by_its_district_is_no_place_of_its_own() -> None:
    # "the village of X in the Y district": a village's name may be shared by many places (the
    # stand-in gazetteer knows "Ramenskoye" only in Moscow Oblast); the district tells the place,
    # and the Kaluga governor's drone never lands in another region by the village's name
    text = (
        "Kaluga Governor Vladislav Shapsha said a drone was shot down near the village of "
        "Ramenskoye in the Kirovsky district."
    )
    (report,) = parse(text, P)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-KLU", "RU-KLU:kirovsky", 1),
        ("RU-KLU", None, 1),
    ]


def test_a_point_of_the_compass_before_the_country_is_no_village() -> None:
    # villages called Юг and Восток exist; "над Югом России" is the south of the country, so the
    # figure stays the report's total and no village's district gets it
    villages = {
        name: [FakePlace("district", "RU-PER:permsky", "RU-PER", "Пермский район", "Permsky")]
        for name in ("юг", "югом", "восток", "востоке")
    }
    with resolving(with_places(villages)):
        for text in (
            "Ночью над Югом России уничтожены 40 беспилотников.",
            "Ночью на Востоке страны сбиты 40 беспилотников.",
        ):
            (report,) = parse(text, P)
            assert (report.total, report.claims) == (40, ())
        # the village itself, named without the country after it, is still a place
        (report,) = parse("Ночью над Югом сбит беспилотник.", P)
        assert [(c.area_id, c.district_id, c.count) for c in report.claims][:1] == [
            ("RU-PER", "RU-PER:permsky", 1)
        ]
