"""The sources registry: ``sources.toml`` in the data folder, created from the shipped default.

Each ``[[source]]`` table names one public channel or feed (see ``data/sources.default.toml``
for the keys). :func:`load` checks the whole file and raises one
:class:`~store.StoreError` listing every problem.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import settings
from store._errors import StoreError
from store._ids import bounded
from store.importers._common import Item

#: The registry shipped with the Atlas (tracked); copied on first use.
DEFAULT = settings.ROOT / "data" / "sources.default.toml"

KINDS = ("telegram", "rss", "html")
#: The longest source name (``sources.name``): a feed or a page list is named by its
#: address unless the file gives a ``name``.
MAX_NAME = 128
REPORTERS = ("mod", "governor", "mayor", "media")
_KEYS = {
    "kind",
    "channel",
    "url",
    "reporter",
    "region",
    "language",
    "enabled",
    "name",
    "channel_id",
    "links",
}
# a Telegram username: letters, digits and underscores (the preview's path segment)
_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,63}")


class RegistryError(StoreError):
    """The sources file cannot be used (its message names the file and every problem)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One source to sync: a public Telegram channel, a feed, or a page listing news items."""

    name: str
    kind: str
    reporter: str
    channel: str | None = None
    url: str | None = None
    region: str | None = None
    language: str | None = None
    enabled: bool = True
    channel_id: str | None = None
    links: str | None = None  # html: the path prefix of the item links to follow

    @property
    def key(self) -> str:
        """The id reports from this source are stored under (``reports.channel_id``).

        A page list's items are stored under the site's host: an article listed on two
        pages of one site is one report.
        """
        if self.channel_id:
            return bounded(self.channel_id)
        if self.kind == "telegram" and self.channel:
            return self.channel
        if self.kind == "html" and self.url:
            return bounded(urlsplit(self.url).netloc.lower())
        return bounded(self.url or self.name)


def path() -> Path:
    """Return the data folder's ``sources.toml`` (read at call time, like every setting)."""
    return settings.get().data_dir / "sources.toml"


def ensure(file: Path | None = None) -> Path:
    """Return the registry file, copying the shipped default there when it does not exist."""
    file = file or path()
    if not file.exists():
        file.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(DEFAULT, file)
    return file


def load(file: Path | None = None) -> list[Source]:
    """Return the sources of a registry file (the data folder's by default, created if new)."""
    file = ensure(file) if file is None else Path(file)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        msg = f"{file}: cannot be read ({exc.strerror})"
        raise RegistryError(msg) from None
    except UnicodeDecodeError:
        msg = f"{file}: not UTF-8 text"
        raise RegistryError(msg) from None
    return parse(text, str(file))


