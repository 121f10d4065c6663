"""A Russian text file in the encodings Russian files are saved in is read as Russian: UTF-8,
cp1251, KOI8-R (older Unix and mail archives: it had been read as cp1251, a text of capitals
that names nothing, stored with no claim and no review) and UTF-16 with its byte order mark
(Windows Notepad's "Unicode": it had been refused as binary). Texts written for this project."""

from __future__ import annotations

import pytest

from store import ImportFailed
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
