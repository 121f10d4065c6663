"""Exports of the current map view: a PNG drawn on the server and a standalone HTML page.

The PNG is drawn with matplotlib's Agg canvas (no pyplot, no display, no browser) on the
same display geometry and with the same :mod:`dashboard.colors` styles as the browser
map, so it works offline and in CI. The HTML export is the folium page with Leaflet's
JS and CSS inlined, so it opens from a file with no server and no network (the OSM tiles
aside; the plain basemap works without them).
"""

from __future__ import annotations

import base64
import html
import io
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

import settings
from dashboard import colors
from dashboard.labels import BOUNDARIES_ATTRIBUTION, COMBINED_LABEL, PARTY_CLAIM_NOTE

if TYPE_CHECKING:  # matplotlib is imported when a PNG is drawn: the map page needs none of it
    import folium
    from matplotlib.figure import Figure
    from matplotlib.path import Path as MplPath

#: Width of the PNG in pixels; height follows :data:`ASPECT`.
WIDTH_PX = 1600
ASPECT = 0.625
DPI = 100
#: How many projected outlines :func:`_outlines` keeps (every region and sea in a few
#: projections, and the districts of the regions opened).
OUTLINES_KEPT = 4096

#: (projection, shape's WKB) -> its matplotlib paths and projected bounds, most recent last.
_OUTLINES: OrderedDict[tuple[str, bytes], tuple[tuple[MplPath, ...], tuple[float, ...]]] = (
    OrderedDict()
)
_OUTLINES_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class SnapshotText:
    """The words around the map: title, the filters line and the export date."""

    title: str
    filters: str = ""
    export_date: date = field(default_factory=date.today)
    attribution: str = BOUNDARIES_ATTRIBUTION
    #: The line every view carries: figures are a party's claims, not verified counts.
    caveat: str = PARTY_CLAIM_NOTE


def snapshot_png(
    areas: gpd.GeoDataFrame,
    text: SnapshotText,
    *,
    seas: gpd.GeoDataFrame | None = None,
    width_px: int = WIDTH_PX,
) -> bytes:
    """Return a PNG of ``areas`` (and ``seas``) drawn like the browser map.

    ``areas`` and ``seas`` are layers of :mod:`dashboard.map_layers` in EPSG:4326; they are
    projected to a conic projection centred on the view so Russia is not stretched.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    layers = [layer for layer in (seas, areas) if layer is not None and len(layer)]
    if not layers:
        msg = "nothing to draw: areas is empty"
        raise ValueError(msg)
    crs = _view_crs(areas if len(areas) else layers[0])
    width_in = width_px / DPI
    fig = Figure(figsize=(width_in, width_in * ASPECT), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, 0.09, 0.76, 0.80))
    ax.set_axis_off()
    ax.set_aspect("equal")
    present: set[str] = set()
    bounds: list[tuple[float, ...]] = []
    for layer in layers:
        outlines = _outlines(layer, crs)
        bounds.extend(box for _, box in outlines)
        # Combined areas last, so their dashed outline sits on top of their parts.
        for combined in (False, True):
            rows = np.flatnonzero(layer["combined"].to_numpy() == combined)
            if len(rows):
                part = layer[["status", "figure"]].iloc[rows]  # no geometry copied
                paths = [outlines[row][0] for row in rows]
                present.update(_draw(ax, part, paths, combined=combined))
    edges = np.asarray(bounds, dtype=np.float64)
    minx, miny = np.nanmin(edges[:, 0]), np.nanmin(edges[:, 1])
    maxx, maxy = np.nanmax(edges[:, 2]), np.nanmax(edges[:, 3])
    pad = 0.02 * max(maxx - minx, maxy - miny)
    ax.set_xlim(minx - pad, maxx + pad)
    ax.set_ylim(miny - pad, maxy + pad)
    if len(areas) and (areas["level"] == "district").all():
        _label_named(ax, areas.to_crs(crs))
    _legend(fig)
    _words(fig, text)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def standalone_html(fmap: folium.Map, *, vendor_dir: Path | None = None) -> str:
    """Return the page of ``fmap`` with Leaflet's JS and CSS (and its images) inlined."""
    vendor = vendor_dir or settings.LEAFLET_DIR
    js_path, css_path = vendor / "leaflet.js", vendor / "leaflet.css"
    if not js_path.is_file() or not css_path.is_file():
        msg = f"Leaflet is missing from {str(vendor)!r}: run `make setup`"
        raise FileNotFoundError(msg)
    page = fmap.get_root().render()
    # "</" inside an inline script would end it early in the HTML parser.
    script = js_path.read_text(encoding="utf-8").replace("</", "<\\/")
    css = _inline_images(css_path.read_text(encoding="utf-8"), vendor)
    page, n_js = re.subn(
        r'<script src="[^"]*/leaflet\.js"></script>',
        lambda _m: f"<script>{script}</script>",
        page,
    )
    page, n_css = re.subn(
        r'<link rel="stylesheet" href="[^"]*/leaflet\.css"\s*/?>',
        lambda _m: f"<style>{css}</style>",
        page,
    )
    if n_js != 1 or n_css != 1:
        msg = f"expected one Leaflet script and stylesheet in the page, found {n_js} and {n_css}"
        raise ValueError(msg)
    return page


