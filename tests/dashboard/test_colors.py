"""Class breaks and styles of the map."""

from __future__ import annotations

import math

import pytest

from dashboard import colors


@pytest.mark.parametrize(
    ("figure", "key"),
    [
        (1, "n1-1"),
        (2, "n2-5"),
        (5, "n2-5"),
        (6, "n6-10"),
        (18, "n11-25"),
        (42, "n26-50"),
        (85, "n51-100"),
        (221, "n101-300"),
        (300, "n101-300"),
        (301, "n301"),
        (5000, "n301"),
    ],
)
def test_reported_figures_fall_in_their_class(figure: int, key: str) -> None:
    assert colors.style_key("reported", figure) == key


def test_zero_named_and_no_report_have_styles_of_their_own() -> None:
    assert colors.style_key("reported", 0) == "zero"
    assert colors.style_key("reported", None) == "named"
    assert colors.style_key("reported", math.nan) == "named"
    assert colors.style_key("named_without_count", None) == "named"
    assert colors.style_key("no_report", None) == "no_report"
    fills = {colors.STYLES[k].fill for k in ("zero", "named", "no_report", "n1-1")}
    assert len(fills) == 4


def test_every_class_has_a_distinct_colour_and_a_readable_label() -> None:
    fills = [colors.STYLES[c.key].fill for c in colors.COUNT_CLASSES]
    assert len(set(fills)) == len(fills) == 8
    assert [c.label for c in colors.COUNT_CLASSES] == [
        "1", "2–5", "6–10", "11–25", "26–50", "51–100", "101–300", "more than 300",
    ]  # fmt: skip


def test_unknown_status_and_bad_figures_raise() -> None:
    with pytest.raises(ValueError, match="'guessed'"):
        colors.style_key("guessed", 3)
    with pytest.raises(ValueError, match="at least 1"):
        colors.class_for(0)


def test_legend_lists_present_counts_then_zero_named_and_no_report() -> None:
    keys = [s.key for s in colors.legend_entries(present={"n6-10", "no_report"})]
    assert keys == ["n6-10", "zero", "named", "named_in_total", "no_report"]
    assert len(colors.legend_entries()) == 12


def test_areas_named_in_a_total_over_several_are_hatched_apart() -> None:
    key = colors.style_key("named_in_total", None)
    assert key == "named_in_total"
    style = colors.STYLES[key]
    # hatched in both renderers: an SVG pattern in the browser, a hatch in the PNG
    assert style.leaflet() == {
        "fillColor": "url(#atlas-hatch-total)",
        "fillOpacity": 0.9,
        "color": "#00695c",
        "weight": 1.2,
    }
    assert style.hatch == "\\\\\\"
    assert style.pattern in colors.SVG_PATTERNS
    others = {colors.STYLES[k].fill for k in colors.STYLES if k != key}
    assert style.fill not in others
    # a figure never turns it into a count class: the total is not the area's
    assert colors.style_key("named_in_total", 40) == "named_in_total"


def test_leaflet_options_carry_the_dash_only_when_set() -> None:
    assert colors.STYLES["named"].leaflet() == {
        "fillColor": "#bcbddc", "fillOpacity": 0.7, "color": "#54278f", "weight": 1.2,
        "dashArray": "4 3",
    }  # fmt: skip
    assert "dashArray" not in colors.STYLES["n1-1"].leaflet()
