"""Measure the store: ingest throughput (parse included), database size, nightly query time.

Prints figures; never asserts. Goals from issue 4: 10,000 reports in under 60 s, the
nightly query over a year of data in under 200 ms.

    .venv/bin/python bench/store_bench.py [--reports 10000]
    .venv/bin/python bench/store_bench.py --three-years [--postgresql] [--one-process]

1. Ingest: a whole-account Telegram export of generated ministry, governor and media
   posts (Russian, in the real shapes) is imported with ``Store.ingest_paths``: reading,
   parsing with ``parsing.parse`` and writing, in one transaction.
2. Nightly: ``Store.nightly`` over a year of claims. The claims are written directly as
   ``parsing.model`` objects (a ministry statement with windows, governors with districts,
   media retellings every night), so the figure does not depend on how much the parser
   currently recognises.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsing.model import Claim, Report, Window
from settings import MSK
from store import Filters, Item, Store, open_store
from store.db import make_engine

REGIONS = [
    ("RU-BRY", "Брянской области", "Брянской"),
    ("RU-KRS", "Курской области", "Курской"),
    ("RU-BEL", "Белгородской области", "Белгородской"),
    ("RU-VOR", "Воронежской области", "Воронежской"),
    ("RU-ROS", "Ростовской области", "Ростовской"),
    ("RU-KLU", "Калужской области", "Калужской"),
    ("RU-ORL", "Орловской области", "Орловской"),
    ("RU-TUL", "Тульской области", "Тульской"),
    ("RU-SMO", "Смоленской области", "Смоленской"),
    ("RU-LIP", "Липецкой области", "Липецкой"),
    ("RU-TAM", "Тамбовской области", "Тамбовской"),
    ("RU-RYA", "Рязанской области", "Рязанской"),
]
DISTRICTS = ["Кировском", "Жуковском", "Тарусском", "Погарском", "Суражском", "Рыльском"]
START = date(2025, 1, 1)


def _mod_text(rng: random.Random, night: date, number: int) -> str:
    rows = rng.sample(REGIONS, rng.randint(3, 8))
    counts = [rng.randint(1, 30) for _ in rows]
    listed = ", ".join(
        f"{n} – над территорией {gen}" for n, (_, gen, _) in zip(counts, rows, strict=True)
    )
    return (
        f"В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены "
        f"{sum(counts)} украинских беспилотных летательных аппаратов самолетного типа: {listed}. "
        f"(сводка {number})"
    )


def _governor_text(rng: random.Random, region: tuple[str, str, str], number: int) -> str:
    short = region[2]
    a, b = rng.sample(DISTRICTS, 2)
    return (
        f"Этой ночью над {short} областью силами ПВО уничтожено {rng.randint(1, 25)} беспилотников. "
        f"Обломки упали в {a} и {b} районах. Пострадавших нет. #{number}"
    )


def _media_text(rng: random.Random, number: int) -> str:
    region = rng.choice(REGIONS)
    return (
        f"Russia's Defence Ministry said air defences destroyed {rng.randint(5, 90)} drones overnight, "
        f"including {rng.randint(1, 20)} over the {region[2]} region. Item {number}."
    )


def _message(number: int, text: str, moment: datetime) -> dict[str, object]:
    return {
        "id": number,
        "type": "message",
        "date": moment.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(moment.timestamp())),
        "text": text,
    }


def write_export(path: Path, reports: int, rng: random.Random) -> None:
    """Write a whole-account export with ``reports`` posts spread over a year."""
    chats: dict[str, list[dict[str, object]]] = {"mod": [], "governors": [], "media": []}
    for number in range(reports):
        night = START + timedelta(days=number * 365 // reports)
        moment = datetime(night.year, night.month, night.day, 8, tzinfo=MSK) + timedelta(
            minutes=number % 600
        )
        roll = number % 10
        if roll < 3:
            chats["mod"].append(_message(number, _mod_text(rng, night, number), moment))
        elif roll < 8:
            region = REGIONS[number % len(REGIONS)]
            chats["governors"].append(_message(number, _governor_text(rng, region, number), moment))
        else:
            chats["media"].append(_message(number, _media_text(rng, number), moment))
    document = {
        "about": "generated for the store benchmark",
        "chats": {
            "about": "",
            "list": [
                {"name": name, "type": "public_channel", "id": index, "messages": messages}
                for index, (name, messages) in enumerate(chats.items(), 1)
            ],
        },
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _size(path: Path) -> int:
    """Return the size of a SQLite database after moving its write-ahead log into it."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def bench_ingest(folder: Path, reports: int) -> None:
    export = folder / "result.json"
    write_export(export, reports, random.Random(4))
    db = folder / "ingest.sqlite"
    store = open_store(f"sqlite:///{db}")
    started = time.perf_counter()
    result = store.ingest_paths([export])
    elapsed = time.perf_counter() - started
    print(
        f"ingest: {result.added:,} reports ({result.claims:,} claims, {result.failed} failed) "
        f"in {elapsed:.1f} s = {result.added / elapsed:,.0f} reports/s, parse included "
        f"(parser {store.parser_version})"
    )
    again = time.perf_counter()
    second = store.ingest_paths([export])
    print(
        f"re-import of the same file: {second.duplicates:,} duplicates, {second.added} added, "
        f"{time.perf_counter() - again:.1f} s"
    )
    store.close()
    print(
        f"database size after ingest: {_size(db) / 1e6:.1f} MB ({export.stat().st_size / 1e6:.1f} MB export)"
    )


