"""The tables and gap series the pages show: claims with their flags, the ledger side by side,
gaps that stay gaps, coverage and the review queue, as plain frames.

Pure pandas on the frames of ``store.ledger``, ``store.coverage`` and ``store.review``
(tested on hand-made frames); the one chart imports altair when it is drawn, so the pages
that need no chart (Claims, Review) do not load it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

import pandas as pd

from dashboard.evidence import window_text
from dashboard.labels import (
    CHOSEN_BY_LABELS,
    PRECISION_LABELS,
    QUALIFIER_PREFIX,
    REASON_LABELS,
    REPORTER_LABELS,
    flag_labels,
)
from store import columns as C

if TYPE_CHECKING:
    import altair as alt

#: Plot columns of :func:`gap_series`.
GROUP = "group"
VALUE = "value"
#: Columns of the extra claims-table columns (:func:`claims_columns`).
CLAIM_EXTRA_HEADERS = ("Discrepancy", "Precision", "Rule", "Source kind")
#: Columns of :func:`ledger_view`.
LEDGER_HEADERS = (
    "Reporter", "Source", "Published", "Figure given", "Counted", "Retells", "Window",
    "Parser rule", "Discrepancy",
)  # fmt: skip
#: Periods of more dates than this are drawn a week or a month at a time
#: (``charts.by_period``) and the gap chart ticks no single date: over years, a mark or
#: label per date and area is tens of thousands the browser takes seconds to draw.
LONGEST_DAILY = 92
#: Columns of :func:`coverage_table`.
COVERAGE_HEADERS = (
    "Day", "Source", "Messages seen", "Reports found", "Parsed", "In review", "Dismissed",
    "Failed",
)  # fmt: skip


def _is_missing(value: object) -> bool:
    return value is None or (not isinstance(value, tuple | list) and bool(pd.isna(value)))


def claims_columns(claims: pd.DataFrame) -> pd.DataFrame:
    """Return the honest columns of the claims table, indexed by claim id.

    ``claims`` is ``store.ledger.claims`` output: ``flags``, ``precision``, ``rule`` and
    ``source_kind`` become "Discrepancy", "Precision", "Rule" and "Source kind"; a
    linked retelling says so in "Discrepancy" too ("retelling, not counted").
    """
    index = pd.Index(claims[C.CLAIM_ID].to_numpy(), name=C.CLAIM_ID)
    if claims.empty:
        return pd.DataFrame(columns=list(CLAIM_EXTRA_HEADERS), index=index)
    flags = [flag_labels(f) if isinstance(f, tuple | list) else "" for f in claims[C.FLAGS]]
    retold = [not _is_missing(r) for r in claims[C.RETELLS]]
    notes = [
        "; ".join(p for p in (("retelling, not counted" if r else ""), f) if p)
        for f, r in zip(flags, retold, strict=True)
    ]
    return pd.DataFrame(
        {
            "Discrepancy": notes,
            "Precision": [PRECISION_LABELS.get(p, str(p or "")) for p in claims[C.PRECISION]],
            "Rule": claims[C.RULE].fillna("").astype(str).to_numpy(),
            "Source kind": claims[C.SOURCE_KIND].fillna("").astype(str).to_numpy(),
        },
        index=index,
    )


# --- the ledger: every claim of one night and area side by side --------------------------


def ledger_keys(ledger: pd.DataFrame, labels: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return ``"date|area_id"`` -> label of each night and area in a ledger, flagged
    first, then by date (newest first) and label: the ledger picker's options."""
    if ledger.empty:
        return {}
    labels = labels or {}
    # (date, area id) -> [flagged, name, claims], in the order the ledger lists them
    groups: dict[tuple[object, object], list] = {}
    for day, area_id, area, flags in zip(
        ledger[C.DATE], ledger[C.AREA_ID], ledger[C.AREA], ledger[C.FLAGS], strict=True
    ):
        if _is_missing(day) or _is_missing(area_id):
            continue  # not a night and area (a grouping leaves such rows out too)
        entry = groups.get((day, area_id))
        if entry is None:
            name = labels.get(area_id) or str(area or area_id)  # type: ignore[call-overload]
            entry = groups[day, area_id] = [False, name, 0]
        entry[0] = entry[0] or bool(flags)
        entry[2] += 1
    ordered = sorted(
        groups.items(),
        key=lambda item: (not item[1][0], -pd.Timestamp(item[0][0]).value, item[1][1]),  # type: ignore[arg-type]
    )
    return {
        f"{day}|{area_id}": f"{'⚠ ' if flagged else ''}{day} · {name} · {count} claims"
        for (day, area_id), (flagged, name, count) in ordered
    }


