"""Issue 14, store side: no figure lost or changed without a word."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from settings import MSK
from store import Filters, ImportFailed, Store, open_store, review
from store import columns as C
from store import ingest as ingest_module
from store import rows as rows_module
from store.importers import Item, report_id
from tests.store.test_importers import channel, counts, message, write_json

PUBLISHED = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)


def _queue(store: Store) -> list[tuple[str, str, str]]:
    frame = review.queue(store, status=None)
    return [tuple(row) for row in frame[["reason", "detail", "status"]].itertuples(index=False)]


def test_a_doubtful_number_holds_the_text_back_until_a_person_looks(store: Store) -> None:
    # the stand-in parser reads the first two lines; the third has a minus sign on its count
    text = "@mod night=2025-09-12\nRU-BRY 5\nНад Брянской областью уничтожено -5 БПЛА."
    result = store.ingest_text(text, channel="mod", published=PUBLISHED)
    assert (result.added, result.in_review, result.claims) == (1, 1, 0)
    assert store.claims(Filters(include_ua=True)).empty
    assert _queue(store) == [("doubtful_number", "a number with a minus sign: '-5'", "open")]
    # re-parsing keeps it held, with one open item (not one more per re-parse)
    store.reparse(everything=True)
    assert store.claims(Filters(include_ua=True)).empty
    assert _queue(store) == [("doubtful_number", "a number with a minus sign: '-5'", "open")]


# --------------------------------------------------------------- identity (issue 14, item 1)

GOVERNOR = "@governor\nRU-BRY 1"  # the same short post, night after night
NIGHT_11, NIGHT_12, NIGHT_13 = 1757559600, 1757646000, 1757732400  # 06:00 Moscow time


def _figures(store: Store) -> list[tuple[str, str, int]]:
    frame = store.nightly(Filters())
    return [(str(r[C.DATE]), r[C.AREA_ID], int(r[C.FIGURE])) for _, r in frame.iterrows()]


def test_the_same_text_on_two_nights_is_two_reports(store: Store, tmp_path: Path) -> None:
    path = write_json(tmp_path / "result.json", channel([
        message(10, GOVERNOR, unix=NIGHT_11), message(11, GOVERNOR, unix=NIGHT_12),
    ]))  # fmt: skip
    result = store.ingest_paths([path])
    assert (result.added, result.duplicates, result.claims) == (2, 0, 2)
    assert _figures(store) == [("2025-09-11", "RU-BRY", 1), ("2025-09-12", "RU-BRY", 1)]
    again = store.ingest_paths([path])
    assert (again.added, again.duplicates) == (0, 2)


def test_a_pasted_text_is_told_apart_by_its_publication_time(store: Store) -> None:
    first = datetime(2025, 9, 11, 6, 0, tzinfo=MSK)
    second = datetime(2025, 9, 12, 6, 0, tzinfo=MSK)
    assert store.ingest_text(GOVERNOR, published=first, channel="gov").added == 1
    assert store.ingest_text(GOVERNOR, published=second, channel="gov").added == 1
    assert store.ingest_text(GOVERNOR, published=second, channel="gov").duplicates == 1
    assert _figures(store) == [("2025-09-11", "RU-BRY", 1), ("2025-09-12", "RU-BRY", 1)]


def test_one_message_by_two_routes_is_one_report(store: Store, tmp_path: Path) -> None:
    # a channel export, then a sync of the same channel (its source stored under the
    # export's chat id) that reads the same message again
    path = write_json(tmp_path / "result.json", channel([message(10, GOVERNOR, unix=NIGHT_11)]))
    assert store.ingest_paths([path]).added == 1
    synced = Item(
        where="gov_channel: message 10",
        text=GOVERNOR + "\n",  # a preview's spacing differs; the id ignores spacing
        source_kind="telegram",
        channel="Губернатор (тест)",
        channel_id="777",
        message_id="10",
        published=datetime(2025, 9, 11, 6, 0, 20, tzinfo=MSK),  # the preview's own clock
    )
    result = store.ingest_items([synced], path="sync", source_kind="telegram")
    assert (result.added, result.duplicates) == (0, 1)
    assert counts(store)["reports"] == 1


def test_a_database_from_before_post_keys_takes_no_duplicates(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reports stored under the old id (text and source only) are still found by their
    message id or publication time: importing the same export again adds nothing."""
    path = write_json(tmp_path / "result.json", channel([message(10, GOVERNOR, unix=NIGHT_11)]))
    pasted = datetime(2025, 9, 12, 6, 0, tzinfo=MSK)
    with monkeypatch.context() as old:
        legacy = lambda item: report_id(item.text, item.channel_id or item.channel)  # noqa: E731
        old.setattr(rows_module, "item_id", legacy)
        old.setattr(ingest_module, "item_id", legacy)
        assert store.ingest_paths([path]).added == 1
        assert store.ingest_text(GOVERNOR, published=pasted, channel="gov").added == 1
    assert (store.ingest_paths([path]).duplicates, counts(store)["reports"]) == (1, 2)
    assert store.ingest_text(GOVERNOR, published=pasted, channel="gov").duplicates == 1
    later = write_json(tmp_path / "later.json", channel([
        message(10, GOVERNOR, unix=NIGHT_11), message(12, GOVERNOR, unix=NIGHT_13),
    ]))  # fmt: skip
    result = store.ingest_paths([later])
    assert (result.added, result.duplicates) == (1, 1)
    assert _figures(store) == [
        ("2025-09-11", "RU-BRY", 1), ("2025-09-12", "RU-BRY", 1), ("2025-09-13", "RU-BRY", 1),
    ]  # fmt: skip


