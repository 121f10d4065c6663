"""Issue 14's fuzz pass: generated input through the real parser and the importers.

- The parser and its diagnosis raise nothing on any text.
- A reader raises nothing but :class:`store.ImportFailed` on any bytes; the sync's readers
  of a channel's preview page and of a site's list and article pages raise nothing at all.
- Every figure a generated report states is stored, or its text is in review: never lost,
  whether the text is pasted, uploaded in a Telegram export or read by a sync pass.
- A claims CSV's count is stored as written, or the file is refused in one line.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsing import parse
from parsing.diagnostics import diagnose
from settings import MSK
from store import Filters, ImportFailed, Store, review
from store import columns as C
from store.db import make_engine
from store.importers import read_file
from store.sync import Source, pages, run_pass, telegram
from testkit.sync_site import Channel, Message, Site

_ALPHABET = st.sampled_from(
    [
        *list("Надкуршлоьюитвеж БПЛАбпла0123456789 .,:;-–()<>/\n\xa0\u200b\u202f'\"*_#&lt;"),
        "уничтожено",
        "сбит",
        "беспилотников",
        "над",
        "области",
        "Курской",
        "<b>",
        "</b>",
        "UPD",
    ]
)
_SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SLOW
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_the_parser_and_its_diagnosis_raise_nothing(text: str) -> None:
    reports = parse(text)
    for problem in diagnose(text, reports):
        assert 0 <= problem.span[0] <= problem.span[1] <= len(text)


_KEYS = st.sampled_from(
    ["id", "type", "text", "date", "date_unixtime", "messages", "name", "chats", "list"]
)
_VALUE = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.lists(st.text(max_size=4) | st.integers(), max_size=3)
    | st.dictionaries(_KEYS, st.text(max_size=4) | st.integers(), max_size=3)
)
_MESSAGE = st.dictionaries(_KEYS, _VALUE, max_size=6)
_JSON = st.one_of(
    _VALUE,
    st.fixed_dictionaries({"messages": st.lists(_MESSAGE | _VALUE, max_size=4)}, optional={"name": _VALUE, "id": _VALUE}),
    st.fixed_dictionaries({"chats": st.fixed_dictionaries({"list": st.lists(
        st.fixed_dictionaries({"messages": st.lists(_MESSAGE, max_size=3)}) | _VALUE, max_size=3)})}),
)  # fmt: skip


@_SLOW
@given(_JSON)
def test_a_telegram_reader_refuses_any_shape_in_one_line(document: object) -> None:
    try:
        read_file("result.json", json.dumps(document).encode())
    except ImportFailed as exc:
        assert "\n" not in str(exc) and str(exc).startswith("result.json")


@_SLOW
@given(
    st.binary(max_size=300),
    st.sampled_from(["a.txt", "a.csv", "a.rss", "a.html", "a.json", "a.md"]),
)
def test_every_reader_refuses_any_bytes_in_one_line(data: bytes, name: str) -> None:
    try:
        read_file(name, data)
    except ImportFailed as exc:
        assert "\n" not in str(exc) and str(exc).startswith(name)


_PREVIEW_BITS = st.sampled_from(
    [
        '<div class="tgme_widget_message" data-post="fuzz/',
        '<div class="tgme_widget_message service_message" data-post="Fuzz/',
        '<div data-post="other/1" class="tgme_widget_message">',
        '<div class="tgme_widget_message_text">',
        '<div class="tgme_widget_message_date"><time datetime="',
        '<div class="tgme_widget_message_reply">',
        '<span class="tgme_widget_message_edited">',
        'data-peer="c',
        'data-view="eyJjIjotMTIzfQ"',
        '<meta property="og:title" content="',
        "2025-09-12T07:30:00+03:00",
        "0001-01-01T00:00:00",
        "9999-12-31T23:59:59+14:00",
        '">',
        "</div>",
        "<br>",
        "<script>alert(1)</script>",
        "12",
        "_",
        "-",
        "\x00",
        "Над Курской областью сбиты 3 БПЛА",
    ]
)


@_SLOW
@given(st.lists(_PREVIEW_BITS, max_size=40).map("".join) | st.binary(max_size=300).map(repr))
def test_the_sync_reads_any_preview_page_without_an_exception(page: str) -> None:
    for data in (page.encode(), page.encode("utf-16")):
        read = telegram.parse_page(data, "fuzz")
        assert all(post.published.tzinfo is not None for post in read.posts)
        assert all(post.id >= 0 for post in read.posts)


_PAGE_BITS = st.sampled_from(
    [
        "<html><head>",
        '<meta charset="koi8-r">',
        '<?xml version="1.0" encoding="utf-16"?>',
        '<meta property="article:published_time" content="',
        '<meta property="og:site_name" content="',
        "2025-09-12T07:30:00+03:00",
        "9999-99-99",
        '">',
        "<title>",
        "</title>",
        "<body><article><p>",
        "Над Брянской областью сбиты 4 БПЛА.",
        '<a href="',
        "/news/1",
        "javascript:alert(1)",
        "//example.org/news/2",
        "http://[::1",
        '">x</a>',
        "<script>",
        "</p></article></body></html>",
    ]
)


@_SLOW
@given(st.lists(_PAGE_BITS, max_size=30).map("".join), st.binary(max_size=200))
def test_the_sync_reads_any_list_or_article_page_without_an_exception(
    page: str, noise: bytes
) -> None:
    for data in (page.encode(), page.encode() + noise, noise):
        listed = pages.read_list(data, "https://example.org/news/")
        assert all(link.startswith("https://example.org/news/") for link in listed.links)
        article, why = pages.read_article(data, "https://example.org/news/1")
        assert (article is None) == bool(why)


# --------------------------------------------------------------- every figure stored or in review

_REGIONS = ["Брянской", "Курской", "Белгородской", "Калужской", "Тульской"]


_ARABIC = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
_FULL_WIDTH = str.maketrans("0123456789,", "０１２３４５６７８９，")
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _written(n: int, style: int) -> str:
    """A figure as reports write it, and as broken copies of reports write it."""
    digits = str(n)
    grouped = f"{n:,}".replace(",", "\u00a0")
    cut = max(1, len(digits) - 2)  # digits spaced apart where no thousands end
    return [
        digits,
        grouped,
        f"{n:,}",  # "1,200"
        f"-{digits}",  # a minus sign
        "\u200b".join(digits),  # a zero-width space between the digits
        f"<b>{digits}</b>",
        f"UPD (2) {digits}",
        f"{n:,}".translate(_ARABIC),  # Arabic-Indic digits and thousands separator
        f"{n:,}".translate(_FULL_WIDTH),  # full-width digits and comma
        f"{digits}-ти",  # digits with a case ending ("более 5-ти")
        f"~{digits}",  # "about"
        f"{digits}/{n + 3}",  # a fraction: no count
        f"{digits},5",  # a decimal: no count
        _roman(n),  # a Roman numeral: no count read
        f"{digits[:cut]} {digits[cut:]}" if n >= 10 else digits,  # "10 00": no count
    ][style]


@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = Store(make_engine(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'atlas.sqlite'}"))
    yield db
    db.close()


@pytest.fixture(scope="module")
def channel() -> Iterator[Channel]:
    """A governor's channel on a local stand-in of the public preview, for sync passes."""
    site = Site().start()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ATLAS_TELEGRAM_BASE", site.base)
        env.setenv("ATLAS_SYNC_DELAY", "0")
        yield site.channel("fuzz_gov", "Губернатор (фазз)", peer_id=4242)
    site.stop()


