"""A page listing news items (``kind = "html"``): a regional government's news list, say.

The list page is read for its links; the links on the same host whose path starts with the
source's ``links`` prefix (by default the list page's own path) are the items. Each item
page is parsed with lxml: its article text (the ``<article>``, else the
``itemprop=articleBody`` element, else ``<main>``, else the body; scripts, styles,
navigation, headers, footers and forms dropped) and its publication time (the
``article:published_time`` meta, else ``itemprop=datePublished``, else the first
``time[datetime]`` of the article, else a date written in an element whose class names a
date: ``12.09.2025 10:30`` or ``12 сентября 2025``). Nothing in a page is executed and no
regular expression ever reads HTML: the patterns below read text taken from the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html

from store._ids import bounded
from store._time import MSK
from store.importers._markup import BLOCKS, mark_out

#: A date without a time is placed at noon (as a saved article page is, ``store.importers.html``).
NOON = time(12)

_DROPPED = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "nav", "header", "footer", "aside", "form", "button", "select",
)  # fmt: skip
#: Russian month names as dates on government sites write them ("12 сентября 2025").
MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_NUMERIC_DATE = re.compile(
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:\D{1,4}(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)
_WORDED_DATE = re.compile(
    r"(?P<d>\d{1,2})\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<y>\d{4})"
    r"(?:\D{1,8}(?P<H>\d{1,2}):(?P<M>\d{2}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Article:
    """One item page: its address, title, text and publication time (aware, or None)."""

    url: str
    text: str
    published: datetime | None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ListPage:
    """What a list page holds: the site's name and the item links, in page order."""

    site: str | None
    links: tuple[str, ...]


def message_id(url: str) -> str:
    """Return the id an item is stored under: its address, or its hash when too long."""
    return bounded(url)


def read_list(data: bytes, page_url: str, prefix: str | None = None) -> ListPage:
    """Return the site name and the item links of a list page (same host, under ``prefix``)."""
    tree = _tree(data)
    if tree is None:
        return ListPage(site=None, links=())
    page = urlsplit(page_url)
    prefix = prefix or page.path.rstrip("/") + "/"
    found: dict[str, None] = {}
    for href in tree.xpath("//a/@href"):
        try:
            target = urlsplit(urljoin(page_url, str(href).strip()))
        except ValueError:
            continue  # not an address at all ("http://[::1" is an IPv6 host left open)
        if target.scheme not in ("http", "https") or target.netloc.lower() != page.netloc.lower():
            continue  # another site, javascript:, mailto: ...
        if not target.path.startswith(prefix) or target.path.rstrip("/") == page.path.rstrip("/"):
            continue
        found[urlunsplit((target.scheme, target.netloc, target.path, target.query, ""))] = None
    return ListPage(site=_site_name(tree), links=tuple(found))


def read_article(data: bytes, url: str) -> tuple[Article | None, str]:
    """Return an item page's article, or None and why it cannot be read."""
    tail = data[-4096:].lower()
    if b"</html" not in tail and b"</body" not in tail:
        return None, "the page ended early (no closing </body> or </html>)"
    tree = _tree(data)
    if tree is None:
        return None, "not an HTML page"
    published = _published(tree)  # before the dropping: dates often sit in a header
    title = _title(tree)
    for node in tree.xpath(" | ".join(f"//{name}" for name in _DROPPED)):
        node.drop_tree()
    body = _container(tree)
    text = _text(body) if body is not None else ""
    if not text:
        return None, "no article text in the page"
    if title and title not in text.split("\n"):
        text = f"{title}\n\n{text}"
    return Article(url=url, text=text, published=published, title=title), ""


def _tree(data: bytes) -> lxml.html.HtmlElement | None:
    """Parse a page: UTF-8 when it reads as UTF-8 (whatever it declares, or without a
    declaration, which lxml would read as Latin-1), else as its ``<meta charset>`` or XML
    declaration says."""
    if not data.strip():
        return None
    try:
        return lxml.html.document_fromstring(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        pass  # another encoding, or an XML declaration lxml reads only from bytes
    except lxml.etree.ParserError:
        return None
    try:
        return lxml.html.document_fromstring(data)
    except (lxml.etree.ParserError, ValueError):
        return None


def _site_name(tree: lxml.html.HtmlElement) -> str | None:
    for value in (
        tree.xpath("//meta[@property='og:site_name']/@content"),
        tree.xpath("//title/text()"),
    ):
        if value and str(value[0]).strip():
            return " ".join(str(value[0]).split())
    return None


def _title(tree: lxml.html.HtmlElement) -> str | None:
    heading = tree.xpath("//article//h1 | //main//h1 | //h1")
    if heading:
        text = " ".join(heading[0].text_content().split())
        if text:
            return text
    meta = tree.xpath("//meta[@property='og:title']/@content")
    return " ".join(str(meta[0]).split()) or None if meta else None


def _container(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for query in ("//article", "//*[@itemprop='articleBody']", "//main", "//body"):
        found = tree.xpath(query)
        if found:
            return found[0]
    return None


def _text(node: lxml.html.HtmlElement) -> str:
    mark_out(node)
    for block in node.iter(*BLOCKS):
        # a block is its own line: a line break before it too (empty lines go)
        block.text = "\n" + (block.text or "")
    lines = (" ".join(line.split()) for line in node.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _published(tree: lxml.html.HtmlElement) -> datetime | None:
    """The publication time: the page's metadata, else a time in the article, else one
    anywhere in the page (a sidebar of other news comes after the article's own)."""
    for value in (
        *tree.xpath("//meta[@property='article:published_time']/@content"),
        *tree.xpath("//*[@itemprop='datePublished']/@content"),
        *tree.xpath("//*[@itemprop='datePublished']/@datetime"),
    ):
        moment = _iso(str(value))
        if moment is not None:
            return moment
    body = _container(tree)
    for scope in (tree,) if body is None else (body, tree):
        for value in scope.xpath(".//time/@datetime"):
            moment = _iso(str(value))
            if moment is not None:
                return moment
        for node in scope.xpath(
            ".//*[contains(translate(@class, 'DATE', 'date'), 'date')] | .//time"
        ):
            moment = written_date(node.text_content())
            if moment is not None:
                return moment
    return None


def _iso(value: str) -> datetime | None:
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(value) <= len("2025-09-12"):
        return datetime.combine(moment.date(), NOON, tzinfo=MSK)
    return moment.replace(tzinfo=MSK) if moment.tzinfo is None else moment.astimezone(MSK)


def written_date(text: str) -> datetime | None:
    """Return the first date written in ``text`` (``12.09.2025 10:30``, ``12 сентября
    2025``) in Moscow time; noon when no time is written; None when there is none."""
    for pattern in (_NUMERIC_DATE, _WORDED_DATE):
        match = pattern.search(text)
        if match is None:
            continue
        month = int(match["m"]) if "m" in match.groupdict() else MONTHS[match["month"].lower()]
        try:
            day = date(int(match["y"]), month, int(match["d"]))
            clock = time(int(match["H"]), int(match["M"])) if match["H"] else NOON
        except ValueError:
            continue
        return datetime.combine(day, clock, tzinfo=MSK)
    return None
