"""A page's link told where the app's base is (``app_pages/page_base.py``)."""

from __future__ import annotations

import asyncio
from typing import Any

from app_pages.page_base import SCRIPT, PageBase

PAGE = b"<!DOCTYPE html><html><head><title>Atlas</title></head><body></body></html>"
STREAMLIT_HEADERS = [
    (b"content-type", b"text/html; charset=utf-8"),
    (b"content-length", str(len(PAGE)).encode()),
    (b"etag", b'"streamlit-page"'),
    (b"accept-ranges", b"bytes"),
    (b"cache-control", b"no-cache"),
]


class _Streamlit:
    """The app behind the middleware: notes the request's headers, answers ``answer``."""

    def __init__(self, status: int = 200, headers: list | None = None, body: bytes = PAGE):
        self.status, self.body = status, body
        self.headers = STREAMLIT_HEADERS if headers is None else headers
        self.asked: list[tuple[str, dict[bytes, bytes]]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.asked.append((scope["path"], dict(scope["headers"])))
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


def _ask(app: PageBase, path: str) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"host", b"atlas"), (b"accept-encoding", b"gzip, br")]
    scope = {"type": "http", "method": "GET", "path": path, "headers": headers}
    asyncio.run(app(scope, receive, send))
    start, body = sent
    return start["status"], start["headers"], body["body"]


def test_a_pages_link_gets_the_base_before_streamlits_scripts() -> None:
    streamlit = _Streamlit()
    status, headers, body = _ask(PageBase(streamlit, base_url_path=lambda: ""), "/claims")
    assert status == 200
    assert body == PAGE.replace(b"<head>", b"<head>" + SCRIPT)
    assert body.index(SCRIPT) < body.index(b"<title>")
    # its new length; Streamlit's tag named the page as it wrote it
    assert headers == [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"cache-control", b"no-cache"),
        (b"content-length", str(len(body)).encode()),
    ]
    # asked for uncompressed, the rest of the request as it came
    assert streamlit.asked == [("/claims", {b"host": b"atlas"})]


def test_a_page_under_a_base_url_path_is_told_too() -> None:
    app = PageBase(_Streamlit(), base_url_path=lambda: "/atlas/")
    assert SCRIPT in _ask(app, "/atlas/timeline")[2]
    assert _ask(app, "/timeline")[2] == PAGE  # not below the app's base


def test_every_other_answer_goes_out_as_streamlit_wrote_it() -> None:
    for path in ("/", "/claims/", "/_stcore/health", "/static/js/index.js", "/a/b"):
        streamlit = _Streamlit()
        assert _ask(PageBase(streamlit, base_url_path=lambda: ""), path) == (
            200,
            STREAMLIT_HEADERS,
            PAGE,
        )
        assert b"accept-encoding" in streamlit.asked[0][1]  # left alone
    compressed = [*STREAMLIT_HEADERS, (b"content-encoding", b"gzip")]
    for streamlit in (
        _Streamlit(status=404, headers=[(b"content-type", b"text/html")]),
        _Streamlit(headers=[(b"content-type", b"application/json")]),
        _Streamlit(headers=compressed),
        _Streamlit(body=b"<html>no head</html>"),
    ):
        answer = _ask(PageBase(streamlit, base_url_path=lambda: ""), "/claims")
        assert answer == (streamlit.status, streamlit.headers, streamlit.body)
