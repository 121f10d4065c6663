"""The database tables (SQLAlchemy Core, portable SQL) and their versioned migrations.

All datetimes are stored naive in Moscow time (UTC+3, no daylight saving since 2014):
reports name their windows in it, and the night boundary is defined in it.

History of :data:`SCHEMA_VERSION`:

1. ``reports``, ``statements``, ``claims``, ``imports``, ``meta``.
2. Edit history on reports (``channel_id``, ``message_id``, ``edited_at``,
   ``superseded_by``), the ``review`` queue and user ``corrections``.
3. ``figures``: the reconciled figures kept up to date by every write, so the nightly
   query reads rows instead of reconciling a year of claims.
4. ``figures`` rows hold the whole rule set's answer (``store.reconcile.reconcile_claims``):
   retellings left out of the figure, the discrepancy ``flags`` and the total over a list
   of areas (``group_total``, ``group_size``, ``group_statement``).
5. ``figures`` also holds each reporter's own rows (``reporter``), so that a query for one
   reporter is a read too.
6. ``sources`` and ``deletions``: the state of live sources (``store.sync``).
7. ``sources`` remembers the posts a capped pass left unread.
8. ``totals``: the national total per date and country (every reporter, and each one
   alone) and the windows crossing a unit boundary, kept with the figures so that the
   Timeline over years reads rows (``store.totals``).
9. ``ix_figures_area``: an index of the areas' own rows of ``figures`` (no district), so
   that the nightly query and the Timeline's sums read them without walking the districts'
   rows (four in five of a mode's rows).
10. ``figure_kinds``: the values a ``figures`` row shares with many others, stored once
    (``store._kinds``); each row holds its combination's id (``figures.kind``).
11. ``claim_counts``: the claims placed on each unit date per mode, reporter, country and
    area, written with the figures (``Store.claim_count``).
12. ``reports.declared_reporter`` and ``declared_region``: who a synced source is declared
    to be in ``sources.toml``, given to the parser on every re-parse (docs/sync.md).
13. ``statements.adds_to_previous``: the statement is an update telling more drones than the
    text's statements before it (``parsing.Report.adds_to_previous``); the figures add it to
    the post's (docs/reconciliation.md 1c).
14. ``ix_claims_statement_id``: the claims of a statement found by its id, so that deleting
    a text's statements (a re-parse, a review action, a withdrawal) checks the claims'
    foreign key with a look-up instead of a walk over every claim.
15. ``statements.period``: the statement is a recap over a week, a month, a year or a run of
    days, or an earlier report of such a span (``parsing.Report.period``); the figures place
    it on no night or day (docs/reconciliation.md 1).
16. ``reports.channel_reporter``: who a channel post's channel is by its title, as the
    parser read it when the text was stored, so that the figures and the Claims page tell a
    governor's or mayor's own channel without loading the parser (docs/reconciliation.md 1b).
17. ``reports.reply_to`` and ``reply_id``: the message a channel reply answers, and on a post's
    version that reads a correcting reply under it, the reply's own message id, so that a
    reply and its post imported apart (two exports, the sync) are read together
    (``store.replies``, docs/reconciliation.md 7.7).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    delete,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection

from store._errors import SchemaVersionError
from store._time import MSK

SCHEMA_VERSION = 17

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime, nullable=False),
)

#: Key-value facts about the database (``data_version``: changes on every write).
meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

imports = Table(
    "imports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime, nullable=False),
    Column("path", Text, nullable=False),
    Column("source_kind", String(16), nullable=False),
    Column("sha256", String(64), nullable=True),
    Column("added", Integer, nullable=False),
    Column("duplicates", Integer, nullable=False),
    Column("failed", Integer, nullable=False),
    Column("errors", Text, nullable=False, default=""),
)

#: One stored text (a message, a file, an article). ``id`` hashes the normalised text
#: and its source, so importing the same text from the same source twice adds nothing.
reports = Table(
    "reports",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source_kind", String(16), nullable=False),
    Column("channel", Text, nullable=True),  # channel or publisher
    Column("url", Text, nullable=True),
    Column("published_at", DateTime, nullable=True),
    Column("language", String(8), nullable=True),
    Column("text", Text, nullable=False),
    Column("imported_at", DateTime, nullable=False),
    Column("import_id", Integer, ForeignKey("imports.id"), nullable=True),
    # "csv" for reports imported from a claims CSV (no text to re-parse)
    Column("parser_version", String(32), nullable=False),
    Column("parse_error", Text, nullable=True),
    # version 2: edit history
    Column("channel_id", String(64), nullable=True),
    Column("message_id", String(64), nullable=True),
    Column("edited_at", DateTime, nullable=True),
    # the id of the newer version of the same message; its claims are not counted
    Column("superseded_by", String(64), nullable=True),
    # version 12: who the source is declared to be (sources.toml's reporter and region)
    Column("declared_reporter", String(16), nullable=True),
    Column("declared_region", String(16), nullable=True),
    # version 16: who a channel post's channel is by its title (store._parse.channel_reporter)
    Column("channel_reporter", String(16), nullable=True),
    # version 17: the message a reply answers; a correcting reply read under its post
    Column("reply_to", String(64), nullable=True),
    Column("reply_id", String(64), nullable=True),
    Index("ix_reports_source_kind", "source_kind"),
    Index("ix_reports_published_at", "published_at"),
    Index("ix_reports_message", "channel_id", "message_id"),
    Index("ix_reports_reply_to", "channel_id", "reply_to"),
    Index("ix_reports_reply_id", "channel_id", "reply_id"),
)

#: One report a text makes (``parsing.Report``): who, for when, the report-level total.
statements = Table(
    "statements",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("report_id", String(64), ForeignKey("reports.id"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("reporter", String(16), nullable=False),
    Column("country", String(2), nullable=False),
    Column("window_start", DateTime, nullable=True),
    Column("window_end", DateTime, nullable=True),
    Column("night_of", Date, nullable=True),
    Column("total", Integer, nullable=True),
    Column("total_qualifier", String(16), nullable=True),
    Column("damage", Text, nullable=True),
    Column("killed", Integer, nullable=True),
    Column("injured", Integer, nullable=True),
    Column("evidence_start", Integer, nullable=True),
    Column("evidence_end", Integer, nullable=True),
    # version 13: an update's more drones ("UPD: сбиты ещё два"), added to the text's figure
    # (None in rows the migration kept: their texts are re-parsed, see _v13_updates_added)
    Column("adds_to_previous", Boolean, nullable=True),
    # version 15: the span of a recap that is no night's or day's ("week", "month", "year",
    # "days"; parsing.model.PERIODS), None for any other statement
    Column("period", String(8), nullable=True),
)

#: One figure for one area (and optionally one district). Reporter, country and time are
#: copied from the statement so the nightly query reads one table.
claims = Table(
    "claims",
    metadata,
    Column("id", String(96), primary_key=True),
    Column("report_id", String(64), ForeignKey("reports.id"), nullable=False, index=True),
    Column("statement_id", String(80), ForeignKey("statements.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("reporter", String(16), nullable=False),
    Column("country", String(2), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("window_start", DateTime, nullable=True),
    Column("window_end", DateTime, nullable=True),
    Column("night_of", Date, nullable=True),
    # the claim's calendar date (window start, night, or publication): a coarse index
    # the queries narrow by before assigning nights in Python
    Column("ref_date", Date, nullable=True, index=True),
    Column("area_id", String(64), nullable=False, index=True),
    Column("area", Text, nullable=False),
    Column("district_id", String(128), nullable=True),
    Column("district", Text, nullable=True),
    Column("count", Integer, nullable=True),
    Column("qualifier", String(16), nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("rule", String(64), nullable=False),
    Column("origin", String(16), nullable=False),  # parser, csv, correction
)

#: Version 14. The claims of a statement. Deleting a statement (a re-parse, a review action,
#: a withdrawal) checks that no claim refers to it, and neither SQLite nor PostgreSQL
#: indexes a referencing column of its own accord: without it each statement deleted read
#: every claim (a re-parse of three years' 46,790 texts: 17.5 ms of CPU a text in SQLite).
CLAIMS_STATEMENT_INDEX = Index("ix_claims_statement_id", claims.c.statement_id)

#: Version 2. Texts that need a person: parse errors now; incomplete parses later.
review = Table(
    "review",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", String(64), ForeignKey("reports.id"), nullable=False, index=True),
    Column("reason", String(32), nullable=False),
    Column("detail", Text, nullable=False),
    Column("status", String(16), nullable=False),  # open, resolved, dismissed
    Column("created_at", DateTime, nullable=False),
    Column("resolved_at", DateTime, nullable=True),
    Column("resolved_by", Text, nullable=True),
)

#: Version 2. A person's correction of a report's claims, kept apart from the parser's
#: output so that re-parsing never loses it.
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", String(64), ForeignKey("reports.id"), nullable=False, index=True),
    Column("target", Text, nullable=True),  # a claim id, or None for the whole report
    Column("action", String(32), nullable=False),  # assign_area, set_count, dismiss, ...
    Column("value", Text, nullable=True),  # JSON
    Column("author", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)


#: Version 3. The reconciled figures (``store.figures``), one row per mode (``night``: the
#: unit asked for, or ``day``), date, unit, country, area and district ("" for the area's
#: own row). Id lists are joined with ";". Derived data: rebuilt whenever it is stale.
#: Version 4: the area rows' flags (";"-joined) and total over a list of areas.
#: Version 5: ``reporter``: "" for the rows every reporter competes in, else the rows of
#: that reporter's claims alone (a query filtered on one reporter).
figures = Table(
    "figures",
    metadata,
    Column("mode", String(8), nullable=False),
    Column("reporter", String(16), nullable=False, default=""),
    Column("date", Date, nullable=False),
    Column("unit", String(8), nullable=False),
    Column("country", String(2), nullable=False),
    Column("area_id", String(64), nullable=False),
    Column("district_id", String(128), nullable=False),
    Column("area", Text, nullable=True),
    Column("district", Text, nullable=True),
    Column("figure", Integer, nullable=True),
    Column("qualifier", String(16), nullable=True),
    Column("status", String(24), nullable=False),
    Column("chosen_by", String(32), nullable=False),
    Column("reporters", Text, nullable=False),
    Column("claim_ids", Text, nullable=False),
    Column("chosen_claim_ids", Text, nullable=False),
    Column("n_claims", Integer, nullable=False),
    Column("districts_named", Text, nullable=False),
    Column("is_sample", Boolean, nullable=False),
    Column("flags", Text, nullable=False, default=""),
    Column("group_total", Integer, nullable=True),
    Column("group_size", Integer, nullable=True),
    Column("group_statement", String(80), nullable=True),
    # version 10: the row's values of store._kinds.NAMES, as a figure_kinds id
    Column("kind", Integer, nullable=False),
    PrimaryKeyConstraint("mode", "reporter", "date", "unit", "country", "area_id", "district_id"),
)

#: Version 10. The values of ``store._kinds.NAMES`` a figure row holds (a JSON array),
#: each distinct combination once: over three years 22,030 area rows of one mode share
#: 312. Only added to; an id keeps its values.
figure_kinds = Table(
    "figure_kinds",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("kind", Text, nullable=False, unique=True),
)

#: Version 9. The areas' own rows of ``figures`` in the key's order: the nightly query
#: (``store.figures.read_columns``) and the Timeline's sums read one mode's and reporter's
#: area rows, which the key's index interleaves with four times as many district rows
#: (three years: 22,030 of 107,514 read, each district row skipped after its look-up).
#: Partial on both databases, so it holds the area rows only.
FIGURES_AREA_INDEX = Index(
    "ix_figures_area",
    figures.c.mode,
    figures.c.reporter,
    figures.c.date,
    figures.c.unit,
    figures.c.country,
    figures.c.area_id,
    sqlite_where=figures.c.district_id == "",
    postgresql_where=figures.c.district_id == "",
)


#: Version 8. The national totals (``store.totals``), one row per mode, reporter ("" for
#: every reporter together), date and country, with ``straddling``: how many statements
#: placed on that date have a window crossing a unit boundary. Derived data, written with
#: ``figures`` by ``store.figures.refresh``.
totals = Table(
    "totals",
    metadata,
    Column("mode", String(8), nullable=False),
    Column("reporter", String(16), nullable=False),
    Column("date", Date, nullable=False),
    Column("country", String(2), nullable=False),
    Column("figure", Integer, nullable=True),
    Column("status", String(24), nullable=False),
    Column("areas_sum", Integer, nullable=False),
    Column("group_totals", Integer, nullable=False),
    Column("n_areas", Integer, nullable=False),
    Column("straddling", Integer, nullable=False),
    PrimaryKeyConstraint("mode", "reporter", "date", "country"),
)


#: Version 11. How many claims (every kind) are placed on each unit date, per mode,
#: reporter, country and area: what ``Store.claims`` would give for a period, counted
#: without reading the claims. Derived data, written with ``figures``.
claim_counts = Table(
    "claim_counts",
    metadata,
    Column("mode", String(8), nullable=False),
    Column("date", Date, nullable=False),
    Column("reporter", String(16), nullable=False),
    Column("country", String(2), nullable=False),
    Column("area_id", String(64), nullable=False),
    Column("claims", Integer, nullable=False),
    PrimaryKeyConstraint("mode", "date", "reporter", "country", "area_id"),
)


#: Version 6. One row per source ``python -m store sync`` reads (``store.sync``): when it
#: last succeeded or failed and why, the newest and oldest post it holds, what it imported.
sources = Table(
    "sources",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("channel_id", String(64), nullable=False),
    Column("last_attempt_at", DateTime, nullable=True),
    Column("last_success_at", DateTime, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("last_error_at", DateTime, nullable=True),
    Column("newest_id", String(64), nullable=True),
    Column("newest_at", DateTime, nullable=True),
    Column("oldest_id", String(64), nullable=True),
    Column("oldest_at", DateTime, nullable=True),
    Column("posts", Integer, nullable=False, default=0),
    Column("claims", Integer, nullable=False, default=0),
    Column("edits", Integer, nullable=False, default=0),
    Column("deletions", Integer, nullable=False, default=0),
    Column("passes", Integer, nullable=False, default=0),
    # version 7: posts with ids between these two were not read yet (a pass hit the cap)
    Column("gap_from_id", String(64), nullable=True),
    Column("gap_to_id", String(64), nullable=True),
)

#: Version 6. A message a sync found missing from its channel's preview: noted, and its
#: report withdrawn from the figures with a review item saying why (``store.sync.withdraw``).
deletions = Table(
    "deletions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(128), nullable=False, index=True),
    Column("channel_id", String(64), nullable=False),
    Column("message_id", String(64), nullable=False),
    Column("report_id", String(64), nullable=True),
    Column("noticed_at", DateTime, nullable=False),
)


def now() -> datetime:
    """Return the current time, naive, in Moscow time (the database's convention)."""
    return datetime.now(UTC).astimezone(MSK).replace(tzinfo=None)


# --- migrations ---------------------------------------------------------------------------


def _v2_edit_history_review_corrections(conn: Connection) -> None:
    for name, type_ in (
        ("channel_id", "VARCHAR(64)"),
        ("message_id", "VARCHAR(64)"),
        ("edited_at", "TIMESTAMP"),
        ("superseded_by", "VARCHAR(64)"),
    ):
        conn.exec_driver_sql(f"ALTER TABLE reports ADD COLUMN {name} {type_}")
    conn.exec_driver_sql("CREATE INDEX ix_reports_message ON reports (channel_id, message_id)")
    metadata.create_all(conn, tables=[review, corrections])


def _v3_figures(conn: Connection) -> None:
    # empty and marked stale: the first query after the upgrade builds it
    metadata.create_all(conn, tables=[figures])


def _new_figures(conn: Connection) -> None:
    # derived data in an older shape: recreated empty; its state no longer matches
    # (store.figures.RULES_VERSION), so the first open after the upgrade builds it
    figures.drop(conn)
    metadata.create_all(conn, tables=[figures])


def _v6_sources(conn: Connection) -> None:
    # created as version 7 has it: the gap columns are added by step 7 only when missing
    metadata.create_all(conn, tables=[sources, deletions])


def _v7_source_gaps(conn: Connection) -> None:
    present = {column["name"] for column in inspect(conn).get_columns("sources")}
    for name in ("gap_from_id", "gap_to_id"):
        if name not in present:
            conn.exec_driver_sql(f"ALTER TABLE sources ADD COLUMN {name} VARCHAR(64)")


def _v8_totals(conn: Connection) -> None:
    # empty; store.figures.RULES_VERSION changed with it, so the figures are stale and the
    # first open after the upgrade builds both
    metadata.create_all(conn, tables=[totals])


def _v9_figures_area_index(conn: Connection) -> None:
    # a database that went through step 4 or 5 after this Atlas defined the index has it
    FIGURES_AREA_INDEX.create(conn, checkfirst=True)


def _v10_figure_kinds(conn: Connection) -> None:
    # derived data in an older shape: recreated empty with its kinds, and marked stale
    # (store.figures.RULES_VERSION changed with it too), so the first open after the
    # upgrade builds both
    figures.drop(conn)
    metadata.create_all(conn, tables=[figures, figure_kinds])
    conn.execute(delete(meta).where(meta.c.key == "figures_state"))


def _v11_claim_counts(conn: Connection) -> None:
    # empty, and the figures marked stale: the first open after the upgrade writes both
    metadata.create_all(conn, tables=[claim_counts])
    conn.execute(delete(meta).where(meta.c.key == "figures_state"))


def _v12_declared_source(conn: Connection) -> None:
    # reports stored before keep None: their channels' titles decide, as before (a reports
    # table created by an earlier step from this Atlas's tables has the columns already)
    present = {column["name"] for column in inspect(conn).get_columns("reports")}
    for name in ("declared_reporter", "declared_region"):
        if name not in present:
            conn.exec_driver_sql(f"ALTER TABLE reports ADD COLUMN {name} VARCHAR(16)")


def _v13_updates_added(conn: Connection) -> None:
    # Only the parser knows which statement is an update: the texts with several statements
    # (those that may hold one) are marked as parsed by an older parser, so that
    # `python -m store reparse` (and the note `nightly` prints) parses them again; until
    # then their updates compete with their posts' figures, as before. Texts of a claims
    # CSV have no text to parse and keep their mark.
    present = {column["name"] for column in inspect(conn).get_columns("statements")}
    if "adds_to_previous" not in present:
        conn.exec_driver_sql("ALTER TABLE statements ADD COLUMN adds_to_previous BOOLEAN")
    several = select(statements.c.report_id).where(statements.c.seq > 0).distinct()
    conn.execute(
        update(reports)
        .where(reports.c.id.in_(several), reports.c.parser_version != "csv")
        .values(parser_version=_BEFORE_UPDATES)
    )


def _v14_claims_statement_index(conn: Connection) -> None:
    # a claims table created by an earlier step from this Atlas's tables has it already
    CLAIMS_STATEMENT_INDEX.create(conn, checkfirst=True)


#: The parser version :func:`_v13_updates_added` gives texts parsed before their statements
#: kept whether they add to the text's figure.
_BEFORE_UPDATES = "before-schema-13"


def _v15_recap_periods(conn: Connection) -> None:
    # Only the parser knows which statement is a recap: the texts with a statement that has
    # no window and no night (those a recap may be; the figures place them by publication)
    # are marked as parsed by an older parser, so that `python -m store reparse` (and the note
    # `nightly` prints) parses them again; until then such a recap stays on its publication's
    # night, as before. Texts of a claims CSV have no text to parse and keep their mark.
    present = {column["name"] for column in inspect(conn).get_columns("statements")}
    if "period" not in present:
        conn.exec_driver_sql("ALTER TABLE statements ADD COLUMN period VARCHAR(8)")
    untimed = (
        select(statements.c.report_id)
        .where(statements.c.window_start.is_(None), statements.c.night_of.is_(None))
        .distinct()
    )
    conn.execute(
        update(reports)
        .where(reports.c.id.in_(untimed), reports.c.parser_version != "csv")
        .values(parser_version=_BEFORE_PERIODS)
    )


#: The parser version :func:`_v15_recap_periods` gives texts parsed before their statements
#: kept a recap's period.
_BEFORE_PERIODS = "before-schema-15"


def _v16_channel_reporters(conn: Connection) -> None:
    # each channel's title read once (a few hundred at most), as reconciliation read them
    # on every query before: the stored figures stay as they are (a reports table created
    # by an earlier step from this Atlas's tables has the column already)
    from store._parse import channel_reporter  # the parser's rules: loaded for this step only

    present = {column["name"] for column in inspect(conn).get_columns("reports")}
    if "channel_reporter" not in present:
        conn.exec_driver_sql("ALTER TABLE reports ADD COLUMN channel_reporter VARCHAR(16)")
    r = reports
    sources = conn.execute(select(r.c.source_kind, r.c.channel).distinct()).all()
    for kind, channel in sources:
        reporter = channel_reporter(kind, channel)
        if reporter is not None:
            conn.execute(
                update(r)
                .where(r.c.source_kind == kind, r.c.channel == channel)
                .values(channel_reporter=reporter)
            )


def _v17_replies(conn: Connection) -> None:
    # texts stored before are no replies that this Atlas can tell: both columns stay empty
    present = {column["name"] for column in inspect(conn).get_columns("reports")}
    for name in ("reply_to", "reply_id"):
        if name not in present:
            conn.exec_driver_sql(f"ALTER TABLE reports ADD COLUMN {name} VARCHAR(64)")
    for index in reports.indexes:
        if index.name in ("ix_reports_reply_to", "ix_reports_reply_id"):
            index.create(conn, checkfirst=True)


#: ``version -> step`` that upgrades a database from ``version - 1``.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    2: _v2_edit_history_review_corrections,
    3: _v3_figures,
    4: _new_figures,  # honest rows: flags, totals over lists
    5: _new_figures,  # each reporter's own rows
    6: _v6_sources,  # synced sources' state, deletions noted
    7: _v7_source_gaps,  # posts a capped pass left unread
    8: _v8_totals,  # national totals and straddling windows per date
    9: _v9_figures_area_index,  # the areas' own figure rows indexed apart
    10: _v10_figure_kinds,  # a figure row's shared values stored once
    11: _v11_claim_counts,  # claims counted per unit date, reporter and area
    12: _v12_declared_source,  # a synced source's declared reporter and region
    13: _v13_updates_added,  # a statement that adds to its text's figure
    14: _v14_claims_statement_index,  # a statement's claims found by its id
    15: _v15_recap_periods,  # a recap's period: placed on no night or day
    16: _v16_channel_reporters,  # who a channel post's channel is, by its title
    17: _v17_replies,  # a reply's message, and a correcting reply read under its post
}


