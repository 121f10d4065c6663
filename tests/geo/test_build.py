"""The build's steps on hand-made shapes, staleness detection, and the name rules."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import box

import settings
from geo import build, gazetteer, names, sources
from geo.display import polygonal
from geo.pack import Pack

# ----------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("published", "short", "english"),
    [
        ("Кировский район", "Кировский", "Kirovsky"),
        ("Спас-Деменский район", "Спас-Деменский", "Spas-Demensky"),
        ("Тарусский район", "Тарусский", "Tarussky"),
        ("Боровский район", "Боровский", "Borovsky"),
        ("Жуковский район", "Жуковский", "Zhukovsky"),
        ("Обнинск", "Обнинск", "Obninsk"),
        ("Кировский муниципальный округ", "Кировский", "Kirovsky"),
        ("Бахчисарайский муниципальный район", "Бахчисарайский", "Bakhchisaraysky"),
        ("Городской Округ Реутов", "Реутов", "Reutov"),
        ("Пушкинский Городской Округ", "Пушкинский", "Pushkinsky"),
        ("город-герой Волгоград", "Волгоград", "Volgograd"),
        ("город Биробиджан", "Биробиджан", "Birobidzhan"),
        ("ЗАТО Саров", "Саров", "Sarov"),
        ("район Богородское", "Богородское", "Bogorodskoye"),
        ("муниципальный округ Лиговка-Ямская", "Лиговка-Ямская", "Ligovka-Yamskaya"),
        ("муниципальный округ округ Морской", "Морской", "Morskoy"),
        ("поселок Левашово", "Левашово", "Levashovo"),
        ("Район Полины Осипенко", "Полины Осипенко", "Poliny Osipenko"),
        ("Новый Уренгой", "Новый Уренгой", "Novy Urengoy"),
        ("Орёл", "Орёл", "Oryol"),
        ("Малоярославецкий район", "Малоярославецкий", "Maloyaroslavetsky"),
        ("Курский ", "Курский", "Kursky"),
        ("Ульяновский район", "Ульяновский", "Ulyanovsky"),
        ("Дмитриевский район", "Дмитриевский", "Dmitriyevsky"),
        ("Щёлковский район", "Щёлковский", "Shchyolkovsky"),
        ("Красная Поляна", "Красная Поляна", "Krasnaya Polyana"),
        ("Нижний Новгород", "Нижний Новгород", "Nizhny Novgorod"),
        ("Усть-Илимск", "Усть-Илимск", "Ust-Ilimsk"),
        ("Елизовский район", "Елизовский", "Yelizovsky"),
        ("Хасавюрт", "Хасавюрт", "Khasavyurt"),
        ("муниципальный округ N 7", "N 7", "N 7"),
    ],
)
def test_short_and_english_names(published: str, short: str, english: str) -> None:
    assert (names.short_name_ru(published), names.name_en(published)) == (short, english)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spas-Demensky", "spas-demensky"),
        ("N 7", "n-7"),
        ("Novy Urengoy", "novy-urengoy"),
        ("Орёл", "oryol"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert names.slug(text) == expected


@pytest.mark.parametrize(
    ("published", "city_file", "region_id", "kind"),
    [
        ("Кировский район", False, "RU-KLU", "raion"),
        ("Бахчисарайский муниципальный район", False, "UA-43", "raion"),
        ("Кировский муниципальный округ", False, "RU-KLU", "municipal_okrug"),
        ("Городской Округ Реутов", False, "RU-MOS", "urban_okrug"),
        ("Красноуфимский округ", False, "RU-SVE", "urban_okrug"),
        ("Обнинск", False, "RU-KLU", "urban_okrug"),
        ("ЗАТО Саров", False, "RU-NIZ", "urban_okrug"),
        ("Курский ", False, "RU-STA", "municipal_okrug"),
        ("Асбестовский", False, "RU-SVE", "urban_okrug"),
        ("район Богородское", True, "RU-MOW", "city_district"),
        ("Балаклавский муниципальный округ", True, "UA-40", "city_district"),
    ],
)
def test_district_kind(published: str, city_file: bool, region_id: str, kind: str) -> None:
    assert names.district_kind(published, city_file=city_file, region_id=region_id) == kind


def test_district_ids_number_repeats() -> None:
    ids = build._district_ids(
        ["RU-AAA", "RU-AAA", "RU-BBB", "RU-AAA"],
        ["Kirovsky", "Kirovsky", "Kirovsky", "N 7"],
        [False, False, False, False],
    )
    assert ids == ["RU-AAA:kirovsky", "RU-AAA:kirovsky-2", "RU-BBB:kirovsky", "RU-AAA:n-7"]


def test_a_town_okrug_beside_its_raion_gets_an_id_of_its_own() -> None:
    ids = build._district_ids(
        ["RU-AAA", "RU-AAA", "RU-BBB"], ["Lesnoy", "Lesnoy", "Lesnoy"], [False, True, False]
    )
    assert ids == ["RU-AAA:lesnoy", "RU-AAA:lesnoy-urban", "RU-BBB:lesnoy"]


def test_town_okrugs_beside_raions_are_the_urban_okrugs_sharing_a_raions_name() -> None:
    units = [
        ("RU-AAA", "Лесной", "raion", False),
        ("RU-AAA", "Лесной", "urban_okrug", True),  # the town's okrug beside the raion
        ("RU-AAA", "Озёрск", "urban_okrug", False),
        ("RU-BBB", "Лесной", "urban_okrug", False),  # no raion of its name in its region
        ("RU-CCC", "Речной", "municipal_okrug", False),  # the raion it replaced
        ("RU-CCC", "Речной", "urban_okrug", True),
    ]
    frame = gpd.GeoDataFrame(
        [u[:3] for u in units],
        columns=["region_id", "name_ru_short", "kind"],
        geometry=[box(i, 0, i + 1, 1) for i in range(len(units))],
        crs="EPSG:4326",
    )
    assert build._town_okrugs_beside_raions(frame).tolist() == [u[3] for u in units]


def test_the_pack_holds_each_district_once_and_names_town_okrugs_for_their_unit(
    real_pack: Pack,
) -> None:
    districts = real_pack.districts
    pair = districts[districts["id"].isin(["RU-PER:permsky", "RU-PER:permsky-urban"])]
    assert sorted(zip(pair["id"], pair["name_ru"], pair["kind"], strict=True)) == [
        ("RU-PER:permsky", "Пермский район", "raion"),
        ("RU-PER:permsky-urban", "Пермский городской округ", "urban_okrug"),
    ]
    # no id numbered as a repeat (Saint Petersburg's okrugs "N 7" ... are inside its raions)
    assert not districts["id"].str.contains(r"-\d+$").any()


# ----------------------------------------------------------------------------- seams on squares
#
#   coarse unit C = [0, 1] x [0, 1];  accurate neighbour N to its right.
#   overlap case: N = [0.98, 2] x [0, 1] -> C loses the strip x in [0.98, 1]
#   gap case:     N = [1.02, 2] x [0, 1] -> C takes the strip x in [1, 1.02]


def test_fit_clips_an_overlapping_unit() -> None:
    fitted = build._fit_to_neighbours(box(0, 0, 1, 1), box(0.98, 0, 2, 1))
    assert fitted.intersection(box(0.98, 0, 2, 1)).area == pytest.approx(0, abs=1e-12)
    assert fitted.bounds[2] == pytest.approx(0.98)
    assert fitted.area == pytest.approx(0.98, rel=1e-6)


def test_fit_closes_a_gap_but_keeps_the_outer_border() -> None:
    fitted = build._fit_to_neighbours(box(0, 0, 1, 1), box(1.02, 0, 2, 1))
    assert fitted.union(box(1.02, 0, 2, 1)).area == pytest.approx(2.0, rel=1e-3)
    assert fitted.intersection(box(1.02, 0, 2, 1)).area == pytest.approx(0, abs=1e-12)
    # the far side (x = 0) is not grown
    assert fitted.bounds[0] == pytest.approx(0)


def test_remove_overlaps_cuts_the_later_district() -> None:
    frame = gpd.GeoDataFrame(
        {"id": ["A", "B", "C"]},
        geometry=[box(0, 0, 1, 1), box(0.9, 0, 2, 1), box(2, 0, 3, 1)],
        crs="EPSG:4326",
    )
    fixed = build._remove_overlaps(frame)
    assert fixed["id"].tolist() == ["A", "B", "C"]
    assert fixed.geometry.iloc[0].equals(box(0, 0, 1, 1))
    assert fixed.geometry.iloc[1].normalize().equals(box(1, 0, 2, 1).normalize())
    assert fixed.geometry.iloc[2].equals(box(2, 0, 3, 1))


def test_polygonal_repairs_a_bowtie() -> None:
    bowtie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
    repaired = polygonal(bowtie)
    assert repaired.is_valid
    assert repaired.geom_type == "MultiPolygon"
    assert repaired.area == pytest.approx(0.5)


# ----------------------------------------------------------------------------- staleness


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    """A source folder of symlinks to the real sources, with the crosswalk copied."""
    src = settings.get().boundaries_src
    if not (src / "regions-crosswalk.csv").is_file():
        pytest.skip(f"no boundary sources in {src}")
    out = tmp_path / "src"
    for source in sources.SOURCES:
        target = out / source.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.path == "regions-crosswalk.csv":
            shutil.copy2(src / source.path, target)
        else:
            target.symlink_to(src / source.path)
    return out


@pytest.fixture
def fake_pack(tmp_path: Path, real_pack: Pack, mirror: Path) -> Path:
    """A pack folder whose meta.json records the mirror's files as the build would."""
    pack = tmp_path / "pack"
    pack.mkdir()
    for name in build.PACK_FILES:
        (pack / name).write_bytes(b"")
    for name in (gazetteer.INDEX_FILE, gazetteer.FORMS_FILE, gazetteer.TOWNS_FILE):
        shutil.copy2(settings.get().pack_dir / name, pack / name)
    meta = dict(real_pack.meta)
    meta["sources"] = build._source_records(mirror)
    (pack / "meta.json").write_text(json.dumps(meta), "utf-8")
    return pack


