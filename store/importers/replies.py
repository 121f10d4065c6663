"""A channel's reply that corrects or updates its post, read with it (docs/reconciliation.md 7.7).

A governor posts "Над областью сбиты 5 БПЛА" and answers his own post with "Уточнение: сбиты не
5, а 7". Read alone the reply names no place; read under its post it sets the post's figure
right ("UPD: сбит ещё один" adds to it). So a reply of the same chat whose text corrects a
figure or opens with an update's label (:func:`amends`) is stored as **a later version
of the post it answers** (:func:`joined`): the post's message id and date, the post's text with
the reply's under it, the reply's time as the edit's; the store keeps the latest version of a
message alone (``store.ingest``), so the corrected figure replaces the post's. Here: the join
of the messages one export or one sync pass reads (:func:`within`); ``store.replies`` joins a
reply and a post read apart, with the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from store.importers._common import Item, guess_language

#: (channel id, message id): a message of one chat.
Key = tuple[str, str]


def correction_at(text: str) -> int | None:
    """Where a text begins to set a figure told before right ("Уточнение: ...", "по уточненным
    данным", "revised figures": the parser's vocabulary of a text that corrects itself); None
    when it does not."""
    from parsing.vocab import CORRECTED_TEXT_RE  # (the parser is loaded when texts are parsed)

    m = CORRECTED_TEXT_RE.search(text.lower().replace("ё", "е"))
    return None if m is None else m.start()


def amends(text: str) -> bool:
    """Whether a reply's text sets its post's figure right (:func:`correction_at`) or opens
    with an update's label ("UPD: сбит ещё один", "Дополнение: ...": more drones for the post's
    report, which the reply alone does not name)."""
    from parsing.vocab import UPDATE_RE  # (the parser is loaded when texts are parsed)

    return UPDATE_RE.match(text) is not None or correction_at(text) is not None


def joined(post: Item, reply: Item) -> Item:
    """A reply that corrects its post, as a later version of the post: the post's text and the
    reply's under it, the post's message id and date, the reply's time as the edit's; the
    reply's own id kept (``reply_id``). "Над X сбиты 5 БПЛА." answered by "Уточнение: сбиты не
    5, а 7 беспилотников" is X 7, where the reply alone named no place."""
    text = f"{post.text}\n\n{reply.text}"
    return replace(
        reply,
        where=f"{reply.where} (correcting message {post.message_id})",
        text=text,
        message_id=post.message_id,
        published=post.published,
        edited=reply.edited or reply.published,
        language=guess_language(text),
        reply_to=_answered(post),
        reply_id=reply.message_id,
    )


def _answered(post: Item) -> str | None:
    """The message a version of ``post`` that reads a correction under it answers: what the
    post answers when it is itself a correcting reply (stored alone, its own post not known),
    so that the post, when it comes, reads both; else none."""
    if post.reply_id is not None or (post.reply_to and amends(post.text)):
        return post.reply_to
    return None


def answers_earlier(message_id: str | None, reply_to: str | None) -> bool:
    """Whether ``reply_to`` names a message of the chat before ``message_id``: a chat numbers
    its messages as they come, so a reply answers a smaller id. An export or a page that says a
    message answers itself or a later one (edited by hand, or hostile) is read as no reply: read
    as one, a message that answered itself became a correction of itself when imported again,
    and two that answered each other a loop, and every version of the post left the map and the
    review without a word."""
    if not (message_id and reply_to and message_id.isascii() and reply_to.isascii()):
        return False
    return message_id.isdigit() and reply_to.isdigit() and int(reply_to) < int(message_id)


def key(item: Item, message_id: str | None) -> Key:
    return (item.channel_id or "", message_id or "")


def correcting(item: Item) -> bool:
    """Whether ``item`` is a reply, not yet read with its post, that corrects or updates it."""
    return bool(item.reply_to) and item.reply_id is None and amends(item.text)


def within(items: Sequence[Item]) -> list[Item]:
    """``items`` (one export's or one pass's, in order) with each correcting reply whose post
    is among the items before it read as that post's later version (:func:`joined`). A
    correction of a correction joins the first post; a second correction of the post joins the
    post's version that holds the first."""
    return join_to(items, {})


def join_to(items: Sequence[Item], stored: dict[Key, Item]) -> list[Item]:
    """:func:`within`, a reply whose post is not among ``items`` read with ``stored``'s version
    of it (by the chat and the message it answers)."""
    read: dict[Key, Item] = {}
    out = []
    for item in items:
        if correcting(item):
            post = read.get(key(item, item.reply_to)) or stored.get(key(item, item.reply_to))
            if post is not None:
                item = joined(post, item)
        read[key(item, item.reply_id or item.message_id)] = item
        if item.reply_id is not None:
            read[key(item, item.message_id)] = item  # (the post's latest version)
        out.append(item)
    return out
