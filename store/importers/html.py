"""Saved HTML article pages: the main text extracted by trafilatura."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlparse

from store._errors import ImportFailed
from store._time import MSK
from store.importers._common import Item, decode, guess_language

#: A page gives its publication date without a time: noon keeps it a daytime moment.
_NOON = 12


def read(data: bytes, name: str) -> list[Item]:
    """Return the article of a saved page as one item."""
    import trafilatura  # slow to import; only pages need it
    from trafilatura.settings import Document

    page = decode(data, name)
    if 'class="message default' in page and "messages" in name.lower():
        msg = (
            f"{name}: a Telegram Desktop HTML export; export the chat again in JSON "
            "(Export chat history, format: Machine-readable JSON) and import result.json"
        )
        raise ImportFailed(msg)
    document = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True
    )
    text = (document.text or "").strip() if isinstance(document, Document) else ""
    if not text or not isinstance(document, Document):
        msg = f"{name}: no article text found in the page"
        raise ImportFailed(msg)
    title = (document.title or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    url = document.url or None
    channel = document.sitename or (urlparse(url).hostname if url else None) or document.hostname
    return [
        Item(
            where=name,
            text=text,
            source_kind="html",
            channel=channel,
            channel_id=channel,
            url=url,
            published=_published(document.date),
            language=guess_language(text),
        )
    ]


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, _NOON, tzinfo=MSK)
