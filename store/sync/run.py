"""One sync pass: each enabled source read, its new and edited posts imported with its state
in one transaction; a failing source is recorded and leaves the others untouched."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.engine import Connection

import settings
from store import schema
from store._errors import StoreError
from store._time import MSK
from store.importers import Item, guess_language, normalise
from store.importers.replies import answers_earlier
from store.ingest import ImportResult
from store.store import Store
from store.sync import feeds, pages, state, telegram, withdraw
from store.sync.http import Client, FetchError
from store.sync.registry import Source

#: Each pass re-reads the newest posts of at least this period before the newest stored
#: one, so edits and deletions are seen.
REREAD = timedelta(hours=48)

#: ``progress(done, total, message)``: pages and sources done so far in a pass.
PassProgress = Callable[[float, int, str], None]


@dataclass(frozen=True, slots=True)
class SourceResult:
    """What one pass over one source did."""

    name: str
    error: str | None = None
    pages: int = 0
    seen: int = 0  # posts with text read
    added: int = 0
    edits: int = 0
    claims: int = 0
    deleted: int = 0
    returned: int = 0  # messages noted deleted that show again: counted again
    more: bool = False  # a backfill that stopped at the page cap: run another pass
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """Whether the pass succeeded."""
        return self.error is None

    def line(self) -> str:
        """Return the one log line of this source's pass."""
        if self.error:
            return f"{self.name}: failed: {self.error}"
        text = (
            f"{self.name}: {self.pages} page(s), {self.seen} posts read, {self.added} added "
            f"({self.edits} edited), {self.claims} claims, {self.deleted} deleted noted "
            f"in {self.seconds:.2f} s"
        )
        if self.returned:
            text += f", {self.returned} noted deleted shown again"
        return "; ".join((text, *self.notes))


def run_pass(
    store: Store,
    sources: Sequence[Source],
    *,
    since: date | None = None,
    client: Client | None = None,
    progress: PassProgress | None = None,
    log: Callable[[str], None] | None = None,
) -> list[SourceResult]:
    """Sync each source once (the caller picks which: disabled ones are skipped)."""
    client = client or Client.from_settings()
    results = []
    enabled = [source for source in sources if source.enabled]
    for number, source in enumerate(enabled):

        def step(fraction: float, message: str, number: int = number) -> None:
            if progress is not None:
                progress(number + min(fraction, 1.0), len(enabled), message)

        result = sync_source(store, source, since=since, client=client, step=step)
        results.append(result)
        if log is not None:
            log(result.line())
        step(1.0, result.line())
    return results


def sync_source(
    store: Store,
    source: Source,
    *,
    since: date | None = None,
    client: Client | None = None,
    step: Callable[[float, str], None] | None = None,
) -> SourceResult:
    """Read one source and import what is new in one transaction; record a failure."""
    client = client or Client.from_settings()
    started = time.perf_counter()
    try:
        with store.engine.connect() as conn:
            known = state.read(conn, source.name)
        if source.kind == "telegram":
            found = _read_channel(store, source, known, since, client, step)
        elif source.kind == "html":
            found = _read_pages(store, source, client, step)
        else:
            found = _read_feed(store, source, client)
        if found.key is not None:
            source = replace(source, channel_id=found.key)
        result = _import(store, source, found)
    except (StoreError, ValueError, OSError) as exc:
        error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        state.record_failure(store.engine, source.name, source.kind, source.key, error)
        return SourceResult(source.name, error=error, seconds=time.perf_counter() - started)
    return replace(result, seconds=time.perf_counter() - started)


# --- reading -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    items: list[Item]
    pages: int
    seen: int
    newest: tuple[str, datetime] | None
    oldest: tuple[str, datetime] | None
    edits: int = 0
    deleted: tuple[tuple[str, str | None], ...] = ()
    returned: tuple[tuple[str, str | None], ...] = ()  # noted deleted, shown again
    more: bool = False
    notes: list[str] = field(default_factory=list)
    gap: tuple[int, int] | None = None
    gap_changed: bool = False
    key: str | None = None  # the channel id the posts are stored under, when learned


