"""Print the boundary pack's figures: build time, load time, display GeoJSON sizes.

Run: ``.venv/bin/python bench/geo_bench.py [--no-build]``. The build goes to a temporary
folder (the real pack is left alone); load times are measured on the real pack in a fresh
interpreter (cold) and from the cache (warm).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settings  # noqa: E402
from geo import build  # noqa: E402

_COLD = """
import time
t = time.perf_counter()
from geo.pack import load_pack
pack = load_pack()
cold = time.perf_counter() - t
t = time.perf_counter()
load_pack()
print(cold, time.perf_counter() - t)
"""


def _kb(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} KB"


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true", help="skip the (30 s) build timing")
    args = parser.parse_args()
    cfg = settings.get()
    if not args.no_build:
        with tempfile.TemporaryDirectory(prefix="geo-bench-") as tmp:
            result = build.build(pack_dir=Path(tmp) / "boundaries")
        print(f"build (from scratch):        {result.seconds:.1f} s  {result.counts}")
    build.build(if_stale=True)
    started = time.perf_counter()
    build.build(if_stale=True)
    print(f"build --if-stale (no-op):    {time.perf_counter() - started:.3f} s")

    out = subprocess.run(
        [sys.executable, "-c", _COLD], capture_output=True, text=True, check=True, cwd=ROOT
    )
    cold, warm = (float(x) for x in out.stdout.split())
    print(f"load_pack cold (new process, incl. imports): {cold:.2f} s")
    print(f"load_pack warm (cached):     {warm * 1000:.3f} ms")

    display = cfg.pack_dir / "display"
    districts = sorted((display / "districts").glob("*.geojson"), key=lambda p: p.stat().st_size)
    print(f"display regions.geojson:     {_kb(display / 'regions.geojson')}")
    print(f"display seas.geojson:        {_kb(display / 'seas.geojson')}")
    print(f"display districts, largest:  {_kb(districts[-1])} ({districts[-1].stem})")
    print(f"display districts, RU-KLU:   {_kb(display / 'districts' / 'RU-KLU.geojson')}")
    total = sum(p.stat().st_size for p in districts)
    print(f"display districts, all {len(districts)} files: {total / 1024 / 1024:.1f} MB")


if __name__ == "__main__":
    main()