def year_of_reports(rng: random.Random) -> list[tuple[Item, list[Report]]]:
    """Return a year of structured reports: the volume the nightly query is timed on."""
    out = []
    for day in range(365):
        night = START + timedelta(days=day)
        morning = datetime(night.year, night.month, night.day, 8, tzinfo=MSK)
        evening = morning - timedelta(hours=12)
        # the ministry: an evening and a night window
        for number, (start, end) in enumerate(
            (
                (evening, evening + timedelta(hours=3)),
                (evening + timedelta(hours=3), morning - timedelta(hours=1)),
            )
        ):
            claims = tuple(
                Claim(area_id, gen, rng.randint(1, 30), "exact", (0, 10))
                for area_id, gen, _ in rng.sample(REGIONS, 8)
            )
            report = Report("mod", "RU", Window(start, end), None, None, None, claims)
            out.append(
                (
                    Item(f"mod {day}.{number}", f"mod {day} {number}", "bench", "mod", "mod"),
                    [report],
                )
            )
        for index, (area_id, gen, _) in enumerate(REGIONS[:10]):
            claims = (
                Claim(area_id, gen, rng.randint(1, 30), "exact", (0, 10)),
                Claim(area_id, gen, None, "exact", (11, 20), f"{area_id}:a", "a"),
                Claim(area_id, gen, None, "exact", (21, 30), f"{area_id}:b", "b"),
            )
            report = Report("governor", "RU", None, night, None, None, claims)
            out.append(
                (Item(f"gov {day}.{index}", f"gov {day} {index}", "bench", "gov", "gov"), [report])
            )
        for index in range(5):
            claims = tuple(
                Claim(area_id, gen, rng.randint(1, 30), "exact", (0, 10))
                for area_id, gen, _ in rng.sample(REGIONS, 5)
            )
            report = Report("media", "RU", None, night, None, None, claims)
            out.append(
                (
                    Item(f"media {day}.{index}", f"media {day} {index}", "bench", "wire", "wire"),
                    [report],
                )
            )
    return out


