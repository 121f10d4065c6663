"""Drive the Import page's uploader and paste box under AppTest, whose reading and saving
run in a background job (``dashboard.imports``): wait for the job, then draw the page
again."""

from __future__ import annotations

#: How long a test waits for a job on a few small files (seconds).
JOB_TIMEOUT = 60
#: Where the page keeps its jobs (``app_pages.import_page``).
JOB_KEYS = ("imp_save_job", "imp_preview_job", "imp_paste_save_job", "imp_paste_preview_job")


def settle(at):  # type: ignore[no-untyped-def]
    """Wait for the page's running jobs to end, then run the page again to show what they
    gave. Whether to run again is read from what the last run drew: a progress bar means
    it saw a job still running. A job that ended before that run was already shown by it
    (the page takes a finished save out and shows its message once), so then the page is
    not run again; a finished preview stays kept, so a kept job says nothing here."""
    for _ in range(len(JOB_KEYS) + 1):
        if not at.get("progress"):
            return at
        for key in JOB_KEYS:
            job = at.session_state.get(key)
            if job is not None:
                assert job.wait(JOB_TIMEOUT), f"{key} still running after {JOB_TIMEOUT} s"
        at = at.run()
    raise AssertionError("the page still draws a running job after its jobs ended")


def upload(at, *files: tuple[str, bytes]):  # type: ignore[no-untyped-def]
    """Upload ``files`` (name, bytes) and return the page once they are read."""
    at.file_uploader(key="imp_files").set_value(
        [(name, data, "application/octet-stream") for name, data in files]
    )
    return settle(at.run())


def save(at):  # type: ignore[no-untyped-def]
    """Press Save and return the page once the files are saved."""
    at.button(key="imp_save_files").click()
    return settle(at.run())


def paste(at, text: str):  # type: ignore[no-untyped-def]
    """Paste ``text`` and return the page once its preview is read."""
    at.text_area(key="imp_text").input(text)
    return settle(at.run())


def save_text(at):  # type: ignore[no-untyped-def]
    """Press "Save this report" and return the page once the text is saved."""
    at.button(key="imp_save_text").click()
    return settle(at.run())
