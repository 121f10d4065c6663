"""The store the app and the command line use: imports, queries, samples, re-parsing."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from sqlalchemy import and_, delete, exists, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

import settings
from geo import area_ids
from store import _gc, _workers, figures, reconcile, replies, schema, totals
from store import columns as C
from store._errors import ImportFailed, StoreError
from store._parse import Parser, StoredText, default_parser, default_version, parse_item
from store._query import SAMPLE, Filters, claims_frame, conditions, frame_of
from store._time import MSK, from_db
from store.corrections import settle_parsed
from store.db import make_engine, writing
from store.importers import Item, Prepared, guess_language, read_file, read_paths
from store.importers.claims_csv import CSV_PARSER_VERSION
from store.ingest import (
    ImportResult,
    Progress,
    Step,
    prepare,
    reparse_rows,
    reread_channels,
    stored_items,
    write,
)
from store.kept_samples import kept_file, restore, save
from store.rows import (
    OPEN,
    PARSER_ERROR,
    RESOLVED,
    bump_data_version,
    replace_changed_rows,
    rows_for,
)
from store.samples_key import META_KEY

if TYPE_CHECKING:
    from store.sync.registry import Source

#: Reconciled results kept per data version (one per filter combination asked for).
_CACHED_QUERIES = 16


@dataclass(frozen=True, slots=True)
class PreviewItem:
    """One text of an upload as it would be imported: where, the text, what was found."""

    where: str
    text: str
    published: datetime | None
    reports: tuple[Any, ...]
    claims: int
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ReparseResult:
    """What ``reparse`` did."""

    reports: int
    claims: int
    failed: int


def open_store(url: str | None = None, *, parse: Parser | None = None) -> Store:
    """Open (creating or migrating) the database at ``url`` or ``settings.get().database_url``."""
    return Store(make_engine(url), parse=parse)


def preview_upload(
    filename: str,
    data: bytes,
    *,
    parse: Parser | None = None,
    progress: Progress | None = None,
) -> list[PreviewItem]:
    """Read and parse an upload without saving anything (for the import page);
    ``progress(done, total)`` is called after each text (an exception it raises stops
    the preview)."""
    items, prepared = read_file(filename, data)
    return _preview(items, prepared, parse or default_parser(), progress)


def _preview(
    items: Sequence[Item], prepared: Sequence[Prepared], parse: Parser, progress: Progress | None
) -> list[PreviewItem]:
    """Parse the texts a file gave, as :func:`preview_upload` shows them."""
    preview = []
    for done, item in enumerate(items, 1):
        reports, error = parse_item(parse, item)
        preview.append(
            PreviewItem(
                where=item.where,
                text=item.text,
                published=item.published,
                reports=tuple(reports),
                claims=sum(len(r.claims) for r in reports),
                error=error,
            )
        )
        if progress is not None:
            progress(done, len(items))
    for entry in prepared:
        preview.append(
            PreviewItem(
                where=entry.where,
                text="\n".join(row["evidence"] for row in entry.claims),
                published=from_db(entry.report["published_at"]),
                reports=(),
                claims=len(entry.claims),
            )
        )
    return preview


def _dated(items: Sequence[Item], published: datetime | None) -> list[Item]:
    """Give ``published`` (naive: Moscow time) to the items that have no date of their own."""
    if published is None:
        return list(items)
    moment = published if published.tzinfo else published.replace(tzinfo=MSK)
    return [
        item if item.published is not None else replace(item, published=moment) for item in items
    ]


class Store:
    """A database of reports and claims (see ``docs/architecture.md``)."""

    def __init__(
        self, engine: Engine, *, parse: Parser | None = None, parser_version: str | None = None
    ) -> None:
        self.engine = engine
        self._cache: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._parse = parse
        self._custom_parse = parse is not None
        self._parser_version = parser_version
        try:
            self._open()
        except BaseException:
            # the store owns its engine (``close`` disposes of it); a refused database (a
            # newer schema, a foreign one) left the connection that read it in the pool,
            # open, for the garbage collector to find later (psycopg's ResourceWarning)
            engine.dispose()
            raise

    def _open(self) -> None:
        """Create or upgrade the tables and the stored figures; refuse in one line."""
        try:
            with writing(self.engine) as conn:
                schema.upgrade(conn)
                if not figures.is_current(conn):
                    figures.refresh(conn)
        except DatabaseError as exc:
            msg = f"cannot open the database {self.engine.url!r}: {str(exc.orig).splitlines()[0]}"
            raise StoreError(msg) from exc

    # --- parser ---------------------------------------------------------------------------

    @property
    def parser_version(self) -> str:
        """The version recorded with claims the parser produces."""
        if self._parser_version is None:
            self._parser_version = "custom" if self._custom_parse else default_version()
        return self._parser_version

    @property
    def parser(self) -> Parser:
        """The parser this store calls (``parsing.parse`` unless another was given)."""
        if self._parse is None:
            self._parse = default_parser()
        return self._parse

    # --- imports --------------------------------------------------------------------------

    def ingest_paths(
        self,
        paths: Iterable[Path | str],
        *,
        progress: Progress | None = None,
        source_kind: str | None = None,
        published: datetime | None = None,
        step: Step | None = None,
        sources: Sequence[Source] | None = None,
        registry_error: str | None = None,
    ) -> ImportResult:
        """Import files and folders in one transaction (all or nothing).

        ``published`` dates the texts that carry no date of their own (a ``.txt`` or
        ``.md`` report): without it their claims go to review as ``undated``.
        ``progress(done, total)`` follows the texts as they are parsed; ``step(what)`` is
        called as each part of the writing that follows begins (rows, stored figures).
        ``sources`` is the sources registry the caller read (``registry.for_imports``): a
        registered channel's export gets its declared reporter and region, as its sync
        does (:meth:`_declared`). ``registry_error`` says why the caller could not read the
        registry: a Telegram export is then refused (:class:`ImportFailed`), as it cannot be
        told whose it is, and what is stored without it cannot be told later.
        """
        paths = [Path(p) for p in paths]
        skip = _is_readme if source_kind == SAMPLE else None
        items, prepared = read_paths(paths, skip=skip)
        label = " ".join(str(p) for p in paths)
        items = self._declared(_dated(items, published), sources, registry_error, label)
        return self._ingest(
            items, prepared, path=label, source_kind=source_kind, progress=progress, step=step
        )

    def ingest_upload(
        self,
        filename: str,
        data: bytes,
        *,
        progress: Progress | None = None,
        published: datetime | None = None,
        step: Step | None = None,
        sources: Sequence[Source] | None = None,
        registry_error: str | None = None,
    ) -> ImportResult:
        """Import one uploaded file in one transaction (all or nothing); ``published``,
        ``progress``, ``step``, ``sources`` and ``registry_error`` as for
        :meth:`ingest_paths`."""
        items, prepared = read_file(filename, data)
        items = self._declared(_dated(items, published), sources, registry_error, filename)
        sha = hashlib.sha256(data).hexdigest()
        return self._ingest(
            items, prepared, path=filename, sha256=sha, progress=progress, step=step
        )

    def preview_upload(
        self,
        filename: str,
        data: bytes,
        *,
        progress: Progress | None = None,
        sources: Sequence[Source] | None = None,
        registry_error: str | None = None,
    ) -> list[PreviewItem]:
        """Read and parse an upload as :meth:`ingest_upload` would, saving nothing (for the
        Import page): a registered channel's export declared as the save declares it, and
        refused as the save refuses it (``sources``, ``registry_error``)."""
        items, prepared = read_file(filename, data)
        items = self._declared(items, sources, registry_error, filename)
        return _preview(items, prepared, self.parser, progress)

    def _declared(
        self,
        items: list[Item],
        sources: Sequence[Source] | None,
        registry_error: str | None = None,
        name: str = "",
    ) -> list[Item]:
        """Give the items of a channel registered in ``sources`` who it is declared to be
        (``store.sync.registry.declare``).

        The store never reads ``sources.toml`` itself (docs/sync.md): the caller passes the
        registry it read. What the store adds is the numeric id each source's posts were
        synced under (the ``sources`` table), which a Telegram Desktop export names its
        channel by while the registry names its username. When the caller could not read
        the registry (``registry_error``), the items of a Telegram export (``name``) are
        refused: who they are declared to be is unknown, and a stored report keeps who it
        was declared to be when it was first stored.
        """
        if registry_error is not None and any(item.source_kind == "telegram" for item in items):
            msg = (
                f"{name}: a Telegram export is not read while the sources registry cannot be "
                f"(its channel may be declared there; fix the file to import this one): "
                f"{registry_error}"
            )
            raise ImportFailed(" ".join(msg.split()))
        if not sources or not items:
            return items
        from store.sync.registry import declare  # (store.sync imports this module)

        s = schema.sources
        with self.engine.connect() as conn:
            synced = {name: key for name, key in conn.execute(select(s.c.name, s.c.channel_id))}
        return declare(items, sources, synced)

    def ingest_text(
        self,
        text: str,
        *,
        published: datetime | None = None,
        url: str | None = None,
        channel: str | None = None,
        source_kind: str = "paste",
        progress: Progress | None = None,
        step: Step | None = None,
    ) -> ImportResult:
        """Import one pasted text; ``progress(done, total)`` follows its sentences as the
        parser reads them (when it reports them), then as they are checked for review
        (``parsing.diagnostics.diagnose``), and is called once more before anything is
        written, with the last total.
        ``step(what)`` is told as the check, then each part of the writing, begins (as for
        :meth:`ingest_paths`). An exception either raises stops the import with nothing
        written.
        """
        if not text.strip():
            msg = "the text is empty: nothing was imported"
            raise ImportFailed(msg)
        item = Item(
            where="pasted text",
            text=text,
            source_kind=source_kind,
            channel=channel,
            channel_id=channel,
            url=url,
            published=published
            if published is None or published.tzinfo
            else published.replace(tzinfo=MSK),
            language=guess_language(text),
        )
        if progress is None:
            return self._ingest([item], [], path="pasted text", source_kind=source_kind, step=step)
        total = [1]  # the parser's last total of sentences

        def within(done: int, of: int) -> None:
            total[0] = of
            progress(done, of)

        def parsed(_done: int, _of: int) -> None:
            progress(total[0], total[0])

        return self._ingest(
            [item],
            [],
            path="pasted text",
            source_kind=source_kind,
            progress=parsed,
            within=within,
            step=step,
        )

    def ingest_items(
        self,
        items: Sequence[Item],
        *,
        path: str,
        source_kind: str,
        progress: Progress | None = None,
        also: Callable[[Connection, ImportResult], None] | None = None,
    ) -> ImportResult:
        """Import texts already read (a sync pass) in one transaction, as a file import does.

        ``also(conn, result)`` runs inside the same transaction after the rows are written
        (a sync records its source's state there): if it fails, nothing is written. When
        every text is already stored, only ``also`` runs: no import is recorded and the
        data version stays.
        """
        return self._ingest(
            items, [], path=path, source_kind=source_kind, progress=progress, also=also
        )

    def add_report(self, item: Item, reports: Sequence[Any]) -> ImportResult:
        """Store one text with reports already parsed (``parsing.model.Report``)."""
        prepared = rows_for(item, reports, self.parser_version)
        return self._write([prepared], path=item.where, source_kind=item.source_kind)

    def _ingest(
        self,
        items: Sequence[Item],
        prepared: Sequence[Prepared],
        *,
        path: str,
        source_kind: str | None = None,
        sha256: str | None = None,
        progress: Progress | None = None,
        within: Progress | None = None,
        also: Callable[[Connection, ImportResult], None] | None = None,
        step: Step | None = None,
    ) -> ImportResult:
        started = schema.now()
        # texts already stored are not parsed again: a re-import costs one lookup per text
        with self.engine.connect() as conn:
            # a correcting reply read with its post, wherever each came from (store.replies)
            items = replies.join(conn, items)
            known = stored_items(conn, items)
        fresh = [item for item, done in zip(items, known, strict=True) if not done]
        if also is not None and not fresh and not prepared:
            # a sync pass that read only stored texts: its state is recorded, no import
            result = ImportResult(0, len(items), 0)
            with writing(self.engine) as conn:
                also(conn, result)
            return result
        parsed = (
            prepare(
                fresh,
                self.parser,
                self.parser_version,
                source_kind=source_kind,
                progress=progress,
                within=within,
                step=step,
                # the default parser also runs in worker processes on the other cores
                workers=1 if self._custom_parse else _workers.cores(),
            )
            if fresh
            else []
        )
        if progress is not None and not fresh and items:
            progress(len(items), len(items))
        if source_kind:
            prepared = [
                Prepared(p.where, {**p.report, "source_kind": source_kind}, p.statements, p.claims)
                for p in prepared
            ]
        kinds = {p.report["source_kind"] for p in (*parsed, *prepared)}
        kind = source_kind or (kinds.pop() if len(kinds) == 1 else "mixed")
        return self._write(
            [*parsed, *prepared],
            path=path,
            source_kind=kind,
            sha256=sha256,
            started_at=started,
            known=len(items) - len(fresh),
            also=also,
            step=step,
        )

    def _write(
        self,
        prepared: Sequence[Prepared],
        *,
        also: Callable[[Connection, ImportResult], None] | None = None,
        **meta: Any,
    ) -> ImportResult:
        try:
            with writing(self.engine) as conn, _gc.paused():
                result = write(conn, prepared, **meta)
                if also is not None:
                    also(conn, result)
                return result
        except OperationalError as exc:
            reason = str(exc.orig).splitlines()[0]
            msg = (
                f"{meta['path']}: the database could not be written ({reason}); nothing was written"
            )
            raise ImportFailed(msg) from exc

    # --- samples --------------------------------------------------------------------------

    def load_samples(self) -> ImportResult:
        """Import the invented sample reports in ``data/samples/``, marked as samples."""
        folder = settings.get().data_dir / "samples"
        if not folder.is_dir() or not any(folder.iterdir()):
            return ImportResult(0, 0, 0)
        # a fresh SQLite database gets the rows a fresh one got before (store.kept_samples)
        kept = (
            None if self._custom_parse or not self._is_fresh() else kept_file(self.engine, folder)
        )
        restored = restore(self.engine, kept) if kept is not None and kept.is_file() else None
        if restored is not None:
            return restored
        result = self.ingest_paths([folder], source_kind=SAMPLE)
        if kept is not None:
            # named in the database and so in its copy: a fresh database restored from it,
            # at the same data version, holds the same rows (app_pages/first_view.py)
            with writing(self.engine) as conn:
                figures.set_meta(conn, META_KEY, kept.stem)
            save(self.engine, kept, result)
        return result

    def _is_fresh(self) -> bool:
        """Return whether nothing was ever written into the database (no import, no change)."""
        with self.engine.connect() as conn:
            return figures.data_version(conn) == "0"

    def has_only_samples(self) -> bool:
        """Return whether the database holds reports and every one is a sample."""
        r = schema.reports
        with self.engine.connect() as conn:
            any_sample = conn.execute(select(exists().where(r.c.source_kind == SAMPLE))).scalar()
            other = conn.execute(select(exists().where(r.c.source_kind != SAMPLE))).scalar()
        return bool(any_sample) and not other

    def clear_samples(self) -> int:
        """Delete the sample reports and everything derived from them; return how many."""
        r = schema.reports
        samples = select(r.c.id).where(r.c.source_kind == SAMPLE).scalar_subquery()
        with writing(self.engine) as conn:
            for table in (schema.claims, schema.statements, schema.review, schema.corrections):
                conn.execute(delete(table).where(table.c.report_id.in_(samples)))
            removed = conn.execute(delete(r).where(r.c.source_kind == SAMPLE)).rowcount
            conn.execute(delete(schema.imports).where(schema.imports.c.source_kind == SAMPLE))
            bump_data_version(conn)
            figures.refresh(conn)
        return removed

    # --- queries --------------------------------------------------------------------------

    def data_version(self) -> str:
        """Return a value that changes whenever the data changes (a cache key)."""
        with self.engine.connect() as conn:
            return f"{self.engine.url}#{figures.data_version(conn)}"

    def report(self, report_id: str) -> dict[str, Any] | None:
        """Return one stored text with its provenance and the statements found in it."""
        r, s = schema.reports, schema.statements
        with self.engine.connect() as conn:
            row = conn.execute(select(r).where(r.c.id == report_id)).mappings().first()
            if row is None:
                return None
            found = (
                conn.execute(select(s).where(s.c.report_id == report_id).order_by(s.c.seq))
                .mappings()
                .all()
            )
        result = dict(row)
        for key in ("published_at", "imported_at", "edited_at"):
            result[key] = from_db(result[key])
        result[C.IS_SAMPLE] = result["source_kind"] == SAMPLE
        result["statements"] = [
            {
                **dict(st),
                "window_start": from_db(st["window_start"]),
                "window_end": from_db(st["window_end"]),
            }
            for st in found
        ]
        return result

    def imports(self) -> pd.DataFrame:
        """Return the history of imports, newest first."""
        t = schema.imports
        with self.engine.connect() as conn:
            rows = conn.execute(select(t).order_by(t.c.id.desc())).mappings().all()
        return pd.DataFrame([dict(row) for row in rows], columns=[c.name for c in t.columns])

    def _compute(self, filters: Filters, level: str) -> list[dict[str, Any]]:
        if len(filters.reporters) > 1:
            # several reporters (not all) compete: reconcile on the fly, retellings and
            # totals over lists found among every reporter's claims
            with self.engine.connect() as conn:
                claims = claims_frame(conn, replace(filters, reporters=()))
            analysis = reconcile.reconcile_claims(claims, filters.unit)
            if level == "area":
                return reconcile.area_rows(analysis, filters.reporters)
            return reconcile.district_rows(analysis, filters.reporters)
        return self._stored(lambda conn: figures.read(conn, filters, level))

    def _stored(self, read: Callable[[Connection], Any]) -> Any:
        """Return ``read(conn)`` of the stored figures, rebuilt first when stale."""
        with self.engine.connect() as conn:
            if figures.is_current(conn):
                return read(conn)
        with writing(self.engine) as conn:
            if not figures.is_current(conn):
                figures.refresh(conn)
            return read(conn)

    def latest_date(self, unit: str = C.UNIT_NIGHT) -> date | None:
        """Return the latest night (or day) with a row of Russia's figures: the last date
        of ``nightly(Filters(unit=unit))``, read without reading the rows (None: no row)."""
        return self._stored(lambda conn: figures.latest(conn, unit))

    def earliest_date(self, unit: str = C.UNIT_NIGHT) -> date | None:
        """Return the earliest night (or day) with a row of Russia's figures: the first
        date of ``nightly(Filters(unit=unit))``, read without reading the rows (None: no row)."""
        return self._stored(lambda conn: figures.earliest(conn, unit))

    def figure_rows(
        self, filters: Filters | None = None, *, level: str = "area"
    ) -> list[dict[str, Any]]:
        """Return the reconciled rows of ``filters`` as dicts (``store.reconcile.area_rows``).

        ``level`` is ``area`` (``NIGHTLY_COLUMNS`` plus ``flags``, ``group_total``,
        ``group_size``, ``group_statement``) or ``district`` (``DISTRICT_COLUMNS``). Rows are
        kept per data version so that changing the region or reading the same period again
        costs no query; regions are filtered afterwards (each row depends on its own
        area's claims only). ``discrepancies_only`` is left to ``store.ledger``.
        """
        filters = filters or Filters()
        settings_ = settings.get()
        key = (
            level,
            replace(filters, regions=(), discrepancies_only=False),
            settings_.night_start_hour,
            settings_.night_end_hour,
            self.data_version(),
        )
        with self._lock:
            rows = self._cache.get(key)
        if rows is None:
            rows = self._compute(key[1], level)
            with self._lock:
                self._cache = {k: v for k, v in self._cache.items() if k[-1] == key[-1]}
                if len(self._cache) >= _CACHED_QUERIES:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[key] = rows
        if filters.regions:
            wanted = set(filters.regions)
            rows = [row for row in rows if area_ids.matches(row[C.AREA_ID], wanted)]
        return rows

    def area_sums(self, filters: Filters | None = None) -> dict[str, list[Any]]:
        """Return the stored area figures of ``filters`` (every reporter, or one) added up
        per date and area, column by column (``store.figures.read_sums``)."""
        filters = filters or Filters()
        return self._stored(lambda conn: figures.read_sums(conn, filters))

    def national_rows(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Return the stored national totals of ``filters`` (every reporter, or the one
        picked; regions are not looked at) as dicts (``store.totals.NATIONAL_COLUMNS``)."""
        filters = filters or Filters()
        if len(filters.reporters) > 1:
            msg = f"reporters is {filters.reporters!r}: the stored totals are for all or one"
            raise ValueError(msg)
        return self._stored(lambda conn: totals.read(conn, filters))

    def straddling(self, filters: Filters | None = None) -> int:
        """Return the stored count of statements whose window crosses a unit boundary in
        ``filters``' dates (regions are not looked at: ``store.ledger.straddling``)."""
        return self._stored(lambda conn: totals.read_straddling(conn, filters or Filters()))

    def reporters(self, filters: Filters | None = None) -> list[str]:
        """Return the reporters with a claim of any kind in ``filters``' period (every
        region and reporter), primary sources first."""
        filters = filters or Filters()
        wide = replace(filters, regions=(), reporters=(), discrepancies_only=False)
        t, c, r = schema.totals, schema.claims, schema.reports
        placed = select(t.c.reporter).distinct().where(t.c.reporter != "")
        placed = placed.where(*totals.conditions(wide))
        named = (
            select(c.c.reporter)
            .distinct()
            .select_from(c.join(r, c.c.report_id == r.c.id))
            .where(r.c.superseded_by.is_(None), *conditions(wide, drones_only=False))
        )

        def read(conn: Connection) -> set[str]:
            found = set(conn.execute(placed).scalars())
            for reporter in set(conn.execute(named).scalars()) - found:
                # only other kinds, or claims near the period's ends: placed exactly
                if not claims_frame(conn, replace(wide, reporters=(reporter,))).empty:
                    found.add(reporter)
            return found

        return sorted(self._stored(read), key=lambda who: reconcile.REPORTER_RANK.get(who, 9))

    def claim_reporters(self, filters: Filters | None = None) -> pd.DataFrame:
        """Return the id and reporter (``claim_id``, ``reporter``) of the claims near
        ``filters``' period (every region and reporter; a margin of days around it): who
        made each figure, without reading the claims themselves."""
        wide = replace(filters or Filters(), regions=(), reporters=())
        c = schema.claims
        query = select(c.c.id, c.c.reporter).where(*conditions(wide, drones_only=True))
        with self.engine.connect() as conn:
            rows = conn.execute(query).cursor.fetchall()
        return pd.DataFrame.from_records(rows, columns=[C.CLAIM_ID, C.REPORTER])

    def _frame(self, filters: Filters | None, level: str, names: Sequence[str]) -> pd.DataFrame:
        filters = filters or Filters()
        if len(filters.reporters) > 1:
            return frame_of(self.figure_rows(filters, level=level), names)
        # the stored rows read column by column into the frame: no dict per row; tens of
        # thousands of rows over years, so the cyclic collector waits (see store._gc). The
        # columns are a temporary, freed when the frame is built: the collector resumes with
        # only the frame's id tuples new (its first pass walked the 15 lists of 21,000
        # values too when they were still held: 18 against 11 ms over three years)
        with _gc.paused():
            return frame_of(
                self._stored(lambda conn: figures.read_columns(conn, filters, level, names)),
                names,
            )

    def nightly(self, filters: Filters | None = None) -> pd.DataFrame:
        """Return one row per night (or day) and area: the figure, its rule, its claims."""
        return self._frame(filters, "area", C.NIGHTLY_COLUMNS)

    def district_nightly(self, filters: Filters | None = None) -> pd.DataFrame:
        """Return one row per night (or day) and district, counted or only named."""
        return self._frame(filters, "district", C.DISTRICT_COLUMNS)

    def claim_count(self, filters: Filters | None = None) -> int:
        """Return how many claims ``store.ledger.claims(self, filters)`` holds for a dated
        period (every kind; regions and reporters applied as it applies them;
        ``discrepancies_only`` is not looked at), read from the counts stored with the
        figures (``store.figures.read_claim_count``) instead of the claims themselves."""
        filters = filters or Filters()
        return self._stored(lambda conn: figures.read_claim_count(conn, filters))

    def claims(self, filters: Filters | None = None) -> pd.DataFrame:
        """Return every claim matching ``filters`` with its provenance (``CLAIM_COLUMNS``).

        All kinds are returned (``kind`` tells drones from missiles); each claim carries the
        night or day it was assigned to (none when the text gives no time at all: such
        claims are left out as soon as a date filter is set).
        """
        with self.engine.connect() as conn:
            return claims_frame(conn, filters or Filters())

    # --- re-parsing -----------------------------------------------------------------------

    def stale_reports(self) -> int:
        """Return how many stored texts were parsed by another parser version."""
        r = schema.reports
        query = (
            select(func.count())
            .select_from(r)
            .where(
                r.c.parser_version != CSV_PARSER_VERSION, r.c.parser_version != self.parser_version
            )
        )
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def reparse(
        self, *, everything: bool = False, progress: Progress | None = None
    ) -> ReparseResult:
        """Rebuild claims from the stored texts parsed by another parser version.

        Texts are never changed; reports imported from a claims CSV have no text and are
        left alone. A text whose statements and claims come out as stored keeps its rows,
        and the stored figures are rebuilt over the nights (days) of the claims that
        changed only. The texts are parsed first (1,000 or more in worker processes, as
        an import's are), then written in one transaction: an error leaves the previous
        claims in place.
        """
        r = schema.reports
        version = self.parser_version
        parse = self.parser
        stale = [r.c.parser_version != CSV_PARSER_VERSION]
        if not everything:
            stale.append(r.c.parser_version != version)
        query = select(*(r.c[name] for name in StoredText._fields)).where(*stale)
        # parsed before the write (in worker processes when they are many, as an import
        # is), so that the transaction holds the writers' turn for the writing alone
        with self.engine.connect() as conn:
            texts = [StoredText(*row) for row in conn.execute(query)]
        workers = 1 if self._custom_parse else _workers.cores()
        again = reparse_rows(texts, parse, progress=progress, workers=workers)
        parsed = {text.id: (text, found) for text, found in zip(texts, again, strict=True)}
        reparsed = claims_total = failed = 0
        with writing(self.engine) as conn:
            current = figures.is_current(conn)
            # the texts to parse again now (another writer may have written meanwhile)
            ids = conn.execute(select(r.c.id).where(*stale)).scalars().all()
            # the dates of the claims a new parse changed (the old and the new): only the
            # nights (days) they can land in are rebuilt when the figures were current
            dates: list[date] = []
            for rid in ids:
                if rid not in parsed:  # stored since it was read
                    (text,) = [StoredText(*row) for row in conn.execute(query.where(r.c.id == rid))]
                    parsed[rid] = (text, reparse_rows([text], parse)[0])
                text, found = parsed[rid]
                # incomplete texts stay held back; people's corrections are applied again
                statements, claims = settle_parsed(conn, rid, text.published_at, found)
                # (never a claims CSV's report: all its claims are the parse's and corrections')
                dates.extend(replace_changed_rows(conn, rid, statements, claims))
                self._mark_reparsed(conn, rid, found.error, version)
                reparsed += 1
                claims_total += len(claims)
                failed += found.error is not None
            if ids:
                # the parser that read the texts again reads their channels' titles too
                dates.extend(reread_channels(conn))
                bump_data_version(conn)
                if current:
                    figures.refresh_dates(conn, dates)
                else:
                    figures.refresh(conn)
        return ReparseResult(reports=reparsed, claims=claims_total, failed=failed)

    @staticmethod
    def _mark_reparsed(conn: Any, rid: str, error: str | None, version: str) -> None:
        r, rv = schema.reports, schema.review
        conn.execute(
            update(r).where(r.c.id == rid).values(parser_version=version, parse_error=error)
        )
        open_error = and_(rv.c.report_id == rid, rv.c.reason == PARSER_ERROR, rv.c.status == OPEN)
        if error is None:
            conn.execute(
                update(rv)
                .where(open_error)
                .values(status=RESOLVED, resolved_at=schema.now(), resolved_by="reparse")
            )
        elif not conn.execute(select(exists().where(open_error))).scalar():
            conn.execute(
                insert(rv).values(
                    report_id=rid,
                    reason=PARSER_ERROR,
                    detail=error,
                    status=OPEN,
                    created_at=schema.now(),
                )
            )

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def _is_readme(path: Path) -> bool:
    return path.stem.upper() == "README"
