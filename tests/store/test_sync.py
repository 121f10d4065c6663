"""Sync passes against a local stand-in of the public preview: the database after each pass."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from parsing.model import Report
from settings import MSK
from store import Store, open_store, review, schema
from store._parse import MAX_POST_CHARS
from store.sync import Client, Source, run_pass, sync_source, telegram
from store.sync.http import USER_AGENT
from testkit.sync_site import Message, Scripted, Site, hourly
from tests.store.conftest import fake_parse

T0 = datetime(2025, 9, 11, 21, 0, tzinfo=MSK)
KALUGA = Source(
    name="kaluga_gov",
    kind="telegram",
    reporter="governor",
    channel="kaluga_gov",
    region="RU-KLU",
    language="ru",
)


def kaluga(site: Site) -> None:
    """Five messages: a claim, a photo without caption, a service message, a forwarded
    claim with a photo caption, an edited claim."""
    channel = site.channel("kaluga_gov", "Губернатор Калужской области")
    channel.add(Message(1, T0, "@governor night=2025-09-12\nRU-KLU 3"))
    channel.add(Message(2, T0 + timedelta(minutes=5), photo=True))
    channel.add(Message(3, T0 + timedelta(minutes=6), "Channel photo updated", service=True))
    channel.add(
        Message(
            4,
            T0 + timedelta(hours=9),
            "@mod night=2025-09-12\nRU-BRY 5",
            forwarded_from="Минобороны России",
            photo=True,
        )
    )
    channel.add(
        Message(
            5,
            T0 + timedelta(hours=10),
            "@governor night=2025-09-12\nRU-KLU/RU-KLU:kirovsky 2",
            edited=True,
        )
    )


def reports(store: Store) -> list[tuple[str | None, str, str | None]]:
    """(message id, text, superseded_by is set) of every stored report, by message id."""
    r = schema.reports
    with store.engine.connect() as conn:
        rows = conn.execute(select(r.c.message_id, r.c.text, r.c.superseded_by)).all()
    # by message, the older (superseded) version first
    return sorted(
        ((m, t, "old" if s else None) for m, t, s in rows),
        key=lambda row: (int(row[0]), row[2] is None),
    )


def source_row(store: Store, name: str) -> dict[str, object] | None:
    t = schema.sources
    with store.engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.name == name)).mappings().first()
    return dict(row) if row else None


def counts(store: Store, name: str) -> tuple[object, ...]:
    row = source_row(store, name)
    assert row is not None
    return (
        row["newest_id"],
        row["posts"],
        row["claims"],
        row["edits"],
        row["deletions"],
        row["passes"],
        row["last_error"],
    )


def imports(store: Store) -> int:
    return len(store.imports())


# --- the preview page ------------------------------------------------------------------------


def test_a_preview_page_is_read_into_posts(site: Site) -> None:
    kaluga(site)
    page = telegram.parse_page(site.page("kaluga_gov", None), "kaluga_gov")
    assert page.title == "Губернатор Калужской области"
    assert page.complete and page.oldest == 1
    assert page.posts == (
        telegram.Post(1, T0, "@governor night=2025-09-12\nRU-KLU 3"),
        telegram.Post(2, T0 + timedelta(minutes=5), ""),
        telegram.Post(3, T0 + timedelta(minutes=6), "Channel photo updated", service=True),
        telegram.Post(
            4,
            T0 + timedelta(hours=9),
            "@mod night=2025-09-12\nRU-BRY 5",
            forwarded_from="Минобороны России",
        ),
        telegram.Post(
            5,
            T0 + timedelta(hours=10),
            "@governor night=2025-09-12\nRU-KLU/RU-KLU:kirovsky 2",
            edited=True,
        ),
    )
    assert [post.has_text for post in page.posts] == [True, False, False, True, True]


def test_addresses_follow_the_base_setting(site: Site) -> None:
    assert telegram.page_url("mod_russia") == f"{site.base}/s/mod_russia"
    assert telegram.page_url("mod_russia", 120) == f"{site.base}/s/mod_russia?before=120"
    assert telegram.post_url("mod_russia", 7) == "https://t.me/mod_russia/7"


def test_blocks_of_other_channels_and_undated_blocks_are_left_out() -> None:
    page = telegram.parse_page(
        b'<html><body><div class="tgme_widget_message" data-post="other/9">'
        b'<div class="tgme_widget_message_text">RU-BRY 1</div><a class="tgme_widget_message_date">'
        b'<time datetime="2025-09-11T10:00:00+00:00">13:00</time></a></div>'
        b'<div class="tgme_widget_message" data-post="mine/3"><div class="tgme_widget_message_text">'
        b"cut here",
        "mine",
    )
    assert (page.posts, page.complete) == ((), False)


# --- passes ------------------------------------------------------------------------------------


def test_a_first_pass_imports_the_posts_with_text_and_records_the_source(
    site: Site, store: Store
) -> None:
    kaluga(site)
    [result] = run_pass(store, [KALUGA])
    # the page is the channel's whole history (not 48 hours): the page before it is empty
    assert (result.ok, result.pages, result.seen, result.added, result.claims) == (True, 2, 3, 3, 3)
    assert reports(store) == [
        ("1", "@governor night=2025-09-12\nRU-KLU 3", None),
        ("4", "@mod night=2025-09-12\nRU-BRY 5", None),
        ("5", "@governor night=2025-09-12\nRU-KLU/RU-KLU:kirovsky 2", None),
    ]
    stored = store.report(store.claims().query("area_id == 'RU-BRY'")["report_id"].iloc[0])
    assert stored is not None
    assert (
        stored["channel"],
        stored["channel_id"],
        stored["url"],
        stored["source_kind"],
        stored["language"],
        stored["published_at"],
    ) == (
        "Губернатор Калужской области",
        "kaluga_gov",
        "https://t.me/kaluga_gov/4",
        "telegram",
        "ru",
        T0 + timedelta(hours=9),
    )
    assert counts(store, "kaluga_gov") == ("5", 3, 3, 0, 0, 1, None)
    assert site.requests == [("/s/kaluga_gov", USER_AGENT), ("/s/kaluga_gov?before=1", USER_AGENT)]


def test_a_pass_with_nothing_new_writes_no_import_and_changes_no_data(
    site: Site, store: Store
) -> None:
    kaluga(site)
    run_pass(store, [KALUGA])
    version, before = store.data_version(), imports(store)
    [result] = run_pass(store, [KALUGA])
    assert (result.ok, result.added, result.claims) == (True, 0, 0)
    assert (store.data_version(), imports(store)) == (version, before)
    assert counts(store, "kaluga_gov") == ("5", 3, 3, 0, 0, 2, None)


def test_a_text_repeated_in_two_messages_costs_no_import_on_the_next_pass(
    site: Site, store: Store
) -> None:
    channel = site.channel("kaluga_gov", "Калуга")
    channel.add(Message(1, T0, "All clear."))
    channel.add(Message(2, T0 + timedelta(hours=20), "All clear."))
    run_pass(store, [KALUGA])
    version, before = store.data_version(), imports(store)
    [result] = run_pass(store, [KALUGA])
    assert (result.ok, result.added, store.data_version(), imports(store)) == (
        True,
        0,
        version,
        before,
    )


def test_an_edit_between_two_passes_replaces_the_message_and_keeps_its_history(
    site: Site, store: Store
) -> None:
    kaluga(site)
    run_pass(store, [KALUGA])
    site.channels["kaluga_gov"].messages[1] = Message(
        1, T0, "@governor night=2025-09-12\nRU-KLU 4", edited=True
    )
    [result] = run_pass(store, [KALUGA])
    assert (result.added, result.edits, result.claims) == (1, 1, 1)
    assert reports(store) == [
        ("1", "@governor night=2025-09-12\nRU-KLU 3", "old"),
        ("1", "@governor night=2025-09-12\nRU-KLU 4", None),
        ("4", "@mod night=2025-09-12\nRU-BRY 5", None),
        ("5", "@governor night=2025-09-12\nRU-KLU/RU-KLU:kirovsky 2", None),
    ]
    kaluga_figure = store.nightly().query("area_id == 'RU-KLU'")["figure"].tolist()
    assert kaluga_figure == [4]  # the edit's figure, not the first version's
    assert counts(store, "kaluga_gov") == ("5", 4, 4, 1, 0, 2, None)


def test_a_deleted_message_leaves_the_figures_and_stays_in_review_history(
    site: Site, store: Store
) -> None:
    kaluga(site)
    run_pass(store, [KALUGA])
    bry = store.claims().query("area_id == 'RU-BRY'")["report_id"].tolist()
    assert store.nightly().query("area_id == 'RU-BRY'")["figure"].tolist() == [5]
    version = store.data_version()
    del site.channels["kaluga_gov"].messages[4]
    [result] = run_pass(store, [KALUGA])
    assert (result.ok, result.added, result.deleted) == (True, 0, 1)
    d = schema.deletions
    with store.engine.connect() as conn:
        [noted] = conn.execute(select(d.c.source, d.c.message_id, d.c.report_id, d.c.noticed_at))
    assert noted[:3] == ("kaluga_gov", "4", bry[0])
    # the figures: the deleted post's claim is gone from the claims and the nightly rows
    assert store.claims()["area_id"].tolist() == ["RU-KLU", "RU-KLU"]
    assert store.nightly()["area_id"].tolist() == ["RU-KLU"]
    assert store.data_version() != version
    # its text stays, and the review history says why it no longer counts
    assert len(reports(store)) == 3
    detail = (
        f"message 4 was deleted from kaluga_gov: missing from its preview at "
        f"{noted[3]:%Y-%m-%d %H:%M} MSK; its claims no longer count"
    )
    handled = review.queue(store, status=None)
    assert handled[["report_id", "reason", "detail", "status", "resolved_by"]].values.tolist() == [
        [bry[0], "deleted", detail, "dismissed", "sync"]
    ]
    assert review.queue(store).empty  # nothing left for a person to do
    made = review.corrections(store)
    assert made[["report_id", "action", "author"]].values.tolist() == [[bry[0], "dismiss", "sync"]]
    assert made["value"].tolist() == [{"note": detail}]
    # a later pass notes nothing again; re-parsing every text does not bring the claim back
    version = store.data_version()
    run_pass(store, [KALUGA])
    assert counts(store, "kaluga_gov") == ("5", 3, 3, 0, 1, 3, None)
    assert store.data_version() == version
    store.reparse(everything=True)
    assert sorted(store.claims()["area_id"]) == ["RU-KLU", "RU-KLU"]


def test_a_message_noted_deleted_that_shows_again_is_counted_again(
    site: Site, store: Store
) -> None:
    kaluga(site)
    run_pass(store, [KALUGA])
    kept = site.channels["kaluga_gov"].messages.pop(4)
    run_pass(store, [KALUGA])
    assert sorted(store.claims()["area_id"]) == ["RU-KLU", "RU-KLU"]
    site.channels["kaluga_gov"].add(kept)  # the page left it out for a while
    [result] = run_pass(store, [KALUGA])
    assert (result.ok, result.added, result.deleted, result.returned) == (True, 0, 0, 1)
    assert sorted(store.claims()["area_id"]) == ["RU-BRY", "RU-KLU", "RU-KLU"]
    assert store.nightly().query("area_id == 'RU-BRY'")["figure"].tolist() == [5]
    [item] = review.queue(store, status=None).to_dict("records")
    assert (item["reason"], item["status"], item["resolved_by"]) == ("deleted", "resolved", "sync")
    assert re.fullmatch(
        r"message 4 was deleted from kaluga_gov: missing from its preview at [-\d: ]+ MSK; "
        r"its claims no longer count; shown again in kaluga_gov at [-\d: ]+ MSK: counted again",
        item["detail"],
    )
    assert review.corrections(store).empty
    with store.engine.connect() as conn:
        assert conn.execute(select(schema.deletions.c.id)).all() == []
    assert counts(store, "kaluga_gov") == ("5", 3, 3, 0, 0, 3, None)
    # deleted again for good: noted and withdrawn once more
    del site.channels["kaluga_gov"].messages[4]
    [result] = run_pass(store, [KALUGA])
    assert (result.deleted, sorted(store.claims()["area_id"])) == (1, ["RU-KLU", "RU-KLU"])


def test_a_hostile_post_is_stored_as_text_without_its_script(site: Site, store: Store) -> None:
    channel = site.channel("kaluga_gov", "<b>Калуга</b>")
    channel.add(
        Message(
            1,
            T0,
            raw_html=(
                "@governor night=2025-09-12<br/>RU-KLU 1<script>alert(1)</script>"
                "<br/>&lt;img src=x onerror=alert(1)&gt;"
            ),
        )
    )
    run_pass(store, [KALUGA])
    assert reports(store) == [
        ("1", "@governor night=2025-09-12\nRU-KLU 1\n<img src=x onerror=alert(1)>", None)
    ]
    claims = store.claims()
    assert claims["channel"].tolist() == ["<b>Калуга</b>"]


# --- paging and backfill --------------------------------------------------------------------


def long_channel(site: Site, count: int = 95) -> None:
    channel = site.channel("mod_test", "Министерство")
    start = datetime(2025, 9, 1, 1, 0, tzinfo=MSK)
    for number, when in hourly(start, 1, count):
        channel.add(Message(number, when, f"@mod night={when.date().isoformat()}\nRU-BRY {number}"))


MOD = Source(name="mod_test", kind="telegram", reporter="mod", channel="mod_test")


def message_ids(store: Store) -> list[int]:
    return sorted(int(m) for m, _, _ in reports(store))


def test_a_pass_pages_back_to_cover_48_hours_before_the_newest_post(
    site: Site, store: Store
) -> None:
    long_channel(site)
    [result] = run_pass(store, [MOD])
    # 20 posts an hour apart per page: 76-95, 56-75, 36-55 (the first post 59 hours back)
    assert (result.pages, result.added) == (3, 60)
    assert message_ids(store) == list(range(36, 96))
    assert [path for path, _ in site.requests] == [
        "/s/mod_test",
        "/s/mod_test?before=76",
        "/s/mod_test?before=56",
    ]
    channel = site.channels["mod_test"]
    for number, when in hourly(datetime(2025, 9, 5, 0, 0, tzinfo=MSK), 96, 30):
        channel.add(Message(number, when, f"@mod night=2025-09-05\nRU-KLU {number}"))
    site.requests.clear()
    [result] = run_pass(store, [MOD])
    assert result.added == 30
    assert message_ids(store) == list(range(36, 126))
    assert len(site.requests) == 4  # back to the 48 hours before the newest stored post (95)


def test_posts_a_capped_pass_left_unread_are_read_by_the_next_passes(
    site: Site, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_channel(site)
    run_pass(store, [MOD])  # 36-95
    channel = site.channels["mod_test"]
    for number, when in hourly(datetime(2025, 9, 5, 0, 0, tzinfo=MSK), 96, 100):
        channel.add(Message(number, when, f"@mod night=2025-09-05\nRU-KLU {number}"))
    monkeypatch.setenv("ATLAS_SYNC_MAX_PAGES", "4")
    [capped] = run_pass(store, [MOD])
    assert (capped.ok, capped.pages, capped.added) == (True, 4, 80)
    assert capped.notes == (
        "the page cap (4) stopped the pass before post 96: the next passes read the posts "
        "before 116",
    )
    assert message_ids(store) == [*range(36, 96), *range(116, 196)]
    row = source_row(store, "mod_test")
    assert row is not None
    assert (row["gap_from_id"], row["gap_to_id"], row["newest_id"]) == ("116", "95", "195")
    [filled] = run_pass(store, [MOD])  # 3 pages for the newest 48 hours, 1 for the gap
    assert (filled.pages, filled.added, filled.notes) == (4, 20, ())
    assert message_ids(store) == list(range(36, 196))
    row = source_row(store, "mod_test")
    assert row is not None
    assert (row["gap_from_id"], row["gap_to_id"]) == (None, None)


def test_a_backfill_walks_back_to_its_date_and_resumes_without_duplicates(
    site: Site, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    long_channel(site)
    monkeypatch.setenv("ATLAS_SYNC_MAX_PAGES", "4")
    since = date(2025, 9, 1)
    first = sync_source(store, MOD, since=since)
    assert (first.pages, first.added, first.more) == (4, 80, True)  # 3 newest pages + 1 back
    assert message_ids(store) == list(range(16, 96))
    # interrupted here; the next run resumes where the stored history ends
    second = sync_source(store, MOD, since=since)
    assert (second.added, second.more) == (15, True)
    third = sync_source(store, MOD, since=since)
    assert (third.added, third.more) == (0, False)
    assert message_ids(store) == list(range(1, 96))
    row = source_row(store, "mod_test")
    assert row is not None
    assert (row["oldest_id"], row["newest_id"], row["posts"]) == ("1", "95", 95)


def test_a_backfill_leaves_out_posts_before_its_date(site: Site, store: Store) -> None:
    long_channel(site)
    result = sync_source(store, MOD, since=date(2025, 9, 2))
    # 1 Sep 01:00 .. 23:00 are ids 1-23; the 24th post is 2 Sep 00:00
    assert (result.added, result.more) == (72, False)
    assert message_ids(store) == list(range(24, 96))


# --- failures ---------------------------------------------------------------------------------


def recording_client() -> tuple[Client, list[float]]:
    waits: list[float] = []
    client = Client.from_settings()
    client.sleep = waits.append
    return client, waits


def test_a_429_is_retried_after_the_time_it_asks_for(site: Site, store: Store) -> None:
    kaluga(site)
    site.script("/s/kaluga_gov", Scripted(429, {"Retry-After": "7"}))
    client, waits = recording_client()
    [result] = run_pass(store, [KALUGA], client=client)
    assert (result.ok, result.added, waits) == (True, 3, [7.0])


def test_a_500_is_retried_then_recorded_as_the_reason_the_source_failed(
    site: Site, store: Store
) -> None:
    kaluga(site)
    site.script("/s/kaluga_gov", Scripted(500), Scripted(500))
    client, _ = recording_client()
    [result] = run_pass(store, [KALUGA], client=client)
    assert result.error == f"{site.base}/s/kaluga_gov: HTTP 500 (gave up after 2 tries)"
    assert reports(store) == []
    row = source_row(store, "kaluga_gov")
    assert row is not None
    assert (row["last_error"], row["last_success_at"], row["posts"]) == (result.error, None, 0)
    assert row["last_error_at"] is not None
    site.script("/s/kaluga_gov", Scripted(500))
    [result] = run_pass(store, [KALUGA], client=client)  # one 500, then the page
    assert (result.ok, result.added) == (True, 3)
    assert counts(store, "kaluga_gov") == ("5", 3, 3, 0, 0, 1, None)


def test_a_timeout_fails_one_source_and_the_next_is_synced(site: Site, store: Store) -> None:
    kaluga(site)
    long_channel(site)
    site.script("/s/mod_test", Scripted(stall=1.0), Scripted(stall=1.0))
    results = run_pass(store, [MOD, KALUGA])
    assert [r.error for r in results] == [
        f"{site.base}/s/mod_test: no answer within 0.4 s (gave up after 2 tries)",
        None,
    ]
    assert message_ids(store) == [1, 4, 5]
    assert source_row(store, "mod_test")["posts"] == 0  # type: ignore[index]


def test_a_failure_on_a_later_page_imports_nothing_of_that_source(site: Site, store: Store) -> None:
    long_channel(site)
    site.script("/s/mod_test?before=56", Scripted(503), Scripted(503))
    client, _ = recording_client()
    [result] = run_pass(store, [MOD], client=client)
    assert result.error == f"{site.base}/s/mod_test?before=56: HTTP 503 (gave up after 2 tries)"
    assert reports(store) == []


def test_a_truncated_page_imports_its_complete_posts_and_the_rest_next_time(
    site: Site, store: Store
) -> None:
    kaluga(site)
    page = site.page("kaluga_gov", None)
    cut = page.index(b"RU-KLU/RU-KLU:kirovsky")  # inside the newest message's text
    site.script("/s/kaluga_gov", Scripted(cut=cut))
    [result] = run_pass(store, [KALUGA])
    assert (result.ok, result.added, result.notes) == (
        True,
        2,
        ("a page ended early: its complete posts were read",),
    )
    assert message_ids(store) == [1, 4]
    [result] = run_pass(store, [KALUGA])
    assert message_ids(store) == [1, 4, 5]


def test_a_page_over_the_size_cap_is_refused(
    site: Site, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = site.channel("kaluga_gov", "Калуга")
    channel.add(Message(1, T0, "@governor night=2025-09-12\nRU-KLU 1\n" + "слово " * 200_000))
    monkeypatch.setenv("ATLAS_SYNC_MAX_PAGE_BYTES", "1000000")
    [result] = run_pass(store, [KALUGA])
    assert result.error == f"{site.base}/s/kaluga_gov: the page is over the cap of 1,000,000 bytes"
    assert reports(store) == []


# --- feeds ------------------------------------------------------------------------------------


FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Regional wire</title><link>https://wire.example/</link>
<item><title>Night report</title><guid>https://wire.example/a1</guid><link>https://wire.example/a1</link>
<pubDate>Fri, 12 Sep 2025 06:30:00 +0300</pubDate>
<description>&lt;p&gt;@media night=2025-09-12&lt;br/&gt;RU-KLU 3&lt;/p&gt;</description></item>
<item><title>Second report &amp;amp; more</title><guid>https://wire.example/a2</guid><link>https://wire.example/a2</link>
<pubDate>Fri, 12 Sep 2025 09:00:00 +0300</pubDate>
<description>@media night=2025-09-12
RU-BRY 2</description></item>
</channel></rss>"""


