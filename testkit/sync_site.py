"""A local stand-in for the public Telegram preview and a feed, served from a thread.

Pages are written here in the shape of the real preview: a ``section`` of
``div.tgme_widget_message`` blocks with ``data-post="{channel}/{id}"``, the text in
``div.tgme_widget_message_text`` with ``<br>`` between lines, a footer with an "edited"
mark and ``time[datetime]``, forwarded headers, replies quoting the message they answer,
photo-only posts and service messages;
20 messages a page, oldest first, ``?before={id}`` for older ones. ``Site.script`` queues
misbehaviour for a path (a status with headers, a stall, a cut-off page, a huge page).
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PAGE_SIZE = 20

#: A sources file of two governors' channels (with comments, as a person writes one).
TWO_CHANNELS = """
# my own list
[[source]]
kind = "telegram"
channel = "kaluga_gov"
reporter = "governor"
region = "RU-KLU"

[[source]]
kind = "telegram"
channel = "bryansk_gov"  # the second
reporter = "governor"
region = "RU-BRY"
enabled = true
"""


@dataclass
class Message:
    """One message of a fake channel; ``text`` is plain text (escaped when served)."""

    id: int
    when: datetime
    text: str = ""
    edited: bool = False
    forwarded_from: str | None = None
    photo: bool = False
    service: bool = False
    raw_html: str | None = None  # served as is inside the text div (hostile markup)
    reply_to: int | None = None  # the message of the channel it replies to (quoted above it)


@dataclass
class Channel:
    """A fake public channel: its title and messages by id."""

    name: str
    title: str
    messages: dict[int, Message] = field(default_factory=dict)
    #: The numeric id the real preview names in each block (``data-peer``, ``data-view``);
    #: None serves blocks without them (an older layout).
    peer_id: int | None = None

    def add(self, message: Message) -> None:
        self.messages[message.id] = message


@dataclass
class Scripted:
    """A misbehaving answer: ``status`` with ``headers``, or ``stall`` seconds, or ``body``."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    stall: float = 0.0
    body: bytes | None = None
    cut: int | None = None  # serve only the first ``cut`` bytes of the real page


class Site:
    """Channels and feeds served by a local HTTP server (``base`` is its address)."""

    def __init__(self) -> None:
        self.channels: dict[str, Channel] = {}
        self.feeds: dict[str, bytes] = {}
        self.pages: dict[str, bytes] = {}  # path -> an HTML page (a news list, an article)
        self.scripts: dict[str, list[Scripted]] = {}
        self.requests: list[tuple[str, str]] = []  # (path with query, user agent)
        self.stall_channel: dict[str, float] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Site:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def channel(self, name: str, title: str, peer_id: int | None = None) -> Channel:
        self.channels[name] = Channel(name, title, peer_id=peer_id)
        return self.channels[name]

    def script(self, path: str, *answers: Scripted) -> None:
        self.scripts.setdefault(path, []).extend(answers)

    def page(self, name: str, before: int | None) -> bytes:
        channel = self.channels[name]
        ids = sorted(i for i in channel.messages if before is None or i < before)[-PAGE_SIZE:]
        return render(
            channel,
            [channel.messages[i] for i in ids],
            more=bool(ids) and ids[0] > min(channel.messages),
        )

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                queue = site.scripts.get(self.path)
                scripted = queue.pop(0) if queue else None
                body, status, headers = self._answer(scripted)
                if body is None:
                    return
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def _answer(
                self, scripted: Scripted | None
            ) -> tuple[bytes | None, int, dict[str, str]]:
                parts = urlsplit(self.path)
                if scripted is not None and scripted.stall:
                    time.sleep(scripted.stall)
                if scripted is not None and scripted.status != 200:
                    return b"busy", scripted.status, scripted.headers
                if scripted is not None and scripted.body is not None:
                    return scripted.body, 200, {"Content-Type": "text/html; charset=utf-8"}
                if parts.path.startswith("/s/") and parts.path[3:] in site.channels:
                    name = parts.path[3:]
                    if name in site.stall_channel:
                        time.sleep(site.stall_channel[name])
                    before = parse_qs(parts.query).get("before")
                    body = site.page(name, int(before[0]) if before else None)
                    if scripted is not None and scripted.cut is not None:
                        body = body[: scripted.cut]
                    return body, 200, {"Content-Type": "text/html; charset=utf-8"}
                if parts.path in site.pages:
                    return site.pages[parts.path], 200, {"Content-Type": "text/html; charset=utf-8"}
                if parts.path in site.feeds:
                    return site.feeds[parts.path], 200, {"Content-Type": "application/rss+xml"}
                return b"not found", 404, {}

        return Handler