def test_fresh_pack_is_not_rebuilt(mirror: Path, fake_pack: Path) -> None:
    assert build.is_fresh(mirror, fake_pack)
    result = build.build(source_dir=mirror, pack_dir=fake_pack, if_stale=True)
    assert (result.built, result.counts) == (False, {"regions": 89, "districts": 2393, "seas": 13})


def test_stale_gazetteer_index_makes_the_pack_stale(mirror: Path, fake_pack: Path) -> None:
    (fake_pack / gazetteer.FORMS_FILE).unlink()
    assert not build.is_fresh(mirror, fake_pack)


def test_touched_source_is_hashed_not_rebuilt(mirror: Path, fake_pack: Path) -> None:
    crosswalk = mirror / "regions-crosswalk.csv"
    stat = crosswalk.stat()
    os.utime(crosswalk, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert build.is_fresh(mirror, fake_pack)


def test_edited_source_makes_the_pack_stale(mirror: Path, fake_pack: Path) -> None:
    crosswalk = mirror / "regions-crosswalk.csv"
    data = crosswalk.read_bytes()
    crosswalk.write_bytes(data.replace(b"Kaluga", b"Kaluha"))  # same size, new content
    assert not build.is_fresh(mirror, fake_pack)


def test_other_build_version_or_missing_file_is_stale(mirror: Path, fake_pack: Path) -> None:
    meta = json.loads((fake_pack / "meta.json").read_text("utf-8"))
    (fake_pack / "seas.parquet").unlink()
    assert not build.is_fresh(mirror, fake_pack)
    (fake_pack / "seas.parquet").write_bytes(b"")
    meta["build_version"] = build.BUILD_VERSION - 1
    (fake_pack / "meta.json").write_text(json.dumps(meta), "utf-8")
    assert not build.is_fresh(mirror, fake_pack)


def test_missing_sources_fail_clearly(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"boundary sources missing .*--fetch"):
        build.build(source_dir=tmp_path / "nowhere", pack_dir=tmp_path / "pack")
    assert not (tmp_path / "pack").exists()


# ----------------------------------------------------------------------------- command line


def test_cli_stats(real_pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    from geo.__main__ import main

    assert main(["stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["regions"], stats["districts"], stats["seas"]) == (89, 2393, 13)
    assert stats["attribution"] == "© OpenStreetMap contributors (ODbL)"
    assert len(stats["sources"]) == len(sources.SOURCES)
    del real_pack


def test_cli_build_if_stale_is_a_no_op(real_pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    from geo.__main__ import main

    assert main(["build", "--if-stale"]) == 0
    assert capsys.readouterr().out == f"boundary pack in {real_pack.path} is up to date\n"


def test_cli_resolve(real_pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    from geo.__main__ import main

    assert main(["resolve", "--region", "RU-KLU", "Кировском районе"]) == 0
    place = json.loads(capsys.readouterr().out)
    assert {k: place[k] for k in ("kind", "id", "region_id", "name_en")} == {
        "kind": "district",
        "id": "RU-KLU:kirovsky",
        "region_id": "RU-KLU",
        "name_en": "Kirovsky",
    }
    assert main(["resolve", "Кировский район"]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err.startswith("error: ")) == ("", True)
    assert "RU-KLU:kirovsky" in captured.err
    del real_pack


def test_a_pack_that_was_a_link_is_replaced_and_the_linked_copy_kept(tmp_path: Path) -> None:
    shared = tmp_path / "shared-pack"
    shared.mkdir()
    (shared / "meta.json").write_text("{}")
    target = tmp_path / "data" / "boundaries"
    target.parent.mkdir()
    target.symlink_to(shared)
    fresh = tmp_path / "data" / "tmp-pack"
    fresh.mkdir()
    (fresh / "meta.json").write_text('{"fresh": true}')

    build._replace_dir(fresh, target)

    assert not target.is_symlink()
    assert json.loads((target / "meta.json").read_text()) == {"fresh": True}
    assert (shared / "meta.json").read_text() == "{}"  # the shared copy is untouched
    assert sorted(p.name for p in target.parent.iterdir()) == ["boundaries"]  # no link left