# --- private steps ----------------------------------------------------------------------


def _view_crs(layer: gpd.GeoDataFrame) -> str:
    """Return a Lambert conformal conic projection fitted to the layer's extent."""
    minx, miny, maxx, maxy = layer.total_bounds
    lon0 = (minx + maxx) / 2
    lat1 = miny + (maxy - miny) / 6
    lat2 = maxy - (maxy - miny) / 6
    if lat2 - lat1 < 0.5:  # a tiny view: a near-tangent cone is fine
        lat1, lat2 = (miny + maxy) / 2 - 0.25, (miny + maxy) / 2 + 0.25
    lat0 = (miny + maxy) / 2
    return (
        f"+proj=lcc +lat_0={lat0:.4f} +lon_0={lon0:.4f} +lat_1={lat1:.4f} +lat_2={lat2:.4f} "
        "+datum=WGS84 +units=m +no_defs"
    )


def _outlines(
    layer: gpd.GeoDataFrame, crs: str
) -> list[tuple[tuple[MplPath, ...], tuple[float, ...]]]:
    """Return each shape of ``layer`` (EPSG:4326) projected to ``crs``: its matplotlib
    paths (:func:`_paths`) and its bounds, in row order.

    A shape is projected and turned into paths once per projection and kept (the last
    :data:`OUTLINES_KEPT`): a view of another night draws the same shapes in the same
    projection, only their colours change. The paths are shared: never modify them.
    """
    keys = [(crs, wkb) for wkb in shapely.to_wkb(layer.geometry.values)]
    with _OUTLINES_LOCK:  # one drawing at a time fills it (a PNG is drawn on a click)
        missing = [row for row, key in enumerate(keys) if key not in _OUTLINES]
        if missing:
            projected = gpd.GeoSeries(layer.geometry.values[missing], crs=layer.crs).to_crs(crs)
            for row, geom in zip(missing, projected.values, strict=True):
                _OUTLINES[keys[row]] = (tuple(_paths(geom)), tuple(geom.bounds))
        found = []
        for key in keys:
            found.append(_OUTLINES[key])
            _OUTLINES.move_to_end(key)
        while len(_OUTLINES) > max(OUTLINES_KEPT, len(keys)):
            _OUTLINES.popitem(last=False)
    return found


def _draw(  # type: ignore[no-untyped-def]
    ax, layer: pd.DataFrame, outlines: Sequence[Sequence[MplPath]], *, combined: bool
) -> set[str]:
    """Draw the shapes of ``layer``'s rows (``status``, ``figure``; their projected
    ``outlines`` row by row), one collection per style."""
    from matplotlib.collections import PathCollection

    keys = [colors.style_key(s, f) for s, f in zip(layer["status"], layer["figure"], strict=True)]
    for key in dict.fromkeys(keys):
        style = colors.STYLES[key]
        paths = [p for k, shape in zip(keys, outlines, strict=True) if k == key for p in shape]
        face = (*_rgb(style.fill), style.fill_opacity)
        ax.add_collection(
            PathCollection(
                paths,
                facecolors=[face],
                edgecolors=[style.outline],
                linewidths=style.weight * (2.2 if combined else 1.0),
                linestyles="--" if (combined or style.dash) else "-",
                hatch=style.hatch,
            )
        )
    return set(keys)


#: Radius, in metres of the view's projection, of a town drawn as a point (a region
#: without district polygons): about ten pixels across an oblast.
POINT_RADIUS_M = 6_000.0


