"""Print where the first map's seconds go in the browser, step by step, after a bare page.

One round starts a bare Streamlit page (``st.title`` only) and then the Atlas
(``serve.py``, its caches warmed at server start), each on a fresh server and in the same
offline browser (``app_bench``'s: the Atlas was opened without its request routing, which
the bare page pays for), and prints the seconds from server start at which each step was
first seen in Debian's chromium: the server healthy, the page's title drawn, the map's
frame attached, Leaflet's map inside it, the view posted by the restyle frame, the first
polygon drawn and the first polygon coloured by the view (and, if they came before it,
the page's figures table, the sidebar's filters, the first run's end); the map frame's
own timeline (created, its scripts loaded); when the server's messages came (the first,
the base map's, the view's: where the page waited for the server); and how long the
server's warm-up took (its log line). The page notes each step itself on every animation frame,
in whatever order they come. Then it waits for the sidebar's filters (the page's last
part, drawn after the map on a first visit) and prints when they came, not counted in
the ratio.

``--rounds N`` alternates N rounds and prints one line a round and the medians: on this
shared machine one round measures the load as much as the code. ``--against DIR`` adds
to each round the Atlas of another checkout (its own ``.venv`` link, ``static/vendor``
and data cache), the two alternated, after a first round that fills both trees' kept
caches: a change against the code before it, in one run. ``--after-warm-up`` adds
to each round the Atlas opened only once its warm-up is done (every value the first map
needs computed, the modules imported), the two Atlas runs alternated: the most any first
view computed earlier or with lighter modules could give. Its figures are counted from
the page loaded (``goto`` returned), as the bare page's and the cold Atlas's are beside it.

    .venv/bin/python bench/first_map_steps.py [--db URL] [--rounds N] [--after-warm-up]
        [--against DIR]

Each line also gives, from the page's own record, when the title and the coloured map
were both drawn ("in the page"): Playwright's two waits in a row add their round trips
to "both seen", which grow with the load and with the page's work after the map. And
the seconds those took after the Atlas's page loaded beyond the bare page's title after
its own ("over the bare page's"): the server's start and Streamlit's frontend loading
are paid by both and set the bare page's time, so under a changing load a round's ratio
follows its denominator (1.0-2.1x at any load from 6 to 27), where this figure keeps
only what the Atlas adds.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.app_bench import _browser_page, bare_page  # noqa: E402
from bench.cpu import _browser_cpu, cpu_seconds  # noqa: E402
from testkit.browser import (  # noqa: E402
    FILTERS_BUTTON,
    MAP_IFRAME,
    MAP_PATHS,
    NO_REPORT_FILL,
    Server,
)

#: The sidebar's filters drawn: the button of their popover, or the regions' widget of a
#: checkout (``--against``) that draws them open.
FILTERS_CSS = f"{FILTERS_BUTTON}, .st-key-flt_regions"

WAIT_MS = 180_000
#: The Map page's figures table (``app_pages.map.TABLE_CLASS``: not imported, it loads the app).
FIGURES_CLASS = "atlas-map-figures"
#: Step names the round lines and the medians read.
TITLE = "the Map page's title drawn"
COLOURED = "first polygon coloured by the view"
LOADED = "page loaded (goto returned)"
BOTH = "the title and the coloured map both seen"
FILTERS = "the sidebar's filters seen (the page's last part)"
#: JavaScript for the page (not its frames): note, on every animation frame, when each
#: step was first seen (``performance.now()``), whatever the order they come in (the
#: map's frame is created before the page's title); and when each of the server's
#: websocket messages came: the first, the base map's (it defines ``atlas.unpack``) and
#: the view's (it sets ``page.atlasView``, which the base map only reads). Decoding the
#: messages to find them costs chromium a few milliseconds (the base map is 0.45 MB),
#: which the bare page does not pay.
_RECORD = (
    """(() => { if (window !== window.top) return;
    const seen = window.__steps = {};
    const note = (name, yes) => { if (yes && !(name in seen)) seen[name] = performance.now(); };
    // a subclass: Streamlit's frontend keeps WebSocket's constants (OPEN ...) and methods
    window.WebSocket = class extends window.WebSocket {
        constructor(...args) {
            super(...args);
            this.addEventListener('message', (event) => {
                note("the server's first message", true);
                if (!(event.data instanceof ArrayBuffer)) return;
                const text = new TextDecoder().decode(event.data);
                note("the server's base map message", text.includes('atlas.unpack'));
                note("the server's view message", text.includes('page.atlasView ='));
            });
        }
    };
    const tick = () => {
        note("TITLE",
             [...document.querySelectorAll('h1')].some(h => h.textContent.trim() === 'Map'));
        const f = [...document.querySelectorAll('IFRAME')].pop();
        note("the map's frame attached", !!f);
        const doc = f && f.contentDocument;
        const paths = doc ? [...doc.querySelectorAll('PATHS')] : [];
        note("Leaflet map in the frame", !!(doc && doc.querySelector('.leaflet-container')));
        note("first polygon drawn", paths.length > 0);
        note("COLOURED", paths.some(e => (e.getAttribute('fill') || '') !== 'BLANK'));
        note("a view posted by the restyle frame", !!window.atlasView);
        // what the rest of the page sent meanwhile (a step after the coloured map is not
        // listed: the record is read then)
        note("the page's figures table drawn", !!document.querySelector('.FIGURES'));
        note("the sidebar's filters drawn", !!document.querySelector('FILTERS_CSS'));
        const app = document.querySelector('[data-testid="stApp"]');
        const state = app && app.getAttribute('data-test-script-state');
        note("the first run going", state === 'running');
        note("the first run ended", 'the first run going' in seen && state === 'notRunning');
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
})();""".replace("TITLE", TITLE)
    .replace("COLOURED", COLOURED)
    .replace("FIGURES", FIGURES_CLASS)
    .replace("FILTERS_CSS", FILTERS_CSS.replace("'", "\\'"))
)
#: Every step the map needs before it counts as shown.
_COLOURED = f"() => window.__steps && '{COLOURED}' in window.__steps"


#: JavaScript: when the map frame was created and its scripts loaded (the page's clock).
_FRAME_TIMES = """([frameSel]) => {
    const f = [...document.querySelectorAll(frameSel)].pop();
    const w = f.contentWindow, shift = w.performance.timeOrigin - performance.timeOrigin;
    const out = [["frame created", shift]];
    for (const e of w.performance.getEntriesByType('resource')) {
        const name = e.name.split('?')[0].split('/').pop();
        if (name.endsWith('.js')) out.push([name + " loaded", shift + e.responseEnd]);
    }
    return out.map(([name, ms]) => [name, ms / 1000]);
}"""


@dataclass(frozen=True, slots=True)
class Visit:
    """One Atlas start and visit: each step with the seconds after server start."""

    steps: tuple[tuple[str, float], ...]

    def at(self, name: str) -> float:
        """Return the seconds after server start of the first step whose name starts so."""
        return next(seconds for step, seconds in self.steps if step.startswith(name))

    def after_load(self, name: str) -> float:
        """Return the seconds from the page loaded to step ``name``."""
        return self.at(name) - self.at(LOADED)

    def drawn(self) -> float:
        """Return the seconds after server start at which the page's own record saw the
        title and the coloured map both drawn."""
        return max(self.at(TITLE), self.at(COLOURED))


def atlas(  # type: ignore[no-untyped-def]
    playwright, url: str, folder: Path, *, after_warm_up: bool = False, tree: Path = ROOT
) -> Visit:
    """Start the Atlas of checkout ``tree`` on ``url`` and open it in the bare page's
    browser (the same offline routing), at once or (``after_warm_up``) once its warm-up
    logged done."""
    server = Server(
        {"ATLAS_DATABASE_URL": url}, folder / "atlas.log", script=tree / "serve.py", cwd=tree
    )
    steps: list[tuple[str, float]] = []
    with _browser_page(playwright) as page:
        page.add_init_script(
            _RECORD.replace("IFRAME", MAP_IFRAME.replace("'", "\\'"))
            .replace("PATHS", MAP_PATHS)
            .replace("BLANK", NO_REPORT_FILL)
        )
        browser_before = _browser_cpu(0)
        server.start()
        assert server.process is not None
        pid = server.process.pid

        def seen(name: str) -> None:
            seconds = time.perf_counter() - server.started
            used = cpu_seconds(pid)
            cpu = f" [CPU so far: server {used[0]:.2f}, chromium {used[1] - browser_before:.2f} s]"
            steps.append((name + cpu, seconds))

        try:
            server.wait_healthy(timeout=180)
            seen("server healthy")
            if after_warm_up:
                _wait_warm_up(folder / "atlas.log")
                seen("the server's warm-up done")
            page.goto(f"{server.url}/")
            seen(LOADED)
            page.get_by_role("heading", name="Map", exact=True).wait_for(timeout=WAIT_MS)
            page.wait_for_function(_COLOURED, timeout=WAIT_MS, polling="raf")
            seen(BOTH)
            # the rest of the page comes after the map: when it is all there (not counted)
            page.locator(FILTERS_CSS).first.wait_for(timeout=WAIT_MS)
            seen(FILTERS)
            # the page's own record of each step, and the map frame's own timeline
            offset = (
                time.perf_counter() - server.started - page.evaluate("performance.now()") / 1000
            )
            for name, ms in page.evaluate("window.__steps").items():
                steps.append((name, ms / 1000 + offset))
            for name, seconds in page.evaluate(_FRAME_TIMES, [MAP_IFRAME]):
                steps.append((f"  in the frame: {name}", seconds + offset))
            steps.sort(key=lambda step: step[1])
        finally:
            server.stop()
    log = (folder / "atlas.log").read_text(errors="replace")
    match = re.search(r"warm-up done in ([\d.]+) s", log)
    if match:
        steps.append((f"(server log: warm-up done in {match.group(1)} s of its thread)", 0.0))
    return Visit(tuple(steps))


def _wait_warm_up(log: Path) -> None:
    """Wait until the server's log says the first map's warm-up is done."""
    deadline = time.perf_counter() + WAIT_MS / 1000
    while "warm-up done" not in log.read_text(errors="replace"):
        if time.perf_counter() > deadline:
            msg = f"the warm-up did not finish in {WAIT_MS / 1000:.0f} s:\n{log.read_text()}"
            raise TimeoutError(msg)
        time.sleep(0.05)  # polling a log file the server writes


def _print_steps(floor: float, floor_cpu: tuple[float, float], visit: Visit, db: str) -> None:
    print(
        f"bare Streamlit page drawn {floor:.2f} s after server start [CPU: server "
        f"{floor_cpu[0]:.2f}, chromium {floor_cpu[1]:.2f} s]"
    )
    print(f"the Atlas ({db}), seconds after server start:")
    for name, seconds in visit.steps:
        ratio = f"  ({seconds / floor:.2f}× the bare page)" if seconds else ""
        print(f"  {seconds:6.2f} s  {name}{ratio}" if seconds else f"          {name}")


@dataclass(frozen=True, slots=True)
class Bare:
    """The bare page in a round: seconds from server start to its title drawn, and from
    its page loaded (``goto`` returned) to that title."""

    drawn: float
    after_load: float
    #: seconds from server start to its health check answered and to its page loaded
    healthy: float = 0.0
    loaded: float = 0.0

    def beyond(self, visit: Visit) -> float:
        """Return the seconds the Atlas's title and coloured map took after its page
        loaded beyond the bare page's title after its own: the part of the ratio that is
        the Atlas's, without the server start and Streamlit's frontend loading, which
        both pay and which set the bare page's time (the ratio's denominator) under load."""
        return visit.drawn() - visit.at(LOADED) - self.after_load


@dataclass(frozen=True, slots=True)
class Variant:
    """One kind of Atlas run in a round: its name, checkout and when it is opened."""

    name: str
    tree: Path = ROOT
    after_warm_up: bool = False


def _intervals(floor: Bare, visit: Visit) -> str:
    """Return one run's ratio and its seconds from the page loaded to each step."""
    return (
        f"{visit.at(BOTH) / floor.drawn:.2f}× (healthy {visit.at('server healthy'):.2f}, "
        f"page loaded {visit.at(LOADED):.2f} s after start; title {visit.after_load(TITLE):.2f}, coloured "
        f"{visit.after_load(COLOURED):.2f}, both seen {visit.after_load(BOTH):.2f}, filters "
        f"{visit.after_load(FILTERS):.2f} s; in the "
        f"page both drawn {visit.drawn() - visit.at(LOADED):.2f} s, "
        f"{visit.drawn() / floor.drawn:.2f}×, {floor.beyond(visit):.2f} s over the bare page's)"
    )


