"""The review queue: incomplete texts are held back, people resolve them, corrections
survive re-parsing; edited messages keep their history."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from settings import MSK
from store import Filters, Store, review
from store import columns as C
from store.db import make_engine
from tests.store.conftest import fake_parse

PUBLISHED = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)
#: the stand-in parser reads the first two lines; the third is a sentence it cannot place
HELD = "@mod night=2025-09-12\nRU-BRY 5\nНад Зарецкой областью уничтожены 3 БПЛА."


def claims(store: Store) -> list[tuple]:
    frame = store.claims(Filters(include_ua=True))
    return sorted(
        (
            row[C.REPORTER],
            row[C.AREA_ID],
            None if pd.isna(row[C.COUNT]) else int(row[C.COUNT]),
            row[C.RULE],
        )
        for _, row in frame.iterrows()
    )


def items(store: Store, status: str | None = review.OPEN) -> list[tuple]:
    frame = review.queue(store, status=status)
    return [
        tuple(None if pd.isna(v) else v for v in row)
        for row in frame[["reason", "detail", "status", "resolved_by"]].itertuples(index=False)
    ]


def test_an_incomplete_text_is_held_back_and_queued(store: Store) -> None:
    result = store.ingest_text(HELD, channel="mod", published=PUBLISHED)
    assert (result.added, result.in_review, result.claims) == (1, 1, 0)
    assert (
        result.summary() == "added 1, duplicates skipped 0, failed 0 (0 claims, 1 sent to review)"
    )
    assert claims(store) == []
    assert store.nightly().empty
    queued = review.queue(store)
    assert items(store) == [
        ("unknown_place", "'Зарецкой областью' is not a place the gazetteer knows", "open", None),
    ]
    assert queued["text"].tolist() == [HELD]
    assert queued["channel"].tolist() == ["mod"]


def test_a_count_without_area_is_queued(store: Store) -> None:
    text = "@mod night=2025-09-12\nДежурными средствами ПВО уничтожены 7 беспилотников."
    assert store.ingest_text(text, published=PUBLISHED).in_review == 1
    assert items(store) == [
        ("count_without_area", "7 drones with no area that can be resolved", "open", None),
    ]


def test_assign_area_resolves_and_publishes_with_who_and_when(store: Store) -> None:
    store.ingest_text(HELD, channel="mod", published=PUBLISHED)
    (review_id,) = review.queue(store)["review_id"]
    review.assign_area(
        store, int(review_id), area_id="RU-KRS", area="Курская область", count=3, author="anna"
    )
    assert claims(store) == [("mod", "RU-BRY", 5, "fake"), ("mod", "RU-KRS", 3, "correction:1")]
    assert store.nightly()[[C.AREA_ID, C.FIGURE]].values.tolist() == [["RU-BRY", 5], ["RU-KRS", 3]]
    assert items(store, None) == [
        (
            "unknown_place",
            "'Зарецкой областью' is not a place the gazetteer knows",
            "resolved",
            "anna",
        ),
    ]
    done = review.corrections(store)
    assert done[["action", "author"]].values.tolist() == [["assign_area", "anna"]]
    assert done["value"].iloc[0]["area_id"] == "RU-KRS"
    assert done["created_at"].iloc[0].tzinfo is not None


def test_correct_count_and_dismiss(store: Store) -> None:
    store.ingest_text(HELD, channel="mod", published=PUBLISHED)
    rid = review.queue(store)["report_id"].iloc[0]
    review.correct_count(store, rid, area_id="RU-BRY", count=6, author="boris")
    assert claims(store) == [("mod", "RU-BRY", 6, "correction:1")]
    assert items(store, None)[0][2:] == ("resolved", "boris")

    store.ingest_text(HELD.replace("RU-BRY 5", "RU-BEL 2"), channel="gov", published=PUBLISHED)
    (review_id,) = review.queue(store)["review_id"]
    review.dismiss(store, int(review_id), author="anna", note="a summary, not a report")
    assert claims(store) == [("mod", "RU-BRY", 6, "correction:1")]
    assert [row[2:] for row in items(store, None)] == [("resolved", "boris"), ("dismissed", "anna")]
    assert review.corrections(store)["action"].tolist() == ["set_count", "dismiss"]


def test_corrections_survive_reparse(db_url: str) -> None:
    first = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-1")
    first.ingest_text(HELD, channel="mod", published=PUBLISHED)
    first.ingest_text(HELD.replace("RU-BRY 5", "RU-BEL 2"), channel="gov", published=PUBLISHED)
    first.ingest_text(HELD.replace("RU-BRY 5", "RU-VOR 1"), channel="wire", published=PUBLISHED)
    queued = review.queue(first)
    ids = dict(zip(queued["channel"], queued["review_id"], strict=True))
    review.assign_area(first, int(ids["mod"]), area_id="RU-KRS", count=3, author="anna")
    review.correct_count(
        first,
        queued.set_index("channel").loc["mod", "report_id"],
        area_id="RU-BRY",
        count=6,
        author="anna",
    )
    review.dismiss(first, int(ids["gov"]), author="boris")
    expected = [("mod", "RU-BRY", 6, "correction:2"), ("mod", "RU-KRS", 3, "correction:1")]
    assert claims(first) == expected
    first.close()

    upgraded = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-2")
    assert upgraded.reparse().reports == 3
    assert claims(upgraded) == expected
    # the untouched text is still held, its item still open (not queued twice)
    assert items(upgraded) == [
        ("unknown_place", "'Зарецкой областью' is not a place the gazetteer knows", "open", None),
    ]
    assert upgraded.nightly()[C.FIGURE].tolist() == [6, 3]
    upgraded.close()


def test_a_text_now_parsed_completely_is_released_by_reparse(db_url: str) -> None:
    def forgiving(text: str, published: datetime | None = None, source: str | None = None) -> list:
        return fake_parse(
            text.replace("Над Зарецкой областью уничтожены 3 БПЛА.", "RU-KRS 3"), published
        )

    first = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-1")
    first.ingest_text(HELD, channel="mod", published=PUBLISHED)
    first.close()
    better = Store(make_engine(db_url), parse=forgiving, parser_version="fake-2")
    better.reparse()
    assert claims(better) == [("mod", "RU-BRY", 5, "fake"), ("mod", "RU-KRS", 3, "fake")]
    assert items(better, None)[0][2:] == ("resolved", "reparse")
    better.close()


def test_a_parser_error_gets_an_area_assigned(store: Store) -> None:
    store.ingest_text("BOOM над Курской областью сбиты 4 дрона", channel="x", published=PUBLISHED)
    (review_id,) = review.queue(store)["review_id"]
    assert review.queue(store)["reason"].tolist() == ["parser_error"]
    review.assign_area(
        store,
        int(review_id),
        area_id="RU-KRS",
        count=4,
        author="anna",
        reporter="governor",
        night_of=date(2025, 9, 12),
    )
    assert claims(store) == [("governor", "RU-KRS", 4, "correction:1")]
    assert store.nightly()[[C.DATE, C.FIGURE]].values.tolist() == [[date(2025, 9, 12), 4]]


def test_review_actions_refuse_bad_values(store: Store) -> None:
    store.ingest_text(HELD, channel="mod", published=PUBLISHED)
    (review_id,) = review.queue(store)["review_id"]
    with pytest.raises(review.ReviewError, match="count is -1"):
        review.assign_area(store, int(review_id), area_id="RU-KRS", count=-1, author="anna")
    with pytest.raises(review.ReviewError, match="author is empty"):
        review.dismiss(store, int(review_id), author=" ")
    with pytest.raises(review.ReviewError, match="review item 99 does not exist"):
        review.dismiss(store, 99, author="anna")
    assert claims(store) == []


def _export(tmp_path: Path, name: str, text: str, **extra: str) -> Path:
    message = {
        "id": 5,
        "type": "message",
        "date": "2025-09-12T09:00:00",
        "date_unixtime": "1757656800",
        "text": text,
        **extra,
    }
    path = tmp_path / name
    path.write_text(
        json.dumps(
            {"name": "Gov", "type": "public_channel", "id": 77, "messages": [message]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def test_an_edit_replaces_the_queued_version(store: Store, tmp_path: Path) -> None:
    store.ingest_paths([_export(tmp_path, "old.json", HELD)])
    assert len(review.queue(store)) == 1
    store.ingest_paths(
        [
            _export(
                tmp_path,
                "new.json",
                "@mod night=2025-09-12\nRU-BRY 5\nRU-KRS 3",
                edited="2025-09-12T10:00:00",
                edited_unixtime="1757660400",
            )
        ]
    )
    assert claims(store) == [("mod", "RU-BRY", 5, "fake"), ("mod", "RU-KRS", 3, "fake")]
    assert review.queue(store).empty
    assert items(store, review.SUPERSEDED)[0][0] == "unknown_place"
    history = review.versions(store, store.claims()[C.REPORT_ID].iloc[0])
    assert history["text"].tolist() == [HELD, "@mod night=2025-09-12\nRU-BRY 5\nRU-KRS 3"]
    assert history["superseded_by"].isna().tolist() == [False, True]


def test_a_published_figure_can_be_corrected_and_stays_corrected(db_url: str) -> None:
    first = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-1")
    first.ingest_text(
        "@governor night=2025-09-12\nRU-BEL 7\nRU-KRS 1", channel="gov", published=PUBLISHED
    )
    rid = first.claims()[C.REPORT_ID].iloc[0]
    review.correct_count(first, rid, area_id="RU-BEL", count=5, author="anna")
    review.correct_count(first, rid, area_id="RU-VOR", count=2, author="anna")
    expected = [
        ("governor", "RU-BEL", 5, "correction:1"),
        ("governor", "RU-KRS", 1, "fake"),
        ("governor", "RU-VOR", 2, "correction:2"),
    ]
    assert claims(first) == expected
    first.close()
    again = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-2")
    again.reparse()
    assert claims(again) == expected
    assert again.nightly()[C.FIGURE].tolist() == [5, 1, 2]
    again.close()


def test_rows_adding_up_to_more_than_their_total_are_held_back(store: Store) -> None:
    # the text's own figures disagree (12 + 3 + 2 over a total of 15): a person decides
    text = "@media night=2025-09-12 total=15\nRU-BEL 12\nRU-BRY 3\nRU-KRS 2"
    result = store.ingest_text(text, channel="wire", published=PUBLISHED)
    assert (result.added, result.in_review, result.claims) == (1, 1, 0)
    assert claims(store) == []
    assert [r[0] for r in items(store)] == ["conflicting_numbers"]
