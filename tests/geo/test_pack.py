"""The real boundary pack: counts, ids, names, validity, seams, display copies, loading."""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geo import PackInvalidError, PackMissingError, sources
from geo.display import area_shapes, display_path, drillable_regions
from geo.pack import (
    Pack,
    area_names,
    district_names,
    load_pack,
    pack_attribution,
    point_regions,
)

EQUAL_AREA = "EPSG:6933"
KM2 = 1e6

REGION_IDS = {
    *(
        f"RU-{code}"
        for code in [
            "AD",
            "AL",
            "ALT",
            "AMU",
            "ARK",
            "AST",
            "BA",
            "BEL",
            "BRY",
            "BU",
            "CE",
            "CHE",
            "CHU",
            "CU",
            "DA",
            "IN",
            "IRK",
            "IVA",
            "KAM",
            "KB",
            "KC",
            "KDA",
            "KEM",
            "KGD",
            "KGN",
            "KHA",
            "KHM",
            "KIR",
            "KK",
            "KL",
            "KLU",
            "KO",
            "KOS",
            "KR",
            "KRS",
            "KYA",
            "LEN",
            "LIP",
            "MAG",
            "ME",
            "MO",
            "MOS",
            "MOW",
            "MUR",
            "NEN",
            "NGR",
            "NIZ",
            "NVS",
            "OMS",
            "ORE",
            "ORL",
            "PER",
            "PNZ",
            "PRI",
            "PSK",
            "ROS",
            "RYA",
            "SA",
            "SAK",
            "SAM",
            "SAR",
            "SE",
            "SMO",
            "SPE",
            "STA",
            "SVE",
            "TA",
            "TAM",
            "TOM",
            "TUL",
            "TVE",
            "TY",
            "TYU",
            "UD",
            "ULY",
            "VGG",
            "VLA",
            "VLG",
            "VOR",
            "YAN",
            "YAR",
            "YEV",
            "ZAB",
        ]
    ),
    "UA-43",
    "UA-40",
    "UA-14",
    "UA-09",
    "UA-23",
    "UA-65",
}
WITHOUT_DISTRICTS = {"RU-KYA", "RU-SA", "UA-14", "UA-09", "UA-23", "UA-65"}


def _equal_area(frame: gpd.GeoDataFrame) -> gpd.GeoSeries:
    # projecting can make a valid ring self-touch (antimeridian, slivers): repair for measuring
    projected = frame.geometry.to_crs(EQUAL_AREA)
    return gpd.GeoSeries(shapely.make_valid(projected.array), crs=EQUAL_AREA, index=frame.index)


# ----------------------------------------------------------------------------- counts and ids


def test_counts(real_pack: Pack) -> None:
    assert (len(real_pack.regions), len(real_pack.districts), len(real_pack.seas)) == (89, 2393, 13)
    assert real_pack.meta["counts"] == {"regions": 89, "districts": 2393, "seas": 13}


def test_region_ids_and_status(real_pack: Pack) -> None:
    regions = real_pack.regions.set_index("id")
    assert set(regions.index) == REGION_IDS
    assert regions["status"].value_counts().to_dict() == {
        "federal_subject": 83,
        "occupied_ukraine": 6,
    }
    assert set(regions.index[~regions["has_districts"]]) == WITHOUT_DISTRICTS
    assert set(real_pack.districts["region_id"]) == REGION_IDS - WITHOUT_DISTRICTS
    assert regions.loc["RU-KLU", ["name_ru", "name_en"]].tolist() == [
        "Калужская область",
        "Kaluga Oblast",
    ]
    assert regions.loc["UA-43", "status"] == "occupied_ukraine"


def test_sea_ids(real_pack: Pack) -> None:
    seas = real_pack.seas.set_index("id")
    assert {
        "SEA-BLACK",
        "SEA-AZOV",
        "SEA-CASPIAN",
        "SEA-BALTIC",
        "SEA-OKHOTSK",
        "SEA-BARENTS",
    } <= set(seas.index)
    assert seas.loc["SEA-AZOV", ["name_ru", "name_en"]].tolist() == ["Азовское море", "Sea of Azov"]
    # the Baltic takes the Gulf of Finland: a point off Kronstadt is in it
    assert seas.loc["SEA-BALTIC", "geometry"].contains(shapely.Point(29.3, 60.0))


