"""Print where the seconds of a Map or Claims step go: the server, the websocket, chromium.

One server (``serve.py``) on a copy of the three-year database of ``bench/generate_db.py``
(or ``--db URL``), warmed up as for a visitor. Debian's chromium then does each step of
the issue's Map and Claims figures, and for each step this prints the wall seconds, the
CPU seconds of the server and of chromium, the websocket bytes per kind of message,
chromium's own accounts (the DevTools protocol's ``Performance.getMetrics``: script,
style, layout, all tasks) and, from a sampling JavaScript profile of the step
(``Profiler``), where chromium's main thread spent its time: by script (Streamlit's
bundle, the map's frame, Leaflet ...) and the functions that took most.

The steps: another night on the Map, a region picked, a reporter picked, Map -> Claims,
Claims -> Map, and a new visitor opening the Claims page, then the Timeline (twice),
over the three years; as a
floor, a new visitor opening a bare Streamlit page on a running server, and page switches
in a bare two-page app. Nothing here is
a test: it prints figures.

The browser blocks every request off this machine as the browser tests do (Playwright's
request routing): that turns chromium's HTTP cache off and passes each file of
Streamlit's frontend (about 70 scripts, 3 MB, and each element's own chunk loaded when
the element first arrives) through this process, so a new visitor's steps load and
compile the whole frontend again. ``--cached`` opens the pages without the routing:
chromium keeps the frontend's files in its cache, as a returning visitor's browser does
(a new session all the same). Nothing on these pages fetches from the internet (the
browser tests check it with the guard).

``--nights N`` then browses N nights back, one a step, each with the map frame's own
count of Leaflet's work: fits, vertices projected, shapes restyled (the same in any
machine state).

    .venv/bin/python bench/view_profile.py [--seed 7] [--top 12] [--trace] [--cached]
        [--nights N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.app_bench import (  # noqa: E402
    IDLE,
    THREE_YEARS,
    WAIT_MS,
    _browser_page,
    _fills,
    _wait_changed,
    _wait_map,
)
from bench.claims_bench import _TABLE, _wait_quiet  # noqa: E402
from bench.cpu import _browser_cpu, _cpu  # noqa: E402
from bench.timeline_bench import (  # noqa: E402
    TOTALS_DRAWN,
    Frames,
    Received,
    _wait_log,
    three_year_server,
)
from testkit.browser import (  # noqa: E402
    Server,
    close_filters,
    commit_field,
    key_selector,
    launch,
    open_filters,
)

#: Whether steps are traced (threads and native work) instead of profiled (JavaScript).
TRACING = False
#: Whether the pages are opened without request routing (``--cached``).
CACHED = False
#: Nights browsed back after the other steps (``--nights``).
NIGHTS = 0
#: JavaScript: Leaflet's work in the map frame since the last call (counters installed
#: on the first): fits, vertices projected, shapes restyled.
_LEAFLET_WORK = """() => {
    const frame = [...document.querySelectorAll('iframe[title*="st_folium"]')].pop();
    const w = frame.contentWindow, L = w.L;
    if (!w.__work) {
        w.__work = {fits: 0, projected: 0, restyled: 0};
        const count = (owner, name, key) => {
            const original = owner[name];
            owner[name] = function () { w.__work[key]++; return original.apply(this, arguments); };
        };
        count(L.Map.prototype, 'fitBounds', 'fits');
        count(L.Map.prototype, 'latLngToLayerPoint', 'projected');
        count(L.Path.prototype, 'setStyle', 'restyled');
    }
    const work = Object.assign({}, w.__work);
    w.__work = {fits: 0, projected: 0, restyled: 0};
    return work;
}"""
#: DevTools ``Performance`` metrics summed over a step (seconds).
METRICS = ("TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration")


@contextmanager
def _cached_page(playwright) -> Iterator:  # type: ignore[no-untyped-def]
    """A page whose browser keeps its HTTP cache: no request routing (``--cached``)."""
    browser = launch(playwright)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        yield context.new_page()
    finally:
        context.close()
        browser.close()


def _page(playwright):  # type: ignore[no-untyped-def]
    return _cached_page(playwright) if CACHED else _browser_page(playwright)


def _metrics(cdp) -> dict[str, float]:  # type: ignore[no-untyped-def]
    answer = cdp.send("Performance.getMetrics")
    return {m["name"]: float(m["value"]) for m in answer["metrics"]}


def _bucket(url: str) -> str:
    """Name the script a profile node's code came from."""
    if not url:
        return "(native)"
    name = url.split("?")[0].rstrip("/").split("/")[-1]
    if "leaflet" in url:
        return "leaflet"
    if "component" in url or "streamlit_folium" in url:
        return f"map frame: {name}"
    if "/static/js/" in url:
        return f"streamlit: {re.sub(r'[.-][0-9a-f]{8,}', '', name)}"
    return name[:40]


