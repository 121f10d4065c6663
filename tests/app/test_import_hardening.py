"""Import page, issue 14: what comes from a file is never live Markdown; undated files
can be given a date; a sources registry that cannot be read stops a Telegram export in one
line."""

from __future__ import annotations

import json
from pathlib import Path

import store
from tests.app._upload import save, settle, upload
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


def _registered_export() -> bytes:
    """A Telegram export of a channel the registry below declares the Tula governor's."""
    messages = [
        {"id": 1, "type": "message", "date": "2025-09-12T01:00:00", "text": "Сбиты 2 БПЛА."}
    ]
    chat = {"name": "Сводка 71", "type": "public_channel", "id": 1071, "messages": messages}
    return json.dumps(chat, ensure_ascii=False).encode()


_REGISTRY = (
    '[[source]]\nkind = "telegram"\nchannel = "tula_watch"\nchannel_id = "1071"\n'
    'reporter = "governor"\nregion = "RU-TUL"\n'
)


def test_an_unreadable_registry_is_said_once_as_text_and_nothing_is_saved(
    db_url: str, tmp_path: Path
) -> None:
    # a registered channel's export takes who it is from sources.toml: with the file broken
    # it was saved as nobody's without a word (and kept so: a later import is a duplicate)
    registry = tmp_path / "sources.toml"
    registry.write_text(_REGISTRY + f'"{HOSTILE}" = 1\n', encoding="utf-8")
    at = app_at("import_page")
    at = upload(at, ("result.json", _registered_export()))
    assert not at.exception
    assert len(at.error) == 1
    shown = at.error[0].value
    assert shown.startswith("result\\.json\\: a Telegram export is not read while the sources")
    assert "](" not in shown and "\\[Your session expired, log in again\\]" in shown
    assert at.button(key="imp_save_files").disabled
    # fixed on the Sources page: the same upload is read again and can be saved
    registry.write_text(_REGISTRY, encoding="utf-8")
    at = settle(at.run())
    assert not at.error
    assert not at.button(key="imp_save_files").disabled
    save(at)
    db = store.open_store(db_url)
    try:
        claims = db.claims(store.Filters(include_ua=True))
        assert list(zip(claims["area_id"], claims["declared_reporter"], strict=True)) == [
            ("RU-TUL", "governor")
        ]
    finally:
        db.close()
