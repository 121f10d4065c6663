"""Honest data on the map: areas named in a total over several areas are hatched (in the
browser and in the PNG), discrepancies get a badge in the tooltip, escaped."""

from __future__ import annotations

import io
import json
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd
from PIL import Image
from shapely.geometry import box

from dashboard import colors, map_layers
from dashboard.folium_map import build_map, feature_style, legend_html, patterns_svg, rendered_html
from dashboard.labels import flag_text, in_total_text
from dashboard.snapshot import SnapshotText, snapshot_png
from store import columns as C
from store.export import PARTY_CLAIM_NOTE

NIGHT = date(2026, 9, 14)


def _regions() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        pd.DataFrame(
            [
                ("RU-AAA", "Аобласть", "A Oblast", box(35, 54, 36, 55)),
                ("RU-BBB", "Бобласть", "B Oblast", box(36, 54, 37, 55)),
                ("RU-CCC", "Вобласть", "C Oblast", box(37, 54, 38, 55)),
            ],
            columns=["id", "name_ru", "name_en", "geometry"],
        ),
        geometry="geometry",
        crs="EPSG:4326",
    )


def _nightly() -> pd.DataFrame:
    """A and B named in one report's 40 over 2 areas; C counted, with a discrepancy code
    and one that smuggles markup (codes are data: the badge must escape them)."""
    rows = [
        (NIGHT, "RU-AAA", None, C.STATUS_NAMED_IN_TOTAL, None, ("mod",), (), 40, 2, "r1:0"),
        (NIGHT, "RU-BBB", None, C.STATUS_NAMED_IN_TOTAL, None, ("mod",), (), 40, 2, "r1:0"),
        (NIGHT, "RU-CCC", 11, C.STATUS_REPORTED, "exact", ("governor", "mod"),
         (C.FLAG_GOVERNOR_ABOVE_MOD, "<b>odd</b>"), None, None, None),
    ]  # fmt: skip
    return pd.DataFrame(
        rows,
        columns=[C.DATE, C.AREA_ID, C.FIGURE, C.STATUS, C.QUALIFIER, C.REPORTERS, C.FLAGS,
                 C.GROUP_TOTAL, C.GROUP_SIZE, C.GROUP_STATEMENT],
    )  # fmt: skip


def _view() -> map_layers.MapLayers:
    seas = gpd.GeoDataFrame(
        pd.DataFrame([("SEA-SSS", "Эс море", "S Sea", box(35, 53, 38, 54))],
                     columns=["id", "name_ru", "name_en", "geometry"]),
        geometry="geometry", crs="EPSG:4326",
    )  # fmt: skip
    return map_layers.nightly_layers(_nightly(), _regions(), seas)


def test_named_in_a_total_keeps_no_figure_and_says_what_the_report_said() -> None:
    areas = _view().areas.set_index("area_id")
    assert areas.loc["RU-AAA", "status"] == C.STATUS_NAMED_IN_TOTAL
    assert areas.loc["RU-AAA", "figure"] is None  # never a share of the 40
    assert areas.loc["RU-AAA", "figure_text"] == "named in a report with 40 in total over 2 areas"
    assert areas.loc["RU-CCC", "figure_text"] == "11"
    assert areas.loc["RU-CCC", "flags"] == "⚠ &lt;b&gt;odd&lt;/b&gt;; governor above ministry"
    assert areas.loc["RU-AAA", "flags"] == ""


def test_in_total_text_for_several_reports() -> None:
    assert in_total_text([("r1:0", 40, 3), ("r2:0", 12, 2)]) == (
        "named in 2 reports with totals over several areas (40 over 3, 12 over 2)"
    )
    assert flag_text([]) == ""


def test_area_figures_over_nights_prefers_a_count_then_a_total() -> None:
    frame = _nightly()
    later = frame.iloc[[2]].assign(**{C.DATE: date(2026, 9, 15), C.AREA_ID: "RU-AAA"})
    figures = map_layers.area_figures(
        pd.concat([frame, later], ignore_index=True), area=C.AREA_ID, night=C.DATE,
        figure=C.FIGURE, status=C.STATUS, qualifier=C.QUALIFIER, reporters=C.REPORTERS,
        flags=C.FLAGS, group=(C.GROUP_STATEMENT, C.GROUP_TOTAL, C.GROUP_SIZE),
    )  # fmt: skip
    assert figures.loc["RU-AAA", "status"] == C.STATUS_REPORTED  # 11 on the 15th
    assert figures.loc["RU-AAA", "qualifier"] == "at_least"  # and named on the 14th
    assert figures.loc["RU-BBB", "status"] == C.STATUS_NAMED_IN_TOTAL
    assert figures.loc["RU-BBB", "groups"] == (("r1:0", 40, 2),)
    assert figures.loc["RU-AAA", "flags"] == ("<b>odd</b>", C.FLAG_GOVERNOR_ABOVE_MOD)


def test_the_browser_map_hatches_them_with_an_svg_pattern() -> None:
    areas = _view().areas
    fills = {
        row.area_id: feature_style({"status": row.status, "figure": row.figure})["fillColor"]
        for row in areas.itertuples()
    }
    assert fills == {
        "RU-AAA": "url(#atlas-hatch-total)",
        "RU-BBB": "url(#atlas-hatch-total)",
        "RU-CCC": colors.STYLES["n11-25"].fill,
    }
    page = rendered_html(build_map(areas))
    assert "url(#atlas-hatch-total)" in page
    # the pattern the fill points at is defined in the page (JSON-escaped in a script)
    assert json.dumps(patterns_svg()).replace("</", "<\\/") in page
    assert '<pattern id="atlas-hatch-total"' in patterns_svg()
    assert "Discrepancy" in page


def test_the_legend_lists_the_hatch_with_a_striped_swatch() -> None:
    legend = legend_html("Drones")
    assert "named in one total over several areas" in legend
    assert "repeating-linear-gradient(45deg,#00796b" in legend


def test_the_png_draws_the_hatch(tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = _view()
    text = SnapshotText("Drones reported shot down", export_date=NIGHT)
    image = Image.open(io.BytesIO(snapshot_png(view.areas, text))).convert("RGB")
    # The hatched squares hold both the teal fill and the darker stripe colour.
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    fill = tuple(int(colors.NAMED_IN_TOTAL.fill[i : i + 2], 16) for i in (1, 3, 5))
    stripe = tuple(int(colors.NAMED_IN_TOTAL.outline[i : i + 2], 16) for i in (1, 3, 5))
    near = lambda a, b: all(abs(x - y) <= 12 for x, y in zip(a, b, strict=True))  # noqa: E731
    assert any(near(c, fill) for c in colours)
    assert any(near(c, stripe) for c in colours)


def test_the_png_burns_in_the_party_claim_line() -> None:
    view = _view()
    with_line = SnapshotText("Drones reported shot down", export_date=NIGHT)
    assert with_line.caveat == PARTY_CLAIM_NOTE
    without = SnapshotText("Drones reported shot down", export_date=NIGHT, caveat="")

    def footer(text: SnapshotText) -> Image.Image:
        image = Image.open(io.BytesIO(snapshot_png(view.areas, text))).convert("L")
        return image.crop((0, 900, 1600, 945))  # the band above the attribution line

    dark = int((np.asarray(footer(with_line)) < 100).sum())
    assert dark > 500  # the caveat's letters
    assert int((np.asarray(footer(without)) < 100).sum()) == 0
