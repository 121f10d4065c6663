"""The gazetteer's index build on a tiny hand-made pack whose answers can be worked out on paper.

The pack: Bryansk Oblast as a box, two districts inside it (a box around the town of Pogar
and a box around the city of Bryansk), Krasnoyarsk Krai as a box without districts, and the
Sea of Azov as a box. GeoNames towns inside the boxes must join to them and nothing else.
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pytest
from shapely.geometry import box

from geo import GeoError, PackMissingError, UnknownPlaceError, gazetteer, gazetteer_index
from geo.__main__ import main as geo_main
from geo.gazetteer import Place, latin_key

POGAR_BOX = (33.0, 52.4, 33.5, 52.8)  # lon/lat bounds around Pogar (52.554 N, 33.259 E)
BRYANSK_BOX = (34.2, 53.15, 34.6, 53.35)
OBLAST_BOX = (31.0, 51.8, 35.5, 54.0)
KRASNOYARSK_BOX = (80.0, 60.0, 100.0, 72.0)
AZOV_BOX = (35.0, 45.3, 39.0, 47.0)


def _write_tiny_pack(folder: Path, *, crs: str = "EPSG:4326") -> Path:
    regions = gpd.GeoDataFrame(
        {
            "id": ["RU-BRY", "RU-KYA"],
            "name_ru": ["Брянская область", "Красноярский край"],
            "name_en": ["Bryansk Oblast", "Krasnoyarsk Krai"],
            "status": ["federal_subject", "federal_subject"],
            "has_districts": [True, False],
        },
        geometry=[box(*OBLAST_BOX), box(*KRASNOYARSK_BOX)],
        crs="EPSG:4326",
    )
    districts = gpd.GeoDataFrame(
        {
            "id": ["RU-BRY:pogarsky", "RU-BRY:bryansk"],
            "region_id": ["RU-BRY", "RU-BRY"],
            "name_ru": ["Погарский район", "Брянск"],
            "name_ru_short": ["Погарский", "Брянск"],
            "name_en": ["Pogarsky", "Bryansk"],
            "kind": ["raion", "urban_okrug"],
        },
        geometry=[box(*POGAR_BOX), box(*BRYANSK_BOX)],
        crs="EPSG:4326",
    ).to_crs(crs)
    seas = gpd.GeoDataFrame(
        {"id": ["SEA-AZOV"], "name_ru": ["Азовское море"], "name_en": ["Sea of Azov"]},
        geometry=[box(*AZOV_BOX)],
        crs="EPSG:4326",
    )
    folder.mkdir(parents=True, exist_ok=True)
    regions.to_parquet(folder / "regions.parquet")
    districts.to_parquet(folder / "districts.parquet")
    seas.to_parquet(folder / "seas.parquet")
    return folder


@pytest.fixture(scope="module")
def tiny_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = _write_tiny_pack(tmp_path_factory.mktemp("tiny-pack"))
    gazetteer_index.build_index(folder)
    return folder


@pytest.fixture
def on_tiny_pack(tiny_pack: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ATLAS_PACK_DIR", str(tiny_pack))
    return tiny_pack


def _index_frame(folder: Path) -> pd.DataFrame:
    return pq.read_table(folder / gazetteer.INDEX_FILE).to_pandas()


def _towns_in(bounds: tuple[float, float, float, float], cc: str = "RU") -> set[str]:
    table = pd.read_csv(gazetteer_index.settlements_path(), dtype=str, keep_default_na=False)
    lon, lat = table["lon"].astype(float), table["lat"].astype(float)
    inside = (lon > bounds[0]) & (lon < bounds[2]) & (lat > bounds[1]) & (lat < bounds[3])
    names = table.loc[inside & (table["cc"] == cc), "name"]
    return {latin_key(n.removeprefix("Gorod ")) for n in names}


def test_index_files_and_version(tiny_pack: Path) -> None:
    table = pq.read_table(tiny_pack / gazetteer.INDEX_FILE)
    assert table.schema.names == list(gazetteer_index._COLUMNS)
    assert table.schema.metadata[b"gazetteer_index_version"] == gazetteer.INDEX_VERSION.encode()
    forms = pq.read_table(tiny_pack / gazetteer.FORMS_FILE).to_pydict()
    lemma = dict(zip(forms["form"], forms["lemma"], strict=True))
    # every case of the names' words maps to one lemma; unit words are there too
    for form in ("брянская", "брянской", "брянскую", "брянским", "брянском"):
        assert lemma[form] == "брянский"
    assert lemma["погарском"] == "погарский"
    assert lemma["областью"] == "область"
    assert lemma["районах"] == "район"
    assert lemma["азовского"] == "азовский"


def test_name_rows_of_a_region_and_a_district(tiny_pack: Path) -> None:
    frame = _index_frame(tiny_pack)
    rows = frame[(frame["script"] == "cyr") & (frame["key"] == "брянский")]
    assert rows[["kind", "id", "accepts", "source", "subtype"]].to_dict("records") == [
        {
            "kind": "region",
            "id": "RU-BRY",
            "accepts": ",region",
            "source": "name",
            "subtype": "oblast",
        }
    ]
    rows = frame[(frame["script"] == "lat") & (frame["key"] == "pogarski")]
    assert set(zip(rows["id"], rows["source"], strict=True)) == {("RU-BRY:pogarsky", "name")}
    rows = frame[(frame["script"] == "cyr") & (frame["key"] == "азовский")]
    assert rows[["id", "accepts"]].to_dict("records") == [{"id": "SEA-AZOV", "accepts": "sea"}]


def test_towns_join_to_the_box_that_contains_them(tiny_pack: Path) -> None:
    frame = _index_frame(tiny_pack)
    towns = frame[(frame["source"] == "town") & (frame["script"] == "lat")]
    inside = towns[towns["region_id"] == "RU-BRY"]
    assert set(inside.loc[inside["id"] == "RU-BRY:pogarsky", "key"]) >= _towns_in(POGAR_BOX)
    assert set(inside.loc[inside["id"] == "RU-BRY:bryansk", "key"]) >= _towns_in(BRYANSK_BOX)
    assert set(inside["id"]) == {"RU-BRY:pogarsky", "RU-BRY:bryansk"}
    # a region without district polygons: each settlement is a point place of its own
    krasnoyarsk = towns[towns["region_id"] == "RU-KYA"]
    assert set(krasnoyarsk["kind"]) == {"district"}
    assert set(krasnoyarsk["subtype"]) == {"point"}
    assert "RU-KYA:norilsk" in set(krasnoyarsk["id"])
    assert "RU-KYA" not in set(towns["id"])


def test_point_towns_are_written_with_the_index(tiny_pack: Path) -> None:
    towns = gpd.read_parquet(tiny_pack / gazetteer.TOWNS_FILE)
    assert list(towns.columns) == list(gazetteer_index.TOWN_COLUMNS)
    assert towns.crs == "EPSG:4326"
    assert set(towns["region_id"]) == {"RU-KYA"}
    assert set(towns.geom_type) == {"Point"}
    norilsk = towns[towns["id"] == "RU-KYA:norilsk"].iloc[0]
    assert (norilsk["name_ru"], norilsk["name_en"]) == ("Норильск", "Norilsk")
    assert norilsk["population"] > 100_000
    assert box(*KRASNOYARSK_BOX).contains(norilsk.geometry)


def test_resolve_on_the_tiny_pack(on_tiny_pack: Path) -> None:
    del on_tiny_pack
    assert gazetteer.resolve("Pogar") == Place(
        "district", "RU-BRY:pogarsky", "RU-BRY", "Погарский район", "Pogarsky", 0.8
    )
    assert gazetteer.resolve("Norilsk") == Place(
        "district", "RU-KYA:norilsk", "RU-KYA", "Норильск", "Norilsk", 0.8
    )
    assert gazetteer.resolve("в Норильске").id == "RU-KYA:norilsk"
    assert gazetteer.resolve("в Погарском районе").id == "RU-BRY:pogarsky"
    assert gazetteer.resolve("г. Брянск").id == "RU-BRY:bryansk"
    assert gazetteer.resolve("Брянщина").id == "RU-BRY"
    with pytest.raises(UnknownPlaceError, match="'Kirishi'"):
        gazetteer.resolve("Kirishi")


def test_crs_mismatch_is_refused(tmp_path: Path) -> None:
    folder = _write_tiny_pack(tmp_path / "pack", crs="EPSG:3857")
    with pytest.raises(GeoError, match="CRS mismatch"):
        gazetteer_index.build_index(folder)


def test_missing_pack_asks_for_a_build(tmp_path: Path) -> None:
    with pytest.raises(PackMissingError, match="python -m geo build"):
        gazetteer.load_index(tmp_path)


def test_a_stale_index_is_refused_and_the_index_command_rebuilds_it(
    tmp_path: Path,
    tiny_pack: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = _write_tiny_pack(tmp_path / "pack")
    table = pq.read_table(tiny_pack / gazetteer.INDEX_FILE)
    stale = table.replace_schema_metadata({"gazetteer_index_version": "0"})
    pq.write_table(stale, folder / gazetteer.INDEX_FILE)
    files = ["districts.parquet", "gazetteer.parquet", "regions.parquet", "seas.parquet"]
    # the point towns' table, and their display copy (Krasnoyarsk Krai has no districts here)
    written = ["gazetteer_forms.parquet", gazetteer.TOWNS_FILE, "display"]
    # the reader never writes: it names the command that rebuilds the index
    with pytest.raises(PackMissingError, match=r"older Atlas: run `python -m geo index`"):
        gazetteer.load_index(folder)
    assert sorted(p.name for p in folder.iterdir()) == files
    assert not gazetteer.is_current(folder)

    monkeypatch.setenv("ATLAS_PACK_DIR", str(folder))
    assert geo_main(["index"]) == 0
    assert capsys.readouterr().out == f"rebuilt the gazetteer index in {folder}\n"
    assert gazetteer.is_current(folder)
    index = gazetteer.load_index(folder)
    assert gazetteer.load_index(folder) is index  # loaded once per pack folder
    assert sorted(p.name for p in folder.iterdir()) == sorted([*files, *written])
    assert [p.name for p in (folder / "display" / "districts").iterdir()] == ["RU-KYA.geojson"]


def test_the_index_command_without_a_pack_asks_for_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ATLAS_PACK_DIR", str(tmp_path))
    assert geo_main(["index"]) == 1
    assert capsys.readouterr().err == (
        f"error: no boundary pack in {str(tmp_path)!r}: run `python -m geo build`\n"
    )


def test_a_rebuilt_index_is_read_again(
    tmp_path: Path, tiny_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _write_tiny_pack(tmp_path / "pack")
    gazetteer_index.build_index(folder)
    first = gazetteer.load_index(folder)
    assert gazetteer.load_index(folder) is first
    monkeypatch.setattr(gazetteer, "RECHECK_SECONDS", 0.0)
    assert gazetteer.load_index(folder) is first  # same file: nothing read
    index_file = folder / gazetteer.INDEX_FILE
    stat = index_file.stat()
    os.utime(index_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert gazetteer.load_index(folder) is not first


@pytest.mark.parametrize(
    ("town", "adjective"),
    [
        ("Шебекино", "шебекинский"),
        ("Обнинск", "обнинский"),
        ("Курчатов", "курчатовский"),
        ("Липецк", "липецкий"),  # -цк takes -ий, as -ск does
        ("Елец", "елецкий"),  # -ц takes -кий
        ("Калуга", None),
        ("Павловский Посад", None),
        ("Губкинский", None),
    ],
)
def test_relational_adjective(town: str, adjective: str | None) -> None:
    assert gazetteer_index._relational_adjective(town) == adjective


def test_name_variants() -> None:
    assert list(gazetteer_index._variants("Республика Саха (Якутия)")) == [
        "Республика Саха (Якутия)",
        "Республика Саха",
        "Якутия",
        "Республика Саха",
    ]
    assert list(gazetteer_index._variants("Чувашская Республика - Чувашия")) == [
        "Чувашская Республика - Чувашия",
        "Чувашская Республика",
        "Чувашия",
    ]


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Ростов-на-Дону", "Rostov-on-Don"),  # the river in the nominative, "на" as "on"
        ("Комсомольск-на-Амуре", "Komsomolsk-on-Amur"),
        ("Камень-на-Оби", "Kamen-on-Ob"),
        ("Спас-Деменский", None),  # a hyphen without "на"
        ("Обнинск", None),
    ],
)
def test_english_on_river(name: str, english: str | None) -> None:
    assert gazetteer_index._english_on_river(name) == english
