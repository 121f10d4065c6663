"""Claims page: the filtered claims as a table (with their evidence, discrepancy flags,
precision, rule and source kind), newest first and 50 rows a page, the report behind a
picked claim, and the ledger of one night and area: every claim side by side with the
figure shown and the rule that chose it.

The report and the ledger are drawn once a claim is picked (a line says so in their
place until then): a new visitor's first screen is the table and its pickers, ten of
the page's messages fewer for the browser to draw (docs/performance.md, "The Claims
page's report on a pick; the map's shapes in sight first").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd
import streamlit as st

import store
import store.export
from app_pages import loaders, sidebar, visits
from dashboard import evidence, html_table, labels
from dashboard.claim_pages import PAGE_NIGHTS, pages, shown_line
from store import columns as C

K_PICK = "claims_pick"
K_TABLE = "claims_table"
K_LEDGER = "claims_ledger_pick"
K_CSV = "claims_dl_csv"
K_PAGE = "claims_nights"
K_ROWS = "claims_rows"
K_SIZE = "claims_page_size"
#: The popovers holding the page's pickers (drawn when opened).
K_PAGING_POPOVER = "claims_paging"
K_PICK_POPOVER = "claims_pick_popover"
K_LEDGER_POPOVER = "claims_ledger_popover"
#: The line in place of the report and the ledger until a claim is picked.
NOTHING_PICKED = (
    "No claim picked yet: pick one to see the report that states it and the ledger of "
    "its night and area."
)
#: CSS class of the claims table (the browser tests look for it).
TABLE_CLASS = "atlas-claims"
LEDGER_CLASS = "atlas-ledger"
#: The fragment holding the page: a click in the table, a pick, another week or a change
#: of a sidebar filter reruns only it (the sidebar and the navigation stay as drawn).
FRAGMENT = "atlas_claims"


@st.fragment(key=FRAGMENT)
def claims_page() -> None:
    """Draw the Claims page for the sidebar's filters.

    A fragment: its own widgets and the sidebar's filters (``sidebar.rerun_on_change``)
    rerun only it.

    What the page shows is read before its first element is sent (the widgets' values
    are in the session state already): the browser draws the page again for each batch
    of elements it receives, so elements trickling in while the server reads cost it
    more than drawing them at once.
    """
    with visits.visiting():  # app.py's mark, for the fragment's own runs
        _page()


def _page() -> None:
    filters = sidebar.current_filters(fresh=True)
    version = loaders.data_version()

    periods = pages(filters.date_from, filters.date_to)
    shown = filters
    if len(periods) > 1:
        # years of claims: a page of nights at a time, newest first (the analysis, the
        # table and the ledger of one page stay quick; the CSV has the whole period)
        if st.session_state.get(K_PAGE) not in periods:
            st.session_state[K_PAGE] = periods[0]
        first, last = st.session_state[K_PAGE]
        shown = replace(filters, date_from=first, date_to=last)
    # the page's table and picker labels, built once per filters and page (cached)
    table, names = loaders.claims_view(shown, version)
    # the claims of the whole period, counted in the database (not read) when the table
    # holds one page of nights; "only discrepancies" needs them reconciled: not counted
    total = None
    if shown is not filters and not filters.discrepancies_only:
        total = loaders.claim_count(filters, version)
    # a page of rows drawn at a time, as light HTML (dashboard/html_table.py)
    sizes = html_table.page_sizes()
    if st.session_state.get(K_SIZE) not in sizes:
        st.session_state[K_SIZE] = html_table.PAGE_ROWS
    slices = html_table.row_pages(len(table), st.session_state[K_SIZE])
    if slices and st.session_state.get(K_ROWS) not in slices:
        st.session_state[K_ROWS] = slices[0]
    start, end = st.session_state[K_ROWS] if slices else (0, 0)
    ids = list(names)[start:end]  # the claim id of each row shown
    # None until the session picks a claim; a claim picked and no longer among the rows
    # shown gives way to the first row's
    picked = st.session_state.get(K_PICK)
    if picked is not None and picked not in ids:
        picked = st.session_state[K_PICK] = ids[0] if ids else None
    if picked is not None:
        claims = loaders.claims_frame(shown, version)
        claim = claims.set_index(C.CLAIM_ID, drop=False).loc[picked]
        report = loaders.report_record(str(claim[C.REPORT_ID]), version)
        ledger = _ledger_view(shown, version)

    st.title("Claims")
    st.caption(
        f"{_matching(len(table), total, filters, shown)} {labels.PARTY_CLAIM_NOTE} Each comes "
        "with the sentence that states it, newest first: pick one below the table to "
        "see its report and the ledger of its night and area."
    )
    # The page's pickers are drawn when asked for, each in a popover under a line that
    # says what it holds: Streamlit's frontend mounts a popover's children only while it
    # is open, and the five pickers drawn open were a third of what a new visitor's page
    # cost chromium (docs/performance.md, "The Claims page's pickers in popovers").
    _to_set()
    paged = len(periods) > 1
    if paged or len(table) > sizes[0]:
        place = (periods.index(st.session_state[K_PAGE]), len(periods)) if paged else (0, 1)
        st.caption(
            shown_line(
                st.session_state[K_PAGE] if paged else None,
                place,
                (start, end) if len(table) > sizes[0] else None,
                len(table),
            )
        )
        with st.popover("Other nights or rows", key=K_PAGING_POPOVER):
            if paged:
                st.selectbox(
                    f"Nights shown ({len(periods)} pages of up to {PAGE_NIGHTS} nights, "
                    "newest first)",
                    options=periods,
                    format_func=lambda p: f"{p[0]} – {p[1]}",
                    key=K_PAGE,
                    on_change=_first_rows,
                )
            if len(table) > sizes[0]:
                st.selectbox("Rows per page", options=sizes, key=K_SIZE, on_change=_first_rows)
            if len(slices) > 1:
                st.selectbox(
                    "Rows shown",
                    options=slices,
                    format_func=lambda rows: html_table.page_label(rows, len(table)),
                    key=K_ROWS,
                )
    if not ids:
        st.info("No claims match these filters.")
        return
    with st.container(key=K_TABLE):
        st.html(html_table.html_table(table.iloc[start:end], TABLE_CLASS))
    if picked is None:
        st.caption(NOTHING_PICKED)
    else:
        st.caption(f"Claim shown: {evidence.escape_markdown(names[picked])}")
    label = "Pick a claim" if picked is None else "Pick another claim"
    with st.popover(label, key=K_PICK_POPOVER):
        st.selectbox(
            "Claim",
            options=ids,
            format_func=names.__getitem__,
            index=None,
            placeholder="Choose a claim of the table",
            key=K_PICK,
        )
    if picked is not None:
        st.subheader("Evidence")
        if report is None:
            st.warning("The report behind this claim is no longer stored.")
        else:
            _evidence(claim, report)
        _ledger(ledger)
    st.download_button(
        "Claims (CSV)",
        data=lambda: store.export.claims_csv(loaders.claims_frame(filters, version)),
        file_name="atlas-claims.csv",
        mime="text/csv",
        key=K_CSV,
        on_click="ignore",
    )
    st.caption(labels.PARTY_CLAIM_NOTE)


def _matching(rows: int, total: int | None, filters: store.Filters, shown: store.Filters) -> str:
    """Say how many claims match: the table's, and the whole period's when the table
    holds one page of its nights."""
    claims = "claim matches" if rows == 1 else "claims match"
    if shown is filters:
        return f"{rows:,} {claims} the filters."
    if total is None:
        return f"{rows:,} {claims} the filters in these nights."
    return (
        f"{total:,} {'claim matches' if total == 1 else 'claims match'} the filters from "
        f"{filters.date_from} to {filters.date_to}; {rows:,} of them in these nights."
    )


def _to_set() -> None:
    """Send each of the page's pickers with its value to set (written again to its key).

    A picker in a closed popover is mounted only when the popover is opened, from the
    last message sent for it; one sent without a value to set would show its first
    option rather than the one the page shows (as the sidebar's filters found:
    ``sidebar._to_set``).
    """
    sidebar.resend_values((K_PAGE, K_SIZE, K_ROWS, K_PICK, K_LEDGER))


def _first_rows() -> None:
    """Another page of nights opens on its newest rows."""
    st.session_state.pop(K_ROWS, None)


def _evidence(claim: pd.Series, report: dict) -> None:
    """The report's text with the claim's span marked, its source and the parser rule."""
    span = (claim[C.EVIDENCE_START], claim[C.EVIDENCE_END])
    st.html(evidence.evidence_html(str(report.get("text") or ""), span))
    source = evidence.safe_url(report.get("url") or claim[C.URL])
    who = report.get("channel") or report.get("source") or claim[C.SOURCE_KIND]
    published = report.get("published_at") or claim[C.PUBLISHED_AT]
    when = (
        "date unknown"
        if published is None or pd.isna(published)
        else (f"{pd.Timestamp(published):%Y-%m-%d %H:%M} MSK")
    )
    st.caption(
        f"Source: {evidence.escape_markdown(str(who))} · published {when} · "
        # a backtick in a rule (an imported claims CSV can carry any) would end the code span
        f"parser rule `{str(claim[C.RULE]).replace('`', '')}`"
    )
    if source:
        st.link_button("Open the source", source, key="claims_source_link")


@dataclass(frozen=True)
class _Ledger:
    """The ledger of the night and area picked: the picker's choices and the detail."""

    keys: dict[str, str]
    summary: str = ""
    view: pd.DataFrame | None = None


