"""A new user's path: `make setup` in a fresh clone with no boundary mirror beside it.

The clone gets every boundary input from where it comes from: the OSM district files from a
local stand-in for their GitHub repository (``ATLAS_OSM_DISTRICTS_BASE``), the packages from
Debian, npm and PyPI (already downloaded by ``registry_packages``, so linked, not fetched
again). It reuses this checkout's virtual environment and Leaflet copy (``VENV=...``, with
the environment's stamp taken as up to date): what is tested is the boundary pack.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import settings
from tests.geo.conftest import OsmRepository


def _make_setup(clone: Path, venv: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "setup", f"VENV={venv}", "-o", f"{venv}/.installed"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )


@pytest.mark.timeout(1800)
def test_make_setup_in_a_clone_without_a_mirror(
    osm_repository: OsmRepository, registry_packages: dict[str, Path], tmp_path: Path
) -> None:
    pytest.importorskip("h5py", reason="h5py (requirements.txt) is missing: run `make setup`")
    leaflet = settings.ROOT / "static" / "vendor"
    if not (leaflet / "leaflet" / "leaflet.js").is_file():
        pytest.skip("run `make setup` first: the clone reuses its Leaflet copy")
    clone = tmp_path / "atlas"
    subprocess.run(["git", "clone", "--quiet", str(settings.ROOT), str(clone)], check=True)
    assert not (clone.parent / "shared").exists()
    (clone / "static").mkdir(exist_ok=True)
    (clone / "static" / "vendor").symlink_to(leaflet.resolve(), target_is_directory=True)
    packages = tmp_path / "downloads" / "packages"
    packages.mkdir(parents=True)
    for path in registry_packages.values():
        (packages / path.name).symlink_to(path.resolve())
    env = {k: v for k, v in os.environ.items() if not k.startswith("ATLAS_")}
    env["ATLAS_OSM_DISTRICTS_BASE"] = osm_repository.base
    env["ATLAS_DOWNLOADS_DIR"] = str(tmp_path / "downloads")
    venv = Path(sys.prefix)

    first = _make_setup(clone, venv, env)
    assert first.returncode == 0, first.stderr[-3000:]
    assert f"sources ready in {clone / 'data' / 'sources'}" in first.stderr
    assert "built boundary pack in" in first.stdout
    assert len(osm_repository.requests) == 84

    stats = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "geo", "stats"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    counts = json.loads(stats.stdout)
    assert counts["regions"] == 89
    # as many as the mirror builds: 2,393 since Saint Petersburg's 111 municipal units became its
    # eighteen raions (docs/architecture.md)
    assert counts["districts"] >= 2390
    assert counts["seas"] >= 6
    assert {rec["file"] for rec in counts["sources"]} >= {
        "dcw-ru-regions.geojson",
        "ne-occupied-regions.geojson",
        "ne-marine-polys.geojson",
    }

    second = _make_setup(clone, venv, env)
    assert second.returncode == 0, second.stderr[-3000:]
    assert f"boundary pack in {clone / 'data' / 'boundaries'} is up to date" in second.stdout
    assert "sources ready" not in second.stderr
    assert len(osm_repository.requests) == 84
