"""RSS and Atom feeds: fetched, then read by the same reader as a feed file import."""

from __future__ import annotations

from store._errors import ImportFailed
from store.importers import Item, check_size, feed
from store.sync.http import Client, FetchError


def fetch(client: Client, url: str) -> list[Item]:
    """Return the entries of the feed at ``url`` as items to import."""
    data = client.get(url)
    check_size(url, len(data))
    try:
        return feed.read(data, url)
    except ImportFailed as exc:
        raise FetchError(str(exc)) from None
