"""Print the malformed-file table of docs/hardening.md: each file through ``python -m store ingest``.

    python bench/malformed_files.py [--db sqlite|postgresql]

Every file is written to a temporary folder and imported into a fresh SQLite database by
the real command line (``--db postgresql``: an empty database of its own on a throwaway
cluster, ``testkit/pg.py``); the table gives the exit status, the first line it printed and
what the database holds afterwards (texts stored, texts sent to review, claims).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, inspect, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store import schema

ROOT = Path(__file__).resolve().parents[1]

_TEXT = "Над Брянской областью уничтожены 4 БПЛА."


def _export(*messages: dict[str, object]) -> bytes:
    chat = {"name": "Канал", "type": "public_channel", "id": 5, "messages": list(messages)}
    return json.dumps(chat, ensure_ascii=False).encode()


def _message(**fields: object) -> dict[str, object]:
    return {"id": 1, "type": "message", "text": _TEXT, **fields}


_CSV_HEAD = "claim_id,report_id,reporter,country,area_id,area,count,qualifier\n"

#: (file name, what it is, its bytes)
FILES: list[tuple[str, str, bytes]] = [
    ("year1.json", "Telegram date in year 1", _export(_message(date="0001-01-01T00:00:00"))),
    ("year9999.json", "Telegram date in year 9999", _export(_message(date="9999-12-31T23:59:59"))),
    (
        "unix9999.json",
        "date_unixtime past year 9999",
        _export(_message(date_unixtime="253402300800")),
    ),
    ("truncated.json", "JSON cut off", _export(_message(date="2025-09-12T06:00:00"))[:-5]),
    ("deep.json", "JSON nested 100,000 deep", b"[" * 100_000),
    ("shape.json", "JSON of the wrong shape", b'{"foo": 1}'),
    (
        "bigcell.csv",
        "CSV cell of 200,000 characters",
        (_CSV_HEAD + '"' + "x" * 200_000 + '",r,mod,RU,RU-BRY,B,1,exact\n').encode(),
    ),
    ("header.csv", "CSV without the Atlas columns", b"a,b\n1,2\n"),
    ("binary.txt", "a PNG named .txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ("broken.txt", "UTF-8 with three stray bytes", _TEXT.encode() + b"\xff\xfe\xfa"),
    ("cp1251.txt", "Windows Cyrillic (cp1251)", _TEXT.encode("cp1251")),
    ("undated.txt", "a report with no date", _TEXT.encode()),
    ("old.json", "a post dated 1900", _export(_message(date="1900-01-02T06:00:00"))),
    ("future.json", "a post dated 2099", _export(_message(date="2099-01-02T06:00:00"))),
    (
        "minus.json",
        "a count with a minus sign",
        _export({**_message(date="2025-09-12T06:00:00"), "text": _TEXT.replace("4", "-4")}),
    ),
    ("empty.txt", "an empty file", b""),
]


def _exists(url: str) -> bool:
    """Whether the import left a database with the Atlas's tables."""
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///") :]).exists()
    engine = create_engine(url)
    try:
        return inspect(engine).has_table(schema.reports.name)
    finally:
        engine.dispose()


def _counts(url: str) -> tuple[int, int, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(  # type: ignore[return-value]
                conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (schema.reports, schema.review, schema.claims)
            )
    finally:
        engine.dispose()


def main() -> int:
    """Import each file with the command line and print one table row per file."""
    return with_database(_table, __doc__.splitlines()[0])


def with_database(table: Callable[[str, Any], int], description: str) -> int:
    """Read ``--db``, run ``table(kind, cluster)`` (``cluster`` a throwaway PostgreSQL cluster
    started for it, ``testkit.pg``, or None for SQLite) and stop the cluster after it."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    args = ap.parse_args()
    if args.db != "postgresql":
        return table(args.db, None)
    from testkit.pg import start_cluster, stop_cluster

    cluster_root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    try:
        return table(args.db, start_cluster(cluster_root))
    finally:
        stop_cluster(cluster_root)


#: The folders and files of the checkout that the command line's code is read from.
_CODE = ("parsing", "store", "geo", "dashboard", "settings.py")


def code_state() -> list[tuple[str, int, int]]:
    """Return the path, size and modification time of every Python file the command line
    may import: a battery compares it before and after each file it imports."""
    files = [ROOT / name for name in _CODE if name.endswith(".py")]
    files += [p for name in _CODE if not name.endswith(".py") for p in (ROOT / name).rglob("*.py")]
    state = []
    for file in sorted(files):
        try:
            info = file.stat()
        except OSError:  # removed while we looked: changed
            continue
        state.append((str(file.relative_to(ROOT)), info.st_size, info.st_mtime_ns))
    return state


def same_code(before: list[tuple[str, int, int]]) -> None:
    """Stop the battery when the checkout's code changed since ``before`` (a rebase, a
    checkout or an edit while it ran): an import that starts then reads half of the old
    code and half of the new (an ImportError, exit status 1, nothing stored: once taken
    for a failure of the case itself), and the rows after it are of other code."""
    old = {path: rest for path, *rest in before}
    new = {path: rest for path, *rest in code_state()}
    changed = sorted(path for path in old.keys() | new.keys() if old.get(path) != new.get(path))
    if changed:
        msg = (
            f"the checkout's code changed while the battery ran ({', '.join(changed[:3])}"
            f"{', ...' if len(changed) > 3 else ''}): its rows say nothing; run it again in "
            "a checkout left alone"
        )
        raise SystemExit(msg)


def fresh_url(cluster: Any, folder: str, name: str) -> str:
    """An empty database for one file: of its own on ``cluster``, or a SQLite file in ``folder``."""
    if cluster is not None:
        return str(cluster.new_database())
    return f"sqlite:///{Path(folder) / (name + '.sqlite')}"


def _table(kind: str, cluster: Any) -> int:
    print(f"{kind}:")
    print("| file | what it is | exit | first line printed | stored / in review / claims |")
    print("|---|---|---|---|---|")
    code = code_state()
    with tempfile.TemporaryDirectory() as folder:
        for name, what, data in FILES:
            path = Path(folder) / name
            path.write_bytes(data)
            url = fresh_url(cluster, folder, name)  # each file into an empty database of its own
            run = subprocess.run(
                [sys.executable, "-m", "store", "ingest", "--db", url, str(path)],
                capture_output=True, text=True, cwd=ROOT, check=False, timeout=600,
            )  # fmt: skip
            line = (run.stderr.strip() or run.stdout.strip()).splitlines()
            first = line[0].replace(folder + "/", "").replace("|", "\\|") if line else ""
            stored = "/".join(map(str, _counts(url))) if _exists(url) else "no database"
            same_code(code)
            print(f"| `{name}` | {what} | {run.returncode} | {first} | {stored} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
