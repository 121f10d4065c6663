"""Class breaks and styles of the map, shared by the browser map and the PNG snapshot.

Styles are data: every area carries a ``style_key`` and both renderers look the key up in
:data:`STYLES`. A new kind of area (for example "named in a report with a total over
several areas") is one more entry here, not a branch in the renderers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Area status values as written by the store's nightly frame.
STATUS_REPORTED = "reported"
STATUS_NAMED = "named_without_count"
STATUS_NO_REPORT = "no_report"
#: Named in a report that gives one total over several areas and no per-area figures.
STATUS_NAMED_IN_TOTAL = "named_in_total"


@dataclass(frozen=True, slots=True)
class Style:
    """How one class of areas is drawn, in the browser and in the snapshot."""

    key: str
    label: str
    fill: str
    fill_opacity: float
    outline: str
    weight: float = 0.6
    #: SVG stroke-dasharray for Leaflet; None draws a solid outline.
    dash: str | None = None
    #: matplotlib hatch pattern for the snapshot; None fills plainly.
    hatch: str | None = None
    #: id of an SVG ``<pattern>`` (see :data:`SVG_PATTERNS`) that fills the area in the
    #: browser instead of the plain colour; None fills plainly.
    pattern: str | None = None

    def leaflet(self) -> dict[str, object]:
        """Return the Leaflet path options of this style."""
        options: dict[str, object] = {
            "fillColor": self.fill,
            "fillOpacity": self.fill_opacity,
            "color": self.outline,
            "weight": self.weight,
        }
        if self.dash is not None:
            options["dashArray"] = self.dash
        if self.pattern is not None:
            options["fillColor"] = f"url(#{self.pattern})"
        return options


@dataclass(frozen=True, slots=True)
class CountClass:
    """One class of counts: ``low <= figure <= high`` (``high`` None: no upper bound)."""

    low: int
    high: int | None
    fill: str

    @property
    def key(self) -> str:
        return f"n{self.low}" if self.high is None else f"n{self.low}-{self.high}"

    @property
    def label(self) -> str:
        if self.high is None:
            return f"more than {self.low - 1}"
        if self.low == self.high:
            return str(self.low)
        return f"{self.low}–{self.high}"


# Breaks roughly doubling so one night over one region (1-5) and a month over Bryansk
# (hundreds) both land in classes of their own. Colours: a sequential yellow-orange-red
# ramp dark enough at the top to stay visible on OSM tiles.
COUNT_CLASSES: tuple[CountClass, ...] = (
    CountClass(1, 1, "#fff3b0"),
    CountClass(2, 5, "#fed976"),
    CountClass(6, 10, "#feb24c"),
    CountClass(11, 25, "#fd8d3c"),
    CountClass(26, 50, "#fc4e2a"),
    CountClass(51, 100, "#e31a1c"),
    CountClass(101, 300, "#bd0026"),
    CountClass(301, None, "#67000d"),
)

ZERO = Style("zero", "0 (a source said none)", "#c6dbef", 0.75, "#4a6f8a")
NAMED = Style(
    "named", "named without a count", "#bcbddc", 0.7, "#54278f", weight=1.2, dash="4 3", hatch="//"
)
NO_REPORT = Style("no_report", "no report", "#ffffff", 0.05, "#6e6e6e", weight=0.8)
#: Teal stripes: outside the yellow-red ramp, so the eye never reads a share of the total
#: into the area (the report gave none).
NAMED_IN_TOTAL = Style(
    "named_in_total",
    "named in one total over several areas",
    "#99d8c9",
    0.9,
    "#00695c",
    weight=1.2,
    hatch="\\\\\\",
    pattern="atlas-hatch-total",
)

#: The SVG patterns the browser map defines: id -> (background, stripe colour).
SVG_PATTERNS: dict[str, tuple[str, str]] = {"atlas-hatch-total": ("#ccece6", "#00796b")}

STYLES: dict[str, Style] = {
    **{c.key: Style(c.key, c.label, c.fill, 0.8, "#4d4d4d", weight=0.9) for c in COUNT_CLASSES},
    ZERO.key: ZERO,
    NAMED.key: NAMED,
    NAMED_IN_TOTAL.key: NAMED_IN_TOTAL,
    NO_REPORT.key: NO_REPORT,
}

#: Outline of the whole of a combined area ("Moscow and Moscow Oblast" counted together).
COMBINED_DASH = "6 4"


def class_for(figure: float) -> CountClass:
    """Return the count class a positive figure falls in.

    >>> class_for(7).label
    '6–10'
    """
    if not figure >= 1:  # also rejects NaN
        msg = f"figure must be at least 1 to have a count class, got {figure!r}"
        raise ValueError(msg)
    for count_class in COUNT_CLASSES:
        if count_class.high is None or figure <= count_class.high:
            return count_class
    raise AssertionError("unreachable: the last class has no upper bound")  # pragma: no cover


def style_key(status: str, figure: float | None) -> str:
    """Return the key in :data:`STYLES` of an area with this status and figure.

    ``figure`` is the count summed over the nights shown; it is ignored unless the
    status is ``reported``.

    >>> style_key("reported", 42), style_key("reported", 0), style_key("no_report", None)
    ('n26-50', 'zero', 'no_report')
    """
    if status == STATUS_NO_REPORT:
        return NO_REPORT.key
    if status == STATUS_NAMED:
        return NAMED.key
    if status == STATUS_NAMED_IN_TOTAL:
        return NAMED_IN_TOTAL.key
    if status != STATUS_REPORTED:
        msg = (
            "status must be one of reported, named_without_count, named_in_total, "
            f"no_report; got {status!r}"
        )
        raise ValueError(msg)
    if figure is None or (isinstance(figure, float) and math.isnan(figure)):
        return NAMED.key
    if figure == 0:
        return ZERO.key
    # A reported figure between 0 and 1 cannot happen; treat it as the lowest class.
    return class_for(max(figure, 1)).key


def legend_entries(*, present: set[str] | None = None) -> list[Style]:
    """Return the legend's styles in reading order (counts ascending, then the rest).

    With ``present``, only the count classes that occur are listed; zero, named, named
    in a total and no-report are always listed so a reader can tell them apart.
    """
    counts = [STYLES[c.key] for c in COUNT_CLASSES]
    if present is not None:
        counts = [s for s in counts if s.key in present]
    return [*counts, ZERO, NAMED, NAMED_IN_TOTAL, NO_REPORT]
