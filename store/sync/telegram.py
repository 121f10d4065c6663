"""A public Telegram channel's web preview (``{base}/s/{channel}``), read with lxml.

The preview lists a page of messages, oldest first; ``?before={id}`` gives the page of
older ones. Each message is a ``div.tgme_widget_message`` with ``data-post="{channel}/{id}"``,
its text in ``div.tgme_widget_message_text`` (lines split by ``<br>``), its time in
``time[datetime]`` and an "edited" mark; a reply quotes the message it answers in an
``a.tgme_widget_message_reply`` that links to it. The block also names the channel's numeric id,
the one Telegram Desktop exports give as the chat's ``id``: ``data-peer="c{id}_{hash}"``,
and ``data-view``, base64 JSON whose ``c`` is ``-100{id}``. Nothing in the page is
executed; text is taken from the parsed tree only (``text_content``), so markup in a post
is text.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlsplit

import lxml.etree
import lxml.html

import settings
from store._time import MSK
from store.importers._markup import mark_out

_MESSAGE = "tgme_widget_message"


@dataclass(frozen=True, slots=True)
class Post:
    """One message of a channel's preview page."""

    id: int
    published: datetime
    text: str
    edited: bool = False
    forwarded_from: str | None = None
    service: bool = False
    #: the message of the same channel this one replies to (its preview quotes it)
    reply_to: int | None = None

    @property
    def has_text(self) -> bool:
        """Whether the post says anything (photo-only posts and service messages do not)."""
        return bool(self.text.strip()) and not self.service


@dataclass(frozen=True, slots=True)
class Page:
    """What one preview page holds; ``complete`` is False when a message block was cut off."""

    title: str | None
    posts: tuple[Post, ...]
    complete: bool = True
    channel_id: str | None = None  # the numeric id the page's message blocks name

    @property
    def oldest(self) -> int | None:
        """The smallest message id on the page (the next page is ``?before=`` it)."""
        return min((post.id for post in self.posts), default=None)


def page_url(channel: str, before: int | None = None, *, base: str | None = None) -> str:
    """Return the preview address of a channel's newest page, or of the page before an id."""
    base = (base or settings.get().telegram_base).rstrip("/")
    url = f"{base}/s/{quote(channel)}"
    return url if before is None else f"{url}?before={before}"


def post_url(channel: str, message_id: int) -> str:
    """Return the public address of one message (always t.me: the address people share)."""
    return f"https://t.me/{quote(channel)}/{message_id}"


def parse_page(data: bytes, channel: str) -> Page:
    """Return the messages of one preview page of ``channel`` (other channels' blocks skipped)."""
    if not data.strip():
        return Page(title=None, posts=(), complete=False)
    try:
        tree = lxml.html.document_fromstring(data)
    except (lxml.etree.ParserError, ValueError):
        return Page(title=None, posts=(), complete=False)
    posts: list[Post] = []
    complete = True
    ids: set[str] = set()
    for block in tree.xpath(f"//div[@data-post and {_has_class(_MESSAGE)}]"):
        owner, _, number = block.get("data-post", "").rpartition("/")
        if owner.lower() != channel.lower() or not number.isdigit():
            continue
        named = numeric_id(block.get("data-peer"), block.get("data-view"))
        if named is not None:
            ids.add(named)
        post = _post(block, int(number), owner)
        if post is None:
            complete = False  # a block without its date: the page was cut off
            continue
        posts.append(post)
    # blocks that disagree name no id: better the username than a wrong id
    only = next(iter(ids)) if len(ids) == 1 else None
    return Page(title=_title(tree), posts=tuple(posts), complete=complete, channel_id=only)


def numeric_id(peer: str | None, view: str | None) -> str | None:
    """Return the channel's numeric id a message block names, or None.

    ``data-peer="c1234567890_-5551234"`` gives ``1234567890``; failing that, ``data-view``
    is base64 JSON whose ``c`` is the id negated (``-1234567890``).
    """
    if peer and peer.startswith("c"):
        number = peer[1:].split("_", 1)[0].lstrip("0")
        if number.isdigit():
            return number
    if view:
        padded = view.replace("-", "+").replace("_", "/") + "=" * (-len(view) % 4)
        try:
            decoded = json.loads(base64.b64decode(padded, validate=True))
        except (binascii.Error, ValueError):
            return None
        value = decoded.get("c") if isinstance(decoded, dict) else None
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            return str(-value)
    return None


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _first(block: lxml.html.HtmlElement, name: str) -> lxml.html.HtmlElement | None:
    # the block's own element, never one inside a quoted reply
    found = block.xpath(
        f".//*[{_has_class(name)}][not(ancestor::*[{_has_class('tgme_widget_message_reply')}])]"
    )
    return found[0] if found else None


def _post(block: lxml.html.HtmlElement, number: int, channel: str) -> Post | None:
    times = block.xpath(f".//*[{_has_class('tgme_widget_message_date')}]//time[@datetime]")
    if not times:
        return None
    try:
        published = datetime.fromisoformat(times[0].get("datetime"))
    except ValueError:
        return None
    published = (
        published.replace(tzinfo=MSK) if published.tzinfo is None else published.astimezone(MSK)
    )
    service = "service_message" in (block.get("class") or "").split()
    text_node = _first(
        block, "tgme_widget_message_service_text" if service else "tgme_widget_message_text"
    )
    forwarded = _first(block, "tgme_widget_message_forwarded_from_name")
    return Post(
        id=number,
        published=published,
        text=_text(text_node) if text_node is not None else "",
        edited=_first(block, "tgme_widget_message_edited") is not None,
        forwarded_from=forwarded.text_content().strip() if forwarded is not None else None,
        service=service,
        reply_to=_reply_to(block, channel),
    )


def _reply_to(block: lxml.html.HtmlElement, channel: str) -> int | None:
    """The id of the message of ``channel`` the block replies to: its quote of that message,
    ``a.tgme_widget_message_reply``, links to it (``https://t.me/{channel}/{id}``); a quote
    of another channel's message is no reply to this one's."""
    quote_ = block.xpath(f".//a[{_has_class('tgme_widget_message_reply')}][@href]")
    if not quote_:
        return None
    path = urlsplit(quote_[0].get("href", "")).path.strip("/").split("/")
    if len(path) != 2 or path[0].lower() != channel.lower() or not path[1].isdigit():
        return None
    return int(path[1])


def _text(node: lxml.html.HtmlElement) -> str:
    """Return a message's text as the feeds' and the news sites' markup is read
    (``importers._markup.mark_out``): ``<br>`` as line breaks, markup dropped, entities decoded,
    a struck-out part written as the export importer writes it ("~~5~~ 7", Telegram's
    strikethrough is ``<s>`` in the preview), a bold figure glued to its words set apart
    ("уничтожены<b>5</b>беспилотников")."""
    for hidden in node.xpath(".//script | .//style"):
        hidden.drop_tree()
    mark_out(node)
    return "\n".join(line.rstrip() for line in node.text_content().split("\n")).strip()


def _title(tree: lxml.html.HtmlElement) -> str | None:
    meta = tree.xpath("//meta[@property='og:title']/@content")
    if meta and meta[0].strip():
        return str(meta[0]).strip()
    header = tree.xpath(f"//*[{_has_class('tgme_channel_info_header_title')}]")
    return header[0].text_content().strip() or None if header else None