def test_district_ids_are_stable_and_unique(real_pack: Pack) -> None:
    ids = real_pack.districts["id"]
    assert ids.is_unique
    bad = [i for i in ids if not re.fullmatch(r"(RU|UA)-[A-Z0-9]+:[a-z0-9]+(-[a-z0-9]+)*", i)]
    assert bad == []
    assert (ids.str.split(":").str[0] == real_pack.districts["region_id"]).all()


def test_kaluga_districts(real_pack: Pack) -> None:
    klu = real_pack.districts[real_pack.districts["region_id"] == "RU-KLU"].set_index("id")
    assert len(klu) == 26
    assert {"Kirovsky", "Spas-Demensky", "Tarussky", "Borovsky", "Zhukovsky", "Obninsk"} <= set(
        klu["name_en"]
    )
    assert klu.loc[
        "RU-KLU:spas-demensky", ["name_ru", "name_ru_short", "name_en", "kind"]
    ].tolist() == [
        "Спас-Деменский район",
        "Спас-Деменский",
        "Spas-Demensky",
        "raion",
    ]
    assert klu.loc["RU-KLU:obninsk", ["name_ru", "kind"]].tolist() == ["Обнинск", "urban_okrug"]


def test_district_kinds(real_pack: Pack) -> None:
    districts = real_pack.districts
    assert set(districts["kind"]) == {"raion", "municipal_okrug", "urban_okrug", "city_district"}
    cities = districts[districts["region_id"].isin(["RU-MOW", "RU-SPE", "UA-40"])]
    assert set(cities["kind"]) == {"city_district"}
    assert cities["region_id"].value_counts().to_dict() == {
        "RU-MOW": 127,
        "RU-SPE": 18,
        "UA-40": 4,
    }
    # Saint Petersburg's 111 municipal units united into its eighteen raions; Peterhof,
    # Lomonosov and Strelna make up the Petrodvortsovy one, Kronstadt one of its own
    petersburg = districts[districts["region_id"] == "RU-SPE"]
    assert len(set(petersburg["name_ru"])) == 18
    assert petersburg["name_ru"].str.endswith(" район").all()
    assert {"RU-SPE:petrodvortsovy", "RU-SPE:kronshtadtsky", "RU-SPE:kurortny"} <= set(
        petersburg["id"]
    )
    # Sevastopol's ten municipal units united into its four raions
    sevastopol = districts[districts["region_id"] == "UA-40"].sort_values("id")
    assert sevastopol[["id", "name_ru"]].values.tolist() == [
        ["UA-40:balaklavsky", "Балаклавский район"],
        ["UA-40:gagarinsky", "Гагаринский район"],
        ["UA-40:leninsky", "Ленинский район"],
        ["UA-40:nakhimovsky", "Нахимовский район"],
    ]
    # Kazan is one urban okrug of Tatarstan, not its seven city districts
    kazan = districts[districts["name_ru_short"] == "Казань"]
    assert kazan[["id", "kind"]].values.tolist() == [["RU-TA:kazan", "urban_okrug"]]
    assert (
        not districts["name_ru_short"]
        .str.contains(r"(?i)(?:^|\s)(?:район|муниципальный округ|городской округ|город)(?:\s|$)")
        .any()
    )


# ----------------------------------------------------------------------------- geometry


@pytest.mark.parametrize("layer", ["regions", "districts", "seas"])
def test_geometries_valid_and_polygonal(real_pack: Pack, layer: str) -> None:
    frame: gpd.GeoDataFrame = getattr(real_pack, layer)
    assert frame.crs == "EPSG:4326"
    assert frame.is_valid.all()
    assert not frame.is_empty.any()
    assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"}


def test_regions_do_not_overlap(real_pack: Pack) -> None:
    geoms = _equal_area(real_pack.regions).array
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = left < right
    overlap = shapely.area(shapely.intersection(geoms[left[pairs]], geoms[right[pairs]])) / KM2
    assert overlap.sum() < 0.01  # km², measured 0


