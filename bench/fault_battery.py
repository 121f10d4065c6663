"""Kill -9 an import of 20,000 messages again and again; print what was lost or damaged.

    python bench/fault_battery.py [--db sqlite|postgresql] [--kills 10] [--messages 20000]

A database holding an earlier import (a few hundred posts) receives a generated Telegram
export through the real command line (``python -m store ingest``), and the process is
killed with SIGKILL: most kills land while the texts are parsed, the last ones while the
rows are written (after the progress bar reached the end). After each kill the database is
checked: it opens, SQLite's ``integrity_check`` says ok, and it holds either nothing of the
import or all of it (reports, claims, review items and the import's record). The last run
completes the import; its claims must be exactly those of an import that was never killed.
On PostgreSQL the same runs go to a throwaway cluster (``testkit/pg.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from settings import MSK
from store import schema

ROOT = Path(__file__).resolve().parents[1]
#: Regions a governor's post names (instrumental case), in our own wording.
_PLACES = [
    "Брянской областью",
    "Курской областью",
    "Белгородской областью",
    "Воронежской областью",
    "Орловской областью",
    "Калужской областью",
    "Тульской областью",
    "Липецкой областью",
]
_TABLES = (schema.reports, schema.claims, schema.review, schema.imports)


def export(path: Path, count: int, *, channel: int, start: datetime) -> Path:
    """Write a channel export of ``count`` short posts, one an hour from ``start``."""
    rng = random.Random(channel)
    messages = []
    for n in range(count):
        moment = start + timedelta(hours=n)
        place, drones = rng.choice(_PLACES), rng.randint(1, 30)
        messages.append(
            {
                "id": n + 1,
                "type": "message",
                "date": f"{moment:%Y-%m-%dT%H:%M:%S}",
                "date_unixtime": str(int(moment.timestamp())),
                "text": f"Ночью над {place} дежурные силы ПВО сбили {drones} БПЛА. "
                "Пострадавших нет, на местах работают оперативные службы.",
            }
        )
    chat = {"name": f"Канал {channel}", "type": "public_channel", "id": channel}
    path.write_text(json.dumps({**chat, "messages": messages}, ensure_ascii=False), "utf-8")
    return path


def counts(url: str) -> tuple[int, ...]:
    """Rows of reports, claims, review items and imports."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(
                conn.execute(select(func.count()).select_from(t)).scalar_one() for t in _TABLES
            )
    finally:
        engine.dispose()


def intact(url: str) -> bool:
    """Whether the database reads whole: SQLite's integrity check, a full read on PostgreSQL."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                return conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            for table in _TABLES:
                conn.execute(select(table)).fetchall()
            return True
    finally:
        engine.dispose()


def claim_set(url: str) -> list[tuple[object, ...]]:
    """The stored claims by what they say (report, area, count), sorted."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            c = schema.claims
            rows = conn.execute(select(c.c.report_id, c.c.area_id, c.c.count)).fetchall()
            return sorted(tuple(r) for r in rows)
    finally:
        engine.dispose()