def test_a_feed_in_cp1251_that_says_utf8_gives_its_figure(site: Site, db_url: str) -> None:
    # feedparser read it as Windows Latin: the text stored, no claim, nothing in review
    text = "Этой ночью над Курской областью уничтожены 4 беспилотника."
    site.feeds["/cp.rss"] = FEED.replace(
        b"@media night=2025-09-12\nRU-BRY 2", text.encode("cp1251")
    )
    real = open_store(db_url)  # the real parser
    try:
        [result] = run_pass(
            real, [Source(name="w", kind="rss", reporter="media", url=f"{site.base}/cp.rss")]
        )
        assert (result.ok, result.added) == (True, 2)
        stored = real.claims()
        assert ["RU-KRS", 4] in stored[["area_id", "count"]].values.tolist()
    finally:
        real.close()


def test_an_entry_dated_in_year_1_or_9999_is_held_and_the_feed_imported(
    site: Site, db_url: str
) -> None:
    # one such entry failed the whole feed on every pass: its good entries never came in
    def entry(number: int, date: str, text: str) -> str:
        return (
            f"<item><title>Report {number}</title><guid>https://wire.example/b{number}</guid>"
            f"<pubDate>{date}</pubDate><description>{text}</description></item>"
        )

    site.feeds["/dates.rss"] = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Regional wire</title><link>https://wire.example/</link>"
        + entry(1, "Sat, 13 Sep 2025 07:10:00 +0300",
                "За ночь над территорией Тульской области уничтожены 5 беспилотников.")
        + entry(2, "Mon, 01 Jan 0001 00:00:00 +0000",
                "Над Калужской областью дежурными средствами ПВО сбит 1 беспилотник.")
        + entry(3, "Fri, 31 Dec 9999 23:59:59 +0000",
                "Air defences downed 2 drones over the Bryansk region overnight.")
        + "</channel></rss>"
    ).encode()  # fmt: skip
    wire = Source(name="w", kind="rss", reporter="media", url=f"{site.base}/dates.rss")
    real = open_store(db_url)  # the real parser
    try:
        [result] = run_pass(real, [wire])
        assert (result.ok, result.added) == (True, 3)
        assert result.line().endswith("; 2 held for review, dated out of range (entry 2, entry 3)")
        assert real.claims()[["area_id", "count"]].values.tolist() == [["RU-TUL", 5]]
        held = review.queue(real).sort_values("detail")
        assert held["reason"].tolist() == ["implausible_date", "implausible_date"]
        no_night = "no publication date and no date in the text: no night can show its claims"
        assert held["detail"].tolist() == [
            f"{wire.url}: entry 2: 'published' is in year 1, a date that cannot be stored\n{no_night}",
            f"{wire.url}: entry 3: 'published' is in year 9999, a date that cannot be stored\n{no_night}",
        ]
        [again] = run_pass(real, [wire])
        assert (again.ok, again.added, again.notes) == (True, 0, ())
        real.reparse(everything=True)  # stored undated, their claims are still held ...
        assert real.claims()[["area_id", "count"]].values.tolist() == [["RU-TUL", 5]]
        # ... for the date that could not be stored (it was held as "undated" after a new parse)
        again_held = review.queue(real).sort_values("detail")
        assert (
            again_held[["reason", "detail"]].values.tolist()
            == held[["reason", "detail"]].values.tolist()
        )
    finally:
        real.close()


