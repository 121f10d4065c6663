"""Exports of the honest data: caveat, licence and attribution lines, neutralised cells,
the ledger's columns in the claims CSV (round trip kept), the nightly CSV with status,
gaps and flags."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd

from settings import MSK
from store import Filters, Store, ledger
from store import columns as C
from store.db import make_engine
from store.export import (
    CAVEAT,
    CSV_HEADER_LINES,
    DATA_ATTRIBUTION,
    DATA_LICENCE,
    PARTY_CLAIM_NOTE,
    claims_csv,
    nightly_csv,
    nightly_geojson,
)
from tests.store.conftest import fake_parse

PUBLISHED = datetime(2025, 9, 12, 9, 0, tzinfo=MSK)


def rows_of(data: bytes) -> tuple[list[str], list[list[str]]]:
    # rows end with CRLF (RFC 4180), so a carriage return inside a cell is quoted
    lines = data.decode("utf-8").split("\r\n")
    comments = [line for line in lines if line.startswith("#")]
    rest = "\r\n".join(line for line in lines if not line.startswith("#"))
    return comments, list(csv.reader(io.StringIO(rest, newline="")))


def test_the_party_claim_note_is_the_agreed_sentence() -> None:
    assert PARTY_CLAIM_NOTE == (
        "Figures are claims by a party to the conflict (Russia's authorities or Ukraine's); "
        "the Atlas does not verify them."
    )
    assert CSV_HEADER_LINES == (CAVEAT, PARTY_CLAIM_NOTE, DATA_LICENCE, DATA_ATTRIBUTION)


def test_every_text_cell_a_spreadsheet_would_run_is_neutralised(store: Store) -> None:
    store.ingest_text(
        "@mod night=2025-09-12\nRU-BRY 5\nRU-KRS 2\nRU-BEL 1\nRU-VOR 3\nRU-KLU 4",
        channel="mod",
        published=PUBLISHED,
    )
    frame = ledger.claims(store)
    evil = ["=1+2", "+7 over", "-3 над", "@SUM(A1)", "\tcmd"]
    frame[C.EVIDENCE] = evil
    frame.loc[0, C.URL] = "\r=2"
    comments, table = rows_of(claims_csv(frame))
    assert comments == [f"# {line}" for line in CSV_HEADER_LINES]
    header = table[0]
    assert header[-4:] == [C.STATEMENT_ID, C.PRECISION, C.RETELLS, C.FLAGS]
    cells = [dict(zip(header, row, strict=True)) for row in table[1:]]
    assert [cell[C.EVIDENCE] for cell in cells] == [f"'{value}" for value in evil]
    assert cells[0][C.URL] == "'\r=2"
    # numbers stay numbers: counts are never negative, nothing to protect there
    assert [cell[C.COUNT] for cell in cells] == ["5", "2", "1", "3", "4"]


def test_the_ledger_claims_csv_still_imports_back(store: Store, tmp_path: Path) -> None:
    store.ingest_text(
        "@mod night=2025-09-12 total=9\nRU-BRY 5\nRU-BRY 4", channel="=mod", published=PUBLISHED
    )
    data = claims_csv(ledger.claims(store))
    _, table = rows_of(data)
    assert [row[-1] for row in table[1:]] == [C.FLAG_LISTED_TWICE] * 2
    other = Store(
        make_engine(f"sqlite:///{tmp_path / 'other.sqlite'}"),
        parse=fake_parse,
        parser_version="fake-1",
    )
    assert other.ingest_upload("claims.csv", data).claims == 2
    pd.testing.assert_frame_equal(other.claims(), store.claims())
    assert other.claims()[C.CHANNEL].tolist() == ["=mod", "=mod"]
    other.close()


def test_nightly_csv_has_status_gaps_and_flags(store: Store) -> None:
    store.ingest_text("@mod night=2025-09-10\nRU-BRY 5", channel="mod", published=PUBLISHED)
    store.ingest_text("@governor night=2025-09-10\nRU-BRY 7", channel="gov", published=PUBLISHED)
    store.ingest_text(
        "@mod night=2025-09-12 total=9\nRU-BRY -\nRU-KRS -", channel="mod", published=PUBLISHED
    )
    frame = ledger.nightly(
        store, Filters(date_from=date(2025, 9, 10), date_to=date(2025, 9, 12)), gaps=True
    )
    _, table = rows_of(nightly_csv(frame))
    header = table[0]
    wanted = [C.DATE, C.AREA_ID, C.FIGURE, C.STATUS, C.FLAGS, C.GROUP_TOTAL, C.GROUP_SIZE]
    picked = [[dict(zip(header, row, strict=True))[k] for k in wanted] for row in table[1:]]
    assert picked == [
        ["2025-09-10", "RU-BRY", "7", "reported", C.FLAG_GOVERNOR_ABOVE_MOD, "", ""],
        ["2025-09-10", "RU-KRS", "", "no_report", "", "", ""],
        ["2025-09-11", "RU-BRY", "", "no_report", "", "", ""],
        ["2025-09-11", "RU-KRS", "", "no_report", "", "", ""],
        ["2025-09-12", "RU-BRY", "", "named_in_total", "", "9", "2"],
        ["2025-09-12", "RU-KRS", "", "named_in_total", "", "9", "2"],
    ]


#: A pack that knows no area: every feature has no geometry.
NO_SHAPES = gpd.GeoDataFrame({"id": []}, geometry=[], crs="EPSG:4326")


def test_geojson_carries_the_party_claim_note(store: Store) -> None:
    store.ingest_text("@mod night=2025-09-12\nRU-BRY 5", channel="mod", published=PUBLISHED)
    collection = json.loads(nightly_geojson(ledger.nightly(store), NO_SHAPES))
    assert (collection["caveat"], collection["note"]) == (CAVEAT, PARTY_CLAIM_NOTE)
    (feature,) = collection["features"]
    assert (feature["properties"][C.STATUS], feature["properties"][C.FLAGS]) == ("reported", [])
