"""Import page: paste a report or upload files, preview the claims, then save."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import streamlit as st

import settings
import store
from app_pages import _loaders
from dashboard import evidence
from store import columns as C

K_TEXT = "imp_text"
K_PUBLISHED = "imp_published"
K_URL = "imp_url"
K_SAVE_TEXT = "imp_save_text"
K_FILES = "imp_files"
K_FILES_PUBLISHED = "imp_files_published"
K_SAVE_FILES = "imp_save_files"
K_CLEAR = "imp_clear_samples"
_MESSAGE = "imp_message"
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
    if not text.strip():
        return
    error, claims = _loaders.text_preview(text, _published(day), url.strip() or None)
    if error:
        st.error(evidence.escape_markdown(error))  # quotes the text: never a live link
        return
    if claims.empty:
        st.info("No interception claim found in this text. Saving keeps the text on record.")
    else:
        st.caption(f"{len(claims)} claims found. Nothing is saved until you press Save.")
        st.dataframe(evidence.claims_table(claims), hide_index=True, key="imp_preview_text")
    if st.button("Save this report", key=K_SAVE_TEXT, type="primary"):
        try:
            result = db.ingest_text(text, published=_published(day), url=url.strip() or None)
        except store.ImportFailed as exc:
            st.error(evidence.escape_markdown(str(exc)))
            return
        _show_result(result, "Pasted report")
        st.rerun()


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
    if not files:
        return
    errors: list[str] = []
    items: list[store.PreviewItem] = []
    uploads: list[tuple[str, bytes]] = []
    for upload in files:
        if upload.size > limit:
            errors.append(
                f"{upload.name}: {upload.size:,} bytes is over the import limit of {limit:,} bytes"
            )
            continue
        data = upload.getvalue()
        error, found = _loaders.upload_preview(upload.name, data)
        if error:
            errors.append(error)
        else:
            items.extend(found)
            uploads.append((upload.name, data))
    for error in errors:
        st.error(evidence.escape_markdown(error))  # file names and values come from the file
    if items:
        claims = sum(item.claims for item in items)
        st.caption(
            f"{len(items):,} texts, {claims:,} claims found. Nothing is saved until you press Save."
        )
        st.dataframe(evidence.preview_table(items), hide_index=True, key="imp_preview_files")
    if errors:
        st.warning("Remove the files that cannot be read to save the others; nothing was saved.")
    if not st.button(
        "Save", key=K_SAVE_FILES, type="primary", disabled=bool(errors) or not uploads
    ):
        return
    bar = st.progress(0.0, text="Saving…")

    def progress(done: int, of: int) -> None:
        bar.progress(min(done / of, 1.0) if of else 1.0, text=f"Saving: {done:,} of {of:,} texts")

    try:
        result = _save(db, uploads, progress, _published(day))
    except store.ImportFailed as exc:
        bar.empty()
        st.error(evidence.escape_markdown(str(exc)))
        return
    bar.progress(1.0, text="Saved")
    _show_result(result, f"{len(uploads)} file(s)")
    st.rerun()


def _save(
    db: store.Store,
    uploads: list[tuple[str, bytes]],
    progress: Callable[[int, int], None],
    published: datetime | None = None,
) -> store.ImportResult:
    """Save every upload in one transaction: all of them, or nothing on a failure;
    ``published`` dates the texts that have no date of their own."""
    if len(uploads) == 1:
        name, data = uploads[0]
        return db.ingest_upload(name, data, progress=progress, published=published)
    # The store imports several files at once only from paths; a folder of their own
    # keeps their names (which the messages and the history show).
    with tempfile.TemporaryDirectory(prefix="atlas-upload-") as folder:
        paths = []
        for number, (name, data) in enumerate(uploads):
            path = Path(folder) / str(number) / Path(name).name
            path.parent.mkdir()
            path.write_bytes(data)
            paths.append(path)
        return db.ingest_paths(paths, progress=progress, published=published)


def _samples_section(db: store.Store) -> None:
    st.subheader("Sample data")
    everything = _loaders.claims_frame(store.Filters(include_ua=True), _loaders.data_version())
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
    db = _loaders.open_store()
    st.title("Import reports")
    message = st.session_state.pop(_MESSAGE, None)
    if message:
        st.success(message)
    paste, upload = st.tabs(["Paste a report", "Upload files"])
    with paste:
        _paste_section(db)
    with upload:
        _upload_section(db)
    _samples_section(db)


import_page()
