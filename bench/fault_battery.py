"""Kill -9 an import of 20,000 messages again and again; print what was lost or damaged.

    python bench/fault_battery.py [--db sqlite|postgresql] [--kills 10] [--messages 20000]

A database holding an earlier import (a few hundred posts) receives a generated Telegram
export through the real command line (``python -m store ingest``), and the process is
killed with SIGKILL: most kills land while the texts are parsed, the last ones while the
rows are written (after the progress bar reached the end). Each kill is timed from the
running import's own output, never from a clock measured on another run (the machine's
load changes between runs): a kill in the parse waits until the progress bar has reached
its share of the texts; a kill in the write waits for the line that opens one part of the
writing, then a share of how long that part took the last time a run went through it.
Where each kill landed is read back from what the import had printed when it died. After
each kill the database is checked: it opens, SQLite's ``integrity_check`` says ok, and it
holds either nothing of the import or all of it (reports, claims, review items and the
import's record). The last run completes the import; its claims must be exactly those of
an import that was never killed. On PostgreSQL the same runs go to a throwaway cluster
(``testkit/pg.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from itertools import pairwise
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


#: tqdm's bar: "big.json:  41%|####      | 8200/20000 [00:04<00:05, ...]".
_BAR = re.compile(rb"(\d+)/(\d+) \[")
#: A part of the writing begins ("big.json: writing 20,000 texts and ... ...").
_STEP = re.compile(rb"^[^\r\n:]+: (.+) \.\.\.$", re.MULTILINE)


class Watch:
    """What a running import has printed so far: texts parsed, and the parts of the
    writing begun, each with the moment it was first seen here (read as the log grows)."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.read = b""
        self.parsed = 0
        self.total = 0
        self.steps: list[tuple[str, float]] = []  # (part of the writing, seen at)
        self.written_from: float | None = None  # the bar's end seen at

    def poll(self) -> None:
        """Read what the log holds now."""
        with self.log.open("rb") as f:
            f.seek(len(self.read))
            new = f.read()
        if not new:
            return
        now = time.perf_counter()
        # a line or a bar can be cut at the end: keep the unread rest for the next poll
        self.read += new
        bars = _BAR.findall(self.read[-4000:])
        if bars:
            self.parsed, self.total = int(bars[-1][0]), int(bars[-1][1])
            if self.parsed == self.total and self.written_from is None:
                self.written_from = now
        seen = [m.decode("utf-8", "replace") for m in _STEP.findall(self.read)]
        for what in seen[len(self.steps) :]:
            self.steps.append((what, now))

    def parsed_share(self, share: float) -> bool:
        """Whether ``share`` of the texts are parsed (the bar is shown)."""
        return 0 < self.total * share <= self.parsed

    def in_part(self, part: int) -> bool:
        """Whether the write has reached its part number ``part`` (0: the bar's end)."""
        return len(self.marks()) > part

    def marks(self) -> list[float]:
        """When each part of the write was first seen: the bar's end, then each step."""
        if self.written_from is None:
            return []
        return [self.written_from, *(at for _, at in self.steps)]


def wait_for(run: subprocess.Popen[bytes], watch: Watch, ready: Callable[[], bool]) -> bool:
    """Poll the log until ``ready()`` holds; whether the run is still going then."""
    while run.poll() is None:
        watch.poll()
        if ready():
            return True
        time.sleep(0.01)
    watch.poll()
    return False


def _past(moment: float) -> bool:
    return time.perf_counter() >= moment


