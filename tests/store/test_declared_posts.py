"""A channel declared a governor's in the sources registry is his own channel for the rule
that his posts of one night add up (1b), whatever its title says; and a Telegram Desktop
export of a registered channel is declared as its sync is (docs/sync.md)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, select

from settings import MSK
from store import Store, open_store, schema
from store import columns as C
from store.__main__ import main
from store.importers import Item
from store.sync.registry import Source, declare
from tests.store.conftest import channel_export

NIGHT = date(2025, 9, 12)
#: a governor's channel under a title the parser reads as nobody's
_TITLE = "Регион 71 | безопасность"
_TULA = Source(
    name="tula_watch", kind="telegram", reporter="governor", channel="tula_watch", region="RU-TUL"
)


def _at(hour: int) -> datetime:
    return datetime(2025, 9, 11 if hour >= 12 else 12, hour, 0, tzinfo=MSK)


def _synced(text: str, when: datetime, *, title: str = _TITLE, reporter: str = "governor") -> Item:
    """A post as a sync gives it: the channel's title and who it is declared to be."""
    return Item(
        where="tula_watch: message",
        text=text,
        source_kind="telegram",
        channel=title,
        channel_id="tula_watch",
        message_id=str(when.hour),
        published=when,
        reporter=reporter,
        region="RU-TUL",
    )


def _figures(store: Store) -> list[tuple[str, int | None, str]]:
    return [(r[C.AREA_ID], r[C.FIGURE], r[C.CHOSEN_BY]) for _, r in store.nightly().iterrows()]


def test_a_declared_governors_posts_add_up(store: Store) -> None:
    posts = [_synced("@governor\nRU-TUL 2", _at(1)), _synced("@governor\nRU-TUL 1", _at(3))]
    store.ingest_items(posts, path="sync", source_kind="telegram")
    assert _figures(store) == [("RU-TUL", 3, C.RULE_POSTS)]  # the larger, 2, had stood


def test_a_channel_declared_an_outlet_is_no_governors_own(store: Store) -> None:
    # its title reads as the governor's, the registry says it is an outlet's: one post told
    # twice by it is one figure
    title = "Губернатор Тульской области"
    posts = [
        _synced("@governor\nRU-TUL 2", _at(1), title=title, reporter="media"),
        _synced("@governor\nRU-TUL 2", _at(2), title=title, reporter="media"),
    ]
    store.ingest_items(posts, path="sync", source_kind="telegram")
    assert _figures(store) == [("RU-TUL", 2, C.RULE_OVERLAP)]


def test_the_declared_reporter_goes_with_the_claims_and_the_claims_csv(
    store: Store, tmp_path: Path
) -> None:
    from store import export

    posts = [_synced("@governor\nRU-TUL 2", _at(1)), _synced("@governor\nRU-TUL 1", _at(3))]
    store.ingest_items(posts, path="sync", source_kind="telegram")
    assert set(store.claims()[C.DECLARED_REPORTER]) == {"governor"}
    path = tmp_path / "claims.csv"
    path.write_bytes(export.claims_csv(store.claims()))
    other = open_store(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        other.ingest_paths([path])
        assert _figures(other) == [("RU-TUL", 3, C.RULE_POSTS)]
    finally:
        other.close()


# --- an export of a registered channel is declared as its sync is ----------------------------


def _exported(channel_id: str, *, reporter: str | None = None, kind: str = "telegram") -> Item:
    return Item(
        where="result.json: message 1",
        text="x",
        source_kind=kind,
        channel=_TITLE,
        channel_id=channel_id,
        reporter=reporter,
    )


def test_declare_finds_a_channel_by_its_id_or_username() -> None:
    by_id = Source(
        name="kaluga", kind="telegram", reporter="mayor", channel="kaluga", channel_id="42"
    )
    feed = Source(name="news", kind="rss", reporter="media", url="https://example.org/rss")
    items = [
        _exported("42"),  # the registry's channel_id
        _exported("777"),  # the id the sync stored tula_watch's posts under
        _exported("tula_watch"),  # a channel stored under its username
        _exported("9"),  # not registered
        _exported("777", reporter="media"),  # already declared
        _exported("777", kind="paste"),  # not a channel's post
    ]
    found = declare(items, [_TULA, by_id, feed], {"tula_watch": "777"})
    assert [(i.reporter, i.region) for i in found] == [
        ("mayor", None),
        ("governor", "RU-TUL"),
        ("governor", "RU-TUL"),
        (None, None),
        ("media", None),
        (None, None),
    ]


_POSTS = [
    (_at(1), "Над территорией области сбиты два беспилотника."),
    (_at(3), "Над территорией области сбит ещё один беспилотник."),
]


def _registry(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources.toml").write_text(
        '[[source]]\nkind = "telegram"\nchannel = "tula_watch"\nreporter = "governor"\n'
        'region = "RU-TUL"\n',
        encoding="utf-8",
    )


def _synced_under(db_url: str, channel_id: str) -> None:
    """Record that a sync stored tula_watch's posts under ``channel_id``."""
    db = open_store(db_url)
    try:
        with db.engine.begin() as conn:
            conn.execute(
                insert(schema.sources).values(
                    name="tula_watch", kind="telegram", channel_id=channel_id, posts=0
                )
            )
    finally:
        db.close()


def test_a_registered_channels_export_imported_on_the_command_line(
    db_url: str, tmp_path: Path
) -> None:
    # the real parser: declared the Tula governor's, "над территорией области" is Tula and
    # his two posts add up; by its title alone it was nobody's and named no region
    _registry(tmp_path / "data")
    _synced_under(db_url, "1071")
    path = channel_export(tmp_path, _TITLE, _POSTS, chat_id=1071)
    assert main(["ingest", str(path)]) == 0
    db = open_store(db_url)
    try:
        assert _figures(db) == [("RU-TUL", 3, C.RULE_POSTS)]
        r = schema.reports
        with db.engine.connect() as conn:
            declared = conn.execute(select(r.c.declared_reporter, r.c.declared_region)).all()
        assert set(declared) == {("governor", "RU-TUL")}
    finally:
        db.close()


def test_a_registered_channels_export_uploaded_on_the_import_page(
    db_url: str, tmp_path: Path
) -> None:
    from dashboard import imports

    _registry(tmp_path / "data")
    _synced_under(db_url, "1071")
    data = channel_export(tmp_path, _TITLE, _POSTS, chat_id=1071).read_bytes()
    db = open_store(db_url)
    try:
        job = imports.save([("result.json", data)], db=db)
        assert job.wait(60)
        assert _figures(db) == [("RU-TUL", 3, C.RULE_POSTS)]
    finally:
        db.close()


def test_an_unregistered_channels_export_goes_by_its_title(db_url: str, tmp_path: Path) -> None:
    _registry(tmp_path / "data")
    _synced_under(db_url, "1071")
    path = channel_export(tmp_path, "Губернатор Тульской области", _POSTS, chat_id=1072)
    assert main(["ingest", str(path)]) == 0
    db = open_store(db_url)
    try:
        r = schema.reports
        with db.engine.connect() as conn:
            declared = conn.execute(select(r.c.declared_reporter)).scalars().all()
        assert declared == [None, None]
        assert _figures(db) == [("RU-TUL", 3, C.RULE_POSTS)]  # its title says whose it is
    finally:
        db.close()
