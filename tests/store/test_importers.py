"""Each importer on files written here: Telegram (both shapes), text, Markdown, folders,
RSS/Atom, saved HTML, the claims CSV; and the one-line refusals."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from settings import MSK
from store import Filters, ImportFailed, Store, preview_upload, schema
from store import columns as C
from tests.store.conftest import fake_parse


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (
                schema.reports,
                schema.statements,
                schema.claims,
                schema.imports,
                schema.review,
            )
        }


def message(mid: int, text: object, unix: int = 1757570400, **extra: object) -> dict[str, object]:
    return {
        "id": mid,
        "type": "message",
        "date": "2025-09-11T09:00:00",
        "date_unixtime": str(unix),
        "from": "Минобороны (тест)",
        "from_id": "channel777",
        "text": text,
        **extra,
    }


def channel(
    messages: list[object], name: str = "Минобороны (тест)", cid: int = 777
) -> dict[str, object]:
    return {"name": name, "type": "public_channel", "id": cid, "messages": messages}


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


MOD_TEXT = "@mod night=2025-09-11\nRU-BRY 5\nRU-KRS 2"


@pytest.fixture
def telegram_export(tmp_path: Path) -> Path:
    messages = [
        {
            "id": 1,
            "type": "service",
            "date": "2025-09-10T10:00:00",
            "date_unixtime": "1757487600",
            "action": "create_channel",
            "title": "Минобороны (тест)",
            "text": "",
        },
        message(2, MOD_TEXT),
        # entity list: plain strings mixed with part objects
        message(
            3,
            [
                "Сводка за ночь\n",
                {"type": "bold", "text": "@mod night=2025-09-12"},
                "\n",
                {"type": "hashtag", "text": "RU-BEL 4"},
            ],
            unix=1757656800,
            text_entities=[{"type": "plain", "text": "ignored when text is present"}],
        ),
        # edited after publication
        message(
            4,
            "Ночью над областью сбиты беспилотники.\n@governor night=2025-09-12\nRU-BEL 6",
            unix=1757657000,
            edited="2025-09-12T09:30:00",
            edited_unixtime="1757658600",
        ),
        # a photo without caption: nothing to import
        message(5, "", photo="photos/photo_1.jpg"),
        # only text_entities (a newer export without 'text')
        {
            "id": 6,
            "type": "message",
            "date_unixtime": "1757743200",
            "text_entities": [
                {"type": "plain", "text": "@mod night=2025-09-13\n"},
                {"type": "text_link", "text": "RU-VOR 1", "href": "https://example.org"},
            ],
        },
    ]
    return write_json(tmp_path / "result.json", channel(messages))


def test_what_an_import_skips_is_logged_with_the_reason(
    store: Store, telegram_export: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"not a report")
    (folder / "result.json").write_bytes(telegram_export.read_bytes())
    with caplog.at_level(logging.INFO, logger="store"):
        store.ingest_paths([folder])
        store.ingest_paths([telegram_export])
    assert [r.getMessage() for r in caplog.records] == [
        f"{folder / 'notes.docx'}: skipped, not a kind of file the Atlas imports",
        "result.json: chat 'Минобороны (тест)': 2 of 6 messages skipped"
        " (service messages, media without a caption)",
        "result.json: chat 'Минобороны (тест)': 2 of 6 messages skipped"
        " (service messages, media without a caption)",
        f"{telegram_export}: 4 texts already stored, skipped",
    ]


def test_telegram_single_chat_export(store: Store, telegram_export: Path) -> None:
    result = store.ingest_paths([telegram_export])
    assert (result.added, result.duplicates, result.failed, result.claims) == (4, 0, 0, 5)
    claims = store.claims()
    assert claims[[C.DATE, C.AREA_ID, C.COUNT, C.REPORTER]].values.tolist() == [
        [date(2025, 9, 11), "RU-BRY", 5, "mod"],
        [date(2025, 9, 11), "RU-KRS", 2, "mod"],
        [date(2025, 9, 12), "RU-BEL", 4, "mod"],
        [date(2025, 9, 12), "RU-BEL", 6, "governor"],
        [date(2025, 9, 13), "RU-VOR", 1, "mod"],
    ]
    entity = store.report(claims[C.REPORT_ID].iloc[2])
    assert entity is not None
    assert entity["text"] == "Сводка за ночь\n@mod night=2025-09-12\nRU-BEL 4"
    assert (entity["channel"], entity["channel_id"], entity["message_id"]) == (
        "Минобороны (тест)",
        "777",
        "3",
    )
    assert entity["published_at"] == datetime(2025, 9, 12, 9, 0, tzinfo=MSK)
    edited = store.report(claims[C.REPORT_ID].iloc[3])
    assert edited is not None
    assert edited["edited_at"] == datetime(2025, 9, 12, 9, 30, tzinfo=MSK)
    assert edited["language"] == "ru"


def test_telegram_whole_account_export(store: Store, tmp_path: Path) -> None:
    document = {
        "about": "Here is the data you requested.",
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                channel(
                    [message(10, "@governor night=2025-09-11\nRU-BRY 7")], "Губернатор (тест)", 1
                ),
                channel([message(10, "@mayor night=2025-09-11\nRU-MOW 2")], "Мэр (тест)", 2),
                {"name": "Без истории", "type": "personal_chat", "id": 3},
            ],
        },
        "left_chats": {"about": "", "list": [channel([message(1, "просто текст")], "Старый", 4)]},
    }
    result = store.ingest_paths([write_json(tmp_path / "result.json", document)])
    assert (result.added, result.claims) == (3, 2)
    assert sorted(store.claims()[C.CHANNEL]) == ["Губернатор (тест)", "Мэр (тест)"]


@pytest.mark.parametrize(
    ("document", "error"),
    [
        ([1, 2], "result.json: not a Telegram Desktop export (expected an object with 'messages'"),
        ({"name": "x"}, "result.json: not a Telegram Desktop export"),
        (channel([message(1, "ok"), "oops"]), "result.json: message #2 is a str, not an object"),
        (
            channel([message(1, "ok"), {"type": "message", "text": "x"}]),
            "result.json: message #2 has no 'id'",
        ),
        (
            channel([message(1, "ok"), message(57, "x", unix="soon")]),  # type: ignore[arg-type]
            "result.json: message 57: 'date_unixtime' is 'soon', not a number of seconds",
        ),
        (
            channel([message(1, "ok"), {"id": 58, "type": "message", "text": "x"}]),
            "result.json: message 58: no 'date' or 'date_unixtime'",
        ),
        (
            channel([message(59, ["a", {"type": "bold"}])]),
            "result.json: message 59: 'text' part 2 is {'type': 'bold'}, expected a string or an object with 'text'",
        ),
        (
            channel([message(60, 42)]),
            "result.json: message 60: 'text' is a int, expected a string or a list",
        ),
        ({"chats": {"list": [7]}}, "result.json: chat #1 is a int, not an object"),
        (
            channel([message(1, "ok")], name=5),  # type: ignore[arg-type]
            "result.json: chat 'name' is 5, expected a string",
        ),
        (
            channel([message({"a": 1}, "x")]),  # type: ignore[arg-type]
            "result.json: message #1: 'id' is {'a': 1}, expected a number or a string",
        ),
    ],
)
def test_broken_telegram_exports_are_refused_in_one_line(
    store: Store, tmp_path: Path, document: object, error: str
) -> None:
    path = write_json(tmp_path / "result.json", document)
    before = counts(store)
    with pytest.raises(ImportFailed) as caught:
        store.ingest_paths([path])
    assert str(caught.value).startswith(error)
    assert "\n" not in str(caught.value)
    assert counts(store) == before


def test_deeply_nested_json_is_refused_in_one_line(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(
        ImportFailed,
        match=r"^deep.json: not a Telegram Desktop export \(JSON nested too deeply to read\)$",
    ):
        store.ingest_paths([path])


def test_truncated_json_says_where(store: Store, tmp_path: Path, telegram_export: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_bytes(telegram_export.read_bytes()[:300])
    with pytest.raises(
        ImportFailed, match=r"^cut.json: not valid JSON \(.*: line 1, column \d+\)$"
    ):
        store.ingest_paths([path])


def test_text_markdown_and_folders(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    (folder / "deeper").mkdir(parents=True)
    (folder / "a.txt").write_text("@mod night=2025-09-11\nRU-BRY 5\n", encoding="utf-8")
    (folder / "deeper" / "b.md").write_text(
        "# Сводка\n\n@governor night=2025-09-11\nRU-BRY 6\n", encoding="utf-8"
    )
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00binary")
    (folder / ".hidden.txt").write_text("@mod night=2025-09-11\nRU-KRS 9\n", encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    result = store.ingest_paths([folder])
    assert (result.added, result.duplicates, result.failed, result.claims) == (2, 0, 0, 2)
    assert store.nightly()[C.FIGURE].tolist() == [6]
    # the same text in another file is the same report
    (tmp_path / "copy.txt").write_text("@mod  night=2025-09-11\r\nRU-BRY 5", encoding="utf-8")
    assert store.ingest_paths([tmp_path / "copy.txt"]).duplicates == 1


def test_cp1251_text_is_read(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Сводка\n@mod night=2025-09-11\nRU-BRY 5".encode("cp1251"))
    assert store.ingest_paths([path]).claims == 1
    assert store.claims()[C.EVIDENCE].tolist() == ["RU-BRY 5"]


def test_binary_and_oversize_files_are_refused(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFailed, match=r"^scan.txt: a binary file, not text$"):
        store.ingest_paths([binary])
    with pytest.raises(ImportFailed, match=r"^result.json: a binary file, not text$"):
        store.ingest_upload("result.json", b"\x00\x01\x02")
    monkeypatch.setenv("ATLAS_MAX_IMPORT_BYTES", "10")
    big = tmp_path / "big.txt"
    big.write_text("@mod night=2025-09-11\nRU-BRY 5", encoding="utf-8")
    with pytest.raises(
        ImportFailed, match=r"^big.txt: 30 bytes is over the import limit of 10 bytes$"
    ):
        store.ingest_paths([big])
    with pytest.raises(ImportFailed, match="over the import limit"):
        store.ingest_upload("big.txt", big.read_bytes())
    with pytest.raises(ImportFailed, match=r"nowhere.txt: no such file or folder$"):
        store.ingest_paths([tmp_path / "nowhere.txt"])
    assert counts(store)["reports"] == 0


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>https://wire.example.org/</link>
<item><title>Drones downed</title><link>https://wire.example.org/1</link>
<guid>https://wire.example.org/1</guid><pubDate>Thu, 11 Sep 2025 06:30:00 +0000</pubDate>
<description>&lt;p&gt;@media night=2025-09-11&lt;/p&gt;&lt;p&gt;RU-BRY 5&lt;/p&gt;</description></item>
<item><title>Nothing here</title><link>https://wire.example.org/2</link>
<pubDate>Thu, 11 Sep 2025 07:00:00 +0000</pubDate><description>Markets were calm.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Atom</title><id>urn:test</id>
<updated>2025-09-11T08:00:00Z</updated>
<entry><title>Governor update</title><id>urn:test:1</id><link href="https://atom.example.org/1"/>
<updated>2025-09-11T08:00:00Z</updated>
<content type="html">@governor night=2025-09-11&lt;br/&gt;RU-KRS 3</content></entry></feed>"""


