"""An update inside one post adds its drones to the post's figure (rule set 14).

A governor's post often ends on an update: "UPD: над X сбиты ещё два". The parser reads it as a
later statement with no time of its own and marks it as more drones (``adds_to_previous``);
the store adds it to the post's figure for its places, in the post's night. Every other later
statement of a post still competes with the post's figure: a running total, a figure the
governor recalls, another week's. Our own wording, the real parser and a real database.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from settings import MSK
from store import Store, open_store, schema
from store import columns as C
from tests.store.conftest import channel_export

NIGHT = date(2025, 9, 12)
_KURSK = "Губернатор Курской области"
_BELGOROD = "Губернатор Белгородской области"

Figures = list[tuple[str, int | None, str]]


def _at(hour: int, minute: int = 0) -> datetime:
    day = 11 if hour >= 12 else 12
    return datetime(2025, 9, day, hour, minute, tzinfo=MSK)


@pytest.fixture
def real(db_url: str):
    """A store with the real parser."""
    opened = open_store(db_url)
    yield opened
    opened.close()


def _posted(
    store: Store,
    text: str,
    *,
    channel: str = _KURSK,
    kind: str = "telegram",
    when: datetime | None = None,
) -> None:
    found = store.ingest_text(text, channel=channel, published=when or _at(6, 30), source_kind=kind)
    assert found.added == 1


def _figures(store: Store, *, district: bool = False) -> Figures:
    frame = store.district_nightly() if district else store.nightly()
    place = C.DISTRICT_ID if district else C.AREA_ID
    return [(r[place], r[C.FIGURE], r[C.CHOSEN_BY]) for _, r in frame.iterrows()]


_UPDATE_RU = (
    "Этой ночью над Курской областью уничтожены 15 беспилотников.\n"
    "UPD: над Рыльским районом сбиты ещё два БПЛА."
)


@pytest.mark.parametrize("kind", ["telegram", "paste"])
def test_an_updates_drones_are_added_to_the_post(real: Store, kind: str) -> None:
    _posted(real, _UPDATE_RU, kind=kind)
    assert _figures(real) == [("RU-KRS", 17, C.RULE_UPDATES)]  # 15 had been shown
    assert _figures(real, district=True) == [("RU-KRS:rylsky", 2, C.RULE_SINGLE)]
    assert real.nightly()[C.DATE].tolist() == [NIGHT]


def test_an_english_update_is_added(real: Store) -> None:
    text = (
        "Over the Kursk region, three drones were shot down overnight.\n"
        "Update: two more were downed over the Rylsk district."
    )
    _posted(real, text, channel="Kursk governor", kind="paste")
    assert _figures(real) == [("RU-KRS", 5, C.RULE_UPDATES)]


def test_an_update_posted_after_the_night_stays_on_its_posts_night(real: Store) -> None:
    # published at 07:40: the update has no time of its own, the post's is the night
    _posted(real, _UPDATE_RU, when=_at(7, 40))
    frame = real.nightly()
    assert [(r[C.DATE], r[C.UNIT], r[C.FIGURE]) for _, r in frame.iterrows()] == [
        (NIGHT, C.UNIT_NIGHT, 17)
    ]


def test_an_update_adds_to_a_region_given_by_its_districts(real: Store) -> None:
    text = (
        "Ночью над Белгородским районом сбиты 3 беспилотника, над Шебекинским округом — 2.\n"
        "UPD: ещё один БПЛА уничтожен над Белгородским районом."
    )
    _posted(real, text, channel=_BELGOROD)
    assert _figures(real) == [("RU-BEL", 6, C.RULE_UPDATES)]  # 3 + 2, and 1 more
    assert [f[:2] for f in _figures(real, district=True)] == [
        ("RU-BEL:belgorodsky", 4),
        ("RU-BEL:shebekino", 2),
    ]


def test_an_update_over_districts_named_without_figures(real: Store) -> None:
    text = (
        "Ночью отражена атака беспилотников на Рыльский и Глушковский районы. Уничтожено 5 БПЛА."
        "\nUPD: над Курчатовским районом сбит ещё один беспилотник."
    )
    _posted(real, text)
    assert _figures(real) == [("RU-KRS", 6, C.RULE_UPDATES)]
    assert ("RU-KRS:kurchatovsky", 1, C.RULE_SINGLE) in _figures(real, district=True)


def test_updates_over_a_place_the_post_gave_no_figure_add_up_there(real: Store) -> None:
    text = (
        "Ночью над Брянской областью уничтожены 4 БПЛА.\n"
        "UPD: ещё два беспилотника сбиты над Курской областью.\n"
        "UPD: над Курской областью уничтожен ещё один БПЛА."
    )
    _posted(real, text, channel="Минобороны России")
    assert [f[:2] for f in _figures(real)] == [("RU-BRY", 4), ("RU-KRS", 3)]


# --- later statements that are no new drones still compete ---------------------------------


@pytest.mark.parametrize("kind", ["telegram", "paste"])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a running total: 8 in all, never 5 + 8
        (
            "Ночью над Курской областью сбиты 5 беспилотников. Количество сбитых над регионом "
            "достигло 8.",
            8,
        ),
        # a figure recalled under the night's: 23, never 23 + 9
        (
            "Этой ночью над Курской областью уничтожены 23 беспилотника. Напомню, ранее я "
            "сообщал о 9 сбитых БПЛА.",
            23,
        ),
        # an update that goes on with the night's whole: 3, never 2 + 3
        (
            "Ночью над Курской областью сбиты два беспилотника.\n"
            "UPD: ещё один БПЛА уничтожен над Рыльским районом. Всего за ночь — три.",
            3,
        ),
    ],
)
def test_a_later_statement_that_tells_no_new_drones_is_not_added(
    real: Store, kind: str, text: str, figure: int
) -> None:
    _posted(real, text, kind=kind)
    assert [f[:2] for f in _figures(real)] == [("RU-KRS", figure)]


def test_another_weeks_figure_is_not_added_to_the_night(store: Store) -> None:
    # the stand-in parser: the week's statement has the week's window, the update is marked
    week = "window=2025-09-05T00:00/2025-09-12T00:00"
    text = (
        f"@governor night=2025-09-12\nRU-KRS 3\n@governor {week}\nRU-KRS 40\n"
        "@governor adds=1\nRU-KRS 1"
    )
    _posted(store, text)
    assert _figures(store) == [("RU-KRS", 4, C.RULE_UPDATES)]  # the night's 3 and 1 more


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the post's running total is its figure (8); the update's one is more
        (
            "Ночью над Курской областью сбиты 5 беспилотников. Количество сбитых над регионом "
            "достигло 8.\nUPD: сбит ещё один БПЛА.",
            9,
        ),
        # the recalled 9 competes with the night's 23; the update's two are more
        (
            "Этой ночью над Курской областью уничтожены 23 беспилотника. Напомню, ранее я "
            "сообщал о 9 сбитых БПЛА.\nUPD: ещё два беспилотника уничтожены над Рыльским районом.",
            25,
        ),
    ],
)
def test_an_update_adds_to_the_largest_of_a_posts_figures(
    real: Store, text: str, figure: int
) -> None:
    _posted(real, text)
    assert _figures(real) == [("RU-KRS", figure, C.RULE_UPDATES)]


# --- a channel's posts: an update adds to its post, the posts add up ------------------------


def test_a_channel_export_with_an_update_in_a_post(real: Store, tmp_path: Path) -> None:
    # the Telegram export importer as a user imports a governor's channel: an early post,
    # the night's post with its update (which replaces the early post and adds 2), a later
    # post of one more
    posts = [
        (_at(2), "Над Курской областью сбиты 3 беспилотника."),
        (_at(5), _UPDATE_RU),
        (_at(6, 40), "Над Курской областью сбит ещё один беспилотник."),
    ]
    real.ingest_paths([channel_export(tmp_path, _KURSK, posts)])
    assert _figures(real) == [("RU-KRS", 18, C.RULE_POSTS)]  # 15 + 2 + 1; 16 before


def test_a_single_post_with_an_update_on_a_channel(real: Store) -> None:
    _posted(real, _UPDATE_RU, when=_at(5))
    _posted(real, "Этой ночью над Курской областью уничтожены 12 беспилотников.", when=_at(6))
    # two posts telling the night compete; the first one's update is part of its figure
    assert _figures(real) == [("RU-KRS", 17, C.RULE_UPDATES)]


# --- the statements table keeps the mark; older databases are re-parsed for it -------------


def test_the_mark_is_kept_with_the_statement(real: Store) -> None:
    _posted(real, _UPDATE_RU)
    with real.engine.connect() as conn:
        s = schema.statements
        marks = conn.execute(select(s.c.seq, s.c.adds_to_previous).order_by(s.c.seq)).all()
    assert [tuple(m) for m in marks] == [(0, False), (1, True)]
    claims = real.claims()
    assert claims[C.ADDS_TO_PREVIOUS].tolist() == [False, True, True]


def test_a_version_12_database_is_re_parsed_for_its_updates(
    real: Store, db_url: str, tmp_path: Path
) -> None:
    _posted(real, _UPDATE_RU)
    _posted(real, "Этой ночью над Брянской областью уничтожены 4 беспилотника.", channel="x")
    real.close()
    with sqlite3.connect(tmp_path / "atlas.sqlite") as conn:
        # what version 12 had: no mark, figures of rule set 13
        conn.execute("ALTER TABLE statements DROP COLUMN adds_to_previous")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (12, '2026-01-01 00:00:00.000000')")
        conn.execute("UPDATE meta SET value = 'stale' WHERE key = 'figures_state'")
    store = open_store(db_url)
    try:
        assert [f[:2] for f in _figures(store)] == [("RU-BRY", 4), ("RU-KRS", 15)]
        assert store.stale_reports() == 1  # the text with two statements
        assert store.reparse().reports == 1
        assert [f[:2] for f in _figures(store)] == [("RU-BRY", 4), ("RU-KRS", 17)]
    finally:
        store.close()


def test_the_claims_csv_keeps_the_mark(real: Store, db_url: str, tmp_path: Path) -> None:
    from store import export

    _posted(real, _UPDATE_RU)
    data = export.claims_csv(real.claims())
    path = tmp_path / "claims.csv"
    path.write_bytes(data)
    other = open_store(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        other.ingest_paths([path])
        assert _figures(other) == [("RU-KRS", 17, C.RULE_UPDATES)]
    finally:
        other.close()