def ledger_rows(ledger: pd.DataFrame, key: str) -> pd.DataFrame:
    """Return the ledger rows of one ``"date|area_id"`` key (as :func:`ledger_keys`)."""
    day, _, area_id = key.partition("|")
    dates = pd.Series([str(d) for d in ledger[C.DATE]], index=ledger.index)
    return ledger[(dates == day) & (ledger[C.AREA_ID] == area_id)]


def _given(row: Mapping[str, object]) -> str:
    count = row[C.COUNT]
    district = row.get(C.DISTRICT)
    where = f" ({district})" if isinstance(district, str) and district else ""
    if _is_missing(count):
        total = row.get(C.REPORT_TOTAL)
        if row.get(C.PRECISION) == C.PRECISION_MULTI and not _is_missing(total):
            return f"named; {int(total)} in total over several areas{where}"  # type: ignore[call-overload]
        return f"named, no count{where}"
    qualifier = QUALIFIER_PREFIX.get(str(row.get(C.QUALIFIER)), "")
    return f"{qualifier}{int(count)}{where}"  # type: ignore[call-overload]


def ledger_view(rows: pd.DataFrame) -> pd.DataFrame:
    """Return one night and area's claims side by side as plain text cells.

    ``rows`` are ``store.ledger.ledger`` rows of one night and area (see
    :func:`ledger_rows`); each claim keeps its reporter, figure, whether the figure shown
    is made of it, and the statement it retells (a retelling is linked, never counted
    as a confirmation).
    """
    records = []
    for row in rows.to_dict("records"):
        published = row[C.PUBLISHED_AT]
        records.append(
            {
                "Reporter": REPORTER_LABELS.get(row[C.REPORTER], str(row[C.REPORTER])),
                "Source": str(row[C.CHANNEL] or row[C.SOURCE_KIND] or ""),
                "Published": ""
                if _is_missing(published)
                else f"{pd.Timestamp(published):%Y-%m-%d %H:%M}",
                "Figure given": _given(row),
                "Counted": "yes" if row[C.COUNTED] else "no",
                "Retells": ""
                if _is_missing(row[C.RETELLS])
                else f"retells {row[C.RETELLS]} (linked, not a confirmation)",
                "Window": window_text(row[C.WINDOW_START], row[C.WINDOW_END]),
                "Parser rule": str(row[C.RULE] or ""),
                "Discrepancy": flag_labels(row[C.FLAGS])
                if isinstance(row[C.FLAGS], tuple | list)
                else "",
            }
        )
    return pd.DataFrame(records, columns=list(LEDGER_HEADERS))


def ledger_summary(rows: pd.DataFrame) -> str:
    """Return one line: the figure shown for a night and area, and the rule that chose it."""
    if rows.empty:
        return ""
    first = rows.iloc[0]
    rule = CHOSEN_BY_LABELS.get(first[C.CHOSEN_BY], str(first[C.CHOSEN_BY] or ""))
    if first[C.STATUS] == C.STATUS_NAMED_IN_TOTAL:
        shown = "no figure of its own (named in a report's total over several areas)"
    elif _is_missing(first[C.FIGURE]):
        shown = "no figure (named without a count)"
    else:
        shown = str(int(first[C.FIGURE]))
    return f"Figure shown: {shown} — chosen as {rule}."


# --- gaps, not zeros ------------------------------------------------------------------------


def gap_series(series: pd.DataFrame) -> pd.DataFrame:
    """Return ``store.ledger.series`` ready to draw: a missing value where there is no
    figure (no report, or areas named without a number), never a zero.

    Returns
    -------
    pandas.DataFrame
        ``date`` (datetime64), ``group`` (the reporter's label), ``value`` (float, NaN
        for a gap) and ``status``, sorted by group then date.
    """
    columns = [C.DATE, GROUP, VALUE, C.STATUS]
    if series.empty:
        return pd.DataFrame(columns=columns)
    values = pd.to_numeric(series[C.FIGURE], errors="coerce").astype(float)
    frame = pd.DataFrame(
        {
            # datetime64: altair writes it as a date, and NaN values as null
            C.DATE: pd.to_datetime(pd.Series(list(series[C.DATE]))).to_numpy(),
            GROUP: [REPORTER_LABELS.get(r, str(r)) for r in series[C.REPORTER]],
            VALUE: values.where(series[C.STATUS] == C.STATUS_REPORTED).to_numpy(),
            C.STATUS: series[C.STATUS].to_numpy(),
        }
    )
    return frame.sort_values([GROUP, C.DATE], ignore_index=True)[columns]