def current_version(conn: Connection) -> int | None:
    """Return the schema version of the database, or None when it has no tables yet."""
    names = set(inspect(conn).get_table_names())
    if "schema_version" not in names:
        if "reports" in names:
            msg = "the database has a 'reports' table but no schema version: not an Atlas database"
            raise SchemaVersionError(msg)
        return None
    version = conn.execute(
        select(schema_version.c.version).order_by(schema_version.c.version.desc()).limit(1)
    ).scalar()
    return int(version) if version is not None else None


def upgrade(conn: Connection) -> int:
    """Create the tables, or migrate them to :data:`SCHEMA_VERSION`; return the old version.

    Raises
    ------
    SchemaVersionError
        The database was written by a newer Atlas, or lacks a step to upgrade.
    """
    version = current_version(conn)
    if version is None:
        metadata.create_all(conn)
        conn.execute(insert(schema_version).values(version=SCHEMA_VERSION, applied_at=now()))
        return 0
    if version > SCHEMA_VERSION:
        msg = (
            f"the database has schema version {version}, newer than this Atlas knows "
            f"({SCHEMA_VERSION}): update the Atlas, or open another database"
        )
        raise SchemaVersionError(msg)
    for step in range(version + 1, SCHEMA_VERSION + 1):
        if step not in MIGRATIONS:
            msg = f"no migration from schema version {step - 1} to {step}"
            raise SchemaVersionError(msg)
        MIGRATIONS[step](conn)
        conn.execute(insert(schema_version).values(version=step, applied_at=now()))
    return version


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "claim_counts",
    "claims",
    "corrections",
    "current_version",
    "deletions",
    "figure_kinds",
    "figures",
    "imports",
    "meta",
    "metadata",
    "reports",
    "review",
    "schema_version",
    "sources",
    "statements",
    "totals",
    "upgrade",
]
