"""Time the map frame's own work in Debian's chromium, without Streamlit around it.

The base map of every region and sea (as the Map page renders it, the samples' latest
night as its first view) is written into a page of its own beside the local Leaflet and
served from a local HTTP server in a thread. Each run opens it in a new page and prints,
in milliseconds of the page's clock: Leaflet's script run, the map's script run (the
shapes unpacked, projected and drawn), the frame painted after it, and a second view
applied (``atlas.apply``: a filter change) until painted. Runs alternate between the
view posted before the map loads (what the page does when the restyle frame runs
first) and applied after it; medians and the chromium CPU seconds of all the runs are
printed. Figures of one machine state: compare variants measured in the same run.

    .venv/bin/python bench/map_frame_bench.py [--runs 7]
    .venv/bin/python bench/map_frame_bench.py --write DIR   # in another checkout: its pages
    .venv/bin/python bench/map_frame_bench.py --against DIR  # both, runs alternated
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/leaflet/leaflet.css">{header}</head>
<body><div id="parent"><div id="map_div" style="height:620px;width:1100px"></div></div>
<script>window.__t = {{start: performance.now()}};</script>
<script src="/leaflet/leaflet.js"></script>
<script>window.__t.leaflet = performance.now(); {posted}
// counts of Leaflet's work: vertices projected, SVG paths written
window.__n = {{projected: 0, paths: 0}};
(function (map, svg) {{
    var project = map.latLngToLayerPoint, setPath = svg._setPath;
    map.latLngToLayerPoint = function () {{
        window.__n.projected++; return project.apply(this, arguments); }};
    svg._setPath = function () {{ window.__n.paths++; return setPath.apply(this, arguments); }};
}})(L.Map.prototype, L.SVG.prototype);
</script>
<script>{script}
window.__t.script = performance.now();
requestAnimationFrame(function () {{ setTimeout(function () {{
    window.__t.painted = performance.now(); }}); }});
</script></body></html>"""

#: JavaScript: apply ``view`` and resolve with the milliseconds until painted.
_APPLY = """(view) => new Promise((done) => {
    const start = performance.now();
    window.atlas.apply(view);
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
})"""


def _samples_view(folder: Path) -> tuple[str, dict[str, object], dict[str, object]]:
    """Return the base map's page parts and two views: the samples' latest night and
    every night of the samples (a wider filter)."""
    os.environ["ATLAS_DATABASE_URL"] = f"sqlite:///{folder / 'atlas.sqlite'}"
    import store
    from app_pages import loaders, map_component
    from dashboard.map_restyle import base_map, packed_shapes

    loaders.ensure_samples()
    latest = loaders.latest_night()
    assert latest is not None
    version = loaders.data_version()
    _, night = loaders.map_view(store.Filters(date_from=latest, date_to=latest), version, None)
    _, all_nights = loaders.map_view(store.Filters(), version, None)
    fmap = base_map(
        packed_shapes(loaders.display_layer("regions"), "region"),
        seas=packed_shapes(loaders.display_layer("seas"), "sea"),
        leaflet_base="/leaflet",
        height=map_component.MAP_HEIGHT,
    )
    rendered = map_component.render(fmap)
    page = _PAGE.format(header=rendered.header, posted="POSTED", script=rendered.script)
    return page, _view_of(night), _view_of(all_nights)


def _view_of(restyle: str) -> dict[str, object]:
    """Return the view a restyle script posts (its ``var view = ...;`` line)."""
    start = restyle.index("var view = ") + len("var view = ")
    end = restyle.index(";\n", start)
    return json.loads(restyle[start:end].replace("<\\/", "</"))


def _write_pages(folder: Path) -> None:
    """Write the two pages (view posted before the map, applied after) and the views."""
    page_text, night, wider = _samples_view(folder)
    shutil.copytree(ROOT / "static" / "vendor" / "leaflet", folder / "leaflet")
    posted = "window.atlasView = " + json.dumps(night).replace("</", "<\\/") + ";"
    (folder / "posted.html").write_text(page_text.replace("POSTED", posted), "utf-8")
    (folder / "after.html").write_text(page_text.replace("POSTED", ""), "utf-8")
    (folder / "views.json").write_text(json.dumps([night, wider]), "utf-8")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Log nothing: the output is the figures."""


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _time(browser, url: str, kind: str, views: list[dict[str, object]]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    night, wider = views
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/{kind}.html")
    page.wait_for_function("window.__t && window.__t.painted")
    t = page.evaluate("window.__t")
    row = {
        "leaflet.js": t["leaflet"] - t["start"],
        "map script": t["script"] - t["leaflet"],
        "painted": t["painted"] - t["script"],
    }
    if kind == "after":
        row["first view applied"] = page.evaluate(_APPLY, night)
    # what Leaflet did until the first view was shown (the same in any machine state)
    counts = page.evaluate("window.__n")
    row["vertices projected"] = counts["projected"]
    row["SVG paths written"] = counts["paths"]
    row["another view applied"] = page.evaluate(_APPLY, wider)
    row["paths"] = page.locator("svg path.leaflet-interactive").count()
    page.close()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", type=Path, help="only write this checkout's pages here")
    parser.add_argument("--against", type=Path, help="pages --write wrote from another checkout")
    args = parser.parse_args()
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        _write_pages(args.write)
        return
    from playwright.sync_api import sync_playwright

    from testkit.browser import launch

    with tempfile.TemporaryDirectory(prefix="atlas-frame-") as tmp:
        folders = {"this checkout": Path(tmp)}
        _write_pages(folders["this checkout"])
        if args.against:
            folders = {f"pages of {args.against}": args.against, **folders}
        served = {name: _serve(folder) for name, folder in folders.items()}
        views = {
            name: json.loads((folder / "views.json").read_text("utf-8"))
            for name, folder in folders.items()
        }
        rows: dict[tuple[str, str], list[dict[str, float]]] = {}
        with sync_playwright() as playwright:
            browser = launch(playwright)
            for run in range(args.runs):
                # alternate which checkout goes first: the load moves during a run
                order = list(served.items())
                for name, (_, url) in order if run % 2 else order[::-1]:
                    for kind in ("posted", "after"):
                        row = _time(browser, url, kind, views[name])
                        rows.setdefault((name, kind), []).append(row)
            browser.close()
        for server, _ in served.values():
            server.shutdown()
    print(f"map frame alone, {args.runs} runs each, medians in ms (load {os.getloadavg()[0]:.1f}):")
    for (name, kind), runs in rows.items():
        keys = runs[0].keys()
        cells = ", ".join(f"{k} {statistics.median(r[k] for r in runs):.0f}" for k in keys)
        print(f"  {name}, view {kind} the map: {cells}")


if __name__ == "__main__":
    main()
