"""Command line: ``python -m store ingest|export|nightly|reparse|review|coverage|sync``
(``--help`` on each)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import settings
from store import columns as C
from store._errors import StoreError
from store.ingest import ImportResult
from store.store import Filters, Store, open_store

#: Imports with more texts than this show a progress bar.
PROGRESS_FROM = 200
EXIT_FAILED = 2


def _url(db: str | None) -> str | None:
    if db is None or "://" in db:
        return db
    return f"sqlite:///{Path(db).resolve()}"


class _Bar:
    """A tqdm bar created on the first report of a long import (parsing is the slow part);
    the steps of writing that follow are printed as lines, with the seconds each took."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None
        self.shown = False
        self.doing: tuple[str, float] | None = None

    def __call__(self, done: int, total: int) -> None:
        if total <= PROGRESS_FROM:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=self.label, unit="text", file=sys.stderr)
            self.shown = True
        self.bar.update(done - self.bar.n)

    def step(self, what: str) -> None:
        """Print the step of writing that begins (only after a bar: a long import)."""
        if not self.shown:
            return
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        self._end_step()
        print(f"{self.label}: {what} ...", file=sys.stderr, flush=True)
        self.doing = (what, time.perf_counter())

    def _end_step(self) -> None:
        if self.doing is not None:
            what, started = self.doing
            took = time.perf_counter() - started
            print(f"{self.label}: {what}: {took:.1f} s", file=sys.stderr, flush=True)
            self.doing = None

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        self._end_step()


def _moment(text: str) -> datetime:
    """Read ``--published``: a date (noon, Moscow time) or a date and time (Moscow time)."""
    moment = datetime.fromisoformat(text)
    if len(text) == 10:
        moment = moment.replace(hour=12)  # a bare date: its noon, never the night before
    return moment


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(
        date_from=args.date_from,
        date_to=args.date_to,
        regions=tuple(args.region or ()),
        include_ua=args.include_ua,
        unit=args.unit,
    )


def _ingest(store: Store, args: argparse.Namespace) -> int:
    from store.sync import registry

    total = ImportResult(0, 0, 0)
    failures = 0
    problem = None
    try:
        # a registered channel's export is who the registry declares it, as its sync is
        sources = registry.for_imports()
    except StoreError as exc:
        sources, problem = [], " ".join(str(exc).split())
    for path in args.paths:
        bar = _Bar(Path(path).name)
        try:
            result = store.ingest_paths(
                [path],
                progress=bar,
                published=args.published,
                step=bar.step,
                sources=sources,
                registry_error=problem,
            )
        except StoreError as exc:
            failures += 1
            print(f"error: {exc}", file=sys.stderr)
            continue
        finally:
            bar.close()
        total += result
        print(f"{path}: {result.summary()}")
        for error in result.errors:
            print(f"  failed: {error}", file=sys.stderr)
    if len(args.paths) > 1:
        print(f"total: {total.summary()}; {failures} file(s) refused")
    return EXIT_FAILED if failures else 0


