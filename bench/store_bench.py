"""Measure the store: ingest throughput (parse included), database size, nightly query time.

Prints figures; never asserts. Goals from issue 4: 10,000 reports in under 60 s, the
nightly query over a year of data in under 200 ms.

    .venv/bin/python bench/store_bench.py [--reports 10000]

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
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_ingest(folder, args.reports)
        bench_nightly(folder)


if __name__ == "__main__":
    main()
