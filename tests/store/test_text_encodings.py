"""A Russian text file in the encodings Russian files are saved in is read as Russian: UTF-8,
cp1251, KOI8-R (older Unix and mail archives: it had been read as cp1251, a text of capitals
that names nothing, stored with no claim and no review) and UTF-16 with its byte order mark
(Windows Notepad's "Unicode": it had been refused as binary). Texts written for this project."""

from __future__ import annotations

import pytest

from store import ImportFailed, Store, review
from store.importers import read_file

TEXT = "Ночью над Смоленской областью сбиты четыре беспилотника, пострадавших нет."


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-r", "utf-16", "utf-16-be"]
)
def test_a_russian_text_is_read_in_its_encoding(encoding: str) -> None:
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # big-endian, its mark written first
    (item,), _prepared = read_file("report.txt", data)
    assert item.text.strip() == TEXT


def test_a_file_with_utf16s_mark_that_is_no_utf16_is_refused_in_one_line() -> None:
    with pytest.raises(ImportFailed, match=r"report\.txt: not UTF-16 text"):
        read_file("report.txt", b"\xff\xfe\x00\xd8")  # a lone surrogate


def _feed(body: bytes, declared: bytes) -> bytes:
    return (
        b'<?xml version="1.0" encoding="' + declared + b'"?><rss version="2.0"><channel>'
        b"<title>Wire</title><item><title>Night</title><guid>n1</guid>"
        b"<pubDate>Fri, 12 Sep 2025 06:30:00 +0300</pubDate><description>" + body +
        b"</description></item></channel></rss>"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [("cp1251", "utf-8"), ("koi8-r", "utf-8"), ("utf-8", "windows-1251"), ("cp1251", "windows-1251")],
    ids=["cp1251 said to be UTF-8", "KOI8-R said to be UTF-8", "UTF-8 said to be cp1251", "as said"],
)  # fmt: skip
def test_a_feed_in_another_encoding_than_it_says_is_read_as_russian(
    encoding: str, declared: str
) -> None:
    # feedparser read the first two as Windows Latin ("Íî÷üþ") and the third as "РќРѕС‡СЊСЋ":
    # stored with no claim and nothing in review
    (item,), _prepared = read_file("wire.rss", _feed(TEXT.encode(encoding), declared.encode()))
    assert item.text == f"Night\n\n{TEXT}"


def test_a_feed_with_broken_bytes_keeps_its_russian_and_marks_them(store: Store) -> None:
    data = TEXT.encode()
    broken = _feed(data[:6] + b"\xff\xfe" + data[6:], b"utf-8")  # between two letters
    (item,), _prepared = read_file("wire.rss", broken)
    assert item.text == f"Night\n\n{TEXT[:3]}\ufffd\ufffd{TEXT[3:]}"
    # through the import (the stand-in parser reads the figure's line): held, with the reason
    post = b"@media night=2025-09-12\nRU-BRY 5\n\xd0\x9d\xd0\xb0\xfe\xd0\xb4"  # "На?д"
    result = store.ingest_upload("wire.rss", _feed(post, b"utf-8"))
    assert (result.added, result.in_review, result.claims) == (1, 1, 0)
    assert review.queue(store)["reason"].tolist() == ["unreadable_text"]