def _export(store: Store, args: argparse.Namespace) -> int:
    from store import export, ledger

    filters = _filters(args)
    if args.format == "csv":
        data = export.claims_csv(store.claims(filters))
    else:
        import geo

        # the stored figures with their flags and totals over lists (no gap rows: a gap
        # has nothing to draw)
        data = export.nightly_geojson(
            ledger.nightly(store, filters),
            geo.area_shapes(),
            attribution=geo.pack_attribution(),
        )
    if args.out:
        Path(args.out).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _nightly(store: Store, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from store import export, ledger

    if args.honest or args.discrepancies_only:
        # the same figures plus the flags, the totals over lists (group_total ...) and
        # no_report rows for the gaps
        filters = replace(_filters(args), discrepancies_only=args.discrepancies_only)
        frame = ledger.nightly(store, filters, gaps=True)
    else:
        frame = store.nightly(_filters(args))
    stale = store.stale_reports()
    if stale:
        print(
            f"note: {stale} texts were parsed by another parser version than "
            f"{store.parser_version}: run `python -m store reparse`",
            file=sys.stderr,
        )
    if args.format == "csv":
        sys.stdout.buffer.write(export.nightly_csv(frame))
        sys.stdout.flush()
    elif frame.empty:
        print("no figures for these filters")
    else:
        shown = frame.drop(columns=[C.CLAIM_IDS, C.CHOSEN_CLAIM_IDS, C.IS_SAMPLE])
        print(shown.to_string(index=False))
    return 0


def _review(store: Store, args: argparse.Namespace) -> int:
    from store import review

    queue = review.queue(store, status=None if args.status == "all" else args.status)
    if queue.empty:
        print(f"no {args.status} review items")
        return 0
    for row in queue.itertuples(index=False):
        first = row.text.strip().splitlines()[0][:80] if row.text.strip() else ""
        print(f"#{row.review_id} [{row.status}] {row.reason}: {row.detail.splitlines()[0]}")
        print(f"    {row.channel or row.source_kind}: {first}")
    return 0


def _coverage(store: Store, args: argparse.Namespace) -> int:
    from store import coverage

    frame = coverage.coverage(store, _filters(args))
    newest = coverage.freshness(store)
    print("no texts" if frame.empty else frame.to_string(index=False))
    print(f"newest report: {newest.isoformat() if newest else 'none'}")
    return 0


def _reparse(store: Store, args: argparse.Namespace) -> int:
    bar = _Bar("reparse")
    try:
        result = store.reparse(everything=args.all, progress=bar)
    finally:
        bar.close()
    print(
        f"re-parsed {result.reports} texts with parser {store.parser_version}: "
        f"{result.claims} claims, {result.failed} failed"
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m store", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: the settings)")
        return sub

    def with_filters(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="DATE")
        sub.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="DATE")
        sub.add_argument("--region", action="append", metavar="ID", help="repeatable")
        sub.add_argument("--unit", choices=("night", "day"), default="night")
        sub.add_argument("--include-ua", action="store_true", help="add Ukraine's claims")

    ingest = with_db(commands.add_parser("ingest", help="import files and folders"))
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument(
        "--published", type=_moment, metavar="DATE[THH:MM]",
        help="when texts without a date of their own (.txt, .md) were published, Moscow time; "
        "without it they go to review as undated",
    )  # fmt: skip

    export = with_db(commands.add_parser("export", help="write claims (csv) or figures (geojson)"))
    export.add_argument("--format", choices=("csv", "geojson"), required=True)
    export.add_argument("--out", metavar="FILE")
    with_filters(export)

    nightly = with_db(commands.add_parser("nightly", help="print one figure per night and area"))
    nightly.add_argument("--format", choices=("table", "csv"), default="table")
    nightly.add_argument(
        "--honest",
        action="store_true",
        help="the ledger's rows: flags, totals over lists, no_report gaps",
    )
    nightly.add_argument(
        "--discrepancies-only",
        action="store_true",
        help="only rows with a discrepancy flag (implies --honest)",
    )
    with_filters(nightly)

    queue = with_db(commands.add_parser("review", help="list the review queue"))
    queue.add_argument(
        "--status", default="open", choices=("open", "resolved", "dismissed", "superseded", "all")
    )

    cover = with_db(
        commands.add_parser("coverage", help="texts seen, parsed, in review per source and day")
    )
    with_filters(cover)

    reparse = with_db(commands.add_parser("reparse", help="rebuild claims with the current parser"))
    reparse.add_argument("--all", action="store_true", help="also texts parsed by this version")

    from store.sync import cli as sync_cli

    sync_cli.add_parser(commands, with_db)
    return parser


def _sync(store: Store, args: argparse.Namespace) -> int:
    from store.sync import cli as sync_cli

    return sync_cli.main(store, args)


_COMMANDS = {
    "ingest": _ingest,
    "export": _export,
    "nightly": _nightly,
    "reparse": _reparse,
    "review": _review,
    "coverage": _coverage,
    "sync": _sync,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (2 when something was refused)."""
    args = _parser().parse_args(argv)
    try:
        store = open_store(_url(args.db))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        before = store.data_version()
        status = _COMMANDS[args.command](store, args)
        written = store.data_version() != before
    except (StoreError, ValueError) as exc:
        print(f"error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    if written:
        _keep_first_view(_url(args.db) or settings.get().database_url)
    return status


def _keep_first_view(url: str) -> None:
    """Keep the map's first view of the data as written (``app_pages/default_view.py``),
    so that the dashboard's next start draws it at once; a failure is said, not raised:
    what was written stays."""
    # The one call of this package into the dashboard's: from its command line, which
    # nothing imports, after the command's work (docs/architecture.md)
    from app_pages.default_view import keep_default

    try:
        keep_default(url)
    except Exception as exc:  # the view is computed again by the dashboard's first visit
        print(f"the map's first view was not kept: {str(exc).splitlines()[0]}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
