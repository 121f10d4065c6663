"""One figure per night and area, whoever asks: ``Store.nightly``, ``store.ledger``, the
exports and the command line give the same figure, retellings and totals over lists
included (``store.reconcile.reconcile_claims`` is the one rule set behind all of them)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from settings import MSK
from store import Filters, Store, ledger
from store import columns as C
from store import store as store_module
from store.__main__ import main
from store.export import nightly_geojson
from tests.store.conftest import fake_parse

PUBLISHED = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)
NIGHT = date(2025, 9, 12)
#: The ministry's statement, 20:00-23:00, and a news feed retelling it with another
#: window of the same night (23:00-07:00). Read as a second ministry statement, its
#: window would not overlap the first and the two would add up to 20 and 10.
STATEMENT = "@mod window=2025-09-11T20:00/2025-09-11T23:00 total=15\nRU-BEL 10\nRU-BRY 5"
RETELLING = "@mod window=2025-09-11T23:00/2025-09-12T07:00 total=15\nRU-BEL 10\nRU-BRY 5"
#: A governor's district figure and a saved article quoting him with a larger one.
GOVERNOR = "@governor night=2025-09-12\nRU-KLU/RU-KLU:kirovsky 2"
QUOTED = "@governor night=2025-09-12\nRU-KLU/RU-KLU:kirovsky 4"
#: A total over a list of areas, and a media text of another night (nothing to retell).
LIST_TOTAL = "@mod night=2025-09-13 total=40\nRU-BRY -\nRU-KRS -"
ALONE = "@media night=2025-09-13\nRU-BEL 2"
#: The figures every reader must give.
FIGURES = [
    (NIGHT, "RU-BEL", 10),
    (NIGHT, "RU-BRY", 5),
    (NIGHT, "RU-KLU", 2),
    (date(2025, 9, 13), "RU-BEL", 2),
    (date(2025, 9, 13), "RU-BRY", None),
    (date(2025, 9, 13), "RU-KRS", None),
]


@pytest.fixture
def retold(store: Store) -> dict[str, str]:
    """Store the texts; return ``name -> report id``."""
    ids = {}
    for name, text, channel, kind in (
        ("statement", STATEMENT, "mod", "telegram"),
        ("retelling", RETELLING, "wire", "rss"),
        ("governor", GOVERNOR, "gov", "telegram"),
        ("quoted", QUOTED, "paper", "html"),
        ("list", LIST_TOTAL, "mod", "telegram"),
        ("alone", ALONE, "wire", "rss"),
    ):
        before = set(store.claims(Filters(include_ua=True))[C.REPORT_ID])
        assert (
            store.ingest_text(text, channel=channel, published=PUBLISHED, source_kind=kind).added
            == 1
        )
        (ids[name],) = set(store.claims(Filters(include_ua=True))[C.REPORT_ID]) - before
    return ids


def figures(frame: pd.DataFrame) -> list[tuple[date, str, int | None]]:
    return [
        (d, a, None if pd.isna(f) else int(f))
        for d, a, f in zip(frame[C.DATE], frame[C.AREA_ID], frame[C.FIGURE], strict=True)
    ]


def test_a_retelling_and_its_statement_give_the_statements_figure_once(
    store: Store, retold: dict[str, str]
) -> None:
    stored = store.nightly()
    assert figures(stored) == FIGURES
    statement, retelling = retold["statement"], retold["retelling"]
    bel = stored[stored[C.AREA_ID] == "RU-BEL"].iloc[0]
    assert (bel[C.CHOSEN_BY], bel[C.CHOSEN_CLAIM_IDS], bel[C.N_CLAIMS]) == (
        C.RULE_SINGLE,
        (f"{statement}:0:0",),
        2,
    )
    assert f"{retelling}:0:0" in bel[C.CLAIM_IDS]  # listed, never counted
    assert figures(ledger.nightly(store)) == FIGURES
    assert figures(ledger.nightly(store, analysis=ledger.reconciled(store))) == FIGURES
    table = ledger.ledger(store)
    counted = dict(zip(table[C.REPORT_ID] + "|" + table[C.AREA_ID], table[C.COUNTED], strict=True))
    assert (counted[f"{statement}|RU-BEL"], counted[f"{retelling}|RU-BEL"]) == (True, False)


def test_the_latest_date_is_the_last_date_of_the_nightly_rows(
    store: Store, retold: dict[str, str]
) -> None:
    assert store.latest_date() == date(2025, 9, 13) == max(store.nightly()[C.DATE])
    days = store.nightly(Filters(unit="day"))
    assert store.latest_date("day") == max(days[C.DATE])


def test_the_earliest_date_is_the_first_date_of_the_nightly_rows(
    store: Store, retold: dict[str, str]
) -> None:
    assert store.earliest_date() == date(2025, 9, 12) == min(store.nightly()[C.DATE])
    days = store.nightly(Filters(unit="day"))
    assert store.earliest_date("day") == min(days[C.DATE])


def test_an_empty_store_has_no_latest_date(store: Store) -> None:
    assert store.latest_date() is None
    assert store.earliest_date() is None


def test_the_retold_district_figure_is_the_governors(store: Store, retold: dict[str, str]) -> None:
    districts = store.district_nightly()
    assert districts[[C.DISTRICT_ID, C.FIGURE, C.CHOSEN_CLAIM_IDS]].values.tolist() == [
        ["RU-KLU:kirovsky", 2, (f"{retold['governor']}:0:0",)]
    ]


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(unit="day"),
        Filters(regions=("RU-BEL",)),
        Filters(date_from=NIGHT, date_to=NIGHT),
        Filters(reporters=("mod",)),
        Filters(reporters=("media",)),
        Filters(reporters=("mod", "governor"), unit="day"),
        Filters(include_ua=True),
    ],
    ids=["all", "days", "region", "one-night", "ministry", "media", "two-reporters", "with-ua"],
)
def test_every_reader_gives_the_same_rows(
    store: Store, retold: dict[str, str], filters: Filters
) -> None:
    stored = store.nightly(filters)  # stored rows (all reporters, or one), else on the fly
    honest = ledger.nightly(store, filters)
    again = ledger.nightly(store, filters, analysis=ledger.reconciled(store, filters))  # on the fly
    pd.testing.assert_frame_equal(honest[list(C.NIGHTLY_COLUMNS)], stored)
    pd.testing.assert_frame_equal(again, honest)


def test_the_stored_rows_carry_flags_and_totals_over_lists(
    store: Store, retold: dict[str, str]
) -> None:
    frame = ledger.nightly(store, Filters(date_from=date(2025, 9, 13)))
    assert frame[[C.AREA_ID, C.STATUS, C.GROUP_TOTAL, C.GROUP_SIZE]].astype(
        object
    ).values.tolist() == [
        ["RU-BEL", C.STATUS_REPORTED, pd.NA, pd.NA],
        ["RU-BRY", C.STATUS_NAMED_IN_TOTAL, 40, 2],
        ["RU-KRS", C.STATUS_NAMED_IN_TOTAL, 40, 2],
    ]
    assert set(store.nightly()[C.STATUS]) == {C.STATUS_REPORTED, C.STATUS_NAMED_IN_TOTAL}
    # the governor quoted with 4 instead of 2: flagged, in the stored rows as in the ledger
    klu = ledger.nightly(store, Filters(regions=("RU-KLU",)))
    assert klu[C.FLAGS].tolist() == [(C.FLAG_RETELLING_DIFFERS,)]
    assert ledger.nightly(store, Filters(discrepancies_only=True))[C.AREA_ID].tolist() == ["RU-KLU"]


SHAPES = gpd.GeoDataFrame(
    {"id": ["RU-BEL", "RU-BRY"]}, geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs="EPSG:4326"
)


def _geojson_figures(data: bytes) -> list[tuple[date, str, int | None]]:
    features = json.loads(data)["features"]
    return [
        (
            date.fromisoformat(f["properties"][C.DATE]),
            f["properties"][C.AREA_ID],
            f["properties"][C.FIGURE],
        )
        for f in features
    ]


def test_the_geojson_exports_give_the_same_figures(
    store: Store,
    retold: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    assert _geojson_figures(nightly_geojson(store.nightly(), SHAPES)) == FIGURES
    assert _geojson_figures(nightly_geojson(ledger.nightly(store), SHAPES)) == FIGURES

    import geo

    monkeypatch.setattr(store_module, "default_parser", lambda: fake_parse)
    monkeypatch.setattr(store_module, "default_version", lambda: "fake-1")
    monkeypatch.setattr(geo, "area_shapes", lambda: SHAPES)
    monkeypatch.setattr(geo, "pack_attribution", lambda: None)
    out = tmp_path / "figures.geojson"
    assert main(["export", "--format", "geojson", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert _geojson_figures(data) == FIGURES
    bel = next(f for f in json.loads(data)["features"] if f["properties"][C.AREA_ID] == "RU-BEL")
    assert (bel["properties"][C.FLAGS], bel["properties"][C.GROUP_TOTAL]) == ([], None)
    capsys.readouterr()
    assert main(["nightly", "--format", "csv"]) == 0
    plain = capsys.readouterr().out
    assert main(["nightly", "--honest", "--format", "csv"]) == 0
    honest = capsys.readouterr().out
    for text in (plain, honest):
        lines = [
            line.split(",")
            for line in text.splitlines()
            if line.startswith("2025-09-12,night,RU,RU-BEL")
        ]
        assert [line[5] for line in lines] == ["10"]