def durations(watch: Watch, ended: float) -> list[float]:
    """How long each part of the write took, the last one up to ``ended``."""
    marks = [*watch.marks(), ended]
    return [b - a for a, b in pairwise(marks)]


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
        # the reference: the same import, never killed (its claims; how long each part takes)
        reference = dbs.fresh()
        before = counts(reference)
        started = time.perf_counter()
        watch = Watch(folder / "reference.log")
        run = ingest(reference, big, watch.log)
        wait_for(run, watch, lambda: False)
        assert run.wait(timeout=3600) == 0, watch.log.read_text()
        ended = time.perf_counter()
        parts = durations(watch, ended)
        assert watch.written_from is not None, "the import printed no progress bar"
        parse_s, write_s = watch.written_from - started, ended - watch.written_from
        after = counts(reference)
        expected = claim_set(reference)
        print(f"{args.db}: import of {args.messages:,} messages: parse {parse_s:.1f} s, "
              f"write {write_s:.1f} s; adds {tuple(a - b for a, b in zip(after, before, strict=True))} "
              "(reports, claims, review, imports)")  # fmt: skip
        in_write = max(1, args.kills * 2 // 5)
        wanted = {"parse": args.kills - in_write, "write": in_write}
        # where each kill is aimed: a share of the texts parsed (spread over the parse), or
        # a part of the write (the bar's end, then each step) and a share of its length
        shares = [(n + rng.random()) / wanted["parse"] * 0.95 for n in range(wanted["parse"])]
        aims = [n % len(parts) for n in range(in_write)]
        landed = {"parse": 0, "write": 0}
        half = damaged = tries = 0
        url = dbs.fresh()
        while landed["parse"] < wanted["parse"] or landed["write"] < wanted["write"]:
            tries += 1
            writing = landed["parse"] >= wanted["parse"]
            if counts(url) != before:
                # the previous run finished, or its kill came after the commit: start again
                # (an import of what is all there already adds an empty ``imports`` row, read as
                # HALF)
                url = dbs.fresh()
            watch = Watch(folder / f"run{tries}.log")
            run = ingest(url, big, watch.log)
            if writing:
                part = aims[landed["write"]]
                going = wait_for(run, watch, partial(Watch.in_part, watch, part))
                if going:
                    # the end of the last part is the commit and the exit
                    until = watch.marks()[part] + rng.uniform(0, parts[part] * 0.8)
                    going = wait_for(run, watch, partial(_past, until))
            else:
                share = shares[landed["parse"]]
                going = wait_for(run, watch, partial(Watch.parsed_share, watch, share))
            killed_at = time.perf_counter()
            if going:
                run.send_signal(signal.SIGKILL)
            code = run.wait(timeout=3600)
            watch.poll()
            if code != -signal.SIGKILL:
                # it ended before the kill: no kill; its parts' lengths aim the next tries
                parts = durations(watch, time.perf_counter())
                print(f"  try {tries:2d} ({'write' if writing else 'parse'}): "
                      f"the import ended (exit {code}) before the kill; not counted")  # fmt: skip
                continue
            # where the kill landed, by what the import had printed
            done = durations(watch, killed_at)
            if len(done) > 1:
                parts[: len(done) - 1] = done[:-1]  # the parts it went through
            if watch.written_from is None:
                phase, where = "parse", f"at {watch.parsed:,} of {watch.total:,} texts parsed"
            elif not watch.steps:
                phase, where = "write", f"{done[-1]:.2f} s after the last text was parsed"
            else:
                step, _ = watch.steps[-1]
                phase, where = "write", f"{done[-1]:.2f} s into {step!r}"
            now = counts(url)
            whole = intact(url)
            state = "all" if now == after else "nothing" if now == before else "HALF"
            landed[phase] += 1
            half += state == "HALF"
            damaged += not whole
            print(f"  run {tries:2d} ({phase}, killed {where}): "
                  f"holds {state} of the import; integrity {'ok' if whole else 'DAMAGED'}")  # fmt: skip
        kills = landed["parse"] + landed["write"]
        # resume: the same command completes the import
        final = subprocess.run(
            [sys.executable, "-m", "store", "ingest", "--db", url, str(big)],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=3600,
        )  # fmt: skip
        lost = len(set(expected) ^ set(claim_set(url)))
        print(f"  resumed: exit {final.returncode}, {final.stdout.strip()}")
        print(f"{args.db}: {kills} kill -9 during the import ({landed['parse']} in the parse, "
              f"{landed['write']} in the write; {tries} tries), {half} half imports, "
              f"{damaged} damaged databases, {lost} claims lost or changed after resuming "
              f"(of {len(expected):,})")  # fmt: skip
        return 0 if not (half or damaged or lost) and final.returncode == 0 else 1
    finally:
        dbs.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