def test_rss_and_atom_feeds(store: Store, tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "gov.atom").write_text(ATOM, encoding="utf-8")
    result = store.ingest_paths([tmp_path / "wire.rss", tmp_path / "gov.atom"])
    assert (result.added, result.claims) == (3, 2)
    claims = store.claims()
    assert claims[[C.REPORTER, C.AREA_ID, C.COUNT, C.URL, C.CHANNEL]].values.tolist() == [
        ["media", "RU-BRY", 5, "https://wire.example.org/1", "Test Wire"],
        ["governor", "RU-KRS", 3, "https://atom.example.org/1", "Test Atom"],
    ]
    first = store.report(claims[C.REPORT_ID].iloc[0])
    assert first is not None
    assert first["text"] == "Drones downed\n\n@media night=2025-09-11\nRU-BRY 5"
    assert first["published_at"] == datetime(2025, 9, 11, 9, 30, tzinfo=MSK)


#: A feed whose address and entry ids are longer than the database's id columns hold.
LONG = "https://regional-news.example.org/" + "section/" * 8
LONG_RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Long Wire</title><link>{LONG}</link>
<item><title>One</title><link>{LONG}item-1</link><guid>{LONG}item-1</guid>
<pubDate>Thu, 11 Sep 2025 06:30:00 +0000</pubDate><description>@media night=2025-09-11
RU-BRY 5</description></item>
<item><title>Two</title><link>{LONG}item-2</link><guid>{LONG}item-2</guid>
<pubDate>Thu, 11 Sep 2025 06:30:00 +0000</pubDate><description>@media night=2025-09-11
RU-KRS 2</description></item>
</channel></rss>"""


def test_a_feed_with_ids_longer_than_the_id_columns_is_stored_once(store: Store) -> None:
    # PostgreSQL enforces VARCHAR(64): the ids are stored as digests, the address stays whole
    assert len(f"{LONG}item-1") > 64
    first = store.ingest_upload("long.rss", LONG_RSS.encode())
    assert (first.added, first.claims) == (2, 2)
    again = store.ingest_upload("long.rss", LONG_RSS.encode())
    assert (again.added, again.duplicates) == (0, 2)
    claims = store.claims()
    assert claims[[C.AREA_ID, C.COUNT, C.URL]].values.tolist() == [
        ["RU-BRY", 5, f"{LONG}item-1"],
        ["RU-KRS", 2, f"{LONG}item-2"],
    ]
    with store.engine.connect() as conn:
        ids = conn.execute(select(schema.reports.c.channel_id, schema.reports.c.message_id))
        stored = sorted(ids)
    assert all(len(a) == 64 and a.startswith("sha256:") for row in stored for a in row)
    assert len({row.message_id for row in stored}) == 2


def test_a_file_that_is_not_a_feed(store: Store) -> None:
    with pytest.raises(ImportFailed, match=r"^news.xml: not an RSS or Atom feed with entries"):
        store.ingest_upload("news.xml", b"<?xml version='1.0'?><note><to>x</to></note>")


HTML = """<!doctype html><html><head><title>Site | Drones over Kaluga</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-09-14T11:00:00+03:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Drones over Kaluga</h1>
<p>The regional governor wrote on Sunday morning about the night that had just ended in the region.</p>
<p>@governor night=2025-09-14</p><p>RU-KLU 18</p>
<p>He added that three cars were damaged near a pond and that nobody was hurt in the attack.</p>
</article><footer>Subscribe to our newsletter. Read also: other stories.</footer></body></html>"""


def test_saved_html_page(store: Store, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    result = store.ingest_paths([tmp_path / "page.html"])
    assert (result.added, result.claims) == (1, 1)
    report = store.report(store.claims()[C.REPORT_ID].iloc[0])
    assert report is not None
    assert "Subscribe" not in report["text"] and "Home" not in report["text"]
    assert report["text"].startswith("Drones over Kaluga\n")
    assert (report["channel"], report["published_at"]) == (
        "Example News",
        datetime(2025, 9, 14, 12, 0, tzinfo=MSK),
    )
    with pytest.raises(ImportFailed, match=r"^blank.html: no article text found in the page$"):
        store.ingest_upload("blank.html", b"<html><body></body></html>")


def test_preview_saves_nothing(store: Store, telegram_export: Path) -> None:
    items = preview_upload("result.json", telegram_export.read_bytes(), parse=fake_parse)
    assert [(item.where, item.claims) for item in items] == [
        ("result.json: message 2", 2),
        ("result.json: message 3", 1),
        ("result.json: message 4", 1),
        ("result.json: message 6", 1),
    ]
    assert items[0].reports[0].claims[0].area_id == "RU-BRY"
    assert counts(store)["reports"] == 0
    assert store.nightly(Filters()).empty


def test_a_telegram_html_export_is_refused_with_advice(store: Store) -> None:
    page = (
        b'<html><body><div class="history"><div class="message default clearfix" id="message5">'
        b'<div class="text">RU-BRY 5</div></div></div></body></html>'
    )
    with pytest.raises(
        ImportFailed,
        match=r"^messages.html: a Telegram Desktop HTML export; export "
        r"the chat again in JSON",
    ):
        store.ingest_upload("messages.html", page)


def test_the_store_is_imported_without_the_feed_reader_s_packages() -> None:
    # the server imports the store for its first map: feedparser and lxml.html (0.1-0.15 s)
    # are imported when a feed is read (its tests above), not with it
    code = "import sys, store; print(sorted(m for m in ('feedparser', 'lxml') if m in sys.modules))"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout.strip()) == (0, "[]"), done.stderr
