"""Timeline page: nightly totals, the selected areas' trends, the ministry against governors."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from app_pages import _filters, _loaders
from dashboard import charts
from store import columns as C

K_STACK = "tl_stack"
_STACK_LABELS = {"area": "By area", "reporter": "By reporter"}


def timeline_page() -> None:
    """Draw the Timeline page for the sidebar's filters."""
    filters = _filters.widen_to_range(_filters.current_state(), _filters.current_filters())
    version = _loaders.data_version()
    labels = _loaders.region_options()
    nightly = _loaders.nightly_frame(filters, version)
    unit = filters.unit

    st.title("Timeline")
    span = f"{filters.date_from} – {filters.date_to}" if filters.date_from else "all dates"
    st.caption(
        f"Figures shown per {'night' if unit == C.UNIT_NIGHT else 'day'}, {span}. "
        "Each is a claim by a party to the war, not a verified count."
    )
    numbers = charts.summary(nightly)
    left, middle, right = st.columns(3)
    left.metric("Drones in the figures shown", f"{numbers['drones']:,}")
    middle.metric("Nights with reports" if unit == C.UNIT_NIGHT else "Days with reports",
                  numbers["dates"])
    right.metric("Areas with a figure", numbers["areas"])
    if numbers["dates"] == 0:
        st.info("No figures for these filters. Widen the dates or clear the region filter.")
        return

    st.subheader("Totals")
    stack = st.radio(
        "Stack", options=list(_STACK_LABELS), format_func=_STACK_LABELS.__getitem__,
        key=K_STACK, horizontal=True, label_visibility="collapsed",
    )
    claims = _loaders.claims_frame(filters, version) if stack == "reporter" else None
    totals = charts.totals_frame(nightly, by=stack, claims=claims, labels=labels)
    st.altair_chart(charts.totals_chart(totals, by=stack, unit=unit), key="tl_totals")
    if stack == "reporter":
        st.caption(
            "Each area's figure is credited to the reporter it was taken from; when "
            "reporters agree, to the ministry first, then governors, mayors, media."
        )

    st.subheader("Trends of the selected areas" if filters.regions else "Trends: top five areas")
    trend = charts.trend_frame(nightly, areas=filters.regions, labels=labels)
    st.altair_chart(charts.trend_chart(trend, unit=unit), key="tl_trends")

    st.subheader("The ministry against the governors")
    mod = _loaders.nightly_frame(replace(filters, reporters=("mod",)), version)
    governors = _loaders.nightly_frame(replace(filters, reporters=("governor",)), version)
    paired = charts.mod_vs_governors_frame(mod, governors, labels=labels)
    if paired.empty:
        st.caption("No night in these dates where both the ministry and a governor gave a figure "
                   "for the same area.")
        return
    st.altair_chart(charts.mod_vs_governors_chart(paired, unit=unit), key="tl_mod_gov")
    st.dataframe(
        paired.drop(columns=[C.AREA_ID]).rename(
            columns={C.DATE: "Date", charts.GROUP: "Area", "mod": "Ministry",
                     "governor": "Governor", "difference": "Governor − ministry"}
        ),
        hide_index=True,
        key="tl_mod_gov_table",
    )


timeline_page()