def test_no_gaps_between_regions(real_pack: Pack) -> None:
    """Holes in the union of all regions are either sea or tiny slivers inside the OSM data.

    The one large hole (843 km²) is the Gulf of Finland between Saint Petersburg and
    Leningrad Oblast; Natural Earth's coarse coast leaves 17% of it (the Neva Bay) outside
    its Baltic polygon, so a hole counts as sea when most of it is.
    """
    union = shapely.union_all(_equal_area(real_pack.regions).array)
    holes = [shapely.Polygon(r) for p in shapely.get_parts(union) for r in p.interiors]
    sea = shapely.union_all(_equal_area(real_pack.seas).array)
    land_holes = [land / KM2 for h in holes if (land := h.difference(sea).area) > 0.5 * h.area]
    assert max(land_holes) < 3  # km², measured 2.1 (Rybnovsky/Shatura, in OSM)
    assert sum(land_holes) < 20  # km², measured 10


def test_districts_tile_their_regions(real_pack: Pack) -> None:
    """With district detail, a region is the dissolve of non-overlapping districts."""
    district_area = (
        _equal_area(real_pack.districts).area.groupby(real_pack.districts["region_id"]).sum()
    )
    regions = real_pack.regions.set_index("id")
    region_area = _equal_area(regions).area
    ratio = (district_area / region_area[district_area.index]).sort_values()
    assert ratio.between(0.9999, 1.0001).all(), ratio.head()


def test_occupied_oblasts_fit_their_osm_neighbours(real_pack: Pack) -> None:
    regions = real_pack.regions.set_index("id")
    area = _equal_area(regions).area / KM2
    # Donetsk oblast is 26,517 km² officially and 26,603 km² in Natural Earth; clipping by
    # Rostov Oblast and closing the slivers along that seam make it 26,870 km²
    assert 26_300 < area["UA-14"] < 27_300
    assert regions.loc["UA-14", "geometry"].touches(regions.loc["RU-ROS", "geometry"]) or (
        regions.loc["UA-14", "geometry"].intersection(regions.loc["RU-ROS", "geometry"]).area < 1e-9
    )


# ----------------------------------------------------------------------------- display copies


def test_display_regions(real_pack: Pack) -> None:
    path = display_path("regions")
    assert path.stat().st_size < 1_500_000
    data = json.loads(path.read_text("utf-8"))
    assert len(data["features"]) == 89
    assert {tuple(sorted(f["properties"])) for f in data["features"]} == {
        ("id", "name_en", "name_ru")
    }
    assert {f["properties"]["id"] for f in data["features"]} == REGION_IDS
    del real_pack


def test_display_districts_per_region(real_pack: Pack) -> None:
    folder = display_path("districts", "RU-KLU").parent
    files = {p.stem: p.stat().st_size for p in folder.glob("*.geojson")}
    # every region has one: its districts, or its towns' points where no source has districts
    assert set(files) == REGION_IDS
    assert max(files.values()) < 300_000
    donetsk = json.loads(display_path("districts", "UA-14").read_text("utf-8"))
    assert {f["geometry"]["type"] for f in donetsk["features"]} == {"Point"}
    horlivka = next(f for f in donetsk["features"] if f["properties"]["id"] == "UA-14:horlivka")
    assert horlivka["properties"]["name_ru"] == "Горловка"
    klu = json.loads(display_path("districts", "RU-KLU").read_text("utf-8"))
    assert len(klu["features"]) == 26
    coords = re.findall(r"-?\d+\.\d+", json.dumps(klu["features"][0]["geometry"]))
    assert max(len(c.split(".")[1]) for c in coords) <= 3
    del real_pack


