"""A figure the author struck out in Telegram (issue 14's left list, the lead's decision 5).

A Telegram export keeps a struck-out part of a message as an entity of type
"strikethrough": the importer writes it as Markdown's "~~...~~", the parser never reads it,
the stored text keeps it, and the claim beside it is flagged ``struck_out_skipped``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store import Filters, Store, ledger
from store import columns as C
from store.db import make_engine
from store.importers import Item, item_id, telegram
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
