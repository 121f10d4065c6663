"""Who a source is declared to be (a sources registry's ``reporter`` and ``region``, passed
as ``parse(..., reporter=, region=)``) overrides what its name says: a governor's channel
whose title names no governor still posts the governor's figures for his region."""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2026, 11, 3)
TITLE = "Регион 71 | безопасность"  # a title that names neither an office nor a region


def test_a_declared_governor_speaks_for_his_region() -> None:
    text = "Этой ночью над территорией области дежурными средствами ПВО уничтожены 7 беспилотников."
    undeclared = parse(text, DAY, source=TITLE)
    assert not [c for r in undeclared for c in r.claims]  # "области": which one?
    (report,) = parse(text, DAY, source=TITLE, reporter="governor", region="RU-TUL")
    assert report.reporter == "governor"
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-TUL", 7)]


def test_the_declared_region_decides_a_district_name_of_several_regions() -> None:
    text = "Ночью над Кировским районом сбиты три беспилотника."
    assert not [c for r in parse(text, DAY, source="Сводка дня") for c in r.claims]
    for region in ("RU-KLU", "RU-LEN"):
        (report,) = parse(text, DAY, source="Сводка дня", reporter="governor", region=region)
        assert {(c.area_id, c.district_id) for c in report.claims} == {
            (region, f"{region}:kirovsky"),
            (region, None),
        }


def test_a_declared_ministry_is_the_ministrys() -> None:
    text = "За минувшую ночь над Курской областью уничтожены 12 беспилотников."
    assert [r.reporter for r in parse(text, DAY, source="Сводка дня")] == ["media"]
    assert [r.reporter for r in parse(text, DAY, source="Сводка дня", reporter="mod")] == ["mod"]


def test_a_declared_reporter_overrides_the_title() -> None:
    text = "Над Брянской областью ночью уничтожены три БПЛА."
    assert [r.reporter for r in parse(text, DAY, source="Губернатор Брянской области")] == [
        "governor"
    ]
    declared = parse(text, DAY, source="Губернатор Брянской области", reporter="media")
    assert [r.reporter for r in declared] == ["media"]
