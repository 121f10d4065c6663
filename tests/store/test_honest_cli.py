"""``python -m store nightly --honest``, ``review`` and ``coverage`` on hand-made texts."""

from __future__ import annotations

from pathlib import Path

import pytest

import store.store
from store.__main__ import main
from tests.store.conftest import fake_parse
from tests.store.test_importers import channel, message, write_json

HELD = "@mod night=2025-09-12\nRU-BRY 5\nНад Зарецкой областью уничтожены 3 БПЛА."


@pytest.fixture(autouse=True)
def stand_in_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store.store, "default_parser", lambda: fake_parse)
    monkeypatch.setattr(store.store, "default_version", lambda: "fake-1")


@pytest.fixture
def imported(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(
        tmp_path / "result.json",
        channel(
            [
                message(1, "@mod night=2025-09-10\nRU-BRY 5"),
                message(2, "@governor night=2025-09-10\nRU-BRY 7"),
                message(3, "@mod night=2025-09-12\nRU-BRY 2"),
                message(4, HELD),
            ]
        ),
    )
    assert main(["ingest", str(path)]) == 0
    assert capsys.readouterr().out.endswith("failed 0 (3 claims, 1 sent to review)\n")


def test_nightly_honest_shows_flags_and_gaps(
    imported: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["nightly", "--honest", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[4].split(",")
    rows = [dict(zip(header, line.split(","), strict=True)) for line in lines[5:]]
    assert [(r["date"], r["figure"], r["status"], r["flags"]) for r in rows] == [
        ("2025-09-10", "7", "reported", "governor_above_ministry"),
        ("2025-09-11", "", "no_report", ""),
        ("2025-09-12", "2", "reported", ""),
    ]
    assert main(["nightly", "--discrepancies-only", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 6


def test_review_lists_the_queue(imported: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review"]) == 0
    assert capsys.readouterr().out == (
        "#1 [open] unknown_place: 'Зарецкой областью' is not a place the gazetteer knows\n"
        "    Минобороны (тест): @mod night=2025-09-12\n"
    )
    assert main(["review", "--status", "dismissed"]) == 0
    assert capsys.readouterr().out == "no dismissed review items\n"


def test_coverage_prints_counts_and_freshness(
    imported: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["coverage"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "day",
        "source_kind",
        "channel",
        "messages",
        "reports",
        "parsed",
        "in_review",
        "dismissed",
        "failed",
        "newest",
    ]
    assert out[-1].startswith("newest report: 20")
