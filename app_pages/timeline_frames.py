"""The Timeline's frames, built once per filters and data version.

Each function returns what one part of the Timeline page draws, made from the cached
loaders' frames (:mod:`app_pages.loaders`), and is cached itself (``st.cache_data``):
over years, turning tens of thousands of rows into a chart's weekly or monthly frame or a table's
latest rows takes a second, and a rerun (a section opened, the stack switched, the same
filters visited again) then only reads back small frames.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import pandas as pd
import streamlit as st

import store
from app_pages import loaders
from dashboard import bars_image, charts, tables
from dashboard.labels import PARTY_CLAIM_NOTE
from store import columns as C

#: Headers of the ministry-against-governors table.
PAIRED_HEADERS = {
    C.DATE: "Date",
    charts.GROUP: "Area",
    "mod": "Ministry",
    "governor": "Governor",
    "difference": "Governor − ministry",
}


@dataclass(frozen=True)
class Table:
    """A table as the page shows it: ``whole`` (its CSV), ``shown`` (the rows on the
    page) and ``cut`` (a caption of the rows left out, or None when none were)."""

    whole: pd.DataFrame
    shown: pd.DataFrame
    cut: str | None


@dataclass(frozen=True)
class Gaps:
    """Each reporter's totals as the gap chart draws them (``tables.gap_series``):
    ``shown`` the rows drawn, ``missing`` each reporter's dates without a report and
    ``dates`` the dates of the whole period (not only those drawn)."""

    shown: pd.DataFrame
    missing: dict[str, int]
    dates: int


def _noun(filters: store.Filters) -> str:
    return "night" if filters.unit == C.UNIT_NIGHT else "day"


def _table(table: pd.DataFrame, column: str, *, noun: str, long_period: bool) -> Table:
    """Return ``table`` as shown: over a long period the rows of its latest dates."""
    shown, cut = tables.latest_rows(table, column, noun=noun) if long_period else (table, None)
    return Table(table, shown, cut)


@st.cache_data(show_spinner=False, max_entries=32)
def _totals(
    filters: store.Filters,
    version: str,
    url: str,
    stack: charts.StackBy,
    drawn: str,
    labels: Mapping[str, str],
) -> pd.DataFrame:
    if stack == "reporter":
        # crediting each figure to its reporter needs the rows' chosen claims
        frame = charts.totals_frame(
            loaders.nightly_frame(filters, version),
            by=stack,
            claims=loaders.claim_reporters(filters, version),
            labels=labels,
        )
    else:
        frame = charts.totals_frame(loaders.area_sums(filters, version), by=stack, labels=labels)
    return _summed(frame, drawn, [charts.GROUP], [charts.VALUE])


def _summed(frame: pd.DataFrame, drawn: str, keys: list[str], values: list[str]) -> pd.DataFrame:
    # a week's or month's figures added up when the chart is drawn in weeks or months
    return charts.by_period(frame, drawn, keys, values) if charts.is_summed(drawn) else frame


def totals(
    filters: store.Filters, version: str, stack: charts.StackBy, *, drawn: str
) -> pd.DataFrame:
    """Return the totals chart's frame (``charts.totals_frame``), per week or month when
    ``drawn`` (``charts.chart_unit``) is one."""
    return _totals(filters, version, loaders.database_url(), stack, drawn, loaders.region_options())


@st.cache_data(show_spinner=False, max_entries=32)
def _totals_image(
    filters: store.Filters,
    version: str,
    url: str,
    stack: charts.StackBy,
    drawn: str,
    labels: Mapping[str, str],
    note: str,
) -> str:
    assert filters.date_from is not None and filters.date_to is not None  # a long period
    return bars_image.totals_svg(
        _totals(filters, version, url, stack, drawn, labels),
        unit=drawn,
        first=filters.date_from,
        last=filters.date_to,
        legend=charts.legend_title(stack),
        note=note,
    )


def totals_image(filters: store.Filters, version: str, stack: charts.StackBy, *, drawn: str) -> str:
    """Return the totals of a long period (``filters`` with both dates, ``drawn`` a week
    or a month) as an SVG image (``bars_image.totals_svg``) with the party-claim note under
    it (marked as sample data while the store holds only the samples)."""
    note = PARTY_CLAIM_NOTE
    if loaders.has_only_samples():
        note = f"SAMPLE DATA (invented reports). {note}"
    url, names = loaders.database_url(), loaders.region_options()
    return _totals_image(filters, version, url, stack, drawn, names, note)


@st.cache_data(show_spinner=False, max_entries=32)
def _trend(
    filters: store.Filters, version: str, url: str, drawn: str, labels: Mapping[str, str]
) -> pd.DataFrame:
    frame = charts.trend_frame(
        loaders.area_sums(filters, version),
        areas=filters.regions,
        labels=labels,
        dates=charts.period_dates(filters.date_from, filters.date_to),
    )
    return _summed(frame, drawn, [C.AREA_ID, charts.GROUP], [charts.VALUE])


def trend(filters: store.Filters, version: str, *, drawn: str) -> pd.DataFrame:
    """Return the trend chart's frame (``charts.trend_frame``), per week or month when
    ``drawn`` is one."""
    return _trend(filters, version, loaders.database_url(), drawn, loaders.region_options())


@st.cache_data(show_spinner=False, max_entries=32)
def _mod_vs_governors(
    filters: store.Filters, version: str, url: str, drawn: str, labels: Mapping[str, str]
) -> tuple[pd.DataFrame, Table] | None:
    mod = loaders.area_sums(replace(filters, reporters=("mod",)), version)
    governors = loaders.area_sums(replace(filters, reporters=("governor",)), version)
    paired = charts.mod_vs_governors_frame(mod, governors, labels=labels)
    if paired.empty:
        return None
    chart = paired
    summed = charts.is_summed(drawn)
    if summed:
        # each week's or month's sums over the nights and areas both gave a figure for
        chart = charts.by_period(paired, drawn, [], ["mod", "governor", "difference"])
        chart[charts.GROUP] = "areas both reported on"
    table = paired.drop(columns=[C.AREA_ID]).rename(columns=PAIRED_HEADERS)
    return chart, _table(table, "Date", noun=_noun(filters), long_period=summed)


def mod_vs_governors(
    filters: store.Filters, version: str, *, drawn: str
) -> tuple[pd.DataFrame, Table] | None:
    """Return the ministry-against-governors chart's frame (per week or month when
    ``drawn`` is one) and its table (the latest dates' rows over a long period), or None
    when no night has both a ministry's and a governor's figure for one area."""
    return _mod_vs_governors(
        filters, version, loaders.database_url(), drawn, loaders.region_options()
    )


@st.cache_data(show_spinner=False, max_entries=32)
def _gaps(filters: store.Filters, version: str, url: str, long_period: bool) -> Gaps | None:
    frame = tables.gap_series(loaders.series_frame(filters, version))
    if frame.empty:
        return None
    shown = tables.latest_rows(frame, C.DATE, noun=_noun(filters))[0] if long_period else frame
    missing = {group: len(days) for group, days in tables.missing_dates(frame).items()}
    return Gaps(shown, missing, int(frame[C.DATE].nunique()))


def gaps(filters: store.Filters, version: str, *, long_period: bool) -> Gaps | None:
    """Return each reporter's totals with their gaps as drawn (the latest dates over a
    long period), or None when no reporter gave a figure."""
    return _gaps(filters, version, loaders.database_url(), long_period)


@st.cache_data(show_spinner=False, max_entries=32)
def _coverage(filters: store.Filters, version: str, url: str, long_period: bool) -> Table | None:
    table = tables.coverage_table(loaders.coverage_frame(filters, version))
    if table.empty:
        return None
    return _table(table, "Day", noun="day", long_period=long_period)


def coverage(filters: store.Filters, version: str, *, long_period: bool) -> Table | None:
    """Return the coverage table (the latest days' rows over a long period), or None
    when no stored text was published in these dates."""
    return _coverage(filters, version, loaders.database_url(), long_period)
