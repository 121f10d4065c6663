"""RSS and Atom feed files, read with feedparser: one report per entry."""

from __future__ import annotations

import calendar
import logging
from datetime import datetime
from typing import Any

from store._errors import ImportFailed
from store._time import from_unix
from store.importers._common import Item, checked_moment, decode, guess_language
from store.importers._markup import mark_out

log = logging.getLogger(__name__)
#: The names feedparser gives UTF-8.
_UTF8 = {"utf-8", "utf8", "utf-8-sig"}
_AS_UTF8 = "application/xml; charset=utf-8"


def read(data: bytes, name: str) -> list[Item]:
    """Return the entries of a feed, title and plain-text body joined."""
    # imported to read a feed, not with the store: feedparser and lxml.html were 0.1-0.15 s
    # of every server start's imports before the first map (the store is imported for it)
    import feedparser

    parsed = feedparser.parse(data)
    if _misread(data, parsed, feedparser.CharacterEncodingOverride):
        # (in UTF-8 now: said in the header, which a parser of XML takes over the declaration)
        utf8 = decode(data, name).encode("utf-8")
        parsed = feedparser.parse(utf8, response_headers={"content-type": _AS_UTF8})
    if not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).splitlines()[0]})" if reason else ""
        msg = f"{name}: not an RSS or Atom feed with entries{detail}"
        raise ImportFailed(msg)
    feed = parsed.feed
    channel = feed.get("title") or feed.get("link") or None
    channel_id = feed.get("link") or channel
    items = []
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{name}: entry {number}"
        text = _entry_text(entry)
        if not text.strip():
            log.info("%s: skipped, it has no text", where)
            continue
        published, refused = _moment(entry, "published_parsed", where)
        if published is None and refused is None:
            published, refused = _moment(entry, "updated_parsed", where)
        if refused is not None:
            log.warning("%s; the entry is held for review", refused)
        items.append(
            Item(
                where=where,
                text=text,
                source_kind="rss",
                channel=channel,
                channel_id=channel_id,
                message_id=entry.get("id") or entry.get("link"),
                url=entry.get("link"),
                published=published,
                language=guess_language(text),
                date_refused=refused,
            )
        )
    return items


def _misread(data: bytes, parsed: Any, override: type[Exception]) -> bool:
    """Whether feedparser read ``data`` in an encoding it is not written in: bytes that its
    declared encoding cannot read, which feedparser then reads as Windows Latin
    (``override``: "document declared as utf-8, but parsed as windows-1252"; a Russian text in
    cp1251, KOI8-R, or UTF-8 with three broken bytes), or UTF-8 declared as a one-byte encoding
    (its Russian read as "РЅР°Рґ"). Either was stored as letters that name nothing, with no
    claim and nothing in review; read again as the store reads a text file
    (``_common.decode``), the text is Russian, or holds U+FFFD and goes to review."""
    if isinstance(parsed.get("bozo_exception"), override):
        return True
    if data.isascii() or str(parsed.get("encoding", "")).lower().replace("_", "-") in _UTF8:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False  # (a one-byte encoding's Russian is never UTF-8: its letters are leads)
    return True


def _entry_text(entry: Any) -> str:
    title = (entry.get("title") or "").strip()
    bodies = [content.get("value", "") for content in entry.get("content", [])]
    body = max(bodies, key=len) if bodies else entry.get("summary", "")
    body = _plain(body)
    return f"{title}\n\n{body}" if title and body else title or body


def _plain(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html  # only for a feed's markup (see read)

    tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    mark_out(tree)
    return tree.text_content().strip()


def _moment(entry: Any, key: str, where: str) -> tuple[datetime | None, str | None]:
    """Return the entry's date under ``key``, or none and why it cannot be stored (year 1 or
    9999): that is the entry's problem alone, never the feed's (one such entry had failed the
    whole feed on every sync pass, keeping its other entries out)."""
    struct = entry.get(key)
    if not struct:
        return None, None
    name = key[: -len("_parsed")]
    try:
        moment = from_unix(calendar.timegm(struct))
        return checked_moment(moment, where, name, moment.isoformat()), None
    except (OverflowError, ValueError, OSError):
        return None, f"{where}: '{name}' is in year {struct.tm_year}, a date that cannot be stored"
    except ImportFailed as exc:
        return None, str(exc)
