"""Timeline page: nightly totals, the selected areas' trends, the ministry against
governors; each reporter's totals with gaps drawn as gaps, coverage per source and day,
data freshness and the night boundary."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

import settings
import store
import store.export
from app_pages import loaders, sidebar, timeline_frames
from dashboard import charts, filter_state, labels, tables
from store import columns as C

K_STACK = "tl_stack"
_STACK_LABELS = {"area": "By area", "reporter": "By reporter"}


def timeline_page() -> None:
    """Draw the Timeline page for the sidebar's filters."""
    state = sidebar.current_state()
    filters = filter_state.widen_to_range(state, sidebar.current_filters())
    version = loaders.data_version()
    # the figures added up per date and area: the headline figures
    sums = loaders.area_sums(filters, version)
    unit = filters.unit

    st.title("Timeline")
    noun = "night" if unit == C.UNIT_NIGHT else "day"
    span = f"{filters.date_from} – {filters.date_to}" if filters.date_from else "all dates"
    if state.mode == "night" and filters.date_from:
        # the sidebar shows one night: say why the timeline covers weeks
        span += (
            f" (the {filter_state.DEFAULT_RANGE_DAYS} {noun}s up to the one picked in the sidebar)"
        )
    st.caption(f"Figures shown per {noun}, {span}. {labels.PARTY_CLAIM_NOTE}")
    numbers = charts.summary(sums)
    left, middle, right = st.columns(3)
    left.metric("Drones in the figures shown", f"{numbers['drones']:,}")
    middle.metric(
        "Nights with reports" if unit == C.UNIT_NIGHT else "Days with reports", numbers["dates"]
    )
    right.metric("Areas with a figure", numbers["areas"])
    _data_status(filters, version)
    dates = charts.period_dates(filters.date_from, filters.date_to)
    drawn = charts.chart_unit(unit, len(dates) or numbers["dates"])
    # over more than tables.LONGEST_DAILY dates the tables show their newest rows only
    long_period = drawn == charts.WEEK
    if numbers["dates"] == 0:
        st.info("No figures for these filters. Widen the dates or clear the region filter.")
        _section(
            "Coverage per source and day",
            "",
            lambda: _coverage(filters, version, long_period=long_period),
        )
        return

    st.subheader("Totals")
    picked = st.radio(
        "Stack",
        options=list(_STACK_LABELS),
        format_func=_STACK_LABELS.__getitem__,
        key=K_STACK,
        horizontal=True,
        label_visibility="collapsed",
    )
    stack: charts.StackBy = "reporter" if picked == "reporter" else "area"
    totals = timeline_frames.totals(filters, version, stack, weekly=long_period)
    period = f"{len(dates) or numbers['dates']:,} {noun}s"
    if long_period:
        st.caption(
            f"Over {period} the charts show a bar or point per week (Monday to Sunday, "
            f"the {noun}s' figures added up); the tables and the gaps below stay per "
            f"{noun}, over the latest {tables.LONGEST_DAILY} {noun}s at most (each table's "
            f"CSV has the whole period). Narrow the dates to see each {noun}."
        )
    st.altair_chart(charts.totals_chart(totals, by=stack, unit=drawn), key="tl_totals")
    if stack == "reporter":
        st.caption(
            "Each area's figure is credited to the reporter it was taken from; when "
            "reporters agree, to the ministry first, then governors, mayors, media."
        )

    if long_period:
        st.caption(
            f"Over {period} each section below is read and drawn when you open it (years "
            "of rows take seconds to draw); the figures and totals above cover the whole "
            "period."
        )
    trends = "Trends of the selected areas" if filters.regions else "Trends: top five areas"
    for title, key, draw in (
        (trends, "tl_open_trends", lambda: _trends(filters, version, drawn)),
        (
            "The ministry against the governors",
            "tl_open_mod_gov",
            lambda: _mod_vs_governors(filters, version, drawn),
        ),
        (
            "Each reporter's totals, with the gaps",
            "tl_open_gaps",
            lambda: _gaps(filters, version, long_period=long_period),
        ),
        (
            "Coverage per source and day",
            "tl_open_coverage",
            lambda: _coverage(filters, version, long_period=long_period),
        ),
    ):
        _section(title, key if long_period else "", draw)


def _section(title: str, key: str, draw: Callable[[], None]) -> None:
    """Draw one section under its title; with a ``key``, in an expander that runs
    ``draw`` only while it is open (a long period's sections wait to be asked for)."""
    if not key:
        st.subheader(title)
        draw()
        return
    box = st.expander(title, key=key, on_change="rerun")
    if box.open:
        with box:
            draw()


def _trends(filters: store.Filters, version: str, drawn: str) -> None:
    trend = timeline_frames.trend(filters, version, weekly=drawn == charts.WEEK)
    st.altair_chart(charts.trend_chart(trend, unit=drawn), key="tl_trends")


