"""Import page, issue 14: what comes from a file is never live Markdown; undated files
can be given a date."""

from __future__ import annotations

import json

import store
from tests.app._upload import save, upload
from tests.app.conftest import app_at

#: A value inside an uploaded file, shaped to look like the app asking for a password.
HOSTILE = "[Your session expired, log in again](https://evil.example/login)"


def test_a_hostile_value_in_an_error_is_shown_as_text(db_url: str) -> None:
    export = {
        "name": "x",
        "type": "public_channel",
        "id": 1,
        "messages": [{"id": 1, "date": HOSTILE, "text": "x"}],
    }
    at = app_at("import_page")
    upload(at, ("result.json", json.dumps(export).encode()))
    assert not at.exception
    shown = at.error[0].value
    # every Markdown character is escaped: Streamlit renders it as the literal text
    assert "](" not in shown and "\\[Your session expired, log in again\\]\\(https\\:" in shown
    assert shown.startswith("result\\.json\\: message 1\\: 'date' is '\\[Your session")


def test_a_hostile_file_name_is_shown_as_text(db_url: str) -> None:
    at = app_at("import_page")
    upload(at, (f"{HOSTILE}.json", b"[1, 2"))
    assert not at.exception
    assert "](" not in at.error[0].value


def test_an_undated_text_file_takes_the_date_given_on_the_page(db_url: str) -> None:
    db = store.open_store(db_url)
    at = app_at("import_page")
    at.date_input(key="imp_files_published").set_value("2025-09-12")
    upload(at, ("report.txt", "Над Брянской областью уничтожены 4 БПЛА.".encode()))
    save(at)
    assert not at.exception
    claims = db.claims(store.Filters(include_ua=True))
    assert [
        (str(d), a, int(c))
        for d, a, c in zip(claims["date"], claims["area_id"], claims["count"], strict=True)
    ] == [("2025-09-12", "RU-BRY", 4)]


def test_an_undated_text_file_without_a_date_goes_to_review(db_url: str) -> None:
    db = store.open_store(db_url)
    at = app_at("import_page")
    upload(at, ("report.txt", "Над Брянской областью уничтожены 4 БПЛА.".encode()))
    save(at)
    assert not at.exception
    assert db.claims(store.Filters(include_ua=True)).empty
    assert store.review.queue(db)["reason"].tolist() == ["undated"]