def parse(text: str, name: str = "sources.toml") -> list[Source]:
    """Return the sources a registry text lists; one error naming every problem."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = f"{name}: not valid TOML ({exc})"
        raise RegistryError(msg) from None
    tables = document.get("source", [])
    if not isinstance(tables, list):
        msg = f"{name}: 'source' must be a list of [[source]] tables"
        raise RegistryError(msg)
    problems: list[str] = []
    sources: list[Source] = []
    for number, table in enumerate(tables, 1):
        found = _source(table, f"source #{number}", problems)
        if found is not None:
            sources.append(found)
    names = [source.name for source in sources]
    for twice in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"two sources are named {twice!r}")
    if problems:
        msg = f"{name}: " + "; ".join(problems)
        raise RegistryError(msg)
    return sources


def _source(table: object, where: str, problems: list[str]) -> Source | None:
    if not isinstance(table, dict):
        problems.append(f"{where} is not a table")
        return None
    before = len(problems)
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(unknown)}")
    for key in _KEYS - {"enabled"}:
        if key in table and not isinstance(table[key], str):
            problems.append(f"{where}: {key!r} is {table[key]!r}, expected a string")
    if "enabled" in table and not isinstance(table["enabled"], bool):
        problems.append(f"{where}: 'enabled' is {table['enabled']!r}, expected true or false")
    kind, reporter = table.get("kind"), table.get("reporter")
    channel, url = table.get("channel"), table.get("url")
    if kind not in KINDS:
        problems.append(f"{where}: 'kind' is {kind!r}, expected one of {', '.join(KINDS)}")
    if reporter not in REPORTERS:
        problems.append(
            f"{where}: 'reporter' is {reporter!r}, expected one of {', '.join(REPORTERS)}"
        )
    if kind == "telegram" and not (isinstance(channel, str) and _USERNAME.fullmatch(channel)):
        problems.append(f"{where}: a telegram source needs 'channel', a username (got {channel!r})")
    if kind in ("rss", "html") and not (
        isinstance(url, str) and url.startswith(("http://", "https://"))
    ):
        problems.append(f"{where}: an {kind} source needs 'url', an http(s) address (got {url!r})")
    links = table.get("links")
    if links is not None and (kind != "html" or not str(links).startswith("/")):
        problems.append(
            f"{where}: 'links' is {links!r}: only an html source has it, a path starting with /"
        )
    name = table.get("name") or channel or url
    if isinstance(name, str) and len(name) > MAX_NAME:
        problems.append(
            f"{where}: its name {name[:40]!r}... is over {MAX_NAME} characters: give it a "
            "shorter 'name'"
        )
    if len(problems) > before:
        return None
    return Source(
        name=str(name),
        kind=str(kind),
        reporter=str(reporter),
        channel=channel if kind == "telegram" else None,
        url=url if kind in ("rss", "html") else None,
        region=table.get("region"),
        language=table.get("language"),
        enabled=table.get("enabled", True),
        channel_id=table.get("channel_id"),
        links=links,
    )


def for_imports() -> list[Source]:
    """Return the sources a file import looks its channels up in (:func:`declare`): the data
    folder's ``sources.toml``, else the shipped default, read and never created (an import
    does not write the registry).

    Raises
    ------
    RegistryError
        The file cannot be used.
    """
    file = path()
    return load(file if file.exists() else DEFAULT)


def declare(
    items: Sequence[Item], sources: Sequence[Source], synced: Mapping[str, str] | None = None
) -> list[Item]:
    """Return ``items`` with who their channel is declared to be, as a sync gives it.

    A Telegram Desktop export names its channel by the title and the numeric id; a
    registered channel is found by that id: the source's ``channel_id``, or the id the sync
    stored its posts under (``synced``: source name -> ``sources.channel_id``), or its
    username (a channel stored under it). Its ``reporter`` and ``region`` go to the parser
    and are kept with the report, so a governor's channel under a title the parser does not
    read as his ("Регион 71 | безопасность") counts, and adds up, as the governor's, as its
    synced posts do. Items of other channels, or already declared, are left as they are.
    """
    known: dict[str, Source] = {}
    for source in sources:
        if source.kind != "telegram":
            continue
        for key in (source.channel_id, (synced or {}).get(source.name), source.channel):
            if key:
                known.setdefault(key, source)
    if not known:
        return list(items)
    out = []
    for item in items:
        found = known.get(item.channel_id or "") if item.source_kind == "telegram" else None
        if found is not None and item.reporter is None:
            item = replace(item, reporter=found.reporter, region=found.region)
        out.append(item)
    return out


def set_enabled(file: Path, name: str, enabled: bool) -> None:
    """Turn one source on or off, editing only its ``enabled`` line (comments are kept)."""
    text = Path(file).read_text(encoding="utf-8")
    sources = parse(text, str(file))
    index = next((i for i, s in enumerate(sources) if s.name == name), None)
    if index is None:
        msg = f"{file}: no source named {name!r}"
        raise RegistryError(msg)
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.strip() == "[[source]]"]
    start = starts[index]
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines)
    )
    value = "true" if enabled else "false"
    for i in range(start + 1, end):
        if lines[i].split("=", 1)[0].strip() == "enabled":
            lines[i] = f"enabled = {value}\n"
            break
    else:
        lines.insert(start + 1, f"enabled = {value}\n")
    edited = "".join(lines)
    parse(edited, str(file))  # never write a file the Atlas could not read back
    Path(file).write_text(edited, encoding="utf-8")


def save(file: Path, text: str) -> list[Source]:
    """Replace a registry file with ``text`` when it reads as a registry; return its sources."""
    sources = parse(text, str(file))
    Path(file).write_text(text, encoding="utf-8")
    return sources
