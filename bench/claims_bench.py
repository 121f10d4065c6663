"""Print how fast the Claims page opens and pages over all three years, in a real browser.

One server (``serve.py``, warmed up as for a visitor: the first Map page is opened, then
the Claims page's warm-up and any after it are waited for) on a copy of the three-year database of
``bench/generate_db.py``. Debian's chromium then:

- switches pages in one session, Map -> Claims -> Map on the latest night (the default
  view), twice;
- opens the Claims page over the whole period as a new visitor (a new session: the
  browser loads Streamlit's frontend again), on its newest week, warmed at start;
- picks the next week (nothing cached: the week's claims read, analysed and laid out),
  then the newest week again;
- opens the Claims page over a period ending a month earlier as a new visitor (its
  newest week cold).

Each step prints the seconds until the page's title, the end of the script run and the
claims table drawn, the server's CPU seconds over the step and the bytes Streamlit sent
on the websocket per kind of element. As a floor, the same browser opens a bare
Streamlit page (``st.title`` only) on a running server twice.

Nothing here is a test: it prints figures. ``bench/app_bench.py`` times the page switch
and the Claims page over three years among the issue's other figures.

    .venv/bin/python bench/claims_bench.py [--seed 7]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.app_bench import IDLE, THREE_YEARS, WAIT_MS, _browser_page, _wait_map  # noqa: E402
from bench.cpu import _browser_cpu, _cpu  # noqa: E402
from bench.timeline_bench import (  # noqa: E402
    Received,
    _wait_log,
    show_floor,
    three_year_server,
)
from testkit.browser import Server, key_selector  # noqa: E402

#: JavaScript: the claims table drawn (an HTML table; before it, a data grid's canvas).
_TABLE = """() => { const t = document.querySelector('.st-key-claims_table');
    return t !== null && t.querySelector('table tbody tr, canvas') !== null; }"""
_WARMED = "Claims page warm-up done"
#: The three-year period ending a month earlier: its newest week was never warmed.
EARLIER = (THREE_YEARS[0], "2026-10-31")


def _wait_quiet(pid: int, timeout: float = 300.0) -> None:
    """Wait until the server uses less than 0.05 s of CPU over half a second."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        before = _cpu(pid)
        # sampling the server's CPU over a fixed interval
        time.sleep(0.5)
        if _cpu(pid) - before < 0.05:
            return


class Counted:
    """Every websocket frame the page receives, counted into the current step's
    :class:`Received` (a page switch keeps its session's socket, a visit opens one)."""

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        self.received = Received()
        page.on("websocket", lambda ws: ws.on("framereceived", self._count))

    def _count(self, payload: bytes | str) -> None:
        self.received.count(payload)


def _step(
    page, counted: Counted, pid: int, act: Callable[[], None], heading: str
) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Do ``act`` (a click or a visit); return when the page was drawn and what was sent."""
    counted.received = Received()
    cpu, browser, started = _cpu(pid), _browser_cpu(pid), time.perf_counter()
    marks: dict[str, object] = {}
    act()
    page.get_by_role("heading", name=heading, exact=True).wait_for(timeout=WAIT_MS)
    marks["title"] = time.perf_counter() - started
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    marks["script finished"] = time.perf_counter() - started
    if heading == "Claims":
        page.wait_for_function(_TABLE, timeout=WAIT_MS, polling="raf")
    else:
        _wait_map(page)
    marks["drawn"] = time.perf_counter() - started
    marks["server CPU"] = _cpu(pid) - cpu
    marks["browser CPU"] = _browser_cpu(pid) - browser
    marks["received"] = counted.received
    return marks


def _show(name: str, marks: dict[str, object]) -> None:
    received = marks["received"]
    assert isinstance(received, Received)
    steps = ", ".join(f"{step} {marks[step]:.2f} s" for step in ("title", "script finished"))
    kinds = sorted(received.by_kind.items(), key=lambda item: -item[1])
    print(
        f"{name}: drawn in {marks['drawn']:.2f} s ({steps}); CPU: server "
        f"{marks['server CPU']:.2f} s, browser {marks['browser CPU']:.2f} s; websocket {received.total / 1e3:,.0f} KB ("
        + ", ".join(f"{kind} {size / 1e3:,.1f} KB" for kind, size in kinds if size >= 1000)
        + ")"
    )


def _session(page, server: Server, pid: int) -> list[tuple[str, dict[str, object]]]:  # type: ignore[no-untyped-def]
    counted = Counted(page)
    page.goto(f"{server.url}/")
    _wait_map(page)
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    _wait_log(server.log, _WARMED, timeout=600)
    _wait_quiet(pid)  # the warm-ups after the Claims page's (the Timeline's) done too

    def step(name: str, act: Callable[[], None], heading: str = "Claims") -> None:
        steps.append((name, _step(page, counted, pid, act, heading)))

    def link(name: str) -> Callable[[], None]:
        return page.get_by_role("link", name=name, exact=True).click

    def visit(url: str) -> Callable[[], None]:
        page.goto("about:blank")
        return lambda: page.goto(url)

    def week(label: str) -> Callable[[], None]:
        def act() -> None:
            field = page.locator(f"{key_selector('claims_nights')} input[role=combobox]")
            if field.count() == 0:  # the page's pickers are in a popover (opened here)
                page.get_by_role("button", name="Other nights or rows").click()
            field.click()
            page.get_by_role("option", name=label).click()
            # the pick is made once the field shows it (a click on a closing list is lost)
            page.wait_for_function(
                "([el, label]) => el.value === label",
                arg=[field.element_handle(), label],
                timeout=WAIT_MS,
            )

        return act

    steps: list[tuple[str, dict[str, object]]] = []
    for run in (1, 2):
        step(f"page switch Map -> Claims, latest night ({run})", link("Claims"))
        step(f"page switch Claims -> Map, latest night ({run})", link("Map"), "Map")
    first, last = THREE_YEARS
    step(
        f"Claims {first} – {last}, newest week (warmed at start), a new visitor",
        visit(f"{server.url}/claims?from={first}&to={last}"),
    )
    step("  the next week (nothing cached)", week("2026-11-17 – 2026-11-23"))
    step("  the newest week again", week("2026-11-24 – 2026-11-30"))
    first, last = EARLIER
    step(
        f"Claims {first} – {last}, newest week never computed, a new visitor",
        visit(f"{server.url}/claims?from={first}&to={last}"),
    )
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with (
        sync_playwright() as playwright,
        three_year_server(playwright, args.seed, "atlas-cl-") as (floor, server),
    ):
        assert server.process is not None
        with _browser_page(playwright) as page:
            steps = _session(page, server, server.process.pid)
    show_floor(floor)
    for name, marks in steps:
        _show(name, marks)


if __name__ == "__main__":
    main()
