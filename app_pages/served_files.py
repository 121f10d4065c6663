"""Answer the map frame's page and Leaflet from memory, ahead of Streamlit's own routes.

A first visit after a server start asks for the map frame's page
(``app_pages/map_frontend/index.html``) and Leaflet's script and style while the
visitor's first run and the server's warm-up hold the interpreter. Streamlit's routes
read each file in worker threads (the component's page through ``anyio.open_file``,
a static file through an existence check, a stat and reads of 64 KB), each a thread's
hand-over that waits for the interpreter again, and pass the answer through its
session and gzip middleware: on a loaded 2-core machine the frame's page came 0.2-0.5 s
after the frame asked for it and Leaflet 0.4-1.1 s (docs/performance.md, "The first
map: the frame's files from memory"). Here the three files are read when the first
request comes (the server's health check) and each is answered from the event loop at
once, with the headers Streamlit gives it; any other request goes on to Streamlit.

The same was tried for Streamlit's own frontend (its page and hashed files): no faster
in the same run, so left to Streamlit. ``serve.py`` adds :class:`ServedFiles` to its
app; ``streamlit run app.py`` serves the same files through Streamlit's routes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from typing import Any

from dashboard.assets import asset_base
from settings import LEAFLET_DIR

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The map component's name (``map_component.NAME``, not imported here: that module
#: reads the server's options) and its frontend's folder.
COMPONENT = "app_pages.map_component.st_folium"
FRONTEND = Path(__file__).resolve().parent / "map_frontend"
#: Streamlit's header for a component's page: asked again on each visit.
NO_CACHE = "no-cache"


@dataclass(frozen=True, slots=True)
class File:
    """A file answered from memory: where it is read from, and its type and caching."""

    path: Path
    content_type: str
    cache: str | None = None


def table(base_url_path: str) -> dict[str, File]:
    """Return the files answered from memory by URL path, for Streamlit's
    ``server.baseUrlPath`` ``base_url_path``: the map frame's page, Leaflet's script and
    its style."""
    frame = "/" + "/".join(p for p in (base_url_path.strip("/"), "component", COMPONENT) if p)
    leaflet = asset_base(base_url_path)
    return {
        f"{frame}/index.html": File(FRONTEND / "index.html", "text/html", NO_CACHE),
        f"{leaflet}/leaflet.js": File(LEAFLET_DIR / "leaflet.js", "text/javascript"),
        f"{leaflet}/leaflet.css": File(LEAFLET_DIR / "leaflet.css", "text/css"),
    }


@dataclass(frozen=True, slots=True)
class _Answer:
    body: bytes
    headers: tuple[tuple[bytes, bytes], ...]


def _answer(file: File) -> _Answer:
    body = file.path.read_bytes()
    modified = formatdate(file.path.stat().st_mtime, usegmt=True)
    headers = [
        (b"content-type", file.content_type.encode()),
        (b"content-length", str(len(body)).encode()),
        # as Streamlit's static route gives: a browser keeps Leaflet by it (no max-age)
        (b"last-modified", modified.encode()),
        # as Streamlit's component and app-static routes answer
        (b"access-control-allow-origin", b"*"),
        (b"x-content-type-options", b"nosniff"),
    ]
    if file.cache is not None:
        headers.append((b"cache-control", file.cache.encode()))
    return _Answer(body, tuple(headers))


class ServedFiles:
    """ASGI middleware: answer a GET or HEAD of one of ``table()``'s files from memory.

    The files are read when the first request comes (the server's health check), when
    the server's options (its base URL path) are set; one that cannot be read is left to
    Streamlit's routes, as is every other request.
    """

    def __init__(self, app: ASGIApp, *, table: Callable[[], dict[str, File]]) -> None:
        self.app = app
        self._table = table
        self._answers: dict[str, _Answer] | None = None

    def _read(self) -> dict[str, _Answer]:
        answers = {}
        for url, file in self._table().items():
            try:
                answers[url] = _answer(file)
            except OSError:
                continue
        return answers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        if self._answers is None:
            self._answers = self._read()
        answer = self._answers.get(scope["path"])
        if answer is None:
            await self.app(scope, receive, send)
            return
        start = {"type": "http.response.start", "status": 200, "headers": answer.headers}
        await send(start)
        body = b"" if scope["method"] == "HEAD" else answer.body
        await send({"type": "http.response.body", "body": body})
