"""Tell a page opened by its own link where Streamlit's server is, so it asks once.

A new visitor opening a page other than the Map by its link (``/claims``, ``/timeline``
...) gets Streamlit's page, whose frontend does not know which part of the path is the
app's base and which the page's: it asks ``/claims/_stcore/health`` first, gets a 404,
waits about 0.15 s and asks ``/_stcore/health`` (its ``getPossibleBaseUris``: the path,
then its parent). Measured in chromium on the three-year database, the Claims page's and
the Timeline's websocket opened 0.1-0.2 s later than a bare page's for that alone
(docs/performance.md, "A copy of the database, a page's link").

:class:`PageBase` adds to that page, before its scripts, the frontend's own setting for
it (``window.__streamlit.BACKEND_BASE_URL``, read once when its main script loads): the
folder the page's own files are loaded from (``./static/...``), which is the app's base.
Only for a page one path segment below the server's base URL path (a page's link), and
only when no host set that setting already; any other answer, and a page the server
sent compressed, goes out as Streamlit wrote it. ``serve.py`` adds it to its app;
``streamlit run app.py`` asks twice, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from app_pages.served_files import ASGIApp, Message, Receive, Scope, Send

#: What the page runs before Streamlit's scripts: the folder the page is in, as the URL
#: its relative links (``./static/...``) resolve against.
SCRIPT = (
    b"<script>window.__streamlit = window.__streamlit || "
    b'{BACKEND_BASE_URL: new URL("./", window.location.href).href};</script>'
)
_HEAD = b"<head>"
#: The headers a changed page drops: its length is set again, and Streamlit's entity tag
#: names the page as Streamlit wrote it (a browser revalidates by its date instead).
_DROPPED = (b"content-length", b"etag", b"accept-ranges")


def is_page_link(path: str, base_url_path: str) -> bool:
    """Return whether ``path`` is one segment below the app's base (a page's link).

    >>> is_page_link("/claims", "")
    True
    >>> is_page_link("/atlas/claims", "atlas")
    True
    >>> [is_page_link(p, "") for p in ("/", "/claims/", "/a/b", "/favicon.png", "/_stcore")]
    [False, False, False, False, False]
    >>> is_page_link("/atlasclaims", "atlas")
    False
    """
    prefix = ("/" + base_url_path.strip("/")).rstrip("/") + "/"
    if not path.startswith(prefix):
        return False
    segment = path[len(prefix) :]
    return bool(segment) and not any(c in segment for c in "/.") and segment != "_stcore"


def with_base(page: bytes) -> bytes | None:
    """Return ``page`` with :data:`SCRIPT` right after its ``<head>``, or None when it has
    none."""
    at = page.find(_HEAD)
    if at < 0:
        return None
    at += len(_HEAD)
    return page[:at] + SCRIPT + page[at:]


class PageBase:
    """ASGI middleware: add :data:`SCRIPT` to the page Streamlit answers a page's link with.

    The request goes on without ``accept-encoding`` (the page is small: it comes back
    uncompressed, so it can be read); the answer is held, and changed only when it is
    an HTML page of status 200 in one uncompressed body.
    """

    def __init__(self, app: ASGIApp, *, base_url_path: Callable[[], str]) -> None:
        self.app = app
        self._base_url_path = base_url_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not is_page_link(scope["path"], self._base_url_path())
        ):
            await self.app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"]
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                for out in _changed(held):
                    await send(out)
                held.clear()

        await self.app({**scope, "headers": headers}, receive, hold)
        for message in held:  # an answer that ended without its last body
            await send(message)


def _changed(messages: list[Message]) -> list[Message]:
    """Return a whole answer's messages, the page given :data:`SCRIPT` when it is one."""
    start, *bodies = messages
    headers = {k.lower(): v for k, v in start.get("headers", [])}
    if (
        start["type"] != "http.response.start"
        or start.get("status") != 200
        or not headers.get(b"content-type", b"").startswith(b"text/html")
        or b"content-encoding" in headers
        or len(bodies) != 1
    ):
        return messages
    page = with_base(bodies[0].get("body", b""))
    if page is None:
        return messages
    kept = [(k, v) for k, v in start["headers"] if k.lower() not in _DROPPED]
    kept.append((b"content-length", str(len(page)).encode()))
    return [{**start, "headers": kept}, {**bodies[0], "body": page}]
