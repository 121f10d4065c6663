"""The one place the store calls the parser (``parsing.parse``), so tests can replace it."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

from store import _deadline
from store._errors import ImportFailed
from store._time import MSK, from_db

#: ``(text, published, source) -> list[parsing.model.Report]``; ``source`` is who published
#: the text (a channel's title), which tells the parser whose figures an unsigned post gives.
#: A parser that also takes ``reporter`` and ``region`` keywords (the default one does) is
#: given who a synced source is declared to be (``sources.toml``), over what its title says.
Parser = Callable[[str, datetime | None, str | None], list[Any]]

log = logging.getLogger(__name__)


def default_parser() -> Parser:
    """Return ``parsing.parse``; refuse clearly while the parser is not installed."""
    import parsing

    parse = getattr(parsing, "parse", None)
    if parse is None:
        msg = "the parser is not available (parsing.parse is missing): nothing was imported"
        raise ImportFailed(msg)

    def call(
        text: str,
        published: datetime | None,
        source: str | None,
        *,
        reporter: Any = None,
        region: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Any]:
        # the parser takes the publication date (Moscow time) to complete dates
        day = published.astimezone(MSK).date() if published is not None else None
        return list(
            parse(
                text,
                published=day,
                source=source,
                reporter=reporter,
                region=region,
                progress=progress,
            )
        )

    return call


def default_version() -> str:
    """Return ``parsing.PARSER_VERSION`` (``"unknown"`` while the parser is missing)."""
    import parsing

    return str(getattr(parsing, "PARSER_VERSION", "unknown"))


#: The source kind of a channel's posts (a Telegram export or a sync).
CHANNEL_POST = "telegram"


def channel_reporter(source_kind: str | None, channel: str | None) -> str | None:
    """Return the reporter whose own channel a channel post's ``channel`` is by its title,
    as the parser reads a source's name ("Губернатор Брянской области": governor, "Сергей
    Собянин": mayor); None for an outlet's title and for a text that is no channel post.

    Stored with the report (``reports.channel_reporter``) when it is written: the figures
    and the Claims page read it there (docs/reconciliation.md 1b) instead of loading the
    parser's rules (0.7 s of CPU) in a server that only shows stored reports.
    """
    if source_kind != CHANNEL_POST or not channel:
        return None
    from parsing import source_reporter  # the parser's rules: loaded only for such posts

    return source_reporter(channel)


#: The source kinds of a channel's posts and a feed's items (by any route: a Telegram export, a
#: feed file, a sync), and the longest text one of them may be (characters). Telegram's longest
#: message is 4,096 characters and a long article a few tens of thousands; a longer one is no
#: post, and the parser is not called: one item of 2.4 M characters of report sentences had held
#: a sync pass for eight minutes before the parse's bound of CPU time stopped it.
POST_KINDS = frozenset({CHANNEL_POST, "rss"})
MAX_POST_CHARS = 200_000


def too_long(text: str, kind: str | None) -> str | None:
    """The error of a post or a feed item (``kind``: its source kind) longer than
    :data:`MAX_POST_CHARS`, said as the parser says a text over its cap; None for any other."""
    if kind not in POST_KINDS or len(text) <= MAX_POST_CHARS:
        return None
    return (
        f"ReportTooLongError: the post is {len(text):,} characters long, more than the "
        f"{MAX_POST_CHARS:,} a channel post or a feed item may have: paste it as a report of its "
        "own if it is one"
    )


class _Stopped(Exception):
    """What a progress callback raised, carried through the parser to :func:`parse_text`."""


def takes_progress(parse: Parser, keyword: str = "progress") -> bool:
    """Whether ``parse`` takes a ``progress`` keyword (or ``keyword``: the default parser
    takes ``progress``, ``reporter`` and ``region``; a parser given to ``open_store`` need
    not)."""
    try:
        return keyword in inspect.signature(parse).parameters
    except (TypeError, ValueError):  # a callable without a signature to read
        return False


def parse_text(
    parse: Parser,
    text: str,
    published: datetime | None,
    source: str | None,
    *,
    reporter: str | None = None,
    region: str | None = None,
    kind: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Any], str | None]:
    """Call the parser on one text: its reports, or none and the failure in one line.

    ``reporter`` and ``region`` (who the source is declared to be) are given to a parser
    that takes them, when either is set. A channel's post or a feed's item (``kind``, its
    source kind) longer than :data:`MAX_POST_CHARS` is not parsed (:func:`too_long`).

    A parser failure never stops an import or a re-parse: the text is stored and queued
    with the error's first line; the whole traceback goes to the log. So is a parse that
    runs past its bound of CPU time (:func:`store._deadline.bound` of the text's length),
    which is stopped there. ``progress(done,
    total)`` is given to a parser that takes it (sentences read, :func:`parsing.parse`):
    an exception it raises is no parser failure, it propagates as raised.
    """

    def guarded(done: int, total: int) -> None:
        try:
            progress(done, total)  # type: ignore[misc]  # only given when not None
        except Exception as exc:
            raise _Stopped from exc

    refused = too_long(text, kind)
    if refused is not None:
        log.warning("a text was refused (%s); it is kept for review", refused)
        return [], refused
    keywords: dict[str, Any] = {}
    if (reporter is not None or region is not None) and takes_progress(parse, "reporter"):
        keywords = {"reporter": reporter, "region": region}
    if progress is not None and takes_progress(parse):
        keywords["progress"] = guarded
    seconds = _deadline.bound(len(text))
    try:
        with _deadline.within(seconds):
            return list(parse(text, published, source, **keywords)), None
    except _deadline.Overdue:
        # a loop of the parser that never ends: where it was is for whoever fixes it
        error = (
            f"ParseOverdue: the parse did not end within {seconds:.1f} s of CPU time"
            f" (a text of {len(text):,} characters) and was stopped"
        )
        log.warning("%s; the text is kept for review", error, exc_info=True)
        return [], error
    except _Stopped as stopped:
        assert stopped.__cause__ is not None
        raise stopped.__cause__ from None
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}".splitlines()[0]
        if _refused(exc):
            # a text over the length cap is the input's fault, said in full by its message:
            # its traceback (printed by the command line's logging) says nothing more
            log.warning("a text was refused (%s); it is kept for review", error)
        else:
            log.warning(
                "the parser failed on a text (%s); it is kept for review", error, exc_info=True
            )
        return [], error


def parse_item(
    parse: Parser, item: Any, *, progress: Callable[[int, int], None] | None = None
) -> tuple[list[Any], str | None]:
    """:func:`parse_text` on an ``Item`` to store: its channel and who it is declared to be."""
    return parse_text(
        parse,
        item.text,
        item.published,
        item.channel,
        reporter=item.reporter,
        region=item.region,
        kind=item.source_kind,
        progress=progress,
    )


class StoredText(NamedTuple):
    """A stored report's row as a re-parse reads it (plain values: a worker is sent it)."""

    id: str
    text: str
    published_at: datetime | None  # naive Moscow time, as stored
    channel: str | None
    declared_reporter: str | None
    declared_region: str | None
    source_kind: str | None


def parse_stored(parse: Parser, row: Any) -> tuple[list[Any], str | None]:
    """:func:`parse_text` on a stored report's row (``text``, ``published_at``, ``channel``,
    ``declared_reporter``, ``declared_region``, ``source_kind``): parsed again as it was
    stored."""
    return parse_text(
        parse,
        row.text,
        from_db(row.published_at),
        row.channel,
        reporter=row.declared_reporter,
        region=row.declared_region,
        kind=row.source_kind,
    )


def _refused(exc: Exception) -> bool:
    """Whether ``exc`` is the parser refusing an input by design (a text too long), not a bug."""
    from parsing import ReportTooLongError  # (parsing's errors only: no rules are loaded)

    return isinstance(exc, ReportTooLongError)