# --------------------------------------------------------------- bad files: one line, nothing written


def _refused(store: Store, name: str, data: bytes) -> str:
    with pytest.raises(ImportFailed) as err:
        store.ingest_upload(name, data)
    assert counts(store) == {"reports": 0, "statements": 0, "claims": 0, "imports": 0, "review": 0}
    assert "\n" not in str(err.value)
    return str(err.value)


def _export(*messages: dict[str, object]) -> bytes:
    return json.dumps(channel(list(messages)), ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("stamp", "message"),
    [
        ({"date": "0001-01-01T00:00:00"}, "r.json: message 1: 'date' is '0001-01-01T00:00:00', a date that cannot be stored (year 1)"),
        ({"date": "9999-12-31T23:59:59"}, "r.json: message 1: 'date' is '9999-12-31T23:59:59', a date that cannot be stored (year 9999)"),
        ({"date_unixtime": "-62135596800"}, "r.json: message 1: 'date_unixtime' is '-62135596800', a date that cannot be stored (year 1)"),
        ({"date_unixtime": "253402300799"}, "r.json: message 1: 'date_unixtime' is '253402300799', not a number of seconds"),
    ],
)  # fmt: skip
def test_a_telegram_date_at_the_calendar_edge_is_refused(
    store: Store, stamp: dict[str, str], message: str
) -> None:
    post = {"id": 1, "type": "message", "text": GOVERNOR, **stamp}
    assert _refused(store, "r.json", _export(post)) == message


def test_a_csv_cell_over_the_reader_limit_is_refused(store: Store) -> None:
    header = "claim_id,report_id,reporter,country,area_id,area,count,qualifier\n"
    data = (header + '"' + "x" * 200_000 + '",r,mod,RU,RU-BRY,B,1,exact\n').encode()
    assert _refused(store, "c.csv", data) == (
        "c.csv: after line 1: not a readable CSV row (field larger than field limit (131072))"
    )


# --------------------------------------------------------------- what cannot be read goes to review


