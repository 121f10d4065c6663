"""Timeline charts: frames shaped for plotting, and the altair charts built from them.

The ``*_frame`` functions are pure pandas (tested on hand-made frames); the ``*_chart``
functions turn their output into altair charts with tooltips on hover. Column names come
from :mod:`store.columns`. altair is imported when a chart is built (a second of a cold
server's start): the Timeline over a long period draws its totals as an image
(:mod:`dashboard.bars_image`) and needs no altair for its first screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

import pandas as pd

from dashboard.labels import REPORTER_LABELS
from dashboard.tables import LONGEST_DAILY
from parsing.model import REPORTERS
from store import columns as C

if TYPE_CHECKING:
    import altair as alt
    from altair.utils.schemapi import UndefinedType

StackBy = Literal["area", "reporter"]

#: Plot columns (not store columns: these frames exist only to be drawn).
GROUP = "group"
VALUE = "value"

#: The reporter a figure is credited to when several agree: primary sources first.
REPORTER_RANK = REPORTERS


def _with_figures(nightly: pd.DataFrame) -> pd.DataFrame:
    """Return the rows that carry a number (named-only areas and gaps have none)."""
    if nightly.empty:
        return nightly
    return nightly[nightly[C.FIGURE].notna()]


def area_label(area_id: str, area: str, labels: Mapping[str, str]) -> str:
    """Return the label an area is shown under: the picker's label, else the stored name."""
    return labels.get(area_id) or area or area_id


def _labels(frame: pd.DataFrame, labels: Mapping[str, str]) -> list[str]:
    # one label per area and name, not per row: years of rows hold a few dozen areas
    found: dict[tuple[object, object], str] = {}
    out = []
    for pair in zip(frame[C.AREA_ID].tolist(), frame[C.AREA].tolist(), strict=True):
        label = found.get(pair)
        if label is None:
            label = found[pair] = area_label(*pair, labels)  # type: ignore[arg-type]
        out.append(label)
    return out


def credited_reporter(chosen: Sequence[str], reporter_of: Mapping[str, str]) -> str:
    """Return the reporter a figure is credited to: the best-ranked of its claims."""
    found = {reporter_of.get(claim_id, "other") for claim_id in chosen}
    for reporter in REPORTER_RANK:
        if reporter in found:
            return reporter
    return "other"