#: Trace categories: every thread's tasks, and what the renderer's main thread did in them.
CATEGORIES = [
    "toplevel",
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "v8",
    "blink",
    "cc",
    "viz",
]


def _trace_summary(trace: bytes, top: int) -> tuple[dict[str, float], list[tuple[str, float]]]:
    """Return the busy seconds per process and thread (their top-level tasks), and the
    ``top`` kinds of work of the page's main threads by self time."""
    import json

    events = json.loads(trace)
    events = events["traceEvents"] if isinstance(events, dict) else events
    names: dict[tuple[int, int], str] = {}
    processes: dict[int, str] = {}
    for event in events:
        if event.get("ph") == "M" and event.get("name") == "thread_name":
            names[(event["pid"], event["tid"])] = event["args"]["name"]
        if event.get("ph") == "M" and event.get("name") == "process_name":
            processes[event["pid"]] = event["args"]["name"]
    by_thread: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for event in events:
        if event.get("ph") == "X" and "dur" in event:
            by_thread[(event["pid"], event["tid"])].append(event)
    busy: dict[str, float] = defaultdict(float)
    kinds: dict[str, float] = defaultdict(float)
    for key, thread in by_thread.items():
        thread.sort(key=lambda e: (e["ts"], -e["dur"]))
        label = f"{processes.get(key[0], key[0])}/{names.get(key, key[1])}"
        main = names.get(key) == "CrRendererMain"
        # (end, name, [children's time], duration) of the events open at this point
        stack: list[tuple[float, str, list[float], float]] = []
        for event in thread:
            start, end = event["ts"], event["ts"] + event["dur"]
            while stack and stack[-1][0] <= start:
                _close(stack, kinds if main else None)
            if not stack:
                busy[label] += event["dur"] / 1e6
            else:
                stack[-1][2][0] += event["dur"]
            stack.append((end, event["name"], [0.0], event["dur"]))
        while stack:
            _close(stack, kinds if main else None)
    ranked = sorted(kinds.items(), key=lambda item: -item[1])[:top]
    return dict(busy), ranked


def _close(stack: list, kinds: dict[str, float] | None) -> None:
    _end, name, children, duration = stack.pop()
    if kinds is not None:
        kinds[name] += max(0.0, duration - children[0]) / 1e6


def _profile_summary(
    profile: dict[str, Any], top: int
) -> tuple[dict[str, float], list[tuple[str, float]]]:
    """Return the self time (s) per script bucket and the ``top`` functions by self time."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    self_time: dict[int, float] = defaultdict(float)
    for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        self_time[sample] += delta / 1e6
    buckets: dict[str, float] = defaultdict(float)
    functions: dict[tuple[str, str], float] = defaultdict(float)
    for node_id, seconds in self_time.items():
        frame = nodes[node_id]["callFrame"]
        name = frame["functionName"] or "(anonymous)"
        if name in ("(idle)", "(program)", "(garbage collector)", "(root)"):
            bucket = name
        else:
            bucket = _bucket(frame["url"])
        buckets[bucket] += seconds
        functions[(name, bucket)] += seconds
    ranked = sorted(functions.items(), key=lambda item: -item[1])[:top]
    return dict(buckets), [(f"{name}  [{bucket}]", seconds) for (name, bucket), seconds in ranked]


class Step:
    """One measured step: wall and CPU seconds, websocket bytes, chromium's accounts."""

    def __init__(self, page, cdp, pid: int, frames: Frames, tracing: bool = False) -> None:  # type: ignore[no-untyped-def]
        self.page, self.cdp, self.pid = page, cdp, pid
        self.received = frames.current = Received()
        self.metrics = _metrics(cdp)
        self.tracing = tracing
        if tracing:
            page.context.browser.start_tracing(categories=CATEGORIES)
        else:
            cdp.send("Profiler.start")
        self.cpu, self.browser = _cpu(pid), _browser_cpu(pid)
        self.started = time.perf_counter()

    def done(self, top: int) -> dict[str, object]:
        wall = time.perf_counter() - self.started
        server, browser = _cpu(self.pid) - self.cpu, _browser_cpu(self.pid) - self.browser
        after = _metrics(self.cdp)
        if self.tracing:
            buckets, ranked = _trace_summary(self.page.context.browser.stop_tracing(), top)
        else:
            profile = self.cdp.send("Profiler.stop")["profile"]
            buckets, ranked = _profile_summary(profile, top)
        return {
            "wall": wall,
            "server": server,
            "browser": browser,
            "received": self.received,
            "metrics": {name: after.get(name, 0) - self.metrics.get(name, 0) for name in METRICS},
            "buckets": buckets,
            "functions": ranked,
        }