def test_a_few_broken_bytes_keep_utf8_and_send_the_text_to_review(store: Store) -> None:
    data = b"@mod night=2025-09-12\nRU-BRY 5\n" + b"\xff\xfe\xfa" + " конец".encode()
    result = store.ingest_upload("r.txt", data)
    assert (result.added, result.in_review, result.claims) == (1, 1, 0)
    assert _queue(store) == [
        ("unreadable_text", "3 characters could not be decoded (shown as \ufffd), first in '2025-09-12 RU-BRY 5 \ufffd\ufffd\ufffd конец'", "open"),
    ]  # fmt: skip
    stored = store.report(review.queue(store)["report_id"].iloc[0])
    assert stored is not None and stored["text"].startswith("@mod night=2025-09-12\nRU-BRY 5\n")


def test_a_cp1251_file_is_still_read_as_russian(store: Store) -> None:
    data = "@mod night=2025-09-12\nRU-BRY 5\nНад областью сбиты беспилотники.".encode("cp1251")
    result = store.ingest_upload("r.txt", data)
    assert (result.added, result.in_review, result.claims) == (1, 0, 1)


@pytest.mark.parametrize(
    ("published", "detail"),
    [
        (datetime(1900, 1, 2, 6, 0, tzinfo=MSK), "published 1900-01-02 06:00 is outside 2022-01-01 to a day after the import"),
        (datetime(2099, 1, 2, 6, 0, tzinfo=MSK), "published 2099-01-02 06:00 is outside 2022-01-01 to a day after the import"),
    ],
)  # fmt: skip
def test_an_implausible_date_goes_to_review(store: Store, published: datetime, detail: str) -> None:
    result = store.ingest_text(GOVERNOR, published=published, channel="gov")
    assert (result.in_review, result.claims) == (1, 0)
    assert _queue(store) == [("implausible_date", detail, "open")]
    assert store.nightly(Filters()).empty  # no figure on a night of 1900 or 2099


