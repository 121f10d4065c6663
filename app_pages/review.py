"""Review page: texts that look like reports but could not be parsed completely.

None of their figures count until a person assigns the area, corrects a number or
dismisses the text here; each action is stored with its author and time and survives
re-parsing (``store.review``). The figures on every page follow at once: an action
changes the store's data version, which every cached query is keyed on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pandas as pd
import streamlit as st

import store
from app_pages import loaders
from dashboard import evidence, labels, tables
from parsing.model import REPORTERS
from settings import MSK
from store import review

K_AUTHOR = "review_author"
K_TABLE = "review_table"
K_PICK = "review_pick"
K_ACTION = "review_action"
K_AREA = "review_area"
K_DISTRICT = "review_district"
K_COUNT = "review_count"
K_NO_COUNT = "review_no_count"
K_REPORTER = "review_reporter"
K_NIGHT = "review_night"
K_ASSIGN = "review_assign"
K_FIX_AREA = "review_fix_area"
K_FIX_COUNT = "review_fix_count"
K_CORRECT = "review_correct"
K_NOTE = "review_note"
K_PLACE = "review_place"
_RESOLVED = "review_resolved"
K_DISMISS = "review_dismiss"
_DONE = "review_done"
_SHOWN = "review_shown"

_ACTIONS = {
    "assign": "Assign the area",
    "correct": "Correct a number",
    "dismiss": "Dismiss (not a report)",
}
#: What a text queued for a look (its figures published) can also be answered with.
_CONFIRM = {"confirm": "The figures are right"}
K_CONFIRM = "review_confirm"
#: What a text held for its date (missing or out of range) can also be answered with.
_DATE = {"date": "Set its date"}
K_DAY = "review_day"
K_TIME = "review_time"
K_SET_DATE = "review_set_date"


def _run(action: Callable[[], object], message: str) -> None:
    """Run one review action; on success remember what was done and rerun the page."""
    try:
        action()
    except review.ReviewError as exc:
        # one line that may quote a value from a file or a typed name: shown as text
        st.error(evidence.escape_markdown(" ".join(str(exc).split())))
        return
    st.session_state[_DONE] = evidence.escape_markdown(message)  # the author is typed text
    st.rerun()


def review_page() -> None:
    """Draw the Review page: the queue, one text, and the actions on it."""
    version = loaders.data_version()
    db = loaders.open_store()
    st.title("Review")
    st.caption(
        "Texts that look like reports but could not be read completely (a count with no "
        "place, a place the gazetteer does not know, numbers that contradict each other) "
        "are held back: none of their figures count until someone resolves them here. "
        "Texts whose figures were read but that say more than them (a number no claim took, "
        "a total above its areas' figures) are published and wait here for a look. "
        "Every correction is kept with its author and time and survives re-parsing."
    )
    done = st.session_state.pop(_DONE, None)
    if done:
        st.success(done)
    author = st.text_input(
        "Your name (recorded with each correction)",
        key=K_AUTHOR,
        max_chars=80,
    ).strip()

    queue = loaders.review_queue(version)
    if queue.empty:
        st.info("Nothing to review: every stored text was read completely or resolved.")
    else:
        _item_view(db, queue, author)
    _history(version)


def _item_view(db: store.Store, queue: pd.DataFrame, author: str) -> None:
    st.subheader(f"In review: {len(queue)}")
    st.dataframe(tables.review_table(queue), hide_index=True, key=K_TABLE)
    items = {int(row["review_id"]): row for row in queue.to_dict("records")}
    if st.session_state.get(K_PICK) not in items:
        st.session_state[K_PICK] = next(iter(items))
    picked = st.selectbox(
        "Text",
        options=list(items),
        format_func=lambda i: tables.review_label(items[i]),
        key=K_PICK,
    )
    item = items[picked]
    if st.session_state.get(_SHOWN) != picked:
        # another text: its actions start from the first it is offered (a text held for its
        # date is dated, one queued for a look confirmed), not from the last text's choice
        st.session_state[_SHOWN] = picked
        st.session_state.pop(K_ACTION, None)
    reason = labels.REASON_LABELS.get(item["reason"], item["reason"])
    look = item["reason"] in review.CHECK_REASONS
    why = "Why to look (its figures are on the map)" if look else "Why it is held back"
    st.markdown(
        f"**{why}:** {evidence.escape_markdown(reason)} — "
        f"{evidence.escape_markdown(str(item['detail'] or ''))}"
    )
    st.html(evidence.evidence_html(str(item["text"] or ""), None))
    link = evidence.safe_url(item.get("url"))
    if link:
        st.link_button("Open the source", link, key="review_source_link")

    actions = {**_CONFIRM, **_ACTIONS} if look else _ACTIONS
    if item["reason"] in review.DATE_REASONS:
        actions = {**_DATE, **actions}
    action = st.radio(
        "Action",
        options=list(actions),
        format_func=actions.__getitem__,
        key=K_ACTION,
        horizontal=True,
    )
    if action == "confirm":
        _confirm(db, item, author)
    elif action == "date":
        _set_date(db, item, author)
    elif action == "assign":
        _assign(db, item, author)
    elif action == "correct":
        _correct(db, item, author)
    else:
        _dismiss(db, item, author)


def _confirm(db: store.Store, item: dict, author: str) -> None:
    if st.button("Confirm the figures", key=K_CONFIRM, type="primary"):
        _run(
            lambda: review.confirm(db, int(item["review_id"]), author=author),
            f"Confirmed the figures of text #{item['review_id']} (by {author}).",
        )


def _set_date(db: store.Store, item: dict, author: str) -> None:
    """Offer a publication date and time (Moscow time) for a text held for its date."""
    today = datetime.now(MSK).date()
    left, right = st.columns(2)
    day = left.date_input(
        "Published on (Moscow time)",
        value=today,
        min_value=review.EARLIEST.date(),
        max_value=today + timedelta(days=1),
        key=K_DAY,
        format="YYYY-MM-DD",
    )
    at = right.time_input("At", value=time(12, 0), step=60, key=K_TIME)
    if st.button("Set the date", key=K_SET_DATE, type="primary") and day is not None:
        published = datetime.combine(day, at or time(12, 0), tzinfo=MSK)
        _run(
            lambda: review.set_date(db, int(item["review_id"]), published=published, author=author),
            f"Dated text #{item['review_id']} {published:%Y-%m-%d %H:%M} Moscow time "
            f"(by {author}).",
        )


def _area_picker(key: str) -> str | None:
    options = loaders.region_options()
    return st.selectbox(
        "Area (type to search, Russian or English)",
        options=list(options),
        format_func=lambda i: options.get(i, i),
        key=key,
        index=None,
        placeholder="Choose the area the text means",
    )


def _look_up() -> None:
    """Fill the area (and district) pickers from a place name typed as a report writes it."""
    name = st.text_input(
        "Find the place with the gazetteer (as the report writes it, Russian or English)",
        key=K_PLACE,
        placeholder="e.g. Обнинск, Spas-Demensky district, Брянщина",
    ).strip()
    if not name:
        return
    found = loaders.resolve_place(name)
    if isinstance(found, str):
        st.warning(f"Not resolved: {evidence.escape_markdown(found)}")  # quotes the typed name
        return
    area_id, district_id, label = found
    st.caption(f"Resolved to {evidence.escape_markdown(label)}.")
    if st.session_state.get(_RESOLVED) != name:
        # only once per name: the pickers stay free to change afterwards
        st.session_state[_RESOLVED] = name
        st.session_state[K_AREA] = area_id
        st.session_state[K_DISTRICT] = district_id or ""


def _assign(db: store.Store, item: dict, author: str) -> None:
    _look_up()
    area_id = _area_picker(K_AREA)
    districts = loaders.district_options(area_id) if area_id else {}
    district_id = None
    if districts:
        district_id = (
            st.selectbox(
                "District (optional)",
                options=["", *districts],
                format_func=lambda i: districts.get(i, "— the whole area —"),
                key=K_DISTRICT,
            )
            or None
        )
    left, middle, right = st.columns(3)
    count = left.number_input("Drones", min_value=0, step=1, value=None, key=K_COUNT)
    no_count = left.checkbox("Named without a number", key=K_NO_COUNT)
    reporters = list(REPORTERS)
    reporter = middle.selectbox(
        "Said by",
        options=reporters,
        format_func=labels.REPORTER_LABELS.__getitem__,
        key=K_REPORTER,
        help="Used when the parser found no statement in the text.",
    )
    published = item.get("published_at")
    default_night = (
        pd.Timestamp(published).date()
        if published is not None and not pd.isna(published)
        else date.today()
    )
    night = right.date_input(
        "Night (dated by its morning)", value=default_night, key=K_NIGHT, format="YYYY-MM-DD"
    )
    # the button is disabled without an area; "and area_id" tells the type checker too
    if st.button("Assign", key=K_ASSIGN, type="primary", disabled=not area_id) and area_id:
        if count is None and not no_count:
            st.error("Give the number of drones, or tick “Named without a number”.")
            return
        number = None if no_count or count is None else int(count)
        options = loaders.region_options()
        label = options.get(area_id, area_id).split(" · ")[0]
        district = districts.get(district_id, "").split(" · ")[0] if district_id else None
        _run(
            lambda: review.assign_area(
                db,
                int(item["review_id"]),
                area_id=area_id,
                area=label,
                count=number,
                district_id=district_id,
                district=district,
                author=author,
                reporter=reporter,
                night_of=night,
            ),
            f"Assigned {label}: {'named' if number is None else number} (by {author}).",
        )


def _correct(db: store.Store, item: dict, author: str) -> None:
    area_id = _area_picker(K_FIX_AREA)
    count = st.number_input(
        "Correct number of drones", min_value=0, step=1, value=None, key=K_FIX_COUNT
    )
    disabled = not area_id or count is None
    if (
        st.button("Correct", key=K_CORRECT, type="primary", disabled=disabled)
        and area_id
        and count is not None
    ):
        _run(
            lambda: review.correct_count(
                db,
                str(item["report_id"]),
                area_id=area_id,
                count=int(count),
                author=author,
                review_id=int(item["review_id"]),
            ),
            f"Corrected {area_id} to {int(count)} (by {author}).",
        )


def _dismiss(db: store.Store, item: dict, author: str) -> None:
    note = st.text_input("Why (optional)", key=K_NOTE, max_chars=200)
    if st.button("Dismiss", key=K_DISMISS):
        _run(
            lambda: review.dismiss(db, int(item["review_id"]), author=author, note=note),
            f"Dismissed text #{item['review_id']} (by {author}).",
        )


def _history(version: str) -> None:
    everything = loaders.review_queue(version, status=None)
    handled = everything[everything["status"] != review.OPEN]
    corrections = loaders.corrections_frame(version)
    with st.expander(f"Resolved and dismissed ({len(handled)}), and every correction"):
        st.dataframe(tables.review_table(handled), hide_index=True, key="review_history")
        if not corrections.empty:
            shown = corrections.assign(
                value=corrections["value"].map(lambda v: "" if v is None else str(v))
            )
            st.dataframe(shown, hide_index=True, key="review_corrections")


review_page()
