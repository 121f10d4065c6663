"""A figure the author struck out in Telegram (issue 14's left list, the lead's decision 5).

A Telegram export keeps a struck-out part of a message as an entity of type
"strikethrough": the importer writes it as Markdown's "~~...~~", the parser never reads it,
the stored text keeps it, and the claim beside it is flagged ``struck_out_skipped``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from settings import MSK
from store import Filters, Store, ledger
from store import columns as C
from store.db import make_engine
from store.importers import Item, item_id, telegram
from store.sync import Source, run_pass
from store.sync import telegram as sync_telegram
from testkit.sync_site import Message, Site
from tests.store.test_importers import channel, message, write_json

NIGHT = 1757646000  # 2025-09-12 06:00, Moscow time
#: "Over the Voronezh region 3 were shot down overnight" and a corrected figure: 3 struck, 4 left
CORRECTED = [
    "В ночь на 12 сентября над Воронежской областью сбиты ",
    {"type": "strikethrough", "text": "3"},
    " 4 беспилотника.",
]


def test_the_importer_writes_a_struck_part_as_markdowns_strikethrough(tmp_path: Path) -> None:
    # (the parts were joined as "сбиты 3 4 беспилотника": both figures read)
    entities = [
        {"type": "plain", "text": "Сбиты "},
        {"type": "strikethrough", "text": "3 "},
        {"type": "bold", "text": "4"},
    ]
    document = channel([message(1, CORRECTED), message(2, "", text_entities=entities)])
    del document["messages"][1]["text"]  # type: ignore[index]
    path = write_json(tmp_path / "result.json", document)
    items = telegram.read(path.read_bytes(), "result.json")
    assert [item.text for item in items] == [
        "В ночь на 12 сентября над Воронежской областью сбиты ~~3~~ 4 беспилотника.",
        "Сбиты ~~3~~ 4",  # the space after the struck part stays outside its marks
    ]


def test_the_marks_do_not_change_a_messages_identity() -> None:
    # an export read before the marks were written is the same message
    plain = Item("m 1", "сбиты 3 4 беспилотника", "telegram", channel_id="7", message_id="1")
    marked = Item("m 1", "сбиты ~~3~~ 4 беспилотника", "telegram", channel_id="7", message_id="1")
    assert item_id(plain) == item_id(marked)


@pytest.fixture
def real_store(db_url: str) -> Iterator[Store]:
    opened = Store(make_engine(db_url))  # the real parser
    yield opened
    opened.close()


def test_a_struck_figure_is_not_stored_and_its_claim_is_flagged(
    real_store: Store, tmp_path: Path
) -> None:
    path = write_json(
        tmp_path / "result.json", channel([message(5, CORRECTED, unix=NIGHT)], name="Губернатор")
    )
    result = real_store.ingest_paths([path])
    assert (result.added, result.in_review, result.claims) == (1, 0, 1)
    claims = ledger.claims(real_store, Filters())
    assert [(r[C.AREA_ID], r[C.COUNT]) for _, r in claims.iterrows()] == [("RU-VOR", 4)]
    (flags,) = claims[C.FLAGS]
    assert flags == (C.FLAG_STRUCK_OUT,)
    assert "~~3~~" in claims[C.EVIDENCE].iloc[0]  # the text keeps what was struck
    nightly = ledger.nightly(real_store, Filters())
    assert [(r[C.AREA_ID], r[C.FIGURE], r[C.FLAGS]) for _, r in nightly.iterrows()] == [
        ("RU-VOR", 4, (C.FLAG_STRUCK_OUT,))
    ]


# --- the sync's preview pages (issue 14's left list, item 4) -----------------------------------


def _preview(inner: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"></head><body>'
        '<div class="tgme_widget_message" data-post="voronezh_gov/8">'
        f'<div class="tgme_widget_message_text">{inner}</div>'
        '<a class="tgme_widget_message_date"><time datetime="2025-09-12T06:00:00+03:00">06:00'
        "</time></a></div></body></html>"
    ).encode()


@pytest.mark.parametrize("tag", ["s", "del", "strike"])
def test_the_syncs_preview_marks_a_struck_part_as_the_export_does(tag: str) -> None:
    # (the preview's struck part was read as text: "сбиты 3 4 беспилотника", both figures)
    page = sync_telegram.parse_page(
        _preview(f"Над Воронежской областью сбиты <{tag}>3</{tag}> 4 беспилотника."), "voronezh_gov"
    )
    assert [p.text for p in page.posts] == ["Над Воронежской областью сбиты ~~3~~ 4 беспилотника."]


def test_a_struck_row_with_markup_and_lines_inside_is_struck_whole() -> None:
    page = sync_telegram.parse_page(
        _preview("Сбиты 5 БПЛА:<br><s>2 – над <b>Курской</b><br>областью,</s> 5 – над Брянской."),
        "voronezh_gov",
    )
    assert [p.text for p in page.posts] == [
        "Сбиты 5 БПЛА:\n~~2 – над Курской\nобластью,~~ 5 – над Брянской."
    ]


def test_a_synced_struck_figure_is_not_stored_and_its_claim_is_flagged(
    real_store: Store, site: Site
) -> None:
    channel = site.channel("voronezh_gov", "Губернатор Воронежской области")
    channel.add(
        Message(
            8,
            datetime(2025, 9, 12, 6, 0, tzinfo=MSK),
            raw_html="В ночь на 12 сентября над Воронежской областью сбиты <s>3</s> 4 беспилотника.",
        )
    )
    source = Source(
        name="voronezh_gov", kind="telegram", reporter="governor", channel="voronezh_gov",
        region="RU-VOR", language="ru",
    )  # fmt: skip
    [result] = run_pass(real_store, [source])
    assert (result.ok, result.added) == (True, 1)
    claims = ledger.claims(real_store, Filters())
    assert [(r[C.AREA_ID], r[C.COUNT], r[C.FLAGS]) for _, r in claims.iterrows()] == [
        ("RU-VOR", 4, (C.FLAG_STRUCK_OUT,))
    ]