def missing_dates(frame: pd.DataFrame) -> dict[str, list[date]]:
    """Return each group's dates without a report, from :func:`gap_series` output."""
    gaps = frame[frame[C.STATUS] == C.STATUS_NO_REPORT]
    return {
        str(g): sorted(pd.Timestamp(d).date() for d in rows[C.DATE])
        for g, rows in gaps.groupby(GROUP, sort=True)
    }


def silent_dates(frame: pd.DataFrame) -> list[date]:
    """Return the dates of :func:`gap_series` output on which no reporter said anything."""
    if frame.empty:
        return []
    # one comparison over the frame, then all() per date (a function per date costs seconds
    # over years)
    quiet = (frame[C.STATUS] == C.STATUS_NO_REPORT).groupby(frame[C.DATE]).all()
    return [pd.Timestamp(d).date() for d, q in quiet.items() if q]


def gap_chart(frame: pd.DataFrame, *, unit: str = C.UNIT_NIGHT) -> alt.LayerChart:
    """Return one line per reporter that breaks where the reporter said nothing.

    Gaps are null values: Vega-Lite leaves them out of a line, so the line stops there
    instead of dropping to zero; a date on which no reporter said anything is marked by a
    dashed grey rule (never by a point at zero).
    """
    import altair as alt

    title = "Night (dated by its morning)" if unit == C.UNIT_NIGHT else "Day"
    # plain dates (no time unit): a rule then sits on its date, not in the day's middle;
    # a tick per date up to a few months (over years, thousands of labels take seconds)
    daily = frame[C.DATE].nunique() <= LONGEST_DAILY
    axis = (
        alt.Axis(format="%d %b", labelAngle=-45, tickCount={"interval": "day", "step": 1})
        if daily
        else alt.Axis(format="%d %b %Y", labelAngle=-45)
    )
    x = alt.X(f"{C.DATE}:T", title=title, axis=axis)
    data = frame  # NaN reaches the chart's JSON as null: a gap in the line, not a zero
    lines = (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y(f"{VALUE}:Q", title="Drones, each reporter's total"),
            color=alt.Color(f"{GROUP}:N", title="Reporter"),
            tooltip=[
                alt.Tooltip(f"{C.DATE}:T", title="Date", format="%Y-%m-%d"),
                alt.Tooltip(f"{GROUP}:N", title="Reporter"),
                alt.Tooltip(f"{VALUE}:Q", title="Drones"),
                alt.Tooltip(f"{C.STATUS}:N", title="Status"),
            ],
        )
    )
    silent = silent_dates(frame)
    gaps = (
        alt.Chart(pd.DataFrame({C.DATE: pd.to_datetime(pd.Series(silent, dtype=object))}))
        .mark_rule(color="#9e9e9e", strokeDash=[4, 4])
        .encode(
            x=x,
            tooltip=[
                alt.Tooltip(f"{C.DATE}:T", title="No report from anyone on", format="%Y-%m-%d")
            ],
        )
    )
    return alt.LayerChart(layer=[lines, gaps])


# --- long periods ---------------------------------------------------------------------------


def latest_rows(
    table: pd.DataFrame, column: str, *, noun: str = "night", dates: int = LONGEST_DAILY
) -> tuple[pd.DataFrame, str | None]:
    """Return the rows of ``table`` on its latest ``dates`` dates of ``column`` (dates,
    timestamps or ISO date strings; rows without one are left out) and a caption saying
    what was left out, or ``table`` itself and ``None`` when nothing was.

    Over years a table of thousands of rows takes the browser seconds to draw; the page
    shows the newest rows and offers the whole table as CSV.
    """
    present = {v for v in table[column] if not _is_missing(v) and v != ""}
    kept = sorted(present, reverse=True)[:dates]
    shown = table[table[column].isin(kept)].reset_index(drop=True)
    if len(shown) == len(table):
        return table, None
    many = noun if len(kept) == 1 else f"{noun}s"
    return shown, (
        f"Showing the {len(shown):,} rows of the latest {len(kept)} {many} of the "
        f"{len(table):,} rows in these dates; the CSV below has them all."
    )


