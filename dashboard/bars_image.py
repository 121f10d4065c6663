"""The Timeline's totals over a long period as an image: stacked bars drawn as SVG text.

Over more than 92 nights the totals are drawn a week or a month at a time
(:func:`dashboard.charts.chart_unit`). As a Vega-Lite chart they cost chromium one to two
seconds of loading Vega and drawing, as much as the rest of the page; as an image,
nothing measurable (``docs/performance.md``). The page shows this image and draws the
interactive chart (:func:`dashboard.charts.totals_chart`, with tooltips) when asked to.

Pure Python on :func:`dashboard.charts.totals_frame` output summed by
:func:`dashboard.charts.by_period`: one ``<path>`` per group holding its bar segments,
stacked in label order from the bottom as the interactive chart stacks them; a week or
month of the period without any figure is a gap, drawn as a dashed rule on the baseline
and named in the legend, never as a zero. Labels are escaped.
"""

from __future__ import annotations

import math
from datetime import date
from html import escape

import pandas as pd

from dashboard.charts import GROUP, MONTH, VALUE, WEEK, period_end, period_start
from store import columns as C

#: Vega's ``tableau20`` scheme (the interactive chart's colours) without its two greys,
#: which stand here for the groups folded together and for the gaps.
PALETTE = (
    "#4c78a8", "#9ecae9", "#f58518", "#ffbf79", "#54a24b", "#88d27a", "#b79a20", "#f2cf5b",
    "#439894", "#83bcb6", "#e45756", "#ff9d98", "#d67195", "#fcbfd2", "#b279a2", "#d6a5c9",
    "#9e765f", "#d8b5a5",
)  # fmt: skip
OTHER_COLOUR = "#bab0ac"
GAP_COLOUR = "#79706e"
#: At most this many groups get a colour each; beyond, the groups with the smallest totals
#: over the period are added up into one (a colour repeated would name two areas).
MOST_GROUPS = len(PALETTE)
#: The label of a gap in the legend.
GAP_LABEL = "No figure (a gap, not a zero)"

#: The image's size and the plot's place in it, in SVG user units (CSS pixels at 100%).
WIDTH, HEIGHT = 1000, 440
LEFT, TOP, PLOT_WIDTH, PLOT_HEIGHT = 64, 16, 640, 300
LEGEND_X = LEFT + PLOT_WIDTH + 24
LINE = 16  # the legend's line height
FONT = 'font-family="sans-serif" font-size="11"'

_AXIS_TITLES = {
    WEEK: ("Week from Monday (its figures summed)", "%d %b %Y", (1, 2, 4, 8, 13, 26, 52)),
    MONTH: ("Month (its figures summed)", "%b %Y", (1, 2, 3, 6, 12)),
}
#: At most this many date labels under the bars.
MOST_LABELS = 14
#: A legend label longer than this is cut (with an ellipsis) to stay inside the image.
LONGEST_LABEL = 44


def fold_groups(
    frame: pd.DataFrame, *, most: int = MOST_GROUPS, noun: str = "areas"
) -> tuple[pd.DataFrame, str | None]:
    """Return ``frame`` (``date``, ``group``, ``value``) with at most ``most`` groups, and
    the label of the folded group (None when nothing was folded): the ``most - 1``
    largest groups by their total over the period (ties by label) are kept, the others
    added up per date into one, ``"N other {noun}"``.
    """
    totals = frame.groupby(GROUP)[VALUE].sum()
    if len(totals) <= most:
        return frame, None
    ranked = sorted(totals.items(), key=lambda item: (-item[1], str(item[0])))
    kept = {group for group, _ in ranked[: most - 1]}
    other = f"{len(totals) - len(kept)} other {noun}"
    folded = frame.assign(**{GROUP: [g if g in kept else other for g in frame[GROUP]]})
    summed = folded.groupby([C.DATE, GROUP], as_index=False, sort=True)[VALUE].sum()
    return summed.reset_index(drop=True), other


def periods(first: date, last: date, unit: str) -> list[date]:
    """Return the first date of every week or month (``unit``) from ``first`` to ``last``."""
    out, start = [], period_start(first, unit)
    while start <= last:
        out.append(start)
        start = period_end(start, unit)
    return out


def _short(label: str) -> str:
    return label if len(label) <= LONGEST_LABEL else label[: LONGEST_LABEL - 1].rstrip() + "…"


