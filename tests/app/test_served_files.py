"""The files ``serve.py`` answers from memory (``app_pages/served_files.py``)."""

from __future__ import annotations

import asyncio
from email.utils import formatdate
from pathlib import Path
from typing import Any

import settings
from app_pages import map_component, served_files
from app_pages.served_files import NO_CACHE, File, ServedFiles

FRAME = "/component/app_pages.map_component.st_folium/index.html"
LEAFLET = "/app/static/vendor/leaflet"


def test_the_component_is_the_map_component() -> None:
    # the map's frame asks for /component/<its name>/index.html
    assert served_files.COMPONENT == map_component.NAME
    assert served_files.FRONTEND == map_component.FRONTEND


def test_the_table_names_the_frame_s_page_and_leaflet() -> None:
    assert served_files.table("") == {
        FRAME: File(map_component.FRONTEND / "index.html", "text/html", NO_CACHE),
        f"{LEAFLET}/leaflet.js": File(settings.LEAFLET_DIR / "leaflet.js", "text/javascript"),
        f"{LEAFLET}/leaflet.css": File(settings.LEAFLET_DIR / "leaflet.css", "text/css"),
    }
    # under a base URL path, as Streamlit serves them there
    assert sorted(served_files.table("/atlas/")) == [
        f"/atlas{LEAFLET}/leaflet.css",
        f"/atlas{LEAFLET}/leaflet.js",
        f"/atlas{FRAME}",
    ]


class _Streamlit:
    """The app behind the middleware: notes what reached it, answers 404."""

    def __init__(self) -> None:
        self.reached: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.reached.append(f"{scope['method']} {scope['path']}")
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b"streamlit"})


def _ask(app: ServedFiles, path: str, method: str = "GET") -> tuple[int, dict[bytes, bytes], bytes]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path}
    asyncio.run(app(scope, receive, send))
    start, body = sent
    return start["status"], dict(start["headers"]), body["body"]


def test_the_files_are_answered_from_memory_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "frame.html").write_text("<p>the frame</p>")
    (tmp_path / "map.js").write_text("var map = 1;")
    made: list[int] = []

    def table() -> dict[str, File]:
        made.append(1)
        return {
            "/frame": File(tmp_path / "frame.html", "text/html", NO_CACHE),
            "/map.js": File(tmp_path / "map.js", "text/javascript"),
            "/gone.js": File(tmp_path / "gone.js", "text/javascript"),
        }

    streamlit = _Streamlit()
    app = ServedFiles(streamlit, table=table)
    status, headers, body = _ask(app, "/frame")
    assert (status, body) == (200, b"<p>the frame</p>")
    modified = formatdate((tmp_path / "frame.html").stat().st_mtime, usegmt=True)
    assert headers == {
        b"content-type": b"text/html",
        b"content-length": b"16",
        b"last-modified": modified.encode(),
        b"access-control-allow-origin": b"*",
        b"x-content-type-options": b"nosniff",
        b"cache-control": b"no-cache",
    }
    # read once, with the first request: a file changed since is answered as it was
    (tmp_path / "map.js").write_text("changed")
    status, headers, body = _ask(app, "/map.js")
    assert (status, body, b"cache-control" in headers) == (200, b"var map = 1;", False)
    status, headers, body = _ask(app, "/map.js", "HEAD")
    assert (status, body, headers[b"content-length"]) == (200, b"", b"12")
    # not in the table, not readable, or not a read: Streamlit answers
    assert _ask(app, "/claims")[2] == b"streamlit"
    assert _ask(app, "/gone.js")[2] == b"streamlit"
    assert _ask(app, "/map.js", "POST")[2] == b"streamlit"
    assert streamlit.reached == ["GET /claims", "GET /gone.js", "POST /map.js"]
    assert made == [1]


def test_the_served_files_exist() -> None:
    # setup installs Leaflet (make setup); a missing one would go to Streamlit unseen
    for file in served_files.table("").values():
        assert file.path.is_file(), file.path
