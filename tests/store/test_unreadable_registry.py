"""A sources registry that cannot be read loses nothing without a word (issue 14).

A registered channel's Telegram export takes who it is from ``sources.toml`` (its declared
reporter and region, kept with each report when it is first stored: a later import of the
same posts is a duplicate and changes nothing). While the file cannot be read, such an
export is refused in one line naming the file and the problem, by the command line, the
Import page's preview and its save alike, and nothing of it is written; other files are
read as ever. Before, the command line printed a note and stored the export as nobody's,
and the Import page said nothing at all. The preview now declares an export as the save
does (it had parsed every export as nobody's).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from settings import MSK
from store import Filters, open_store, schema
from store.__main__ import main
from tests.store.conftest import channel_export

#: a governor's channel under a title the parser reads as nobody's (our own wording)
_TITLE = "Сводка 71 | оперативно"
_POSTS = [
    (datetime(2025, 9, 12, 1, 0, tzinfo=MSK), "Над территорией области сбиты два беспилотника."),
    (datetime(2025, 9, 12, 3, 0, tzinfo=MSK), "Над территорией области сбит ещё один беспилотник."),
]
_GOOD = (
    '[[source]]\nkind = "telegram"\nchannel = "tula_watch"\nchannel_id = "1071"\n'
    'reporter = "governor"\nregion = "RU-TUL"\n'
)
#: a value shaped like the app asking for a password, where a key belongs
HOSTILE = "[Your session expired, log in again](https://evil.example/login)"
BROKEN = {
    "not TOML": "[[source]\nkind = telegram\n",
    "a hostile key": f'[[source]]\nkind = "telegram"\nchannel = "tula_watch"\n"{HOSTILE}" = 1\n',
    "not UTF-8": b"[[source]]\nkind = '\xff'\n",
}


def _write_registry(folder: Path, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sources.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _counts(db_url: str) -> tuple[int, int, int]:
    db = open_store(db_url)
    try:
        with db.engine.connect() as conn:
            return tuple(  # type: ignore[return-value]
                conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (schema.reports, schema.claims, schema.review)
            )
    finally:
        db.close()


@pytest.mark.parametrize("broken", sorted(BROKEN))
def test_the_command_line_refuses_an_export_in_one_line_and_imports_the_rest(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], broken: str
) -> None:
    _write_registry(tmp_path / "data", BROKEN[broken])
    export = channel_export(tmp_path, _TITLE, _POSTS, chat_id=1071)
    text = tmp_path / "report.txt"
    text.write_text("Над Брянской областью уничтожены 4 БПЛА.", encoding="utf-8")
    status = main(["ingest", "--published", "2025-09-12T09:00", str(export), str(text)])
    assert status == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error")]
    assert len(errors) == 1
    assert errors[0].startswith(
        f"error: {export}: a Telegram export is not read while the sources registry cannot be"
    )
    assert "sources.toml" in errors[0]
    db = open_store(db_url)
    try:
        claims = db.claims(Filters(include_ua=True))
        assert list(zip(claims["area_id"], claims["count"], strict=True)) == [("RU-BRY", 4)]
        with db.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(schema.reports)).scalar() == 1
    finally:
        db.close()


def test_a_readable_registry_still_declares_the_export(db_url: str, tmp_path: Path) -> None:
    _write_registry(tmp_path / "data", _GOOD)
    export = channel_export(tmp_path, _TITLE, _POSTS, chat_id=1071)
    assert main(["ingest", str(export)]) == 0
    db = open_store(db_url)
    try:
        with db.engine.connect() as conn:
            declared = conn.execute(select(schema.reports.c.declared_reporter)).scalars().all()
        assert declared == ["governor", "governor"]
    finally:
        db.close()


def test_an_upload_is_refused_with_nothing_written(db_url: str, tmp_path: Path) -> None:
    data = channel_export(tmp_path, _TITLE, _POSTS, chat_id=1071).read_bytes()
    db = open_store(db_url)
    try:
        before = _counts(db_url)
        with pytest.raises(ValueError, match=r"^result\.json: a Telegram export is not read"):
            db.ingest_upload("result.json", data, sources=[], registry_error="x: not valid TOML")
        with pytest.raises(ValueError, match=r"x: not valid TOML$"):
            db.preview_upload("result.json", data, sources=[], registry_error="x: not valid TOML")
        assert _counts(db_url) == before
        # a file that is no Telegram export needs no registry
        text = "Над Брянской областью уничтожены 4 БПЛА.".encode()
        found = db.preview_upload("report.txt", text, registry_error="x: not valid TOML")
        assert [item.claims for item in found] == [1]
    finally:
        db.close()


def test_the_preview_declares_an_export_as_the_save_does(db_url: str, tmp_path: Path) -> None:
    from store.sync.registry import parse

    data = channel_export(tmp_path, _TITLE, _POSTS, chat_id=1071).read_bytes()
    db = open_store(db_url)
    try:
        # by its title alone the posts are nobody's and name no region: no claim
        assert [i.claims for i in db.preview_upload("result.json", data)] == [0, 0]
        sources = parse(_GOOD)
        found = db.preview_upload("result.json", data, sources=sources)
        assert [i.claims for i in found] == [1, 1]
        assert [c.area_id for i in found for r in i.reports for c in r.claims] == [
            "RU-TUL",
            "RU-TUL",
        ]
        db.ingest_upload("result.json", data, sources=sources)
        assert _counts(db_url)[:2] == (2, 2)
    finally:
        db.close()