def _ledger_view(filters: store.Filters, version: str) -> _Ledger:
    """Read the ledger of the night and area picked (the first when none is)."""
    keys = loaders.ledger_choices(filters, version)
    if not keys:
        return _Ledger(keys)
    if st.session_state.get(K_LEDGER) not in keys:
        st.session_state[K_LEDGER] = next(iter(keys))
    summary, view = loaders.ledger_detail(filters, version, st.session_state[K_LEDGER])
    return _Ledger(keys, summary, view)


def _ledger(ledger: _Ledger) -> None:
    """The ledger of one night and area: every claim side by side."""
    st.subheader("Ledger: every claim of one night and area")
    if not ledger.keys:
        st.caption("No drone claims placed in a night for these filters.")
        return
    picked = ledger.keys[st.session_state[K_LEDGER]]
    st.caption(f"Night and area: {evidence.escape_markdown(picked)}")
    with st.popover("Pick another night and area", key=K_LEDGER_POPOVER):
        st.selectbox(
            "Night and area",
            options=list(ledger.keys),
            format_func=ledger.keys.__getitem__,
            key=K_LEDGER,
            help="Nights and areas where sources disagree come first.",
        )
    st.markdown(evidence.escape_markdown(ledger.summary))
    if ledger.view is not None:
        st.html(html_table.html_table(ledger.view, LEDGER_CLASS))
    st.caption(
        "A media text that retells a statement is linked to it: it is listed here but never "
        "counts as a confirmation or adds to the figure."
    )


sidebar.rerun_on_change(FRAGMENT)
claims_page()