def test_a_feed_item_longer_than_any_post_is_held_unparsed_and_the_pass_goes_on(
    site: Site, store: Store
) -> None:
    # one item of 2.4 M characters of report sentences held a pass for eight minutes, until the
    # parse's bound of CPU time stopped it; the stand-in parser reads it, and would give Kaluga 3
    parsed: list[int] = []

    def counting(text: str, published: datetime | None, source: str | None) -> list[Report]:
        parsed.append(len(text))
        return fake_parse(text, published, source)

    long_text = "@media night=2025-09-12\nRU-KLU 3\n" + "Над областью работала ПВО. " * 8_000
    site.feeds["/long.rss"] = FEED.replace(
        b"&lt;p&gt;@media night=2025-09-12&lt;br/&gt;RU-KLU 3&lt;/p&gt;", long_text.encode()
    )
    counted = Store(store.engine, parse=counting, parser_version="fake-1")
    wire = Source(name="wire", kind="rss", reporter="media", url=f"{site.base}/long.rss")
    [result] = run_pass(counted, [wire])
    assert (result.ok, result.added, result.claims) == (True, 2, 1)
    assert counted.claims()[["area_id", "count"]].values.tolist() == [["RU-BRY", 2]]
    [(text, reason, detail)] = review.queue(counted)[["text", "reason", "detail"]].values.tolist()
    assert len(text) > MAX_POST_CHARS
    assert (reason, detail) == (
        "parser_error",
        f"ReportTooLongError: the post is {len(text):,} characters long, more than the 200,000 a "
        "channel post or a feed item may have: paste it as a report of its own if it is one",
    )
    assert max(parsed) < MAX_POST_CHARS  # never given to the parser ...
    counted.reparse(everything=True)  # ... nor when the texts are parsed again
    assert max(parsed) < MAX_POST_CHARS
    assert review.queue(counted)[["reason", "detail"]].values.tolist() == [[reason, detail]]


