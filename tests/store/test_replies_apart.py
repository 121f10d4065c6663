"""A reply that corrects or updates its post, read with the post by every route: one export, two
exports in either order, the channel sync, and again after a re-parse (``store.replies``,
``store.spelt_corrections``, docs/reconciliation.md 7.7). Through the real parser; texts
written for this project."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from settings import MSK
from store import Filters, Store, open_store, review, schema
from store import columns as C
from store.sync import run_pass, telegram
from store.sync.registry import Source
from testkit.sync_site import Message, Site
from tests.store.test_importers import channel, message

POSTED, ANSWERED = 1757559600, 1757563200  # 06:00 and 07:00 Moscow time, 11 September 2025
POST = "Ночью над Орловской областью уничтожены 4 беспилотника."
#: a correction with no verb: the parser reads no statement in it, even under its post
SPELT = "Уточнение: не 4, а 6 БПЛА."
#: a correction the parser reads under its post
READ = "Уточнение: уничтожены не 4, а 6 беспилотников."
#: an update: more drones for the post's night, with no place of its own
UPDATE = "UPD: сбит ещё один."


@pytest.fixture
def real(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)  # the real parser
    yield opened
    opened.close()


def _export(*messages: dict[str, object]) -> bytes:
    return json.dumps(channel(list(messages), name="Оперативный штаб"), ensure_ascii=False).encode()


def _post() -> dict[str, object]:
    return message(1, POST, unix=POSTED)


def _reply(text: str) -> dict[str, object]:
    return message(2, text, unix=ANSWERED, reply_to_message_id=1)


def _map(store: Store) -> list[tuple[str, int]]:
    return [(r[C.AREA_ID], int(r[C.FIGURE])) for _, r in store.nightly(Filters()).iterrows()]


def _open(store: Store) -> list[str]:
    queue = review.queue(store)
    return [] if queue.empty else queue[queue["status"] == "open"]["reason"].tolist()


def _active(store: Store) -> list[str]:
    r = schema.reports
    with store.engine.connect() as conn:
        return list(conn.execute(select(r.c.text).where(r.c.superseded_by.is_(None))).scalars())


def test_a_spelt_correction_puts_the_new_figure_on_the_map_with_the_old_beside_it(
    real: Store,
) -> None:
    real.ingest_upload("result.json", _export(_post(), _reply(SPELT)))
    assert _map(real) == [("RU-ORL", 6)]  # never 4, never 4 + 6
    assert _open(real) == []
    claims = real.claims(Filters())
    assert claims[[C.COUNT, C.EVIDENCE, "rule"]].values.tolist() == [
        [6, "не 4, а 6", "spelt_correction"]
    ]
    # the post's own version stays, replaced: the history shows both
    versions = review.versions(real, str(claims[C.REPORT_ID].iloc[0]))
    assert versions["text"].tolist() == [POST, f"{POST}\n\n{SPELT}"]
    assert versions["superseded_by"].notna().tolist() == [True, False]


@pytest.mark.parametrize("reply", [SPELT, READ])
@pytest.mark.parametrize("post_first", [True, False], ids=["post first", "reply first"])
def test_a_correction_and_its_post_in_two_exports_read_together(
    real: Store, reply: str, post_first: bool
) -> None:
    files = [_export(_post()), _export(_reply(reply))]
    for name, data in zip(("a.json", "b.json"), files if post_first else files[::-1], strict=True):
        real.ingest_upload(name, data)
    assert _map(real) == [("RU-ORL", 6)]
    assert _open(real) == []  # the reply held alone left the queue with its text
    assert _active(real) == [f"{POST}\n\n{reply}"]
    # either export again adds nothing
    for name, data in zip(("a.json", "b.json"), files, strict=True):
        assert real.ingest_upload(name, data).added == 0
    assert _map(real) == [("RU-ORL", 6)]


@pytest.mark.parametrize("post_first", [True, False], ids=["post first", "reply first"])
def test_an_update_in_a_reply_adds_to_its_post_read_apart(real: Store, post_first: bool) -> None:
    files = [_export(_post()), _export(_reply(UPDATE))]
    for name, data in zip(("a.json", "b.json"), files if post_first else files[::-1], strict=True):
        real.ingest_upload(name, data)
    assert _map(real) == [("RU-ORL", 5)]  # alone, "сбит ещё один" had been no figure at all


def test_a_correction_of_the_correction_read_apart_joins_the_first_post(real: Store) -> None:
    again = message(3, "Уточнение: не 6, а 8 БПЛА.", unix=ANSWERED + 600, reply_to_message_id=2)
    real.ingest_upload("a.json", _export(_post(), _reply(SPELT)))
    real.ingest_upload("b.json", _export(again))
    assert _map(real) == [("RU-ORL", 8)]
    assert _open(real) == []


@pytest.mark.parametrize(
    "again",
    ["Уточнение: не 6, а 5 БПЛА.", "Уточнение: уничтожены не 6, а 5 беспилотников.",
     "Уточнение: 5, а не 6."],
    ids=["spelt", "with its verb", "the figure first"],
)  # fmt: skip
def test_a_correction_of_a_correction_the_parser_read_is_taken(real: Store, again: str) -> None:
    # the parser reads the first correction under its post (6), not the second: it had been
    # held as conflicting_numbers, though each names the figure in force that it replaces
    third = message(3, again, unix=ANSWERED + 600, reply_to_message_id=2)
    real.ingest_upload("a.json", _export(_post(), _reply(READ)))
    assert _map(real) == [("RU-ORL", 6)]
    real.ingest_upload("b.json", _export(third))
    assert _map(real) == [("RU-ORL", 5)]
    assert _open(real) == []


def test_a_correction_of_a_figure_no_longer_in_force_stays_held(real: Store) -> None:
    # the post's 4 was already replaced by 6: which figure this one corrects is a person's to say
    third = message(3, "Уточнение: не 4, а 5 БПЛА.", unix=ANSWERED + 600, reply_to_message_id=2)
    real.ingest_upload("a.json", _export(_post(), _reply(READ), third))
    assert _open(real) == ["conflicting_numbers"]
    assert _map(real) == []


def test_the_corrected_figure_stays_after_a_reparse(real: Store) -> None:
    real.ingest_upload("b.json", _export(_reply(SPELT)))
    real.ingest_upload("a.json", _export(_post()))
    assert real.reparse(everything=True).reports == 3  # the post, the reply alone, the two
    assert _map(real) == [("RU-ORL", 6)]
    assert _open(real) == []
    assert _active(real) == [f"{POST}\n\n{SPELT}"]


def test_a_correction_that_could_be_two_figures_stays_held(real: Store) -> None:
    post = "Ночью над Орловской областью уничтожены 4 беспилотника, над Курской областью — 4."
    real.ingest_upload("a.json", _export(message(1, post, unix=POSTED), _reply(SPELT)))
    assert _open(real) == ["conflicting_numbers"]  # which 4 it sets right is a person's to say
    assert _map(real) == []


ORYOL = Source(
    name="oryol_hq", kind="telegram", reporter="governor", channel="oryol_hq", region="RU-ORL"
)
T0 = datetime(2025, 9, 11, 6, 0, tzinfo=MSK)


@pytest.mark.parametrize("reply", [SPELT, UPDATE])
def test_the_sync_reads_a_reply_with_its_post_in_one_pass_or_two(
    site: Site, real: Store, reply: str
) -> None:
    hq = site.channel("oryol_hq", "Оперативный штаб")
    hq.add(Message(1, T0, POST))
    run_pass(real, [ORYOL])
    assert _map(real) == [("RU-ORL", 4)]
    hq.add(Message(2, T0 + timedelta(hours=1), reply, reply_to=1))
    run_pass(real, [ORYOL])
    expected = 6 if reply == SPELT else 5
    assert _map(real) == [("RU-ORL", expected)]
    assert _open(real) == []
    # one pass that reads both gives the same
    other = open_store(f"{real.engine.url}-2")
    try:
        run_pass(other, [ORYOL])
        assert _map(other) == [("RU-ORL", expected)]
    finally:
        other.close()


def test_the_preview_names_the_message_a_reply_quotes(site: Site) -> None:
    hq = site.channel("oryol_hq", "Оперативный штаб")
    hq.add(Message(1, T0, POST))
    hq.add(Message(2, T0 + timedelta(hours=1), SPELT, reply_to=1))
    page = telegram.parse_page(site.page("oryol_hq", None), "oryol_hq")
    assert [(p.id, p.text, p.reply_to) for p in page.posts] == [(1, POST, None), (2, SPELT, 1)]


#: an update that names its own place: alone it is a report of one drone
PLACED_UPDATE = "UPD: над Курской областью сбит ещё один беспилотник."


def test_a_message_that_answers_itself_keeps_its_figure_when_imported_again(real: Store) -> None:
    # an export edited by hand: read as a reply, the message became a correction of itself the
    # second time, and its versions replaced each other until none was left on the map
    own = message(5, PLACED_UPDATE, unix=ANSWERED, reply_to_message_id=5)
    first = real.ingest_upload("own.json", _export(own))
    again = real.ingest_upload("own.json", _export(own))
    assert ((first.added, first.claims), (again.added, again.duplicates)) == ((1, 1), (0, 1))
    assert _map(real) == [("RU-KRS", 1)]
    assert _active(real) == [PLACED_UPDATE]


def test_two_corrections_that_answer_each_other_leave_a_figure_or_a_word(real: Store) -> None:
    # a loop no chat can make (a reply answers an earlier message): the first is no reply
    first = "Уточнение: сбиты не 3, а 5 БПЛА над Курской областью."
    second = "Уточнение: сбиты не 5, а 7 беспилотников."
    real.ingest_upload("a.json", _export(message(1, first, unix=POSTED, reply_to_message_id=2)))
    real.ingest_upload("b.json", _export(message(2, second, unix=ANSWERED, reply_to_message_id=1)))
    assert _map(real) == [("RU-KRS", 7)]  # the second corrects the first, as it says
    assert _active(real) == [f"{first}\n\n{second}"]


def test_the_sync_reads_a_post_that_quotes_itself_as_no_reply(site: Site, real: Store) -> None:
    # the page quoted the post in itself; its correction, in the next pass, read it twice
    hq = site.channel("oryol_hq", "Оперативный штаб")
    hq.add(Message(3, T0, "UPD: над Орловской областью сбит ещё один беспилотник.", reply_to=3))
    run_pass(real, [ORYOL])
    hq.add(Message(4, T0 + timedelta(hours=1), "Уточнение: сбиты не 1, а 2 БПЛА.", reply_to=3))
    run_pass(real, [ORYOL])
    assert _map(real) == [("RU-ORL", 2)]
    assert len(_active(real)) == 1


#: The heads a reply that sets its post right opens with, beside "Уточнение:" (stop 45:
#: "Поправка:" and its kin were read as news of their own, the post's 4 left on the map)
HEADS = ["Поправка:", "Исправление:", "Поправка —", "Уточнение:"]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("words", ["не 4, а 6 БПЛА.", "уничтожены не 4, а 6 беспилотников."])
def test_a_reply_headed_as_a_correction_sets_its_post_right(
    real: Store, head: str, words: str
) -> None:
    real.ingest_upload("result.json", _export(_post(), _reply(f"{head} {words}")))
    assert _map(real) == [("RU-ORL", 6)]  # never 4, never 4 + 6
    assert _open(real) == []
    assert _active(real) == [f"{POST}\n\n{head} {words}"]


def test_an_english_correction_sets_its_post_right(real: Store) -> None:
    post = message(1, "Four drones were destroyed over the Oryol region overnight.", unix=POSTED)
    reply = _reply("Correction: six drones were destroyed over the Oryol region overnight.")
    real.ingest_upload("result.json", _export(post, reply))
    assert _map(real) == [("RU-ORL", 6)]
    assert _open(real) == []


@pytest.mark.parametrize(
    ("line", "figure", "held"),
    [
        ("Correction: 6, not 4.", 6, []),  # the post's own 4 named and set aside: 6 alone
        # a noun after the new figure: no spelt correction of the store reads it, so the text
        # waits for a person (said, nothing on the map)
        ("Correction: 6 drones, not 4.", None, ["conflicting_numbers"]),
        # a figure set aside that the post never told: which one is meant is a person's call
        ("Correction: 6, not 3.", None, ["conflicting_numbers"]),
    ],
)
def test_an_english_correction_line_in_the_post_itself(
    real: Store, line: str, figure: int | None, held: list[str]
) -> None:
    # one message, no reply: the line under the figure sets it right, as "Уточнение: не 4, а 6"
    # does ("Correction:" heads a correction since stop 45; before, the 4 it sets aside was
    # also held as a figure no claim took)
    text = f"Four drones were shot down over the Oryol region overnight.\n{line}"
    real.ingest_upload("result.json", _export(message(1, text, unix=POSTED)))
    assert _map(real) == ([("RU-ORL", figure)] if figure else [])
    assert _open(real) == held
