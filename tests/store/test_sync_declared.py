"""A synced channel is who ``sources.toml`` declares it to be (``reporter``, ``region``),
whatever its title says: its posts are parsed as that reporter's, for that region, when
synced and on every re-parse (the report keeps what was declared, docs/sync.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from settings import MSK
from store import Store, ledger, schema
from store.db import make_engine
from store.sync import Source, run_pass
from testkit.sync_site import Message, Site

EVENING = datetime(2025, 9, 11, 21, 0, tzinfo=MSK)
NIGHT = date(2025, 9, 12)
MORNING = EVENING + timedelta(hours=10)


def source(channel: str, reporter: str, region: str | None = None) -> Source:
    return Source(name=channel, kind="telegram", reporter=reporter, channel=channel, region=region)


#: a governor's channel whose title names neither him nor his region
TULA = source("tula_watch", "governor", "RU-TUL")
#: the ministry's channel under a title the parser reads as nobody's
MINISTRY = source("daily_digest", "mod")


def tula_and_ministry(site: Site) -> None:
    tula = site.channel("tula_watch", "Регион 71 | безопасность")
    tula.add(
        Message(
            1, MORNING, "Этой ночью над территорией области средствами ПВО сбиты 9 беспилотников."
        )
    )
    ministry = site.channel("daily_digest", "Сводка дня")
    ministry.add(
        Message(
            1,
            MORNING + timedelta(minutes=30),
            "Минувшей ночью над Тульской областью уничтожены 4 беспилотника.",
        )
    )


def tula_night(store: Store) -> tuple[object, ...]:
    frame = ledger.nightly(store)
    row = frame[(frame["area_id"] == "RU-TUL") & (frame["date"] == NIGHT)]
    assert len(row) == 1, frame
    return (
        row.iloc[0]["figure"],
        row.iloc[0]["chosen_by"],
        row.iloc[0]["status"],
        tuple(row.iloc[0]["flags"]),
    )


def reporters(store: Store) -> list[tuple[str, str, int]]:
    claims = store.claims()
    return sorted(
        (str(a), str(r), int(n))
        for a, r, n in claims[["area_id", "reporter", "count"]].values.tolist()
    )


TULA_CLAIMS = [("RU-TUL", "governor", 9), ("RU-TUL", "mod", 4)]


def test_a_declared_governor_counts_against_the_ministry_and_after_a_reparse(
    site: Site, db_url: str
) -> None:
    tula_and_ministry(site)
    store = Store(make_engine(db_url))  # the real parser
    results = run_pass(store, [TULA, MINISTRY])
    assert [r.ok for r in results] == [True, True]
    assert reporters(store) == TULA_CLAIMS
    synced = tula_night(store)
    # his figure, not the ministry's, and the gap flagged (read as nobody's, it was neither)
    assert synced == (9, "larger_of_reporters", "reported", ("governor_above_ministry",))
    store.close()
    # a new parser version re-parses every text: the declaration is read again
    again = Store(make_engine(db_url), parser_version="next")
    assert again.reparse().reports == 2
    assert reporters(again) == TULA_CLAIMS
    assert tula_night(again) == synced
    r = schema.reports
    with again.engine.connect() as conn:
        declared = conn.execute(
            select(r.c.channel_id, r.c.declared_reporter, r.c.declared_region)
        ).all()
    assert sorted(declared) == [("daily_digest", "mod", None), ("tula_watch", "governor", "RU-TUL")]
    again.close()


def test_a_declared_region_decides_a_district_name_of_several_regions(
    site: Site, db_url: str
) -> None:
    channel = site.channel("kaluga_watch", "Сводка 40")
    channel.add(Message(1, MORNING, "Ночью над Кировским районом сбиты три беспилотника."))
    store = Store(make_engine(db_url))
    run_pass(store, [source("kaluga_watch", "governor", "RU-KLU")])
    claims = store.claims()
    assert sorted(set(claims["district_id"].dropna())) == ["RU-KLU:kirovsky"]
    assert set(claims["reporter"]) == {"governor"}
    store.close()
