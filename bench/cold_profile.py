"""Profile one cold start of the Map page step by step, without a browser.

Each step runs in a fresh interpreter, in the order the first page view runs it: the
imports, the store (opened, samples imported on a fresh database), the region names,
the latest night, the night's stored rows, the display layers (their kept GeoParquet
copies, as the page reads them from the second start on, and the GeoJSON), the layers
joined to the figures, the view's restyle script (per view), the base map read from
disk (as the page reads it), and what rendering it costs once per pack build (folium
imported, the shapes packed, the map built and rendered). Prints seconds per step; the
browser's part is in ``bench/first_map_steps.py`` and ``bench/app_bench.py``.

    .venv/bin/python bench/cold_profile.py [--db URL]   # default: a fresh database with the samples
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Runs in the child interpreter: prints "step<TAB>seconds" lines.
_CHILD = r"""
import sys, time
sys.path.insert(0, {root!r})
marks = []
last = time.perf_counter()
def mark(name):
    global last
    now = time.perf_counter()
    marks.append((name, now - last))
    last = time.perf_counter()

import streamlit
mark("import streamlit")
import pandas, sqlalchemy
import store, store.ledger
mark("import pandas, sqlalchemy, store")
import geopandas
import geo
from dashboard import map_layers
mark("import geopandas, geo, dashboard.map_layers")
db = store.open_store({url!r})
mark("open the store (schema check, figures current)")
if db.imports().empty:
    db.load_samples()
    mark("import the samples (parser loaded)")
import settings
geo.area_names(settings.get().pack_dir)
mark("region names (geo.area_names)")
latest = db.latest_date()
mark(f"latest night ({{latest}}: Store.latest_date)")
filters = store.Filters(date_from=latest, date_to=latest)
nightly = store.ledger.nightly(db, filters)
mark(f"the night's rows: ledger.nightly, stored figures ({{len(nightly)}} rows)")
from geo.display import read_display, read_display_kept
from pathlib import Path
kept = Path({tmp!r}) / "display"
read_display_kept(geo.display_path("regions"), kept)  # the copies a first start leaves
read_display_kept(geo.display_path("seas"), kept)
last = time.perf_counter()
regions = read_display_kept(geo.display_path("regions"), kept)
seas = read_display_kept(geo.display_path("seas"), kept)
mark("display layers read (regions, seas: the kept GeoParquet copies)")
view = map_layers.nightly_layers(nightly, regions, seas)
mark("layers joined to the night's figures")
from dashboard import map_restyle
restyle = map_restyle.restyle_script(view)
mark(f"the view's restyle script ({{len(restyle) / 1e3:.0f}} KB, per view)")
from app_pages import map_component
saved = map_component.rendered_file(Path({tmp!r}), "build", None)
mark("import app_pages.map_component (the component, without folium)")
read_display(geo.display_path("regions"))
read_display(geo.display_path("seas"))
mark("(first start) display layers read from the GeoJSON")
import folium, streamlit_folium
mark("(once per pack build) import folium, streamlit_folium")
areas = map_restyle.packed_shapes(regions, "region")
sea_shapes = map_restyle.packed_shapes(seas, "sea")
mark(f"(once per pack build) base map shapes packed ({{(len(areas) + len(sea_shapes)) / 1e6:.2f}} MB)")
rendered = map_component.render(map_restyle.base_map(areas, seas=sea_shapes))
map_component.save_rendered(saved, rendered)
mark(f"(once per pack build) base map built, rendered and saved ({{len(rendered.script) / 1e6:.2f}} MB)")
assert map_component.load_rendered(saved) == rendered
mark("base map read from disk (what the page does)")
for name, seconds in marks:
    print(f"{{name}}\t{{seconds:.3f}}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", help="a store URL (default: a fresh SQLite database with the samples)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="atlas-profile-") as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'atlas.sqlite'}"
        code = _CHILD.format(root=str(ROOT), url=url, tmp=folder)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "ATLAS_DATABASE_URL": url},
            check=False,
        )
        total = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(done.stderr)
    steps = [line.split("\t") for line in done.stdout.splitlines() if "\t" in line]
    print(f"cold Map page, step by step ({url if args.db else 'fresh database, samples'}):")
    for name, seconds in steps:
        print(f"  {float(seconds):6.2f} s  {name}")
    print(f"  {total:6.2f} s  in all, interpreter start included")


if __name__ == "__main__":
    main()