def ingest(url: str, path: Path, log: Path) -> subprocess.Popen[bytes]:
    """Start ``python -m store ingest`` with its progress bar going to ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "store", "ingest", "--db", url, str(path)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=out,
        )


def parsed_all(log: Path, total: int) -> bool:
    """Whether the progress bar in ``log`` reached ``total`` (the rows are being written)."""
    return f"{total}/{total}" in log.read_text(errors="replace")


class Databases:
    """Fresh databases holding the earlier import: copies of one SQLite file, or new
    PostgreSQL databases filled the same way."""

    def __init__(self, kind: str, folder: Path, earlier: Path) -> None:
        self.kind, self.folder, self.earlier = kind, folder, earlier
        self.cluster_root: Path | None = None
        self.number = 0
        if kind == "postgresql":
            from testkit.pg import start_cluster

            self.cluster_root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
            self.cluster = start_cluster(self.cluster_root)
        else:
            self.template = folder / "template.sqlite"
            self._fill(f"sqlite:///{self.template}")

    def _fill(self, url: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "store", "ingest", "--db", url, str(self.earlier)],
            cwd=ROOT, capture_output=True, check=True, timeout=600,
        )  # fmt: skip
        assert done.returncode == 0

    def fresh(self) -> str:
        self.number += 1
        if self.kind == "postgresql":
            url = self.cluster.new_database()
            self._fill(url)
            return url
        path = self.folder / f"db{self.number}.sqlite"
        shutil.copyfile(self.template, path)
        return f"sqlite:///{path}"

    def close(self) -> None:
        if self.cluster_root is not None:
            from testkit.pg import stop_cluster

            stop_cluster(self.cluster_root)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="atlas-faults-"))
    earlier = export(
        folder / "earlier.json", 300, channel=1, start=datetime(2024, 5, 1, tzinfo=MSK)
    )
    big = export(
        folder / "big.json", args.messages, channel=2, start=datetime(2023, 6, 1, tzinfo=MSK)
    )
    dbs = Databases(args.db, folder, earlier)
    try:
        # the reference: the same import, never killed (how long each phase takes)
        reference = dbs.fresh()
        before = counts(reference)
        log = folder / "reference.log"
        started = time.perf_counter()
        run = ingest(reference, big, log)
        while not parsed_all(log, args.messages) and run.poll() is None:
            time.sleep(0.05)
        parse_s = time.perf_counter() - started
        assert run.wait(timeout=3600) == 0, log.read_text()
        write_s = time.perf_counter() - started - parse_s
        after = counts(reference)
        expected = claim_set(reference)
        print(f"{args.db}: import of {args.messages:,} messages: parse {parse_s:.1f} s, "
              f"write {write_s:.1f} s; adds {tuple(a - b for a, b in zip(after, before, strict=True))} "
              "(reports, claims, review, imports)")  # fmt: skip
        kills = half = damaged = 0
        url = dbs.fresh()
        in_write = max(1, args.kills * 2 // 5)
        trial = 0
        while kills < args.kills:
            trial += 1
            writing = kills >= args.kills - in_write
            if counts(url) != before:
                # the previous run finished, or its kill came after the commit: start again
                # (an import of what is all there already adds an empty ``imports`` row, read as
                # HALF; and a run that finishes before its kill counts no kill: the loop ran on)
                url = dbs.fresh()
            log = folder / f"run{trial}.log"
            run = ingest(url, big, log)
            if writing:
                while not parsed_all(log, args.messages) and run.poll() is None:
                    time.sleep(0.01)
                delay = rng.uniform(0, write_s * 0.8)  # the end of write_s is the exit
            else:
                delay = rng.uniform(0.5, parse_s * 0.95)
            time.sleep(delay)
            finished = run.poll() is not None
            run.send_signal(signal.SIGKILL)
            run.wait(timeout=60)
            now = counts(url)
            whole = intact(url)
            state = "all" if now == after else "nothing" if now == before else "HALF"
            kills += not finished
            half += state == "HALF"
            damaged += not whole
            phase = "write" if writing else "parse"
            print(f"  run {trial:2d} ({phase}, {delay:5.1f} s in{', after exit' if finished else ''}): "
                  f"holds {state} of the import; integrity {'ok' if whole else 'DAMAGED'}")  # fmt: skip
        # resume: the same command completes the import
        final = subprocess.run(
            [sys.executable, "-m", "store", "ingest", "--db", url, str(big)],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=3600,
        )  # fmt: skip
        lost = len(set(expected) ^ set(claim_set(url)))
        print(f"  resumed: exit {final.returncode}, {final.stdout.strip()}")
        print(f"{args.db}: {kills} kill -9 during the import, {half} half imports, "
              f"{damaged} damaged databases, {lost} claims lost or changed after resuming "
              f"(of {len(expected):,})")  # fmt: skip
        return 0 if not (half or damaged or lost) and final.returncode == 0 else 1
    finally:
        dbs.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
