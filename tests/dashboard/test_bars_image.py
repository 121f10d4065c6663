"""The totals of a long period drawn as an SVG image, on hand-made monthly and weekly sums
whose bars can be placed on paper."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pandas as pd
import pytest

from dashboard import bars_image, charts
from store import columns as C

SVG = "{http://www.w3.org/2000/svg}"


def _frame(rows: list[tuple[date, str, float | None]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=[C.DATE, charts.GROUP, charts.VALUE])


def _root(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 (the Atlas's own SVG, its labels escaped)


def bar_paths(svg: str) -> dict[str, str]:
    """Return each ``data-group`` path's outline (the gaps' as ``gap``), the document
    parsed as XML."""
    root = _root(svg)
    return {
        p.get("data-group", ""): p.get("d", "")
        for p in root.iter(f"{SVG}path")
        if p.get("data-group")
    }


def _texts(svg: str) -> list[str]:
    return [t.text or "" for t in _root(svg).iter(f"{SVG}text")]


# November 2025 to February 2026: 30 + 31 + 31 + 28 = 120 days over the plot's 640 units
# (16/3 a day); the tallest bar holds 10 drones, so 30 units a drone from the baseline at 316.
MONTHS = _frame(
    [
        (date(2025, 11, 1), "Bryansk", 5),
        (date(2025, 12, 1), "Kaluga", 3),
        (date(2025, 12, 1), "Bryansk", 7),
        (date(2026, 2, 1), "Kaluga", 6),
    ]
)


def test_each_month_is_a_bar_of_its_areas_stacked_in_label_order() -> None:
    svg = bars_image.totals_svg(
        MONTHS, unit=charts.MONTH, first=date(2025, 11, 10), last=date(2026, 2, 20), legend="Area"
    )
    assert bar_paths(svg) == {
        # November: 64..224; December: 224..389.3, Bryansk 0-7 under Kaluga 7-10
        "Bryansk": "M64.5 166H223.5V316H64.5zM224.5 106H388.8V316H224.5z",
        "Kaluga": "M224.5 16H388.8V106H224.5zM555.2 136H703.5V316H555.2z",
        # January has no figure: a dashed rule on the baseline, not a bar of zero
        "gap": "M390.3 315H553.7",
    }
    texts = _texts(svg)
    assert texts[:6] == ["0", "2", "4", "6", "8", "10"]  # the value axis, a tick per 2
    months = [t for t in texts if t[:3] in ("Nov", "Dec", "Jan", "Feb")]
    assert months == ["Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026"]
    assert texts[-4:] == ["Area", "Bryansk", "Kaluga", bars_image.GAP_LABEL]
    assert "Month (its figures summed)" in texts


def test_a_period_with_every_month_reported_has_no_gap() -> None:
    svg = bars_image.totals_svg(
        MONTHS[MONTHS[C.DATE] != date(2026, 2, 1)],
        unit=charts.MONTH,
        first=date(2025, 11, 1),
        last=date(2025, 12, 31),
        legend="Figure taken from",
    )
    assert set(bar_paths(svg)) == {"Bryansk", "Kaluga"}
    assert bars_image.GAP_LABEL not in _texts(svg)


def test_labels_are_escaped_and_the_note_is_written_under_the_chart() -> None:
    hostile = "<script>alert(1)</script> & <img src=x onerror=alert(1)>"
    frame = _frame([(date(2026, 1, 5), hostile, 4)])
    svg = bars_image.totals_svg(
        frame,
        unit=charts.WEEK,
        first=date(2026, 1, 5),
        last=date(2026, 1, 11),
        legend="Area <b>",
        note="SAMPLE DATA (invented reports). Figures are claims.",
    )
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
    assert list(bar_paths(svg)) == [hostile]  # the same text, read back from the XML
    texts = _texts(svg)
    assert "Area <b>" in texts
    assert texts[-1] == "SAMPLE DATA (invented reports). Figures are claims."


def test_more_areas_than_colours_keep_the_largest_and_add_up_the_rest() -> None:
    weeks = [date(2026, 1, 5), date(2026, 1, 12)]
    rows = [(week, f"area {n:02d}", float(n + 1)) for week in weeks for n in range(20)]
    folded, other = bars_image.fold_groups(_frame(rows))
    assert other == "3 other areas"  # 17 kept, 3 added up: 18 colours
    assert set(folded[charts.GROUP]) == {f"area {n:02d}" for n in range(3, 20)} | {other}
    smallest = folded[folded[charts.GROUP] == other]
    assert smallest[charts.VALUE].tolist() == [1.0 + 2.0 + 3.0] * 2
    # nothing is lost: each week's bar adds up the same drones
    assert folded.groupby(C.DATE)[charts.VALUE].sum().tolist() == [210.0, 210.0]
    svg = bars_image.totals_svg(
        _frame(rows),
        unit=charts.WEEK,
        first=weeks[0],
        last=weeks[1] + timedelta(days=6),
        legend="Area",
    )
    paths = bar_paths(svg)
    assert len(paths) == 18 and list(paths)[-1] == other  # on top of the stack, last listed
    root = _root(svg)
    fills = {
        p.get("data-group"): p.get("fill") for p in root.iter(f"{SVG}path") if p.get("data-group")
    }
    assert fills[other] == bars_image.OTHER_COLOUR
    assert len(set(fills.values())) == 18  # no colour names two groups


def test_few_groups_are_not_folded() -> None:
    frame = _frame([(date(2026, 1, 5), "Bryansk", 2.0)])
    assert bars_image.fold_groups(frame) == (frame, None)


def test_years_of_weeks_are_labelled_every_few_weeks() -> None:
    first = date(2024, 1, 1)  # a Monday; 104 weeks
    rows = [(first + timedelta(weeks=n), "Bryansk", 1.0) for n in range(104)]
    svg = bars_image.totals_svg(
        _frame(rows), unit=charts.WEEK, first=first, last=date(2025, 12, 28), legend="Area"
    )
    labels = [t for t in _texts(svg) if t[-4:] in ("2024", "2025")]
    # at most 14 labels: every 8th week of the 104
    assert labels == [(first + timedelta(weeks=n)).strftime("%d %b %Y") for n in range(0, 104, 8)]
    assert bar_paths(svg)["Bryansk"].count("M") == 104


@pytest.mark.parametrize(
    ("top", "step"), [(0.5, 1), (3, 1), (10, 2), (12, 5), (854, 200), (12_000, 2_500)]
)
def test_value_axis_steps_are_round_numbers(top: float, step: int) -> None:
    assert bars_image.nice_step(top) == step


def test_nights_are_not_drawn_as_an_image() -> None:
    with pytest.raises(ValueError, match="unit is 'night': the image draws weeks or months"):
        bars_image.totals_svg(
            MONTHS, unit=C.UNIT_NIGHT, first=date(2025, 11, 1), last=date(2026, 2, 1), legend="Area"
        )