def nice_step(top: float, ticks: int = 5) -> int:
    """Return the step of about ``ticks`` axis ticks up to ``top``: 1, 2, 2.5 or 5 times a
    power of ten, a whole number of drones."""
    raw = max(top / ticks, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        step = multiple * power
        if step >= raw and float(step).is_integer():
            return int(step)
    return int(10 * power)  # pragma: no cover (10 x a power of ten >= raw is whole)


def _number(value: float) -> str:
    # one decimal at most: the image's coordinates need no more
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def totals_svg(
    frame: pd.DataFrame,
    *,
    unit: str,
    first: date,
    last: date,
    legend: str,
    note: str = "",
    noun: str = "areas",
) -> str:
    """Return stacked bars of ``frame`` per week or month as an SVG document.

    Parameters
    ----------
    frame
        ``date`` (the first date of a week or month, :func:`dashboard.charts.by_period`),
        ``group`` and ``value``: one bar segment per row.
    unit
        :data:`dashboard.charts.WEEK` or :data:`dashboard.charts.MONTH`.
    first, last
        The period's dates: every week or month between them gets its place on the axis,
        and one without a figure is drawn as a gap.
    legend
        The legend's title ("Area", "Figure taken from").
    note
        A line under the chart (what the figures are; that they are samples).
    noun
        What the groups are, for the one that adds up the smallest beyond
        :data:`MOST_GROUPS` (:func:`fold_groups`).
    """
    if unit not in _AXIS_TITLES:
        msg = f"unit is {unit!r}: the image draws weeks or months"
        raise ValueError(msg)
    axis_title, label_format, label_steps = _AXIS_TITLES[unit]
    rows, other = fold_groups(frame[frame[VALUE].notna() & (frame[VALUE] > 0)], noun=noun)
    slots = periods(first, last, unit)
    start, end = slots[0], period_end(slots[-1], unit)
    per_day = PLOT_WIDTH / (end - start).days

    def x(day: date) -> float:
        return LEFT + (day - start).days * per_day

    stacks: dict[date, float] = {}
    for day, value in zip(rows[C.DATE], rows[VALUE], strict=True):
        stacks[day] = stacks.get(day, 0) + float(value)
    step = nice_step(max(stacks.values(), default=1.0))
    y_top = max(step, math.ceil(max(stacks.values(), default=1.0) / step) * step)

    def y(value: float) -> float:
        return TOP + PLOT_HEIGHT - value / y_top * PLOT_HEIGHT

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" {FONT}>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
    ]
    # the value axis: a rule per tick across the plot
    for tick in range(0, int(y_top) + 1, step):
        at = _number(y(tick))
        parts.append(
            f'<path d="M{LEFT} {at}h{PLOT_WIDTH}" stroke="#e6e6e6"/>'
            f'<text x="{LEFT - 6}" y="{at}" dy="4" text-anchor="end" fill="#444">{tick:,}</text>'
        )
    parts.append(
        f'<text transform="translate(16 {TOP + PLOT_HEIGHT / 2}) rotate(-90)" '
        f'text-anchor="middle" font-weight="bold" fill="#333">Drones reported shot down</text>'
    )
    # the bars: one path per group, a rectangle per week or month
    # label order from the bottom; the groups folded together on top, last in the legend
    groups = sorted(g for g in set(rows[GROUP]) if g != other)
    colours = dict(zip(groups, PALETTE, strict=False))
    if other is not None:
        groups.append(other)
        colours[other] = OTHER_COLOUR
    place = {group: index for index, group in enumerate(groups)}
    bottoms: dict[date, float] = {}
    by_group: dict[str, list[str]] = {g: [] for g in groups}
    ordered = sorted(
        zip(rows[C.DATE], rows[GROUP], rows[VALUE], strict=True),
        key=lambda row: (row[0], place[row[1]]),
    )
    for day, group, value in ordered:
        low = bottoms.get(day, 0.0)
        bottoms[day] = high = low + float(value)
        left, right = x(day), x(period_end(day, unit))
        inset = 0.5 if right - left > 2 else 0.0
        by_group[group].append(
            f"M{_number(left + inset)} {_number(y(high))}H{_number(right - inset)}"
            f"V{_number(y(low))}H{_number(left + inset)}z"
        )
    for group in groups:
        parts.append(
            f'<path fill="{colours[group]}" data-group="{escape(group)}" '
            f'd="{"".join(by_group[group])}"/>'
        )
    # the gaps: a week or month of the period with no figure at all
    gaps = [day for day in slots if day not in stacks]
    if gaps:
        rules = "".join(
            f"M{_number(x(day) + 1)} {TOP + PLOT_HEIGHT - 1}H{_number(x(period_end(day, unit)) - 1)}"
            for day in gaps
        )
        parts.append(
            f'<path d="{rules}" stroke="{GAP_COLOUR}" stroke-width="2" stroke-dasharray="3 2" '
            'data-group="gap"/>'
        )
    # the date axis: a label every few weeks or months
    base = TOP + PLOT_HEIGHT
    parts.append(f'<path d="M{LEFT} {base}h{PLOT_WIDTH}" stroke="#888"/>')
    every = next((n for n in label_steps if len(slots) / n <= MOST_LABELS), label_steps[-1])
    for index, day in enumerate(slots):
        if (day.month - 1 if unit == MONTH else index) % every:
            continue
        middle = _number((x(day) + x(period_end(day, unit))) / 2)
        parts.append(
            f'<path d="M{middle} {base}v4" stroke="#888"/>'
            f'<text transform="translate({middle} {base + 10}) rotate(-45)" '
            f'text-anchor="end" fill="#444">{day.strftime(label_format)}</text>'
        )
    parts.append(
        f'<text x="{LEFT + PLOT_WIDTH / 2}" y="{base + 84}" text-anchor="middle" '
        f'font-weight="bold" fill="#333">{escape(axis_title)}</text>'
    )
    # the legend: each group's colour, then the gaps' rule
    parts.append(
        f'<text x="{LEGEND_X}" y="{TOP + 8}" font-weight="bold" fill="#333">{escape(legend)}</text>'
    )
    line = TOP + 8
    for group in groups:
        line += LINE
        parts.append(
            f'<rect x="{LEGEND_X}" y="{line - 9}" width="10" height="10" fill="{colours[group]}"/>'
            f'<text x="{LEGEND_X + 16}" y="{line}" fill="#333">{escape(_short(group))}</text>'
        )
    if gaps:
        line += LINE
        parts.append(
            f'<path d="M{LEGEND_X} {line - 4}h10" stroke="{GAP_COLOUR}" stroke-width="2" '
            f'stroke-dasharray="3 2"/><text x="{LEGEND_X + 16}" y="{line}" fill="#333">'
            f"{escape(GAP_LABEL)}</text>"
        )
    if note:
        parts.append(f'<text x="{LEFT}" y="{HEIGHT - 8}" fill="#666">{escape(note)}</text>')
    parts.append("</svg>")
    return "".join(parts)
