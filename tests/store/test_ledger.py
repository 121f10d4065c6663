"""The claim ledger on hand-made reports: every discrepancy kind, retellings, totals over
lists of areas, gaps, and the night boundary (the stand-in parser of ``conftest``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pandas as pd
import pytest

from settings import MSK
from store import Filters, Store, ledger
from store import columns as C

PUBLISHED = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)


def add(
    store: Store,
    text: str,
    *,
    channel: str = "test",
    source_kind: str = "paste",
    published: datetime = PUBLISHED,
) -> str:
    before = set(store.claims(Filters(include_ua=True))[C.REPORT_ID])
    result = store.ingest_text(text, channel=channel, published=published, source_kind=source_kind)
    assert result.added == 1
    (new,) = set(store.claims(Filters(include_ua=True))[C.REPORT_ID]) - before
    return new


def night(day: int) -> date:
    return date(2025, 9, day)


def rows(frame: pd.DataFrame, *columns: str) -> list[tuple]:
    return [
        tuple(None if not isinstance(v, tuple) and pd.isna(v) else v for v in row)
        for row in frame[list(columns)].itertuples(index=False)
    ]


def test_governor_above_ministry_is_flagged(store: Store) -> None:
    add(store, "@mod night=2025-09-12\nRU-BRY 10\nRU-KRS 4", channel="mod")
    add(store, "@governor night=2025-09-12\nRU-BRY 14", channel="gov-bry")
    add(store, "@governor night=2025-09-12\nRU-KRS 3", channel="gov-krs")
    frame = ledger.nightly(store)
    assert rows(frame, C.AREA_ID, C.FIGURE, C.CHOSEN_BY, C.FLAGS) == [
        ("RU-BRY", 14, C.RULE_LARGER, (C.FLAG_GOVERNOR_ABOVE_MOD,)),
        ("RU-KRS", 4, C.RULE_LARGER, ()),
    ]
    only = ledger.nightly(store, Filters(discrepancies_only=True))
    assert only[C.AREA_ID].tolist() == ["RU-BRY"]
    table = ledger.claims(store, Filters(discrepancies_only=True))
    assert sorted(rows(table, C.REPORTER, C.AREA_ID, C.COUNT, C.FLAGS)) == [
        ("governor", "RU-BRY", 14, (C.FLAG_GOVERNOR_ABOVE_MOD,)),
        ("mod", "RU-BRY", 10, (C.FLAG_GOVERNOR_ABOVE_MOD,)),
    ]


def test_a_retelling_is_linked_to_the_statement_it_retells(store: Store) -> None:
    mod = add(store, "@mod night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5", channel="mod")
    wire = add(
        store,
        "@media night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5",
        channel="wire",
        source_kind="rss",
    )
    # the ministry quoted by a news feed is a retelling too, even when it names the ministry
    quoted = add(
        store,
        "@mod night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5",
        channel="agency",
        source_kind="html",
    )
    # another night: nothing to retell
    other = add(
        store,
        "@media night=2025-09-13 total=15\nRU-BEL 10\nRU-BRY 5",
        channel="wire",
        source_kind="rss",
    )
    table = ledger.ledger(store)
    assert rows(
        table, C.DATE, C.AREA_ID, C.REPORT_ID, C.RETELLS, C.COUNTED, C.FIGURE, C.CHOSEN_BY
    ) == [
        (night(12), "RU-BEL", mod, None, True, 10, C.RULE_SINGLE),
        (night(12), "RU-BEL", quoted, f"{mod}:0", False, 10, C.RULE_SINGLE),
        (night(12), "RU-BEL", wire, f"{mod}:0", False, 10, C.RULE_SINGLE),
        (night(12), "RU-BRY", mod, None, True, 5, C.RULE_SINGLE),
        (night(12), "RU-BRY", quoted, f"{mod}:0", False, 5, C.RULE_SINGLE),
        (night(12), "RU-BRY", wire, f"{mod}:0", False, 5, C.RULE_SINGLE),
        (night(13), "RU-BEL", other, None, True, 10, C.RULE_MEDIA_ONLY),
        (night(13), "RU-BRY", other, None, True, 5, C.RULE_MEDIA_ONLY),
    ]
    assert not any(table[C.FLAGS].map(bool))


def test_a_retelling_with_other_numbers_is_flagged_and_never_counted(store: Store) -> None:
    add(store, "@mod night=2025-09-12 total=15\nRU-BEL 10\nRU-BRY 5", channel="mod")
    # (rows adding up to more than the total would hold the retelling in review: its rows stay
    # under it)
    add(store, "@media night=2025-09-12 total=15\nRU-BEL 9\nRU-BRY 3\nRU-KRS 2", channel="wire")
    frame = ledger.nightly(store)
    # the retelling's own rows (9 + 3 + 2) also miss its total of 15
    both = (C.FLAG_RETELLING_DIFFERS, C.FLAG_TOTAL_MISMATCH)
    assert rows(frame, C.AREA_ID, C.FIGURE, C.STATUS, C.CHOSEN_BY, C.N_CLAIMS, C.FLAGS) == [
        ("RU-BEL", 10, C.STATUS_REPORTED, C.RULE_SINGLE, 2, both),
        ("RU-BRY", 5, C.STATUS_REPORTED, C.RULE_SINGLE, 2, both),
        # only the retelling names Kursk: listed, flagged, but it makes no figure
        ("RU-KRS", None, C.STATUS_NAMED, C.RULE_NAMED, 1, both),
    ]
    # Store.nightly gives the same figures: the retelling's 2 for Kursk counts nowhere
    assert rows(store.nightly(), C.AREA_ID, C.FIGURE, C.STATUS) == [
        ("RU-BEL", 10, C.STATUS_REPORTED),
        ("RU-BRY", 5, C.STATUS_REPORTED),
        ("RU-KRS", None, C.STATUS_NAMED),
    ]


def test_a_total_over_a_list_of_areas_is_never_split(store: Store) -> None:
    mod = add(store, "@mod night=2025-09-12 total=40\nRU-BEL -\nRU-BRY -\nRU-KRS -", channel="mod")
    add(store, "@media night=2025-09-12 total=40\nRU-BEL 20\nRU-BRY 10\nRU-KRS 10", channel="wire")
    add(store, "@governor night=2025-09-12\nRU-VOR 3", channel="gov")
    frame = ledger.nightly(store)
    group = f"{mod}:0"
    assert rows(
        frame, C.AREA_ID, C.FIGURE, C.STATUS, C.GROUP_TOTAL, C.GROUP_SIZE, C.GROUP_STATEMENT
    ) == [
        ("RU-BEL", None, C.STATUS_NAMED_IN_TOTAL, 40, 3, group),
        ("RU-BRY", None, C.STATUS_NAMED_IN_TOTAL, 40, 3, group),
        ("RU-KRS", None, C.STATUS_NAMED_IN_TOTAL, 40, 3, group),
        ("RU-VOR", 3, C.STATUS_REPORTED, None, None, None),
    ]
    assert set(ledger.claims(store)[C.PRECISION]) == {C.PRECISION_MULTI, C.PRECISION_REGION}
    totals = ledger.national(store)
    assert rows(totals, C.DATE, C.FIGURE, C.STATUS, "areas_sum", "group_totals", "n_areas") == [
        (night(12), 43, C.STATUS_REPORTED, 3, 40, 4),
    ]


def test_national_total_counts_a_list_total_once_and_never_below_its_areas(store: Store) -> None:
    add(store, "@mod night=2025-09-12 total=40\nRU-BEL -\nRU-BRY -", channel="mod")
    add(store, "@governor night=2025-09-12\nRU-BEL 5", channel="gov")
    assert ledger.national(store)[C.FIGURE].tolist() == [40]
    add(store, "@governor night=2025-09-12\nRU-BRY 50", channel="gov-bry")
    assert ledger.national(store)[C.FIGURE].tolist() == [55]


def test_a_stated_total_that_differs_from_its_rows_is_flagged(store: Store) -> None:
    add(store, "@mod night=2025-09-12 total=20\nRU-BEL 10\nRU-BRY 5", channel="mod")
    add(store, "@mod night=2025-09-13 total=15\nRU-BEL 10\nRU-BRY 5", channel="mod")
    # some areas without a number: only a sum above the total is a contradiction
    add(store, "@mod night=2025-09-14 total=20\nRU-BEL 10\nRU-BRY -", channel="mod")
    frame = ledger.nightly(store)
    assert rows(frame, C.DATE, C.AREA_ID, C.FLAGS) == [
        (night(12), "RU-BEL", (C.FLAG_TOTAL_MISMATCH,)),
        (night(12), "RU-BRY", (C.FLAG_TOTAL_MISMATCH,)),
        (night(13), "RU-BEL", ()),
        (night(13), "RU-BRY", ()),
        (night(14), "RU-BEL", ()),
        (night(14), "RU-BRY", ()),
    ]


def test_an_area_listed_twice_in_one_statement_is_flagged(store: Store) -> None:
    add(store, "@mod night=2025-09-12\nRU-BEL 3\nRU-BRY 2\nRU-BEL 4", channel="mod")
    table = ledger.claims(store)
    assert rows(table, C.AREA_ID, C.COUNT, C.FLAGS) == [
        ("RU-BEL", 3, (C.FLAG_LISTED_TWICE,)),
        ("RU-BRY", 2, ()),
        ("RU-BEL", 4, (C.FLAG_LISTED_TWICE,)),
    ]


def test_overlapping_windows_of_one_reporter_are_flagged(store: Store) -> None:
    add(store, "@mod window=2025-09-11T20:00/2025-09-12T02:00\nRU-BRY 5", channel="mod")
    add(store, "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6\nRU-KRS 1", channel="mod")
    # touching windows do not overlap; the same window repeated is one statement retold
    add(store, "@governor window=2025-09-11T20:00/2025-09-11T23:00\nRU-KRS 1", channel="gov")
    add(store, "@governor window=2025-09-11T23:00/2025-09-12T07:00\nRU-KRS 2", channel="gov")
    add(store, "@governor window=2025-09-11T23:00/2025-09-12T07:00\nRU-KRS 2 ", channel="gov2")
    frame = ledger.nightly(store)
    assert rows(frame, C.AREA_ID, C.FIGURE, C.FLAGS) == [
        ("RU-BRY", 6, (C.FLAG_OVERLAPPING_WINDOWS,)),
        ("RU-KRS", 3, (C.FLAG_GOVERNOR_ABOVE_MOD,)),
    ]


def test_gaps_are_not_zeros_in_the_series_and_the_nightly_frame(store: Store) -> None:
    add(store, "@mod night=2025-09-10\nRU-BRY 5", channel="mod")
    add(store, "@mod night=2025-09-12\nRU-BRY 0", channel="mod")
    add(store, "@governor night=2025-09-12\nRU-BRY -", channel="gov")
    period = Filters(date_from=night(9), date_to=night(12))
    assert rows(ledger.series(store, period), C.DATE, C.REPORTER, C.FIGURE, C.STATUS) == [
        (night(9), "mod", None, C.STATUS_NO_REPORT),
        (night(10), "mod", 5, C.STATUS_REPORTED),
        (night(11), "mod", None, C.STATUS_NO_REPORT),
        (night(12), "mod", 0, C.STATUS_REPORTED),
        (night(9), "governor", None, C.STATUS_NO_REPORT),
        (night(10), "governor", None, C.STATUS_NO_REPORT),
        (night(11), "governor", None, C.STATUS_NO_REPORT),
        (night(12), "governor", None, C.STATUS_NAMED),
    ]
    frame = ledger.nightly(store, period, gaps=True)
    assert rows(frame, C.DATE, C.AREA_ID, C.FIGURE, C.STATUS, C.N_CLAIMS) == [
        (night(9), "RU-BRY", None, C.STATUS_NO_REPORT, 0),
        (night(10), "RU-BRY", 5, C.STATUS_REPORTED, 1),
        (night(11), "RU-BRY", None, C.STATUS_NO_REPORT, 0),
        (night(12), "RU-BRY", 0, C.STATUS_REPORTED, 2),
    ]
    assert rows(ledger.national(store, period), C.DATE, C.FIGURE, C.STATUS) == [
        (night(9), None, C.STATUS_NO_REPORT),
        (night(10), 5, C.STATUS_REPORTED),
        (night(11), None, C.STATUS_NO_REPORT),
        (night(12), 0, C.STATUS_REPORTED),
    ]


def test_windows_that_straddle_the_night_boundary_are_counted(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(store, "@mod window=2025-09-11T18:00/2025-09-11T22:00\nRU-BRY 5\nRU-KRS 1", channel="mod")
    add(store, "@mod window=2025-09-11T20:00/2025-09-11T23:00\nRU-BRY 2", channel="mod")
    add(store, "@mod window=2025-09-12T06:00/2025-09-12T09:00\nRU-BRY 2", channel="mod")
    assert ledger.straddling(store) == 2
    assert ledger.straddling(store, Filters(unit="day")) == 0
    monkeypatch.setenv("ATLAS_NIGHT_START_HOUR", "22")
    monkeypatch.setenv("ATLAS_NIGHT_END_HOUR", "6")
    assert ledger.straddling(store) == 1


def test_precision_of_each_claim(store: Store) -> None:
    add(
        store,
        "@governor night=2025-09-12\nRU-KLU/RU-KLU:kirovsky 2\nRU-BRY 1\nSEA-BLACK 3\n"
        "RU-MOW+RU-MOS 4",
        channel="gov",
    )
    assert rows(ledger.claims(store), C.AREA_ID, C.PRECISION, C.RULE) == [
        ("RU-KLU", C.PRECISION_DISTRICT, "fake"),
        ("RU-BRY", C.PRECISION_REGION, "fake"),
        ("SEA-BLACK", C.PRECISION_SEA, "fake"),
        ("RU-MOW+RU-MOS", C.PRECISION_MULTI, "fake"),
    ]


def test_without_retellings_the_honest_figures_are_the_stored_ones(store: Store) -> None:
    add(store, "@mod window=2025-09-11T20:00/2025-09-11T23:00 total=4\nRU-BRY 4", channel="mod")
    add(
        store,
        "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6\nRU-MOW+RU-MOS 2+",
        channel="mod",
    )
    add(store, "@governor night=2025-09-12\nRU-KLU 18\nRU-KLU/RU-KLU:kirovsky -", channel="gov")
    add(store, "@mod night=2025-09-13 total=40\nRU-BRY -\nRU-KRS -", channel="mod")
    add(store, "@media night=2025-09-13\nRU-BEL 2", channel="wire")
    for filters in (Filters(), Filters(unit="day"), Filters(regions=("RU-MOS",))):
        honest = ledger.nightly(store, filters)
        stored = store.nightly(filters)
        assert honest[C.STATUS].tolist() == [
            C.STATUS_NAMED_IN_TOTAL
            if s == C.STATUS_NAMED and area in ("RU-BRY", "RU-KRS") and day == night(13)
            else s
            for s, area, day in zip(
                stored[C.STATUS], stored[C.AREA_ID], stored[C.DATE], strict=True
            )
        ]
        same = [c for c in C.NIGHTLY_COLUMNS if c != C.STATUS]
        pd.testing.assert_frame_equal(honest[same], stored[same])


def test_stored_totals_equal_the_totals_of_a_full_analysis(store: Store) -> None:
    # written one text at a time: each write refreshes only the nights it touches
    add(store, "@mod night=2025-09-12 total=40\nRU-BEL -\nRU-BRY -", channel="mod")
    add(store, "@media night=2025-09-12 total=40\nRU-BEL 30\nRU-BRY 10", channel="wire")
    add(store, "@governor night=2025-09-12\nRU-BRY 50", channel="gov-bry")
    add(store, "@mod window=2025-09-12T18:00/2025-09-12T22:00\nRU-KRS 3", channel="mod")
    add(store, "@governor window=2025-09-13T06:00/2025-09-13T09:00\nRU-BEL 4", channel="gov")
    add(store, "@mod night=2025-09-15\nRU-BEL 7\nRU-BRY 2 missile", channel="mod")
    add(store, "@media country=UA night=2025-09-15\nUA-23 6", channel="ua")
    period = Filters(date_from=night(11), date_to=night(16))
    for unit in ("night", "day"):
        for include_ua in (False, True):
            filters = replace(period, unit=unit, include_ua=include_ua)
            analysis = ledger.reconciled(store, filters)
            for reporters in ((), ("mod",), ("governor",), ("media",)):
                picked = replace(filters, reporters=reporters)
                pd.testing.assert_frame_equal(
                    ledger.national(store, picked),
                    ledger.national(store, picked, analysis=analysis),
                )
            pd.testing.assert_frame_equal(
                ledger.series(store, filters), ledger.series(store, filters, analysis=analysis)
            )
            # every window is placed in the period: the undated count reads every claim
            undated = replace(filters, date_from=None, date_to=None)
            assert ledger.straddling(store, filters) == ledger.straddling(store, undated)
    assert rows(ledger.national(store, period), C.DATE, C.FIGURE, "group_totals") == [
        (night(11), None, 0),
        # the list total of 40 stands beside the governor's 50 for Bryansk: 50 > 40
        (night(12), 50, 50),
        (night(13), 7, 0),
        (night(14), None, 0),
        (night(15), 7, 0),
        (night(16), None, 0),
    ]
    # 18:00-22:00 crosses 20:00, 06:00-09:00 crosses 07:00
    assert ledger.straddling(store, period) == 2
    assert ledger.straddling(store, replace(period, reporters=("governor",))) == 1
    assert ledger.straddling(store, replace(period, unit="day")) == 0


def test_area_sums_add_up_the_nightly_figures_per_date_and_area(store: Store) -> None:
    add(store, "@mod night=2025-09-12 total=40\nRU-BRY 25\nRU-KLU 15", channel="mod")
    add(store, "@governor night=2025-09-12\nRU-KLU 18", channel="gov-klu")
    # a daytime window: its own row of 12 September besides the night's
    add(store, "@governor window=2025-09-12T10:00/2025-09-12T12:00\nRU-KLU 3", channel="gov-klu")
    add(store, "@governor night=2025-09-13\nRU-BRY 7\nRU-KRS -", channel="gov-bry")
    add(store, "@media country=UA night=2025-09-13\nUA-23 6", channel="ua")
    period = Filters(date_from=night(11), date_to=night(14))
    assert rows(ledger.area_sums(store, period), *ledger.SUM_COLUMNS) == [
        (night(12), "RU-BRY", "RU-BRY", 25),
        (night(12), "RU-KLU", "RU-KLU", 21),
        (night(13), "RU-BRY", "RU-BRY", 7),
    ]
    assert rows(
        ledger.area_sums(store, replace(period, reporters=("mod",))), C.AREA_ID, C.FIGURE
    ) == [
        ("RU-BRY", 25),
        ("RU-KLU", 15),
    ]
    # the flagged row only (the governor above the ministry); Ukraine's claims when asked
    flagged = ledger.area_sums(store, replace(period, discrepancies_only=True))
    assert rows(flagged, C.DATE, C.AREA_ID, C.FIGURE) == [(night(12), "RU-KLU", 18)]
    with_ua = ledger.area_sums(store, replace(period, include_ua=True))
    assert rows(with_ua, C.AREA_ID, C.FIGURE)[-1] == ("UA-23", 6)
    for filters in (
        period,
        replace(period, reporters=("mod",)),
        replace(period, reporters=("governor",)),
        replace(period, reporters=("mod", "governor")),
        replace(period, regions=("RU-KLU",)),
        replace(period, discrepancies_only=True),
        replace(period, unit="day"),
        replace(period, include_ua=True),
    ):
        nightly = ledger.nightly(store, filters)
        nightly = nightly[nightly[C.FIGURE].notna()]
        expected = nightly.groupby(list(ledger.SUM_COLUMNS[:3]), as_index=False)[C.FIGURE].sum()
        expected[C.FIGURE] = expected[C.FIGURE].astype("int64")
        pd.testing.assert_frame_equal(ledger.area_sums(store, filters), expected)