def bench_nightly(folder: Path) -> None:
    db = folder / "year.sqlite"
    store = Store(
        make_engine(f"sqlite:///{db}"), parse=lambda _text, _published: [], parser_version="bench"
    )
    from store.rows import rows_for

    prepared = [
        rows_for(item, reports, "bench") for item, reports in year_of_reports(random.Random(7))
    ]
    written = store._write(prepared, path="year", source_kind="bench")
    print(
        f"year of data: {written.added:,} reports, {written.claims:,} claims; "
        f"database {_size(db) / 1e6:.1f} MB (stored figures included)"
    )
    from store import figures

    started = time.perf_counter()
    with store.engine.begin() as conn:
        figures.refresh(conn)
    print(f"rebuilding the stored figures of the whole year: {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    one = Report(
        "governor",
        "RU",
        None,
        date(2025, 6, 15),
        None,
        None,
        (Claim("RU-BRY", "Брянской", 3, "exact", (0, 8)),),
    )
    store.add_report(Item("one more", "one more post", "bench", "gov2", "gov2"), [one])
    print(
        f"one more report, its nights' figures refreshed: "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )
    for label, filters in (
        ("nightly, whole year", Filters()),
        ("nightly, one month", Filters(date_from=date(2025, 6, 1), date_to=date(2025, 6, 30))),
        ("nightly, calendar days", Filters(unit="day")),
        ("nightly, one region", Filters(regions=("RU-BRY",))),
        ("nightly, ministry only (stored per reporter)", Filters(reporters=("mod",))),
        (
            "nightly, ministry and governors (reconciled on the fly)",
            Filters(reporters=("mod", "governor")),
        ),
        ("district rows, whole year", None),
    ):
        cold, cpu, warm = [], [], []
        for _ in range(5):
            store._cache.clear()  # as after a change of data: nothing in memory
            started, started_cpu = time.perf_counter(), time.process_time()
            frame = store.nightly(filters) if filters else store.district_nightly()
            cold.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            started = time.perf_counter()
            store.nightly(filters) if filters else store.district_nightly()
            warm.append(time.perf_counter() - started)
        print(
            f"{label}: {len(frame):,} rows; median {statistics.median(cold) * 1000:.0f} ms "
            f"(best {min(cold) * 1000:.0f} ms, CPU {statistics.median(cpu) * 1000:.0f} ms), "
            f"repeated {statistics.median(warm) * 1000:.1f} ms"
        )
    started = time.perf_counter()
    claims = store.claims()
    print(
        f"claims frame, whole year: {len(claims):,} rows in {(time.perf_counter() - started) * 1000:.0f} ms"
    )
    store.close()


def _children_cpu() -> float:
    """CPU seconds of this process's children that ended (the parse workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def three_year_nightly(url: str, runs: int = 7) -> None:
    store = open_store(url)
    frame = store.nightly(Filters())  # current figures: no rebuild is timed
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        store.nightly(Filters())
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    store.close()
    print(
        f"nightly query over three years ({len(frame):,} rows): wall median "
        f"{statistics.median(wall) * 1000:.0f} ms (best {min(wall) * 1000:.0f}), CPU median "
        f"{statistics.median(cpu) * 1000:.0f} ms (best {min(cpu) * 1000:.0f}), {_load()}"
    )


def three_year_import(url: str, folder: Path) -> None:
    from bench.generate_db import telegram_slice

    export = telegram_slice(7, 20_000, folder / "slice" / "result-20000.json")
    store = open_store(url)
    # each step: wall seconds, this process's CPU seconds, its ended children's (the parse
    # workers, the forked worker of the figures' rebuild)
    marks: list[tuple[str, float, float, float]] = []

    def mark(what: str) -> None:
        marks.append((what, time.perf_counter(), time.process_time(), _children_cpu()))

    # the parse ends where the writing begins: its workers' CPU is counted once they ended
    mark("reading and parsing")
    result = store.ingest_paths([export], step=mark)
    mark("done")
    store.close()
    print(f"import of 20,000 Telegram messages: {result.summary()}")
    for (what, wall, cpu, kids), (_, wall2, cpu2, kids2) in itertools.pairwise(marks):
        print(
            f"  {what[:60]}: {wall2 - wall:.1f} s wall, {cpu2 - cpu:.1f} s CPU here"
            f" + {kids2 - kids:.1f} s in workers"
        )
    wall, cpu = marks[-1][1] - marks[0][1], marks[-1][2] - marks[0][2]
    workers = marks[-1][3] - marks[0][3]
    print(
        f"  in all: {wall:.1f} s wall, {cpu + workers:.1f} s CPU ({cpu:.1f} s of this process, "
        f"{workers:.1f} s of its workers), {_load()}"
    )


def three_year_touch(url: str) -> None:
    """Two texts on two far nights into the three-year database, rolled back."""
    from store.rows import rows_for

    store = open_store(url)
    first, last = date(2023, 7, 3), date(2026, 9, 17)
    prepared = [
        rows_for(
            Item(f"touch {day}", f"touch {day}", "bench", "touch", "touch"),
            [
                Report(
                    "governor",
                    "RU",
                    None,
                    day,
                    None,
                    None,
                    (Claim("RU-BRY", "Брянской", 3, "exact", (0, 5)),),
                )
            ],
            "bench",
        )
        for day in (first, last)
    ]
    from store.db import writing
    from store.ingest import write

    with writing(store.engine) as conn:
        started, started_cpu = time.perf_counter(), time.process_time()
        write(conn, prepared, path="touch", source_kind="bench")
        wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
        conn.rollback()
    store.close()
    print(
        f"two texts on {first} and {last} into the three-year database (their nights' "
        f"figures rebuilt, rolled back): {wall:.2f} s wall, {cpu:.2f} s CPU, {_load()}"
    )


@contextlib.contextmanager
def copied_into_a_cluster(source: str) -> Iterator[tuple[Any, str, float]]:
    """A throwaway PostgreSQL cluster holding a copy of the database at ``source``: yield the
    cluster, the copy's URL and the seconds the copy took; the cluster is stopped after."""
    from testkit.pg import start_cluster, stop_cluster

    root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    try:
        cluster = start_cluster(root)
        url = cluster.new_database()
        started = time.perf_counter()
        _copy_database(source, url)
        yield cluster, url, time.perf_counter() - started
    finally:
        stop_cluster(root)