def _show(name: str, step: dict[str, Any]) -> None:
    received: Received = step["received"]
    kinds = sorted(received.by_kind.items(), key=lambda item: -item[1])
    print(
        f"\n{name}: {step['wall']:.2f} s; CPU: server {step['server']:.2f} s, chromium "
        f"{step['browser']:.2f} s; websocket {received.total / 1e3:,.1f} KB ("
        + ", ".join(f"{kind} {size / 1e3:,.1f}" for kind, size in kinds if size >= 500)
        + ")"
    )
    print(
        "  chromium's accounts: "
        + ", ".join(f"{metric} {seconds:.2f} s" for metric, seconds in step["metrics"].items())
    )
    busy = sorted(step["buckets"].items(), key=lambda item: -item[1])
    print(
        f"  {'busy threads' if TRACING else 'main thread by script'}: "
        + ", ".join(f"{bucket} {seconds:.2f}" for bucket, seconds in busy if seconds >= 0.01)
    )
    for what, seconds in step["functions"]:
        print(f"    {seconds:6.3f} s  {what}")


def _wait_new_colours(page, act: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    before, url = _fills(page), page.url
    act()
    page.wait_for_function("url => location.href !== url", arg=url, timeout=WAIT_MS)
    _wait_changed(page, before)
    page.locator(IDLE).wait_for(timeout=WAIT_MS)


def session(page, server: Server, top: int) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    """Run the steps on one page; return each step's figures."""
    assert server.process is not None
    pid = server.process.pid
    frames = Frames(page)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 200})
    page.goto(f"{server.url}/")
    _wait_map(page)
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    _wait_log(server.log, "Claims page warm-up done", timeout=600)
    _wait_quiet(pid)
    steps: list[tuple[str, dict]] = []

    def measure(name: str, act: Callable[[], None], wait: Callable[[], None]) -> None:
        step = Step(page, cdp, pid, frames, TRACING)
        act()
        wait()
        steps.append((name, step.done(top)))

    def night() -> None:
        day = page.locator(f"{key_selector('flt_night')} [data-type=day]")
        day.click()
        page.keyboard.press("ArrowDown")
        # a click in the popover's margin blurs the field: it commits
        measure(
            "another night",
            lambda: None,
            lambda: _wait_new_colours(page, lambda: commit_field(page)),
        )

    open_filters(page, WAIT_MS)  # the filters' popover (its opening not measured)
    page.locator(IDLE).wait_for(timeout=WAIT_MS)

    night()
    regions = page.locator(f"{key_selector('flt_regions')} input")
    regions.click()
    regions.fill("Kaluga")
    option = page.get_by_role("option", name="Калужская область · Kaluga Oblast")
    option.wait_for(timeout=WAIT_MS)
    measure("a region picked", lambda: None, lambda: _wait_new_colours(page, option.click))
    page.keyboard.press("Escape")
    remove = page.locator(f"{key_selector('flt_regions')} button[aria-label^='Remove ']")
    remove.first.click()
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    reporters = page.locator(f"{key_selector('flt_reporters')} input")
    reporters.click()
    option = page.get_by_role("option", name="Governors")
    option.wait_for(timeout=WAIT_MS)
    measure("a reporter picked", lambda: None, lambda: _wait_new_colours(page, option.click))
    page.keyboard.press("Escape")
    page.locator(f"{key_selector('flt_reporters')} button[aria-label^='Remove ']").first.click()
    page.locator(IDLE).wait_for(timeout=WAIT_MS)
    close_filters(page, WAIT_MS)

    def switched(heading: str) -> Callable[[], None]:
        def wait() -> None:
            page.get_by_role("heading", name=heading, exact=True).wait_for(timeout=WAIT_MS)
            page.locator(IDLE).wait_for(timeout=WAIT_MS)
            if heading == "Claims":
                page.wait_for_function(_TABLE, timeout=WAIT_MS, polling="raf")
            elif heading == "Timeline":
                page.wait_for_function(TOTALS_DRAWN, timeout=WAIT_MS, polling="raf")
            else:
                _wait_map(page)

        return wait

    for _ in range(NIGHTS):
        page.evaluate(_LEAFLET_WORK)
        night()
        page.wait_for_timeout(1000)  # the fit's animation and its drawing
        work = page.evaluate(_LEAFLET_WORK)
        name, step = steps.pop()
        steps.append(
            (
                f"{name} back ({work['fits']} fit, {work['projected']:,} vertices projected, "
                f"{work['restyled']} shapes restyled)",
                step,
            )
        )
    if NIGHTS:
        return steps
    for _ in range(2):
        measure(
            "page switch Map -> Claims",
            page.get_by_role("link", name="Claims", exact=True).click,
            switched("Claims"),
        )
        measure(
            "page switch Claims -> Map",
            page.get_by_role("link", name="Map", exact=True).click,
            switched("Map"),
        )
    first, last = THREE_YEARS
    page.goto("about:blank")
    measure(
        "Claims over three years, a new visitor",
        lambda: page.goto(f"{server.url}/claims?from={first}&to={last}"),
        switched("Claims"),
    )
    for _ in range(2):  # the Timeline's loaders are warm from the second visit on
        page.goto("about:blank")
        measure(
            "Timeline over three years, a new visitor",
            lambda: page.goto(f"{server.url}/timeline?from={first}&to={last}"),
            switched("Timeline"),
        )
    return steps