def totals_frame(
    nightly: pd.DataFrame,
    *,
    by: StackBy,
    claims: pd.DataFrame | None = None,
    labels: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Return one row per date and group with the sum of the figures shown.

    Parameters
    ----------
    nightly
        ``Store.nightly`` output, or ``store.ledger.area_sums`` (the same figures added
        up per date and area) to stack by area.
    by
        ``"area"``: one group per area; ``"reporter"``: each area's figure is credited
        to the reporter whose claim it was taken from (needs ``claims``).
    claims
        ``Store.claims`` or ``Store.claim_reporters`` output: the reporter of each
        chosen claim.
    labels
        Area id -> label for the legend.

    Returns
    -------
    pandas.DataFrame
        Columns ``date``, ``group``, ``value`` (int), sorted by date then group.
    """
    rows = _with_figures(nightly)
    out_columns = [C.DATE, GROUP, VALUE]
    if rows.empty:
        return pd.DataFrame(columns=out_columns)
    labels = labels or {}
    if by == "area":
        groups = _labels(rows, labels)
    else:
        reporter_of: dict[str, str] = {}
        if claims is not None and not claims.empty:
            reporter_of = dict(zip(claims[C.CLAIM_ID], claims[C.REPORTER], strict=True))
        groups = [
            REPORTER_LABELS[credited_reporter(chosen, reporter_of)]
            for chosen in rows[C.CHOSEN_CLAIM_IDS]
        ]
    frame = pd.DataFrame(
        {C.DATE: rows[C.DATE].to_numpy(), GROUP: groups, VALUE: rows[C.FIGURE].astype(int)}
    )
    summed = frame.groupby([C.DATE, GROUP], as_index=False)[VALUE].sum()
    summed[VALUE] = summed[VALUE].astype(int)
    return summed.sort_values([C.DATE, GROUP], ignore_index=True)[out_columns]


def period_dates(start: date | None, end: date | None) -> list[date]:
    """Return every date from ``start`` to ``end`` inclusive (none when either is open)."""
    if start is None or end is None:
        return []
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def trend_frame(
    nightly: pd.DataFrame,
    *,
    areas: Sequence[str] = (),
    top: int = 5,
    labels: Mapping[str, str] | None = None,
    dates: Sequence[date] = (),
) -> pd.DataFrame:
    """Return the nightly figures of ``areas`` (or of the ``top`` areas by total).

    ``dates`` are the period's dates: an area with no figure on one of them gets a row
    with a missing value there, so its line breaks (a gap, never a zero).

    Returns
    -------
    pandas.DataFrame
        Columns ``date``, ``area_id``, ``group`` (label), ``value``, sorted by date
        then label.
    """
    rows = _with_figures(nightly)
    out_columns = [C.DATE, C.AREA_ID, GROUP, VALUE]
    if rows.empty:
        return pd.DataFrame(columns=out_columns)
    if areas:
        chosen = [a for a in areas if a in set(rows[C.AREA_ID])]
    else:
        totals = rows.groupby(C.AREA_ID)[C.FIGURE].sum().sort_values(ascending=False, kind="stable")
        chosen = list(totals.index[:top])
    rows = rows[rows[C.AREA_ID].isin(chosen)]
    frame = _per_date_and_area(rows, labels or {})
    if dates:
        groups = frame.drop_duplicates(C.AREA_ID).set_index(C.AREA_ID)[GROUP]
        grid = pd.MultiIndex.from_product(
            [sorted(set(dates)), groups.index], names=[C.DATE, C.AREA_ID]
        ).to_frame(index=False)
        grid[GROUP] = grid[C.AREA_ID].map(groups)
        frame = grid.merge(frame, on=[C.DATE, C.AREA_ID, GROUP], how="left")
    return frame.sort_values([C.DATE, GROUP], ignore_index=True)[out_columns]


def _per_date_and_area(rows: pd.DataFrame, labels: Mapping[str, str]) -> pd.DataFrame:
    """Return ``date``, ``area_id``, ``group``, ``value``: figures summed per date and area.

    A date can hold two rows for one area: a night and a daytime window outside it
    (``unit`` differs); both are drones reported that date, so they add up.
    """
    frame = pd.DataFrame(
        {
            C.DATE: rows[C.DATE].to_numpy(),
            C.AREA_ID: rows[C.AREA_ID].to_numpy(),
            GROUP: _labels(rows, labels),
            VALUE: rows[C.FIGURE].astype(int).to_numpy(),
        }
    )
    summed = frame.groupby([C.DATE, C.AREA_ID, GROUP], as_index=False)[VALUE].sum()
    summed[VALUE] = summed[VALUE].astype(int)
    return summed


def mod_vs_governors_frame(
    mod: pd.DataFrame, governors: pd.DataFrame, *, labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Return the ministry's and the governors' figures for the same nights and areas.

    Parameters
    ----------
    mod, governors
        ``Store.nightly`` (or ``store.ledger.area_sums``) output restricted to the
        ministry and to governors.

    Returns
    -------
    pandas.DataFrame
        One row per date and area both reported on with a number: ``date``,
        ``area_id``, ``group`` (area label), ``mod``, ``governor``, ``difference``
        (governor minus ministry), sorted by date then label.
    """
    out_columns = [C.DATE, C.AREA_ID, GROUP, "mod", "governor", "difference"]
    left, right = _with_figures(mod), _with_figures(governors)
    if left.empty or right.empty:
        return pd.DataFrame(columns=out_columns)
    labels = labels or {}
    keys = [C.DATE, C.AREA_ID, GROUP]
    both = _per_date_and_area(left, labels).merge(
        _per_date_and_area(right, labels), on=keys, suffixes=("_mod", "_gov")
    )
    frame = pd.DataFrame(
        {
            C.DATE: both[C.DATE].to_numpy(),
            C.AREA_ID: both[C.AREA_ID].to_numpy(),
            GROUP: both[GROUP].to_numpy(),
            "mod": both[f"{VALUE}_mod"].astype(int).to_numpy(),
            "governor": both[f"{VALUE}_gov"].astype(int).to_numpy(),
        }
    )
    frame["difference"] = frame["governor"] - frame["mod"]
    return frame.sort_values([C.DATE, GROUP], ignore_index=True)[out_columns]


def summary(nightly: pd.DataFrame) -> dict[str, int]:
    """Return the headline figures: drones in the figures shown, dates and areas reported."""
    rows = _with_figures(nightly)
    return {
        "drones": int(rows[C.FIGURE].sum()) if not rows.empty else 0,
        "dates": int(rows[C.DATE].nunique()) if not rows.empty else 0,
        "areas": int(rows[C.AREA_ID].nunique()) if not rows.empty else 0,
    }


#: The chart units of long periods: a week from Monday, a calendar month; each bar or
#: point adds up the nights' (or days') figures inside it.
WEEK = "week"
MONTH = "month"
#: Periods of more dates than this (two years) are drawn a month at a time.
LONGEST_WEEKLY = 731


def chart_unit(unit: str, dates: int) -> str:
    """Return the unit a period of ``dates`` dates is drawn in: ``unit`` up to
    ``tables.LONGEST_DAILY`` dates, :data:`WEEK` up to :data:`LONGEST_WEEKLY`, else
    :data:`MONTH`."""
    if dates <= LONGEST_DAILY:
        return unit
    return WEEK if dates <= LONGEST_WEEKLY else MONTH


def is_summed(drawn: str) -> bool:
    """Return whether charts drawn in ``drawn`` add several dates up into one mark."""
    return drawn in (WEEK, MONTH)


def period_start(day: date, period: str) -> date:
    """Return the first date of the week (its Monday) or month ``day`` falls in."""
    if period == WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def period_end(start: date, period: str) -> date:
    """Return the first date after the week or month that starts on ``start``."""
    if period == WEEK:
        return start + timedelta(days=7)
    return (start + timedelta(days=31)).replace(day=1)


def by_period(
    frame: pd.DataFrame, period: str, keys: Sequence[str], values: Sequence[str]
) -> pd.DataFrame:
    """Return ``frame`` summed per ``period`` (:data:`WEEK` or :data:`MONTH`) and ``keys``:
    ``date`` becomes the period's first date (a week's Monday, a month's first day).

    A period whose values are all missing stays missing: a gap, never a zero.

    >>> frame = pd.DataFrame({"date": [date(2026, 1, 5), date(2026, 1, 7), date(2026, 1, 12)],
    ...                       "value": [3, 4, None]})
    >>> by_period(frame, WEEK, [], ["value"]).values.tolist()
    [[datetime.date(2026, 1, 5), 7.0], [datetime.date(2026, 1, 12), nan]]
    >>> by_period(frame, MONTH, [], ["value"]).values.tolist()
    [[datetime.date(2026, 1, 1), 7.0]]
    """
    if frame.empty:
        return frame[[C.DATE, *keys, *values]]
    # a few dozen distinct dates a year: each mapped once
    starts = {day: period_start(day, period) for day in set(frame[C.DATE])}
    summed = frame.assign(**{C.DATE: frame[C.DATE].map(starts)})
    summed = summed.groupby([C.DATE, *keys], as_index=False, sort=True)[list(values)].sum(
        min_count=1
    )
    return summed.reset_index(drop=True)


_DATE_AXES = {
    C.UNIT_NIGHT: ("Night (dated by its morning)", "%d %b"),
    WEEK: ("Week from Monday (its figures summed)", "%d %b %Y"),
    MONTH: ("Month (its figures summed)", "%b %Y"),
}


def _date_axis(unit: str, *, kind: Literal["T", "O"] = "T") -> alt.X:
    """Return the date axis, one band per date (or week, or month) so bars have a width.

    ``"T"`` (time) keeps dates without data as empty space; ``"O"`` (one band per date
    present) is for grouped bars, which a time axis cannot offset.
    """
    import altair as alt

    title, label = _DATE_AXES.get(unit, ("Day", "%d %b"))
    axis = (
        # years of weeks or months: labels that would overlap are hidden
        alt.Axis(format=label, labelAngle=-45, labelOverlap="greedy")
        if is_summed(unit)
        else alt.Axis(format=label, labelAngle=-45)
    )
    return alt.X(f"yearmonthdate({C.DATE}):{kind}", title=title, axis=axis)


def _date_tooltip(unit: str) -> alt.Tooltip:
    """Return the tooltip of a mark's date: the night or day, the week or the month."""
    import altair as alt

    if unit == MONTH:
        return alt.Tooltip(f"{C.DATE}:T", title="Month", format="%B %Y")
    if unit == WEEK:
        return alt.Tooltip(f"{C.DATE}:T", title="Week from", format="%Y-%m-%d")
    return alt.Tooltip(f"{C.DATE}:T", title="Date", format="%Y-%m-%d")


#: Plot column of a week's or month's bars: the first date after it (see :func:`_ends`).
PERIOD_END = "period_end"
#: Plot columns of a week's bar segment: where it starts and ends (see :func:`totals_chart`).
STACK_BOTTOM, STACK_TOP = "stack_bottom", "stack_top"
#: Charts of more marks than this are drawn on a canvas, without a description per mark.
MOST_SVG_MARKS = 600


def _ends(frame: pd.DataFrame, period: str) -> pd.DataFrame:
    # a week's or month's bar spans its days, not the one day it starts on
    return frame.assign(**{PERIOD_END: [period_end(d, period) for d in frame[C.DATE]]})


def _to_send(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Return the columns a chart encodes, its labels as categories: each label then
    travels once in the chart's data, not once per row (years hold thousands of rows)."""
    out = frame[list(columns)].copy()
    out[GROUP] = out[GROUP].astype("category")
    return out


def _aria(marks: int) -> bool | UndefinedType:
    import altair as alt

    # many marks: no description per mark (see _drawn)
    return False if marks > MOST_SVG_MARKS else alt.Undefined


def _drawn(chart: alt.Chart, marks: int) -> alt.Chart:
    """Return ``chart`` drawn on a canvas, without a description per mark, when it has
    more than :data:`MOST_SVG_MARKS` marks: thousands of marks as SVG elements, each with
    its own description, took chromium seconds. Tooltips are kept."""
    if marks <= MOST_SVG_MARKS:
        return chart
    return chart.properties(usermeta={"embedOptions": {"renderer": "canvas"}})


def legend_title(by: StackBy) -> str:
    """Return the title of the totals' legend: what each colour stands for."""
    return "Area" if by == "area" else "Figure taken from"


def totals_chart(frame: pd.DataFrame, *, by: StackBy, unit: str = C.UNIT_NIGHT) -> alt.Chart:
    """Return stacked bars of the figures per date, one colour per group.

    ``frame`` is :func:`totals_frame` output (one row per date and group; weekly or
    monthly sums from :func:`by_period`): each row is one bar segment, nothing added up
    in the browser. A week's or month's bar spans its days; its segments are stacked
    here (groups in label order from the bottom), as Vega-Lite leaves bars with an end
    date unstacked.
    """
    import altair as alt

    title = "Drones reported shot down"
    legend = legend_title(by)
    columns = [C.DATE, GROUP, VALUE]
    if is_summed(unit):
        frame = _ends(frame, unit).sort_values([C.DATE, GROUP], ignore_index=True)
        top = frame.groupby(C.DATE, sort=False)[VALUE].cumsum()
        frame = frame.assign(**{STACK_TOP: top, STACK_BOTTOM: top - frame[VALUE]})
        columns += [PERIOD_END, STACK_BOTTOM, STACK_TOP]
        extra = {
            "x2": alt.X2(f"yearmonthdate({PERIOD_END})"),
            "y": alt.Y(f"{STACK_BOTTOM}:Q", title=title),
            "y2": alt.Y2(STACK_TOP),
        }
    else:
        extra = {"y": alt.Y(f"{VALUE}:Q", title=title, stack="zero")}
    chart = (
        alt.Chart(_to_send(frame, columns))
        .mark_bar(aria=_aria(len(frame)))
        .encode(
            **extra,
            x=_date_axis(unit),
            color=alt.Color(
                f"{GROUP}:N", title=legend, sort="ascending", scale=alt.Scale(scheme="tableau20")
            ),
            tooltip=[
                _date_tooltip(unit),
                alt.Tooltip(f"{GROUP}:N", title=legend),
                alt.Tooltip(f"{VALUE}:Q", title="Drones"),
            ],
        )
    )
    return _drawn(chart, len(frame))


def trend_chart(frame: pd.DataFrame, *, unit: str = C.UNIT_NIGHT) -> alt.Chart:
    """Return one line with points per area."""
    import altair as alt

    chart = (
        alt.Chart(_to_send(frame, [C.DATE, GROUP, VALUE]))
        .mark_line(point=True, aria=_aria(len(frame)))
        .encode(
            x=_date_axis(unit),
            y=alt.Y(f"{VALUE}:Q", title="Drones reported shot down"),
            color=alt.Color(f"{GROUP}:N", title="Area"),
            tooltip=[
                _date_tooltip(unit),
                alt.Tooltip(f"{GROUP}:N", title="Area"),
                alt.Tooltip(f"{VALUE}:Q", title="Drones"),
            ],
        )
    )
    return _drawn(chart, len(frame))


def mod_vs_governors_chart(frame: pd.DataFrame, *, unit: str = C.UNIT_NIGHT) -> alt.Chart:
    """Return paired bars per date: the ministry's figure next to the governors'."""
    import altair as alt

    long = frame.melt(
        id_vars=[C.DATE, GROUP],
        value_vars=["mod", "governor"],
        var_name="reporter",
        value_name=VALUE,
    )
    long["reporter"] = long["reporter"].map(REPORTER_LABELS)
    chart = (
        alt.Chart(_to_send(long, [C.DATE, GROUP, "reporter", VALUE]))
        .mark_bar(aria=_aria(len(long)))
        .encode(
            x=_date_axis(unit, kind="O"),
            xOffset=alt.XOffset("reporter:N"),
            y=alt.Y(f"sum({VALUE}):Q", title="Drones reported shot down"),
            color=alt.Color("reporter:N", title="Reporter"),
            tooltip=[
                _date_tooltip(unit),
                alt.Tooltip("reporter:N", title="Reporter"),
                alt.Tooltip(f"{GROUP}:N", title="Area"),
                alt.Tooltip(f"{VALUE}:Q", title="Drones"),
            ],
        )
    )
    return _drawn(chart, len(long))
