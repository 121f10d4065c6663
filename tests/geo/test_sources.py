"""The source tables, and the OSM files fetched from a local stand-in for their GitHub
repository on 127.0.0.1 (never the internet): the download, and its failures through the
command ``make setup`` runs."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

import settings
from geo import SourceFetchError, sources
from geo.__main__ import main
from tests.geo.conftest import OsmRepository

#: Three OSM files whose names have Cyrillic, spaces and brackets.
FEW = (
    "osm-districts/Regions/YUFO/Республика Адыгея (Адыгея)_Adygea Republic.geojson",
    "osm-districts/Cities/Севастополь_Sevastopol.geojson",
    "osm-districts/Regions/CFO/Калужская область_Kaluga region.geojson",
)


def _few() -> list[sources.SourceFile]:
    table = sources.by_path()
    return [table[rel] for rel in FEW]


def _mirror() -> Path:
    src = settings.get().boundaries_src
    if not (src / sources.MARINE_ZIP).is_file():
        pytest.skip(f"no boundary mirror in {src}")
    return src


def test_table_covers_the_mirror() -> None:
    src = settings.get().boundaries_src
    if not src.is_dir():
        pytest.skip(f"no boundary sources in {src}")
    on_disk = {p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()} - {
        sources.SOURCES_DOC
    }
    assert on_disk == {s.path for s in sources.SOURCES}
    assert len(sources.SOURCES) == 88  # 84 OSM files + DCW + Natural Earth x2 + crosswalk
    mismatched = [s.path for s in sources.SOURCES if sources.sha256_file(src / s.path) != s.sha256]
    assert mismatched == []


def test_table_upstream_addresses() -> None:
    kaluga = sources.by_path()["osm-districts/Regions/CFO/Калужская область_Kaluga region.geojson"]
    assert kaluga.url == (
        "https://raw.githubusercontent.com/timurkanaz/Russia_geojson_OSM/"
        "5af46d6dab9a502713611846892e4185f157dab7/GeoJson's/Regions/CFO/"
        "%D0%9A%D0%B0%D0%BB%D1%83%D0%B6%D1%81%D0%BA%D0%B0%D1%8F%20"
        "%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C_Kaluga%20region.geojson"
    )
    assert kaluga.licence == "ODbL 1.0"
    assert "© OpenStreetMap contributors" in kaluga.attribution
    assert all(s.licence and s.attribution and s.upstream for s in sources.SOURCES)
    assert {s.path for s in sources.SOURCES if s.url is None} == {
        "dcw-ru-regions.geojson",
        "ne-occupied-regions.geojson",
        "regions-crosswalk.csv",
    }


def test_osm_files_and_their_total_size() -> None:
    assert len(sources.OSM_FILES) == 84
    assert sources.OSM_FILES[0].path == "osm-districts/Cities/Казань_Kazan.geojson"
    src = _mirror()
    assert sum((src / s.path).stat().st_size for s in sources.OSM_FILES) == sources.OSM_TOTAL_BYTES


def test_inputs_of_a_mirror_and_of_an_obtained_folder(tmp_path: Path) -> None:
    assert sources.inputs(_mirror()) is sources.SOURCES
    obtained = sources.inputs(tmp_path)
    assert len(obtained) == 87
    assert [s.path for s in obtained[84:]] == [
        "dcw-ru-regions.geojson",
        "ne-occupied-regions.geojson",
        "ne-marine-polys.geojson",
    ]
    assert {p.gives for p in sources.PACKAGES} == {s.path for s in sources.DERIVED}


def test_regions_table_agrees_with_the_mirror_crosswalk() -> None:
    with sources.REGIONS_TABLE.open(encoding="utf-8") as handle:
        ours = {row["iso_3166_2"]: row for row in csv.DictReader(handle)}
    with (_mirror() / "regions-crosswalk.csv").open(encoding="utf-8") as handle:
        theirs = {row["iso_3166_2"]: row for row in csv.DictReader(handle)}
    assert len(ours) == 89
    assert set(ours) == set(theirs)
    assert {k: r["osm_file_en"] for k, r in ours.items()} == {
        k: r["name_en_timurkanaz"] for k, r in theirs.items()
    }
    # the two DPR/LPR names are the only Russian names we label differently (neutrally)
    differ = {k for k in ours if ours[k]["name_ru"] != theirs[k]["name_ru"]}
    assert differ == {"UA-14", "UA-09"}
    assert (ours["UA-14"]["name_ru"], ours["RU-KLU"]["name_en"]) == (
        "Донецкая область",
        "Kaluga Oblast",
    )


def test_fetch_osm_from_the_repository(osm_repository: OsmRepository, tmp_path: Path) -> None:
    got_bytes: list[int] = []
    dest = tmp_path / "fetched"
    got = sources.fetch_osm(dest, osm_repository.base, files=_few(), step=got_bytes.append)
    assert got == [dest / rel for rel in FEW]
    for rel in FEW:
        assert (dest / rel).read_bytes() == (osm_repository.root.parent / rel).read_bytes()
    assert sum(got_bytes) == sum((dest / rel).stat().st_size for rel in FEW)
    assert osm_repository.requests == [
        "/GeoJson's/" + rel.removeprefix("osm-districts/") for rel in FEW
    ]
    # a second fetch finds the verified files in place and asks for nothing
    osm_repository.faults = {rel.removeprefix("osm-districts/"): "404" for rel in FEW}
    assert sources.fetch_osm(dest, osm_repository.base, files=_few()) == got
    assert len(osm_repository.requests) == 3


def test_fetch_osm_refuses_other_schemes(tmp_path: Path) -> None:
    with pytest.raises(SourceFetchError, match=r"only http and https"):
        sources.fetch_osm(tmp_path, "file:///etc", files=_few()[:1])
    assert list(tmp_path.rglob("*.geojson")) == []


@pytest.mark.parametrize(
    ("fault", "said"),
    [
        ("404", r"could not fetch \S*Kazan\.geojson: HTTP Error 404: Not Found"),
        (
            "drop",
            r"could not fetch \S*Kazan\.geojson: the connection closed after 44466 of 88933 bytes",
        ),
        (
            "tamper",
            r"checksum mismatch for 'osm-districts/Cities/Казань_Kazan\.geojson' from \S*Kazan\.geojson: expected sha256 9557b20f\w+, got \w+",
        ),
    ],
    ids=["404", "dropped-connection", "wrong-checksum"],
)
def test_a_failed_download_says_so_in_one_line_and_leaves_nothing(
    fault: str,
    said: str,
    osm_repository: OsmRepository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What ``make setup`` runs without a mirror, with the first OSM file broken."""
    monkeypatch.setenv("ATLAS_BOUNDARIES_SRC", str(tmp_path / "sources"))
    monkeypatch.setenv("ATLAS_PACK_DIR", str(tmp_path / "boundaries"))
    monkeypatch.setenv("ATLAS_DOWNLOADS_DIR", str(tmp_path / "downloads"))
    monkeypatch.setenv("ATLAS_OSM_DISTRICTS_BASE", osm_repository.base)
    osm_repository.faults["Cities/Казань_Kazan.geojson"] = fault
    assert main(["build", "--if-stale", "--fetch"]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert len(errors) == 1
    assert errors[0].startswith(
        "error: OSM districts (github.com/timurkanaz/Russia_geojson_OSM @ 5af46d6): "
    )
    assert errors[0].endswith(
        "; check ATLAS_OSM_DISTRICTS_BASE and the network, then run `make setup` again"
    )
    assert re.search(said, errors[0]), errors[0]
    # no source folder, no pack, no half-written file anywhere
    assert sorted(os.listdir(tmp_path)) == ["downloads"]
    assert [p for p in (tmp_path / "downloads").rglob("*") if p.is_file()] == []
