"""``python -m store sync --once|--every 15m [--sources FILE] [--since DATE] [SOURCE ...]``."""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any

import settings
from store._errors import StoreError
from store.store import Store
from store.sync import registry
from store.sync.http import Client
from store.sync.run import SourceResult, run_pass

#: Exit status when every source failed (a refused command line or file exits 2).
EXIT_ALL_FAILED = 1
EXIT_REFUSED = 2
_UNITS = {"s": 1, "m": 60, "h": 3600}


def interval(text: str) -> float:
    """Return the seconds of ``15m``, ``90s``, ``1h`` (argparse type)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh])\s*", text)
    if not match or float(match[1]) <= 0:
        msg = f"{text!r} is not an interval such as 15m, 90s or 1h"
        raise argparse.ArgumentTypeError(msg)
    return float(match[1]) * _UNITS[match[2]]


def add_parser(commands: Any, with_db: Any) -> None:
    """Add the ``sync`` subcommand to the store's command line."""
    sync = with_db(
        commands.add_parser("sync", help="read the public channels and feeds of sources.toml")
    )
    when = sync.add_mutually_exclusive_group()
    when.add_argument("--once", action="store_true", help="one pass (the default)")
    when.add_argument(
        "--every",
        type=interval,
        metavar="INTERVAL",
        help="a pass every INTERVAL (15m, 1h ...) until Ctrl-C or SIGTERM",
    )
    sync.add_argument(
        "--sources",
        type=Path,
        metavar="FILE",
        help="the sources file (default: the data folder's sources.toml)",
    )
    sync.add_argument(
        "--since",
        type=date.fromisoformat,
        metavar="DATE",
        help="backfill: read each channel's history back to DATE (resumable)",
    )
    sync.add_argument(
        "names",
        nargs="*",
        metavar="SOURCE",
        help="only these sources (by name or channel; disabled ones too)",
    )


def main(store: Store, args: argparse.Namespace) -> int:
    """Run ``sync``; return 0, or 1 when every source failed, or 2 when refused."""
    if not settings.get().sync:
        print("error: sync is turned off (ATLAS_SYNC=off)", file=sys.stderr)
        return EXIT_REFUSED
    sources = registry.load(args.sources)
    chosen = choose(sources, args.names)
    if not chosen:
        print("no enabled sources to sync", file=sys.stderr)
        return 0
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, _stopper(stop))
    try:
        while True:
            results = one_pass(store, chosen, since=args.since, stop=stop)
            if args.every is None or stop.is_set():
                break
            stop.wait(args.every)
            if stop.is_set():
                break
    except KeyboardInterrupt:
        print("stopped (Ctrl-C): every source finished before it is saved", file=sys.stderr)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
    if results and all(not result.ok for result in results):
        return EXIT_ALL_FAILED
    return 0


def choose(sources: list[registry.Source], names: list[str]) -> list[registry.Source]:
    """Return the sources named (by name or channel, enabled or not), or every enabled one."""
    if not names:
        return [source for source in sources if source.enabled]
    by_name = {}
    for source in sources:
        by_name[source.name.lower()] = source
        if source.channel:
            by_name[source.channel.lower()] = source
    unknown = [name for name in names if name.lower() not in by_name]
    if unknown:
        msg = f"no source named {', '.join(map(repr, unknown))} in the sources file"
        raise StoreError(msg)
    picked = [by_name[name.lower()] for name in names]
    return [replace(source, enabled=True) for source in dict.fromkeys(picked)]


def one_pass(
    store: Store, sources: list[registry.Source], *, since: date | None, stop: threading.Event
) -> list[SourceResult]:
    """Sync each source once (a backfill repeats a source's pass until it reaches ``since``)."""
    client = Client.from_settings()
    bar = _bar(len(sources))
    results = []
    try:
        for source in sources:
            if stop.is_set():
                break
            while True:
                result = run_pass(store, [source], since=since, client=client, log=_log(bar))[0]
                if not (result.ok and result.more) or stop.is_set():
                    break
            results.append(result)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return results


def _bar(total: int) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="sync", unit="source", file=sys.stderr)


def _log(bar: Any) -> Any:
    def log(line: str) -> None:
        if bar is not None:
            bar.write(line, file=sys.stdout)
        else:
            print(line, flush=True)

    return log


def _stopper(stop: threading.Event) -> Any:
    def handle(_signum: int, _frame: FrameType | None) -> None:
        print("stopping after the current source (SIGTERM)", file=sys.stderr, flush=True)
        stop.set()

    return handle
