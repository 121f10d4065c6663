"""Print the map's payload sizes, folium HTML size and PNG export time.

Run ``python bench/map_bench.py`` after ``make setup`` (it needs the built pack). The
figures are invented (every region and sea gets a count) so every feature carries
properties, the worst case for the payload. Timings are wall-clock medians of a few runs.
"""

from __future__ import annotations

import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import pandas as pd

from dashboard import map_layers
from dashboard.folium_map import build_map, layer_geojson, rendered_html
from dashboard.snapshot import SnapshotText, snapshot_png, standalone_html
from geo.display import display_path, read_display
from store import columns as C

REGION = "RU-KLU"
RUNS = 5


def _median_seconds(step: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _nightly(ids: list[str]) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    rows = [
        (date(2026, 9, 12), area_id, float(rng.integers(0, 400)), "exact", "reported", ("mod",))
        for area_id in [*ids, "RU-MOW+RU-MOS", "SEA-AZOV+SEA-BLACK"]
    ]
    return pd.DataFrame(
        rows, columns=[C.DATE, C.AREA_ID, C.FIGURE, C.QUALIFIER, C.STATUS, C.REPORTERS]
    )


def _districts_nightly(ids: list[str]) -> pd.DataFrame:
    rows = [
        (date(2026, 9, 12), REGION, district_id, float(i % 7), "exact", "reported", ("governor",))
        for i, district_id in enumerate(ids)
    ]
    return pd.DataFrame(
        rows,
        columns=[C.DATE, C.AREA_ID, C.DISTRICT_ID, C.FIGURE, C.QUALIFIER, C.STATUS, C.REPORTERS],
    )


def main() -> None:
    warnings.simplefilter("ignore")
    regions = read_display(display_path("regions"))
    seas = read_display(display_path("seas"))
    districts = read_display(display_path("districts", REGION))
    ids = [*regions["id"], *seas["id"]]
    top = map_layers.nightly_layers(_nightly(ids), regions, seas)
    one = map_layers.district_layers(_districts_nightly(list(districts["id"])), districts, REGION)
    assert top.seas is not None

    top_json, seas_json = layer_geojson(top.areas), layer_geojson(top.seas)
    one_json = layer_geojson(one.areas)
    mb = 1024 * 1024
    print(f"all regions: {len(top.areas)} areas + {len(top.seas)} seas")
    print(f"  GeoJSON payload          {(len(top_json) + len(seas_json)) / mb:.2f} MB")
    top_html = rendered_html(build_map(top_json, seas=seas_json))
    print(f"  folium HTML (map page)   {len(top_html.encode()) / mb:.2f} MB")
    print(f"{REGION} districts: {len(one.areas)} districts")
    print(f"  GeoJSON payload          {len(one_json) / mb:.2f} MB")
    one_html = rendered_html(build_map(one_json))
    print(f"  folium HTML (map page)   {len(one_html.encode()) / mb:.2f} MB")
    try:
        export = standalone_html(build_map(top_json, seas=seas_json))
        print(f"standalone HTML export     {len(export.encode()) / mb:.2f} MB (Leaflet inlined)")
    except FileNotFoundError as exc:
        print(f"standalone HTML export     skipped: {exc}")

    layer_s = _median_seconds(lambda: map_layers.nightly_layers(_nightly(ids), regions, seas))
    build_s = _median_seconds(lambda: rendered_html(build_map(top_json, seas=seas_json)))
    print(f"layers from a nightly frame   {layer_s * 1000:.0f} ms (median of {RUNS})")
    print(f"folium build + render         {build_s * 1000:.0f} ms (median of {RUNS})")

    text = SnapshotText("Drones reported shot down · benchmark", export_date=date(2026, 9, 13))
    png = snapshot_png(top.areas, text, seas=top.seas)
    png_s = _median_seconds(lambda: snapshot_png(top.areas, text, seas=top.seas))
    png_one_s = _median_seconds(lambda: snapshot_png(one.areas, text))
    print(f"PNG export, all regions       {png_s * 1000:.0f} ms, {len(png) / 1024:.0f} KiB")
    print(f"PNG export, {REGION} districts {png_one_s * 1000:.0f} ms")
    _page_reruns()


def _page_reruns() -> None:
    """Time the Map page's script under AppTest on the sample reports (no browser)."""
    import os
    import tempfile

    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ATLAS_DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        app = AppTest.from_file(
            str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=120
        )
        start = time.perf_counter()
        app.run()  # loads the samples into the fresh database, then draws the map
        print(f"Map page, first run (samples loaded)  {time.perf_counter() - start:.2f} s")
        latest = app.date_input(key="flt_night").value
        assert isinstance(latest, date)
        nights = [latest - timedelta(days=n) for n in (1, 2, 3, 0)]
        times = []
        for night in nights:
            start = time.perf_counter()
            app.date_input(key="flt_night").set_value(night).run()
            times.append(time.perf_counter() - start)
        print(
            f"Map page rerun after a night change   median {statistics.median(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms ({len(times)} changes, cold caches)"
        )
        start = time.perf_counter()
        app.selectbox(key="map_open_region").set_value(REGION).run()
        print(
            f"Map page rerun opening {REGION}       {(time.perf_counter() - start) * 1000:.0f} ms"
        )
        assert not app.exception, app.exception


if __name__ == "__main__":
    main()