def _read_channel(
    store: Store,
    source: Source,
    known: state.State,
    since: date | None,
    client: Client,
    step: Callable[[float, str], None] | None,
) -> _Found:
    assert source.channel is not None
    channel = source.channel
    cap = settings.get().sync_max_pages
    head = _walk(client, channel, None, cap, _head_stop(known), step)
    posts = {post.id: post for page in head.pages for post in page.posts}
    head_ids = set(posts)
    gap, gap_changed = _fill_gap(client, channel, known, head, posts, cap, step)
    more = False
    floor = datetime.combine(since, datetime.min.time(), tzinfo=MSK) if since else None
    if floor is not None and head.why == "stop" and posts:
        # a backfill: on from the oldest post read so far (this pass or an earlier one)
        start = min(posts)
        reached = min(post.published for post in posts.values())
        if known.oldest_id and known.oldest_id.isdigit() and known.oldest_at is not None:
            start, reached = min(start, int(known.oldest_id)), min(reached, known.oldest_at)
        if reached >= floor:
            back = _walk(
                client,
                channel,
                start,
                cap - len(head.pages),
                lambda page: _older_than(page, floor),
                step,
            )
            posts.update({post.id: post for page in back.pages for post in page.posts})
            more = back.why == "cap"
            head.pages.extend(back.pages)
    kept = [
        post
        for post in sorted(posts.values(), key=lambda p: p.id)
        if floor is None or post.id in head_ids or post.published >= floor
    ]
    key, key_note = _channel_key(store, source, known, head.pages, posts, head.title)
    source = replace(source, channel_id=key)
    with_text = [post for post in kept if post.has_text]
    found = _Found(
        items=[_item(source, head.title or channel, post) for post in with_text],
        pages=len(head.pages),
        seen=len(with_text),
        newest=_edge(kept, max),
        oldest=_edge(kept, min),
        more=more,
    )
    found.gap, found.gap_changed, found.key = gap, gap_changed, key
    if key_note:
        found.notes.append(key_note)
    if gap_changed and gap is not None:
        found.notes.append(
            f"the page cap ({cap}) stopped the pass before post {gap[1] + 1}: the next "
            f"passes read the posts before {gap[0]}"
        )
    if not head.complete:
        found.notes.append("a page ended early: its complete posts were read")
    else:
        found.deleted, found.returned = _deleted(store, source, [posts[i] for i in head_ids])
    return found


@dataclass(slots=True)
class _Walk:
    pages: list[telegram.Page]
    title: str | None
    complete: bool
    why: str  # "stop" (the condition was met), "end" (the channel's first post), "cap"


def _walk(
    client: Client,
    channel: str,
    before: int | None,
    cap: int,
    stop: Callable[[telegram.Page], bool],
    step: Callable[[float, str], None] | None,
) -> _Walk:
    """Read pages back from ``before`` until ``stop(page)``, the channel's start or ``cap``."""
    walk = _Walk(pages=[], title=None, complete=True, why="cap")
    while len(walk.pages) < cap:
        page = telegram.parse_page(client.get(telegram.page_url(channel, before)), channel)
        walk.pages.append(page)
        walk.title = walk.title or page.title
        walk.complete = walk.complete and page.complete
        if step is not None:
            step(len(walk.pages) / max(cap, 1), f"{channel}: page {len(walk.pages)}")
        if page.oldest is None or (before is not None and page.oldest >= before):
            walk.why = "end"  # the start of the channel (or a server that ignores ?before=)
            break
        before = page.oldest
        if stop(page):
            walk.why = "stop"
            break
    return walk


def _fill_gap(
    client: Client,
    channel: str,
    known: state.State,
    head: _Walk,
    posts: dict[int, telegram.Post],
    cap: int,
    step: Callable[[float, str], None] | None,
) -> tuple[tuple[int, int] | None, bool]:
    """Keep track of the posts a pass stopped by the page cap left unread, and read them in
    later passes with the pages left; return the gap still unread and whether it changed.

    A gap ``(start, stop)`` means the posts after ``stop`` and before ``start`` are unread.
    """
    newest = int(known.newest_id) if known.newest_id and known.newest_id.isdigit() else None
    gap = known.gap
    if head.why == "cap" and newest is not None and posts and min(posts) > newest + 1:
        # the newest pages alone filled the cap: what lies below them waits
        return (min(posts), gap[1] if gap else newest), True
    if gap is None or len(head.pages) >= cap:
        return gap, False
    start, stop = gap
    fill = _walk(
        client,
        channel,
        start,
        cap - len(head.pages),
        lambda page: page.oldest is not None and page.oldest <= stop + 1,
        step,
    )
    read = {post.id: post for page in fill.pages for post in page.posts}
    posts.update(read)
    head.pages.extend(fill.pages)
    lowest = min(read, default=start)
    if fill.why == "cap" and lowest > stop + 1:
        return (lowest, stop), True
    return None, True


