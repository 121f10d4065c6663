"""Sources page: each live source's state, turning sources on and off, and "Sync now"."""

from __future__ import annotations

import functools
from pathlib import Path

import streamlit as st

import settings
from app_pages import default_view, loaders
from dashboard import evidence
from dashboard import sources as view
from store import sync
from store.sync import registry

K_SYNC = "src_sync_now"
K_ENABLED = "src_enabled"
K_SAVE_ENABLED = "src_save_enabled"
K_FILE = "src_file"
K_SAVE_FILE = "src_save_file"
_MESSAGE = "src_message"


def _progress(url: str) -> None:
    """The running pass's progress bar, redrawn every second until it ends."""
    job = view.current(url)
    if job is None:
        return
    if not job.finished:
        st.progress(job.fraction, text=job.message)
        return
    if job.error:
        st.error(f"The sync pass stopped: {evidence.escape_markdown(str(job.error))}")
    elif job.lines:
        st.success(f"Sync pass finished: {len(job.lines)} source(s).")
        st.code("\n".join(job.lines), language=None)


@st.fragment(run_every=1.0)
def _live_progress(url: str) -> None:
    job = view.current(url)
    _progress(url)
    if job is not None and job.finished and st.session_state.get("src_was_running"):
        st.session_state["src_was_running"] = False
        st.rerun()  # the whole page: the table shows the pass's results


def _enable_section(sources: list[registry.Source], file: Path) -> None:
    names = [source.name for source in sources]
    enabled = [source.name for source in sources if source.enabled]
    chosen = st.multiselect(
        "Sources synced",
        names,
        default=enabled,
        key=K_ENABLED,
        help="Turned-off sources stay in the file and keep their data.",
    )
    if st.button(
        "Save which sources are on", key=K_SAVE_ENABLED, disabled=set(chosen) == set(enabled)
    ):
        for source in sources:
            if (source.name in chosen) != source.enabled:
                registry.set_enabled(file, source.name, source.name in chosen)
        st.session_state[_MESSAGE] = f"Saved: {len(chosen)} of {len(names)} sources on."
        st.rerun()


def _file_section(file: Path, text: str) -> None:
    with st.expander(f"Edit the sources file ({file})"):
        edited = st.text_area("sources.toml", value=text, height=320, key=K_FILE)
        if st.button("Save the file", key=K_SAVE_FILE, disabled=edited == text):
            try:
                saved = registry.save(file, edited)
            except registry.RegistryError as exc:
                st.error(evidence.escape_markdown(str(exc)))
                return
            st.session_state[_MESSAGE] = f"Saved the sources file: {len(saved)} sources."
            st.rerun()


def sources_page() -> None:
    st.title("Sources")
    st.caption(
        "Public Telegram channels, feeds and news list pages the Atlas reads by itself "
        "(`python -m store sync`, or Sync now below). Each post goes through the same import "
        "as a file; a source that fails changes nothing and shows its error here."
    )
    if _MESSAGE in st.session_state:
        st.success(st.session_state.pop(_MESSAGE))
    file = registry.ensure()
    text = file.read_text(encoding="utf-8")
    try:
        sources = registry.load(file)
    except registry.RegistryError as exc:
        st.error(evidence.escape_markdown(str(exc)))
        _file_section(file, text)
        return
    db = loaders.open_store()
    url = loaders.database_url()
    on = settings.get().sync
    st.dataframe(view.table(sync.status(db, sources)), hide_index=True, key="src_table")
    job = view.current(url)
    running = job is not None and not job.finished
    if not on:
        st.info("Live sources are off on this machine (ATLAS_SYNC=off): Sync now is disabled.")
    if st.button(
        "Sync now",
        key=K_SYNC,
        type="primary",
        disabled=not on or running,
        help="One pass over the enabled sources, in the background.",
    ):
        view.start(url, file, after=functools.partial(default_view.keep_when_quiet, url))
        st.session_state["src_was_running"] = True
        st.rerun()
    if running:
        st.session_state["src_was_running"] = True
        _live_progress(url)
    else:
        _progress(url)
    _enable_section(sources, file)
    _file_section(file, text)


sources_page()