def _paths(geom: shapely.Geometry) -> list[MplPath]:
    """Return one matplotlib path per polygon, holes included, and a circle per point."""
    from matplotlib.path import Path as MplPath

    polygons = shapely.get_parts(geom)
    out = []
    for polygon in polygons:
        if isinstance(polygon, shapely.Point) and not polygon.is_empty:
            out.append(MplPath.circle((polygon.x, polygon.y), POINT_RADIUS_M))
            continue
        if not isinstance(polygon, shapely.Polygon) or polygon.is_empty:
            continue
        rings = [polygon.exterior, *polygon.interiors]
        vertices = np.concatenate([np.asarray(r.coords)[:, :2] for r in rings])
        codes = np.concatenate(
            [
                [MplPath.MOVETO] + [MplPath.LINETO] * (len(r.coords) - 2) + [MplPath.CLOSEPOLY]
                for r in rings
            ]
        )
        out.append(MplPath(vertices, codes))
    return out


def _label_named(ax, layer: gpd.GeoDataFrame) -> None:  # type: ignore[no-untyped-def]
    """Write name and figure on the districts reports name (one region: few, large)."""
    from matplotlib import patheffects

    named = layer[layer["status"] != "no_report"]
    for geom, name, figure in zip(
        named.geometry, named["name_en"], named["figure_text"], strict=True
    ):
        point = geom.representative_point()
        ax.annotate(
            f"{html.unescape(name)}\n{html.unescape(figure)}",
            (point.x, point.y),
            ha="center",
            va="center",
            fontsize=10,
            color="#111111",
            path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],
        )


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def _legend(fig: Figure) -> None:
    from matplotlib.patches import Patch

    handles = [
        Patch(
            facecolor=(*_rgb(s.fill), max(s.fill_opacity, 0.25)),
            edgecolor=s.outline,
            hatch=s.hatch,
            linestyle="--" if s.dash else "-",
            label=s.label,
        )
        for s in colors.legend_entries()
    ]
    handles.append(
        Patch(facecolor="none", edgecolor="#333333", linestyle="--", label=COMBINED_LABEL)
    )
    fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0.785, 0.88),
        title="Drones reported shot down",
        fontsize=12,
        title_fontsize=13,
        frameon=False,
        alignment="left",
    )


def _words(fig: Figure, text: SnapshotText) -> None:
    fig.text(0.015, 0.965, text.title, fontsize=20, weight="bold", va="top")
    if text.filters:
        fig.text(0.015, 0.915, text.filters, fontsize=12.5, color="#333333", va="top")
    footer = (
        f"{text.attribution}. Exported {text.export_date.isoformat()} "
        "from the Drone Interception Atlas."
    )
    fig.text(0.015, 0.058, text.caveat, fontsize=11.5, color="#222222", va="bottom", weight="bold")
    fig.text(0.015, 0.025, footer, fontsize=11, color="#444444", va="bottom")


def _inline_images(css: str, vendor: Path) -> str:
    def data_uri(match: re.Match[str]) -> str:
        image = vendor / match.group(1)
        if not image.is_file():
            return match.group(0)
        encoded = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, css)


def view_title(
    date_from: date | None, date_to: date | None, *, unit: str, region: str | None = None
) -> str:
    """Return the title of a view: what is counted, where, and over which nights or days.

    >>> view_title(date(2026, 9, 12), date(2026, 9, 12), unit="night")
    'Drones reported shot down · night of 2026-09-12'
    """
    word = "night" if unit == "night" else "day"
    if date_from is None and date_to is None:
        span = f"all {word}s"
    elif date_from == date_to or date_from is None or date_to is None:
        only = date_from or date_to
        assert only is not None
        span = f"{word} of {only.isoformat()}" if word == "night" else f"day {only.isoformat()}"
    else:
        span = f"{word}s {date_from.isoformat()} – {date_to.isoformat()}"
    parts = ["Drones reported shot down", region, span]
    return " · ".join(p for p in parts if p)


def file_stem(date_from: date | None, date_to: date | None, region_id: str | None) -> str:
    """Return the name, without extension, of a view's export files.

    >>> file_stem(date(2026, 9, 12), date(2026, 9, 12), None)
    'atlas-map-2026-09-12'
    >>> file_stem(date(2026, 9, 1), date(2026, 9, 12), "RU-KLU")
    'atlas-map-2026-09-01_2026-09-12-RU-KLU'
    """
    span = "all"
    if date_from and date_to:
        span = date_to.isoformat()
        if date_from != date_to:
            span = f"{date_from.isoformat()}_{span}"
    suffix = f"-{region_id}" if region_id else ""
    return f"atlas-map-{span}{suffix}"


def describe_filters(parts: Sequence[tuple[str, str]]) -> str:
    """Return ``"label: value · label: value"`` for the non-empty filter parts.

    >>> describe_filters([("regions", "all"), ("reporters", ""), ("UA claims", "shown")])
    'regions: all · UA claims: shown'
    """
    return " · ".join(f"{label}: {value}" for label, value in parts if value)
