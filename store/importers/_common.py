"""What every reader returns, and the checks every reader shares."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from store._errors import ImportFailed
from store._time import MSK


@dataclass(frozen=True, slots=True)
class Item:
    """One text to parse and store, with where it came from.

    ``where`` names the item in error messages ("result.json: message 57").
    ``published`` and ``edited`` are aware datetimes.
    ``reporter`` and ``region`` are who a synced source is declared to be (``sources.toml``).
    """

    where: str
    text: str
    source_kind: str
    channel: str | None = None
    channel_id: str | None = None
    message_id: str | None = None
    url: str | None = None
    published: datetime | None = None
    edited: datetime | None = None
    language: str | None = None
    #: who the source is declared to be (a sources registry's ``reporter`` and ``region``):
    #: given to the parser over what the channel's title says, and kept with the report
    reporter: str | None = None
    region: str | None = None
    #: a reply's: the message of the same chat it answers (a Telegram export, the sync)
    reply_to: str | None = None
    #: a correcting reply read with its post (``store.replies``): the reply's own message id,
    #: the item being the post's later version (``message_id`` the post's)
    reply_id: str | None = None
    #: why the source's date was not taken (one the calendar cannot store, year 1 or 9999):
    #: the item is stored undated and held for review as out of range (a feed's entry)
    date_refused: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """Rows ready to write for one text: its report row, statements and claims.

    ``error`` is set when the parser failed on the text: the text is still stored (and
    queued for review) so nothing is lost.
    """

    where: str
    report: dict[str, Any]
    statements: tuple[dict[str, Any], ...] = ()
    claims: tuple[dict[str, Any], ...] = ()
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]")


def normalise(text: str) -> str:
    """Return the form of a text its id is computed from (spacing, invisibles and the marks of
    struck-out text ignored: a Telegram message read before its strikethrough was marked, "5
    7", is the same message as "~~5~~ 7")."""
    text = unicodedata.normalize("NFKC", text)
    if "~~" in text:
        text = text.replace("~~", "")
    # each run of whitespace one space, none at the ends: what re.sub(r"\s+", " ", ...)
    # and strip() gave (str.split and \s both take str.isspace's characters), in a fifth
    # of the time (the substitution rewrote every single space: 18 µs a message)
    return " ".join(_INVISIBLE.sub("", text).split())


def report_id(text: str, source: str | None, key: str | None = None) -> str:
    """Return the id of a text from a source: a hash of the normalised text, the source and
    ``key``, what makes the post a post (:func:`post_key`); without a key, text and source."""
    digest = hashlib.sha256()
    digest.update(normalise(text).encode("utf-8"))
    digest.update(b"\x1f")
    digest.update((source or "").encode("utf-8"))
    if key:
        digest.update(b"\x1f")
        digest.update(key.encode("utf-8"))
    return digest.hexdigest()[:32]


def post_key(item: Item) -> str | None:
    """Return what tells one post from another with the same text: its message id (a
    channel export or sync: the same message by either route has the same id), else its
    publication time (to the second, UTC), else None (an undated paste is its text)."""
    if item.message_id:
        return f"message:{item.message_id}"
    if item.published is not None:
        return "published:" + item.published.astimezone(UTC).isoformat(timespec="seconds")
    return None


def item_id(item: Item) -> str:
    """Return the report id of an item: its text and source, told apart by :func:`post_key`.

    A governor's "Над областью уничтожен БПЛА." posted on two nights is two reports.
    """
    return report_id(item.text, item.channel_id or item.channel, post_key(item))


def legacy_id(item: Item) -> str | None:
    """Return the id the Atlas gave an item before ids had a post key (text and source
    only), for an item that has a key; None otherwise (its id never changed)."""
    if post_key(item) is None:
        return None
    return report_id(item.text, item.channel_id or item.channel)


def checked_moment(moment: datetime, where: str, key: str, raw: object) -> datetime:
    """Return ``moment`` (aware) when it can be stored and shown; a date at the very edge of
    the calendar (year 1, year 9999) cannot be moved to Moscow time or UTC: refuse it."""
    try:
        moment.astimezone(UTC).astimezone(MSK)
    except (OverflowError, ValueError):
        msg = f"{where}: '{key}' is {raw!r}, a date that cannot be stored (year {moment.year})"
        raise ImportFailed(msg) from None
    if not 2 <= moment.year <= 9998:
        msg = f"{where}: '{key}' is {raw!r}, a date that cannot be stored (year {moment.year})"
        raise ImportFailed(msg)
    return moment


def decode(data: bytes, name: str) -> str:
    """Return the text of a file, refusing binary data with a one-line error.

    UTF-8 with a few broken bytes stays UTF-8: each byte that cannot be read becomes
    U+FFFD, and the store sends the texts holding one to review (``unreadable_text``)
    rather than read the whole file in another encoding. A file with fewer characters
    read as UTF-8 than bytes failing is Windows Cyrillic (cp1251) when it reads as text, or
    KOI8-R when that reading holds more small Russian letters. A file that opens with UTF-16's
    byte order mark is UTF-16.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # UTF-16 with its byte order mark: what Windows Notepad saves as "Unicode" (its
        # zero bytes had refused the file as binary)
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            msg = f"{name}: not UTF-16 text, though it opens with UTF-16's byte order mark"
            raise ImportFailed(msg) from None
    if b"\x00" in data[:65536]:
        msg = f"{name}: a binary file, not text"
        raise ImportFailed(msg)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first = exc.start
    as_utf8 = data.decode("utf-8-sig", errors="replace")
    broken = as_utf8.count("\ufffd")
    # characters read as UTF-8 sequences of several bytes: a cp1251 text has next to none
    read = len(as_utf8) - len(as_utf8.encode("ascii", "ignore")) - broken
    if read > broken:
        return as_utf8  # UTF-8 with a few bytes broken in transit
    # Windows users save Russian text as cp1251; accept it only when it reads as text.
    text = data.decode("cp1251", errors="replace")
    # KOI8-R (older Unix and mail archives) reads as cp1251 too, but as capitals (its small
    # letters are cp1251's capitals and the other way round): Russian prose is mostly small
    # letters, so the reading with more of them is the file's (a KOI8-R report read as cp1251
    # had been stored as capitals that name nothing, with no claim and no review)
    koi8 = data.decode("koi8-r", errors="replace")
    if _small_cyrillic(koi8) > _small_cyrillic(text):
        text = koi8
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t")
    if "\ufffd" in text or controls > len(text) / 100:
        msg = f"{name}: not UTF-8 text (byte {first} cannot be read)"
        raise ImportFailed(msg) from None
    return text


_SMALL_CYRILLIC = re.compile("[а-яё]")


def _small_cyrillic(text: str) -> int:
    """How many small Russian letters ``text`` holds."""
    return len(_SMALL_CYRILLIC.findall(text))


_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_UKRAINIAN = re.compile("[іїєґ]", re.IGNORECASE)
_LATIN = re.compile("[a-z]", re.IGNORECASE)


def guess_language(text: str) -> str | None:
    """Return ``ru``, ``uk`` or ``en`` by the letters a text uses, or None for no letters."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if not cyrillic and not latin:
        return None
    if cyrillic >= latin:
        return "uk" if len(_UKRAINIAN.findall(text)) * 20 > cyrillic else "ru"
    return "en"