def _copy_database(source: str, target: str) -> None:
    """Copy every table of the database at ``source`` into the empty one at ``target``."""
    from sqlalchemy import select

    from store import schema
    from store.db import insert_many, make_engine, writing

    open_store(target).close()  # the tables
    reader, writer = make_engine(source), make_engine(target)
    with reader.connect() as conn, writing(writer) as out:
        for table in reversed(schema.metadata.sorted_tables):
            out.execute(table.delete())
        for table in schema.metadata.sorted_tables:
            result = conn.execute(select(table)).mappings()
            while rows := [dict(row) for row in result.fetchmany(20_000)]:
                insert_many(out, table, rows)
            serial = [c for c in table.primary_key.columns if c.autoincrement is True]
            if serial and out.dialect.name == "postgresql":
                # ids were copied as they are: the next one follows the largest
                name = serial[0].name
                out.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{name}'), "
                    f"COALESCE((SELECT MAX({name}) FROM {table.name}), 0) + 1, false)"
                )
    reader.dispose()
    writer.dispose()


def three_years(args: argparse.Namespace) -> None:
    from bench.generate_db import ensure_database

    if args.one_process:
        import store._workers

        store._workers.cores = lambda: 1  # type: ignore[assignment]
    generated = ensure_database()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.postgresql:
            print(f"SQLite ({generated}), {_load()}")
            three_year_nightly(generated)
            three_year_touch(generated)
            three_year_import(f"sqlite:///{folder / 'import.sqlite'}", folder)
            return
        with copied_into_a_cluster(generated) as (cluster, url, seconds):
            print(
                f"PostgreSQL (throwaway cluster): three years copied in {seconds:.0f} s, {_load()}"
            )
            three_year_nightly(url)
            three_year_touch(url)
            three_year_import(cluster.new_database(), folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--three-years", action="store_true", help="issue 12's store figures")
    parser.add_argument("--postgresql", action="store_true", help="with --three-years")
    parser.add_argument("--one-process", action="store_true", help="parse without workers")
    args = parser.parse_args()
    if args.three_years:
        three_years(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_ingest(folder, args.reports)
        bench_nightly(folder)


if __name__ == "__main__":
    main()
