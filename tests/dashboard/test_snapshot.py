"""The PNG snapshot drawn on the server and the standalone HTML export."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest
from PIL import Image

from dashboard import colors, snapshot
from dashboard.folium_map import build_map
from dashboard.snapshot import (
    SnapshotText,
    describe_filters,
    file_stem,
    snapshot_png,
    standalone_html,
    view_title,
)

TEXT = SnapshotText(
    "Drones reported shot down, night of 2026-09-12",
    filters="regions: all · reporters: all",
    export_date=date(2026, 9, 13),
)


def _image(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png))


def test_png_is_1600_px_wide_rgba(layer: gpd.GeoDataFrame) -> None:
    image = _image(snapshot_png(layer, TEXT))
    assert image.format == "PNG"
    assert image.size == (1600, 1000)
    assert image.mode == "RGBA"


def test_png_is_deterministic_and_changes_with_the_data(
    layer: gpd.GeoDataFrame, layer_factory: Callable[..., gpd.GeoDataFrame]
) -> None:
    first = snapshot_png(layer, TEXT)
    assert snapshot_png(layer, TEXT) == first
    other = layer_factory({"RU-AAA": 400.0, "RU-BBB": None, "RU-AAA+RU-BBB": 3.0})
    assert snapshot_png(other, TEXT) != first


def _refuse(*_args: object) -> None:
    msg = "a shape was projected again"
    raise AssertionError(msg)


def test_another_view_of_the_same_shapes_reuses_their_outlines_and_draws_alike(
    layer_factory: Callable[..., gpd.GeoDataFrame], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "_OUTLINES", type(snapshot._OUTLINES)())
    night = layer_factory({"RU-AAA": 400.0, "RU-BBB": None, "RU-AAA+RU-BBB": 3.0})
    other = layer_factory({"RU-AAA": 7.0, "RU-BBB": 12.0})
    drawn_fresh = snapshot_png(other, TEXT)  # outlines made for this drawing
    snapshot_png(night, TEXT)
    # the three squares and the combined area, in the one projection of both views
    assert len(snapshot._OUTLINES) == 4
    monkeypatch.setattr(snapshot, "_paths", _refuse)
    assert snapshot_png(other, TEXT) == drawn_fresh


def test_the_outlines_kept_are_bounded_but_a_drawing_keeps_all_of_its_own(
    layer_factory: Callable[..., gpd.GeoDataFrame], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "_OUTLINES", type(snapshot._OUTLINES)())
    monkeypatch.setattr(snapshot, "OUTLINES_KEPT", 1)
    one = layer_factory({"RU-AAA": 42.0})
    snapshot_png(one[one["area_id"] == "RU-AAA"], TEXT)
    assert len(snapshot._OUTLINES) == 1
    snapshot_png(layer_factory({"RU-AAA": 42.0, "RU-BBB": 5.0}), TEXT)
    assert len(snapshot._OUTLINES) == 3  # the three squares just drawn, none older


def test_area_is_filled_with_its_class_colour(
    layer_factory: Callable[..., gpd.GeoDataFrame],
) -> None:
    # One square alone fills the middle of the map axes (left 1-77 %, bottom 9-89 %).
    square = layer_factory({"RU-AAA": 42.0})
    square = square[square["area_id"] == "RU-AAA"]
    image = _image(snapshot_png(square, TEXT)).convert("RGB")
    centre = (round(1600 * (0.01 + 0.76 / 2)), round(1000 * (1 - (0.09 + 0.80 / 2))))
    style = colors.STYLES["n26-50"]
    fill = [int(style.fill[i : i + 2], 16) for i in (1, 3, 5)]
    expected = tuple(round(style.fill_opacity * c + (1 - style.fill_opacity) * 255) for c in fill)
    assert image.getpixel(centre) == pytest.approx(expected, abs=2)


def test_view_title_names_the_nights_and_the_region() -> None:
    assert view_title(date(2026, 9, 12), date(2026, 9, 12), unit="night") == (
        "Drones reported shot down · night of 2026-09-12"
    )
    assert view_title(date(2026, 9, 1), date(2026, 9, 12), unit="day", region="Kaluga Oblast") == (
        "Drones reported shot down · Kaluga Oblast · days 2026-09-01 – 2026-09-12"
    )
    assert view_title(None, None, unit="night") == "Drones reported shot down · all nights"


def test_empty_view_raises(layer: gpd.GeoDataFrame) -> None:
    with pytest.raises(ValueError, match="nothing to draw"):
        snapshot_png(layer.iloc[:0], TEXT)


@pytest.fixture
def vendor(tmp_path: Path) -> Path:
    """A stand-in for static/vendor/leaflet (installed at setup, not in git)."""
    (tmp_path / "images").mkdir()
    (tmp_path / "leaflet.js").write_text("/* Leaflet stand-in */ var L = {s: '</script>'};\n")
    (tmp_path / "leaflet.css").write_text(
        ".leaflet-control-layers-toggle{background-image:url(images/layers.png)}"
    )
    (tmp_path / "images" / "layers.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    return tmp_path


def test_html_export_inlines_leaflet(layer: gpd.GeoDataFrame, vendor: Path) -> None:
    page = standalone_html(build_map(layer), vendor_dir=vendor)
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert "/app/static" not in page
    assert "<script>/* Leaflet stand-in */ var L = {s: '<\\/script>'};" in page
    assert "url(data:image/png;base64,iVBORw0KGgpmYWtl)" in page
    assert "A Oblast + B Oblast (combined)" in page


def test_html_export_without_leaflet_says_how_to_get_it(
    layer: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError, match="make setup"):
        standalone_html(build_map(layer), vendor_dir=tmp_path)


def test_export_file_names_carry_the_nights_and_the_region() -> None:
    assert file_stem(date(2026, 9, 12), date(2026, 9, 12), None) == "atlas-map-2026-09-12"
    assert file_stem(date(2026, 9, 1), date(2026, 9, 12), "RU-KLU") == (
        "atlas-map-2026-09-01_2026-09-12-RU-KLU"
    )
    assert file_stem(None, None, None) == "atlas-map-all"


def test_filters_line_skips_empty_parts() -> None:
    assert describe_filters([("Areas", "all"), ("Reporters", ""), ("Data", "SAMPLE")]) == (
        "Areas: all · Data: SAMPLE"
    )