# --- coverage -------------------------------------------------------------------------------


def coverage_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``store.coverage.coverage`` output with readable headers, newest day first."""
    if frame.empty:
        return pd.DataFrame(columns=list(COVERAGE_HEADERS))
    table = pd.DataFrame(
        {
            "Day": ["" if _is_missing(d) else str(d) for d in frame["day"]],
            "Source": [
                f"{channel} ({kind})" if channel else str(kind)
                for kind, channel in zip(frame["source_kind"], frame["channel"], strict=True)
            ],
            "Messages seen": frame["messages"].to_numpy(),
            "Reports found": frame["reports"].to_numpy(),
            "Parsed": frame["parsed"].to_numpy(),
            "In review": frame["in_review"].to_numpy(),
            "Dismissed": frame["dismissed"].to_numpy(),
            "Failed": frame["failed"].to_numpy(),
        }
    )
    return table.iloc[::-1].reset_index(drop=True)


def freshness_text(newest: object, *, now: datetime | None = None, synced: object = None) -> str:
    """Return the data freshness line: the newest report's time (Moscow) and its age, and
    when the live sources last synced (``synced``, from ``store.sync.last_sync``).

    >>> from datetime import timedelta, timezone
    >>> msk = timezone(timedelta(hours=3))
    >>> freshness_text(datetime(2025, 9, 15, 7, 10, tzinfo=msk),
    ...                now=datetime(2025, 9, 17, 9, 0, tzinfo=msk))
    'Newest report: 2025-09-15 07:10 MSK (2 days ago)'
    >>> freshness_text(datetime(2025, 9, 15, 7, 10, tzinfo=msk),
    ...                synced=datetime(2025, 9, 15, 7, 30, tzinfo=msk))
    'Newest report: 2025-09-15 07:10 MSK; sources last synced 2025-09-15 07:30 MSK'
    """
    if _is_missing(newest):
        text = "No report with a published figure yet."
    else:
        stamp = pd.Timestamp(newest)  # type: ignore[arg-type]
        text = f"Newest report: {stamp:%Y-%m-%d %H:%M} MSK"
        if now is not None and stamp.tzinfo is not None:
            days = (pd.Timestamp(now) - stamp).days
            text += " (today)" if days < 1 else f" ({days} day{'s' if days != 1 else ''} ago)"
    if not _is_missing(synced):
        when = f"{pd.Timestamp(synced):%Y-%m-%d %H:%M} MSK"  # type: ignore[arg-type]
        text = text.rstrip(".") + f"; sources last synced {when}"
    return text


# --- the review queue -----------------------------------------------------------------------


def review_label(item: Mapping[str, object]) -> str:
    """Return one queued text's label in the picker: when, where from, why."""
    published = item.get("published_at")
    when = "undated" if _is_missing(published) else f"{pd.Timestamp(published):%Y-%m-%d %H:%M}"  # type: ignore[arg-type]
    source = item.get("channel") or item.get("source_kind") or "unknown source"
    reason = REASON_LABELS.get(str(item.get("reason")), str(item.get("reason")))
    return f"#{item.get('review_id')} · {when} · {source} · {reason}"


def review_table(queue: pd.DataFrame) -> pd.DataFrame:
    """Return the queue as a plain table (text cells; a table widget shows them as text)."""
    columns = ["#", "Published", "Source", "Reason", "Detail", "Status", "By"]
    if queue.empty:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(
        {
            "#": queue["review_id"].astype(int).to_numpy(),
            "Published": [
                "" if _is_missing(p) else f"{pd.Timestamp(p):%Y-%m-%d %H:%M}"
                for p in queue["published_at"]
            ],
            "Source": [
                str(c or k or "")
                for c, k in zip(queue["channel"], queue["source_kind"], strict=True)
            ],
            "Reason": [REASON_LABELS.get(r, str(r)) for r in queue["reason"]],
            "Detail": queue["detail"].fillna("").astype(str).to_numpy(),
            "Status": queue["status"].astype(str).to_numpy(),
            "By": queue["resolved_by"].fillna("").astype(str).to_numpy(),
        },
        columns=columns,
    )