_COUNTER = itertools.count()
_SOURCE = Source(name="fuzz_gov", kind="telegram", reporter="governor", channel="fuzz_gov")


def _export(number: int, published: datetime, text: str) -> bytes:
    message = {
        "id": number,
        "type": "message",
        "date": f"{published:%Y-%m-%dT%H:%M:%S}",
        "date_unixtime": str(int(published.timestamp())),
        "text": text,
    }
    chat = {"name": "Канал (фазз)", "type": "public_channel", "id": 77, "messages": [message]}
    return json.dumps(chat, ensure_ascii=False).encode()


def _import(store: Store, channel: Channel, route: str, text: str, published: datetime) -> None:
    """Bring ``text`` into ``store`` by ``route``: pasted, uploaded, or read by a sync pass."""
    number = next(_COUNTER) + 1
    if route == "paste":
        result = store.ingest_text(text, published=published, channel="fuzz")
        assert result.added == 1
    elif route == "upload":
        result = store.ingest_upload("result.json", _export(number, published, text))
        assert result.added == 1
    else:
        channel.add(Message(number, published, text))
        [synced] = run_pass(store, [_SOURCE])
        assert synced.ok and synced.added == 1, synced.line()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.integers(1, 5000),
    st.integers(0, 14),
    st.sampled_from(_REGIONS),
    st.sampled_from(["paste", "upload", "sync"]),
)
def test_every_figure_read_is_stored_or_sent_to_review(
    real_store: Store, channel: Channel, n: int, style: int, region: str, route: str
) -> None:
    published = datetime(2025, 1, 1, 9, 0, tzinfo=MSK) + timedelta(days=next(_DAYS))
    text = f"За ночь над {region} областью уничтожено {_written(n, style)} БПЛА."
    _import(real_store, channel, route, text, published)
    claims = real_store.claims(Filters(date_from=published.date(), date_to=published.date()))
    counts = claims[C.COUNT].dropna().astype(int).tolist()
    queued = review.queue(real_store)
    held = text in queued["text"].tolist()
    # the figure is on the map as written, or the text waits for a person: never a wrong
    # figure published, never a figure dropped without a word
    assert (counts == [n] and not held) or (counts == [] and held), (route, text, counts, held)


_DAYS = itertools.count()


# --------------------------------------------------------------- a claims CSV's counts

_CSV_HEAD = "claim_id,report_id,reporter,country,area_id,area,count,qualifier,night_of\n"
_CELL = st.text(alphabet="0123456789 -+.,_'=\u00a0\u0665\uff15e", max_size=12) | st.integers(
    -3, 2**32
).map(str)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(_CELL)
def test_a_claims_csv_count_is_stored_as_written_or_refused_in_one_line(
    real_store: Store, cell: str
) -> None:
    number = next(_COUNTER)
    day = (datetime(2023, 1, 1) + timedelta(days=number)).date()
    quoted = '"' + cell.replace('"', '""') + '"'
    row = f"c{number}:0:0,c{number},mod,RU,RU-BRY,Брянская область,{quoted},exact,{day}\n"
    try:
        real_store.ingest_upload(f"claims{number}.csv", (_CSV_HEAD + row).encode())
    except ImportFailed as exc:
        assert "\n" not in str(exc) and str(exc).startswith(f"claims{number}.csv: line 2: count")
        written = None
    else:
        written = cell.strip()
    counts = real_store.claims(Filters(date_from=day, date_to=day))[C.COUNT].tolist()
    if written is None:
        assert counts == []
    elif written == "":
        assert len(counts) == 1 and pd.isna(counts[0])  # no count: none is made up
    else:
        # stored only when a person reads the same whole number in the cell
        assert re.fullmatch(r"[0-9]{1,10}", written) and counts == [int(written)], (cell, counts)
