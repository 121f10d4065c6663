"""Import page: paste a report or upload files, preview the claims, then save."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime, time

import streamlit as st

import settings
import store
from app_pages import default_view, loaders
from dashboard import evidence, imports
from store import columns as C

K_TEXT = "imp_text"
K_PUBLISHED = "imp_published"
K_URL = "imp_url"
K_SAVE_TEXT = "imp_save_text"
K_FILES = "imp_files"
K_FILES_PUBLISHED = "imp_files_published"
K_SAVE_FILES = "imp_save_files"
K_CLEAR = "imp_clear_samples"
K_CANCEL = "imp_cancel"
K_CANCEL_TEXT = "imp_cancel_text"
_MESSAGE = "imp_message"
_WARNING = "imp_warning"
#: The running or last preview job (``dashboard.imports.ImportJob``) and the save job.
_PREVIEW = "imp_preview_job"
_SAVING = "imp_save_job"
#: The same for the pasted text.
_PASTE_PREVIEW = "imp_paste_preview_job"
_PASTE_SAVING = "imp_paste_save_job"
#: What the uploader accepts (the store also reads files by their first bytes).
FILE_TYPES = ["txt", "md", "json", "rss", "atom", "xml", "html", "htm", "csv"]


def _published(day: date | None) -> datetime | None:
    """Return midday Moscow time of the day a pasted report was published."""
    return None if day is None else datetime.combine(day, time(12, 0), tzinfo=settings.MSK)


def _show_result(result: store.ImportResult, what: str) -> None:
    st.session_state[_MESSAGE] = (
        f"{what}: {result.added} new texts saved with {result.claims} claims; "
        f"{result.duplicates} already stored; {result.failed + result.in_review} sent to "
        "the Review page (read incompletely: none of their figures count until resolved)."
    )


def _paste_section(db: store.Store) -> None:
    text = st.text_area(
        "Report text",
        key=K_TEXT,
        height=180,
        placeholder="Paste a ministry statement, a governor's post or a news text…",
    )
    left, right = st.columns(2)
    day = left.date_input(
        "Published on",
        key=K_PUBLISHED,
        format="YYYY-MM-DD",
        help="The night and the year are read relative to this date.",
    )
    url = right.text_input("Link to the source (optional)", key=K_URL)
    saving = st.session_state.get(_PASTE_SAVING)
    if saving is not None:
        if not saving.finished:
            _live(_PASTE_SAVING, K_CANCEL_TEXT)
            return
        del st.session_state[_PASTE_SAVING]
        if saving.errors:
            for error in saving.errors:
                st.error(evidence.escape_markdown(error))  # quotes the text: never a live link
            return
        if saving.cancelled:
            st.session_state[_WARNING] = "Saving cancelled: nothing of the pasted text was saved."
        else:
            _show_result(saving.result, "Pasted report")
        st.rerun()
    if not text.strip():
        return
    published, link = _published(day), url.strip() or None
    key = (text, published, link)
    job = st.session_state.get(_PASTE_PREVIEW)
    if job is None or job.key != key:
        if job is not None:
            job.cancel()  # the text changed: the old preview is of no use
        job = imports.paste(text, db=db, published=published, url=link, key=key)
        st.session_state[_PASTE_PREVIEW] = job
    if not job.finished:
        _live(_PASTE_PREVIEW, K_CANCEL_TEXT)
        return
    for error in job.errors:
        st.error(evidence.escape_markdown(error))  # quotes the text: never a live link
    if job.errors:
        return
    claims = job.claims
    if job.cancelled:
        st.info("Reading cancelled: no preview. Save still reads the text.")
    elif claims.empty:
        st.info("No interception claim found in this text. Saving keeps the text on record.")
    else:
        st.caption(f"{len(claims)} claims found. Nothing is saved until you press Save.")
        st.dataframe(evidence.claims_table(claims), hide_index=True, key="imp_preview_text")
    if st.button("Save this report", key=K_SAVE_TEXT, type="primary"):
        st.session_state[_PASTE_SAVING] = imports.paste(
            text, db=db, save=True, published=published, url=link, after=_keeping_first_view()
        )
        st.rerun()


@st.fragment(run_every=0.5)
def _live(job_key: str, cancel_key: str = K_CANCEL) -> None:
    """The running job's progress bar and Cancel button, redrawn every half second; the
    whole page reruns once the job has ended, to show what it gave."""
    job = st.session_state.get(job_key)
    if job is None or job.finished:
        st.rerun()
    st.progress(job.fraction, text=evidence.escape_markdown(job.message))
    if st.button("Cancel", key=cancel_key, disabled=job.cancelling):
        job.cancel()


def _saved(job: imports.ImportJob) -> None:
    """Put what a finished save did where the page shows it after the rerun."""
    if job.cancelled or job.errors:
        result, how = job.result, "cancelled" if job.cancelled else "stopped"
        said = (
            f"Saving {how}: {job.summary()} Saved in all: {result.added} new texts with "
            f"{result.claims} claims."
        )
        for error in job.errors:
            said += f" {error}"
        st.session_state[_WARNING] = said
    else:
        _show_result(job.result, f"{len(job.states)} file(s)")


def _preview_section(job: imports.ImportJob) -> None:
    """What a finished preview read: its errors, a note if it was cancelled, the table."""
    for error in job.errors:
        st.error(evidence.escape_markdown(error))  # file names and values come from the file
    if job.cancelled:
        read = sum(1 for state in job.states if state.status is imports.Status.DONE)
        st.info(
            f"Reading cancelled after {read} of {len(job.states)} file(s): the preview shows "
            "what was read. Save still reads every file; nothing is saved until you press it."
        )
    items = job.items
    if items:
        claims = sum(item.claims for item in items)
        st.caption(
            f"{len(items):,} texts, {claims:,} claims found. Nothing is saved until you press Save."
        )
        st.dataframe(evidence.preview_table(items), hide_index=True, key="imp_preview_files")


def _upload_section(db: store.Store) -> None:
    limit = settings.get().max_import_bytes
    files = st.file_uploader(
        "Files: text, Telegram export (result.json), RSS/Atom, HTML or claims CSV",
        type=FILE_TYPES,
        accept_multiple_files=True,
        key=K_FILES,
        help=f"Up to {limit / 1e6:,.1f} MB per file.",
    )
    day = st.date_input(
        "Published on (for files without dates of their own)",
        value=None,
        key=K_FILES_PUBLISHED,
        format="YYYY-MM-DD",
        help="Text and Markdown files carry no date: without one, their claims go to the "
        "Review page as undated instead of onto the map.",
    )
    saving = st.session_state.get(_SAVING)
    if saving is not None:
        if not saving.finished:
            _live(_SAVING)
            return
        del st.session_state[_SAVING]
        _saved(saving)
        st.rerun()
    errors: list[str] = []
    uploads: list[tuple[str, bytes]] = []
    key = []
    for upload in files or []:
        if upload.size > limit:
            errors.append(
                f"{upload.name}: {upload.size:,} bytes is over the import limit of {limit:,} bytes"
            )
            continue
        uploads.append((upload.name, upload.getvalue()))
        key.append((upload.file_id, upload.name))
    # read again at every run (a small file): a registry fixed on the Sources page, or
    # broken there, is a new preview of the same files
    sources = imports.registry_sources()
    job = st.session_state.get(_PREVIEW)
    if job is None or job.key != (*key, sources):
        if job is not None:
            job.cancel()  # the files or the registry changed: the old preview is of no use
        job = (
            imports.preview(uploads, db=db, key=(*key, sources), registry_read=sources)
            if uploads
            else None
        )
        st.session_state[_PREVIEW] = job
    if not files:
        return
    for error in errors:
        st.error(evidence.escape_markdown(error))  # file names come from the user
    if job is not None and not job.finished:
        _live(_PREVIEW)
        return
    if job is not None:
        _preview_section(job)
        errors.extend(job.errors)
    if errors:
        st.warning("Remove the files that cannot be read to save the others; nothing was saved.")
    if st.button("Save", key=K_SAVE_FILES, type="primary", disabled=bool(errors) or not uploads):
        st.session_state[_SAVING] = imports.save(
            uploads, db=db, published=_published(day), after=_keeping_first_view()
        )
        st.rerun()


def _keeping_first_view() -> Callable[[], None]:
    """Return what a save runs once it has ended: the map's first view of the data it
    wrote kept for the next server start (``app_pages/default_view.py``)."""
    return functools.partial(default_view.keep_when_quiet, loaders.database_url())


def _samples_section(db: store.Store) -> None:
    st.subheader("Sample data")
    everything = loaders.claims_frame(store.Filters(include_ua=True), loaders.data_version())
    if everything.empty or not everything[C.IS_SAMPLE].any():
        st.caption("No sample reports are stored.")
        return
    st.caption("The invented sample reports loaded at first start are marked as samples.")
    if st.button("Clear sample data", key=K_CLEAR):
        removed = db.clear_samples()
        st.session_state[_MESSAGE] = f"Removed {removed} sample reports."
        st.rerun()


def import_page() -> None:
    """Draw the Import page."""
    db = loaders.open_store()
    st.title("Import reports")
    message = st.session_state.pop(_MESSAGE, None)
    if message:
        st.success(message)
    warning = st.session_state.pop(_WARNING, None)
    if warning:
        st.warning(evidence.escape_markdown(warning))  # names the files: escaped
    paste, upload = st.tabs(["Paste a report", "Upload files"])
    with paste:
        _paste_section(db)
    with upload:
        _upload_section(db)
    _samples_section(db)


import_page()
