"""Review page under AppTest: assign, correct and dismiss change what is stored and shown."""

from __future__ import annotations

from datetime import datetime, time

import pandas as pd
from streamlit.testing.v1 import AppTest

import store
from settings import MSK
from store import Filters, review
from store import columns as C
from tests.app._honest import HELD_TEXT, LAST, MARKUP
from tests.app._tables import claims_table
from tests.app.conftest import app_at


def _claims_of_the_held_text(db: store.Store) -> list[tuple[str, int | None, str]]:
    frame = db.claims(Filters(date_from=LAST, date_to=LAST))
    frame = frame[frame[C.CHANNEL] == "Губернатор (тест)"]
    return [
        (a, None if pd.isna(n) else int(n), r)
        for a, n, r in zip(frame[C.AREA_ID], frame[C.COUNT], frame[C.REPORTER], strict=True)
    ]


def test_the_queue_lists_the_held_text_escaped(honest: store.Store) -> None:
    at = app_at("review")
    assert not at.exception
    table = at.dataframe[0].value
    assert table[["Source", "Reason", "Status"]].values.tolist() == [
        ["Губернатор (тест)", "a place the gazetteer does not know", "open"],
    ]
    page = at.html[0].value
    assert MARKUP not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "Над Зарецкой областью уничтожены 3 БПЛА." in page
    assert at.selectbox(key="review_pick").options[0].startswith("#1 · 2025-09-15 09:00 · ")


def test_assign_an_area_publishes_the_figure_with_its_author(honest: store.Store) -> None:
    at = app_at("review")
    at.text_input(key="review_author").set_value("anna")
    at.selectbox(key="review_area").set_value("RU-KLU")
    at.number_input(key="review_count").set_value(3)
    at.selectbox(key="review_reporter").set_value("governor")
    at.run()
    at.button(key="review_assign").click().run()
    assert not at.exception
    assert at.success[0].value == "Assigned Калужская область\\: 3 \\(by anna\\)\\."
    assert "Nothing to review" in at.info[0].value
    # the claim joins the statement the parser found in the text (the governor's channel)
    assert _claims_of_the_held_text(honest) == [("RU-KLU", 3, "governor")]
    (done,) = review.queue(honest, status=None).to_dict("records")
    assert (done["status"], done["resolved_by"]) == ("resolved", "anna")
    assert review.corrections(honest)[["action", "author"]].values.tolist() == [
        ["assign_area", "anna"],
    ]
    # ... and the figures follow: the Claims page of that night lists Kaluga's 3
    at.switch_page("app_pages/claims.py")
    at.query_params["night"] = LAST.isoformat()
    at.run()
    table = claims_table(at)
    assert ("Калужская область", "3") in set(zip(table["Area"], table["Count"], strict=True))


def test_correct_a_number(honest: store.Store) -> None:
    at = app_at("review")
    at.text_input(key="review_author").set_value("boris")
    at.radio(key="review_action").set_value("correct").run()
    at.selectbox(key="review_fix_area").set_value("RU-KLU")
    at.number_input(key="review_fix_count").set_value(5)
    at.run()
    at.button(key="review_correct").click().run()
    assert not at.exception
    assert at.success[0].value == "Corrected RU\\-KLU to 5 \\(by boris\\)\\."
    assert [(a, n) for a, n, _ in _claims_of_the_held_text(honest)] == [("RU-KLU", 5)]
    assert review.queue(honest).empty
    assert review.corrections(honest)["action"].tolist() == ["set_count"]


def test_dismiss_keeps_the_text_out_of_the_figures(honest: store.Store) -> None:
    at = app_at("review")
    at.text_input(key="review_author").set_value("anna")
    at.radio(key="review_action").set_value("dismiss").run()
    at.text_input(key="review_note").set_value("not a report")
    at.button(key="review_dismiss").click().run()
    assert not at.exception
    assert at.success[0].value == "Dismissed text \\#1 \\(by anna\\)\\."
    assert _claims_of_the_held_text(honest) == []
    assert review.queue(honest, status=None)["status"].tolist() == ["dismissed"]
    history = at.expander[0].dataframe[0].value
    assert history[["Status", "By"]].values.tolist() == [["dismissed", "anna"]]


def test_an_action_without_an_author_is_refused(honest: store.Store) -> None:
    at = app_at("review")
    at.radio(key="review_action").set_value("dismiss").run()
    at.button(key="review_dismiss").click().run()
    # (shown escaped, as every refusal: a message may quote a value from a file)
    assert at.error[0].value == "author is empty\\: every correction says who made it"
    assert review.queue(honest)["text"].tolist() == [HELD_TEXT]
    assert review.corrections(honest).empty


def test_the_gazetteer_fills_the_pickers_from_a_place_name(honest: store.Store) -> None:
    at = app_at("review")
    at.text_input(key="review_place").set_value("Зарецкая область").run()
    assert at.warning[0].value.startswith("Not resolved: ")
    at.text_input(key="review_place").set_value("Обнинск").run()
    assert at.selectbox(key="review_area").value == "RU-KLU"
    assert at.selectbox(key="review_district").value == "RU-KLU:obninsk"
    at.text_input(key="review_author").set_value("anna")
    at.number_input(key="review_count").set_value(2)
    at.run()
    at.button(key="review_assign").click().run()
    assert not at.exception
    frame = honest.claims(Filters(date_from=LAST, date_to=LAST))
    mine = frame[frame[C.CHANNEL] == "Губернатор (тест)"]
    assert mine[[C.AREA_ID, C.DISTRICT_ID, C.COUNT]].values.tolist() == [
        ["RU-KLU", "RU-KLU:obninsk", 2]
    ]


