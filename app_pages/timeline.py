"""Timeline page: nightly totals, the selected areas' trends, the ministry against
governors; each reporter's totals with gaps drawn as gaps, coverage per source and day,
data freshness and the night boundary."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

import settings
import store
import store.export
from app_pages import loaders, sidebar
from dashboard import charts, filter_state, labels, tables
from store import columns as C

K_STACK = "tl_stack"
_STACK_LABELS = {"area": "By area", "reporter": "By reporter"}


def timeline_page() -> None:
    """Draw the Timeline page for the sidebar's filters."""
    state = sidebar.current_state()
    filters = filter_state.widen_to_range(state, sidebar.current_filters())
    version = loaders.data_version()
    names = loaders.region_options()
    # the figures added up per date and area: all the headline and the charts by area need
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
        _coverage(filters, version, long_period=long_period)
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
    if stack == "reporter":
        # crediting each figure to its reporter needs the rows' chosen claims
        totals = charts.totals_frame(
            loaders.nightly_frame(filters, version),
            by=stack,
            claims=loaders.claim_reporters(filters, version),
            labels=names,
        )
    else:
        totals = charts.totals_frame(sums, by=stack, labels=names)
    if drawn == charts.WEEK:
        totals = charts.by_week(totals, [charts.GROUP], [charts.VALUE])
        st.caption(
            f"Over {len(dates) or numbers['dates']:,} {noun}s the charts show a bar or point "
            f"per week (Monday to Sunday, the {noun}s' figures added up); the tables and "
            f"the gaps below stay per {noun}, over the latest {tables.LONGEST_DAILY} "
            f"{noun}s at most (each table's CSV has the whole period). Narrow the dates to "
            f"see each {noun}."
        )
    st.altair_chart(charts.totals_chart(totals, by=stack, unit=drawn), key="tl_totals")
    if stack == "reporter":
        st.caption(
            "Each area's figure is credited to the reporter it was taken from; when "
            "reporters agree, to the ministry first, then governors, mayors, media."
        )

    st.subheader("Trends of the selected areas" if filters.regions else "Trends: top five areas")
    trend = charts.trend_frame(sums, areas=filters.regions, labels=names, dates=dates)
    if drawn == charts.WEEK:
        trend = charts.by_week(trend, [C.AREA_ID, charts.GROUP], [charts.VALUE])
    st.altair_chart(charts.trend_chart(trend, unit=drawn), key="tl_trends")

    st.subheader("The ministry against the governors")
    mod = loaders.area_sums(replace(filters, reporters=("mod",)), version)
    governors = loaders.area_sums(replace(filters, reporters=("governor",)), version)
    paired = charts.mod_vs_governors_frame(mod, governors, labels=names)
    if paired.empty:
        # no early return: the gaps and the coverage below still apply
        st.caption(
            "No night in these dates where both the ministry and a governor gave a figure "
            "for the same area."
        )
    else:
        shown = paired
        if drawn == charts.WEEK:
            # each week's sums over the nights and areas both gave a figure for
            shown = charts.by_week(paired, [], ["mod", "governor", "difference"])
            shown[charts.GROUP] = "areas both reported on"
        st.altair_chart(charts.mod_vs_governors_chart(shown, unit=drawn), key="tl_mod_gov")
        table = paired.drop(columns=[C.AREA_ID]).rename(
            columns={
                C.DATE: "Date",
                charts.GROUP: "Area",
                "mod": "Ministry",
                "governor": "Governor",
                "difference": "Governor − ministry",
            }
        )
        _table(
            table,
            "Date",
            noun=noun,
            long_period=long_period,
            key="tl_mod_gov_table",
            download=("The ministry against the governors (CSV)", "atlas-mod-vs-governors"),
            filters=filters,
        )
    _gaps(filters, version, long_period=long_period)
    _coverage(filters, version, long_period=long_period)


def _table(
    table: pd.DataFrame,
    column: str,
    *,
    noun: str,
    long_period: bool,
    key: str,
    download: tuple[str, str],
    filters: store.Filters,
) -> None:
    """Show ``table``; over a long period only the rows of its latest dates (by
    ``column``), a caption saying so and the whole table as CSV, built when clicked."""
    shown, cut = tables.latest_rows(table, column, noun=noun) if long_period else (table, None)
    st.dataframe(shown, hide_index=True, key=key)
    if cut is None:
        return
    st.caption(cut)
    label, name = download
    st.download_button(
        label,
        data=lambda: store.export.table_csv(table),
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
    st.subheader("Each reporter's totals, with the gaps")
    frame = tables.gap_series(loaders.series_frame(filters, version))
    if frame.empty:
        st.caption("No reporter gave a figure in these dates.")
        return
    noun = "night" if filters.unit == C.UNIT_NIGHT else "day"
    shown, cut = tables.latest_rows(frame, C.DATE, noun=noun) if long_period else (frame, None)
    st.altair_chart(tables.gap_chart(shown, unit=filters.unit), key="tl_gaps")
    missing = tables.missing_dates(frame)
    lines = [
        f"{group}: no report on {len(days)} {'night' if len(days) == 1 else 'nights'}"
        for group, days in missing.items()
    ]
    st.caption(
        "A line breaks where a reporter said nothing that night (a dashed rule where nobody "
        "did): a gap, never a zero. A zero is drawn only when a source said none. "
        + "; ".join(lines)
        + (
            ""
            if cut is None
            else (". " if lines else "")
            + f"The chart shows the latest {shown[C.DATE].nunique()} {noun}s of the "
            f"{frame[C.DATE].nunique():,} in these dates (the gaps counted above are over "
            f"all of them; the CSV below has every {noun})."
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
    st.subheader("Coverage per source and day")
    table = tables.coverage_table(loaders.coverage_frame(filters, version))
    if table.empty:
        st.caption("No stored text was published in these dates.")
        return
    _table(
        table,
        "Day",
        noun="day",
        long_period=long_period,
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
