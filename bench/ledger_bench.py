"""Measure the honest-data frames (``store.ledger``, ``store.coverage``) over a year.

Prints figures; never asserts. The year is ``bench/store_bench.py``'s: two ministry
windows, ten governors with districts and five media texts every night (~26,000 claims).

    .venv/bin/python bench/ledger_bench.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.store_bench import year_of_reports
from store import Filters, Store, coverage, ledger
from store.db import make_engine
from store.rows import rows_for


def _time(label: str, call: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = call()
    size = (
        len(result.claims)
        if isinstance(result, ledger.Reconciled)
        else (len(result) if hasattr(result, "__len__") else result)
    )
    print(f"{label}: {size:,} rows in {(time.perf_counter() - started) * 1000:.0f} ms")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(
            make_engine(f"sqlite:///{Path(folder) / 'year.sqlite'}"),
            parse=lambda _text, _published: [],
            parser_version="bench",
        )
        prepared = [
            rows_for(item, reports, "bench") for item, reports in year_of_reports(random.Random(7))
        ]
        written = store._write(prepared, path="year", source_kind="bench")
        print(
            f"year of data: {written.added:,} reports, {written.claims:,} claims (rows below: claims for analyse, a count for straddling)"
        )
        month = Filters(date_from=date(2025, 6, 1), date_to=date(2025, 6, 30))
        for name, filters in (("whole year", Filters()), ("one month", month)):
            _time(f"analyse, {name}", lambda f=filters: ledger.reconciled(store, f))
            _time(f"nightly with flags, {name}", lambda f=filters: ledger.nightly(store, f))
            _time(
                f"nightly with gaps, {name}", lambda f=filters: ledger.nightly(store, f, gaps=True)
            )
            _time(f"claims with flags, {name}", lambda f=filters: ledger.claims(store, f))
            _time(f"ledger, {name}", lambda f=filters: ledger.ledger(store, f))
            _time(f"national totals, {name}", lambda f=filters: ledger.national(store, f))
            _time(f"series per reporter, {name}", lambda f=filters: ledger.series(store, f))
            _time(f"straddling windows, {name}", lambda f=filters: ledger.straddling(store, f))
        _time("coverage, whole year", lambda: coverage.coverage(store))
        store.close()


if __name__ == "__main__":
    main()