def test_an_undated_text_is_never_accepted_invisibly(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(GOVERNOR, encoding="utf-8")
    result = store.ingest_paths([path])
    assert (result.in_review, result.claims) == (1, 0)
    assert _queue(store) == [
        ("undated", "no publication date and no date in the text: no night can show its claims", "open"),
    ]  # fmt: skip
    other = tmp_path / "other.txt"
    other.write_text(GOVERNOR.replace("1", "2"), encoding="utf-8")
    dated = store.ingest_paths([other], published=datetime(2025, 9, 12, 12, 0))
    assert (dated.in_review, dated.claims) == (0, 1)
    assert _figures(store) == [("2025-09-12", "RU-BRY", 2)]


#: A governor's post as the real parser reads it: one figure for Kursk
KURSK_POST = "Над Курской областью ночью сбиты 3 беспилотника."


def _held_with_the_real_parser(db: Store, **how: object) -> str:
    """Import :data:`KURSK_POST` (``how``: its date, or a file) and return its one open item."""
    if "path" in how:
        db.ingest_paths([how["path"]])  # type: ignore[list-item]
    else:
        db.ingest_text(KURSK_POST, channel="Губернатор (тест)", **how)  # type: ignore[arg-type]
    [held] = review.queue(db)[["review_id", "report_id"]].itertuples(index=False)
    return str(held.report_id)


@pytest.mark.parametrize(
    ("published", "night"),
    [(datetime(2099, 3, 4, 8, 0, tzinfo=MSK), "on 2099-03-04"), (datetime(1900, 3, 4, 8, 0, tzinfo=MSK), "on 1900-03-04")],
)  # fmt: skip
def test_no_correction_publishes_a_figure_on_a_night_out_of_range(
    db_url: str, published: datetime, night: str
) -> None:
    # a reviewer who set the count of a post dated 2099 made 2099 every user's default night,
    # and one dated 1900 stretched each table filled over its gaps across a century and more
    # the real parser, the import and the review as the pages call them
    with closing(open_store(db_url)) as db:
        report_id = _held_with_the_real_parser(db, published=published)
        with pytest.raises(review.ReviewError) as refused:
            review.correct_count(db, report_id, area_id="RU-KRS", count=3, author="analyst")
        assert str(refused.value) == (
            f"report {report_id!r} would publish figures {night}, where no page shows them rightly"
            " (its nights must be from 2022-01-01 to a day after today): set its date, or dismiss it"
        )
        assert (db.latest_date(), db.earliest_date()) == (None, None)
        assert review.queue(db)["reason"].tolist() == ["implausible_date"]  # still held
        assert review.corrections(db).empty  # nothing of the correction written


def test_no_correction_publishes_the_figure_of_an_undated_file(db_url: str, tmp_path: Path) -> None:
    # an undated text's figure set by a reviewer had no night: a claim no page shows
    path = tmp_path / "post.txt"
    path.write_text(KURSK_POST, encoding="utf-8")
    with closing(open_store(db_url)) as db:
        report_id = _held_with_the_real_parser(db, path=path)
        with pytest.raises(review.ReviewError, match="would publish figures with no date"):
            review.correct_count(db, report_id, area_id="RU-KRS", count=3, author="analyst")
        assert review.queue(db)["reason"].tolist() == ["undated"]
        dated = db.ingest_paths([path], published=datetime(2025, 9, 13, 8, 0, tzinfo=MSK))
        assert (dated.claims, dated.in_review) == (1, 0)  # imported again with its date: on the map
        assert _figures(db) == [("2025-09-13", "RU-KRS", 3)]


# ------------------------------------------------------- a date set by a review (stop 44)


def _held_item(store: Store) -> int:
    [held] = review.queue(store)["review_id"].tolist()
    return int(held)


def test_a_text_held_for_its_date_is_published_on_the_date_a_person_sets(store: Store) -> None:
    # it could only be dismissed, or imported again (a second report of the same post)
    store.ingest_text(GOVERNOR, published=datetime(1900, 1, 2, 6, 0, tzinfo=MSK), channel="gov")
    review.set_date(
        store,
        _held_item(store),
        published=datetime(2025, 9, 12, 6, 0, tzinfo=MSK),
        author="analyst",
    )
    assert _figures(store) == [("2025-09-12", "RU-BRY", 1)]
    assert _queue(store)[0][2] == "resolved"
    assert review.corrections(store)[["action", "author"]].values.tolist() == [
        ["set_date", "analyst"]
    ]
    store.reparse(everything=True)  # the date is the text's own now
    assert _figures(store) == [("2025-09-12", "RU-BRY", 1)]


def test_a_dated_text_still_held_for_something_else_stays_held(store: Store) -> None:
    store.ingest_text(
        _HELD_POST.replace(" night=2025-09-12", ""),
        published=datetime(2099, 1, 2, 6, 0, tzinfo=MSK),
        channel="gov",
    )
    review.set_date(
        store,
        _held_item(store),
        published=datetime(2025, 9, 12, 6, 0, tzinfo=MSK),
        author="analyst",
    )
    assert store.nightly(Filters()).empty
    assert review.queue(store)["reason"].tolist() == ["unknown_place"]


@pytest.mark.parametrize(
    ("published", "said"),
    [
        (datetime(2099, 1, 2, 6, 0, tzinfo=MSK), "published is datetime.datetime(2099, 1, 2, 6, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/Moscow')): expected a date and time from 2022-01-01 to a day after now"),
        (date(2025, 9, 12), "published is datetime.date(2025, 9, 12): expected a date and time from 2022-01-01 to a day after now"),
    ],
    ids=["out of range", "a day with no time"],
)  # fmt: skip
def test_a_date_out_of_range_is_refused_and_nothing_written(
    store: Store, published: object, said: str
) -> None:
    store.ingest_text(GOVERNOR, published=datetime(1900, 1, 2, 6, 0, tzinfo=MSK), channel="gov")
    with pytest.raises(review.ReviewError) as refused:
        review.set_date(store, _held_item(store), published=published, author="analyst")  # type: ignore[arg-type]
    assert str(refused.value) == said
    assert review.corrections(store).empty
    assert _queue(store)[0][2] == "open"


def test_a_text_dated_by_a_reviewer_then_imported_with_that_date_is_stored_once(
    store: Store,
) -> None:
    # its id still holds the date it came with (1900); the import found no report by id and
    # stored the same post a second time, counting its drone twice
    store.ingest_text(GOVERNOR, published=datetime(1900, 1, 2, 6, 0, tzinfo=MSK), channel="gov")
    dated = datetime(2025, 9, 12, 6, 0, tzinfo=MSK)
    review.set_date(store, _held_item(store), published=dated, author="analyst")
    again = store.ingest_text(GOVERNOR + "\n", published=dated, channel="gov")
    assert (again.added, again.duplicates) == (0, 1)
    assert _figures(store) == [("2025-09-12", "RU-BRY", 1)]
    # another source, or another time, is another post
    assert store.ingest_text(GOVERNOR, published=dated, channel="mayor").added == 1
    assert store.ingest_text(GOVERNOR, published=PUBLISHED, channel="gov").added == 1


def test_a_held_copy_is_not_dated_onto_a_copy_already_on_the_map(store: Store) -> None:
    # an undated paste is held; the same text imported with its date is on the map; dating
    # the held copy to that time would count the drone twice
    store.ingest_text(GOVERNOR, channel="gov")
    dated = datetime(2025, 9, 12, 6, 0, tzinfo=MSK)
    [stored] = (store.ingest_text(GOVERNOR, published=dated, channel="gov").added,)
    assert stored == 1
    with pytest.raises(review.ReviewError) as refused:
        review.set_date(store, _held_item(store), published=dated, author="analyst")
    other = report_id(GOVERNOR, "gov", "published:2025-09-12T03:00:00+00:00")
    assert str(refused.value) == (
        f"report {other!r} holds the same text from the same source, published at "
        "2025-09-12 06:00: dismiss this copy rather than count it twice"
    )
    assert _figures(store) == [("2025-09-12", "RU-BRY", 1)]
    assert review.corrections(store).empty


def test_a_text_dated_in_range_is_not_dated_again(store: Store) -> None:
    # held for a doubtful number: its date is not what holds it
    store.ingest_text(
        "@mod night=2025-09-12\nRU-BRY 5\nНад Брянской областью уничтожено -5 БПЛА.",
        channel="mod",
        published=PUBLISHED,
    )
    [report_id] = review.queue(store)["report_id"].tolist()
    with pytest.raises(review.ReviewError) as refused:
        review.set_date(
            store,
            _held_item(store),
            published=datetime(2025, 9, 13, 6, 0, tzinfo=MSK),
            author="analyst",
        )
    assert str(refused.value) == (
        f"report {report_id!r} is published at 2025-09-12 09:30, a date in range: its date is not what holds it"
    )
    assert review.corrections(store).empty


# ------------------------------------------------------ what a correction is given (stop 43)

PUBLISHED_POST = "@governor night=2025-09-12\nRU-BRY 4"  # the stand-in parser's post: RU-BRY 4
#: ... and one it holds (its third line a place no gazetteer knows)
_HELD_POST = "@governor night=2025-09-12\nRU-BRY 5\nНад Заречной областью сбиты 2 БПЛА."


@pytest.mark.parametrize(
    ("change", "said"),
    [
        # the Review page's number input has no upper bound: PostgreSQL refused the row with a
        # traceback, SQLite stored it (and 2**70 failed on both)
        ({"area_id": "RU-BRY", "count": 10**15}, "count is 1000000000000000: expected a whole number of drones from 0 to 999,999, or None"),
        ({"area_id": "RU-BRY", "count": True}, "count is True: expected a whole number of drones from 0 to 999,999, or None"),
        # figures under ids no map shows, stored without a word
        ({"area_id": "RU-XYZ", "count": 3}, "area_id 'RU-XYZ' is not an area of the boundary pack"),
        ({"area_id": "RU-BRY", "district_id": "RU-KLU:kirovsky", "count": 3}, "district_id 'RU-KLU:kirovsky' is not a district of 'RU-BRY'"),
        ({"area_id": "<b>RU</b>", "count": -2}, "count is -2: expected a whole number of drones from 0 to 999,999, or None; area_id '<b>RU</b>' is not an area of the boundary pack"),
    ],
    ids=["past any figure", "a truth value", "an unknown area", "another region's district", "both at once"],
)  # fmt: skip
def test_a_correction_no_map_or_column_can_hold_is_refused_in_one_line(
    store: Store, change: dict[str, object], said: str
) -> None:
    store.ingest_text(PUBLISHED_POST, channel="Губернатор (тест)", published=PUBLISHED)
    report_id = str(store.claims(Filters())[C.REPORT_ID].iloc[0])
    with pytest.raises(review.ReviewError) as refused:
        review.correct_count(store, report_id, author="analyst", **change)  # type: ignore[arg-type]
    assert str(refused.value) == said
    assert _figures(store) == [("2025-09-12", "RU-BRY", 4)]
    assert review.corrections(store).empty


def test_no_correction_lands_on_a_dismissed_text_or_a_replaced_version(
    store: Store, tmp_path: Path
) -> None:
    # both changed nothing, and the page said "Corrected"
    store.ingest_text(_HELD_POST, channel="Губернатор (тест)", published=PUBLISHED)
    [(review_id, held)] = review.queue(store)[["review_id", "report_id"]].itertuples(index=False)
    review.dismiss(store, int(review_id), author="anna")
    with pytest.raises(review.ReviewError) as refused:
        review.correct_count(store, str(held), area_id="RU-BRY", count=5, author="boris")
    assert str(refused.value) == (
        f"report {held!r} was dismissed by 'anna' (not a report): none of its figures count, "
        "and a correction would change nothing"
    )
    first = message(7, PUBLISHED_POST, unix=NIGHT_12)
    edited = message(
        7,
        "@governor night=2025-09-12\nRU-BRY 6",
        unix=NIGHT_12,
        edited_unixtime=str(NIGHT_12 + 600),
    )
    store.ingest_paths([write_json(tmp_path / "a.json", channel([first]))])
    old = str(store.claims(Filters())[C.REPORT_ID].iloc[0])
    store.ingest_paths([write_json(tmp_path / "b.json", channel([edited]))])
    new = str(store.claims(Filters())[C.REPORT_ID].iloc[0])
    with pytest.raises(review.ReviewError) as refused:
        review.correct_count(store, old, area_id="RU-BRY", count=9, author="boris")
    assert str(refused.value) == (
        f"report {old!r} was replaced by a later version of its message ({new!r}): act on that "
        "one, whose figures count"
    )
    assert _figures(store) == [("2025-09-12", "RU-BRY", 6)]
    assert [c for c in review.corrections(store)["action"]] == ["dismiss"]


def test_an_id_no_item_or_text_can_have_is_refused_in_one_line(store: Store) -> None:
    # PostgreSQL refused the query with a traceback; both refused the unknown text's correction
    # with one (a foreign key)
    with pytest.raises(review.ReviewError, match=r"^review item 1000000000000 does not exist$"):
        review.dismiss(store, 10**12, author="anna")
    with pytest.raises(review.ReviewError, match=r"^report 'no-such' is not in the database$"):
        review.correct_count(store, "no-such", area_id="RU-BRY", count=1, author="anna")


# --------------------------------------------------------------- lost claims (issue 14, item 5)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Итоги ночи. Воронежская область: минус 6 БПЛА.", "6 drones and 'Воронежская область' are named, but no claim was read"),
        # a place by its own name, no preposition and no word for a region (these were stored
        # with no claim and no word)
        ("Kursk: 6 drones.", "6 drones and 'Kursk' are named, but no claim was read"),
        ("Орловская обл. 7 беспилотников", "7 drones and 'Орловская' are named, but no claim was read"),
        # no drone noun at all (these too were stored with no claim and no word)
        ("Ночью над Крымом силами ПВО сбиты 3 воздушные цели.", "3 targets and 'Крымом' are named, but no claim was read"),
        ("ПВО Белгородской области: минус 5.", "a row of 5 for 'Белгородской' is named, but no claim was read"),
        ("Липецкая область — 2.", "a row of 2 for 'Липецкая' is named, but no claim was read"),
    ],
    ids=["a region with its word", "a city alone", "an abbreviated region", "targets",
         "air defence's minus", "a region's row"],
)  # fmt: skip
def test_a_text_naming_drones_and_a_known_place_without_a_claim_is_held_for_review(
    db_url: str, text: str, detail: str
) -> None:
    # the real parser (the ``store`` fixture's is a stand-in)
    with closing(open_store(db_url)) as db:
        published = datetime(2025, 9, 20, 8, 0, tzinfo=MSK)
        result = db.ingest_text(text, published=published, channel="Губернатор (тест)")
        assert (result.added, result.claims, result.in_review) == (1, 0, 1)
        queue = review.queue(db, status=None)[["reason", "detail", "status"]].values.tolist()
    assert queue == [["no_claim_read", detail, "open"]]