def test_a_feed_is_imported_like_a_feed_file_and_not_twice(site: Site, store: Store) -> None:
    site.feeds["/wire.rss"] = FEED
    wire = Source(name="wire", kind="rss", reporter="media", url=f"{site.base}/wire.rss")
    [result] = run_pass(store, [wire])
    assert (result.ok, result.added, result.claims) == (True, 2, 2)
    claims = store.claims().sort_values("area_id")
    assert claims[["area_id", "count", "channel"]].values.tolist() == [
        ["RU-BRY", 2, "Regional wire"],
        ["RU-KLU", 3, "Regional wire"],
    ]
    [again] = run_pass(store, [wire])
    assert (again.ok, again.added) == (True, 0)
    row = source_row(store, "wire")
    assert row is not None
    assert (row["posts"], row["newest_id"], row["oldest_id"]) == (
        2,
        "https://wire.example/a2",
        "https://wire.example/a1",
    )


def test_a_feed_with_a_long_address_is_recorded_under_its_hash(site: Site, store: Store) -> None:
    path = "/feeds/" + "regional-wire/" * 5 + "all.rss"
    site.feeds[path] = FEED
    url = f"{site.base}{path}"
    assert len(url) > 64  # longer than the id columns hold
    [result] = run_pass(store, [Source(name="wire", kind="rss", reporter="media", url=url)])
    assert (result.ok, result.added) == (True, 2)
    row = source_row(store, "wire")
    assert row is not None
    assert row["channel_id"] == "sha256:" + hashlib.sha256(url.encode()).hexdigest()[:57]
    gone = Source(name="gone", kind="rss", reporter="media", url=url + "x")
    [failed] = run_pass(store, [gone])
    assert failed.error == f"{url}x: HTTP 404 Not Found"
    assert source_row(store, "gone")["last_error"] == failed.error  # type: ignore[index]


def test_an_export_and_a_sync_of_one_message_are_one_report(site: Site, store: Store) -> None:
    kaluga(site)
    export = {
        "name": "Губернатор Калужской области",
        "type": "public_channel",
        "id": 777,
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date": "2025-09-11T21:00:00",
                "date_unixtime": str(int(T0.timestamp())),
                "text": "@governor night=2025-09-12\nRU-KLU 3",
            },
        ],
    }
    data = json.dumps(export, ensure_ascii=False).encode("utf-8")
    # the sources file names the channel's numeric id, as the export carries it
    synced = Source(
        name="kaluga_gov",
        kind="telegram",
        reporter="governor",
        channel="kaluga_gov",
        channel_id="777",
    )
    [result] = run_pass(store, [synced])
    assert (result.added, store.ingest_upload("result.json", data).added) == (3, 0)
    assert [m for m, _, _ in reports(store)] == ["1", "4", "5"]
