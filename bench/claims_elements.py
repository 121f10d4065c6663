"""Print what each part of the Claims page costs chromium, on a bare Streamlit server.

The Claims page over three years costs a new visitor's chromium about 3 s of CPU against
0.8 s for a bare page (``bench/view_profile.py --cached``), while the server spends
0.14 s on it (its week of claims cached per data version). This script asks which of the
page's own elements make the difference: one plain Streamlit server draws a copy of the
page's first screen (the real claims table of the newest week of the three-year
database of ``bench/generate_db.py``, as ``dashboard.html_table`` writes it; pickers with
as many options as the real ones) and variants of it, each opened by a new tab of one
browser (its HTTP cache on, as ``view_profile.py --cached``), alternated over the rounds.
For each variant it prints the medians of chromium's CPU seconds and of its own accounts
(``LayoutDuration``, ``TaskDuration``) from the tab's opening to the page drawn.

Variants: ``full`` (the copy), ``onehtml`` (the four pickers first, then the caption,
the table, the evidence and the ledger in one ``st.html``: 9 elements instead of 16),
``nopickers`` (no selectbox), ``notables`` (the claims table and the ledger's one
line each), ``noledger`` (the ledger's picker, summary and table
replaced by a closed expander), ``nobuttons`` (no link or download button), ``fixed``
(the table laid out with ``table-layout: fixed`` and no sticky header), ``rows20`` (a
page of 20 rows), ``none`` (the title only). Nothing here is a test: it prints figures.

    .venv/bin/python bench/claims_elements.py [--rounds 5] [--variants full,none]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.cpu import _browser_cpu  # noqa: E402
from testkit.browser import launch  # noqa: E402

VARIANTS = (
    "full",
    "onehtml",
    "nopickers",
    "notables",
    "noledger",
    "nobuttons",
    "fixed",
    "rows20",
    "none",
)
PORT = 8641
#: The copy of the Claims page; ``v`` in the URL picks the variant.
APP = """import streamlit as st
from pathlib import Path

v = st.query_params.get("v", "full")
here = Path(__file__).parent
table = (here / ("table20.html" if v == "rows20" else "table50.html")).read_text()
if v == "notables":
    table = "<p>the table</p>"
selectbox = st.selectbox if v != "nopickers" else lambda *args, **kwargs: None
if v == "fixed":
    table = table.replace("width: 100%; }", "width: 100%; table-layout: fixed; }")
    table = table.replace("position: sticky; top: 0; ", "")
st.title("Claims")
if v == "onehtml":
    st.selectbox("Nights shown", [f"period {i}" for i in range(182)], key="p")
    st.selectbox("Rows shown", [f"rows {i}" for i in range(18)], key="r")
    st.selectbox("Claim", [f"claim {i}, its night, area and figure" for i in range(50)], key="c")
    st.selectbox("Night and area", [f"night {i} · area" for i in range(120)], key="l")
    st.html(
        "<p>" + "895 claims match the filters in these nights. " * 3 + "</p>" + table
        + "<h3>Evidence</h3><div>" + "Some report text with a <mark>marked span</mark>. " * 40
        + "</div><p>Source: a channel · published 2026-11-30 04:00 MSK · parser rule rule</p>"
        + "<h3>Ledger: every claim of one night and area</h3><p>The figure shown and why</p>"
        + (here / "table20.html").read_text().replace("atlas-claims", "atlas-ledger")
        + "<p>A media text that retells a statement is linked to it.</p>"
    )
    st.link_button("Open the source", "https://example.org", key="source")
    st.download_button("Claims (CSV)", data="a,b", file_name="c.csv", key="dl", on_click="ignore")
