"""Plain text and Markdown files: one report per file."""

from __future__ import annotations

from store.importers._common import Item, decode, guess_language


def read(data: bytes, name: str) -> list[Item]:
    """Return the file as one item (nothing when it is empty)."""
    text = decode(data, name)
    if not text.strip():
        return []
    return [Item(where=name, text=text, source_kind="text", language=guess_language(text))]
