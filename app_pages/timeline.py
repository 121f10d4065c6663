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
from dashboard import charts, filter_state, html_blocks, labels, tables
from store import columns as C

K_STACK = "tl_stack"
K_INTERACTIVE = "tl_interactive"
_STACK_LABELS = {"area": "By area", "reporter": "By reporter"}


def timeline_page() -> None:
    """Draw the Timeline page for the sidebar's filters.

    Everything the page's first screen shows is read and built before the first element
    is sent: the browser draws the page again for each batch of elements it receives, so
    elements trickling in while the server reads cost chromium as much as the chart.
    """
    state = sidebar.current_state()
    filters = filter_state.widen_to_range(state, sidebar.current_filters())
    version = loaders.data_version()
    # the figures added up per date and area: the headline figures
    sums = loaders.area_sums(filters, version)
    unit = filters.unit
    noun = "night" if unit == C.UNIT_NIGHT else "day"
    span = f"{filters.date_from} – {filters.date_to}" if filters.date_from else "all dates"
    if state.mode == "night" and filters.date_from:
        # the sidebar shows one night: say why the timeline covers weeks
        span += (
            f" (the {filter_state.DEFAULT_RANGE_DAYS} {noun}s up to the one picked in the sidebar)"
        )
    numbers = charts.summary(sums)
    status = _data_status(filters, version)
    dates = charts.period_dates(filters.date_from, filters.date_to)
    drawn = charts.chart_unit(unit, len(dates) or numbers["dates"])
    # over more than tables.LONGEST_DAILY dates the charts add up weeks or months and the
    # tables show their newest rows only
    long_period = charts.is_summed(drawn)
    stack: charts.StackBy = "reporter" if st.session_state.get(K_STACK) == "reporter" else "area"
    # over a long period the totals are an image unless the user asks for the interactive
    # chart: Vega costs chromium as much as the rest of the page (docs/performance.md)
    interactive = (
        not long_period
        or filters.date_from is None  # an open period: the image needs its first and last dates
        or bool(st.session_state.get(K_INTERACTIVE))
    )
    chart = image = None
    if numbers["dates"] and interactive:
        totals = timeline_frames.totals(filters, version, stack, drawn=drawn)
        chart = charts.totals_chart(totals, by=stack, unit=drawn)
    elif numbers["dates"]:
        image = timeline_frames.totals_image(filters, version, stack, drawn=drawn)

    st.title("Timeline")
    st.caption(f"Figures shown per {noun}, {span}. {labels.PARTY_CLAIM_NOTE}")
    # as HTML, not st.metric: see dashboard/html_blocks.py
    st.html(
        html_blocks.figures_html(
            [
                html_blocks.Figure("Drones in the figures shown", f"{numbers['drones']:,}"),
                html_blocks.Figure(
                    "Nights with reports" if unit == C.UNIT_NIGHT else "Days with reports",
                    str(numbers["dates"]),
                ),
                html_blocks.Figure("Areas with a figure", str(numbers["areas"])),
            ]
        )
    )
    st.caption(status, help=labels.PARTY_CLAIM_NOTE)
    if not numbers["dates"]:
        st.info("No figures for these filters. Widen the dates or clear the region filter.")
        _section(
            "Coverage per source and day",
            "",
            "",
            lambda: _coverage(filters, version, long_period=long_period),
        )
        return

    st.subheader("Totals")
    st.radio(
        "Stack",
        options=list(_STACK_LABELS),
        format_func=_STACK_LABELS.__getitem__,
        key=K_STACK,
        horizontal=True,
        label_visibility="collapsed",
    )
    if long_period:
        st.toggle(
            "Interactive chart",
            key=K_INTERACTIVE,
            help="Hover a bar for its area, period and drones. The interactive chart takes "
            "the browser a second or two longer to draw than the image.",
        )
    if image is not None:
        # as HTML, not st.image: see dashboard/html_blocks.py
        st.html(html_blocks.svg_image_html(image, alt=_image_alt(drawn, stack, span)))
    elif chart is not None:
        st.altair_chart(chart, key="tl_totals")
    notes = []
    if stack == "reporter":
        notes.append(
            "Each area's figure is credited to the reporter it was taken from; when "
            "reporters agree, to the ministry first, then governors, mayors, media."
        )
    if long_period:
        period = f"{len(dates) or numbers['dates']:,} {noun}s"
        notes.append(_long_period_note(period, drawn, noun))
        if image is not None:
            notes.append(
                "The totals are drawn as an image; turn on “Interactive chart” to hover a bar "
                "for its figures."
            )
    if notes:
        # one caption: each element costs the browser its own drawing
        st.caption(" ".join(notes))

    trends = "Trends of the selected areas" if filters.regions else "Trends: top five areas"
    for index, (title, holds, key, draw) in enumerate(
        (
            (
                trends,
                f"a line of drones per {noun} for each area",
                "tl_open_trends",
                lambda: _trends(filters, version, drawn),
            ),
            (
                "The ministry against the governors",
                f"a chart and a table of the {noun}s both gave a figure for an area",
                "tl_open_mod_gov",
                lambda: _mod_vs_governors(filters, version, drawn),
            ),
            (
                "Each reporter's totals, with the gaps",
                f"a line per reporter, broken on the {noun}s it gave no figure; its CSV",
                "tl_open_gaps",
                lambda: _gaps(filters, version, long_period=long_period),
            ),
            (
                "Coverage per source and day",
                "a table of the texts read, the reports found and those held for review",
                "tl_open_coverage",
                lambda: _coverage(filters, version, long_period=long_period),
            ),
        )
    ):
        # over a long period every section waits to be opened; over a short one the first
        # is drawn open and the rest wait: each drawn section is charts and tables the
        # browser builds again on every page switch (docs/performance.md)
        _section(title, holds, key if long_period or index else "", draw)