def _mod_vs_governors(filters: store.Filters, version: str, drawn: str) -> None:
    found = timeline_frames.mod_vs_governors(filters, version, weekly=drawn == charts.WEEK)
    if found is None:
        st.caption(
            "No night in these dates where both the ministry and a governor gave a figure "
            "for the same area."
        )
        return
    chart, table = found
    st.altair_chart(charts.mod_vs_governors_chart(chart, unit=drawn), key="tl_mod_gov")
    _table(
        table,
        key="tl_mod_gov_table",
        download=("The ministry against the governors (CSV)", "atlas-mod-vs-governors"),
        filters=filters,
    )


def _table(
    table: timeline_frames.Table,
    *,
    key: str,
    download: tuple[str, str],
    filters: store.Filters,
) -> None:
    """Show ``table``'s rows; when some were left out (the latest dates of a long
    period), a caption saying so and the whole table as CSV, built when clicked."""
    st.dataframe(table.shown, hide_index=True, key=key)
    if table.cut is None:
        return
    st.caption(table.cut)
    label, name = download
    st.download_button(
        label,
        data=lambda: store.export.table_csv(table.whole),
        file_name=f"{name}-{filters.date_from}_{filters.date_to}.csv",
        mime="text/csv",
        key=f"{key}_csv",
        on_click="ignore",
    )


def _data_status(filters: store.Filters, version: str) -> None:
    """Freshness, the night boundary in force and the windows that straddle it."""
    now = settings.get()
    straddling = loaders.straddling_count(filters, version)
    if filters.unit == C.UNIT_NIGHT:
        boundary = (
            f"Nights run {now.night_start_hour:02d}:00–{now.night_end_hour:02d}:00 Moscow time, "
            "dated by the morning (switch to calendar days under “Count by” in the sidebar)"
        )
        crossing = "the night boundary"
    else:
        boundary = "Calendar days, Moscow time (switch back to nights under “Count by”)"
        crossing = "midnight"
    national = loaders.national_frame(filters, version)
    in_lists = int(national["group_totals"].sum()) if not national.empty else 0
    lists = (
        f" The national totals add {in_lists:,} drones that reports gave as one total over "
        "several areas (never split among them, so not in the area figures above)."
        if in_lists
        else ""
    )
    st.caption(
        f"{tables.freshness_text(loaders.freshness(version), synced=loaders.last_sync())}. {boundary}. "
        f"{straddling} {'report window crosses' if straddling == 1 else 'report windows cross'} "
        f"{crossing} (placed by the window's middle).{lists}",
        help=labels.PARTY_CLAIM_NOTE,
    )


def _gaps(filters: store.Filters, version: str, *, long_period: bool = False) -> None:
    """Each reporter's total per night: a night without a report is a gap, not a zero."""
    found = timeline_frames.gaps(filters, version, long_period=long_period)
    if found is None:
        st.caption("No reporter gave a figure in these dates.")
        return
    noun = "night" if filters.unit == C.UNIT_NIGHT else "day"
    st.altair_chart(tables.gap_chart(found.shown, unit=filters.unit), key="tl_gaps")
    lines = [
        f"{group}: no report on {days} {'night' if days == 1 else 'nights'}"
        for group, days in found.missing.items()
    ]
    drawn = found.shown[C.DATE].nunique()
    st.caption(
        "A line breaks where a reporter said nothing that night (a dashed rule where nobody "
        "did): a gap, never a zero. A zero is drawn only when a source said none. "
        + "; ".join(lines)
        + (
            ""
            if drawn == found.dates
            else (". " if lines else "")
            + f"The chart shows the latest {drawn} {noun}s of the {found.dates:,} in these "
            f"dates (the gaps counted above are over all of them; the CSV below has every "
            f"{noun})."
        )
    )
    st.download_button(
        "Nightly figures with gaps and flags (CSV)",
        data=lambda: store.export.nightly_csv(loaders.nightly_with_gaps(filters, version)),
        file_name=f"atlas-nightly-{filters.date_from}_{filters.date_to}.csv",
        mime="text/csv",
        key="tl_dl_nightly",
        on_click="ignore",
    )


def _coverage(filters: store.Filters, version: str, *, long_period: bool = False) -> None:
    """Coverage per source and day: a drop in numbers or a drop in what was read?"""
    table = timeline_frames.coverage(filters, version, long_period=long_period)
    if table is None:
        st.caption("No stored text was published in these dates.")
        return
    _table(
        table,
        key="tl_coverage",
        download=("Coverage per source and day (CSV)", "atlas-coverage"),
        filters=filters,
    )
    st.caption(
        "Messages seen: texts stored; reports found: texts that read as reports; parsed: "
        "their figures count; in review: held back until someone resolves them (Review "
        "page); dismissed: not reports."
    )


timeline_page()
