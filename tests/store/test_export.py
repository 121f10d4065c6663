"""Exports: the claims CSV round trip, cells a spreadsheet would run, and GeoJSON."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import box

from settings import MSK
from store import Filters, ImportFailed, Store
from store import columns as C
from store.db import make_engine
from store.export import CAVEAT, claims_csv, nightly_geojson
from tests.store.conftest import fake_parse

TEXTS = [
    ("@mod window=2025-09-11T20:00/2025-09-11T23:00 total=4\nRU-BRY 4", "mod"),
    (
        "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6\nRU-MOW+RU-MOS 2+\nRU-BRY 1 missile",
        "mod",
    ),
    (
        "@governor night=2025-09-12\nRU-KLU 18\nRU-KLU/RU-KLU:kirovsky -\nRU-KLU/RU-KLU:obninsk 3~",
        "gov",
    ),
    ("@mod night=2025-09-13 total=40\nRU-BRY -\nRU-KRS -", "mod"),
    ("@other country=UA night=2025-09-12\nUA-32 17", "ua"),
    ("@media\nRU-BEL 2", "wire"),
]


@pytest.fixture
def filled(store: Store) -> Store:
    for text, channel in TEXTS:
        store.ingest_text(
            text,
            channel=channel,
            url=f"https://example.org/{channel}",
            published=datetime(2025, 9, 12, 9, 0, tzinfo=MSK),
        )
    return store


def other_store(tmp_path: Any) -> Store:
    return Store(
        make_engine(f"sqlite:///{tmp_path / 'other.sqlite'}"),
        parse=fake_parse,
        parser_version="fake-1",
    )


def test_exported_claims_import_back_as_the_same_claims(filled: Store, tmp_path: Any) -> None:
    everything = Filters(include_ua=True)
    data = claims_csv(filled.claims(everything))
    assert data.decode().splitlines()[0] == f"# {CAVEAT}"
    other = other_store(tmp_path)
    result = other.ingest_upload("claims.csv", data)
    assert (result.added, result.duplicates, result.claims) == (6, 0, 11)
    pd.testing.assert_frame_equal(other.claims(everything), filled.claims(everything))
    pd.testing.assert_frame_equal(other.nightly(everything), filled.nightly(everything))
    assert other.ingest_upload("claims.csv", data).duplicates == 6
    # and into the database it came from: every report is already there
    assert filled.ingest_upload("claims.csv", data).added == 0
    other.close()


def test_cells_a_spreadsheet_would_run_are_neutralised_and_restored(
    filled: Store, tmp_path: Any
) -> None:
    frame = filled.claims(Filters(include_ua=True))
    frame.loc[0, C.EVIDENCE] = '=HYPERLINK("http://evil.example","x")'
    frame.loc[1, C.EVIDENCE] = "- 6 над территорией"
    governor = frame[C.REPORTER] == "governor"
    frame.loc[governor, C.CHANNEL] = "@channel"
    data = claims_csv(frame)
    text = data.decode()
    assert ',"\'=HYPERLINK(""http://evil.example"",""x"")",' in text
    assert ",'- 6 над территорией," in text
    other = other_store(tmp_path)
    other.ingest_upload("claims.csv", data)
    back = other.claims(Filters(include_ua=True))
    assert back[C.EVIDENCE].tolist()[:2] == [
        '=HYPERLINK("http://evil.example","x")',
        "- 6 над территорией",
    ]
    assert set(back.loc[back[C.REPORTER] == "governor", C.CHANNEL]) == {"@channel"}
    other.close()


HEADER = "claim_id,report_id,reporter,country,area_id,area,count,qualifier,night_of\n"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (
            "a,b\n1,2\n",
            "claims.csv: not an Atlas claims CSV (missing columns: claim_id, report_id, "
            "reporter, country, area_id, area, count, qualifier)",
        ),
        (
            HEADER
            + "r:0:0,r,mod,RU,RU-BRY,B,5,exact,2025-09-11\nr:0:1,r,mod,RU,RU-KRS,K,many,exact,2025-09-11\n",
            "claims.csv: line 3: count is 'many', not a whole number",
        ),
        (
            HEADER + "r:0:0,r,mod,RU,RU-BRY,B,99999999999999999999999,exact,2025-09-11\n",
            "claims.csv: line 2: count is '99999999999999999999999', not a whole number",
        ),
        (
            HEADER + "r:0:0,r,tsar,RU,RU-BRY,B,5,exact,2025-09-11\n",
            "claims.csv: line 2: reporter is 'tsar', expected one of mod, governor, mayor, media, other",
        ),
        (
            HEADER + "r:0:0,r,mod,RU,RU-BRY,B,5,exact,11.09.2025\n",
            "claims.csv: line 2: night_of is '11.09.2025', not an ISO date",
        ),
        (
            HEADER + "r:0:0,r,mod,RU,RU-BRY,B,5,exact,2025-09-11,extra\n",
            "claims.csv: line 2: more cells than the header has columns",
        ),
    ],
)
def test_a_broken_claims_csv_is_refused_with_its_line(store: Store, body: str, error: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        store.ingest_upload("claims.csv", body.encode())
    assert str(caught.value) == error
    assert store.claims().empty


def test_a_minimal_hand_made_csv_imports(store: Store) -> None:
    body = HEADER + "r:0:0,r,mod,RU,RU-BRY,Брянская,5,exact,2025-09-11\n"
    assert store.ingest_upload("claims.csv", body.encode()).claims == 1
    assert store.nightly()[[C.DATE, C.AREA_ID, C.FIGURE]].astype(str).values.tolist() == [
        ["2025-09-11", "RU-BRY", "5"]
    ]


def test_nightly_geojson_has_geometry_figures_and_attribution(filled: Store) -> None:
    shapes = gpd.GeoDataFrame(
        {"id": ["RU-BRY", "RU-MOW", "RU-MOS", "SEA-AZOV"]},
        geometry=[box(0, 0, 1, 1), box(2, 0, 3, 1), box(3, 0, 4, 1), box(5, 5, 6, 6)],
        crs="EPSG:4326",
    )
    collection = json.loads(
        nightly_geojson(filled.nightly(), shapes, attribution="© OpenStreetMap contributors (ODbL)")
    )
    assert collection["attribution"] == "© OpenStreetMap contributors (ODbL)"
    assert collection["caveat"] == CAVEAT and "ODbL" in collection["licence"]
    by_area = {
        (f["properties"]["date"], f["properties"]["area_id"]): f for f in collection["features"]
    }
    assert sorted(by_area) == [
        ("2025-09-12", "RU-BEL"),
        ("2025-09-12", "RU-BRY"),
        ("2025-09-12", "RU-KLU"),
        ("2025-09-12", "RU-MOW+RU-MOS"),
        ("2025-09-13", "RU-BRY"),
        ("2025-09-13", "RU-KRS"),
    ]
    bryansk = by_area[("2025-09-12", "RU-BRY")]
    assert shapely.geometry.shape(bryansk["geometry"]).equals(box(0, 0, 1, 1))
    assert {
        k: bryansk["properties"][k] for k in (C.FIGURE, C.CHOSEN_BY, C.STATUS, C.REPORTERS)
    } == {C.FIGURE: 10, C.CHOSEN_BY: C.RULE_WINDOWS, C.STATUS: "reported", C.REPORTERS: ["mod"]}
    moscow = shapely.geometry.shape(by_area[("2025-09-12", "RU-MOW+RU-MOS")]["geometry"])
    assert moscow.equals(box(2, 0, 4, 1))
    assert by_area[("2025-09-12", "RU-KLU")]["geometry"] is None  # unknown to this pack
    assert by_area[("2025-09-13", "RU-KRS")]["properties"][C.FIGURE] is None
