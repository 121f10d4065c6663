"""Readers that turn files into items to parse (or, for the claims CSV, rows to write).

:func:`read_file` picks the reader by extension, then by the first bytes; every problem
is an :class:`~store.ImportFailed` with a one-line message naming the file, the message
or line, and the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import settings
from store._errors import ImportFailed
from store.importers import claims_csv, feed, html, telegram, text
from store.importers._common import (
    Item,
    Prepared,
    guess_language,
    item_id,
    legacy_id,
    normalise,
    post_key,
    report_id,
)

Reader = Callable[[bytes, str], list[Item]]

_BY_SUFFIX: dict[str, str] = {
    ".json": "telegram",
    ".csv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
}
_READERS: dict[str, Reader] = {
    "telegram": telegram.read,
    "feed": feed.read,
    "html": html.read,
    "text": text.read,
}

log = logging.getLogger(__name__)


def kind_of(name: str, data: bytes) -> str:
    """Return the reader for a file: by its extension, else by its first bytes."""
    kind = _BY_SUFFIX.get(Path(name).suffix.lower())
    if kind:
        return kind
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "telegram"
    if head.startswith((b"<?xml", b"<rss", b"<feed")):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def check_size(name: str, size: int) -> None:
    """Refuse a file over ``settings.get().max_import_bytes``."""
    limit = settings.get().max_import_bytes
    if size > limit:
        msg = f"{name}: {size:,} bytes is over the import limit of {limit:,} bytes"
        raise ImportFailed(msg)


def read_file(name: str, data: bytes) -> tuple[list[Item], list[Prepared]]:
    """Return the items to parse and the rows ready to write that one file holds."""
    check_size(name, len(data))
    kind = kind_of(name, data)
    if kind == "csv":
        return [], claims_csv.read(data, name)
    return _READERS[kind](data, name), []


def files_under(path: Path) -> list[Path]:
    """Return the importable files of a folder (recursively, hidden ones skipped), sorted."""
    found = []
    for child in sorted(path.rglob("*")):
        relative = child.relative_to(path)
        if any(part.startswith(".") for part in relative.parts):
            continue  # hidden: editor and system files, never meant to be imported
        if not child.is_file():
            continue
        if child.suffix.lower() in _BY_SUFFIX:
            found.append(child)
        else:
            log.info("%s: skipped, not a kind of file the Atlas imports", child)
    return found


def read_paths(
    paths: Iterable[Path | str], *, skip: Callable[[Path], bool] | None = None
) -> tuple[list[Item], list[Prepared]]:
    """Return everything the files and folders hold, reading each file once."""
    items: list[Item] = []
    prepared: list[Prepared] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = files_under(path)
        elif path.is_file():
            files = [path]
        else:
            msg = f"{path}: no such file or folder"
            raise ImportFailed(msg)
        for file in files:
            if skip is not None and skip(file):
                log.info("%s: skipped (not a report to import)", file)
                continue
            check_size(file.name, file.stat().st_size)
            try:
                data = file.read_bytes()
            except OSError as exc:
                msg = f"{file}: cannot be read ({exc.strerror})"
                raise ImportFailed(msg) from None
            more_items, more_prepared = read_file(file.name, data)
            items.extend(more_items)
            prepared.extend(more_prepared)
    return items, prepared


__all__ = [
    "Item",
    "Prepared",
    "check_size",
    "files_under",
    "guess_language",
    "item_id",
    "kind_of",
    "legacy_id",
    "normalise",
    "post_key",
    "read_file",
    "read_paths",
    "report_id",
]