def test_what_the_pages_ask_of_the_pack(real_pack: Pack) -> None:
    names = area_names()
    assert len(names) == 89 + 13
    assert names["RU-KLU"] == ("Калужская область", "Kaluga Oblast")
    assert names["SEA-AZOV"] == ("Азовское море", "Sea of Azov")
    assert list(names)[:89] == sorted(real_pack.regions["id"], key=lambda i: names[i][0])
    districts = district_names()
    assert set(districts) == REGION_IDS  # the point towns are listed as districts
    assert len(districts["RU-KLU"]) == 26
    assert districts["UA-65"]["UA-65:skadovsk"] == ("Скадовск", "Skadovsk")
    assert point_regions() == sorted(WITHOUT_DISTRICTS)
    assert (
        districts["RU-KLU"]["RU-KLU:kirovsky"][1]
        == real_pack.districts.set_index("id").loc["RU-KLU:kirovsky", "name_en"]
    )
    assert drillable_regions() == sorted(REGION_IDS)
    assert pack_attribution() == real_pack.meta["attribution"]
    shapes = area_shapes()
    assert list(shapes.columns) == ["id", "name_ru", "name_en", "geometry"]
    assert set(shapes["id"]) == set(names)
    chukotka = shapes.set_index("id").loc["RU-CHU", "geometry"]
    assert chukotka.bounds[0] > 0  # drawn east of 180°, as the map draws it


def test_display_path_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs region_id"):
        display_path("districts")
    with pytest.raises(ValueError, match="unknown display layer"):
        display_path("rivers")
    with pytest.raises(ValueError, match="invalid region_id"):
        display_path("districts", "../x", pack_dir=tmp_path)
    with pytest.raises(PackMissingError, match="python -m geo build"):
        display_path("districts", "RU-KLU", pack_dir=tmp_path)


# ----------------------------------------------------------------------------- meta and loading


def test_meta_records_sources_and_attribution(real_pack: Pack) -> None:
    meta = real_pack.meta
    assert meta["attribution"] == "© OpenStreetMap contributors (ODbL)"
    assert real_pack.attribution == "© OpenStreetMap contributors (ODbL)"
    recorded = {rec["file"]: rec for rec in meta["sources"]}
    assert set(recorded) == {s.path for s in sources.SOURCES}
    for source in sources.SOURCES:
        rec = recorded[source.path]
        assert (rec["sha256"], rec["licence"], rec["upstream"]) == (
            source.sha256,
            source.licence,
            source.upstream,
        )
    assert meta["regions_without_districts"] == sorted(WITHOUT_DISTRICTS)


def test_load_pack_is_cached(real_pack: Pack) -> None:
    assert load_pack() is real_pack
    assert load_pack(real_pack.path) is real_pack


def test_load_pack_missing(tmp_path: Path) -> None:
    with pytest.raises(PackMissingError, match=r"python -m geo build") as info:
        load_pack(tmp_path)
    assert "regions.parquet" in str(info.value)


def test_load_pack_reports_every_problem(tmp_path: Path) -> None:
    square = shapely.box(0, 0, 1, 1)
    gpd.GeoDataFrame({"id": ["RU-AAA"], "geometry": [square]}, crs="EPSG:3857").to_parquet(
        tmp_path / "regions.parquet"
    )
    gpd.GeoDataFrame(
        pd.DataFrame(
            {
                "id": ["RU-BBB:x", "RU-BBB:x"],
                "region_id": ["RU-BBB", "RU-BBB"],
                "name_ru": ["х", "х"],
                "name_ru_short": ["х", "х"],
                "name_en": ["Kh", "Kh"],
                "kind": ["raion", "raion"],
            }
        ),
        geometry=[square, square],
        crs="EPSG:4326",
    ).to_parquet(tmp_path / "districts.parquet")
    gpd.GeoDataFrame(
        {"id": ["SEA-X"], "name_ru": ["м"], "name_en": ["S"], "geometry": [square]}, crs="EPSG:4326"
    ).to_parquet(tmp_path / "seas.parquet")
    (tmp_path / "meta.json").write_text("{}", "utf-8")
    with pytest.raises(PackInvalidError) as info:
        load_pack(tmp_path)
    message = str(info.value)
    assert "regions: missing columns ['name_ru', 'name_en', 'status', 'has_districts']" in message
    assert "regions: CRS is" in message
    assert "districts: duplicate ids ['RU-BBB:x']" in message
    assert "districts: region_id not in regions ['RU-BBB']" in message
    assert "python -m geo build" in message