def render(channel: Channel, messages: list[Message], *, more: bool) -> bytes:
    """Return a preview page of ``messages`` (oldest first) in the real page's shape."""
    name, title = html.escape(channel.name), html.escape(channel.title)
    blocks = "\n".join(_block(channel, message) for message in messages)
    older = (
        f'<a class="tme_messages_more js-messages_more" data-before="{messages[0].id}" '
        f'href="/s/{name}?before={messages[0].id}"></a>'
        if more
        else ""
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} – Telegram</title>
<meta property="og:title" content="{title}">
<script>window.tme_sample = 1;</script>
</head>
<body class="widget_frame_base tgme_webpage">
<header class="tgme_header"><div class="tgme_channel_info_header_title"><span dir="auto">{title}</span></div></header>
<main class="tgme_main">
<section class="tgme_channel_history js-message_history">
{older}
{blocks}
</section>
</main>
</body>
</html>
"""
    return page.encode("utf-8")


def _block(channel: Channel, message: Message) -> str:
    name = html.escape(channel.name)
    stamp = message.when.astimezone(UTC).isoformat()
    classes = "tgme_widget_message text_not_supported_wrap js-widget_message"
    if message.service:
        classes = "tgme_widget_message service_message js-widget_message"
    forwarded = (
        '<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
        f'<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/x"><span dir="auto">'
        f"{html.escape(message.forwarded_from)}</span></a></div>"
        if message.forwarded_from
        else ""
    )
    photo = (
        '<a class="tgme_widget_message_photo_wrap" href="https://t.me/x/1" '
        "style=\"width:800px;background-image:url('https://cdn.example/photo.jpg')\"></a>"
        if message.photo
        else ""
    )
    if message.raw_html is not None:
        inner = message.raw_html
    else:
        inner = "<br/>".join(html.escape(line) for line in message.text.split("\n"))
    text = (
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{inner}</div>'
        if (message.text or message.raw_html)
        else ""
    )
    if message.service:
        text = f'<div class="tgme_widget_message_service_text">{html.escape(message.text)}</div>'
    if message.reply_to is not None:
        text = _quote(channel, message.reply_to) + text
    edited = '<span class="tgme_widget_message_edited">edited</span> ' if message.edited else ""
    return f"""<div class="tgme_widget_message_wrap js-widget_message_wrap">
<div class="{classes}" data-post="{name}/{message.id}"{_peer(channel, message)}>
<div class="tgme_widget_message_bubble">
<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{name}"><span dir="auto">{html.escape(channel.title)}</span></a></div>
{forwarded}{photo}{text}
<div class="tgme_widget_message_footer compact js-message_footer">
<div class="tgme_widget_message_info short js-message_info">
<span class="tgme_widget_message_views">1.2K</span>
<span class="tgme_widget_message_meta">{edited}<a class="tgme_widget_message_date" href="https://t.me/{name}/{message.id}"><time datetime="{stamp}" class="time">{message.when:%H:%M}</time></a></span>
</div>
</div>
</div>
</div>
</div>"""


def _quote(channel: Channel, answered: int) -> str:
    """The quote of the message a reply answers, as the preview shows it above the reply: a
    link to that message holding its author and the start of its text (in a text div of its
    own, which is not the reply's text)."""
    name = html.escape(channel.name)
    quoted = channel.messages.get(answered)
    start = html.escape(quoted.text.split("\n")[0][:60]) if quoted is not None else ""
    return (
        f'<a class="tgme_widget_message_reply" href="https://t.me/{name}/{answered}">'
        '<div class="tgme_widget_message_author accent_color">'
        f'<span class="tgme_widget_message_author_name">{html.escape(channel.title)}</span></div>'
        f'<div class="tgme_widget_message_text js-message_reply_text" dir="auto">{start}</div></a>'
    )


def _peer(channel: Channel, message: Message) -> str:
    if channel.peer_id is None:
        return ""
    view = {"c": -channel.peer_id, "p": message.id, "t": int(message.when.timestamp())}
    encoded = base64.urlsafe_b64encode(json.dumps(view).encode()).decode().rstrip("=")
    return (
        f' data-view="{encoded}" data-peer="c{channel.peer_id}_-4242" data-post-id="{message.id}"'
    )


def hourly(
    start: datetime, first_id: int, count: int, every: timedelta = timedelta(hours=1)
) -> Iterator[tuple[int, datetime]]:
    """Yield ``count`` (id, time) pairs one ``every`` apart."""
    for n in range(count):
        yield first_id + n, start + n * every