def test_the_author_is_stored_as_typed_and_shown_as_text(honest: store.Store) -> None:
    author = "[anna](javascript:alert(1)) **x**"
    at = app_at("review")
    at.text_input(key="review_author").set_value(author)
    at.radio(key="review_action").set_value("dismiss").run()
    at.button(key="review_dismiss").click().run()
    assert review.corrections(honest)["author"].tolist() == [author]
    assert "\\[anna\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*x\\*\\*" in at.success[0].value


#: A governor's post of our own whose night total is above the figure read: published, queued
#: for a look (``parsing.misses``).
# (no "UPD:" before the whole: under an update's label it is a report of its own, read right)
LOOK_TEXT = (
    "Губернатор: над Белгородской областью ночью сбиты 4 беспилотника. Атака отражена, "
    "всего за ночь уничтожено 10 БПЛА."
)


def test_a_text_queued_for_a_look_is_published_and_confirmed(honest: store.Store) -> None:
    from datetime import datetime

    from settings import MSK

    honest.ingest_text(
        LOOK_TEXT, channel="Губернатор (тест 2)", published=datetime(2025, 9, 15, 8, 0, tzinfo=MSK)
    )
    looks = review.queue(honest)
    looks = looks[looks["reason"] == "total_over_figures"]
    (review_id,) = looks["review_id"].tolist()
    at = app_at("review")
    at.selectbox(key="review_pick").set_value(int(review_id))
    at.run()
    assert not at.exception
    why = [m.value for m in at.markdown if "Why to look" in m.value]
    assert len(why) == 1 and "a total above its areas' figures \\(published; to check\\)" in why[0]
    at.text_input(key="review_author").set_value("anna")
    at.radio(key="review_action").set_value("confirm")
    at.run()
    at.button(key="review_confirm").click().run()
    assert not at.exception
    assert at.success[0].value.startswith("Confirmed the figures of text \\#")
    (done,) = review.queue(honest, status=review.RESOLVED).to_dict("records")
    assert (done["reason"], done["resolved_by"]) == ("total_over_figures", "anna")
    governor = honest.claims(Filters(date_from=LAST, date_to=LAST))
    governor = governor[governor[C.CHANNEL] == "Губернатор (тест 2)"]
    assert governor[[C.AREA_ID, C.COUNT]].values.tolist() == [["RU-BEL", 4]]


#: A governor's post of our own with no date in its words, pasted with no publication time:
#: held as ``undated`` until someone dates it.
UNDATED_TEXT = "Над Калужской областью уничтожены 2 БПЛА."


def _held_for_its_date(db: store.Store, channel: str) -> int:
    db.ingest_text(UNDATED_TEXT, channel=channel)
    held = review.queue(db)
    (review_id,) = held.loc[held["reason"] == "undated", "review_id"].tolist()
    return int(review_id)


def _date_it(at: AppTest) -> None:
    """Date the picked text 15 Sep 2025, 08:30 Moscow time, as vera."""
    at.text_input(key="review_author").set_value("vera")
    at.date_input(key="review_day").set_value(LAST)
    at.time_input(key="review_time").set_value(time(8, 30))
    at.run()
    at.button(key="review_set_date").click().run()
    assert not at.exception


def test_a_text_held_for_its_date_is_dated_in_moscow_time(honest: store.Store) -> None:
    review_id = _held_for_its_date(honest, "Губернатор (тест 3)")
    at = app_at("review")
    at.selectbox(key="review_pick").set_value(review_id).run()
    # dating comes first for such a text; a text held for anything else is not offered it
    assert at.radio(key="review_action").options[0] == "Set its date"
    assert at.radio(key="review_action").value == "date"
    _date_it(at)
    assert at.success[0].value == (
        f"Dated text \\#{review_id} 2025\\-09\\-15 08\\:30 Moscow time \\(by vera\\)\\."
    )
    # published at 08:30 in Moscow: its figure is on that morning's night, the item resolved
    frame = honest.claims(Filters(date_from=LAST, date_to=LAST))
    mine = frame[frame[C.CHANNEL] == "Губернатор (тест 3)"]
    assert mine[[C.AREA_ID, C.COUNT]].values.tolist() == [["RU-KLU", 2]]
    stored = honest.report(
        str(review.queue(honest, status=None).set_index("review_id").loc[review_id, "report_id"])
    )
    assert stored is not None and str(stored["published_at"]).startswith("2025-09-15 08:30")
    assert review.corrections(honest)[["action", "author"]].values.tolist() == [
        ["set_date", "vera"]
    ]
    (done,) = review.queue(honest, status=review.RESOLVED).to_dict("records")
    assert (done["review_id"], done["reason"], done["resolved_by"]) == (
        review_id,
        "undated",
        "vera",
    )


def test_a_refused_date_is_one_escaped_line_and_writes_nothing(honest: store.Store) -> None:
    channel = "[Губернатор](javascript:alert(1))"
    # the same post stored with its time, and a copy of it pasted with none: dating the copy
    # onto that time would count its figure twice
    honest.ingest_text(
        UNDATED_TEXT, channel=channel, published=datetime.combine(LAST, time(8, 30), tzinfo=MSK)
    )
    review_id = _held_for_its_date(honest, channel)
    at = app_at("review")
    at.selectbox(key="review_pick").set_value(review_id).run()
    _date_it(at)
    (error,) = [e.value for e in at.error]
    assert "\n" not in error and "holds the same text from the same source" in error
    assert "2025\\-09\\-15 08\\:30\\: dismiss this copy" in error
    assert review.corrections(honest).empty
    held = review.queue(honest)
    assert held.loc[held["review_id"] == review_id, "reason"].tolist() == ["undated"]


def test_a_text_held_for_anything_else_is_not_offered_a_date(honest: store.Store) -> None:
    at = app_at("review")
    assert "date" not in at.radio(key="review_action").options