def _channel_key(
    store: Store,
    source: Source,
    known: state.State,
    read: list[telegram.Page],
    posts: dict[int, telegram.Post],
    title: str | None,
) -> tuple[str, str | None]:
    """Return the id the channel's posts are stored under, and a note when it is not the
    channel's numeric id although that is known (see "One message, one report").

    The numeric id Telegram Desktop exports carry: the sources file's ``channel_id``, else
    the one the preview names, else the one an export already stored holds the same posts
    under; the username only when none is known. A channel keeps the id its posts were
    stored under by earlier passes, so that a pass never stores a post twice.
    """
    with store.engine.connect() as conn:
        named = {page.channel_id for page in read if page.channel_id}
        candidate = source.channel_id or (named.pop() if len(named) == 1 else None)
        if candidate is None and title:
            moments = {str(post.id): post.published for post in posts.values() if post.has_text}
            candidate = state.exported_key(conn, title, moments)
        if (
            known.key
            and known.key != (candidate or source.channel)
            and state.holds(conn, known.key)
        ):
            note = None
            if candidate is not None:
                note = (
                    f"posts stay stored under {known.key!r} as on earlier passes; exports of "
                    f"this channel (id {candidate}) are not matched with them"
                )
            return known.key, note
    return candidate or source.key, None


def _head_stop(known: state.State) -> Callable[[telegram.Page], bool]:
    """Stop reading back once the page reaches the stored newest post and covers the
    48 hours before it (or, for a new source, the 48 hours before the newest post read)."""
    newest_id = int(known.newest_id) if known.newest_id and known.newest_id.isdigit() else None
    first_newest: list[datetime] = []

    def stop(page: telegram.Page) -> bool:
        if not page.posts:
            return True
        if not first_newest:
            first_newest.append(known.newest_at or max(post.published for post in page.posts))
        oldest = min(page.posts, key=lambda post: post.id)
        reached_stored = newest_id is None or oldest.id <= newest_id
        covered = oldest.published <= first_newest[0] - REREAD
        return reached_stored and covered

    return stop


def _older_than(page: telegram.Page, floor: datetime) -> bool:
    return any(post.published < floor for post in page.posts)


def _edge(posts: list[telegram.Post], pick: Any) -> tuple[str, datetime] | None:
    if not posts:
        return None
    post = pick(posts, key=lambda p: p.id)
    return str(post.id), post.published


def _item(source: Source, title: str, post: telegram.Post) -> Item:
    assert source.channel is not None
    return Item(
        where=f"{source.channel}: message {post.id}",
        text=post.text,
        source_kind="telegram",
        channel=title,
        channel_id=source.key,
        message_id=str(post.id),
        url=telegram.post_url(source.channel, post.id),
        published=post.published,
        language=source.language or guess_language(post.text),
        reporter=source.reporter,
        region=source.region,
        reply_to=str(post.reply_to) if answers_earlier(str(post.id), str(post.reply_to)) else None,
    )


def _deleted(
    store: Store, source: Source, shown_posts: list[telegram.Post]
) -> tuple[tuple[tuple[str, str | None], ...], tuple[tuple[str, str | None], ...]]:
    """Return the stored messages inside the id range the newest pages cover that they no
    longer show, and the messages noted deleted earlier that they show again."""
    shown = {post.id for post in shown_posts}
    if not shown:
        return (), ()
    low, high = min(shown), max(shown)
    since = min(post.published for post in shown_posts) - timedelta(days=1)
    with store.engine.connect() as conn:
        stored = state.stored_since(conn, source.key, since)
        noted = state.noted_deletions(conn, source.name)
    gone = [
        (message_id, report_id)
        for message_id, report_id in stored.items()
        if message_id.isdigit()
        and low <= int(message_id) <= high
        and int(message_id) not in shown
        and message_id not in noted
    ]
    back = [pair for pair in noted.items() if pair[0].isdigit() and int(pair[0]) in shown]
    return (
        tuple(sorted(gone, key=lambda pair: int(pair[0]))),
        tuple(sorted(back, key=lambda pair: int(pair[0]))),
    )


def _read_feed(store: Store, source: Source, client: Client) -> _Found:
    assert source.url is not None
    items = feeds.fetch(client, source.url)
    dated = [item for item in items if item.published is not None]
    newest = max(dated, key=lambda item: item.published) if dated else None  # type: ignore[arg-type, return-value]
    oldest = min(dated, key=lambda item: item.published) if dated else None  # type: ignore[arg-type, return-value]
    return _Found(
        items=[
            replace(
                item,
                language=source.language or item.language,
                reporter=source.reporter,
                region=source.region,
            )
            for item in items
        ],
        pages=1,
        seen=len(items),
        newest=(newest.message_id or "", newest.published) if newest and newest.published else None,
        oldest=(oldest.message_id or "", oldest.published) if oldest and oldest.published else None,
    )