elif v != "none":
    selectbox("Nights shown", [f"period {i}" for i in range(182)], key="p")
    st.caption("895 claims match the filters in these nights. " * 3)
    selectbox("Rows shown", [f"rows {i}" for i in range(18)], key="r")
    st.html(table)
    selectbox("Claim", [f"claim {i}, its night, area and figure" for i in range(50)], key="c")
    st.subheader("Evidence")
    st.html("<div>" + "Some report text with a <mark>marked span</mark>. " * 40 + "</div>")
    st.caption("Source: a channel · published 2026-11-30 04:00 MSK · parser rule `rule`")
    if v != "nobuttons":
        st.link_button("Open the source", "https://example.org", key="source")
    if v == "noledger":
        st.expander("Ledger: every claim of one night and area")
    else:
        st.subheader("Ledger: every claim of one night and area")
        selectbox("Night and area", [f"night {i} · area" for i in range(120)], key="l")
        st.markdown("The figure shown and **why**")
        ledger = (here / "table20.html").read_text().replace("atlas-claims", "atlas-ledger")
        st.html(ledger if v != "notables" else "<p>the ledger</p>")
        st.caption("A media text that retells a statement is linked to it.")
    if v != "nobuttons":
        st.download_button("Claims (CSV)", data="a,b", file_name="c.csv", key="dl", on_click="ignore")
st.markdown("drawn-marker")
"""


def write_tables(folder: Path, seed: int) -> None:
    """Write the claims table of the newest week of the three-year database, 50 and 20
    rows, as the Claims page draws it."""
    import store
    from bench.app_bench import THREE_YEARS
    from bench.generate_db import ensure_database
    from dashboard import evidence, html_table, tables
    from dashboard.claim_pages import first_page
    from store import columns as C
    from store import ledger

    first, last = (date.fromisoformat(day) for day in THREE_YEARS)
    filters = first_page(store.Filters(date_from=first, date_to=last))
    claims = ledger.claims(store.open_store(ensure_database(seed)), filters)
    claims = claims.sort_values(C.DATE, ascending=False, kind="stable")
    table = evidence.claims_table(claims).join(tables.claims_columns(claims))
    table = table.reset_index(drop=True)
    for rows in (50, 20):
        text = html_table.html_table(table.iloc[:rows], "atlas-claims")
        (folder / f"table{rows}.html").write_text(text)


def visit(context, pid: int, variant: str) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Open the variant in a new tab; return chromium's CPU, layout and task seconds."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    before = _browser_cpu(pid)
    page.goto(f"http://localhost:{PORT}/?v={variant}")
    page.get_by_text("drawn-marker").wait_for(timeout=60_000)
    page.wait_for_timeout(300)  # the last batch's drawing
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    cpu = _browser_cpu(pid) - before
    page.close()
    return cpu, metrics["LayoutDuration"], metrics["TaskDuration"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    args = parser.parse_args()
    variants = args.variants.split(",")
    with tempfile.TemporaryDirectory(prefix="claims-elements-") as tmp:
        folder = Path(tmp)
        write_tables(folder, args.seed)
        (folder / "app.py").write_text(APP)
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "streamlit", "run", str(folder / "app.py")),
                *("--server.port", str(PORT), "--server.headless", "true"),
                *("--browser.gatherUsageStats", "false"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(240):
                try:
                    urllib.request.urlopen(f"http://localhost:{PORT}/_stcore/health")
                    break
                except OSError:
                    time.sleep(0.5)  # the server starting
            print(f"load average at start {os.getloadavg()[0]:.1f}")
            found: dict[str, list[tuple[float, float, float]]] = {v: [] for v in variants}
            with sync_playwright() as playwright:
                browser = launch(playwright)
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                for round_ in range(args.rounds + 1):  # the first round loads the chunks
                    for variant in variants:
                        figures = visit(context, server.pid, variant)
                        if round_:
                            found[variant].append(figures)
                browser.close()
            print(f"load average at end {os.getloadavg()[0]:.1f}")
        finally:
            server.terminate()
            server.wait()
    for variant, rows in found.items():
        cpu, layout, task = (statistics.median(column) for column in zip(*rows, strict=True))
        runs = ", ".join(f"{row[0]:.2f}" for row in rows)
        print(
            f"{variant:10} chromium CPU {cpu:.2f} s (rounds: {runs}), "
            f"LayoutDuration {layout:.3f} s, TaskDuration {task:.2f} s"
        )


if __name__ == "__main__":
    main()
