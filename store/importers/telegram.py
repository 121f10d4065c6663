"""Telegram Desktop JSON exports (``result.json``): one chat, or a whole account."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from store._errors import ImportFailed
from store._time import MSK, from_unix
from store.importers._common import Item, checked_moment, decode, guess_language
from store.importers.replies import answers_earlier, within

log = logging.getLogger(__name__)


def read(data: bytes, name: str) -> list[Item]:
    """Return the messages with text of a Telegram export; service messages are skipped."""
    try:
        document = json.loads(decode(data, name))
    except json.JSONDecodeError as exc:
        msg = f"{name}: not valid JSON ({exc.msg}: line {exc.lineno}, column {exc.colno})"
        raise ImportFailed(msg) from None
    except RecursionError:
        # "[[[[..." nested deeper than the decoder recurses: no export looks like that
        msg = f"{name}: not a Telegram Desktop export (JSON nested too deeply to read)"
        raise ImportFailed(msg) from None
    items: list[Item] = []
    for chat in _chats(document, name):
        items.extend(_chat_items(chat, name))
    return items


def _chats(document: Any, name: str) -> list[dict[str, Any]]:
    if isinstance(document, dict) and "messages" in document:
        return [document]
    if isinstance(document, dict) and isinstance(document.get("chats"), dict):
        chats: list[Any] = []
        for key in ("chats", "left_chats"):
            section = document.get(key) or {}
            listed = section.get("list", []) if isinstance(section, dict) else None
            if not isinstance(listed, list):
                msg = f"{name}: '{key}' has no 'list' of chats"
                raise ImportFailed(msg)
            chats.extend(listed)
        for index, chat in enumerate(chats, 1):
            if not isinstance(chat, dict):
                msg = f"{name}: chat #{index} is a {type(chat).__name__}, not an object"
                raise ImportFailed(msg)
        # chats exported without their history carry no 'messages': nothing to import
        kept = [chat for chat in chats if "messages" in chat]
        if len(kept) < len(chats):
            log.info(
                "%s: %d chats exported without their messages skipped", name, len(chats) - len(kept)
            )
        return kept
    msg = (
        f"{name}: not a Telegram Desktop export (expected an object with 'messages' "
        "or 'chats', as written by Export chat history in JSON)"
    )
    raise ImportFailed(msg)


def _chat_items(chat: dict[str, Any], name: str) -> list[Item]:
    messages = chat.get("messages")
    channel = chat.get("name")
    if not isinstance(messages, list):
        msg = f"{name}: chat {channel!r}: 'messages' is not a list"
        raise ImportFailed(msg)
    if channel is not None and not isinstance(channel, str):
        msg = f"{name}: chat 'name' is {channel!r}, expected a string"
        raise ImportFailed(msg)
    channel_id = str(chat["id"]) if chat.get("id") is not None else channel
    items = []
    for index, message in enumerate(messages, 1):
        item = _message(message, index, name, channel, channel_id)
        if item is not None:
            items.append(item)
    if len(items) < len(messages):
        log.info(
            "%s: chat %r: %d of %d messages skipped (service messages, media without a caption)",
            name, channel, len(messages) - len(items), len(messages),
        )  # fmt: skip
    # a reply that corrects its post is read with it, as the post's later version
    return within(items)


def _message(
    message: Any, index: int, name: str, channel: str | None, channel_id: str | None
) -> Item | None:
    if not isinstance(message, dict):
        msg = f"{name}: message #{index} is a {type(message).__name__}, not an object"
        raise ImportFailed(msg)
    if "id" not in message:
        msg = f"{name}: message #{index} has no 'id'"
        raise ImportFailed(msg)
    if isinstance(message["id"], bool) or not isinstance(message["id"], int | str):
        msg = f"{name}: message #{index}: 'id' is {message['id']!r}, expected a number or a string"
        raise ImportFailed(msg)
    where = f"{name}: message {message['id']}"
    if message.get("type", "message") != "message":
        return None  # service messages: pins, channel creation, ...
    text = _text(message, where)
    if not text.strip():
        return None  # a photo or file without a caption
    published = _moment(message, "date", where, required=True)
    edited = _moment(message, "edited", where, required=False)
    return Item(
        where=where,
        text=text,
        source_kind="telegram",
        channel=channel,
        channel_id=channel_id,
        message_id=str(message["id"]),
        published=published,
        edited=edited,
        language=guess_language(text),
        reply_to=_reply_to(message),
    )


def _reply_to(message: dict[str, Any]) -> str | None:
    """The id of the message of the same chat that ``message`` replies to (None if none: a reply
    to another chat's message names that chat, ``reply_to_peer_id``; one that names no message
    before it is none, :func:`store.importers.replies.answers_earlier`)."""
    if message.get("reply_to_peer_id") is not None:
        return None
    parent = message.get("reply_to_message_id")
    if not isinstance(parent, int | str) or isinstance(parent, bool):
        return None
    return str(parent) if answers_earlier(str(message["id"]), str(parent)) else None


def _text(message: dict[str, Any], where: str) -> str:
    if "text" in message:
        key, value = "text", message["text"]
    else:
        key, value = "text_entities", message.get("text_entities", "")
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        msg = f"{where}: '{key}' is a {type(value).__name__}, expected a string or a list"
        raise ImportFailed(msg)
    parts = []
    for number, part in enumerate(value, 1):
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(
                struck(part["text"]) if part.get("type") == "strikethrough" else part["text"]
            )
        else:
            msg = f"{where}: '{key}' part {number} is {part!r}, expected a string or an object with 'text'"
            raise ImportFailed(msg)
    return "".join(figures_apart(parts))


def figures_apart(parts: list[str]) -> list[str]:
    """``parts`` (the texts of a post's or a page's pieces of markup, in order) with a blank
    between a piece that is a figure and a letter that touches it: "уничтожены", a bold "5",
    "беспилотников" had been read as one word "уничтожены5беспилотников", the figure lost without
    a word. (A figure's pieces among digits, "1" and a bold "200", stay one number.)"""
    out = list(parts)
    for k, part in enumerate(out):
        if not part.isdecimal():
            continue
        if k > 0 and out[k - 1][-1:].isalpha():
            out[k] = " " + out[k]
        if k + 1 < len(out) and out[k + 1][:1].isalpha():
            out[k] += " "
    return out


def struck(text: str) -> str:
    """A struck-out part ("~~5~~ 7": a figure the author corrected), written as Markdown's
    strikethrough: the text keeps it, the parser never reads it (``parsing.text.STRUCK``) and
    the claim beside it is flagged. Its spaces stay outside the marks, as Markdown needs. The
    sync's preview pages (``store.sync.telegram``) write their struck parts the same way."""
    core = text.strip()
    if not core or "~" in core:
        return text  # (nothing to strike, or tildes of its own that the marks would confuse)
    lead = text[: len(text) - len(text.lstrip())]
    return f"{lead}~~{core}~~{text[len(lead) + len(core) :]}"


def _moment(message: dict[str, Any], key: str, where: str, *, required: bool) -> datetime | None:
    """Read ``{key}_unixtime`` (UTC, reliable), else ``{key}`` (the exporter's local time)."""
    unix = message.get(f"{key}_unixtime")
    if unix is not None:
        try:
            moment = from_unix(int(unix))
        except (TypeError, ValueError, OverflowError, OSError):
            msg = f"{where}: '{key}_unixtime' is {unix!r}, not a number of seconds"
            raise ImportFailed(msg) from None
        return checked_moment(moment, where, f"{key}_unixtime", unix)
    text = message.get(key)
    if text is None:
        if required:
            msg = f"{where}: no '{key}' or '{key}_unixtime'"
            raise ImportFailed(msg)
        return None
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        msg = f"{where}: '{key}' is {text!r}, not an ISO date and time"
        raise ImportFailed(msg) from None
    # Without a zone the exporter's clock is unknown: Moscow time is the best guess.
    return checked_moment(moment if moment.tzinfo else moment.replace(tzinfo=MSK), where, key, text)