def _read_pages(
    store: Store, source: Source, client: Client, step: Callable[[float, str], None] | None
) -> _Found:
    """Read a list page, then the item pages not stored yet (at most the page cap in all).

    An item page refused for good (a 4xx, over the size cap, cut off, without text) is
    skipped with a note and tried again on the next pass; a busy or silent server (429,
    5xx, timeouts after the retries) fails the source's pass: nothing of it is written.
    """
    assert source.url is not None
    cap = settings.get().sync_max_pages
    listing = pages.read_list(client.get(source.url), source.url, source.links)
    site = listing.site or urlsplit(source.url).netloc
    ids = {pages.message_id(url): url for url in listing.links}
    with store.engine.connect() as conn:
        stored = state.stored_texts(conn, source.key, list(ids))
    new = [url for message_id, url in ids.items() if message_id not in stored]
    chosen = new[: max(cap - 1, 0)]
    found = _Found(items=[], pages=1, seen=0, newest=None, oldest=None)
    articles = []
    for number, url in enumerate(chosen, 1):
        try:
            data = client.get(url)
        except FetchError as exc:
            if exc.transient:
                raise
            found.notes.append(f"skipped {exc}")
            continue
        finally:
            found.pages += 1
            if step is not None:
                step(number / max(len(chosen), 1), f"{source.name}: item {number}")
        article, why = pages.read_article(data, url)
        if article is None:
            found.notes.append(f"skipped {url}: {why}")
            continue
        articles.append(article)
    if len(new) > len(chosen):
        found.notes.append(
            f"the page cap ({cap}) left {len(new) - len(chosen)} item(s) for the next pass"
        )
    found.items = [
        Item(
            where=f"{source.name}: {article.url}",
            text=article.text,
            source_kind="html",
            channel=site,
            channel_id=source.key,
            message_id=pages.message_id(article.url),
            url=article.url,
            published=article.published,
            language=source.language or guess_language(article.text),
            reporter=source.reporter,
            region=source.region,
        )
        for article in articles
    ]
    found.seen = len(found.items)
    dated = sorted(
        (article.published, pages.message_id(article.url))
        for article in articles
        if article.published is not None
    )
    if dated:
        found.newest = (dated[-1][1], dated[-1][0])
        found.oldest = (dated[0][1], dated[0][0])
    return found


# --- writing -------------------------------------------------------------------------------


def _import(store: Store, source: Source, found: _Found) -> SourceResult:
    """Import the new and edited posts with the source's state in one transaction."""
    fresh = _new_or_edited(store, found.items)
    outcome_base = state.Outcome(
        newest_id=found.newest[0] if found.newest else None,
        newest_at=found.newest[1] if found.newest else None,
        oldest_id=found.oldest[0] if found.oldest else None,
        oldest_at=found.oldest[1] if found.oldest else None,
        deleted=found.deleted,
        returned=tuple(message_id for message_id, _ in found.returned),
        gap=found.gap,
        gap_changed=found.gap_changed,
    )

    def record(conn: Connection, result: ImportResult) -> None:
        outcome = replace(
            outcome_base, posts=result.added, claims=result.claims, edits=result.replaced
        )
        if found.returned:
            withdraw.restore(conn, store.parser, source.name, found.returned, schema.now())
        state.record_success(conn, source.name, source.kind, source.key, outcome)

    result = store.ingest_items(
        fresh, path=f"sync {source.name}", source_kind=source.kind, also=record
    )
    return SourceResult(
        name=source.name,
        pages=found.pages,
        seen=found.seen,
        added=result.added,
        edits=result.replaced,
        claims=result.claims,
        deleted=len(found.deleted),
        returned=len(found.returned),
        more=found.more,
        notes=(*found.notes, *_dated_out_of_range(fresh)),
    )


def _dated_out_of_range(items: list[Item]) -> list[str]:
    """The note of the items imported whose date could not be stored (a feed's entry dated in
    year 1 or 9999): each is held for review, the source's other items imported."""
    refused = [item.where.rsplit(": ", 1)[-1] for item in items if item.date_refused]
    if not refused:
        return []
    return [f"{len(refused)} held for review, dated out of range ({', '.join(refused)})"]


def _new_or_edited(store: Store, items: list[Item]) -> list[Item]:
    """Keep the posts not stored yet, and those whose text changed (a new version, dated now)."""
    keyed = [item for item in items if item.channel_id and item.message_id]
    stored: dict[str, dict[str, str]] = {}
    with store.engine.connect() as conn:
        for channel_id in {item.channel_id for item in keyed}:
            ids = [item.message_id for item in keyed if item.channel_id == channel_id]
            stored[str(channel_id)] = state.stored_texts(
                conn, str(channel_id), [str(i) for i in ids]
            )
    now = datetime.now(UTC).astimezone(MSK)
    fresh = []
    for item in items:
        if not (item.channel_id and item.message_id):
            fresh.append(item)
            continue
        before = stored[str(item.channel_id)].get(str(item.message_id))
        if before is None:
            fresh.append(item)
        elif before != normalise(item.text):
            # the preview marks an edit but not its time: the version is dated when seen
            fresh.append(replace(item, edited=item.edited or now))
    return fresh