#: A bare two-page app: the floor of a page switch.
BARE_PAGES = """import streamlit as st


def first():
    st.title("Bare one")


def second():
    st.title("Bare two")


st.navigation([st.Page(first, title="One"), st.Page(second, title="Two")]).run()
"""


def bare_steps(playwright, folder: Path, top: int) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    """Return the figures of a new visitor opening a bare page on a running server, and
    of a page switch in a bare two-page app: the floors of the Atlas's steps."""
    script = folder / "bare.py"
    script.write_text(BARE_PAGES, encoding="utf-8")
    server = Server({}, folder / "bare.log", script=script).start()
    try:
        server.wait_healthy(timeout=120)
        assert server.process is not None
        with _page(playwright) as page:
            frames = Frames(page)
            cdp = page.context.new_cdp_session(page)
            cdp.send("Performance.enable")
            cdp.send("Profiler.enable")
            cdp.send("Profiler.setSamplingInterval", {"interval": 200})
            page.goto(f"{server.url}/")  # once, so the bundle is in the browser's cache
            page.get_by_role("heading", name="Bare one").wait_for(timeout=WAIT_MS)
            page.goto("about:blank")
            steps = []
            step = Step(page, cdp, server.process.pid, frames, TRACING)
            page.goto(f"{server.url}/")
            page.get_by_role("heading", name="Bare one").wait_for(timeout=WAIT_MS)
            page.locator(IDLE).wait_for(timeout=WAIT_MS)
            steps.append(("bare Streamlit page, a new visitor on a running server", step.done(top)))
            for _ in range(2):
                for link, heading in (("Two", "Bare two"), ("One", "Bare one")):
                    step = Step(page, cdp, server.process.pid, frames, TRACING)
                    page.get_by_role("link", name=link, exact=True).click()
                    page.get_by_role("heading", name=heading).wait_for(timeout=WAIT_MS)
                    page.locator(IDLE).wait_for(timeout=WAIT_MS)
                    steps.append((f"bare page switch -> {link}", step.done(top)))
            return steps
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=12, help="functions listed per step")
    parser.add_argument(
        "--trace",
        action="store_true",
        help="trace chromium's threads (native work: style, layout, paint) instead of "
        "profiling its JavaScript",
    )
    parser.add_argument(
        "--cached",
        action="store_true",
        help="open the pages without request routing: chromium keeps Streamlit's frontend "
        "in its HTTP cache, as a returning visitor's browser does",
    )
    parser.add_argument(
        "--nights",
        type=int,
        default=0,
        help="browse this many nights back on the Map (Leaflet's work counted), instead "
        "of the page switches and new visitors",
    )
    args = parser.parse_args()
    global TRACING, CACHED, NIGHTS
    TRACING, CACHED, NIGHTS = args.trace, args.cached, args.nights
    with (
        sync_playwright() as playwright,
        three_year_server(playwright, args.seed, "atlas-vp-") as (_floor, server),
    ):
        bare = bare_steps(playwright, server.log.parent, args.top)
        with _page(playwright) as page:
            steps = session(page, server, args.top)
    if CACHED:
        print("(--cached: the browser's HTTP cache on, no request routing)")
    for name, step in bare + steps:
        _show(name, step)


if __name__ == "__main__":
    main()
