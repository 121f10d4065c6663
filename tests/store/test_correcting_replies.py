"""A Telegram reply that corrects its own post is read with the post (``store.importers.telegram
._joined``): a later version of the post, its text and the reply's, so the corrected figure
replaces the post's. Texts written for this project."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from parsing import parse
from settings import MSK
from store import Filters, Store
from store import columns as C
from store.importers import read_file
from tests.store.test_importers import channel, message, write_json

POSTED, ANSWERED = 1757559600, 1757563200  # 06:00 and 07:00 Moscow time, 11 September 2025
POST = "Этой ночью над Курской областью сбиты 5 БПЛА."
CORRECTION = "Уточнение: сбиты не 5, а 7 беспилотников."


def _items(*messages: dict[str, object]) -> list[tuple[str | None, str, datetime | None]]:
    data = json.dumps(channel(list(messages)), ensure_ascii=False).encode()
    items, _prepared = read_file("result.json", data)
    return [(i.message_id, i.text, i.edited) for i in items]


def test_a_correcting_reply_is_a_later_version_of_its_post() -> None:
    reply = message(2, CORRECTION, unix=ANSWERED, reply_to_message_id=1)
    assert _items(message(1, POST, unix=POSTED), reply) == [
        ("1", POST, None),
        ("1", f"{POST}\n\n{CORRECTION}", datetime(2025, 9, 11, 7, 0, tzinfo=MSK)),
    ]
    # read together, the reply's figure is the post's place's: alone it names none
    read = parse(f"{POST}\n\n{CORRECTION}", date(2025, 9, 11))
    claims = [(c.area_id, c.count) for r in read for c in r.claims]
    assert claims == [("RU-KRS", 7)]


def test_a_reply_that_corrects_nothing_or_answers_another_chat_stays_its_own() -> None:
    news = "Пострадавших нет."
    other = message(3, CORRECTION, unix=ANSWERED, reply_to_message_id=1, reply_to_peer_id="c9")
    assert _items(
        message(1, POST, unix=POSTED),
        message(2, news, unix=ANSWERED, reply_to_message_id=1),
        other,
    ) == [("1", POST, None), ("2", news, None), ("3", CORRECTION, None)]


def test_a_correction_of_a_correction_joins_the_first_post() -> None:
    again = "Уточнение: по уточненным данным, сбито 8 беспилотников."
    items = _items(
        message(1, POST, unix=POSTED),
        message(2, CORRECTION, unix=ANSWERED, reply_to_message_id=1),
        message(3, again, unix=ANSWERED + 600, reply_to_message_id=2),
    )
    assert [(mid, text) for mid, text, _edited in items][2] == (
        "1",
        f"{POST}\n\n{CORRECTION}\n\n{again}",
    )


def test_the_store_keeps_the_corrected_version_alone(store: Store, tmp_path: Path) -> None:
    # the stand-in parser reads the post's 5 and, joined under it, the reply's statement of 7
    post = "@governor night=2025-09-11\nRU-KRS 5"
    fix = "Уточнение: по уточненным данным\n@governor night=2025-09-11\nRU-KRS 7"
    path = write_json(tmp_path / "result.json", channel([
        message(1, post, unix=POSTED),
        message(2, fix, unix=ANSWERED, reply_to_message_id=1),
    ], name="Губернатор Курской области"))  # fmt: skip
    result = store.ingest_paths([path])
    assert (result.added, result.replaced) == (2, 1)
    frame = store.nightly(Filters())
    assert [(r[C.AREA_ID], int(r[C.FIGURE])) for _, r in frame.iterrows()] == [("RU-KRS", 7)]
