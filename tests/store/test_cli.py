"""``python -m store``: ingest, export, nightly and reparse, with exit status 2 on refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import store.store
from store.__main__ import main
from tests.store.conftest import fake_parse
from tests.store.test_importers import channel, message, write_json


@pytest.fixture(autouse=True)
def stand_in_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store.store, "default_parser", lambda: fake_parse)
    monkeypatch.setattr(store.store, "default_version", lambda: "fake-1")


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    return write_json(
        tmp_path / "result.json",
        channel(
            [
                message(1, "@mod night=2025-09-11\nRU-BRY 5"),
                message(2, "@governor night=2025-09-11\nRU-BRY 7\nRU-BRY/RU-BRY:pogarsky -"),
                message(3, "BOOM"),
            ]
        ),
    )


def test_ingest_prints_a_summary_and_skips_duplicates(
    db_url: str, export_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(export_file)]) == 0
    out, err = capsys.readouterr()
    assert out == f"{export_file}: added 3, duplicates skipped 0, failed 1 (3 claims)\n"
    assert (
        err
        == "  failed: result.json: message 3: RuntimeError: the stand-in parser was told to fail\n"
    )
    assert main(["ingest", str(export_file)]) == 0
    assert (
        capsys.readouterr().out
        == f"{export_file}: added 0, duplicates skipped 3, failed 0 (0 claims)\n"
    )


def test_a_refused_file_exits_2_with_one_line(
    db_url: str, tmp_path: Path, export_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"messages": [', encoding="utf-8")
    assert main(["ingest", str(bad), str(export_file)]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines()[0] == (
        "error: bad.json: not valid JSON (Expecting value: line 1, column 15)"
    )
    assert "Traceback" not in err
    assert out.splitlines()[-1] == (
        "total: added 3, duplicates skipped 0, failed 1 (3 claims); 1 file(s) refused"
    )


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("scan.txt", b"\x00\x01binary\xff", "scan.txt: a binary file, not text"),
        (
            "result.json",
            b'{"name": 5, "messages": []}',
            "result.json: chat 'name' is 5, expected a string",
        ),
        (
            "result.json",
            b"[1, 2]",
            "result.json: not a Telegram Desktop export (expected an object "
            "with 'messages' or 'chats', as written by Export chat history in JSON)",
        ),
        ("big.txt", b"x" * 30, "big.txt: 30 bytes is over the import limit of 10 bytes"),
    ],
)
def test_a_bad_file_exits_2_with_its_one_line_error(
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    error: str,
) -> None:
    monkeypatch.setenv("ATLAS_MAX_IMPORT_BYTES", "10" if name == "big.txt" else "1000")
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["ingest", str(path)]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"error: {error}\n")


def test_db_option_and_export_round_trip(
    tmp_path: Path, export_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert main(["ingest", str(export_file), "--db", str(first)]) == 0
    out_csv = tmp_path / "claims.csv"
    assert (
        main(
            [
                "export",
                "--format",
                "csv",
                "--db",
                str(first),
                "--out",
                str(out_csv),
                "--from",
                "2025-09-11",
                "--to",
                "2025-09-11",
                "--region",
                "RU-BRY",
            ]
        )
        == 0
    )
    assert main(["ingest", str(out_csv), "--db", str(second)]) == 0
    capsys.readouterr()
    assert main(["nightly", "--db", str(second), "--format", "csv"]) == 0
    from_second = capsys.readouterr().out
    assert main(["nightly", "--db", str(first), "--format", "csv"]) == 0
    assert capsys.readouterr().out == from_second
    assert (
        "2025-09-11,night,RU,RU-BRY,RU-BRY,7,exact,reported,larger_of_reporters,mod;governor"
        in from_second
    )
    assert main(["nightly", "--db", str(first)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == [
        "date",
        "unit",
        "country",
        "area_id",
        "area",
        "figure",
        "qualifier",
        "status",
        "chosen_by",
        "reporters",
        "n_claims",
        "districts_named",
    ]


def test_export_geojson_to_stdout(
    db_url: str,
    export_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import geopandas as gpd
    from shapely.geometry import box

    import geo

    class Pack:
        regions = gpd.GeoDataFrame({"id": ["RU-BRY"]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:4326")
        seas = gpd.GeoDataFrame({"id": []}, geometry=[], crs="EPSG:4326")
        meta = None

    monkeypatch.setattr(geo, "load_pack", lambda: Pack())
    main(["ingest", str(export_file)])
    capsys.readouterr()
    assert main(["export", "--format", "geojson"]) == 0
    collection = json.loads(capsys.readouterr().out)
    assert [f["properties"]["figure"] for f in collection["features"]] == [7]


def test_reparse_and_progress_bar(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = write_json(
        tmp_path / "result.json",
        channel(
            [message(i, f"Сводка {i}\n@mod night=2025-09-11\nRU-BRY {i}") for i in range(1, 251)]
        ),
    )
    assert main(["ingest", str(big)]) == 0
    assert "250/250" in capsys.readouterr().err
    assert main(["reparse"]) == 0
    assert capsys.readouterr().out == "re-parsed 0 texts with parser fake-1: 0 claims, 0 failed\n"
    assert main(["reparse", "--all"]) == 0
    assert (
        capsys.readouterr().out == "re-parsed 250 texts with parser fake-1: 250 claims, 0 failed\n"
    )


def test_a_long_import_prints_the_steps_of_writing_after_its_bar(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = write_json(
        tmp_path / "result.json",
        channel(
            [
                message(i, f"Сводка {i}\n@mod night=2025-09-1{i % 3}\nRU-BRY {i}")
                for i in range(1, 251)
            ]
        ),
    )
    assert main(["ingest", str(big)]) == 0
    steps = [line for line in capsys.readouterr().err.splitlines() if "250/250" not in line]
    begun = [line for line in steps if line.endswith(" ...")]
    assert begun == [
        "result.json: writing 250 texts and 250 claims ...",
        "result.json: updating the stored figures of 2025-09-10 to 2025-09-12 ...",
    ]
    ended = [line.rpartition(": ")[0] for line in steps if line.endswith(" s")]
    assert ended == [line.removesuffix(" ...") for line in begun]
    # a second import of the same file writes nothing: no step to show
    assert main(["ingest", str(big)]) == 0
    assert [line for line in capsys.readouterr().err.splitlines() if " ..." in line] == []


def test_a_newer_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from store.schema import SCHEMA_VERSION

    newer = SCHEMA_VERSION + 1
    path = tmp_path / "new.sqlite"
    assert main(["nightly", "--db", str(path)]) == 0
    with sqlite3.connect(path) as conn:
        conn.execute(f"INSERT INTO schema_version VALUES ({newer}, '2030-01-01 00:00:00')")
    capsys.readouterr()
    assert main(["nightly", "--db", str(path)]) == 2
    assert capsys.readouterr().err.startswith(f"error: the database has schema version {newer}")