def _round_line(floor: Bare, visits: dict[str, Visit]) -> str:
    """Return one round's figures: each run's ratio and seconds from the page loaded."""
    runs = "; ".join(f"{name} {_intervals(floor, visit)}" for name, visit in visits.items())
    return (
        f"bare {floor.drawn:.2f} s (healthy {floor.healthy:.2f}, page loaded "
        f"{floor.loaded:.2f}, its title {floor.after_load:.2f} s after it); {runs}; "
        f"load {_load()}"
    )


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _medians(floors: list[Bare], runs: dict[str, list[Visit]]) -> None:
    for name, visits in runs.items():
        ratios = [v.at(BOTH) / floor.drawn for floor, v in zip(floors, visits, strict=True)]
        drawn = [v.drawn() / floor.drawn for floor, v in zip(floors, visits, strict=True)]
        extra = [floor.beyond(v) for floor, v in zip(floors, visits, strict=True)]
        print(
            f"medians of {len(visits)} rounds, {name}: {statistics.median(ratios):.2f}× the "
            f"bare page ({min(ratios):.2f}–{max(ratios):.2f}×), in the page "
            f"{statistics.median(drawn):.2f}× ({min(drawn):.2f}–{max(drawn):.2f}×); from the "
            f"page loaded to both seen {statistics.median(v.after_load(BOTH) for v in visits):.2f}"
            f" s, both drawn {statistics.median(v.drawn() - v.at(LOADED) for v in visits):.2f} s,"
            f" the filters seen {statistics.median(v.after_load(FILTERS) for v in visits):.2f} s"
            f" ({statistics.median(extra):.2f} s over the bare page's title after its page "
            f"loaded, {min(extra):.2f}–{max(extra):.2f} s)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store URL (default: a fresh SQLite database)")
    parser.add_argument("--keep", help="a folder to keep the server logs in")
    parser.add_argument("--rounds", type=int, default=1, help="alternated rounds (default 1)")
    parser.add_argument(
        "--after-warm-up",
        action="store_true",
        help="also open the Atlas once its warm-up is done, alternated with the cold visit",
    )
    parser.add_argument(
        "--against", type=Path, help="also open the Atlas of this checkout, alternated"
    )
    args = parser.parse_args()
    variants = [Variant("cold")]
    if args.after_warm_up:
        variants.append(Variant("after-warm-up", after_warm_up=True))
    if args.against:
        variants.append(Variant(f"against {args.against}", tree=args.against.resolve()))
    floors: list[Bare] = []
    runs: dict[str, list[Visit]] = {v.name: [] for v in variants}
    # with another checkout, a first round fills each tree's kept caches (not counted)
    first = 0 if args.against is None else -1
    with sync_playwright() as playwright, tempfile.TemporaryDirectory(prefix="atlas-steps-") as tmp:
        root = Path(tmp) if not args.keep else Path(args.keep)
        for number in range(first, args.rounds):
            folder = root / f"round-{number + 1}"
            floor_cpu: list[tuple[float, float]] = []
            loaded: list[float] = []
            healthy: list[float] = []
            drawn = bare_page(
                playwright, folder / "bare", floor_cpu, loaded=loaded, healthy=healthy
            )
            floor = Bare(drawn, drawn - loaded[0], healthy[0], loaded[0])
            # the runs rotate each round: none always follows the bare page
            shift = number % len(variants)
            visits: dict[str, Visit] = {}
            for variant in variants[shift:] + variants[:shift]:
                run = folder / variant.name.replace("/", "_")
                run.mkdir(parents=True, exist_ok=True)
                url = args.db or f"sqlite:///{run / 'atlas.sqlite'}"
                visits[variant.name] = atlas(
                    playwright, url, run, after_warm_up=variant.after_warm_up, tree=variant.tree
                )
            if number < 0:
                print(f"(a first round to fill the kept caches) {_round_line(floor, visits)}")
                continue
            floors.append(floor)
            for name, visit in visits.items():
                runs[name].append(visit)
            if args.rounds == 1:
                _print_steps(
                    floor.drawn, floor_cpu[0], visits["cold"], args.db or "fresh database, samples"
                )
            print(_round_line(floor, visits), flush=True)
    if args.rounds > 1:
        _medians(floors, runs)


if __name__ == "__main__":
    main()