def test_a_figure_beside_a_claim_for_an_area_no_claim_is_for_is_published_and_asked_about(
    db_url: str,
) -> None:
    # the real parser: Ryazan's claim is read; Tambov's figure, told with no drone noun, is read
    # by no rule and had been stored with no word
    text = (
        "Ночью над Рязанской областью уничтожены 3 беспилотника. ПВО Тамбовской области: минус 2."
    )
    with closing(open_store(db_url)) as db:
        published = datetime(2025, 9, 20, 8, 0, tzinfo=MSK)
        result = db.ingest_text(text, published=published, channel="Новости (тест)")
        assert (result.added, result.claims, result.in_review) == (1, 1, 1)
        claims = db.claims(Filters())
        queue = review.queue(db, status=None)[["reason", "detail", "status"]].values.tolist()
    assert claims[[C.AREA_ID, C.COUNT]].values.tolist() == [["RU-RYA", 3]]
    detail = "a row of 2 for 'Тамбовской' is named, but no claim is for that area"
    assert queue == [["area_without_figure", detail, "open"]]


def test_a_json_file_cut_inside_a_string_says_where_in_one_line(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{"messages": [{"id": 1, "text": "Над обл', encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        store.ingest_paths([path])
    assert str(err.value) == (
        "cut.json: not valid JSON (Unterminated string starting at: line 1, column 33)"
    )


# ------------------------------------------------------------ one report's cap (issue 14, item 8)
def test_a_text_over_the_length_cap_is_kept_for_review_with_one_line_and_no_traceback(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import parsing.text
    from parsing import parse

    monkeypatch.setattr(parsing.text, "MAX_REPORT_CHARS", 40)
    bare = Store(store.engine, parse=lambda text, published, source: parse(text))
    text = "Над Курской областью сбиты 5 БПЛА. Над Брянской областью сбит 1."
    result = bare.ingest_text(text, channel="mod", published=PUBLISHED)
    assert (result.added, result.failed, result.claims) == (1, 1, 0)
    error = (
        f"ReportTooLongError: the text is {len(text)} characters long, more than the 40 one "
        "report may have: split it into its reports"
    )
    assert [(r.getMessage(), r.exc_info) for r in caplog.records] == [
        (f"a text was refused ({error}); it is kept for review", None)
    ]
    assert _queue(bare) == [("parser_error", error, "open")]