def _image_alt(drawn: str, stack: charts.StackBy, span: str) -> str:
    per = "week" if drawn == charts.WEEK else "month"
    return (
        f"Stacked bars: drones reported shot down per {per}, {span}, one colour per "
        f"{'area' if stack == 'area' else 'reporter the figure was taken from'}."
    )


def _long_period_note(period: str, drawn: str, noun: str) -> str:
    """Say how a long period is drawn: weeks or months added up, the latest rows in the
    tables, the sections drawn when opened."""
    per = (
        "week (Monday to Sunday"
        if drawn == charts.WEEK
        else f"calendar month (a first or last month cut by the dates holds only its {noun}s "
        "inside them"
    )
    return (
        f"Over {period} the charts show a bar or point per {per}; weeks up to "
        f"{charts.LONGEST_WEEKLY:,} {noun}s, months beyond), the {noun}s' figures added up. "
        f"The tables and the gaps stay per {noun}, over the latest {tables.LONGEST_DAILY} "
        f"{noun}s at most (each table's CSV has the whole period): narrow the dates to "
        f"{tables.LONGEST_DAILY} {noun}s or fewer to see each {noun}. Each section below is "
        "read and drawn when you open it (years of rows take seconds to draw); the figures "
        "and totals above cover the whole period."
    )


def _section(title: str, holds: str, key: str, draw: Callable[[], None]) -> None:
    """Draw one section under its title; with a ``key``, in an expander, closed until
    opened, whose header says what it ``holds``, that runs ``draw`` only while it is open
    (a section waits to be asked for)."""
    if not key:
        st.subheader(title)
        draw()
        return
    box = st.expander(section_label(title, holds), key=key, on_change="rerun")
    if box.open:
        with box:
            draw()


def section_label(title: str, holds: str) -> str:
    """Return a closed section's header: its title and what it holds."""
    return f"{title} — {holds}" if holds else title


def _trends(filters: store.Filters, version: str, drawn: str) -> None:
    trend = timeline_frames.trend(filters, version, drawn=drawn)
    st.altair_chart(charts.trend_chart(trend, unit=drawn), key="tl_trends")


def _mod_vs_governors(filters: store.Filters, version: str, drawn: str) -> None:
    found = timeline_frames.mod_vs_governors(filters, version, drawn=drawn)
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


def _data_status(filters: store.Filters, version: str) -> str:
    """Return the caption of freshness, the night boundary in force and the windows that
    straddle it."""
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
    return (
        f"{tables.freshness_text(loaders.freshness(version), synced=loaders.last_sync())}. {boundary}. "
        f"{straddling} {'report window crosses' if straddling == 1 else 'report windows cross'} "
        f"{crossing} (placed by the window's middle).{lists}"
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
