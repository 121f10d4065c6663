"""One message, one report: a Telegram Desktop export and a sync of the same channel meet,
whichever comes first, through the channel's numeric id (docs/sync.md)."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select

from store import Store, schema
from store.sync import run_pass, telegram
from testkit.sync_site import Site
from tests.store.test_sync import KALUGA, kaluga, reports, source_row

PEER = 1012345678


def export(site: Site, ids: list[int], *, chat_id: int = PEER) -> bytes:
    """A Telegram Desktop export (result.json) of some messages of the stand-in channel."""
    channel = site.channels["kaluga_gov"]
    messages = [
        {
            "id": number,
            "type": "message",
            "date": channel.messages[number].when.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(channel.messages[number].when.timestamp())),
            "from": channel.title,
            "from_id": f"channel{chat_id}",
            "text": channel.messages[number].text,
        }
        for number in ids
    ]
    document = {
        "name": channel.title,
        "type": "public_channel",
        "id": chat_id,
        "messages": messages,
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def named(site: Site) -> None:
    """The Kaluga channel, its preview naming the channel's numeric id as the real one does."""
    kaluga(site)
    site.channels["kaluga_gov"].peer_id = PEER


def keys(store: Store) -> list[tuple[str, str]]:
    r = schema.reports
    with store.engine.connect() as conn:
        rows = conn.execute(select(r.c.channel_id, r.c.message_id)).all()
    return sorted((str(k), str(m)) for k, m in rows)


def test_the_preview_names_the_channel_numeric_id(site: Site) -> None:
    named(site)
    page = telegram.parse_page(site.page("kaluga_gov", None), "kaluga_gov")
    assert page.channel_id == str(PEER)
    assert telegram.numeric_id("c1005640892_-6044378432856379164", None) == "1005640892"
    # data-view alone: base64 JSON, "c" the id negated
    assert telegram.numeric_id(None, "eyJjIjotMTAwNTY0MDg5MiwicCI6MzYxfQ") == "1005640892"
    assert telegram.numeric_id("u42", "not base64!") is None


def test_export_then_sync_is_one_report_per_message(site: Site, store: Store) -> None:
    named(site)
    first = store.ingest_upload("result.json", export(site, [1, 4]))
    assert (first.added, first.claims) == (2, 2)
    [result] = run_pass(store, [KALUGA])
    assert (result.ok, result.seen, result.added, result.claims) == (True, 3, 1, 1)
    assert keys(store) == [(str(PEER), "1"), (str(PEER), "4"), (str(PEER), "5")]
    row = source_row(store, "kaluga_gov")
    assert row is not None and (row["channel_id"], row["posts"]) == (str(PEER), 1)
    claims = store.claims().sort_values(["area_id", "count"])
    assert claims[["area_id", "count"]].values.tolist() == [
        ["RU-BRY", 5],
        ["RU-KLU", 2],
        ["RU-KLU", 3],
    ]


def test_sync_then_export_is_one_report_per_message(site: Site, store: Store) -> None:
    named(site)
    [result] = run_pass(store, [KALUGA])
    assert (result.added, result.claims) == (3, 3)
    later = store.ingest_upload("result.json", export(site, [1, 4, 5]))
    assert (later.added, later.duplicates, later.claims) == (0, 3, 0)
    assert keys(store) == [(str(PEER), "1"), (str(PEER), "4"), (str(PEER), "5")]
    assert len(store.claims()) == 3


def test_an_export_edit_of_a_synced_message_replaces_it(site: Site, store: Store) -> None:
    named(site)
    run_pass(store, [KALUGA])
    site.channels["kaluga_gov"].messages[1].text = "@governor night=2025-09-12\nRU-KLU 6"
    data = json.loads(export(site, [1]))
    data["messages"][0]["edited_unixtime"] = str(int(data["messages"][0]["date_unixtime"]) + 600)
    later = store.ingest_upload("result.json", json.dumps(data).encode())
    assert (later.added, later.replaced) == (1, 1)
    assert reports(store)[:2] == [
        ("1", "@governor night=2025-09-12\nRU-KLU 3", "old"),
        ("1", "@governor night=2025-09-12\nRU-KLU 6", None),
    ]
    assert store.nightly().query("area_id == 'RU-KLU'")["figure"].tolist() == [6]


def test_without_an_id_in_the_preview_the_export_already_stored_gives_it(
    site: Site, store: Store
) -> None:
    kaluga(site)  # blocks without data-peer or data-view
    store.ingest_upload("result.json", export(site, [1]))
    [result] = run_pass(store, [KALUGA])
    assert (result.seen, result.added) == (3, 2)
    assert keys(store) == [(str(PEER), "1"), (str(PEER), "4"), (str(PEER), "5")]
    # an export of another channel with the same message id and time is not taken for it
    other = replace(KALUGA, name="other", channel="other_gov")
    site.channel("other_gov", "Другой канал").add(site.channels["kaluga_gov"].messages[1])
    [result] = run_pass(store, [other])
    assert (result.added, source_row(store, "other")["channel_id"]) == (1, "other_gov")  # type: ignore[index]


def test_a_channel_synced_under_its_username_keeps_it_when_the_id_appears(
    site: Site, store: Store
) -> None:
    kaluga(site)
    run_pass(store, [KALUGA])
    site.channels["kaluga_gov"].peer_id = PEER
    [result] = run_pass(store, [KALUGA])
    assert (result.ok, result.added) == (True, 0)
    assert result.notes == (
        f"posts stay stored under 'kaluga_gov' as on earlier passes; exports of this "
        f"channel (id {PEER}) are not matched with them",
    )
    assert keys(store) == [("kaluga_gov", "1"), ("kaluga_gov", "4"), ("kaluga_gov", "5")]
